"""Time expressions resolved against the article date (rule 10 of the gold README)."""

from __future__ import annotations

import datetime as dt

import pytest

from truce.news.dates import find_time_expressions
from truce.news.sentences import split_sentences

MONDAY = dt.date(2024, 8, 19)


def _values(text, date=MONDAY):
    return [(t.text, t.value) for t in find_time_expressions(text, split_sentences(text), date)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks resume this week.", [("this week", "2024-W34")]),
    ("They met last week.", [("last week", "2024-W33")]),
    ("Hamas spoke on Monday.", [("Monday", "2024-08-19")]),
    ("Hamas spoke on Friday.", [("Friday", "2024-08-16")]),
    ("Blinken will fly to Cairo on Tuesday.", [("Tuesday", "2024-08-20")]),
    ("The war began in early October.", [("early October", "2023-10")]),
    ("after 10 months of fighting", [("10 months", "P10M")]),
    ("Hamas said so yesterday.", [("yesterday", "2024-08-18")]),
    ("It was agreed earlier this month.", [("earlier this month", "2024-08")]),
    ("The text of May 27 was leaked.", [("May 27", "2024-05-27")]),
    ("Talks are due on August 22.", [("August 22", "2024-08-22")]),
    ("since October 7, 2023", [("October 7, 2023", "2023-10-07")]),
    ("a recent visit and the upcoming talks", [("recent", "PAST_REF"), ("upcoming", "FUTURE_REF")]),
    ("a deal in the near future", [("the near future", "FUTURE_REF")]),
    ("Hamas may accept.", []),
])
def test_resolution(text, expected):
    assert _values(text) == expected


def test_month_mod():
    text = "The war began in early October."
    (found,) = find_time_expressions(text, split_sentences(text), MONDAY)
    assert found.mod == "START" and found.type == "DATE"
