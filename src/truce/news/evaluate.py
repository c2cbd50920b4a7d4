"""Score the pipeline against gold annotations.

Gold files have the shape of ``shared/data/news/seed_gold.json`` (one JSON
document whose text comes from ``source_file`` or ``text``) or are JSONL with
one document per line (``text``, ``article_date``, ``events``,
``actor_mentions``, ``time_expressions``, optionally ``sentences``).  As the
gold README asks, an event's ``alt_event_types`` are accepted as correct and
events with ``confidence: low`` are "don't care": neither a miss nor a match
of one counts.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from truce.errors import NewsInputError
from truce.news.text import parse_date

if TYPE_CHECKING:
    from truce.news.document import ArticleAnalysis
    from truce.news.pipeline import NewsPipeline

__all__ = ["GoldDocument", "NewsScores", "evaluate", "load_gold", "score_documents"]


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
    per_type: dict[str, dict[str, float]]
    misses: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"metrics": self.metrics, "counts": self.counts, "per_type": self.per_type,
                "misses": self.misses}


def _find_text(gold_path: Path, source_file: str) -> Path | None:
    candidates = [gold_path.parent / source_file]
    candidates += [parent / source_file for parent in gold_path.resolve().parents]
    stripped = source_file.removeprefix("shared/")
    candidates += [Path("..") / "shared" / stripped, Path("..") / source_file]
    return next((c for c in candidates if c.is_file()), None)


def _document(record: dict[str, Any], *, path: Path, where: str, text: str | None) -> GoldDocument:
    if text is None:
        text = record.get("text")
    if text is None and "source_file" in record:
        found = _find_text(path, str(record["source_file"]))
        if found is None:
            raise NewsInputError(f"text file {record['source_file']!r} of the gold document not found",
                                 file=where, hint="pass --text FILE")
        text = found.read_text(encoding="utf-8")
    if not isinstance(text, str):
        raise NewsInputError("gold document has no text", file=where,
                             hint="add 'text' or 'source_file', or pass --text FILE")
    date_value = record.get("publication_date") or record.get("article_date")
    if not isinstance(date_value, str):
        raise NewsInputError("gold document has no publication_date/article_date", file=where)
    sentences = record.get("sentences")
    return GoldDocument(
        doc_id=str(record.get("doc_id") or record.get("id") or where),
        text=text,
        publication_date=parse_date(date_value, file=where),
        sentences=tuple((s["start"], s["end"]) for s in sentences) if sentences else None,
        events=tuple(record.get("events", ())),
        actor_mentions=tuple(record.get("actor_mentions", ())),
        time_expressions=tuple(record.get("time_expressions", ())),
    )


def load_gold(path: str | Path, *, text: str | None = None) -> list[GoldDocument]:
    """Read a gold JSON document (or a JSON list of them) or a JSONL file of documents."""
    gold_path = Path(path)
    try:
        raw = gold_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NewsInputError(f"cannot read gold file: {exc}", file=gold_path) from None
    try:
        data = json.loads(raw)
        records = data if isinstance(data, list) else [data]
        wheres = [str(gold_path)] * len(records)
    except json.JSONDecodeError:
        records, wheres = [], []
        for number, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise NewsInputError(f"invalid JSON: {exc.msg}", file=gold_path, line=number,
                                     hint="one JSON document per line") from None
            wheres.append(f"{gold_path}:{number}")
    if not records:
        raise NewsInputError("gold file has no documents", file=gold_path)
    return [_document(r, path=gold_path, where=w, text=text) for r, w in zip(records, wheres, strict=True)]


def _actor_key(value: Any) -> frozenset[str] | None:
    if value is None:
        return None
    return frozenset(value) if isinstance(value, list | tuple) else frozenset([value])


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
            if g.get("confidence") == "low":
                continue
            c["matched"] += 1
            ok = p["event_type"] in {g["event_type"], *g.get("alt_event_types", ())}
            c["type_ok"] += ok
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
            if gi not in matched_g and g.get("confidence") != "low":
                c["event_fn"] += 1
                type_fn[g["event_type"]] += 1
                misses.append(f"{gold.doc_id} s{g['sentence_index']} missed {g['event_type']} {g['trigger']!r}")
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                c["event_fp"] += 1
                type_fp[p["event_type"]] += 1
                misses.append(f"{gold.doc_id} s{p['sentence_index']} extra {p['event_type']} {p['trigger']!r}")
    types = sorted(set(type_tp) | set(type_fp) | set(type_fn))
    per_type = {t: {"tp": type_tp[t], "fp": type_fp[t], "fn": type_fn[t],
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
        "event_type_macro_f1": (sum(v["f1"] for v in per_type.values()) / len(per_type)) if per_type else None,
        "source_accuracy": share("source_ok"),
        "target_accuracy": share("target_ok"),
        "date_accuracy": share("date_ok"),
        "issue_accuracy": share("issue_ok"),
    }
    counts = {"documents": len(gold_docs), "matched_events": matched,
              "missed_events": c["event_fn"], "extra_events": c["event_fp"],
              "actor_mentions_gold": c["actor_tp"] + c["actor_fn"],
              "actor_mentions_predicted": c["actor_tp"] + c["actor_fp"]}
    return NewsScores(metrics=metrics, counts=counts, per_type=per_type, misses=misses)


def evaluate(gold_docs: Iterable[GoldDocument], pipeline: NewsPipeline | None = None) -> NewsScores:
    """Run the pipeline on every gold document and score it."""
    from truce.news.pipeline import NewsPipeline

    docs = list(gold_docs)
    pipe = pipeline or NewsPipeline()
    analyses = list(pipe.ingest_many((d.doc_id, d.text, d.publication_date) for d in docs))
    return score_documents(docs, analyses)
