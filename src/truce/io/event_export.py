"""Coded news events as flat rows: CSV (one event a line, lists joined) and JSON lines.

The columns are fixed (:data:`EVENT_FIELDS`) so that files from different runs
line up; each row names its article and carries the sentence the event was
coded from, so a reader can check the coding without the article at hand.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from truce.news.document import ArticleAnalysis

__all__ = ["EVENT_FIELDS", "event_rows", "events_csv", "events_jsonl"]

EVENT_FIELDS = (
    "article", "publication_date", "sentence_index", "event_type", "cameo_root", "mode",
    "source", "target", "source_party", "target_party", "trigger", "trigger_start", "trigger_end",
    "negated", "modality", "issue", "other_issues", "date_text", "date", "sentence",
)
"""Columns of an event row, in order."""


def event_rows(article: str, analysis: ArticleAnalysis) -> list[dict[str, Any]]:
    """The events of one analysed article as rows with the :data:`EVENT_FIELDS` keys."""
    rows = []
    for event in analysis.events:
        record = event.to_json()
        record.setdefault("source_party", None)
        record.setdefault("target_party", None)
        record["article"] = article
        record["publication_date"] = analysis.publication_date.isoformat()
        record["sentence"] = analysis.sentences[event.sentence_index].text
        rows.append({k: record[k] for k in EVENT_FIELDS})
    return rows


def _flat(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else value


def events_csv(rows: Iterable[dict[str, Any]], fields: Sequence[str] = EVENT_FIELDS) -> str:
    """CSV with a header line; lists joined with ``"; "``, missing values empty."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(fields), lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: _flat(v) for k, v in row.items()} for row in rows)
    return buffer.getvalue()


def events_jsonl(rows: Iterable[dict[str, Any]]) -> str:
    """One JSON object a line (lists kept as lists, missing values ``null``)."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
