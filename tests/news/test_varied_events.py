"""Events in hand-written sentences from other moments of the 2024 talks.

Expected values were written by hand from the annotation guide
(shared/data/news/README.md), not computed with the pipeline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

CASES = yaml.safe_load((Path(__file__).parent / "data" / "varied_events.yaml").read_text(encoding="utf-8"))


def _actor(value):
    if value is None:
        return None
    return frozenset(value) if isinstance(value, list | tuple) else frozenset([value])


def test_there_are_enough_cases():
    assert len(CASES) >= 30
    assert sum(len(c["events"]) for c in CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_event(pipeline, case):
    date = case["date"] if isinstance(case["date"], dt.date) else dt.date.fromisoformat(case["date"])
    analysis = pipeline.ingest(case["text"], date)
    got = [(e.event_type, _actor(e.source), _actor(e.target), e.date, e.issue) for e in analysis.events]
    assert len(got) == len(case["events"]), got
    for (kind, source, target, when, issue), expected in zip(got, case["events"], strict=True):
        assert kind == expected["type"]
        assert source == _actor(expected["source"])
        assert target == _actor(expected["target"])
        assert when == (str(expected["date"]) if expected["date"] else None)
        if "issue" in expected:
            assert issue == expected["issue"]
