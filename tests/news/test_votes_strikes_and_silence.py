"""The thirty-first round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: "voted no" rejects also when the parser makes "no" an adverb; calling workers out on strike is
a strike; declining to comment or to say anything is no stance taken."""

from __future__ import annotations


def test_voting_no_on_a_plan(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} voted no on the plan at Thursday's cabinet session.", pair) == \
        [("REJECT", pair["PA"], None)]


def test_calling_workers_out_on_strike(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{a} unions called workers out on a general strike on Monday.", pair) == \
        [("PROTEST", f"{pair['a']} unions", None)]


def test_declining_to_say_anything(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} declined to say anything about the killing of the commander.", pair) == []
    assert coded_sides("{A} refused to accept the deal.", pair) == [("REJECT", pair["A"], None)]
