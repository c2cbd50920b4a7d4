"""Regression floors on the blind sets, a little below the scores measured once at the end of a round.

The numbers themselves (start and end of each round, parser and no-parser rows) are the headline of
docs/news.md; these floors only stop a later change from silently losing what was measured.  Only
aggregate scores are compared here: per-sentence results of the blind sets are not looked at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from truce.io.news_gold import load_sentence_gold

BLIND = Path(__file__).parent / "data" / "blind"
FLOORS = {
    "ceasefire_blind3.yaml": {
        "event_type_recall": 0.88,
        "event_type_precision": 0.93,
        "source_accuracy": 0.85,
    },
    "general_blind3.yaml": {"event_type_recall": 0.86, "event_type_precision": 0.87},
    "ceasefire_blind.yaml": {
        "event_type_recall": 0.88,
        "event_type_precision": 0.86,
        "source_accuracy": 0.95,
    },
    "general_blind.yaml": {"event_type_recall": 0.86, "event_type_precision": 0.87},
    "paraphrase_blind.yaml": {"paraphrases_coded_like_original": 0.74},
    "ceasefire_blind2.yaml": {
        "event_type_recall": 0.86,
        "event_type_precision": 0.83,
        "source_accuracy": 0.97,
    },
    "general_blind2.yaml": {"event_type_recall": 0.83, "event_type_precision": 0.88},
    "paraphrase_blind2.yaml": {"paraphrases_coded_like_original": 0.72},
    "ceasefire_blind4.yaml": {
        "event_type_recall": 0.71,
        "event_type_precision": 0.80,
        "source_accuracy": 0.83,
    },
    "general_blind4.yaml": {"event_type_recall": 0.66, "event_type_precision": 0.74},
    "paraphrase_blind4.yaml": {"paraphrases_coded_like_original": 0.38},
}


@pytest.fixture(scope="module")
def scores(pipeline):
    from truce.news.sentence_scores import evaluate_sentences

    return {name: evaluate_sentences(load_sentence_gold(BLIND / name), pipeline) for name in FLOORS}


@pytest.mark.parametrize(("name", "metric"), [(n, m) for n, floors in FLOORS.items() for m in sorted(floors)])
def test_floor(scores, name, metric):
    assert scores[name].metrics[metric] >= FLOORS[name][metric]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_no_event_without_a_source(scores, name):
    assert scores[name].counts["actorless_events"] == 0
