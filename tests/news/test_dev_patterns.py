"""Regression floors on the development sets of general constructions.

``dev_patterns.yaml`` (passives, reported speech, light verbs, negation and
modality, coordination, subordinate clauses, sentences without an actor) and
``dev_paraphrases.yaml`` (sentences rewritten three ways) were written by
hand from the annotation guide (shared/data/news/README.md) and the coder was
developed against them: the floors, a little below the measured scores
(docs/news.md), guard against regressions; they are not estimates of
accuracy on new text (the blind sets are).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from truce.io.news_gold import load_sentence_gold

DATA = Path(__file__).parent / "data"
FLOORS = {
    "dev_patterns.yaml": {"event_type_recall": 0.82, "event_type_precision": 0.80, "source_accuracy": 0.93,
                          "target_accuracy": 0.80},
    "dev_paraphrases.yaml": {"event_type_recall": 0.78, "event_type_precision": 0.85,
                             "paraphrases_coded_like_original": 0.62, "paraphrases_same_types": 0.78},
}


@pytest.fixture(scope="module")
def scores(pipeline):
    from truce.news.sentence_scores import evaluate_sentences

    return {name: evaluate_sentences(load_sentence_gold(DATA / name), pipeline) for name in FLOORS}


@pytest.mark.parametrize(("name", "metric"), [(n, m) for n, floors in FLOORS.items() for m in sorted(floors)])
def test_floor(scores, name, metric):
    assert scores[name].metrics[metric] >= FLOORS[name][metric], scores[name].metrics


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_no_event_without_a_source(scores, name):
    assert scores[name].counts["actorless_events"] == 0


def test_every_construction_has_cases():
    gold = load_sentence_gold(DATA / "dev_patterns.yaml")
    assert len(gold) >= 60
    assert sum(not s.events for s in gold) >= 10  # sentences where nothing may be coded
