"""Actor records of the Phoenix dictionary and truce's additions: names, dated CAMEO codes, phrases.

A record (PETRARCH2's Phoenix actor dictionary; Open Event Data Alliance, MIT) names an actor, the
phrases that mention it, and its CAMEO actor codes, dated for office holders ("ISRGOV" from 2022 to
2024, then "ISRELI"), so that a minister named in 2024 maps to the government of 2024.  Hand
additions (``data/additions.yaml``, section ``actors``) add people and bodies the 2014 snapshot lacks;
``not_actors`` takes out phrases that are common words, which stay the acronyms they stand for when
written in capitals.  A phrase of the additions may list alternative words in braces ("{families|relatives}
of {hostages|captives}"): it stands for every phrase the alternatives make.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["ActorEntry", "acronyms", "actor_records"]


@lru_cache(maxsize=1024)
def _stamp(day: dt.date) -> str:
    """``day`` as the dictionaries write dates (YYYYMMDD)."""
    return day.strftime("%Y%m%d")


@dataclass(frozen=True)
class ActorEntry:
    """An actor phrase's record: a display name, dated codes, and whether it is a state."""

    name: str
    codes: tuple[tuple[str, str | None, str | None], ...]
    state: bool = False
    person: bool = False

    def code_on(self, day: dt.date) -> str | None:
        """The code valid on ``day`` (office holders by date), else the undated default."""
        stamp = _stamp(day)
        for code, start, end in self.codes:
            if (start or end) and (start or "0") <= stamp <= (end or "99999999"):
                return code
        return next((code for code, start, end in self.codes if not start and not end), None)

    def in_office(self, day: dt.date) -> bool:
        """Whether a dated code of the entry covers ``day`` (an office held then)."""
        stamp = _stamp(day)
        return any((start or end) and (start or "0") <= stamp <= (end or "99999999")
                   for _, start, end in self.codes)


_MINOR_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "by"})
_QUALIFIER = re.compile(r"\s*\([^)]*\)")


def _title(phrase: str) -> str:
    """A record's display name: title case with minor words lower-case ("Democratic Republic of the
    Congo"), without the record's parenthesised qualifier ("National Liberation Army (Colombia)")."""
    words = _QUALIFIER.sub("", phrase).removeprefix("the ").split()
    return " ".join(w if w.isupper() or (k and w in _MINOR_WORDS) else w[:1].upper() + w[1:]
                    for k, w in enumerate(words))


def _bare_phrases(records: list[Any]) -> dict[str, str]:
    """Phrases as news text writes them, for phrases Phoenix files with a parenthesised acronym or
    country ("national liberation army (colombia)") or a leading article ("the islamic state"): bare
    phrase -> the record's name, only where one record gives it (two armies of national liberation
    give none)."""
    found: dict[str, set[str]] = {}
    for name, phrases, _ in records:
        for phrase in phrases:
            bare = " ".join(_QUALIFIER.sub("", phrase).split())
            bare = bare.removeprefix("the ") if " " in bare.removeprefix("the ") else bare
            if bare and bare != phrase:
                found.setdefault(bare, set()).add(name)
    return {bare: next(iter(names)) for bare, names in found.items() if len(names) == 1}


def alternatives(phrase: str) -> list[str]:
    """The phrases a phrase with alternatives in braces stands for: "{families|kin} of {hostages|captives}"
    gives "families of hostages", "families of captives", "kin of hostages" and "kin of captives"."""
    parts = re.split(r"\{([^}]*)\}", phrase)  # odd parts are the alternatives
    choices = [part.split("|") if k % 2 else [part] for k, part in enumerate(parts)]
    return ["".join(words) for words in itertools.product(*choices)]


def actor_records(
    records: list[Any], additions: dict[str, Any], lower_case: set[str]
) -> tuple[dict[str, ActorEntry], dict[str, str]]:
    """Phoenix records and the ``actors`` additions: lower-case phrase -> its entry, and display names
    of codes (a state's code by its record); phrases of the additions written in lower case go into
    ``lower_case`` (they match lower-case text)."""
    code_names: dict[str, str] = {}
    actors: dict[str, ActorEntry] = {}
    renamed: list[tuple[int, str, str]] = []
    by_name: dict[str, ActorEntry] = {}
    for name, phrases, codes in records:
        coded = tuple((c, s, e) for c, s, e in codes)
        state = len(coded) == 1 and len(coded[0][0]) == 3 and not coded[0][1] and not coded[0][2]
        # a state whose code changed (Ukraine: USRUKR, then UKR) is dated like an office holder
        recoded = not state and bool(coded) and len(coded[-1][0]) == 3 and coded[-1][0].isalpha() and \
            not coded[-1][2]
        if state:
            code_names.setdefault(coded[0][0], _title(name))
        elif recoded:
            renamed.append((len(phrases), coded[-1][0], _title(name)))
        entry = ActorEntry(_title(name), coded, state or recoded,
                           person=not recoded and any(s or e for _, s, e in coded))
        for phrase in phrases:
            actors.setdefault(phrase, entry)
        by_name[name] = entry
    for bare, name in _bare_phrases(records).items():
        actors.setdefault(bare, by_name[name])
    for _, code, name in sorted(renamed, reverse=True):  # a state with an earlier code (UKR: USRUKR),
        code_names.setdefault(code, name)  # named by its record with the most phrases (not a city's)
    code_names.update(additions.get("code_names", {}))
    for demonym, state in additions.get("demonyms", {}).items():
        actors.setdefault(demonym.lower(), actors[state.lower()])  # "Serb", "Nepali": the state's record
    for item in additions.get("actors", ()):
        dated = tuple(_dated_code(c) for c in item["codes"])
        entry = ActorEntry(item["name"], dated, state=False, person=item.get("person", True))
        existing = actors.get(item["name"].lower())
        shown = existing and (code_names.get(existing.codes[0][0], existing.name) if existing.state else None)
        if existing is None or shown != item["name"]:  # keep a state's own record under its own name
            actors[item["name"].lower()] = entry
        for phrase in (p for written in item.get("phrases", ()) for p in alternatives(written)):
            actors[phrase.lower()] = entry
            if phrase[:1].islower():
                lower_case.add(phrase)
    return actors, code_names


def acronyms(actors: dict[str, ActorEntry], additions: dict[str, Any]) -> dict[str, ActorEntry]:
    """Take the phrases of ``not_actors`` (common words: "us", "who") out of ``actors``; written in
    capitals they are the acronyms they stand for ("US", "WHO"), keyed by that spelling."""
    out: dict[str, ActorEntry] = {}
    for phrase in additions.get("not_actors", ()):
        entry = actors.pop(phrase.lower(), None)
        if entry is not None:
            out[phrase.upper()] = entry
    return out


def _dated_code(raw: list[Any]) -> tuple[str, str | None, str | None]:
    """``[code]`` or ``[code, from, to]`` with ISO dates -> (code, YYYYMMDD or None, YYYYMMDD or None)."""
    start, end = (*raw[1:], None, None)[:2]
    return (
        str(raw[0]),
        str(start).replace("-", "") if start else None,
        str(end).replace("-", "") if end else None,
    )


# Word classes of ``additions.yaml`` read as sets of words (each documented there).
