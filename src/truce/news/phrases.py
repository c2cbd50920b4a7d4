"""Actor phrases of several words the parse path reads: who a proposal is by, agent nouns of several
words, and state bodies named by their seat (helpers of :mod:`truce.news.arguments`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.lexicon import STATE_AGENTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from truce.news.lexicon import Lexicon
    from truce.news.mentions import ActorRef

__all__ = ["compound_agent", "proposing", "seat"]


def proposing(verb: Token, lexicon: Lexicon) -> bool:
    """A participle that names who proposed, offered or ordered what it modifies ("a truce proposed
    by A, B and C", "the plan put forward by X", "the truce ordered by Putin"): CAMEO's appeals and
    proposals (02), offers (03), demands and orders (10), and *put forward*, which the dictionary
    files under 045.  Who brokered, backed, signed or holds it is no author of it."""
    from truce.news.triggers import verb_code

    code = verb_code(verb, lexicon) or ""
    return code[:2] in ("02", "03", "10") or (code == "045" and any(
        c.lower_ == "forward" for c in verb.children))


def compound_agent(token: Token, lexicon: Lexicon) -> str | None:
    """An agent noun of several words whose head alone is none ("the Chinese coast guard",
    "Azerbaijani border guards"): the dictionary's phrase of the noun and the compounds before it,
    when a determiner or an owner makes it a particular body; else None."""
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    if not words or not any(c.dep_ in ("amod", "poss", "det") for c in token.children):
        return None  # "army officers seized power": generic, as "officers" is
    head = " ".join(c.lower_ for c in words)
    return lexicon.agents.get(f"{head} {token.lower_}") or \
        lexicon.agents.get(f"{head} {token.lemma_.lower()}")


def seat(token: Token, agent: str, found: dict[int, ActorRef]) -> list[Token]:
    """"The junta in Niger", "the defence ministry in Damascus": a state body *in* a place that
    stands for a state (a country code in the dictionary) is that state's, also when the parser
    hung the place on the verb right after its object."""
    if agent[:3] not in STATE_AGENTS or token.dep_ not in ("nsubj", "nsubjpass", "dobj") or not any(
            c.lower_ == "the" for c in token.children):
        return []  # "rallied outside parliament in Tbilisi" (parsed as an object): a place
    near = [c for c in token.head.children if c.i == token.right_edge.i + 1] \
        if token.dep_ == "dobj" else []
    return [g for c in (*token.children, *near) if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children
            if g.dep_ == "pobj" and g.i in found and len(found[g.i].code or "") == 3]
