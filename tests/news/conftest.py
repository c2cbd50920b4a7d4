"""Fixtures for the news tests: one pipeline per session (loading spaCy once)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy", reason="the news pipeline needs the 'news' extra (spacy)")
pytest.importorskip("dateparser", reason="the news pipeline needs the 'news' extra (dateparser)")


@pytest.fixture(scope="session")
def pipeline():
    from truce.news.pipeline import NewsPipeline

    return NewsPipeline()
