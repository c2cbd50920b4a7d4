"""The parse views give what spaCy's own Token, Span and Doc give, attribute for attribute.

The rules read :mod:`truce.news.parse_view` in place of spaCy's objects, so every attribute they
use must have spaCy's value: here on the development patterns, a doc with two sentences, and
slices with spaCy's bounds."""

from __future__ import annotations

from pathlib import Path

import yaml

from truce.news.parse_view import DocView, SpanView, doc_view, span_view

DATA = Path(__file__).parent / "data"


def _ids(tokens) -> list[int]:  # type: ignore[no-untyped-def]
    return [t.i for t in tokens]


def _reading(t) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """Every attribute of a token the rules read, with tokens as their indices."""
    return (t.i, t.idx, t.text, t.lower_, t.lemma_, t.tag_, t.dep_, t.pos_, t.whitespace_, t.is_punct,
            t.like_num, len(t), str(t), t.head.i, _ids(t.children), _ids(t.lefts), _ids(t.rights),
            _ids(t.subtree), _ids(t.ancestors), _ids(t.conjuncts), t.left_edge.i, t.right_edge.i,
            t.sent.start, t.sent.end, t.sent.text, t.sent.root.i)


def _span(s) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    return s.start, s.end, len(s), s.text, _ids(s), _ids(reversed(s)), s.root.i if len(s) else None


def test_every_token_reads_as_spacy_reads_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    items = yaml.safe_load((DATA / "dev_patterns.yaml").read_text(encoding="utf-8"))
    texts = [item["text"] for item in items]
    texts.append("Hamas said it accepted the plan. Israel, which had rejected it, did not comment.")
    several = 0
    for doc in pipeline.nlp.pipe(texts):
        view = doc_view(doc)
        assert (len(view), view.text, _ids(view)) == (len(doc), doc.text, _ids(doc))
        assert [_reading(t) for t in view] == [_reading(t) for t in doc], doc.text
        several += len(list(doc.sents)) > 1
    assert several


def test_slices_have_spacys_bounds(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp("Egypt and Qatar urged Israel and Hamas to accept the proposal on Monday.")
    view = doc_view(doc)
    n = len(doc)
    for start in (None, -n - 3, -4, 0, 3, n, n + 2):
        for end in (None, -n - 1, -2, 0, 2, 5, n + 1):
            assert _span(view[start:end]) == _span(doc[start:end]), (start, end)
            assert _span(view[start:end][1:]) == _span(doc[start:end][1:]), (start, end)
    assert [view[k].i for k in (-1, -n, 0)] == [doc[k].i for k in (-1, -n, 0)]
    assert view[2:6][-1].i == doc[2:6][-1].i and view[2:6][0].i == doc[2:6][0].i


def test_views_are_built_once(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp("Blinken met Netanyahu in Jerusalem.")
    view = doc_view(doc)
    assert isinstance(view, DocView) and doc_view(view) is view
    span = span_view(doc[:])
    assert isinstance(span, SpanView) and span_view(span) is span and span.text == doc.text
    assert view[1].head is view[1] and view[0].head is view[1] and view[1].children[0] is view[0]
