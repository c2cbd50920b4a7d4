"""Score coded events sentence by sentence: per-type precision and recall, a
confusion table, and whether paraphrases are coded like their originals.

Paraphrases are scored two ways.  Strictly, against the original's gold
coding: a paraphrase counts when it is coded exactly right (event types,
sources and targets, nothing missed, nothing extra), so the share cannot
exceed what the coder gets right on any wording.  And for stability, the
question of whether rewording breaks a coding: among the paraphrases whose
original sentence is itself coded exactly right, the share still coded
exactly right.  Originals are scored only for this and count in no other
metric.

Gold events follow the annotation guide (``alt`` types count as correct,
``optional`` events are "don't care").  Because the coder codes an event only
when an actor is its source, a gold event without a source counts as
optional too.  In each sentence, predicted events are first paired with gold
events of an accepted type, then leftovers are paired in order (these pairs
fill the off-diagonal cells of the confusion table); what remains is a miss
(gold row, ``-`` column) or an extra (``-`` row).  :func:`evaluate_sentences`
compares actors by the dictionary record their names are filed under, so that
"RCD-Goma" and "Rally for Congolese Democracy", or "rebels" and "Rebels", are
one actor; the accuracies of names as written are reported beside.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

__all__ = ["NONE", "GoldEvent", "GoldSentence", "PredictedEvent", "SentenceScores", "evaluate_sentences",
           "score_sentences"]

NONE = "-"


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event of a gold sentence."""

    event_type: str
    alt_types: tuple[str, ...] = ()
    source: frozenset[str] | None = None
    target: frozenset[str] | None = None
    optional: bool = False

    def accepts(self, event_type: str) -> bool:
        """True when ``event_type`` is the gold type or one of its ``alt`` types."""
        return event_type == self.event_type or event_type in self.alt_types

    @property
    def required(self) -> bool:
        """True when the event counts: not optional, and with a source (the coder needs one)."""
        return not self.optional and self.source is not None


@dataclass(frozen=True)
class GoldSentence:
    """One gold sentence; ``group`` ties the paraphrases of one original.

    ``original`` marks the original sentence of a group, scored only to tell
    whether its paraphrases keep a correct coding.
    """

    sentence_id: str
    text: str
    date: dt.date
    events: tuple[GoldEvent, ...]
    group: str | None = None
    original: bool = False


@dataclass(frozen=True)
class PredictedEvent:
    """The part of a coded event that sentence-level scoring compares."""

    event_type: str
    source: frozenset[str] | None
    target: frozenset[str] | None


@dataclass(frozen=True)
class SentenceScores:
    """Scores over a sentence-level gold set."""

    metrics: dict[str, float | None]
    counts: dict[str, int]
    per_type: dict[str, dict[str, float | int | None]]
    confusion: dict[str, dict[str, int]]

    def to_json(self) -> dict[str, Any]:
        """The scores of ``truce eval-news --json`` on a sentence-level gold set."""
        return {"metrics": self.metrics, "counts": self.counts, "per_type": self.per_type,
                "confusion": self.confusion}


def _pair(gold: Sequence[GoldEvent], pred: Sequence[PredictedEvent]
          ) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Type-matched pairs (preferring the same source), unmatched gold, unmatched predicted.  Required
    gold events are paired first, so that a don't-care event never takes the match of a required one."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, g in sorted(enumerate(gold), key=lambda item: not item[1].required):
        options = [pi for pi, p in enumerate(pred) if pi not in used and g.accepts(p.event_type)]
        if options:
            best = min(options, key=lambda pi: (pred[pi].source != g.source, pred[pi].target != g.target))
            pairs.append((gi, best))
            used.add(best)
    matched_g = {gi for gi, _ in pairs}
    return pairs, [gi for gi in range(len(gold)) if gi not in matched_g], \
        [pi for pi in range(len(pred)) if pi not in used]


def score_sentences(gold: Sequence[GoldSentence],
                    predicted: Sequence[Sequence[PredictedEvent]]) -> SentenceScores:
    """Compare the coded events of each sentence with its gold events."""
    c: Counter[str] = Counter()
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    confusion: dict[str, Counter[str]] = {}
    groups: dict[str, list[tuple[bool, bool]]] = {}
    originals: dict[str, bool] = {}
    for sentence, events in zip(gold, predicted, strict=True):
        pairs, missed, wrong = _pair_required(sentence, events)
        if sentence.original and sentence.group is not None:
            originals[sentence.group] = _exact(sentence, events, pairs, missed, wrong)
            c["originals"] += 1
            continue
        for gi, pi in pairs:
            g, p = sentence.events[gi], events[pi]
            c["matched"] += 1
            tp[g.event_type] += 1
            confusion.setdefault(g.event_type, Counter())[g.event_type] += 1
            c["source_ok"] += p.source == g.source
            c["target_ok"] += p.target == g.target
        for gi, pi in zip(missed, wrong, strict=False):
            confusion.setdefault(sentence.events[gi].event_type, Counter())[events[pi].event_type] += 1
        for gi in missed[len(wrong):]:
            confusion.setdefault(sentence.events[gi].event_type, Counter())[NONE] += 1
        for pi in wrong[len(missed):]:
            confusion.setdefault(NONE, Counter())[events[pi].event_type] += 1
        for gi in missed:
            fn[sentence.events[gi].event_type] += 1
        for pi in wrong:
            fp[events[pi].event_type] += 1
        c["actorless"] += sum(p.source is None for p in events)
        exact = _exact(sentence, events, pairs, missed, wrong)
        c["sentences_exact"] += exact
        if sentence.group is not None:
            groups.setdefault(sentence.group, []).append((exact, not missed and not wrong))
    c["sentences"] = len(gold) - c["originals"]
    kept = [e for group, members in groups.items() if originals.get(group) for e, _ in members]
    c["paraphrases_of_exact_originals"], c["kept"] = len(kept), sum(kept)
    return _summarize(c, tp, fp, fn, confusion, groups)


