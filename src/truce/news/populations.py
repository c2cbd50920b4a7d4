"""Populations, and the side a plural demonym stands for.

Annotation rule 6 keeps a state's population apart from the state: "thousands of Israelis rallied" is
a protest by Israelis, not by Israel.  Reports of diplomacy, though, name a state's side by its people
with the definite article alone, as they name it by its capital: "the Israelis called for a list of the
living hostages", "the Egyptians rejected the maps" tell what Israel and Egypt did (Quirk et al. 1985,
*A Comprehensive Grammar of the English Language*, 5.56: the definite plural of a nationality noun
refers to the nation as a whole).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.mentions import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from truce.news.lexicon import ActorEntry, Lexicon

__all__ = ["definite_side", "population"]


def _plural_demonym(token: Token) -> str | None:
    """A capitalised plural noun as written, with a first word of its compound ("South Koreans", "Sri
    Lankans"): a plural demonym if the dictionary has its singular."""
    text = token.text
    if not (text[:1].isupper() and text.endswith("s") and token.tag_ in ("NNPS", "NNS", "NNP")):
        return None
    first = " ".join(c.text for c in token.lefts if c.dep_ == "compound" and c.text[:1].isupper())
    return f"{first} {text}" if first else text


def _state_entry(written: str | None, lexicon: Lexicon) -> ActorEntry | None:
    entry = None if written is None else lexicon.actors.get(written[:-1].lower())
    return entry if entry is not None and entry.state else None


def definite_side(token: Token, lexicon: Lexicon) -> ActorRef | None:
    """*the Israelis*, *the Egyptians*: a plural demonym with *the* and no other modifier, not picked
    out of a larger number ("thousands of the Palestinians"), stands for its state."""
    entry = _state_entry(_plural_demonym(token), lexicon)
    if entry is None or (token.dep_ == "pobj" and token.head.lower_ == "of"):
        return None
    modifiers = [c.lower_ for c in token.children if c.dep_ not in ("punct", "relcl", "appos", "cc", "conj")]
    shared = token.dep_ == "conj" and not modifiers and definite_side(token.head, lexicon) is not None
    if modifiers != ["the"] and not shared:  # "the Egyptians and Qataris": the article shared
        return None
    code = entry.codes[0][0]
    return ActorRef(lexicon.code_names.get(code, entry.name), code, False, token.i, token.i + 1, "name")


def population(token: Token, lexicon: Lexicon) -> ActorRef | None:
    """A plural demonym the dictionary lacks ("Chileans", "Kenyans") is the state's population: the
    state's code with CVL; with *the* alone, the state (:func:`definite_side`)."""
    written = _plural_demonym(token)
    entry = _state_entry(written, lexicon)
    if written is None or entry is None:
        return None
    return definite_side(token, lexicon) or \
        ActorRef(written, entry.codes[0][0] + "CVL", False, token.i, token.i + 1, "name")
