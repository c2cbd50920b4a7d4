"""Votes cast: a side taken in a vote, coded as the act it stands for.

A vote against something rejects it and a vote for it accepts it (CAMEO 12 and 057), however the vote
is worded: "cast a vote against the maps", "cast his against", "cast a no vote", "voted to oppose
(reject, block) the maps"; a vote to deplore something deplores it; and supporting or backing a measure
in a sentence that tells a vote on it, or as a body that decides by vote ("the security cabinet backed
the maps", "the maps won the backing of the cabinet"), is voting for it, not an endorsement (CAMEO 05).
Voting to approve keeps CAMEO's own code (030); a vote held with no side taken is no act
(:mod:`truce.news.no_acts`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from truce.news.lexicon import Lexicon

__all__ = ["adopted_by_vote", "vote_cast"]

_BALLOTS = frozenset({"vote", "ballot", "abstain", "abstention", "tally"})  # words that tell a vote
_ENDORSING = frozenset({"support", "back", "favor", "favour", "endorse"})
_DECIDING = frozenset({"cabinet", "parliament", "knesset", "legislature", "congress", "senate"})  # that vote
_BACKING = frozenset({"backing", "support", "endorsement", "approval"})  # given to a measure


def vote_cast(tok: Token, lexicon: Lexicon) -> str | None:
    """A vote cast against (a rejection, 12) or for or in favour of something (an acceptance, 057):
    "Gallant cast a vote against the maps", "cast his against", "cast a no vote"; a vote to reject, oppose
    or block something rejects it ("voted to oppose the maps"), one to deplore it deplores it; voting to
    approve stays CAMEO's 030; else None."""
    if _vote_for(tok):
        return "057"
    if tok.lemma_.lower() == "vote":
        complements = [(c.lemma_, s.code or "") for c in tok.children if c.dep_ == "xcomp"
                       for s in lexicon.verbs.get(c.lemma_, ())[:1]]  # "deplore" (111) stays a charge
        return next(("120" if lemma in ("oppose", "block") or code[:2] == "12" else code
                     for lemma, code in complements if code[:2] in ("11", "12") or lemma == "block"), None)
    votes = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ("vote", "ballot", "his")]
    if tok.lemma_.lower() != "cast" or not votes:
        return None
    sides = {p.lower_ for v in (tok, *votes) for p in v.children
             if p.dep_ in ("prep", "advmod", "det", "amod")}
    return "120" if sides & {"against", "no"} else "057" if sides & {"for", "in", "yes"} else None


def _vote_for(tok: Token) -> bool:
    """Supporting or backing a measure in a sentence that tells a vote on it ("eight ministers backed the
    maps, Gallant voted against"), or by a body that decides by vote ("the security cabinet backed the
    maps", "gave its backing to the maps"): a vote for it, an acceptance as "voted for" is, not an
    endorsement."""
    lemma = tok.lemma_.lower()
    given = lemma == "give" and any(c.dep_ == "dobj" and c.lower_ in _BACKING for c in tok.children)
    if lemma not in _ENDORSING and not given:
        return False  # the sentence is read only for a verb of backing with a measure backed
    in_vote = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" and any(  # "backed in a
        w.lemma_.lower() in _BALLOTS for w in p.subtree)]  # vote military maps": the measure hung on "in"
    if given:  # "gave its backing to the maps"
        measure = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"] or in_vote
    else:
        measure = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PRON")] or in_vote
    if not measure:
        return False
    return any(t.lemma_.lower() in _BALLOTS for t in tok.sent if t.i != tok.i) or any(  # or by a body that
        w.lemma_.lower() in _DECIDING for c in tok.children if c.dep_ == "nsubj" for w in c.subtree)  # votes


def adopted_by_vote(code: str, backer: Token) -> str:
    """Backing won from a body that decides by vote ("the maps won the backing of Israel's security
    cabinet"): the body adopted the measure (057), as when it backed it; else ``code``."""
    if code[:2] == "05" and any(w.lemma_.lower() in _DECIDING for w in backer.subtree):
        return "057"
    return code