def _pair_required(sentence: GoldSentence, events: Sequence[PredictedEvent]
                   ) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pairs with required gold events, required gold events missed, predicted events no gold accepts."""
    pairs, lost, extra = _pair(sentence.events, events)
    optional = [g for g in sentence.events if not g.required]
    return ([(gi, pi) for gi, pi in pairs if sentence.events[gi].required],
            [gi for gi in lost if sentence.events[gi].required],
            [pi for pi in extra if not any(g.accepts(events[pi].event_type) for g in optional)])


def _exact(sentence: GoldSentence, events: Sequence[PredictedEvent], pairs: list[tuple[int, int]],
           missed: list[int], wrong: list[int]) -> bool:
    """Every required event coded with its sources and targets, nothing missed, nothing extra."""
    return not missed and not wrong and all(
        events[pi].source == sentence.events[gi].source and events[pi].target == sentence.events[gi].target
        for gi, pi in pairs)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _summarize(c: Counter[str], tp: Counter[str], fp: Counter[str], fn: Counter[str],
               confusion: dict[str, Counter[str]], groups: dict[str, list[tuple[bool, bool]]]
               ) -> SentenceScores:
    n = c["sentences"]
    total_tp, total_fp, total_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    types = sorted(set(tp) | set(fp) | set(fn))
    per_type: dict[str, dict[str, float | int | None]] = {
        t: {"tp": tp[t], "fp": fp[t], "fn": fn[t], "precision": _ratio(tp[t], tp[t] + fp[t]),
            "recall": _ratio(tp[t], tp[t] + fn[t])} for t in types}
    metrics: dict[str, float | None] = {
        "event_type_recall": _ratio(total_tp, total_tp + total_fn),
        "event_type_precision": _ratio(total_tp, total_tp + total_fp),
        "source_accuracy": _ratio(c["source_ok"], c["matched"]),
        "target_accuracy": _ratio(c["target_ok"], c["matched"]),
        "sentences_exact": _ratio(c["sentences_exact"], n),
    }
    if groups:
        flat = [x for members in groups.values() for x in members]
        metrics["paraphrases_coded_like_original"] = _ratio(sum(e for e, _ in flat), len(flat))
        metrics["paraphrases_same_types"] = _ratio(sum(t for _, t in flat), len(flat))
        metrics["paraphrases_keep_a_correct_coding"] = _ratio(c["kept"], c["paraphrases_of_exact_originals"])
    counts = {"sentences": n, "gold_events": total_tp + total_fn, "predicted_matched": total_tp,
              "missed": total_fn, "extra": total_fp, "actorless_events": c["actorless"]}
    if groups:
        counts["paraphrases_of_exact_originals"] = c["paraphrases_of_exact_originals"]
    table = {row: dict(sorted(cols.items())) for row, cols in sorted(confusion.items())}
    return SentenceScores(metrics=metrics, counts=counts, per_type=per_type, confusion=table)


def _key(value: str | Sequence[str] | None) -> frozenset[str] | None:
    if value is None:
        return None
    return frozenset([value]) if isinstance(value, str) else frozenset(value)


def evaluate_sentences(gold: Sequence[GoldSentence], pipeline: Any) -> SentenceScores:
    """Run ``pipeline`` (a :class:`~truce.news.pipeline.NewsPipeline`) on every sentence and score it.

    Actors are compared as actors, not as strings: each name, gold or coded, is replaced by the name
    of the dictionary record it is filed under (:meth:`~truce.news.lexicon.Lexicon.record_name`), the
    same rule for every actor.  ``source_accuracy_as_written`` and ``target_accuracy_as_written``
    compare the names as written.
    """
    analyses = pipeline.ingest_many((s.sentence_id, s.text, s.date) for s in gold)
    predicted = [[PredictedEvent(e.event_type, _key(e.source), _key(e.target)) for e in a.events]
                 for a in analyses]
    record = pipeline.lexicon.record_name

    def same(names: frozenset[str] | None) -> frozenset[str] | None:
        return None if names is None else frozenset(record(n) for n in names)

    scores = score_sentences(
        [replace(s, events=tuple(replace(e, source=same(e.source), target=same(e.target)) for e in s.events))
         for s in gold],
        [[replace(p, source=same(p.source), target=same(p.target)) for p in events] for events in predicted])
    as_written = score_sentences(gold, predicted).metrics
    for role in ("source", "target"):
        scores.metrics[f"{role}_accuracy_as_written"] = as_written[f"{role}_accuracy"]
    return scores
