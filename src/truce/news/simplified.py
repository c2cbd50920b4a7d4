"""Sentences rewritten for a second parse when the first coded nothing.

A small statistical parser goes wrong most often on long chains of proper nouns: a name with its title
("Prime Minister Benjamin Netanyahu informed Secretary of State Antony Blinken that ...", parsed with
*informed* as a modifier of a noun), or a name with a description set off by commas ("William Burns,
director of the Central Intelligence Agency, conferred ...").  Writing each titled person by name alone,
without the description, gives the parser a simpler sentence, and so a better parse (sentence
simplification for parsing: Chandrasekar, Doran and Srinivas 1996); the actors stay the same, since the
name is the one the dictionaries resolve.  A participle that opens a sentence may be read as a name for its
capital letter ("Dismissing Hamas's reply, Netanyahu said ...", tagged as a proper noun); written in lower
case it is read as the participle it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Container

    from spacy.tokens import Doc

    from truce.news.mentions import ActorRef

__all__ = ["Piece", "names_alone", "original_spans", "participle_lowered"]

Piece = tuple[int, int, int, int, bool]
"""Characters ``[start, end)`` of the rewritten sentence, ``[start, end)`` of the original ones, and
whether the piece is a name that replaced a titled one."""


def names_alone(doc: Doc, found: dict[int, ActorRef]) -> tuple[str, list[Piece]] | None:
    """The sentence with every person written by name alone: without a title ("Secretary of State Antony
    Blinken" → "Antony Blinken"; a title the dictionaries read as its state's, such as "Secretary of
    State", goes with it) and without a description in apposition (", director of the CIA,"), and the
    pieces that map its characters to the original's; None when no person has either."""
    refs = sorted({(r.start, r.end): r for r in found.values()}.values(), key=lambda r: r.start)
    spans: list[tuple[int, int, str]] = []
    for k, ref in enumerate(refs):
        if not ref.person:
            continue
        start = ref.start
        if k and refs[k - 1].end == ref.start and not refs[k - 1].person:
            start = refs[k - 1].start  # "Secretary of State" + "Antony Blinken"
        titled = doc[start:ref.end].text
        if len(titled) > len(ref.name) and titled.endswith(ref.name.split()[-1]):
            spans.append((doc[start].idx, doc[ref.end - 1].idx + len(doc[ref.end - 1]), ref.name))
        spans += _description(doc, ref)
    if not spans:
        return None
    text, pieces, at = "", [], 0
    for begin, end, name in sorted(spans):
        if begin < at:
            continue  # overlapping: the first rewrite stands
        pieces.append((len(text), len(text) + begin - at, at, begin, False))
        text += doc.text[at:begin]
        pieces.append((len(text), len(text) + len(name), begin, end, True))
        text, at = text + name, end
    pieces.append((len(text), len(text) + len(doc.text) - at, at, len(doc.text), False))
    return text + doc.text[at:], [p for p in pieces if p[1] > p[0]]


def participle_lowered(doc: Doc, found: dict[int, ActorRef], verbs: Container[str]
                       ) -> tuple[str, list[Piece]] | None:
    """The sentence with its first word in lower case when it is a participle in *-ing* of a verb of the
    dictionary that the tagger read as a proper noun ("Dismissing", "Meeting"); else None.  "Beijing" is
    no participle: no verb "beij" or "beije"."""
    first = doc[0]
    if first.i in found or first.tag_ not in ("NNP", "NNPS") or not first.lower_.endswith("ing"):
        return None
    stem = first.lower_[:-3]
    if not any(v in verbs for v in (stem, stem + "e", stem[:-1] if stem[-2:-1] == stem[-1:] else "")):
        return None
    return first.lower_ + doc.text[len(first.text):], [(0, len(doc.text), 0, len(doc.text), False)]


def _description(doc: Doc, ref: ActorRef) -> list[tuple[int, int, str]]:
    """The characters of a common-noun apposition after a person's name, with its commas (", director
    of the CIA,"), to be dropped; a name in apposition ("Israel's prime minister, Benjamin Netanyahu,")
    is kept."""
    found = []
    for a in (child for t in doc[ref.start:ref.end] for child in t.children):
        if a.dep_ != "appos" or a.pos_ != "NOUN" or a.left_edge.i < 1 or doc[a.left_edge.i - 1].text != ",":
            continue
        last = a.right_edge.i + 1 if a.right_edge.i + 1 < len(doc) and doc[a.right_edge.i + 1].text == "," \
            else a.right_edge.i
        found.append((doc[a.left_edge.i - 1].idx, doc[last].idx + len(doc[last]), ""))
    return found


def original_spans(rewritten: Doc, pieces: list[Piece], offset: int) -> list[tuple[int, int]]:
    """The original characters of each token of the rewritten sentence (a name stands for the whole
    titled name it replaced), counted from ``offset``."""
    spans = []
    for t in rewritten:
        new_start, _, start, end, name = next(p for p in pieces if p[0] <= t.idx < max(p[1], p[0] + 1))
        at = offset + start + t.idx - new_start
        spans.append((offset + start, offset + end) if name else (at, at + len(t.text)))
    return spans
