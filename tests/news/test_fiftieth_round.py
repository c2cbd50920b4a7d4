"""The fiftieth round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: a meeting anticipated, as one expected, is announced."""

from __future__ import annotations


def test_a_meeting_anticipated(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{a} and Qatari mediators are anticipated to meet again with {b} negotiators next week."
    assert coded_sides(template, pair) == [("AGREE", frozenset({pair["A"], "Qatar"}), pair["B"])]
    assert coded_sides("{A} is anticipated to strike {B}.", pair) == []  # a prediction of force is no event
