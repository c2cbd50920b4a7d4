"""Journeys: arriving somewhere, flying there, carrying something there.

The destination of a trip stands for the host state (annotation rule 5: "arrived in Beijing" is a visit
to China, CAMEO 042), unless the trip has a purpose held at the place ("arrived in Cairo for talks", "to
hear the results"): the place is then the venue of what the trip is for, which is coded on its own.
Reaching a capital, and anything a delegation carries there, is such a trip, not an agreement reached
or a seizure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.delegations import TEAMS, delegation_taken

if TYPE_CHECKING:
    from spacy.tokens import Token

    from truce.news.arguments import SentenceActors
    from truce.news.lexicon import Lexicon
    from truce.news.mentions import ActorRef

__all__ = ["ARRIVING", "SENDING", "arrival_host", "arrival_purpose", "conveyed_to",
           "displaced_destinations", "reached_place"]

_VISIT = "042"  # CAMEO make a visit
ARRIVING = frozenset({"arrive", "land", "reach", "come", "stop", "get"})
"""Verbs of arriving: the place one arrives in (or reaches) is the destination of a trip."""
# what a trip may be for that is held at the place: talks, or news of them taken in
_EXCHANGES = frozenset({"discuss", "negotiate", "hold", "hear", "learn", "brief", "tell", "receive", "meet",
                        "attend", "talk", "join", "consult", "sign", "be"})
_TRIPS = frozenset({"visit", "trip", "tour", "stay"})
_FLYING = frozenset({"fly", "travel"})  # journeys whose destination is the venue of news taken in there
_INFORMED = frozenset({"hear", "learn", "brief", "tell", "receive", "inform"})
_CONVEYING = frozenset({"take", "bring", "carry"})
SENDING = frozenset({"send", "dispatch"})
"""Verbs of sending a delegation: its trip (a visit, annotation rule 5), of which it is no target."""
# Clauses that tell who a group is made of take no destination: "sent its delegation, made up of Barnea and
# Bar, to Cairo", "whose members included Barnea, to Cairo": the parser hangs *to* on them
_MEMBERSHIP = frozenset({"make", "include", "comprise", "consist", "compose", "lead", "head"})
_MESSAGES = frozenset({"map", "message", "letter", "response", "reply", "document", "plan", "proposal"})


def reached_place(tok: Token, lexicon: Lexicon) -> str | None:
    """Reaching, getting to or stopping in a place that stands for its state ("reached Cairo to hold talks",
    "got to Cairo", "stopped in Tel Aviv") is a trip there (CAMEO 042), not an agreement reached or a halt;
    so is taking a text or a message to one, or anything a delegation, team or envoy carries there ("took
    maps to Cairo", "maps were carried to Cairo by an Israeli delegation"), or a delegation that talks
    bring there, not a seizure; else None."""
    lemma = tok.lemma_.lower()
    if lemma in ("reach", "get"):
        places = [c for c in tok.children if c.dep_ == "dobj"] if lemma == "reach" else [
            g for p in tok.children if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    elif lemma == "stop" and not any(c.dep_ in ("dobj", "xcomp", "prt") for c in tok.children):
        places = [g for p in tok.children if p.lower_ in ("in", "at") for g in p.children if g.dep_ == "pobj"]
    elif lemma in _CONVEYING and (any(b.lemma_.lower() in TEAMS for b in _bearers(tok)) or
                                  delegation_taken(tok) is not None or any(
            c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _MESSAGES or c.lemma_.lower() in
                                                 lexicon.proposals) for c in tok.children)):
        places = [g for p in conveyed_to(tok) for g in p.children if g.dep_ == "pobj"]
    else:
        return None
    return _VISIT if any(_a_state(c, lexicon) for c in places) else None


def conveyed_to(tok: Token) -> list[Token]:
    """The *to* phrases of a verb of conveying: its own, or hung on its object's *of* phrase ("carried maps
    of the corridor to Cairo", the parser hanging "to Cairo" on the corridor)."""
    if tok.lemma_.lower() not in _CONVEYING:
        return []
    hung = (t for c in tok.children if c.dep_ == "dobj" for t in c.subtree)
    return [p for p in (*tok.children, *hung) if p.dep_ in ("prep", "dative") and p.lower_ == "to"]


def _bearers(tok: Token) -> list[Token]:
    """Who carries or brings: the subject, or the agent of a passive."""
    return [c for c in tok.children if c.dep_ == "nsubj"] + [
        g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _a_state(place: Token, lexicon: Lexicon) -> bool:
    """A place named for a state: its capital ("Cairo"), "the Egyptian capital" or "Egypt's capital"."""
    if place.lemma_.lower() == "capital":
        return any(c.dep_ in ("amod", "compound", "poss") and
                   getattr(lexicon.actors.get(c.lower_), "state", False)
                   for c in place.children)
    name = " ".join(t.lower_ for t in place.subtree if t.dep_ == "compound" or t.i == place.i)  # "Tel Aviv"
    return place.pos_ == "PROPN" and getattr(lexicon.actors.get(name), "state", False)


def arrival_purpose(tok: Token) -> bool:
    """Whether an arrival is for an exchange held at the place ("arrived in Cairo for talks", "reached
    Cairo to hear the results", which the parser may hang on the place), or a flight for news told there
    ("flew into Cairo in order to be briefed"): the place is then its venue.  A trip to press or urge
    the parties ("arrived in Israel to press both sides"), for a visit, or a flight for talks ("flew to
    Doha to discuss a truce") is to the host.  A delegation taken somewhere arrives there ("led a Hamas
    team to Cairo to hear the results")."""
    taken = delegation_taken(tok) is not None
    if tok.lemma_.lower() == "bring" and taken:
        return True  # "talks brought an Israeli delegation to Cairo": the talks' venue
    arriving = tok.lemma_.lower() in ARRIVING
    if not arriving and tok.lemma_.lower() not in _FLYING and not taken:
        return False
    purposes = _EXCHANGES if arriving else _INFORMED

    def exchange(clause: Token) -> bool:
        return clause.dep_ in ("advcl", "xcomp", "relcl", "acl") and clause.lemma_.lower() in purposes and \
            any(a.lower_ == "to" for a in clause.children)

    def purpose(prep: Token) -> bool:  # "for talks" (not "for a visit"); a flight "for a briefing"
        return all(g.lemma_ not in _TRIPS for g in prep.children) if arriving else \
            any(g.lemma_ == "briefing" for g in prep.children)

    return any(exchange(c) or (c.dep_ == "prep" and c.lower_ == "for" and h is tok and purpose(c)) or (
        c.dep_ == "prep" and c.lower_ == "in" and any(  # "in order to hear"
            o.lower_ == "order" and any(exchange(a) for a in o.children) for o in c.children))
        for h in (tok, *(o for o in tok.children if o.dep_ == "dobj")) for c in h.children)


def arrival_host(tok: Token, sources: list[ActorRef], actors: SentenceActors) -> list[ActorRef]:
    """The host of an arrival: the state of the place one arrives or lands in ("arrived in Beijing":
    China; the destination of a trip stands for the host state, annotation rule 5), unless the trip
    has a purpose of its own ("arrived in Cairo for talks", "to hear the results"): the place is
    then the venue of what it is for, which is coded on its own."""
    if tok.lemma_.lower() not in ARRIVING or arrival_purpose(tok):  # "arrived in Cairo for talks": the venue
        return []
    own = {(r.code or "")[:3] for r in sources if r.code}
    places = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for g in p.children
              if g.dep_ == "pobj"] + [c for c in tok.children if c.dep_ == "dobj"]  # "reached Cairo"
    places += [tok.head for c in tok.children if tok.dep_ == "relcl" and c.lower_ == "where"]  # "in Riyadh,
    # where he arrived"
    return [r for g in places for r in actors.resolve(g)
            if r.kind != "agent" and not r.person and (r.code or "-")[:3] not in own]


def displaced_destinations(tok: Token, codes: dict[int, str]) -> list[Token]:
    """The *to* of a trip's destination that the parser hung on a clause of membership after the object
    ("sent its delegation, made up of Barnea and Bar, to Cairo"), on its last member ("its delegation,
    including Barnea and Bar, to Cairo"), or on the object's *of* phrase after a verb of conveying
    ("carried maps of the corridor to Cairo"), unless the trip has a purpose of its own ("to Cairo to
    hear the results": a venue, no host)."""
    if codes.get(tok.i, "")[:2] != "04" or _purpose(tok):
        return []
    members = [p for c in tok.children for clause in (c, *c.children)
               if (clause.dep_ in ("advcl", "relcl", "acl") or clause.lower_ == "including") and
               clause.lemma_.lower() in _MEMBERSHIP and clause.head.i in (tok.i, c.i) and not _purpose(clause)
               for h in (clause, *(o for o in clause.children if o.dep_ == "pobj"))  # "its delegation,
               for p in h.children if p.dep_ == "prep" and p.lower_ == "to"]  # including Barnea, to Cairo"
    return [p for p in conveyed_to(tok) if p.head.i != tok.i] + members


def _purpose(clause: Token) -> bool:
    """Whether a clause carries a purpose of its own ("to hear the results")."""
    return any(c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
               for c in clause.children)
