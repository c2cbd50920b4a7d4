"""Score the pipeline against gold annotations of whole articles.

Gold documents (read by :func:`truce.io.news_gold.load_gold`) have the shape
of ``shared/data/news/seed_gold.json``.  As the gold README asks, an event's
``alt_event_types`` are accepted as correct and events with ``confidence:
low`` are "don't care": neither a miss nor a match of one counts.  So are
events without a source actor, because the coder codes only events with an
actor as source.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from truce.news.sentence_scores import NONE

if TYPE_CHECKING:
    from truce.news.document import ArticleAnalysis
    from truce.news.pipeline import NewsPipeline

__all__ = ["GoldDocument", "NewsScores", "evaluate", "score_documents"]


@dataclass(frozen=True)
class GoldDocument:
    """One annotated article."""

    doc_id: str
    text: str
    publication_date: dt.date
    sentences: tuple[tuple[int, int], ...] | None
    events: tuple[dict[str, Any], ...]
    actor_mentions: tuple[dict[str, Any], ...]
    time_expressions: tuple[dict[str, Any], ...]


@dataclass
class NewsScores:
    """Scores over a set of gold documents (micro-averaged over documents)."""

    metrics: dict[str, float | None]
    counts: dict[str, int]
    per_type: dict[str, dict[str, float | None]]
    misses: list[str] = field(default_factory=list)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The document of ``truce eval-news --json`` on an article-level gold set."""
        return {
            "metrics": self.metrics,
            "counts": self.counts,
            "per_type": self.per_type,
            "confusion": self.confusion,
            "misses": self.misses,
        }


def _actor_key(value: Any) -> frozenset[str] | None:
    if value is None:
        return None
    return frozenset(value) if isinstance(value, list | tuple) else frozenset([value])


def _optional(gold_event: dict[str, Any]) -> bool:
    return gold_event.get("confidence") == "low" or gold_event.get("source") is None


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def _match_events(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index): same sentence and overlapping triggers, then same type."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()

    def accept(g: dict[str, Any]) -> set[str]:
        return {g["event_type"], *g.get("alt_event_types", ())}

    for rule in ("overlap", "type"):
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for pi, p in enumerate(pred):
                if pi in used_p or p["sentence_index"] != g["sentence_index"]:
                    continue
                overlap = p["trigger_start"] < g["trigger_end"] and g["trigger_start"] < p["trigger_end"]
                if (rule == "overlap" and overlap) or (rule == "type" and p["event_type"] in accept(g)):
                    pairs.append((gi, pi))
                    used_g.add(gi)
                    used_p.add(pi)
                    break
    return pairs


