"""The fifty-first round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: a proposal called a non-starter for someone is rejected by that one; what one cannot accept or
countenance is refused; a conjunct after "nor" is negated."""

from __future__ import annotations


def test_a_non_starter(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "Any deal leaving {a} troops in the valley is a non-starter for {B}, {PB} said."
    assert coded_sides(template, pair) == [("REJECT", pair["B"], None)]  # the one it is a non-starter for
    assert coded_sides("A withdrawal is a non-starter, {PA} said.", pair) == [("REJECT", pair["PA"], None)]


def test_what_one_cannot_bear_is_refused(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    for verb in ("accept", "countenance", "tolerate"):
        assert coded_sides(f"{{PA}} said he could not {verb} a halt to the fighting.", pair) == [
            ("REJECT", pair["PA"], None)]
    assert coded_sides("{A} could not accept the deal if {B} stayed in the valley.", pair) == []  # a condition


def test_a_conjunct_after_nor_is_negated(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} said he could not accept a halt, nor would he agree to {b} troops staying in the valley."
    assert coded_sides(template, pair) == [("REJECT", pair["PA"], None), ("REJECT", pair["PA"], None)]
