"""Code events from word order alone (tagger and lemmatiser, no parser).

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
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from truce.news.coder import RawEvent
from truce.news.lexicon import Lexicon, plover_type
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


def code_window(
    sent: Span, lexicon: Lexicon, finder: MentionFinder, discourse: Discourse, day: dt.date
) -> tuple[list[RawEvent], dict[int, ActorRef]]:
    """Events of one tagged sentence (coded and uncoded) and its actor mentions by token."""
    found = finder.mentions(sent, day)
    doc = sent.doc
    tokens = list(sent)
    events: list[RawEvent] = []
    coded_at: list[int] = []
    first_actor = next((found[t.i] for t in tokens if t.i in found), None)
    for tok in tokens:
        is_verb = tok.tag_.startswith("VB") and tok.pos_ != "AUX"
        cameo = None
        if is_verb and (senses := lexicon.verbs.get(tok.lemma_.lower())):
            after = doc[tok.i + 1 : tok.i + 3]
            cameo = choose_among(
                candidate_senses(senses, [t.lower_ for t in after]), _words(sent, tok.i), lexicon
            )
        elif tok.pos_ == "NOUN" and tok.lower_ in lexicon.event_nouns:
            cameo = lexicon.event_nouns[tok.lower_]
        if cameo is None or plover_type(cameo) is None:
            continue
        lo, hi = _clause(sent, tok.i)
        before = [doc[i] for i in range(max(lo, tok.i - 4), tok.i)]
        words = {t.lower_ for t in before}
        negated = bool(words & {"not", "n't", "never"})
        modality = "asserted"
        if words & {"will", "'ll"} or (
            doc[tok.i - 1].lower_ == "to"
            and any(doc[i].lemma_ in ("schedule", "expect", "set", "due", "plan") for i in range(lo, tok.i))
        ):
            modality = "future"
        elif words & {"could", "might", "may", "would", "should"} or any(
            doc[i].lower_ in ("if", "unless", "until") for i in range(lo, tok.i)
        ):
            modality = "hypothetical"
        elif tok.i > sent.start and doc[tok.i - 1].lower_ == "to" and coded_at and coded_at[-1] >= tok.i - 6:
            modality = "requested"
        sources = [
            found[i] for i in range(tok.i - 1, lo - 1, -1) if i in found and not _placed(doc, found[i].start)
        ][:1]
        if not sources and first_actor is not None and first_actor.start < tok.i:
            sources = [first_actor]
        if not sources and tok.i > sent.start and doc[tok.i - 1].pos_ == "PRON":
            ref = discourse.person if doc[tok.i - 1].lower_ in ("he", "she") else discourse.other
            sources = [ref] if ref else []
        names = {r.name for r in sources}
        targets = [
            found[i]
            for i in range(tok.i + 1, hi)
            if i in found and not _placed(doc, found[i].start) and found[i].name not in names
        ][:1]
        made = _event(tok.i, cameo, sources, targets, negated, modality, tuple(range(lo, hi)))
        if made is not None:
            events.append(made)
            coded_at.append(tok.i)
            for ref in sources[:1]:
                discourse.remember(ref)
    return events, found


def _placed(doc: object, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in _PLACE  # type: ignore[index]


def _clause(sent: Span, i: int) -> tuple[int, int]:
    doc = sent.doc
    lo = i
    while lo > sent.start and doc[lo - 1].lower_ not in _BOUNDARY:
        lo -= 1
    hi = i + 1
    while hi < sent.end and doc[hi].lower_ not in _BOUNDARY and doc[hi].text != ".":
        hi += 1
    return lo, hi


def _words(sent: Span, i: int) -> ArgumentWords:
    doc = sent.doc
    lo, hi = _clause(sent, i)
    before = [w for t in doc[lo:i] for w in (t.lower_, t.lemma_.lower())]
    after = [w for t in doc[i + 1 : hi] for w in (t.lower_, t.lemma_.lower())]
    preps: list[tuple[str, list[str]]] = []
    for k in range(i + 1, hi):
        if doc[k].lower_ in _PREPS:
            end = next((m for m in range(k + 1, hi) if doc[m].lower_ in _PREPS), hi)
            preps.append((doc[k].lower_, [w for t in doc[k + 1 : end] for w in (t.lower_, t.lemma_.lower())]))
    return ArgumentWords(before, after, preps)


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
