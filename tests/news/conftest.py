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
