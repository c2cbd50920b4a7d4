"""Regression floors on hand-written sentences from other moments of the 2024 talks.

Expected events were written by hand from the annotation guide
(shared/data/news/README.md), not computed with the pipeline.  The coder
was developed against these sentences, so the floors (a little below the
measured scores, docs/news.md) guard against regressions; they are not an
estimate of accuracy on new text (the blind sets are).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from truce.io.news_gold import load_sentence_gold

CASES = Path(__file__).parent / "data" / "varied_events.yaml"
FLOORS = {"event_type_recall": 0.90, "event_type_precision": 0.97, "source_accuracy": 0.97,
          "target_accuracy": 0.93}


@pytest.fixture(scope="module")
def scores(pipeline):
    from truce.news.sentence_scores import evaluate_sentences

    return evaluate_sentences(load_sentence_gold(CASES), pipeline)


def test_there_are_enough_cases():
    gold = load_sentence_gold(CASES)
    assert len(gold) >= 50 and sum(len(s.events) for s in gold) >= 50


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor(scores, metric):
    assert scores.metrics[metric] >= FLOORS[metric], scores.metrics


def test_no_event_without_a_source(scores):
    assert scores.counts["actorless_events"] == 0
