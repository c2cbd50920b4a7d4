"""truce's event and actor lexicon, built from the PETRARCH2 dictionaries.

The shipped ``data/petrarch2/*.json.gz`` files are the CAMEO verb dictionary
and the Phoenix actor and agent dictionaries (Open Event Data Alliance, MIT;
converted by :func:`truce.io.petrarch.write_lexicon`).  ``data/additions.yaml``
adds what those dictionaries lack, each entry with its reason: office holders
after the 2014 snapshot, event nouns (PETRARCH codes verbs only), short names
of states (actor records: :mod:`truce.news.actor_records`).  CAMEO codes map
to PLOVER types through the crosswalk ``data/cameo_plover.csv`` with the
sub-code exceptions of the 2021 PLOVER conversion table (Schrodt, CAMEO
manual; Halterman et al. on PLOVER/POLECAT).
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from importlib import resources
from typing import Any

import yaml

from truce.news.actor_records import ActorEntry, acronyms, actor_records
from truce.news.word_classes import english_classes

__all__ = ["CONSULTED", "CRITICISED", "FORCE", "GATHERINGS", "OWNING_PRONOUNS", "PLOVER_TYPES",
           "STATE_AGENTS", "ActorEntry", "Lexicon", "VerbSense", "cameo_root", "plover_type"]

STATE_AGENTS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
"""CAMEO agent codes of a state's own bodies: government, armed forces, police, intelligence,
judiciary, legislature."""

CONSULTED = "040"  # CAMEO consult: a meeting held
CRITICISED = "111"  # CAMEO criticize or denounce
GATHERINGS = frozenset({CONSULTED, "046"})
"""CAMEO codes of talks, meetings and summits (consult, negotiate)."""

FORCE = frozenset({"18", "19", "20"})
"""CAMEO root codes of the use of force: assault, fight, unconventional mass violence."""

OWNING_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})
"""Possessives that make what they own the speaker's or the subject's own ("withdrew its troops")."""

PLOVER_TYPES: tuple[str, ...] = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                                 "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                                 "MOBILIZE", "COERCE", "ASSAULT")

# Sub-codes whose PLOVER type differs from their root's (CAMEO2PLOVER-2021, see data/cameo_plover.NOTICE.md).
# 057 (sign formal agreement) is AGREE in PLOVER, whose AGREE is "agree to, accept or sign"; the root 05
# is SUPPORT.
_SUBCODE_TYPES = {
    "057": "AGREE",
    "163": "COERCE",
    "175": "ASSAULT",
    "191": "COERCE",
    "192": "COERCE",
    "201": "ASSAULT",
}
_MODES = {"042": "visit", "043": "visit", "111": "disapprove", "112": "allege", "09": "investigate"}


@cache
def _crosswalk() -> dict[str, str]:
    text = resources.files("truce.news").joinpath("data/cameo_plover.csv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for row in csv.DictReader(text.splitlines()):
        if row["plover_type"]:
            out.setdefault(row["cameo_root"], row["plover_type"])
    # PLOVER drops CAMEO 02 APPEAL; in PLOVER practice appeals and calls are REQUEST (data/SOURCES).
    out.setdefault("02", "REQUEST")
    return out


def plover_type(cameo: str) -> tuple[str, str | None] | None:
    """PLOVER type and mode of a CAMEO event code (``None`` for 01 statements and unknown codes)."""
    if cameo[:3] in _SUBCODE_TYPES:
        return _SUBCODE_TYPES[cameo[:3]], None
    root = cameo[:2]
    if root == "08":
        kind = "CONCEDE" if cameo[:3] in ("08", "080", "081", "082", "083") else "RETREAT"
        return kind, None
    kind_or_none = _crosswalk().get(root)
    if kind_or_none is None:
        return None
    return kind_or_none, _MODES.get(cameo[:3]) or _MODES.get(root)


def cameo_root(event_type: str, mode: str | None = None) -> str | None:
    """The CAMEO root code of a PLOVER type (its first root in the crosswalk; ACCUSE/investigate is 09)."""
    if event_type == "ACCUSE":
        return "09" if mode == "investigate" else "11"
    if event_type == "REQUEST":
        return "10"
    if event_type == "RETREAT":
        return "08"
    roots = [root for root, kind in _crosswalk().items() if kind == event_type]
    return roots[0] if roots else None


Term = tuple[dt.date, dt.date | None, str]
"""A term of office: from, to (None while it lasts), the holder's name."""

