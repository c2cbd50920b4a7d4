"""Sentence-level news gold sets (YAML).

Two shapes, both a YAML list:

* one item per sentence: ``date``, ``text`` and ``events`` (each with
  ``type``, ``source``, ``target``, optionally ``alt`` and ``optional``);
* a paraphrase suite: one item per original sentence with ``events`` (the
  original's coding) and ``paraphrases`` (texts that must be coded alike);
  every paraphrase becomes one gold sentence whose ``group`` names the
  original.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from truce.errors import NewsInputError
from truce.io.yaml_source import read_yaml
from truce.news.sentence_scores import GoldEvent, GoldSentence

__all__ = ["load_sentence_gold"]


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
        else:
            group, texts = None, [item.get("text")]
        for k, text in enumerate(texts):
            if not isinstance(text, str) or not text.strip():
                raise NewsInputError("empty sentence text", file=where)
            out.append(GoldSentence(sentence_id=f"{gold_path.stem}:{number + 1}.{k + 1}", text=text,
                                    date=date, events=events, group=group))
    return tuple(out)
