"""Nominalised acts that name their own agent: "the release of 110 prisoners by Israel".

A noun of the dictionary's named acts (a release, a withdrawal, a handover, an exchange) is coded only
when it names who does it, by possessor or *by* (or, for an exchange of people held, *between*); one
demanded, welcomed or awaited is not one done (PLOVER annotation rules 2-3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.acts import yielded
from truce.news.clauses import SAYING, governor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from truce.news.coder import RawEvent, _Sentence

__all__ = ["named_act"]

_EXCHANGES = frozenset({"exchange", "swap"})  # of people held, between the sides: COOPERATE (06)


def named_act(state: _Sentence, tok: Token, cameo: str) -> RawEvent | None:
    """A nominalised act coded only when the noun names its own agent, by possessor or *by* ("the
    release of 110 prisoners by Israel", "the handover of weapons by Tigrayan forces"); a release
    or handover demanded, welcomed or awaited is not one done."""
    held = state.lexicon.synsets.get("hostage", frozenset()) | \
        state.lexicon.synsets.get("people", frozenset())
    exchange = tok.lemma_.lower() in _EXCHANGES  # "an exchange of prisoners between A and B"
    if exchange and not any(g.lemma_.lower() in held for p in tok.children if p.dep_ == "prep" and
                            p.lower_ == "of" for g in p.children if g.dep_ == "pobj"):
        return None  # an exchange of fire is no swap
    agent_preps = ("by", "between") if exchange else ("by",)
    swapped = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
               if g.dep_ == "pobj"] if exchange else []  # "between" hung on the people swapped
    agents = [r for c in (*tok.children, *(c for g in swapped for c in g.children))
              if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in agent_preps)
              for o in (c.children if c.dep_ == "prep" else (c,)) if o.dep_ in ("pobj", "poss")
              if o.lemma_.lower() not in held  # "the hostages' release": those released
              for r in state.actors.resolve(o)]
    denial = _denied(tok)
    if denial is not None and not agents:  # "there would be no Israeli withdrawal": Israel's; "there will
        said = denial.head if denial.dep_ == "ccomp" else next(  # be no pullout, he said", "..., he said,
            (c for c in denial.children if c.dep_ == "parataxis"), None)  # there would be no pullout"
        agents = [r for a in tok.children if a.dep_ == "amod" for r in state.actors.resolve(a)] or (
            state.roles.sources(said) if said is not None else [])
    owner = tok.head.head  # the word the noun's preposition hangs on
    topic = tok.dep_ == "pobj" and owner.pos_ in ("NOUN", "PROPN") and not (
        tok.head.lower_ == "of" and owner.dep_ == "dobj" and owner.head.lemma_.lower() in SAYING)
    if not agents or topic:  # "the deadline for Israel's withdrawal": the topic of another noun, no act;
        return None  # "informed Blinken of Israel's acceptance": what was told, an act
    gov = governor(tok) if tok.dep_ == "pobj" else (tok.head if tok.head.i != tok.i else None)
    if gov is not None and gov.i in state.codes:
        return None  # part of a coded act ("demanded the release of ... by Israel")
    modality, negated = state.modality(gov) if gov is not None and gov.pos_ in ("VERB", "AUX") else \
        ("asserted", False)
    negated |= denial is not None
    if gov is not None and gov.pos_ == "VERB" and all(r.kind == "pronoun" for r in agents):
        agents = state.roles.sources(gov) or agents  # "announced their withdrawal": the announcers'
    handed = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
              if o.dep_ == "pobj"]  # "the handover of heavy weapons": what is handed over
    if not exchange:
        cameo = next((y for o in handed if (y := yielded(o, state.lexicon)) is not None), cameo)
    left = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children
            if o.dep_ == "pobj" for r in state.actors.resolve(o) if (r.code or "").startswith("IGO")]
    if left:  # "their withdrawal from ECOWAS": leaving a body reduces relations (16), not a retreat
        return state.event(tok, "160", agents, left, modality, negated)
    return state.event(tok, cameo, agents, [], modality, negated)


def _denied(noun: Token) -> Token | None:
    """The copula that says there is (or will be) none of an act ("there would be no withdrawal from
    the corridor"): a refusal when said of a future concession (the coder's future rules); else None."""
    be = noun.head
    if noun.dep_ != "attr" or be.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in be.children):
        return None
    return be if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) else None
