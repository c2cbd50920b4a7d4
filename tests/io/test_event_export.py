"""Coded events as CSV and JSON lines (``truce ingest --csv/--jsonl``), called as library functions."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from truce.io.event_export import EVENT_FIELDS, event_rows, events_csv, events_jsonl
from truce.news.document import ArticleAnalysis, Event, Sentence

TEXT = "Egypt hosted talks. Qatar did not condemn anyone."


def _analysis() -> ArticleAnalysis:
    sentences = (Sentence(0, 0, 19, "Egypt hosted talks."), Sentence(1, 20, 50, TEXT[20:]))
    events = (
        Event(0, "CONSULT", "EGY", ("ISR", "HAM"), "hosted", 6, 12, issue="talks", other_issues=("a", "b")),
        Event(1, "ACCUSE", "QAT", None, "condemn", 34, 41, negated=True, source_party="qatar"),
    )
    return ArticleAnalysis(TEXT, dt.date(2024, 8, 16), sentences, (), (), events)


def test_rows_name_the_article_date_and_sentence_of_each_event() -> None:
    rows = event_rows("seed.txt", _analysis())
    assert [tuple(row) for row in rows] == [EVENT_FIELDS, EVENT_FIELDS]
    assert [r["sentence"] for r in rows] == ["Egypt hosted talks.", "Qatar did not condemn anyone."]
    assert {r["article"] for r in rows} == {"seed.txt"} and rows[0]["publication_date"] == "2024-08-16"
    assert rows[1]["source_party"] == "qatar" and rows[0]["source_party"] is None


def test_csv_flattens_lists_and_reads_back() -> None:
    rows = event_rows("seed.txt", _analysis())
    read = list(csv.DictReader(io.StringIO(events_csv(rows))))
    assert list(read[0]) == list(EVENT_FIELDS)
    assert read[0]["target"] == "ISR; HAM" and read[0]["other_issues"] == "a; b"
    assert read[1]["target"] == "" and read[1]["negated"] == "True"


def test_json_lines_keep_lists_and_nulls() -> None:
    rows = event_rows("seed.txt", _analysis())
    lines = events_jsonl(rows).splitlines()
    assert [json.loads(line) for line in lines] == rows
    assert json.loads(lines[0])["target"] == ["ISR", "HAM"] and json.loads(lines[1])["target"] is None
