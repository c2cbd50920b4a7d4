"""A read-only snapshot of one sentence's parse, for the rules to read.

spaCy's ``Token`` is a Cython view over the parsed ``Doc``: every ``head``, ``children``, ``lefts``
or ``doc[i]`` builds a fresh ``Token``, and every ``dep_``, ``lemma_``, ``lower_``, ``pos_`` or
``tag_`` decodes a string from the vocabulary's string store.  The rules read these hundreds of
times per sentence.  :func:`doc_view` reads the parse once, with one ``Doc.to_array`` call, into
plain Python objects (:class:`TokenView`, :class:`SpanView`, :class:`DocView`) that hold those
attributes as strings, integers and references to one another.  They give exactly the part of
spaCy's API the rules use, with spaCy's meaning: token indices and character offsets are the
doc's; ``children``, ``lefts`` and ``rights`` are in document order; ``subtree``, ``ancestors``,
``conjuncts``, ``sent`` and a span's ``root`` follow spaCy's own definitions; ``left_edge`` and
``right_edge`` are read from spaCy when first asked for.  Nothing is written back to the ``Doc``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.strings import StringStore
    from spacy.tokens import Doc, Span

__all__ = ["DocView", "SpanView", "TokenView", "doc_view", "span_view"]

_WRAP = 1 << 64  # to_array gives a negative head offset as an unsigned 64-bit integer
_MAX_STRINGS = 1 << 20


@cache
def _spacy_ids() -> tuple[list[int | str], dict[int, str]]:
    """The attributes read from each token, in the order :func:`_tokens` reads them; the names of the
    parts of speech (imported on first use: importing this module does not load spaCy)."""
    from spacy import attrs
    from spacy.parts_of_speech import NAMES

    names = ("ORTH", "LOWER", "LEMMA", "TAG", "DEP", "POS", "HEAD", "IDX", "SPACY", "SENT_START", "IS_PUNCT",
             "LIKE_NUM")
    return [getattr(attrs, name) for name in names], NAMES


class _Strings(dict[int, str]):
    """Strings by hash, each decoded once by the string store of the doc being read (a hash names the
    same string in every vocabulary)."""

    store: StringStore

    def __missing__(self, key: int) -> str:
        value = self[key] = self.store[key]
        return value


_STRINGS = _Strings()


class TokenView:
    """One token of a :class:`DocView`: spaCy's ``Token`` attributes that the rules read, as plain values."""

    __slots__ = ("_conjuncts", "_edges", "_subtree", "children", "dep_", "doc", "head", "i", "idx",
                 "is_punct", "lefts", "lemma_", "like_num", "lower_", "pos_", "rights", "tag_", "text",
                 "whitespace_")

    doc: DocView
    head: TokenView
    i: int
    idx: int
    text: str
    lower_: str
    lemma_: str
    tag_: str
    dep_: str
    pos_: str
    whitespace_: str
    is_punct: bool
    like_num: bool
    lefts: tuple[TokenView, ...]
    rights: tuple[TokenView, ...]
    children: tuple[TokenView, ...]
    _subtree: tuple[TokenView, ...] | None
    _conjuncts: tuple[TokenView, ...] | None
    _edges: tuple[int, int] | None

    def __len__(self) -> int:
        """The number of characters of the token, as spaCy's ``len(token)``."""
        return len(self.text)

    def __repr__(self) -> str:
        return self.text

    __str__ = __repr__

    def __lt__(self, other: TokenView) -> bool:
        return self.idx < other.idx

    def __le__(self, other: TokenView) -> bool:
        return self.idx <= other.idx

    def __gt__(self, other: TokenView) -> bool:
        return self.idx > other.idx

    def __ge__(self, other: TokenView) -> bool:
        return self.idx >= other.idx

    @property
    def subtree(self) -> tuple[TokenView, ...]:
        """The token and its descendants: each left child's subtree, the token, each right child's."""
        if self._subtree is None:
            words: list[TokenView] = []
            for left in self.lefts:
                words += left.subtree
            words.append(self)
            for right in self.rights:
                words += right.subtree
            self._subtree = tuple(words)
        return self._subtree

    @property
    def ancestors(self) -> tuple[TokenView, ...]:
        """The head, its head, and so on up to the root (at most as many as the doc has tokens)."""
        out: list[TokenView] = []
        word = self
        while word.head is not word and len(out) < len(self.doc.tokens):
            word = word.head
            out.append(word)
        return tuple(out)

    @property
    def conjuncts(self) -> tuple[TokenView, ...]:
        """The tokens coordinated with this one, without itself (spaCy's definition)."""
        if self._conjuncts is None:
            start = self
            while start.head is not start and start.dep_ == "conj":
                start = start.head
            queue, output = [start], [start]
            for word in queue:
                for child in word.rights:
                    if child.dep_ == "conj":
                        output.append(child)
                        queue.append(child)
            self._conjuncts = tuple(w for w in output if w is not self)
        return self._conjuncts

    @property
    def left_edge(self) -> TokenView:
        """The leftmost token of the token's subtree, as spaCy's parse records it."""
        return self.doc.tokens[self._edge()[0]]

    @property
    def right_edge(self) -> TokenView:
        """The rightmost token of the token's subtree, as spaCy's parse records it."""
        return self.doc.tokens[self._edge()[1]]

    def _edge(self) -> tuple[int, int]:
        if self._edges is None:  # spaCy's own (for a non-projective parse they may not be the extremes)
            token = self.doc.spacy[self.i]
            self._edges = (token.left_edge.i, token.right_edge.i)
        return self._edges

    @property
    def sent(self) -> SpanView:
        """The sentence the token is in (spaCy's sentence starts)."""
        return self.doc.sentence(self.i)


