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