class _Tally:
    """Counts over documents: span matches, event pairs, per-type counts, a confusion table."""

    def __init__(self) -> None:
        self.c: Counter[str] = Counter()
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()
        self.misses: list[str] = []
        self.confusion: dict[str, Counter[str]] = {}

    def spans(self, name: str, gold: set[Any], predicted: set[Any]) -> None:
        self.c[f"{name}_tp"] += len(gold & predicted)
        self.c[f"{name}_fp"] += len(predicted - gold)
        self.c[f"{name}_fn"] += len(gold - predicted)

    def document(self, gold: GoldDocument, doc: dict[str, Any]) -> None:
        if gold.sentences is not None:
            self.spans("sent", set(gold.sentences), {(s["start"], s["end"]) for s in doc["sentences"]})
        self.spans(
            "actor",
            {(m["start"], m["end"], _actor_key(m["canonical"])) for m in gold.actor_mentions},
            {(m["start"], m["end"], _actor_key(m["canonical"])) for m in doc["actor_mentions"]},
        )
        self.spans(
            "time",
            {(t["start"], t["end"], t["value"]) for t in gold.time_expressions},
            {(t["start"], t["end"], t["value"]) for t in doc["time_expressions"]},
        )
        pred = doc["events"]
        pairs = _match_events(gold.events, pred)
        for gi, pi in pairs:
            self.pair(gold.doc_id, gold.events[gi], pred[pi])
        matched_g, matched_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        for g in (g for gi, g in enumerate(gold.events) if gi not in matched_g and not _optional(g)):
            self.c["event_fn"] += 1
            self.fn[g["event_type"]] += 1
            self.confusion.setdefault(g["event_type"], Counter())[NONE] += 1
            self.misses.append(
                f"{gold.doc_id} s{g['sentence_index']} missed {g['event_type']} {g['trigger']!r}"
            )
        for p in (p for pi, p in enumerate(pred) if pi not in matched_p):
            self.c["event_fp"] += 1
            self.fp[p["event_type"]] += 1
            self.confusion.setdefault(NONE, Counter())[p["event_type"]] += 1
            self.misses.append(
                f"{gold.doc_id} s{p['sentence_index']} extra {p['event_type']} {p['trigger']!r}"
            )

    def pair(self, doc_id: str, g: dict[str, Any], p: dict[str, Any]) -> None:
        if _optional(g):
            return
        self.c["matched"] += 1
        ok = p["event_type"] in {g["event_type"], *g.get("alt_event_types", ())}
        self.c["type_ok"] += ok
        self.confusion.setdefault(g["event_type"], Counter())[g["event_type"] if ok else p["event_type"]] += 1
        if ok:
            self.tp[g["event_type"]] += 1
        else:
            self.fp[p["event_type"]] += 1
            self.fn[g["event_type"]] += 1
        same = {key: _actor_key(p[key]) == _actor_key(g[key]) for key in ("source", "target")}
        for key, agrees in same.items():
            self.c[f"{key}_ok"] += agrees
        self.c["date_ok"] += p["date"] == g.get("date")
        self.c["issue_ok"] += p["issue"] == g.get("issue")
        if not ok or not all(same.values()) or p["issue"] != g.get("issue"):
            self.misses.append(
                f"{doc_id} s{g['sentence_index']} {g['trigger']!r}: gold "
                f"{g['event_type']} {g['source']}->{g['target']} [{g.get('issue')}], got "
                f"{p['event_type']} {p['source']}->{p['target']} [{p['issue']}]"
            )

    def scores(self, documents: int, has_sentences: bool) -> NewsScores:
        c, tp, fp, fn = self.c, self.tp, self.fp, self.fn
        types = sorted(set(tp) | set(fp) | set(fn))
        per_type = {
            t: {
                "tp": tp[t],
                "fp": fp[t],
                "fn": fn[t],
                "precision": tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else None,
                "recall": tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else None,
                "f1": _f1(tp[t], fp[t], fn[t]),
            }
            for t in types
        }
        matched = c["matched"]

        def share(key: str) -> float | None:
            return c[key] / matched if matched else None

        metrics: dict[str, float | None] = {
            "sentence_f1": _f1(c["sent_tp"], c["sent_fp"], c["sent_fn"]) if has_sentences else None,
            "actor_f1": _f1(c["actor_tp"], c["actor_fp"], c["actor_fn"]),
            "time_expression_f1": _f1(c["time_tp"], c["time_fp"], c["time_fn"]),
            "event_detection_f1": _f1(matched, c["event_fp"], c["event_fn"]),
            "event_type_accuracy": share("type_ok"),
            "event_type_macro_f1": (sum(_f1(tp[t], fp[t], fn[t]) for t in types) / len(types))
            if types
            else None,
            "source_accuracy": share("source_ok"),
            "target_accuracy": share("target_ok"),
            "date_accuracy": share("date_ok"),
            "issue_accuracy": share("issue_ok"),
        }
        counts = {
            "documents": documents,
            "matched_events": matched,
            "missed_events": c["event_fn"],
            "extra_events": c["event_fp"],
            "actor_mentions_gold": c["actor_tp"] + c["actor_fn"],
            "actor_mentions_predicted": c["actor_tp"] + c["actor_fp"],
        }
        table = {row: dict(sorted(cols.items())) for row, cols in sorted(self.confusion.items())}
        return NewsScores(
            metrics=metrics, counts=counts, per_type=per_type, misses=self.misses, confusion=table
        )


def score_documents(gold_docs: Sequence[GoldDocument], analyses: Sequence[ArticleAnalysis]) -> NewsScores:
    """Compare analyses with gold documents (in the same order)."""
    tally = _Tally()
    for gold, analysis in zip(gold_docs, analyses, strict=True):
        tally.document(gold, analysis.to_json())
    return tally.scores(len(gold_docs), any(g.sentences is not None for g in gold_docs))


def evaluate(gold_docs: Iterable[GoldDocument], pipeline: NewsPipeline | None = None) -> NewsScores:
    """Run the pipeline on every gold document and score it."""
    from truce.news.pipeline import NewsPipeline

    docs = list(gold_docs)
    pipe = pipeline or NewsPipeline()
    analyses = list(pipe.ingest_many((d.doc_id, d.text, d.publication_date) for d in docs))
    return score_documents(docs, analyses)
