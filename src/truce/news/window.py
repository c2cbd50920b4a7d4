"""Code events from word order alone (parts of speech and lemmas, no parser).

The comparison row for the parser (docs/news.md): the same lexicon and
patterns, with arguments taken from positions instead of dependencies.  A
verb's clause runs from the last clause boundary (punctuation or a
conjunction) before it to the next one after it; its source is the last
actor before it in the clause (or, without one, the sentence's first
actor), its target the first actor after it that no place preposition
introduces; pattern words are the words of the clause after the verb.
*not/never* before the verb negates it, *will* makes it future, a modal or
an *if* in the clause hypothetical, and *to* + verb after a coded verb is
that verb's content.

The sentence's words, lemmas and tags are read once into plain lists
(:class:`_Words`; from the lookup tagger's own lists when it tagged the
``Doc``), and clause bounds are found in one pass each way, so that the
coder touches spaCy objects only at the start.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from truce.news.coder import RawEvent
from truce.news.lexicon import Lexicon, plover_type
from truce.news.lookup_tagger import lookup_tags
from truce.news.mentions import ActorRef, Discourse, MentionFinder
from truce.news.patterns import ArgumentWords, candidate_senses, choose_among

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["code_window"]

_BOUNDARY = frozenset({",", ";", ":", "and", "but", "while", "whereas", "\u201c", "\u201d", '"'})
_PLACE = frozenset({"in", "near", "along", "within", "across", "inside", "outside", "of"})
_PREPS = frozenset(
    {
        "with",
        "to",
        "on",
        "against",
        "at",
        "for",
        "from",
        "toward",
        "towards",
        "into",
        "over",
        "of",
        "by",
        "about",
        "in",
    }
)
_NEGATION = frozenset({"not", "n't", "never"})
_HYPOTHETICAL = frozenset({"could", "might", "may", "would", "should"})
_SCHEDULING = frozenset({"schedule", "expect", "set", "due", "plan"})


class _Words:
    """One sentence as lists indexed from its first token: lower-cased words, lemmas, tags, clauses."""

    def __init__(self, sent: Span) -> None:
        self.start = sent.start
        stored = lookup_tags(sent.doc)
        if stored is not None:  # the lookup tagger's own lists: no token objects to build
            words, tagged = stored
            words, tagged = words[sent.start : sent.end], tagged[sent.start : sent.end]
            self.lower = [w.lower() for w in words]
        else:
            tagged = [(t.tag_, t.pos_, t.lemma_) for t in sent]
            self.lower = [t.lower_ for t in sent]
        self.lemma = [lemma for _, _, lemma in tagged]
        self.verb = [tag.startswith("VB") and pos != "AUX" for tag, pos, _ in tagged]
        self.noun = [pos == "NOUN" for _, pos, _ in tagged]
        self.pron = [pos == "PRON" for _, pos, _ in tagged]
        n = len(self.lower)
        self.lo = [0] * n  # the clause of word k is lo[k] <= j < hi[k]
        self.hi = [n] * n
        lo = 0
        for k, w in enumerate(self.lower):
            self.lo[k] = lo
            if w in _BOUNDARY:
                lo = k + 1
        hi = n
        for k in range(n - 1, -1, -1):
            self.hi[k] = hi
            if self.lower[k] in _BOUNDARY or self.lower[k] == ".":
                hi = k

    def pairs(self, i: int, j: int) -> list[str]:
        """Lower-cased form and lemma of each word from ``i`` to ``j``."""
        return [w for k in range(i, j) for w in (self.lower[k], self.lemma[k].lower())]

    def arguments(self, k: int) -> ArgumentWords:
        """The pattern words of the clause of the verb at ``k``."""
        lo, hi = self.lo[k], self.hi[k]
        preps: list[tuple[str, list[str]]] = []
        for m in range(k + 1, hi):
            if self.lower[m] in _PREPS:
                end = next((e for e in range(m + 1, hi) if self.lower[e] in _PREPS), hi)
                preps.append((self.lower[m], self.pairs(m + 1, end)))
        return ArgumentWords(self.pairs(lo, k), self.pairs(k + 1, hi), preps)

    def placed(self, start: int) -> bool:
        """Whether a place preposition introduces the mention starting at doc index ``start``."""
        k = start - self.start
        return k > 0 and self.lower[k - 1] in _PLACE


def code_window(
    sent: Span, lexicon: Lexicon, finder: MentionFinder, discourse: Discourse, day: dt.date
) -> tuple[list[RawEvent], dict[int, ActorRef]]:
    """Events of one tagged sentence (coded and uncoded) and its actor mentions by token."""
    found = finder.mentions(sent, day)
    words = _Words(sent)
    start = words.start
    events: list[RawEvent] = []
    coded_at: list[int] = []
    first_actor = found[min(found)] if found else None
    for k in range(len(words.lower)):
        cameo = _code(words, k, lexicon)
        if cameo is None:
            continue
        lo, hi = words.lo[k], words.hi[k]
        modality, negated = _modality(words, k, coded_at)
        sources = [found[i] for i in range(start + k - 1, start + lo - 1, -1)
                   if i in found and not words.placed(found[i].start)][:1]
        if not sources and first_actor is not None and first_actor.start < start + k:
            sources = [first_actor]
        if not sources and k > 0 and words.pron[k - 1]:
            ref = discourse.person if words.lower[k - 1] in ("he", "she") else discourse.other
            sources = [ref] if ref else []
        names = {r.name for r in sources}
        targets = [found[i] for i in range(start + k + 1, start + hi)
                   if i in found and not words.placed(found[i].start) and found[i].name not in names][:1]
        scope = tuple(range(start + lo, start + hi))
        made = _event(start + k, cameo, sources, targets, negated, modality, scope)
        if made is not None:
            events.append(made)
            coded_at.append(k)
            for ref in sources[:1]:
                discourse.remember(ref)
    return events, found


def _code(words: _Words, k: int, lexicon: Lexicon) -> str | None:
    """The CAMEO code of word ``k`` as a verb of the dictionary or an event noun, if it maps to PLOVER."""
    cameo = None
    if words.verb[k] and (senses := lexicon.verbs.get(words.lemma[k].lower())):
        particles = words.lower[k + 1 : k + 3]
        cameo = choose_among(candidate_senses(senses, particles), words.arguments(k), lexicon)
    elif words.noun[k] and words.lower[k] in lexicon.event_nouns:
        cameo = lexicon.event_nouns[words.lower[k]]
    return cameo if cameo is not None and plover_type(cameo) is not None else None


def _modality(words: _Words, k: int, coded_at: list[int]) -> tuple[str, bool]:
    """Modality and negation of the verb at ``k`` from the four words before it in its clause."""
    lo = words.lo[k]
    before = set(words.lower[max(lo, k - 4) : k])
    negated = bool(before & _NEGATION)
    after_to = k > 0 and words.lower[k - 1] == "to"
    if before & {"will", "'ll"} or (after_to and any(words.lemma[i] in _SCHEDULING for i in range(lo, k))):
        return "future", negated
    if before & _HYPOTHETICAL or any(words.lower[i] in ("if", "unless", "until") for i in range(lo, k)):
        return "hypothetical", negated
    if after_to and coded_at and coded_at[-1] >= k - 6:
        return "requested", negated
    return "asserted", negated


def _event(
    head: int,
    cameo: str,
    sources: list[ActorRef],
    targets: list[ActorRef],
    negated: bool,
    modality: str,
    scope: tuple[int, ...],
) -> RawEvent | None:
    mapped = plover_type(cameo)
    if mapped is None:
        return None
    kind, mode = mapped
    if modality == "future":
        if negated and kind in ("RETREAT", "CONCEDE"):
            kind, negated, modality = "REJECT", False, "asserted"
        elif kind in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
            kind, mode = "AGREE", None
        elif kind == "RETREAT":
            kind = "CONCEDE"
    return RawEvent(head, kind, mode, cameo, tuple(sources), tuple(targets), negated, modality, scope)
