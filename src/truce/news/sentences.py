"""Sentence splitting that survives quotes, abbreviations and titles.

A boundary is a ``.``, ``!`` or ``?`` (with any closing quotes or brackets)
followed by whitespace or the end of the text (rule 1 of the annotation
guide), except after titles and abbreviations (``Gen.``, ``U.S.``) and before
a lower-case continuation (``"Why?" he asked``); a blank line always ends a
sentence.  spaCy's rule-based ``sentencizer`` splits at every full stop token
and attaches paragraph whitespace to the next sentence; it is kept here only
as the peer for evaluation and benchmarks.
"""

from __future__ import annotations

import re

from truce.news.document import Sentence

__all__ = ["spacy_sentencizer_spans", "split_sentences"]

# Titles and abbreviations that never end a sentence.
_NEVER_FINAL = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cpl adm brig cmdr sen rep gov pres st rev
    hon amb vs jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig approx
    dept est corp univ e.g i.e cf al""".split()
)
# Abbreviations that may also end a sentence ("... talks with the U.S. The ...").
_MAYBE_FINAL = frozenset("u.s u.k u.n u.s.a e.u u.a.e a.m p.m etc inc ltd co jr sr".split())
# Words that start a new sentence after an abbreviation that may end one.
_STARTERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there
    but however meanwhile in on at after before while when if as both some many most no
    one earlier later yet still also since despite according""".split()
)
_CANDIDATE = re.compile(r"(?:[.!?]+|…)[\"'”’»)\]]*(?=\s|$)")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_WORD_BEFORE = re.compile(r"(\S+?)[.!?…]+[\"'”’»)\]]*$")
_NEXT = re.compile(r"\s*([\"'“‘«(\[]*)(\S*)")


def _is_boundary(text: str, start: int, end: int) -> bool:
    """Whether the punctuation run ``text[start:end]`` ends a sentence."""
    following = _NEXT.match(text, end)
    next_word = following[2] if following else ""
    if not next_word:
        return True
    first = next_word[0]
    if first.islower():
        return False
    if text[start] != ".":
        return True
    if text[start:end].startswith(".."):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), end)
    word = before[1] if before else ""
    word = word.lstrip("\"'“‘«([").lower()
    if word in _NEVER_FINAL:
        return False
    if word in ("no", "nos"):
        return not next_word[:1].isdigit()  # "No. 2", but "replied: “No.” The ..."
    if len(word) == 1 and word.isalpha():
        return False  # an initial ("J. Biden")
    if word in _MAYBE_FINAL or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        return next_word.strip("\"'“‘«(").lower() in _STARTERS
    return True


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets into it (end exclusive, no edge whitespace)."""
    cuts: list[int] = []
    for match in _CANDIDATE.finditer(text):
        if _is_boundary(text, match.start(), match.end()):
            cuts.append(match.end())
    for match in _BLANK_LINE.finditer(text):
        cuts.append(match.start())
    cuts.append(len(text))
    sentences: list[Sentence] = []
    position = 0
    for cut in sorted(set(cuts)):
        if cut <= position:
            continue
        chunk = text[position:cut]
        stripped = chunk.strip()
        if stripped:
            start = position + (len(chunk) - len(chunk.lstrip()))
            end = start + len(stripped)
            sentences.append(Sentence(len(sentences), start, end, stripped))
        position = cut
    return sentences


def spacy_sentencizer_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans from spaCy's blank English pipeline with its ``sentencizer`` (the peer)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return [(s.start_char, s.end_char) for s in nlp(text).sents if s.text.strip()]
