"""The PLOVER trigger lexicon: loading, inflection and matching.

Event types and modes are those of the PLOVER codebook (Open Event Data
Alliance; Halterman et al., "PLOVER and POLECAT"); the CAMEO root of each type
comes from the shipped crosswalk ``data/cameo_plover.csv`` (adapted from the
PLOVER project's CAMEO-to-PLOVER table, CC BY-SA 4.0, after Schrodt's CAMEO
manual).
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

__all__ = [
    "PLOVER_TYPES",
    "TriggerEntry",
    "TriggerLexicon",
    "TriggerMatch",
    "cameo_root",
    "cameo_to_plover",
    "inflections",
]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "meet": ("met",), "hold": ("held",), "speak": ("spoke", "spoken"), "send": ("sent",),
    "give": ("gave", "given"), "withdraw": ("withdrew", "withdrawn"), "make": ("made",),
    "take": ("took", "taken"), "strike": ("struck", "stricken"), "shoot": ("shot",),
    "seek": ("sought",), "fight": ("fought",), "bring": ("brought",), "lead": ("led",),
    "begin": ("began", "begun"), "put": ("put",), "set": ("set",), "cut": ("cut",),
    "hit": ("hit",), "fly": ("flew", "flown"), "go": ("went", "gone"), "tell": ("told",),
    "say": ("said",), "break": ("broke", "broken"), "freeze": ("froze", "frozen"),
    "let": ("let",), "shut": ("shut",), "have": ("had", "has"), "stand": ("stood",),
    "win": ("won",), "undertake": ("undertook", "undertaken"), "rebuff": ("rebuffed",),
    "forgo": ("forwent", "forgone"), "lay": ("laid",), "pay": ("paid",), "arise": ("arose",),
}
_DOUBLE_FINAL = frozenset(
    "drop stop ship plan commit submit admit regret rebut veto travel rally quit hit let set put cut "
    "shut bar ban slam fund sign".split()
)
_NO_DOUBLE = frozenset({"fund", "sign", "veto", "rally"})


def inflections(verb: str) -> tuple[str, ...]:
    """Base, 3rd person, past, participle and -ing forms of an English verb."""
    forms = {verb}
    if verb.endswith("ee"):  # agree, agrees, agreed, agreeing
        forms |= {verb + "s", verb + "d", verb + "ing"}
    elif verb.endswith("e") and not verb.endswith("ye"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    elif verb in _DOUBLE_FINAL and verb not in _NO_DOUBLE:
        forms |= {verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
    forms |= set(_IRREGULAR.get(verb, ()))
    return tuple(sorted(forms))


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """A lexicon group: what a matched phrase means."""

    event_type: str
    pos: str  # "verb", "noun" or "literal"
    mode: str | None = None
    target: str = "object"
    meeting: bool = False
    material: bool = False


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A phrase matched at token positions ``[start, end)``."""

    start: int
    end: int
    entries: tuple[TriggerEntry, ...]


def _expand(pattern: str, verb: bool) -> list[tuple[str, ...]]:
    slots: list[list[str]] = []
    for k, word in enumerate(re.findall(r"\([^)]*\)\??|\S+", pattern)):
        optional = word.endswith("?")
        word = word.rstrip("?")
        choices = word.strip("()").split("|") if word.startswith("(") else [word]
        if k == 0 and verb:
            choices = [form for choice in choices for form in inflections(choice)]
        slots.append([*choices, ""] if optional else choices)
    out = []
    for combo in itertools.product(*slots):
        tokens = tuple(t for part in combo if part for t in part.split())
        if tokens:
            out.append(tokens)
    return out


