"""Readers of the PETRARCH2 dictionary formats (dictionaries.rst) and the shipped conversion."""

from __future__ import annotations

import gzip
import json
from importlib import resources

import pytest

from tests.conftest import SHARED
from truce.errors import NewsInputError
from truce.io.petrarch import (
    DatedCode,
    read_actor_dictionary,
    read_agent_dictionary,
    read_verb_dictionary,
    write_lexicon,
)

VERBS = """# header
####### SYNONYM SETS #######
&CURRENCY
+DOLLAR
+EURO_

####### VERB PATTERNS #######
---  ASK   [---]  ---
+ASK_FOR {+ASKED_FOR +ASKS_FOR} [020]
ASK     [020]
INTERROGATE [090]
QUERY {QUERYING QUERIES QUERIED }
- * EXTRADITION                                       [0213]        # REQUEST
- * (FOR {FINANCIAL AID})                             [0231]        # ASK
- PROSECUTOR * &CURRENCY                              [173]         # REQUEST
- * (TO)                                              [042:043]     # RUSH

---  REFUSE   [---]  ---
REJECT
######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""

ACTORS = """# comment
ISRAEL_  [ISR]
+ISRAELI
+TEL_AVIV_

BENJAMIN_NETANYAHU_  # CountryInfo.txt
+NETANYAHU
\t[ISRELI 670101-960618]
\t[ISRGOV 960618-990706]
\t[ISRGOV >090401]
\t[ISRELI]
"""

AGENTS = """!MINIST! = MINISTER, MINISTRY
POLICE {} [~COP]
REBEL [~REB] # comment
!MINIST!  [~GOV]
NGO_WORKER [NGO~]
"""


def test_verb_dictionary(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    synsets, blocks = read_verb_dictionary(path)
    assert synsets == {"&currency": ("dollar", "euro")}
    ask, refuse = blocks
    assert ask.name == "ask" and ask.code is None
    assert ask.verbs == (("ask for", "020"), ("ask", "020"), ("interrogate", "090"), ("query", None))
    extradition, aid, prosecutor, to = ask.patterns
    assert (extradition.after, extradition.code) == ((("extradition",),), "0213")
    assert aid.preps == (("for", ("financial", "aid")),) and aid.code == "0231"
    assert prosecutor.before == (("prosecutor",),) and prosecutor.after == (("&currency",),)
    assert to.preps == (("to", ()),) and to.code == "042"  # first code of a source:target pair
    # the comment names the verb a pattern was written for, when it is a verb of the block
    assert [p.owner for p in ask.patterns] == [None, "ask", None, None]
    assert refuse.verbs == (("reject", None),) and refuse.patterns == ()  # transformations are not read


def test_actor_dictionary_with_dated_codes(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    israel, netanyahu = read_actor_dictionary(path)
    assert israel.phrases == ("israel", "israeli", "tel aviv") and israel.codes == (DatedCode("ISR"),)
    assert netanyahu.codes == (DatedCode("ISRELI", "19670101", "19960618"),
                               DatedCode("ISRGOV", "19960618", "19990706"),
                               DatedCode("ISRGOV", "20090401", None), DatedCode("ISRELI"))


def test_agent_dictionary(tmp_path):
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    found = {a.phrases[0]: (a.phrases, a.code, a.prefix) for a in read_agent_dictionary(path)}
    assert found["police"] == (("police",), "COP", False)  # {} = no plural
    assert found["rebel"] == (("rebel", "rebels"), "REB", False)
    assert found["ministry"] == (("ministry", "ministries"), "GOV", False)
    assert found["ngo worker"][1:] == ("NGO", True)


def test_unreadable_or_empty_dictionary(tmp_path):
    with pytest.raises(NewsInputError, match="cannot read"):
        read_actor_dictionary(tmp_path / "missing.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(NewsInputError, match="no verb blocks"):
        read_verb_dictionary(empty)


@pytest.mark.skipif(not (SHARED / "data" / "news" / "petrarch2").is_dir(),
                    reason="../shared/data/news/petrarch2 (the PETRARCH2 dictionaries) is not present")
def test_shipped_lexicon_is_the_conversion_of_the_dictionaries(tmp_path):
    written = write_lexicon(SHARED / "data" / "news" / "petrarch2", tmp_path)
    for path in written:
        shipped = resources.files("truce.news").joinpath(f"data/petrarch2/{path.name}").read_bytes()
        if path.suffix == ".gz":
            converted = json.loads(gzip.decompress(path.read_bytes()))
            assert json.loads(gzip.decompress(shipped)) == converted, path.name
        else:
            assert shipped == path.read_bytes()
