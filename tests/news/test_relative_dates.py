"""Relative dates added after the second held-out set: early/late weekdays, "ago", days counted
from the last day named, and a past-tense verb (by the tagger) next to a weekday."""

from __future__ import annotations

import datetime as dt

import pytest

from truce.news.dates import find_time_expressions
from truce.news.sentences import split_sentences

MONDAY = dt.date(2024, 8, 26)


def _found(text: str, nlp) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    past = [t.idx for t in nlp(text) if t.tag_ in ("VBD", "VBN")]  # what the pipeline passes
    found = find_time_expressions(text, split_sentences(text), MONDAY, past)
    return [(t.text, t.value, t.mod) for t in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hamas arrived late Saturday.", [("late Saturday", "2024-08-24", "END")]),
    ("Israel struck early Sunday.", [("early Sunday", "2024-08-25", "START")]),
    ("Haniyeh was killed early on Wednesday.", [("Wednesday", "2024-08-21", None)]),
    ("Hamas accepted it two weeks ago.", [("two weeks ago", "2024-W33", None)]),
    ("It was sent three days ago.", [("three days ago", "2024-08-23", None)]),
    ("Hamas spoke on July 6. The next day, Israel replied.",
     [("July 6", "2024-07-06", None), ("The next day", "2024-07-07", None)]),
    ("Talks began on Aug. 22. Three days later, they ended. The day before, Hezbollah fired.",
     [("Aug. 22", "2024-08-22", None), ("Three days later", "2024-08-25", None),
      ("The day before", "2024-08-24", None)]),
    ("The next day, Israel replied.", []),  # no day named before: nothing to count from
    ("Hamas halted talks a day after the strike.", [("a day", "P1D", None)]),
    ("Gaza gets 600 trucks a day.", []),
    # a past verb next to a weekday wins over a future word elsewhere in the sentence
    ("Hamas on Thursday accused Israel and said it would skip the next round.",
     [("Thursday", "2024-08-22", None)]),
    ("Qatar said on Friday it would host the next round.", [("Friday", "2024-08-23", None)]),
    ("Egypt will host the next round on Friday, officials said.", [("Friday", "2024-08-30", None)]),
    ("Blinken will travel on Thursday.", [("Thursday", "2024-08-29", None)]),
])
def test_relative_dates(text: str, expected: list[tuple[str, str, str | None]], pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _found(text, pipeline.nlp) == expected
