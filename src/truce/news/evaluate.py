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
        return {"metrics": self.metrics, "counts": self.counts, "per_type": self.per_type,
                "confusion": self.confusion, "misses": self.misses}


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


def score_documents(gold_docs: Sequence[GoldDocument], analyses: Sequence[ArticleAnalysis]) -> NewsScores:
    """Compare analyses with gold documents (in the same order)."""
    c: Counter[str] = Counter()
    type_tp: Counter[str] = Counter()
    type_fp: Counter[str] = Counter()
    type_fn: Counter[str] = Counter()
    misses: list[str] = []
    confusion: dict[str, Counter[str]] = {}
    for gold, analysis in zip(gold_docs, analyses, strict=True):
        doc = analysis.to_json()
        if gold.sentences is not None:
            g_s = set(gold.sentences)
            p_s = {(s["start"], s["end"]) for s in doc["sentences"]}
            c["sent_tp"] += len(g_s & p_s)
            c["sent_fp"] += len(p_s - g_s)
            c["sent_fn"] += len(g_s - p_s)
        g_m = {(m["start"], m["end"], _actor_key(m["canonical"])) for m in gold.actor_mentions}
        p_m = {(m["start"], m["end"], _actor_key(m["canonical"])) for m in doc["actor_mentions"]}
        c["actor_tp"] += len(g_m & p_m)
        c["actor_fp"] += len(p_m - g_m)
        c["actor_fn"] += len(g_m - p_m)
        g_t = {(t["start"], t["end"], t["value"]) for t in gold.time_expressions}
        p_t = {(t["start"], t["end"], t["value"]) for t in doc["time_expressions"]}
        c["time_tp"] += len(g_t & p_t)
        c["time_fp"] += len(p_t - g_t)
        c["time_fn"] += len(g_t - p_t)
        pred = doc["events"]
        pairs = _match_events(gold.events, pred)
        matched_p = {pi for _, pi in pairs}
        matched_g = {gi for gi, _ in pairs}
        for gi, pi in pairs:
            g, p = gold.events[gi], pred[pi]
            if _optional(g):
                continue
            c["matched"] += 1
            ok = p["event_type"] in {g["event_type"], *g.get("alt_event_types", ())}
            c["type_ok"] += ok
            confusion.setdefault(g["event_type"], Counter())[g["event_type"] if ok else p["event_type"]] += 1
            if ok:
                type_tp[g["event_type"]] += 1
            else:
                type_fp[p["event_type"]] += 1
                type_fn[g["event_type"]] += 1
            for key in ("source", "target"):
                c[f"{key}_ok"] += _actor_key(p[key]) == _actor_key(g[key])
            c["date_ok"] += p["date"] == g.get("date")
            c["issue_ok"] += p["issue"] == g.get("issue")
            if not ok or _actor_key(p["source"]) != _actor_key(g["source"]) or \
                    _actor_key(p["target"]) != _actor_key(g["target"]) or p["issue"] != g.get("issue"):
                misses.append(f"{gold.doc_id} s{g['sentence_index']} {g['trigger']!r}: gold "
                              f"{g['event_type']} {g['source']}->{g['target']} [{g.get('issue')}], got "
                              f"{p['event_type']} {p['source']}->{p['target']} [{p['issue']}]")
        for gi, g in enumerate(gold.events):
            if gi not in matched_g and not _optional(g):
                c["event_fn"] += 1
                type_fn[g["event_type"]] += 1
                confusion.setdefault(g["event_type"], Counter())[NONE] += 1
                misses.append(f"{gold.doc_id} s{g['sentence_index']} missed {g['event_type']} {g['trigger']!r}")
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                c["event_fp"] += 1
                type_fp[p["event_type"]] += 1
                confusion.setdefault(NONE, Counter())[p["event_type"]] += 1
                misses.append(f"{gold.doc_id} s{p['sentence_index']} extra {p['event_type']} {p['trigger']!r}")
    types = sorted(set(type_tp) | set(type_fp) | set(type_fn))
    per_type = {t: {"tp": type_tp[t], "fp": type_fp[t], "fn": type_fn[t],
                    "precision": type_tp[t] / (type_tp[t] + type_fp[t]) if type_tp[t] + type_fp[t] else None,
                    "recall": type_tp[t] / (type_tp[t] + type_fn[t]) if type_tp[t] + type_fn[t] else None,
                    "f1": _f1(type_tp[t], type_fp[t], type_fn[t])} for t in types}
    matched = c["matched"]

    def share(key: str) -> float | None:
        return c[key] / matched if matched else None

    has_sentences = any(g.sentences is not None for g in gold_docs)
    metrics: dict[str, float | None] = {
        "sentence_f1": _f1(c["sent_tp"], c["sent_fp"], c["sent_fn"]) if has_sentences else None,
        "actor_f1": _f1(c["actor_tp"], c["actor_fp"], c["actor_fn"]),
        "time_expression_f1": _f1(c["time_tp"], c["time_fp"], c["time_fn"]),
        "event_detection_f1": _f1(matched, c["event_fp"], c["event_fn"]),
        "event_type_accuracy": share("type_ok"),
        "event_type_macro_f1": (sum(_f1(type_tp[t], type_fp[t], type_fn[t]) for t in types) / len(types))
        if types else None,
        "source_accuracy": share("source_ok"),
        "target_accuracy": share("target_ok"),
        "date_accuracy": share("date_ok"),
        "issue_accuracy": share("issue_ok"),
    }
    counts = {"documents": len(gold_docs), "matched_events": matched,
              "missed_events": c["event_fn"], "extra_events": c["event_fp"],
              "actor_mentions_gold": c["actor_tp"] + c["actor_fn"],
              "actor_mentions_predicted": c["actor_tp"] + c["actor_fp"]}
    table = {row: dict(sorted(cols.items())) for row, cols in sorted(confusion.items())}
    return NewsScores(metrics=metrics, counts=counts, per_type=per_type, misses=misses, confusion=table)


def evaluate(gold_docs: Iterable[GoldDocument], pipeline: NewsPipeline | None = None) -> NewsScores:
    """Run the pipeline on every gold document and score it."""
    from truce.news.pipeline import NewsPipeline

    docs = list(gold_docs)
    pipe = pipeline or NewsPipeline()
    analyses = list(pipe.ingest_many((d.doc_id, d.text, d.publication_date) for d in docs))
    return score_documents(docs, analyses)
