"""Token arrays of a processed spaCy ``Doc``, extracted once per article.

The rules in :mod:`truce.news.actors` and :mod:`truce.news.events` look at
neighbouring tokens many times; plain Python lists are much faster to index
than spaCy ``Token`` objects, which are created anew on every access.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from truce.news.document import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Tokens"]


@dataclass(frozen=True)
class Tokens:
    """Text, offsets and forms of every token of a document."""

    text: str
    words: list[str]
    lower: list[str]
    starts: list[int]
    ends: list[int]
    spaced: list[bool]  # whether whitespace follows the token

    @classmethod
    def of(cls, doc: Doc) -> Tokens:
        rows = [(t.text, t.lower_, t.idx, bool(t.whitespace_)) for t in doc]
        words = [r[0] for r in rows]
        starts = [r[2] for r in rows]
        return cls(text=doc.text, words=words, lower=[r[1] for r in rows], starts=starts,
                   ends=[s + len(w) for s, w in zip(starts, words, strict=True)],
                   spaced=[r[3] for r in rows])

    def __len__(self) -> int:
        return len(self.words)

    def sentence_of(self, sentences: Sequence[Sentence]) -> list[int]:
        """Index of the sentence each token belongs to."""
        bounds = [s.start for s in sentences]
        return [max(0, bisect.bisect_right(bounds, start) - 1) for start in self.starts]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Token indices ``[first, last)`` of the tokens starting in ``[start, end)``."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
