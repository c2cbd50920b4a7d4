"""Meetings told by who took part in them, not by a verb of meeting.

"The Rome meeting brought together Burns, Barnea and Kamel", "Taking part in the meeting in Rome were
Burns, Barnea and Kamel", "Participants in the meeting were ...": those named met (CAMEO 040, consult),
though no verb says they did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.lexicon import GATHERINGS, Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["gathered", "participants_named"]

_MET = "040"  # CAMEO consult
_PARTICIPANTS = frozenset({"participant", "attendee", "participants", "attendees"})


def gathered(tok: Token, lexicon: Lexicon) -> tuple[str, int] | None:
    """Who met, named after the meeting: "The Rome meeting brought together Burns, Barnea and Kamel"
    (a meeting as subject), "Taking part in (Participants in) the meeting in Rome were Burns, Barnea and
    Kamel" (the participants after the copula): a consultation (040) by those named, (code, index of the
    first)."""
    lemma = tok.lemma_.lower()
    if lemma == "bring" and any(c.lower_ == "together" for c in tok.children):
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        named = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if subject is None or lexicon.event_nouns.get(subject.lower_) not in GATHERINGS:
            return None
    elif lemma == "take" and tok.tag_ == "VBG" and tok.i == tok.sent.start and any(
            c.dep_ == "dobj" and c.lower_ == "part" for c in tok.children):  # the parser makes the
        # participle the root or the copula's clausal subject, and the names its object or subject
        copula = next((t for t in tok.sent if t.lemma_ == "be" and t.i > tok.i), None)
        named = next((c for c in (*tok.children, *(copula.children if copula is not None else ()))
                      if c.dep_ in ("attr", "nsubj", "dobj") and c.pos_ == "PROPN" and copula is not None and
                      c.i > copula.i), None)
    elif participants_named(tok, lexicon):
        named = next(c for c in tok.children if c.dep_ == "attr")
    else:
        return None
    return (_MET, named.i) if named is not None else None


def participants_named(copula: Token, lexicon: Lexicon) -> bool:
    """"Participants in the meeting in Rome were Burns, Barnea and Kamel": the copula names who met."""
    if copula.lemma_ != "be" or not any(c.dep_ == "attr" and c.pos_ == "PROPN" for c in copula.children):
        return False
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _PARTICIPANTS and any(
            lexicon.event_nouns.get(g.lower_) in GATHERINGS for p in c.children if p.dep_ == "prep"
            for g in p.children if g.dep_ == "pobj") for c in copula.children)