class SpanView:
    """A slice ``doc[start:end]`` of a :class:`DocView`, as spaCy's ``Span``."""

    __slots__ = ("doc", "end", "start")

    def __init__(self, doc: DocView, start: int, end: int) -> None:
        self.doc, self.start, self.end = doc, start, end

    def __len__(self) -> int:
        return max(0, self.end - self.start)

    def __iter__(self) -> Iterator[TokenView]:
        return iter(self.doc.tokens[self.start:self.end])

    def __reversed__(self) -> Iterator[TokenView]:
        return reversed(self.doc.tokens[self.start:self.end])

    def __getitem__(self, i: Any) -> Any:
        """A token by its index in the span, or a span of the span."""
        if isinstance(i, slice):
            start, end = _normalized(len(self), i)
            return SpanView(self.doc, start + self.start, end + self.start)
        at = self.end + i if i < 0 else self.start + i
        if not self.start <= at < self.end:
            raise IndexError(f"span index {i} out of range")
        return self.doc.tokens[at]

    def __repr__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        """The span's words and the spaces between them, without the last one's trailing space."""
        words = self.doc.tokens[self.start:self.end]
        text = "".join(t.text + t.whitespace_ for t in words)
        return text[:-1] if words and words[-1].whitespace_ else text

    @property
    def root(self) -> TokenView:
        """The first sentence root in the span; else spaCy's choice of the token nearest the root."""
        tokens = self.doc.tokens
        for t in tokens[self.start:self.end]:
            if t.head is t:
                return t
        return tokens[self.doc.spacy[self.start:self.end].root.i]


def _normalized(length: int, at: slice) -> tuple[int, int]:
    """spaCy's ``normalize_slice``: a slice's bounds within ``[0, length]``, the end not before the start."""
    if at.step not in (None, 1):
        raise ValueError("stepped slices are not supported")
    start = 0 if at.start is None else at.start + length if at.start < 0 else at.start
    start = min(length, max(0, start))
    stop = length if at.stop is None else at.stop + length if at.stop < 0 else at.stop
    return start, min(length, max(start, stop))


