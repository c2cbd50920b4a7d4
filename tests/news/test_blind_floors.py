"""Regression floors on the blind sets of the earlier rounds, a little below their current scores.

Each round's sets were blind until measured once at the round's end (the headline of docs/news.md);
after that they are development sets, and these floors, raised with the coder (lowered only where a
convention of the coder changed, with the reason in docs/news.md), only stop a later change from
silently losing what was reached.  The current round's blind sets have no floor here: they are
measured once, at the round's end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from truce.io.news_gold import load_sentence_gold

BLIND = Path(__file__).parent / "data" / "blind"
FLOORS = {
    "ceasefire_blind3.yaml": {
        "event_type_recall": 0.91,
        "event_type_precision": 0.97,
        "source_accuracy": 0.92,
    },
    "general_blind3.yaml": {"event_type_recall": 0.91, "event_type_precision": 0.92},
    "ceasefire_blind.yaml": {
        "event_type_recall": 0.95,
        "event_type_precision": 0.92,
        "source_accuracy": 0.97,
    },
    "general_blind.yaml": {"event_type_recall": 0.95, "event_type_precision": 0.91},
    "paraphrase_blind.yaml": {"paraphrases_coded_like_original": 0.96},
    "ceasefire_blind2.yaml": {
        "event_type_recall": 0.99,
        "event_type_precision": 0.94,
        "source_accuracy": 0.99,
    },
    "general_blind2.yaml": {"event_type_recall": 0.90, "event_type_precision": 0.93},
    "paraphrase_blind2.yaml": {"paraphrases_coded_like_original": 0.83},
    "ceasefire_blind4.yaml": {
        "event_type_recall": 0.90,
        "event_type_precision": 0.94,
        "source_accuracy": 0.99,
    },
    "general_blind4.yaml": {"event_type_recall": 0.85, "event_type_precision": 0.89},
    "paraphrase_blind4.yaml": {"paraphrases_coded_like_original": 0.84},
    "ceasefire_blind5.yaml": {
        "event_type_recall": 0.92,
        "event_type_precision": 0.95,
        "source_accuracy": 0.93,
    },
    "general_blind5.yaml": {"event_type_recall": 0.77, "event_type_precision": 0.82},
    "paraphrase_blind5.yaml": {
        "paraphrases_coded_like_original": 0.66,
        "paraphrases_keep_a_correct_coding": 0.82,
    },
    "ceasefire_blind6.yaml": {
        "event_type_recall": 0.89,
        "event_type_precision": 0.95,
        "source_accuracy": 0.95,
        "target_accuracy": 0.92,
    },
    "general_blind6.yaml": {"event_type_recall": 0.88, "event_type_precision": 0.90, "target_accuracy": 0.78},
    "paraphrase_blind6.yaml": {
        "paraphrases_coded_like_original": 0.78,
        "paraphrases_keep_a_correct_coding": 0.87,
    },
    "ceasefire_blind7.yaml": {
        "event_type_recall": 0.89,
        "event_type_precision": 0.92,
        "source_accuracy": 0.95,
        "target_accuracy": 0.87,
    },
    "general_blind7.yaml": {"event_type_recall": 0.93, "event_type_precision": 0.95, "target_accuracy": 0.78},
    "paraphrase_blind7.yaml": {
        "paraphrases_coded_like_original": 0.70,
        "paraphrases_keep_a_correct_coding": 0.85,
    },
    "ceasefire_blind8.yaml": {
        "event_type_recall": 0.89,
        "event_type_precision": 0.89,
        "source_accuracy": 0.86,
        "target_accuracy": 0.82,
    },
    "general_blind8.yaml": {"event_type_recall": 0.82, "event_type_precision": 0.82, "target_accuracy": 0.84},
    "paraphrase_blind8.yaml": {
        "paraphrases_coded_like_original": 0.96,
        "paraphrases_keep_a_correct_coding": 0.96,
    },
    "ceasefire_blind9.yaml": {
        "event_type_recall": 0.74,
        "event_type_precision": 0.87,
        "source_accuracy": 0.83,  # lowered with the recall raised: an endorsed plan now found as AGREE,
        "target_accuracy": 0.88,  # by Serbia where its writer coded Yugoslavia and its two envoys, and one
    },  # more event paired since required events are paired before don't-care ones (its source wrong)
    "general_blind9.yaml": {"event_type_recall": 0.71, "event_type_precision": 0.79, "target_accuracy": 0.75},
    "paraphrase_blind9.yaml": {
        "paraphrases_coded_like_original": 0.96,
        "paraphrases_keep_a_correct_coding": 0.96,
    },
    "ceasefire_blind10.yaml": {
        "event_type_recall": 0.82,
        "event_type_precision": 0.84,
        "source_accuracy": 0.95,
        "target_accuracy": 0.87,
    },
    "general_blind10.yaml": {
        "event_type_recall": 0.71,
        "event_type_precision": 0.72,
        "target_accuracy": 0.60,  # lowered twice: three events found without their targets (docs/news.md)
    },
    "ceasefire_blind11.yaml": {
        "event_type_recall": 0.87,
        "event_type_precision": 0.81,
        "source_accuracy": 0.82,
        "target_accuracy": 0.65,
    },
    "general_blind11.yaml": {
        "event_type_recall": 0.79,
        "event_type_precision": 0.78,
        "target_accuracy": 0.63,
    },
    "ceasefire_blind12.yaml": {
        "event_type_recall": 0.79,
        "event_type_precision": 0.80,
        "source_accuracy": 0.85,
        "target_accuracy": 0.76,
    },
    "general_blind12.yaml": {
        "event_type_recall": 0.76,
        "event_type_precision": 0.76,
        "target_accuracy": 0.62,
    },
    "paraphrase_blind12.yaml": {
        "paraphrases_coded_like_original": 0.95,
        "paraphrases_keep_a_correct_coding": 0.95,
    },
    "ceasefire_blind13.yaml": {
        "event_type_recall": 0.85,
        "event_type_precision": 0.89,
        "source_accuracy": 0.86,
        "target_accuracy": 0.77,
    },
    "general_blind13.yaml": {
        "event_type_recall": 0.72,
        "event_type_precision": 0.78,
        "target_accuracy": 0.69,
    },
    "paraphrase_blind13.yaml": {
        "paraphrases_coded_like_original": 0.97,
        "paraphrases_keep_a_correct_coding": 0.96,
    },
    "ceasefire_blind14.yaml": {
        "event_type_recall": 0.84,
        "event_type_precision": 0.86,
        "source_accuracy": 0.82,
        "target_accuracy": 0.75,
    },
    "general_blind14.yaml": {
        "event_type_recall": 0.76,
        "event_type_precision": 0.82,
        "target_accuracy": 0.68,
    },
    "paraphrase_blind14.yaml": {
        "paraphrases_coded_like_original": 0.95,
        "paraphrases_keep_a_correct_coding": 0.95,
    },
    "paraphrase_blind15.yaml": {
        "paraphrases_coded_like_original": 0.93,
        "paraphrases_keep_a_correct_coding": 0.93,
    },
    "paraphrase_blind16.yaml": {
        "paraphrases_coded_like_original": 0.95,
        "paraphrases_keep_a_correct_coding": 0.95,
    },
    "paraphrase_blind17.yaml": {
        "paraphrases_coded_like_original": 0.93,
        "paraphrases_keep_a_correct_coding": 0.93,
    },
    "paraphrase_blind18.yaml": {
        "paraphrases_coded_like_original": 0.95,
        "paraphrases_keep_a_correct_coding": 0.95,
    },
    "paraphrase_blind19.yaml": {
        "paraphrases_coded_like_original": 0.89,
        "paraphrases_keep_a_correct_coding": 0.89,
    },
    "paraphrase_blind20.yaml": {
        "paraphrases_coded_like_original": 0.91,
        "paraphrases_keep_a_correct_coding": 0.92,
    },
    "paraphrase_blind21.yaml": {
        "paraphrases_coded_like_original": 0.92,
        "paraphrases_keep_a_correct_coding": 0.92,
    },
    "paraphrase_blind22.yaml": {
        "paraphrases_coded_like_original": 0.97,
        "paraphrases_keep_a_correct_coding": 0.97,
    },
    "paraphrase_blind23.yaml": {
        "paraphrases_coded_like_original": 0.96,
        "paraphrases_keep_a_correct_coding": 0.96,
    },
    "paraphrase_blind24.yaml": {
        "paraphrases_coded_like_original": 0.89,
        "paraphrases_keep_a_correct_coding": 0.89,
    },
    "paraphrase_blind25.yaml": {
        "paraphrases_coded_like_original": 0.92,
        "paraphrases_keep_a_correct_coding": 0.91,
    },
    "paraphrase_blind26.yaml": {
        "paraphrases_coded_like_original": 0.94,
        "paraphrases_keep_a_correct_coding": 0.94,
    },
    "paraphrase_blind27.yaml": {
        "paraphrases_coded_like_original": 0.92,
        "paraphrases_keep_a_correct_coding": 0.92,
    },
    "paraphrase_blind28.yaml": {
        "paraphrases_coded_like_original": 0.94,
        "paraphrases_keep_a_correct_coding": 0.94,
    },
    "paraphrase_blind29.yaml": {
        "paraphrases_coded_like_original": 0.89,
        "paraphrases_keep_a_correct_coding": 0.89,
    },
    "paraphrase_blind30.yaml": {
        "paraphrases_coded_like_original": 0.95,
        "paraphrases_keep_a_correct_coding": 0.95,
    },
    "paraphrase_blind31.yaml": {
        "paraphrases_coded_like_original": 0.91,
        "paraphrases_keep_a_correct_coding": 0.91,
    },
    "paraphrase_blind32.yaml": {
        "paraphrases_coded_like_original": 0.94,
        "paraphrases_keep_a_correct_coding": 0.94,
    },
    "paraphrase_blind33.yaml": {
        "paraphrases_coded_like_original": 0.90,
        "paraphrases_keep_a_correct_coding": 0.90,
    },
    "paraphrase_blind34.yaml": {
        "paraphrases_coded_like_original": 0.94,
        "paraphrases_keep_a_correct_coding": 0.95,
    },
    "paraphrase_blind35.yaml": {
        "paraphrases_coded_like_original": 0.91,
        "paraphrases_keep_a_correct_coding": 0.90,
    },
    "paraphrase_blind36.yaml": {
        "paraphrases_coded_like_original": 0.92,
        "paraphrases_keep_a_correct_coding": 0.93,
    },
    "paraphrase_blind37.yaml": {
        "paraphrases_coded_like_original": 0.89,
        "paraphrases_keep_a_correct_coding": 0.89,
    },
    "paraphrase_blind38.yaml": {
        "paraphrases_coded_like_original": 0.93,
        "paraphrases_keep_a_correct_coding": 0.93,
    },
    "paraphrase_blind39.yaml": {
        "paraphrases_coded_like_original": 0.88,
        "paraphrases_keep_a_correct_coding": 0.87,
    },
    "paraphrase_blind40.yaml": {
        "paraphrases_coded_like_original": 0.96,
        "paraphrases_keep_a_correct_coding": 0.95,
    },
    "paraphrase_blind41.yaml": {
        "paraphrases_coded_like_original": 0.88,
        "paraphrases_keep_a_correct_coding": 0.87,
    },
    "paraphrase_blind42.yaml": {
        "paraphrases_coded_like_original": 0.93,
        "paraphrases_keep_a_correct_coding": 0.93,
    },
    "paraphrase_blind43.yaml": {
        "paraphrases_coded_like_original": 0.87,
        "paraphrases_keep_a_correct_coding": 0.86,
    },
    "paraphrase_blind44.yaml": {
        "paraphrases_coded_like_original": 0.92,
        "paraphrases_keep_a_correct_coding": 0.92,
    },
    "paraphrase_blind45.yaml": {
        "paraphrases_coded_like_original": 0.84,
        "paraphrases_keep_a_correct_coding": 0.84,
    },
    "paraphrase_blind46.yaml": {
        "paraphrases_coded_like_original": 0.95,
        "paraphrases_keep_a_correct_coding": 0.95,
    },
    "paraphrase_blind47.yaml": {
        "paraphrases_coded_like_original": 0.87,
        "paraphrases_keep_a_correct_coding": 0.87,
    },
    "paraphrase_blind48.yaml": {
        "paraphrases_coded_like_original": 0.87,
        "paraphrases_keep_a_correct_coding": 0.87,
    },
    "paraphrase_blind49.yaml": {
        "paraphrases_coded_like_original": 0.85,
        "paraphrases_keep_a_correct_coding": 0.85,
    },
    "paraphrase_blind50.yaml": {
        "paraphrases_coded_like_original": 0.90,
        "paraphrases_keep_a_correct_coding": 0.90,
    },
    "paraphrase_blind51.yaml": {
        "paraphrases_coded_like_original": 0.83,
        "paraphrases_keep_a_correct_coding": 0.83,
    },
    "paraphrase_blind52.yaml": {
        "paraphrases_coded_like_original": 0.88,
        "paraphrases_keep_a_correct_coding": 0.88,
    },
    "paraphrase_blind53.yaml": {
        "paraphrases_coded_like_original": 0.84,
        "paraphrases_keep_a_correct_coding": 0.83,
    },
    "paraphrase_blind54.yaml": {
        "paraphrases_coded_like_original": 0.92,
        "paraphrases_keep_a_correct_coding": 0.92,
    },
    "paraphrase_blind55.yaml": {
        "paraphrases_coded_like_original": 0.85,
        "paraphrases_keep_a_correct_coding": 0.85,
    },
    "paraphrase_blind56.yaml": {
        "paraphrases_coded_like_original": 0.89,
        "paraphrases_keep_a_correct_coding": 0.89,
    },
    "paraphrase_blind57.yaml": {
        "paraphrases_coded_like_original": 0.85,
        "paraphrases_keep_a_correct_coding": 0.85,
    },
    "paraphrase_blind58.yaml": {
        "paraphrases_coded_like_original": 0.90,
        "paraphrases_keep_a_correct_coding": 0.90,
    },
    "paraphrase_blind59.yaml": {
        "paraphrases_coded_like_original": 0.82,
        "paraphrases_keep_a_correct_coding": 0.82,
    },
    "paraphrase_blind60.yaml": {
        "paraphrases_coded_like_original": 0.85,
        "paraphrases_keep_a_correct_coding": 0.85,
    },
    "paraphrase_blind61.yaml": {
        "paraphrases_coded_like_original": 0.82,
        "paraphrases_keep_a_correct_coding": 0.81,
    },
    "paraphrase_blind62.yaml": {
        "paraphrases_coded_like_original": 0.91,
        "paraphrases_keep_a_correct_coding": 0.90,
    },
    "paraphrase_blind63.yaml": {
        "paraphrases_coded_like_original": 0.84,
        "paraphrases_keep_a_correct_coding": 0.84,
    },
    "paraphrase_blind64.yaml": {
        "paraphrases_coded_like_original": 0.89,
        "paraphrases_keep_a_correct_coding": 0.89,
    },
    "paraphrase_blind65.yaml": {
        "paraphrases_coded_like_original": 0.85,
        "paraphrases_keep_a_correct_coding": 0.85,
    },
    "paraphrase_blind66.yaml": {
        "paraphrases_coded_like_original": 0.85,
        "paraphrases_keep_a_correct_coding": 0.84,
    },
    "paraphrase_blind67.yaml": {
        "paraphrases_coded_like_original": 0.83,
        "paraphrases_keep_a_correct_coding": 0.82,
    },
    "paraphrase_blind68.yaml": {
        "paraphrases_coded_like_original": 0.92,
        "paraphrases_keep_a_correct_coding": 0.92,
    },
    "paraphrase_blind69.yaml": {
        "paraphrases_coded_like_original": 0.83,
        "paraphrases_keep_a_correct_coding": 0.83,
    },
    "paraphrase_blind70.yaml": {
        "paraphrases_coded_like_original": 0.90,
        "paraphrases_keep_a_correct_coding": 0.90,
    },
    "paraphrase_blind71.yaml": {
        "paraphrases_coded_like_original": 0.82,
        "paraphrases_keep_a_correct_coding": 0.81,
    },
    "paraphrase_blind72.yaml": {
        "paraphrases_coded_like_original": 0.90,
        "paraphrases_keep_a_correct_coding": 0.90,
    },
    "paraphrase_blind73.yaml": {
        "paraphrases_coded_like_original": 0.81,
        "paraphrases_keep_a_correct_coding": 0.80,
    },
    "paraphrase_blind74.yaml": {
        "paraphrases_coded_like_original": 0.91,
        "paraphrases_keep_a_correct_coding": 0.91,
    },
    "paraphrase_blind75.yaml": {
        "paraphrases_coded_like_original": 0.82,
        "paraphrases_keep_a_correct_coding": 0.82,
    },
    "paraphrase_blind76.yaml": {
        "paraphrases_coded_like_original": 0.93,
        "paraphrases_keep_a_correct_coding": 0.93,
    },
    "paraphrase_blind77.yaml": {
        "paraphrases_coded_like_original": 0.85,
        "paraphrases_keep_a_correct_coding": 0.85,
    },
    "paraphrase_blind78.yaml": {
        "paraphrases_coded_like_original": 0.87,
        "paraphrases_keep_a_correct_coding": 0.87,
    },
    "paraphrase_blind79.yaml": {
        "paraphrases_coded_like_original": 0.83,
        "paraphrases_keep_a_correct_coding": 0.83,
    },
    "paraphrase_blind80.yaml": {
        "paraphrases_coded_like_original": 0.90,
        "paraphrases_keep_a_correct_coding": 0.90,
    },
    "paraphrase_blind81.yaml": {
        "paraphrases_coded_like_original": 0.86,
        "paraphrases_keep_a_correct_coding": 0.86,
    },
    "paraphrase_blind82.yaml": {
        "paraphrases_coded_like_original": 0.90,
        "paraphrases_keep_a_correct_coding": 0.89,
    },
    "paraphrase_blind83.yaml": {
        "paraphrases_coded_like_original": 0.86,
        "paraphrases_keep_a_correct_coding": 0.86,
    },
    "paraphrase_blind84.yaml": {
        "paraphrases_coded_like_original": 0.92,
        "paraphrases_keep_a_correct_coding": 0.92,
    },
    "paraphrase_blind85.yaml": {
        "paraphrases_coded_like_original": 0.84,
        "paraphrases_keep_a_correct_coding": 0.83,
    },
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
