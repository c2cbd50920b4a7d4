"""Fixtures for the news tests: one pipeline per session (loading spaCy once)."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("spacy", reason="the news pipeline needs the 'news' extra (spacy)")
pytest.importorskip("dateparser", reason="the news pipeline needs the 'news' extra (dateparser)")


@pytest.fixture(scope="session")
def pipeline():
    from truce.news.pipeline import NewsPipeline

    return NewsPipeline()


@pytest.fixture(scope="session")
def coded(pipeline):
    """A function: (type, source, target) of each event coded in a text published on a day."""

    def code(text: str, day: dt.date = dt.date(2025, 3, 4)) -> list[tuple[str, object, object]]:
        return [(e.event_type, e.source, e.target) for e in pipeline.ingest(text, day).events]

    return code


@pytest.fixture(scope="session")
def coded_sides(coded):
    """``coded`` on a template filled with one side's names, several actors as a set (their order is the
    parser's)."""

    def code(template: str, names: dict[str, str], day: dt.date = dt.date(2024, 8, 20)) -> list[tuple]:
        def one(x: object) -> object:
            return frozenset(x) if isinstance(x, tuple) else x

        return [(t, one(s), one(g)) for t, s, g in coded(template.format(**names), day)]

    return code


@pytest.fixture(scope="session")
def from_rows(pipeline):
    """A function: a parse given as rows "word tag pos dep head lemma" (head: the row's index), as a Doc."""
    from spacy.tokens import Doc

    def build(rows: str) -> Doc:
        table = (r.split() for r in rows.strip().splitlines())
        words, tags, pos, deps, heads, lemmas = zip(*table, strict=True)
        return Doc(pipeline.nlp.vocab, words=list(words), tags=list(tags), pos=list(pos), deps=list(deps),
                   heads=[int(h) for h in heads], lemmas=list(lemmas))

    return build


@pytest.fixture(scope="session")
def repaired(from_rows):
    """A function: a parse given as rows (``from_rows``) after :class:`~truce.news.parse_repairs.ParseRepairs`
    (with ``saying``, the verbs of saying)."""
    from truce.news.parse_repairs import ParseRepairs

    return lambda rows, saying=frozenset(): ParseRepairs(saying)(from_rows(rows))


LEADERS = [
    {"A": "India", "B": "Pakistan", "a": "Indian", "b": "Pakistani", "PA": "Narendra Modi",
     "PB": "Shehbaz Sharif"},
    {"A": "Pakistan", "B": "India", "a": "Pakistani", "b": "Indian", "PA": "Shehbaz Sharif",
     "PB": "Narendra Modi"},
]


@pytest.fixture(params=LEADERS, ids=["India first", "Pakistan first"])
def pair(request):
    """The names of one side (A, its leader PA) and the other (B, PB), both ways round."""
    return request.param