class TriggerLexicon:
    """Phrases indexed by their first (lower-case) token; longest match wins."""

    def __init__(self, groups: Sequence[tuple[TriggerEntry, Sequence[str]]]) -> None:
        index: dict[tuple[str, ...], list[TriggerEntry]] = {}
        for entry, phrases in groups:
            for phrase in phrases:
                for tokens in _expand(phrase, entry.pos == "verb"):
                    bucket = index.setdefault(tokens, [])
                    # a later group with the same phrase and part of speech overrides an earlier one
                    bucket[:] = [e for e in bucket if e.pos != entry.pos]
                    bucket.append(entry)
        self._by_first: dict[str, list[tuple[tuple[str, ...], tuple[TriggerEntry, ...]]]] = {}
        for tokens, entries in index.items():
            self._by_first.setdefault(tokens[0], []).append((tokens, tuple(entries)))
        # first words of patterns with a number slot ("fire #  rockets")
        self._numbered_first = frozenset(tokens[0] for tokens in index if "#" in tokens)
        for bucket_list in self._by_first.values():
            bucket_list.sort(key=lambda item: -len(item[0]))

    @classmethod
    def shipped(cls) -> TriggerLexicon:
        """The lexicon in ``truce/news/data/triggers.yaml``."""
        return _shipped()

    def match(
        self,
        lower: Sequence[str],
        start: int,
        end: int,
        choose: Callable[[TriggerMatch], TriggerEntry | None],
    ) -> list[tuple[TriggerMatch, TriggerEntry]]:
        """Non-overlapping matches in ``lower[start:end]``, left to right.

        At each position the longest phrase for which ``choose`` accepts a
        reading (verb, noun or literal) wins.
        """
        found: list[tuple[TriggerMatch, TriggerEntry]] = []
        i = start
        while i < end:
            bucket = self._by_first.get(lower[i])
            if bucket is None:
                i += 1
                continue
            windows: dict[int, tuple[str, ...]] = {}
            numbered = lower[i] in self._numbered_first
            for tokens, entries in bucket:
                n = len(tokens)
                if i + n > end:
                    continue
                window = windows.get(n)
                if window is None:
                    window = windows[n] = tuple(lower[i:i + n])
                if window == tokens or (numbered and "#" in tokens and _numbered(tokens, window)):
                    match = TriggerMatch(i, i + n, entries)
                    entry = choose(match)
                    if entry is not None:
                        found.append((match, entry))
                        i += n
                        break
            else:
                i += 1
        return found


def _numbered(tokens: tuple[str, ...], words: Sequence[str]) -> bool:
    """A pattern with a ``#`` slot: it matches a number ("fired 320 rockets", "2,000")."""
    return all(t == w or (t == "#" and w[:1].isdigit()) for t, w in zip(tokens, words, strict=True))


@cache
def _shipped() -> TriggerLexicon:
    text = resources.files("truce.news").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    groups: list[tuple[TriggerEntry, Sequence[str]]] = []
    for pos, key in (("verb", "verbs"), ("noun", "nouns"), ("literal", "literal")):
        for group in data[key]:
            if group["type"] not in PLOVER_TYPES:
                raise ValueError(f"unknown PLOVER type {group['type']!r} in triggers.yaml")
            entry = TriggerEntry(
                event_type=group["type"], pos=pos, mode=group.get("mode"),
                target=group.get("target", "object"), meeting=bool(group.get("meeting", False)),
                material=bool(group.get("material", False)),
            )
            groups.append((entry, [str(p) for p in group["phrases"]]))
    return TriggerLexicon(groups)


@cache
def cameo_to_plover() -> tuple[tuple[str, str, str], ...]:
    """Rows ``(cameo_root, cameo_name, plover_type)`` of the shipped crosswalk (root 08 twice)."""
    text = resources.files("truce.news").joinpath("data/cameo_plover.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines())
    return tuple((r["cameo_root"], r["cameo_name"], r["plover_type"]) for r in rows)


def cameo_root(event_type: str, mode: str | None = None) -> str | None:
    """The CAMEO root code of a PLOVER type (first root of the crosswalk; ACCUSE/investigate is 09)."""
    if event_type == "ACCUSE":
        return "09" if mode == "investigate" else "11"
    roots = [root for root, _, plover in cameo_to_plover() if plover == event_type]
    return roots[0] if roots else None
