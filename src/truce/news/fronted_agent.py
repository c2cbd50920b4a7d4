"""A passive participle phrase that opens a sentence, parsed apart from the clause it introduces.

"Led by Khalil al-Hayya, a Hamas delegation arrived in Cairo": the English
model's parser (trained on the Penn Treebank's Wall Street Journal text, where
such openings are rare) often reads the opening participle as the root and
the clause after the comma as its apposition or an auxiliary, and so loses
the clause's subject and verb.  :class:`FrontedAgent` runs after the tagger
and before the parser and marks the word after the comma as the start of a
sentence, which the parser respects: the phrase and the clause get a tree
each, and the clause keeps its own subject.  The phrase is a passive
participle (Penn tag ``VBN``) directly followed by *by* and a noun phrase with
no verb of its own (names joined by *and* are one), closed by a comma; nothing in it is an act of the
clause's subject, so nothing the coder reads is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["FRONTED_AGENT", "FrontedAgent"]

FRONTED_AGENT = "truce_fronted_agent"  # the spaCy factory name
_LONGEST = 12  # words of the noun phrase after "by", at most
_NAMES = ("NNP", "NNPS")  # Penn tags of proper nouns


class FrontedAgent:
    """Mark the clause after an opening "VBN by NP," as a sentence of its own (see the module)."""

    def __call__(self, doc: Doc) -> Doc:
        """Set the sentence start after the phrase's comma, when ``doc`` opens with such a phrase."""
        if len(doc) > 3 and doc[0].tag_ == "VBN" and doc[1].lower_ == "by":
            for tok in doc[2:2 + _LONGEST]:
                if tok.tag_.startswith(("VB", "MD")) or tok.lower_ in ("while", "as") or (
                        tok.lower_ == "and" and doc[min(tok.i + 1, len(doc) - 1)].tag_ not in _NAMES):
                    return doc  # a clause of its own; "and" before a name joins two leaders
                if tok.text == ",":
                    if tok.i + 2 < len(doc):
                        doc[tok.i + 1].is_sent_start = True
                    return doc
        return doc


def _register() -> None:
    from spacy.language import Language

    if Language.has_factory(FRONTED_AGENT):
        return

    @Language.factory(FRONTED_AGENT)
    def make(nlp: Any, name: str) -> FrontedAgent:
        return FrontedAgent()


_register()
