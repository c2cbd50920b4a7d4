"""What an English word can be: WordNet's word classes and the function words.

:class:`WordClasses` looks a lower-case word up in WordNet 3.0's indexes of
nouns, verbs, adjectives and adverbs, through its exception lists and
detachment rules (Morphy; the tables spaCy's English rule lemmatiser ships
inside the model package), and says which it can be, with the lemma of each
(*met* → *meet*, *talks* → *talk*).  :func:`english_classes` reads the
function words (closed classes) and the verbs whose past is their base form
from ``data/word_classes.yaml``.  The lookup tagger
(:mod:`truce.news.lookup_tagger`) chooses among the readings by context.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

__all__ = ["EnglishClasses", "FunctionWord", "Word", "WordClasses", "english_classes"]

# Penn tag of a verb form, by the suffix WordNet's detachment rule removed ("" for the base form).
_VERB_FORM = {"s": "VBZ", "ies": "VBZ", "es": "VBZ", "ed": "VBD", "ing": "VBG"}


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
