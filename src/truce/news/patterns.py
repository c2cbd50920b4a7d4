"""Choosing a verb's CAMEO code from PETRARCH2's verb patterns.

A verb of the CAMEO dictionary belongs to a block; the block's patterns
name nouns that must stand before the verb (in its subject), noun phrases
after it (head last) and prepositional phrases.  The most specific pattern
whose every part is present wins, a pattern written for the verb itself before
one written for another verb of its block; without one, the verb's own code (or
the block's) applies (Schrodt 2012, PETRARCH/TABARI pattern semantics).  Words
are compared by lower-cased form and lemma; ``&name`` stands for any word
of a synonym set.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from truce.news.lexicon import Lexicon, VerbSense

__all__ = ["ArgumentWords", "candidate_senses", "choose_among", "choose_code", "choose_sense"]

_DENIAL = "016"  # CAMEO deny responsibility: a statement, not a refusal


class ArgumentWords:
    """The words around a verb that patterns are matched against.

    Parameters
    ----------
    before
        Words (forms and lemmas) before the verb: its subject.
    after
        Words after the verb: its object and complements.
    preps
        Each preposition with the words of its object.
    """

    def __init__(self, before: Iterable[str], after: Iterable[str],
                 preps: Iterable[tuple[str, Sequence[str]]]) -> None:
        self.before = frozenset(before)
        self.after = frozenset(after)
        self.preps = tuple((p, frozenset(words)) for p, words in preps)
        self.present = self.before | self.after | {p for p, _ in self.preps} | {
            w for _, words in self.preps for w in words}


def _has(words: frozenset[str], word: str, lexicon: Lexicon) -> bool:
    if word.startswith("&"):
        return bool(words & lexicon.synsets.get(word[1:], frozenset()))
    return word in words


def _phrase_in(words: frozenset[str], phrase: Sequence[str], lexicon: Lexicon) -> bool:
    return all(_has(words, w, lexicon) for w in phrase)


def _matches(pattern: Sequence[Any], args: ArgumentWords, lexicon: Lexicon) -> bool:
    before, after, preps = pattern[:3]
    if not (before or after or preps):
        return False
    if not all(_phrase_in(args.before, phrase, lexicon) for phrase in before):
        return False
    if not all(_phrase_in(args.after, phrase, lexicon) for phrase in after):
        return False
    for prep, noun in preps:
        if not any(p == prep and _phrase_in(words, noun, lexicon) for p, words in args.preps):
            return False
    return True


def choose_sense(senses: Sequence[VerbSense], particles: Iterable[str]) -> VerbSense | None:
    """The sense whose particle (``meet with``, ``call off``) is present, else a plain one."""
    found = candidate_senses(senses, particles)
    return found[0] if found else None


def candidate_senses(senses: Sequence[VerbSense], particles: Iterable[str]) -> list[VerbSense]:
    """The senses whose particle is present (each word of it: "came out against"), else the plain ones
    (a verb may sit in several blocks)."""
    present = set(particles)
    with_particle = [s for s in senses if s.particle and present.issuperset(s.particle.split())]
    return with_particle or [s for s in senses if s.particle is None]


def _best_pattern(sense: VerbSense, args: ArgumentWords, lexicon: Lexicon) -> tuple[int, str | None] | None:
    """(size, code) of the pattern that decides: one the dictionary wrote for this verb (its comment names
    the verb) before one written for another verb of its block, which the block shares ("opposed the
    sanctions" takes OPPOSE's pattern, not DEBATE's); among either, the most specific, the first on a tie.
    A borrowed pattern of denial (016: saying that something is not so, which only *deny* says) does not
    decide for another verb of the block ("ruled out any presence" refuses it)."""
    if sense.block < 0:
        return None
    best: tuple[bool, int, str | None] | None = None
    index = lexicon.pattern_index[sense.block]
    block = lexicon.patterns[sense.block]
    tried = sorted({k for w in args.present for k in index.get(w, ())})  # in order: the first of a rank wins
    for pattern in (block[k] for k in tried):
        borrowed = pattern[4] not in (None, sense.phrase)
        if borrowed and (pattern[3] or "").startswith(_DENIAL) and not (sense.code or "").startswith(_DENIAL):
            continue  # DENY's "* PRESENCE" (016, a denial) does not make "ruled out any presence" words
        if _matches(pattern, args, lexicon):
            size = sum(len(p) for p in pattern[0]) + sum(len(p) for p in pattern[1]) + \
                sum(1 + len(n) for _, n in pattern[2])
            rank = (pattern[4] in (None, sense.phrase), size)
            if best is None or rank > best[:2]:
                best = (*rank, pattern[3])
    return None if best is None else best[1:]


def choose_code(sense: VerbSense, args: ArgumentWords, lexicon: Lexicon) -> str | None:
    """The CAMEO code of the most specific matching pattern, else the verb's own code."""
    best = _best_pattern(sense, args, lexicon)
    return best[1] if best is not None else sense.code


def choose_among(senses: Sequence[VerbSense], args: ArgumentWords, lexicon: Lexicon) -> str | None:
    """Over the senses of a verb in several blocks (*pull out* of troops or of a race), the code of
    the most specific pattern that matches in any block, else the first sense's own code (of the
    senses that have one)."""
    matched = [(best, k) for k, sense in enumerate(senses) if (best := _best_pattern(sense, args, lexicon))]
    if matched:
        (_, code), _ = max(matched, key=lambda m: (m[0][0], -m[1]))
        return code
    return next((sense.code for sense in senses if sense.code), None)
