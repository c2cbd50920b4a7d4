"""Delegations and those who head them.

A delegation, team or mission stands for the body that sends it (annotation rule 6: "an Israeli team
including Barnea" is Israel's), and the one who heads it acts through it.  Heading one's delegation
with no destination is a role, told the same as "a delegation led by X", which is no act
(:mod:`truce.news.no_acts`).  Heading it somewhere is the delegation's journey ("Khalil al-Hayya led a
Hamas team into Cairo": Hamas's visit), and so is talks bringing it somewhere ("talks brought an
Israeli delegation to Cairo").  A relative clause on the delegation one heads tells what the
delegation did ("headed a Hamas team that flew into Cairo"), as a main clause would: the verb of
heading only names the leader's role, which the relative clause's act takes place in.  Delegations or
negotiators who broke up met ("the negotiators broke up on Sunday without a deal": the talks were
held, as "the talks broke up" tells by its noun).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.lexicon import CONSULTED

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DELEGATIONS", "HEADING", "TEAMS", "TO", "delegation_acts", "delegation_taken",
           "delegations_parted"]

HEADING = frozenset({"lead", "head"})
DELEGATIONS = frozenset({"delegation", "team", "mission"})
TO = frozenset({"to", "into", "for"})  # a destination
_TALKS = frozenset({"talk", "negotiation", "discussion", "meeting"})
TEAMS = frozenset({"negotiator", "delegation", "team", "envoy", "diplomat", "mediator"})
"""Nouns of those a state or group sends to negotiate."""
_PARTING = frozenset({"break up", "part", "disperse"})  # a meeting's participants going their ways


def delegation_taken(verb: Token) -> Token | None:
    """The delegation that a verb takes to a place, headed or taken there by its leader ("led (took) a
    team from Hamas to Cairo") or brought there by the talks it goes for ("talks over the corridor brought
    an Israeli delegation to Cairo"): the source of the journey; else None."""
    lemma = verb.lemma_.lower()
    brought = lemma == "bring" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _TALKS
                                       for c in verb.children)
    if not (lemma in HEADING or brought or lemma == "take") or not any(
            c.dep_ in ("prep", "dative") and c.lower_ in TO for c in verb.children):
        return None
    team = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if team is not None and team.lemma_.lower() == "group":  # "a group of Hamas envoys": the envoys
        team = next((o for p in team.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
                    team)
    return team if team is not None and team.lemma_.lower() in DELEGATIONS | TEAMS else None


def delegation_acts(clause: Token) -> bool:
    """Whether a relative clause on the delegation that a verb of heading takes, with the relative
    pronoun as its subject, tells the delegation's act ("headed a Hamas team that reached Cairo")."""
    team = clause.head
    return clause.dep_ == "relcl" and team.dep_ == "dobj" and team.lemma_.lower() in DELEGATIONS and \
        team.head.lemma_.lower() in HEADING and any(
            c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children)


def delegations_parted(verb: Token) -> str | None:
    """Delegations or negotiators who broke up or parted, with no object ("negotiators from Israel and
    Egypt broke up on Sunday without an accord"): the talks they held (CAMEO 040); else None."""
    phrase = " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    if phrase not in _PARTING or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return CONSULTED if any(c.dep_ == "nsubj" and c.lemma_.lower() in DELEGATIONS | TEAMS
                           for c in verb.children) else None
