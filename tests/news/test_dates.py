"""Time expressions resolved against the article date (rule 10 of the gold README)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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



def _every_match_holds_what_its_kind_needs(text: str) -> None:
    from truce.news.dates import _PATTERNS

    for kind, pattern, needs in _PATTERNS:
        if pattern.search(text):
            assert needs.search(text), (kind, text)


def test_a_kind_is_skipped_only_where_it_cannot_match():
    """What a kind needs is necessary: on every blind sentence where its pattern matches, it is
    there (the skip changes no result, only the time)."""
    from pathlib import Path

    from truce.io.news_gold import load_sentence_gold

    blind = Path(__file__).parent / "data" / "blind"
    texts = [s.text for path in sorted(blind.glob("*.yaml")) for s in load_sentence_gold(path)]
    assert len(texts) > 4_000
    for text in texts:
        _every_match_holds_what_its_kind_needs(text)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_what_a_kind_needs_on_text_its_pattern_matches(data):
    """Text generated from each kind's own pattern (any Unicode digit, any case) holds what it needs."""
    from truce.news.dates import _PATTERNS

    for kind, pattern, needs in _PATTERNS:
        text = data.draw(st.from_regex(pattern), label=kind)
        assert needs.search(text), (kind, text)
