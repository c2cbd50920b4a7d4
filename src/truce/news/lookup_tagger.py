"""Parts of speech and lemmas by dictionary lookup, without a statistical tagger.

The ``window`` syntax of the news pipeline tags and lemmatises a tokenised
sentence in one left-to-right pass, in the manner of the initial-state
annotator of a rule-based tagger (Brill 1995, "Transformation-based
error-driven learning and natural language processing"):

1. Function words (determiners, pronouns, auxiliaries, prepositions,
   conjunctions) take their class from ``data/word_classes.yaml``.
2. Every other word is looked up in WordNet 3.0 (:mod:`truce.news.word_classes`):
   which of noun, verb, adjective and adverb it can be, and the lemma of
   each (*met* → *meet*, *talks* → *talk*).  The verbs of the CAMEO verb
   dictionary count as verbs too.
3. A word that can be a verb and something else is a verb after *to*, a
   modal, *do* or a negation (base form), after *be* or *have* (participle),
   after a subject pronoun or a relative word, and after a noun phrase that
   opens its clause when an object or complement follows (*Hamas demands
   guarantees*); otherwise a noun or adjective (*the cabinet vote*, *peace
   talks resumed*).  An *-ing* form after a preposition is a verb (*accused
   Israel of blocking*), after a determiner or inside a noun phrase a noun
   (*the Rafah crossing*); an *-ed* form after a determiner is an adjective
   (*the proposed deal*).  A capitalised word is a proper noun unless it
   opens the sentence and is a known word that starts no name of the actor
   dictionary (or can be a verb: *Talks*, *Fighting*).

Each token gets a Penn Treebank tag, a universal part of speech and a lemma
(``tag_``, ``pos_``, ``lemma_`` of the spaCy ``Doc``), so the coder reads them
as it reads a statistical tagger's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from truce.news.word_classes import FunctionWord, Word, WordClasses, english_classes

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["LOOKUP_TAGGER", "LookupTagger", "lookup_tags"]

LOOKUP_TAGGER = "truce_lookup_tagger"  # the spaCy factory name
_USER_DATA = "truce.lookup_tags"

Tagged = tuple[str, str, str]  # Penn tag, universal part of speech, lemma

_OPENERS = frozenset({'"', "\u201c", ":", "(", "\u2018"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_IN_NOUN_PHRASE = _NOUN_TAGS | {"CD", "HYPH", "JJ", "POS"}
_NEGATION = frozenset({"not", "n't", "never"})
_PUNCT_TAGS = {",": ",", ".": ".", "!": ".", "?": ".", ":": ":", ";": ":", "-": "HYPH", "(": "-LRB-",
               ")": "-RRB-", '"': "''", "\u201c": "``", "\u201d": "''", "'": "''", "\u2019": "''"}
_BEFORE_PARTICIPLE = frozenset({"been", "already", "also", "yet", "just", "since", *_NEGATION})


class LookupTagger:
    """Tag and lemmatise tokenised sentences by lookup (see the module docstring).

    Parameters
    ----------
    classes
        The open-class dictionary (:class:`WordClasses`).
    names
        Lower-case first words of names (the actor dictionary's): a capitalised word that opens a
        sentence is a name when it starts one and cannot be a verb (*Hamas*, not *hama* + *s*).
    """

    def __init__(self, classes: WordClasses, names: Iterable[str] = ()) -> None:
        self.classes = classes
        self.names = frozenset(names)
        english = english_classes()
        self.function, self.main_verbs = english.function, english.main_verbs

    @classmethod
    def from_model(cls, lookups: Any, extra_verbs: Iterable[str] = (),
                   names: Iterable[str] = ()) -> LookupTagger:
        """Built from a spaCy rule lemmatiser's tables (``lemma_index``, ``lemma_exc``, ``lemma_rules``)."""
        def table(name: str) -> dict[str, Any]:
            found = lookups.get_table(name)
            return {pos: found[pos] for pos in ("noun", "verb", "adj", "adv") if pos in found}

        classes = WordClasses(table("lemma_index"), table("lemma_exc"), table("lemma_rules"), extra_verbs)
        return cls(classes, names)

    def __call__(self, doc: Doc) -> Doc:
        """Write ``tag_``, ``pos_`` and ``lemma_`` to every token of ``doc``.

        The words and their analyses also stay in ``doc.user_data`` (:func:`lookup_tags`), so that
        the window coder reads them as lists instead of token by token.
        """
        tokens = list(doc)
        words = [t.text for t in tokens]
        tagged = self.tag_words(words)
        for token, (tag, pos, lemma) in zip(tokens, tagged, strict=True):
            token.tag_, token.pos_, token.lemma_ = tag, pos, lemma
        doc.user_data[_USER_DATA] = (words, tagged)
        return doc

    def tag_words(self, words: list[str]) -> list[Tagged]:
        """``(Penn tag, universal POS, lemma)`` of each word of a sentence, as written."""
        out: list[Tagged] = []
        first = 0
        for i, text in enumerate(words):
            if text in _PUNCT_TAGS or not any(c.isalnum() for c in text):
                out.append((_PUNCT_TAGS.get(text, "NFP"), "PUNCT", text))
                if text in _OPENERS:
                    first = i + 1  # a quotation opens a sentence of its own
                continue
            following = words[i + 1].lower() if i + 1 < len(words) else ""
            out.append(self._tag(text, out, following, i == first))
        return out

    def _tag(self, text: str, done: list[Tagged], following: str, opens: bool) -> Tagged:
        lower = text.lower()
        prev = _previous(done)
        function = self.function.get(lower)
        if function is not None:
            return self._function_word(function, lower, prev, following)
        if lower[:1].isdigit() or lower.replace(",", "").replace(".", "").isdigit():
            return "CD", "NUM", lower
        word = self.classes.word(lower)
        if text[:1].isupper() and not (opens and (word.verb or word.noun or word.adjective or word.adverb)
                                       and (word.verb or lower not in self.names)):
            return "NNP", "PROPN", text
        if word.verb is None:
            return self._nominal(lower, word, prev, following)
        return self._verbal(lower, word, done, following)

    def _function_word(self, function: FunctionWord, lower: str, prev: Tagged | None,
                       following: str) -> Tagged:
        if function.tag == "POS" and prev is not None and prev[0] == "PRP":
            return "VBZ", "AUX", "be"  # "it's", "he's"
        if lower in self.main_verbs and following not in _BEFORE_PARTICIPLE:
            word = self.classes.word(following)
            if not (word.verb and (word.verb[1] == "VBD" or word.unchanged_past)):
                return function.tag, "VERB", function.lemma  # "had talks", "has to"
        return function.tag, function.pos, function.lemma

    def _nominal(self, lower: str, word: Word, prev: Tagged | None, following: str) -> Tagged:
        """A word read as no verb: an adverb before a verb, an adjective before a noun, else a noun."""
        if word.adverb and word.noun is None and self._verb_follows(following):
            return "RB", "ADV", lower  # "later urged"
        noun = ("NNS" if word.noun != lower else "NN", "NOUN", word.noun) if word.noun else None
        adjective = ("JJ", "ADJ", word.adjective) if word.adjective else None
        if adjective and (noun is None or self._noun_follows(following)
                          or (prev is not None and prev[1] in ("AUX", "ADV"))):
            return adjective
        if noun:
            return noun
        return ("RB", "ADV", lower) if word.adverb or lower.endswith("ly") else ("NN", "NOUN", lower)

    def _verbal(self, lower: str, word: Word, done: list[Tagged], following: str) -> Tagged:
        """A word that can be a verb: verb, noun or adjective by the words around it."""
        assert word.verb is not None
        lemma, form = word.verb
        prev = _previous(done)
        where = _position(done, prev)
        other = self._nominal(lower, word, prev, following) if (word.noun or word.adjective) else None
        if form == "VBD" or (word.unchanged_past and where in ("be", "have")):
            if where in ("be", "have"):
                return "VBN", "VERB", lemma
            if where in ("determiner", "preposition") or (
                    where == "start" and word.adjective and self._noun_only(following)):
                return "JJ", "ADJ", word.adjective or lower  # "the proposed deal", "with renewed", "armed"
            return form, "VERB", lemma
        if form == "VBG":
            if where == "preposition":
                return form, "VERB", lemma  # "of blocking"
            if other is not None and (where in ("determiner", "in noun phrase", "after determined subject")
                                      or self._finite_follows(following)):
                return other  # "the fighting", "the Rafah crossing", "Fighting raged"
            return ("JJ", "ADJ", lower) if where == "determiner" else (form, "VERB", lemma)
        finite = ("VBD" if word.unchanged_past and prev is not None and prev[0] in ("NN", "NNP")
                  else "VBP" if form == "VB" else form, "VERB", lemma)
        if other is None:
            return ("VB", "VERB", lemma) if where == "infinitive" else finite
        if where == "infinitive":
            return ("VB", "VERB", lemma) if form == "VB" else other  # "to attack", but "to talks"
        if where in ("subject", "after subject", "coordinated") and self._object_follows(following):
            return finite  # "Hamas demands guarantees", "... and pave the way"
        if where == "after determined subject" and prev is not None and \
                self._agrees(form, word, prev, following):
            return finite  # "if the talks stall", "an explosion hit the market", not "the Houthi attack"
        return other

    def _agrees(self, form: str, word: Word, subject: Tagged, following: str) -> bool:
        """Whether a verb reading agrees with the noun before it: a plural and a base form, a singular
        and an *-s* form or an unchanged past, each but the first before an object."""
        if form == "VB" and subject[0] == "NNS":
            return True
        singular = subject[0] in ("NN", "NNP") and (form == "VBZ" or word.unchanged_past)
        return singular and self._object_follows(following)

    def _verb_follows(self, following: str) -> bool:
        word = self.classes.word(following)
        function = self.function.get(following)
        if function is not None:
            return function.pos == "AUX"
        return word.verb is not None and word.noun is None

    def _noun_follows(self, following: str) -> bool:
        """Whether the next word can be a noun: "key issues", "northern Gaza"."""
        return bool(following) and following not in self.function and (
            bool(self.classes.word(following).noun) or not self.classes.word(following).verb)

    def _noun_only(self, following: str) -> bool:
        """Whether the next word can only be a noun: "armed groups"."""
        word = self.classes.word(following)
        return following not in self.function and word.verb is None and bool(word.noun)

    def _finite_follows(self, following: str) -> bool:
        """Whether the next word is an auxiliary or can only be a verb in the past: "Fighting raged"."""
        function = self.function.get(following)
        if function is not None:
            return function.pos == "AUX"
        word = self.classes.word(following)
        return word.verb is not None and word.verb[1] == "VBD" and word.noun is None

    def _object_follows(self, following: str) -> bool:
        """Whether what follows suits a verb: an object or complement, not a verb of its own ("peace
        talks resumed"), *of*, or the end of the sentence."""
        if not following or not any(c.isalnum() for c in following):
            return False
        function = self.function.get(following)
        if function is not None:
            return function.pos != "AUX" and following != "of"
        return not self._finite_follows(following)


def lookup_tags(doc: Doc) -> tuple[list[str], list[Tagged]] | None:
    """The words of ``doc`` and their ``(tag, pos, lemma)`` as the lookup tagger left them, if it did."""
    found = doc.user_data.get(_USER_DATA)
    return found if found is not None and len(found[0]) == len(doc) else None


def _position(done: list[Tagged], prev: Tagged | None) -> str:
    """Where a word stands, by the words before it (adverbs skipped).

    ``infinitive`` after *to*, a modal, *do* or a negation; ``be`` and ``have`` after those
    auxiliaries; ``subject`` after a subject pronoun or relative word; ``determiner`` after a
    determiner, possessive or adjective; ``preposition``; after a noun phrase, ``after subject``
    when the phrase opens its clause (or follows a subordinator: *if Hezbollah keeps firing*),
    ``after determined subject`` when it does so with a determiner (*if the talks stall*),
    ``in noun phrase`` when a determiner opens it elsewhere and ``after object`` when a verb or
    preposition does; ``coordinated`` after a comma or conjunction; ``start``.
    """
    if prev is None:
        return "start"
    tag, pos, lemma = prev
    if lemma in _NEGATION or tag in ("TO", "MD") or (pos == "AUX" and lemma == "do"):
        return "infinitive"
    if pos == "AUX":
        return "be" if lemma == "be" else "have"
    if tag in ("PRP", "WDT", "WP", "EX") or lemma == "that":
        return "subject"
    if tag in _NOUN_TAGS or tag in ("CD", "HYPH"):
        k = len(done) - 1
        while k >= 0 and (done[k][0] in _IN_NOUN_PHRASE or done[k][1] == "ADV"):
            k -= 1
        opener = done[k] if k >= 0 else None
        if _opens_clause(opener):
            return "after subject"
        if opener is not None and opener[0] in ("DT", "PRP$", "WP$"):
            subject = _opens_clause(done[k - 1] if k > 0 else None)
            return "after determined subject" if subject else "in noun phrase"
        return "after object"
    if tag in ("DT", "PRP$", "WP$", "POS", "JJ"):
        return "determiner"
    if tag == "IN":
        return "preposition"
    return "coordinated" if tag in ("CC", ",") else "start"


def _opens_clause(word: Tagged | None) -> bool:
    """Whether a clause can start after ``word``: the sentence start, punctuation, a conjunction,
    a subordinator or a relative word."""
    return word is None or word[0] in (",", ":", "CC", "WDT", "WP", "``", "''") or word[1] == "SCONJ"


def _previous(tagged: list[Tagged]) -> Tagged | None:
    """The last tagged word that is not an adverb (adverbs sit between a subject and its verb)."""
    for item in reversed(tagged):
        if item[1] != "ADV":
            return item
    return None


def _register() -> None:
    """Register :class:`LookupTagger` as the spaCy factory ``truce_lookup_tagger``.

    The factory reads the WordNet tables of the pipeline's rule lemmatiser (add it before removing
    the lemmatiser) and adds the verbs of truce's CAMEO verb dictionary.
    """
    from spacy.language import Language

    if Language.has_factory(LOOKUP_TAGGER):
        return

    @Language.factory(LOOKUP_TAGGER)
    def make(nlp: Any, name: str) -> LookupTagger:
        from truce.news.lexicon import Lexicon

        if "lemmatizer" not in nlp.pipe_names:
            raise ValueError(f"{LOOKUP_TAGGER} needs the pipeline's rule lemmatizer for its WordNet tables")
        lexicon = Lexicon.shipped()
        return LookupTagger.from_model(nlp.get_pipe("lemmatizer").lookups, lexicon.verbs, lexicon.first_words)


_register()
