"""Orders to leave: whom an order sends away decides what it is.

An order to one's own forces to leave, withdraw or pull back (*ordered its troops to leave Kherson*,
*told their units to pull back*, *ordered his fighters back to their bases*) is the orderer's own
military retreat (CAMEO 0874, retreat or surrender militarily: RETREAT), as withdrawing them is;
forces are one's own when a pronoun owns them (*its*, *their*, *his*, *her*), when the orderer's state
does (*Putin ordered Russian troops*) or when no one is named as their owner (*ordered troops out*).
An order to others to leave expels them, whoever gives it: a population or another's forces
(CAMEO 174, COERCE), diplomats a cut in relations (161, SANCTION).  Neither is a request to another
actor (CAMEO 10).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.lexicon import OWNING_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from truce.news.arguments import SentenceActors
    from truce.news.lexicon import Lexicon
    from truce.news.mentions import ActorRef

__all__ = ["DIPLOMATS", "RETREAT_MILITARILY", "civilian", "order_to_leave"]

RETREAT_MILITARILY, _EXPELLED, _DIPLOMATS_EXPELLED = "0874", "174", "161"
_RETREATS = frozenset({"leave", "withdraw", "retreat", "vacate", "exit", "depart", "quit"})
_LEAVING = _RETREATS | {"evacuate", "flee", "move"}  # civilians told to evacuate, flee or move are expelled
_TURNING = frozenset({"pull", "move", "fall", "go", "head", "draw", "return"})  # with *back*, *out*: leaving
_AWAY = frozenset({"out", "back", "away", "home"})
DIPLOMATS = frozenset({"ambassador", "diplomat", "envoy", "attache", "consul", "chargé"})
# CAMEO agent codes of civilians and civil society (CAMEO actor codebook, 3rd-level codes).
CIVILIAN_AGENTS = frozenset({"CVL", "OPP", "LAB", "EDU", "REF", "NGM", "HRI", "MED", "AGR", "BUS"})
_ARMED_AGENTS = frozenset({"MIL", "UAF", "REB"})


def _away(tok: Token) -> bool:
    """*out*, *back*, *away* or *home* on a verb ("ordered diplomats out", "pull out of", "pull back")."""
    return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in _AWAY for c in tok.children)


def _retreating(act: Token) -> bool:
    """A verb of forces leaving: *leave*, *withdraw*, *vacate* ...; *pull*, *move*, *fall* or *go* back
    or out; *return* without an object (to base, not "return fire")."""
    lemma = act.lemma_.lower()
    if lemma == "return" and any(c.dep_ == "dobj" for c in act.children):
        return False
    return lemma in _RETREATS or (lemma in _TURNING and (_away(act) or lemma == "return"))


def _armed(tok: Token, lexicon: Lexicon) -> bool:
    """Armed forces, by the noun or a compound before it ("its army units")."""
    forces = lexicon.synsets.get("military", frozenset())
    words = (tok, *(c for c in tok.children if c.dep_ == "compound"))
    agents = lexicon.agents
    return any((agents.get(w.lower_) or agents.get(w.lemma_.lower()) or "")[:3] in _ARMED_AGENTS
               or w.lower_ in forces for w in words)


def _own(told: Token, tok: Token, actors: SentenceActors) -> bool:
    """Whether the forces told are the orderer's: owned by a pronoun, by the orderer's state, or by no
    one named."""
    if any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in told.children) or \
            any(c.lower_ == "own" for c in told.children):
        return True
    owners = [r for r in actors.resolve(told) if r.kind != "agent"]
    if not owners:
        return True
    orderers = [g for c in tok.children if c.dep_ in ("nsubj", "agent")
                for g in ([c] if c.dep_ == "nsubj" else [p for p in c.children if p.dep_ == "pobj"])]
    states = {(r.code or "")[:3] for o in orderers for r in actors.resolve(o) if r.code}
    return any((r.code or "")[:3] in states for r in owners)


def order_to_leave(tok: Token, lexicon: Lexicon, actors: SentenceActors) -> tuple[str, int] | None:
    """The code of an order to leave given by a verb of command, and the token it goes on (the act
    ordered, or the verb of command itself when no act is named), else None."""
    if tok.lemma_.lower() not in lexicon.commands:
        return None
    act = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    retreating = act is None or _retreating(act)
    if not (_away(tok) if act is None else retreating or act.lemma_.lower() in _LEAVING):
        return None
    told = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.lemma_.lower() in DIPLOMATS for c in told):
        return _DIPLOMATS_EXPELLED, tok.i
    armed = [c for c in told if _armed(c, lexicon)]
    if armed and all(_own(c, tok, actors) for c in armed):
        return (RETREAT_MILITARILY, (act if act is not None else tok).i) if retreating else None
    others = [r for c in told if not any(g.lower_ in OWNING_PRONOUNS for g in c.children)
              for r in actors.resolve(c) if r.kind != "agent"]
    civilians = any((lexicon.agents.get(c.lower_) or "")[:3] in CIVILIAN_AGENTS for c in told)
    if civilians or armed or any((r.code or "").endswith("CVL") or (r.code or "").startswith("IGO")
                                 for r in others):
        return _EXPELLED, tok.i
    return None


def civilian(ref: ActorRef) -> bool:
    """An actor whose CAMEO agent code is a population or civil society, not a state or armed group."""
    return (ref.code or "")[-3:] in CIVILIAN_AGENTS