@dataclass(frozen=True)
class VerbSense:
    """A verb of one CAMEO block: its own code, the block's patterns, its particle (``meet with``)
    and its phrase as the block writes it (patterns written for another verb of the block have
    another owner)."""

    block: int
    code: str | None
    particle: str | None
    phrase: str | None = None


@dataclass(frozen=True)
class Lexicon:
    """Verbs with CAMEO patterns, actor phrases, agent nouns and event nouns."""

    synsets: dict[str, frozenset[str]]
    verbs: dict[str, tuple[VerbSense, ...]]
    patterns: tuple[tuple[tuple[Any, ...], ...], ...]
    actors: dict[str, ActorEntry]
    agents: dict[str, str]
    event_nouns: dict[str, str]
    code_names: dict[str, str]
    max_phrase_words: int
    lower_case: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    light_nouns: dict[str, str] = field(default_factory=dict)
    desires: frozenset[str] = frozenset()
    firing_verbs: frozenset[str] = frozenset()
    quantities: frozenset[str] = frozenset()
    proposals: frozenset[str] = frozenset()
    aspectual: frozenset[str] = frozenset()
    concluding: frozenset[str] = frozenset()
    third_parties: frozenset[str] = frozenset()
    receiving: frozenset[str] = frozenset()
    causes: frozenset[str] = frozenset()
    easings: frozenset[str] = frozenset()
    commands: frozenset[str] = frozenset()
    demand_or_say: frozenset[str] = frozenset()
    handovers: frozenset[str] = frozenset()
    reductions: frozenset[str] = frozenset()
    cancellations: frozenset[str] = frozenset()
    commitments: frozenset[str] = frozenset()
    generic_name_words: frozenset[str] = frozenset()
    locations: frozenset[str] = frozenset()
    idioms: dict[str, dict[str, str]] = field(default_factory=dict)
    named_acts: dict[str, str] = field(default_factory=dict)
    named_codes: frozenset[str] = frozenset()
    acronyms: dict[str, ActorEntry] = field(default_factory=dict)
    offices: dict[tuple[str, str], tuple[Term, ...]] = field(default_factory=dict)

    @classmethod
    def shipped(cls) -> Lexicon:
        """The lexicon built from the shipped dictionaries and ``additions.yaml`` (cached)."""
        return _shipped()

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The first word of every actor phrase (a phrase can only start where one stands)."""
        return frozenset(p.split()[0] for p in self.actors if p.strip())

    @cached_property
    def pattern_index(self) -> tuple[dict[str, tuple[int, ...]], ...]:
        """Per CAMEO block, a key word -> the patterns (by position) that need it.

        Every pattern needs one word to be present: a literal noun word, else each member of its
        synonym set, else its preposition.  Only the patterns of the words at hand are tried.
        """
        out = []
        for block in self.patterns:
            index: dict[str, list[int]] = {}
            for k, (before, after, preps, *_) in enumerate(block):
                words = [w for phrase in (*before, *after, *(noun for _, noun in preps)) for w in phrase]
                literal = next((w for w in words if not w.startswith("&")), None)
                keys = [literal] if literal else sorted(self.synsets.get(words[0][1:], ())) if words else \
                    [preps[0][0]] if preps else []
                for key in keys:
                    index.setdefault(key, []).append(k)
            out.append({w: tuple(ks) for w, ks in index.items()})
        return tuple(out)

    @cached_property
    def surnames(self) -> dict[str, ActorEntry | tuple[ActorEntry, ...]]:
        """The last word of every office holder's name -> the office holder ("Modi": Narendra Modi),
        or the several who share it.  One entry, not a tuple, for a name only one holds: the table is
        long-lived, and thousands of small tuples would slow every full garbage collection."""
        found: dict[str, ActorEntry | tuple[ActorEntry, ...]] = {}
        generic = self.generic_name_words | self.agents.keys() | english_classes().function.keys()
        for entry in self.actors.values():
            words = entry.name.split()
            key = words[-1].lower()  # a generic word ("State", "Army", "Day", "Some") is no surname
            if entry.person and len(words) > 1 and words[-1].isalpha() and key not in generic and \
                    any(start or end for _, start, end in entry.codes):
                held = found.get(key)
                if held is None or held is entry:
                    found[key] = entry
                elif isinstance(held, tuple):
                    found[key] = held if entry in held else (*held, entry)
                else:
                    found[key] = (held, entry)
        return found

    @cached_property
    def organisations(self) -> dict[str, str]:
        """A non-state group's own CAMEO code (``PSEREBHMS``; not a country's generic ``LBNREB``) -> the
        name of the record with the most phrases filed under it (Hamas): the group its members belong to."""
        phrases: Counter[tuple[str, str]] = Counter()
        for entry in self.actors.values():
            code = entry.codes[-1][0] if entry.codes else ""
            if not entry.person and not entry.state and len(code) > 6 and code[3:6] not in STATE_AGENTS and \
                    not code.startswith(("IGO", "NGO", "MNC")):  # bodies whose records mix in office holders
                phrases[code, entry.name] += 1
        out: dict[str, str] = {}
        for (code, name), _ in phrases.most_common():
            out.setdefault(code, name)
        return out

    @cached_property
    def idiom_verbs(self) -> frozenset[str]:
        """The verbs (lemmas) that begin some idiom."""
        return frozenset(key.split()[0] for key in self.idioms)

    @cached_property
    def idiom_prep_verbs(self) -> frozenset[str]:
        """The verbs (lemmas) of idioms with a preposition ("go on strike", "put on hold")."""
        return frozenset(key.split()[0] for key in self.idioms if " " in key)

    def record_name(self, name: str) -> str:
        """The name of the dictionary record an actor's name is filed under ("Houthi rebels" and
        "Houthis": Houthis; "Prachanda": Pushpa Kamal Dahal; "Congo": Democratic Republic of the
        Congo), or the name in lower case when no record holds it ("rebels" and "Rebels": rebels).
        Two names of one record are one actor; scoring compares actors this way."""
        key = name.casefold().removeprefix("the ")
        entry = self.actors.get(key) or self.acronyms.get(name)
        return entry.name if entry is not None else key

    def holder(self, state: str, title: str, day: dt.date) -> ActorEntry | None:
        """The person who held ``title`` (an office of ``additions.yaml``) in ``state`` on ``day``."""
        for start, end, name in self.offices.get((state, title), ()):
            if start <= day and (end is None or day < end):
                return self.actors.get(name.lower())
        return None

    def name_of_code(self, code: str) -> str | None:
        """Display name of an actor code: a named code, else its country."""
        return self.code_names.get(code) or self.code_names.get(code[:3])


def _load_json(name: str) -> Any:
    raw = resources.files("truce.news").joinpath(f"data/petrarch2/{name}.json.gz").read_bytes()
    return json.loads(gzip.decompress(raw))


def _verbs(data: dict[str, Any]) -> tuple[dict[str, tuple[VerbSense, ...]], tuple[tuple[Any, ...], ...]]:
    verbs: dict[str, list[VerbSense]] = {}
    patterns = []
    for index, block in enumerate(data["blocks"]):
        patterns.append(tuple(tuple(p) for p in block["patterns"]))
        for phrase, code in block["verbs"]:
            words = phrase.split()
            if not words or len(words) > 2:
                continue
            verbs.setdefault(words[0], []).append(
                VerbSense(index, code, words[1] if len(words) == 2 else None, phrase)
            )
    return {k: tuple(v) for k, v in verbs.items()}, tuple(patterns)


_WORD_CLASSES = ("weapons", "light_verbs", "desires", "firing_verbs", "quantities", "aspectual", "concluding",
                 "third_parties", "receiving", "causes", "easings", "commands", "demand_or_say", "handovers",
                 "reductions", "cancellations", "commitments", "generic_name_words", "locations")


def _offices(items: list[dict[str, Any]]) -> dict[tuple[str, str], tuple[Term, ...]]:
    """``offices`` of ``additions.yaml``: (state code, title) -> its terms (from, to or None, holder); a
    title that names the office with no state written (``alone``) also under the empty state code."""
    out: dict[tuple[str, str], list[Term]] = {}
    for item in items:
        term = (item["from"], item.get("to"), item["name"])
        for state in (item["state"], *([""] if item.get("alone") else [])):
            out.setdefault((state, item["title"]), []).append(term)
    return {key: tuple(terms) for key, terms in out.items()}


@cache
def _shipped() -> Lexicon:
    additions = yaml.safe_load(
        resources.files("truce.news").joinpath("data/additions.yaml").read_text(encoding="utf-8")
    )
    verb_data = _load_json("verbs")
    verbs, patterns = _verbs(verb_data)
    for phrase, item in (additions.get("verbs") or {}).items():
        lemma, _, particle = phrase.partition(" ")
        code, wanted = (None if item["code"] is None else str(item["code"])), particle or None
        senses = verbs.get(lemma, ())
        keep = not item.get("replace", False)
        chosen = tuple(
            replace(s, code=(s.code if keep else None) or code)
            for s in senses
            if s.particle == wanted
        )
        others = tuple(s for s in senses if s.particle != wanted)
        if chosen or code is not None:  # `code: null` only takes a wrong default away
            verbs[lemma] = (*others, *(chosen or (VerbSense(-1, code, wanted),)))
    synsets = {k.lstrip("&"): frozenset(p.split()[-1] for p in v) for k, v in verb_data["synsets"].items()}
    lower_case: set[str] = set()
    actors, code_names = actor_records(_load_json("actors"), additions, lower_case)
    agents: dict[str, str] = {}
    for phrases, code, _prefix in _load_json("agents"):
        for phrase in phrases:
            agents.setdefault(phrase, code)
    agents.update(additions.get("agents", {}))
    return Lexicon(
        synsets=synsets,
        verbs=verbs,
        patterns=patterns,
        actors=actors,
        acronyms=acronyms(actors, additions),
        agents=agents,
        event_nouns={k: str(v) for k, v in additions.get("event_nouns", {}).items()},
        named_acts={k: str(v) for k, v in additions.get("named_acts", {}).items()},
        named_codes=frozenset(additions.get("code_names", {})),
        offices=_offices(additions.get("offices", ())),
        code_names=code_names,
        max_phrase_words=max(len(p.split()) for p in actors),
        lower_case=frozenset(lower_case),
        light_nouns={k: str(v) for k, v in additions.get("light_nouns", {}).items()},
        **{name: frozenset(additions.get(name, ())) for name in _WORD_CLASSES},
        idioms={verb: {k: str(v) for k, v in nouns.items()}
                for verb, nouns in additions.get("idioms", {}).items()},
        proposals=frozenset(additions.get("proposals", ())) | synsets.get("proposal", frozenset())
        | synsets.get("treaty", frozenset()) | synsets.get("ceasefire", frozenset())
        | synsets.get("program", frozenset()),
    )