class DocView:
    """A parsed ``Doc`` as views: ``doc[i]``, ``doc[a:b]``, iteration, ``len`` and ``text``."""

    __slots__ = ("_sents", "_starts", "_text", "spacy", "tokens")

    def __init__(self, doc: Doc) -> None:
        self.spacy = doc
        attrs, pos_names = _spacy_ids()
        rows = doc.to_array(attrs).tolist()
        if len(_STRINGS) > _MAX_STRINGS:
            _STRINGS.clear()
        _STRINGS.store = doc.vocab.strings
        self.tokens = _tokens(self, rows, pos_names)
        self._starts = [row[9] for row in rows]
        self._sents: dict[int, SpanView] = {}
        self._text: str | None = None
        _link(self.tokens, [row[6] for row in rows])

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[TokenView]:
        return iter(self.tokens)

    def __getitem__(self, i: Any) -> Any:
        """A token by its index, or a :class:`SpanView` for a slice (spaCy's bounds)."""
        if isinstance(i, slice):
            start, end = _normalized(len(self.tokens), i)
            return SpanView(self, start, end)
        try:
            return self.tokens[i]
        except IndexError:
            return self.spacy[i]  # spaCy's padding past either end, or its error

    @property
    def text(self) -> str:
        """The text of the doc, with every token's trailing space."""
        if self._text is None:
            self._text = self.spacy.text
        return self._text

    def sentence(self, i: int) -> SpanView:
        """The sentence of token ``i``: from the nearest sentence start at or before it to the next one."""
        starts, n = self._starts, len(self.tokens)
        start = i
        while starts[start] != 1 and start > 0:
            start -= 1
        if start not in self._sents:
            end = i + 1
            while end < n and starts[end] != 1:
                end += 1
            self._sents[start] = SpanView(self, start, end)
        return self._sents[start]


def _tokens(doc: DocView, rows: list[list[int]], pos_names: dict[int, str]) -> list[TokenView]:
    """The views of the tokens of ``doc`` from their rows of :func:`_spacy_ids`' attributes (without
    their heads and children)."""
    strings, new, tokens = _STRINGS, TokenView.__new__, []
    for i, (orth, lower, lemma, tag, dep, pos, _, idx, space, _, punct, num) in enumerate(rows):
        t = new(TokenView)
        t.doc = doc
        t.i = i
        t.idx = idx
        t.text = strings[orth]
        t.lower_ = strings[lower]
        t.lemma_ = strings[lemma]
        t.tag_ = strings[tag]
        t.dep_ = strings[dep]
        t.pos_ = pos_names[pos]
        t.whitespace_ = " " if space else ""
        t.is_punct = punct == 1
        t.like_num = num == 1
        t._subtree = t._conjuncts = t._edges = None
        tokens.append(t)
    return tokens


def _link(tokens: list[TokenView], offsets: list[int]) -> None:
    """Each token's head, from its offset (unsigned, as ``to_array`` gives it), and its children in order."""
    lefts: list[list[TokenView]] = [[] for _ in tokens]
    rights: list[list[TokenView]] = [[] for _ in tokens]
    for i, offset in enumerate(offsets):
        head = i + offset - _WRAP if offset >= _WRAP >> 1 else i + offset
        tokens[i].head = tokens[head]
        if head > i:
            lefts[head].append(tokens[i])
        elif head < i:
            rights[head].append(tokens[i])
    for t, left, right in zip(tokens, lefts, rights, strict=True):
        t.lefts = left_ = tuple(left)
        t.rights = right_ = tuple(right)
        t.children = left_ + right_


def doc_view(doc: Doc | DocView) -> DocView:
    """The view of a parsed ``Doc`` (a view is returned as it is)."""
    return doc if isinstance(doc, DocView) else DocView(doc)


def span_view(span: Span | SpanView) -> SpanView:
    """The view of a span of a parsed ``Doc`` (a view is returned as it is)."""
    return span if isinstance(span, SpanView) else SpanView(DocView(span.doc), span.start, span.end)
