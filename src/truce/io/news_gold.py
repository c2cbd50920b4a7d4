"""News gold annotations: whole articles (JSON / JSONL) and sentence sets (YAML).

Articles: one JSON document in the shape of ``seed_gold.json`` (text from
``text`` or from ``source_file``, a path relative to the gold file's folder
or one of its ancestors; or given by the caller), a JSON list of them, or
JSONL with one document per line.

Sentence sets (YAML):

Two shapes, both a YAML list:

* one item per sentence: ``date``, ``text`` and ``events`` (each with
  ``type``, ``source``, ``target``, optionally ``alt`` and ``optional``);
* a paraphrase suite: one item per original sentence with ``events`` (the
  original's coding), ``paraphrases`` (texts that must be coded alike) and
  optionally ``original`` (the original's text); every paraphrase becomes one
  gold sentence whose ``group`` names the original, and the original one more,
  marked as such, scored only to tell whether the paraphrases keep its coding.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from truce.errors import NewsInputError
from truce.io.news_text import parse_date, read_text_file
from truce.io.yaml_source import read_yaml
from truce.news.evaluate import GoldDocument
from truce.news.sentence_scores import GoldEvent, GoldSentence

__all__ = ["load_gold", "load_sentence_gold"]


def _find_text(gold_path: Path, source_file: str) -> Path | None:
    """``source_file`` is relative to the gold file's folder or to one of its ancestors."""
    candidates = [gold_path.parent / source_file]
    candidates += [parent / source_file for parent in gold_path.resolve().parents]
    return next((c for c in candidates if c.is_file()), None)


def _document(record: dict[str, Any], *, path: Path, where: str, text: str | None) -> GoldDocument:
    if text is None:
        text = record.get("text")
    if text is None and "source_file" in record:
        found = _find_text(path, str(record["source_file"]))
        if found is None:
            raise NewsInputError(f"text file {record['source_file']!r} of the gold document not found",
                                 file=where, hint="pass --text FILE")
        text = read_text_file(found)
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


def _actor(value: Any, where: str) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return frozenset([value])
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return frozenset(value)
    raise NewsInputError(f"actor must be a name, a list of names or null, not {value!r}", file=where)


def _event(raw: Any, where: str) -> GoldEvent:
    if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
        raise NewsInputError("each event needs a 'type'", file=where, hint="e.g. {type: AGREE, source: X}")
    return GoldEvent(event_type=raw["type"], alt_types=tuple(raw.get("alt") or ()),
                     source=_actor(raw.get("source"), where), target=_actor(raw.get("target"), where),
                     optional=bool(raw.get("optional", False)))


def _date(raw: Any, where: str) -> dt.date:
    if isinstance(raw, dt.date):
        return raw
    try:
        return dt.date.fromisoformat(str(raw))
    except ValueError:
        raise NewsInputError(f"'date' must be YYYY-MM-DD, not {raw!r}", file=where) from None


def load_sentence_gold(path: str | Path) -> tuple[GoldSentence, ...]:
    """Read a sentence-level gold set or paraphrase suite."""
    gold_path = Path(path)
    try:
        data, _ = read_yaml(gold_path, NewsInputError)
    except ValueError as exc:  # a timestamp YAML cannot build, e.g. month 13
        raise NewsInputError(f"invalid date: {exc}", file=gold_path, hint="dates are YYYY-MM-DD") from None
    if not isinstance(data, list) or not data:
        raise NewsInputError("expected a non-empty YAML list of sentences", file=gold_path)
    out: list[GoldSentence] = []
    for number, item in enumerate(data):
        where = f"{gold_path} item {number + 1}"
        if not isinstance(item, dict) or "date" not in item:
            raise NewsInputError("each item needs 'date' and 'text' (or 'paraphrases')", file=where)
        events = tuple(_event(e, where) for e in item.get("events") or ())
        date = _date(item["date"], where)
        if "paraphrases" in item:
            group = f"{item.get('set', '')}:{item.get('doc', '')}:{item.get('index', number)}"
            texts = item["paraphrases"]
            if isinstance(item.get("original"), str) and item["original"].strip():
                out.append(GoldSentence(sentence_id=f"{gold_path.stem}:{number + 1}.0", text=item["original"],
                                        date=date, events=events, group=group, original=True))
        else:
            group, texts = None, [item.get("text")]
        for k, text in enumerate(texts):
            if not isinstance(text, str) or not text.strip():
                raise NewsInputError("empty sentence text", file=where)
            out.append(GoldSentence(sentence_id=f"{gold_path.stem}:{number + 1}.{k + 1}", text=text,
                                    date=date, events=events, group=group))
    return tuple(out)
