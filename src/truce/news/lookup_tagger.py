"""Parts of speech and lemmas by dictionary lookup, without a statistical tagger.

The ``lexicon`` syntax of the news pipeline tags and lemmatises a tokenised
sentence in one left-to-right pass, in the manner of the initial-state
annotator of a rule-based tagger (Brill 1995, "Transformation-based
error-driven learning and natural language processing"):

1. Function words (determiners, pronouns, auxiliaries, prepositions,
   conjunctions) take their class from ``data/word_classes.yaml``.
2. Every other word is looked up in WordNet 3.0's indexes of nouns, verbs,
   adjectives and adverbs through its exception lists and detachment rules
   (Morphy, the tables of spaCy's English rule lemmatiser, shipped in the
   model package): which of those it can be, and the lemma of each (*met* →
   *meet*, *talks* → *talk*).  The verbs of the CAMEO verb dictionary count
   as verbs too.
3. A word that can be a verb and something else is a verb after *to*, a
   modal, *do* or a negation (base form), after *be* or *have* (participle),
   after a subject pronoun or a relative word, and after a noun phrase that
   opens its clause when an object or complement follows (*Hamas demands
   guarantees*); otherwise a noun or adjective (*the cabinet vote*, *peace
   talks resumed*).  An *-ing* form after a preposition is a verb (*accused
   Israel of blocking*), after a determiner or inside a noun phrase a noun
   (*the Rafah crossing*); an *-ed* form after a determiner is an adjective
   (*the proposed deal*).  A capitalised word is a proper noun unless it
   opens the sentence and is a known word.

Each token gets a Penn Treebank tag, a universal part of speech and a lemma
(``tag_``, ``pos_``, ``lemma_`` of the spaCy ``Doc``), so the coder reads them
as it reads a statistical tagger's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["LOOKUP_TAGGER", "LookupTagger", "Word", "WordClasses"]

LOOKUP_TAGGER = "truce_lookup_tagger"  # the spaCy factory name

Tagged = tuple[str, str, str]  # Penn tag, universal part of speech, lemma

# Penn tag of a verb form, by the suffix WordNet's detachment rule removed ("" for the base form).
_VERB_FORM = {"s": "VBZ", "ies": "VBZ", "es": "VBZ", "ed": "VBD", "ing": "VBG"}
_OPENERS = frozenset({'"', "\u201c", ":", "(", "\u2018"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_IN_NOUN_PHRASE = _NOUN_TAGS | {"CD", "HYPH", "JJ", "POS"}
_NEGATION = frozenset({"not", "n't", "never"})
_PUNCT_TAGS = {",": ",", ".": ".", "!": ".", "?": ".", ":": ":", ";": ":", "-": "HYPH", "(": "-LRB-",
               ")": "-RRB-", '"': "''", "\u201c": "``", "\u201d": "''", "'": "''", "\u2019": "''"}
_BEFORE_PARTICIPLE = frozenset({"been", "already", "also", "yet", "just", "since", *_NEGATION})


@dataclass(frozen=True)
class Word:
    """What a lower-case word form can be: its verb lemma and Penn form, noun, adjective, adverb."""

    verb: tuple[str, str] | None
    noun: str | None
    adjective: str | None
    adverb: bool = False
    unchanged_past: bool = False


@dataclass(frozen=True)
class FunctionWord:
    """A closed-class word: Penn tag, universal part of speech, lemma."""

    tag: str
    pos: str
    lemma: str


@dataclass(frozen=True)
class EnglishClasses:
    """The word lists of ``data/word_classes.yaml``."""

    function: dict[str, FunctionWord]
    main_verbs: frozenset[str]
    unchanged_past: frozenset[str]


@cache
def english_classes() -> EnglishClasses:
    """Function words, auxiliaries that are also main verbs, and verbs whose past is their base form."""
    text = resources.files("truce.news").joinpath("data/word_classes.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    words: dict[str, FunctionWord] = {}
    for group in data["classes"]:
        for item in group["words"]:
            word, lemma = next(iter(item.items())) if isinstance(item, dict) else (item, item)
            if not isinstance(word, str) or not isinstance(lemma, str):
                raise ValueError(f"word_classes.yaml: {word!r} is not a string (quote it)")
            words.setdefault(word, FunctionWord(group["tag"], group["pos"], lemma))
    return EnglishClasses(words, frozenset(data["main_verbs"]), frozenset(data["unchanged_past"]))


class WordClasses:
    """WordNet's noun, verb, adjective and adverb indexes with their exceptions and detachment rules.

    Parameters
    ----------
    index
        Part of speech (``noun``, ``verb``, ``adj``, ``adv``) -> the lemmas WordNet lists.
    exceptions
        Part of speech -> inflected form -> its lemmas (irregular forms: *met*, *men*, *better*).
    rules
        Part of speech -> ``(suffix, replacement)`` pairs (Morphy's detachment rules).
    extra_verbs
        More verb lemmas (the CAMEO verb dictionary's), verbs even where WordNet lacks them.
    """

    def __init__(self, index: dict[str, Iterable[str]], exceptions: dict[str, dict[str, list[str]]],
                 rules: dict[str, list[list[str]]], extra_verbs: Iterable[str] = ()) -> None:
        self.index = {pos: frozenset(words) for pos, words in index.items()}
        self.exceptions = exceptions
        self.rules = rules
        self.extra_verbs = frozenset(extra_verbs)
        self.unchanged_past = english_classes().unchanged_past
        self._cache: dict[str, Word] = {}

    def lemma(self, word: str, pos: str) -> tuple[str, str] | None:
        """The lemma of a lower-case ``word`` as ``pos``, with the suffix removed (``""`` for none).

        Exceptions first, then the word itself, then the detachment rules in order, then (verbs)
        the extra verbs; ``None`` when none knows the word as that part of speech.  A noun tries the
        rules before itself: WordNet lists plurals with meanings of their own (*talks*, *forces*),
        but in news they are mostly plurals.
        """
        irregular = self.exceptions.get(pos, {}).get(word)
        if irregular and irregular[0] != word:
            return irregular[0], next((s for s in ("ing", "s") if word.endswith(s)), "ed")
        known = self.index.get(pos, frozenset())
        if word in known and pos != "noun":
            return word, ""
        for suffix, replacement in self.rules.get(pos, ()):
            if suffix and word.endswith(suffix) and len(word) > len(suffix):
                form = word[: len(word) - len(suffix)] + replacement
                if form in known:
                    return form, suffix
        if word in known:
            return word, ""
        return (word, "") if pos == "verb" and word in self.extra_verbs else None

    def word(self, lower: str) -> Word:
        """What ``lower`` can be (cached per form)."""
        found = self._cache.get(lower)
        if found is None:
            verb, noun, adjective = (self.lemma(lower, pos) for pos in ("verb", "noun", "adj"))
            found = Word(
                (verb[0], _VERB_FORM.get(verb[1], "VB")) if verb else None,
                noun[0] if noun else None,
                adjective[0] if adjective else None,
                lower in self.index.get("adv", frozenset()),
                lower in self.unchanged_past,
            )
            self._cache[lower] = found
        return found


class LookupTagger:
    """Tag and lemmatise tokenised sentences by lookup (see the module docstring).

    Parameters
    ----------
    classes
        The open-class dictionary (:class:`WordClasses`).
    """

    def __init__(self, classes: WordClasses) -> None:
        self.classes = classes
        english = english_classes()
        self.function, self.main_verbs = english.function, english.main_verbs

    @classmethod
    def from_model(cls, lookups: Any, extra_verbs: Iterable[str] = ()) -> LookupTagger:
        """Built from a spaCy rule lemmatiser's tables (``lemma_index``, ``lemma_exc``, ``lemma_rules``)."""
        def table(name: str) -> dict[str, Any]:
            found = lookups.get_table(name)
            return {pos: found[pos] for pos in ("noun", "verb", "adj", "adv") if pos in found}

        return cls(WordClasses(table("lemma_index"), table("lemma_exc"), table("lemma_rules"), extra_verbs))

    def __call__(self, doc: Doc) -> Doc:
        """Write ``tag_``, ``pos_`` and ``lemma_`` to every token of ``doc``."""
        tokens = list(doc)
        for token, (tag, pos, lemma) in zip(tokens, self.tag_words([t.text for t in tokens]), strict=True):
            token.tag_, token.pos_, token.lemma_ = tag, pos, lemma
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
        if text[:1].isupper() and not (opens and (word.verb or word.noun or word.adjective or word.adverb)):
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
            if other is not None and (where in ("determiner", "in noun phrase") or self._finite_follows(following)):
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
        if where in ("after object", "in noun phrase") and form == "VB" and prev is not None and (
                (prev[0] == "NNS" and (self._object_follows(following) or following in ("", ".")))
                or (word.unchanged_past and prev[0] in ("NN", "NNP") and self._object_follows(following))):
            return finite  # "if the talks stall", "an explosion hit the market"
        return other

    def _verb_follows(self, following: str) -> bool:
        word = self.classes.word(following)
        function = self.function.get(following)
        return (function is not None and function.pos == "AUX") or (word.verb is not None and word.noun is None)

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


def _position(done: list[Tagged], prev: Tagged | None) -> str:
    """Where a word stands, by the words before it (adverbs skipped).

    ``infinitive`` after *to*, a modal, *do* or a negation; ``be`` and ``have`` after those
    auxiliaries; ``subject`` after a subject pronoun or relative word; ``determiner`` after a
    determiner, possessive or adjective; ``preposition``; after a noun phrase, ``after subject``
    when the phrase opens its clause (or follows a subordinator: *if Hezbollah keeps firing*),
    ``in noun phrase`` when a determiner opens it and ``after object`` when a verb or preposition
    does; ``coordinated`` after a comma or conjunction; ``start``.
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
        if opener is None or opener[0] in (",", ":", "CC", "WDT", "WP", "``", "''") or opener[1] == "SCONJ":
            return "after subject"
        return "in noun phrase" if opener[0] in ("DT", "PRP$", "WP$") else "after object"
    if tag in ("DT", "PRP$", "WP$", "POS", "JJ"):
        return "determiner"
    if tag == "IN":
        return "preposition"
    return "coordinated" if tag in ("CC", ",") else "start"


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
        return LookupTagger.from_model(nlp.get_pipe("lemmatizer").lookups, Lexicon.shipped().verbs)


_register()
