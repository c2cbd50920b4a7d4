"""The forty-first round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: a content clause of "made clear" that the parser read as the subject of "clear"; drones by
their acronym; a relative clause after a preposition of reason or sequence ("for which", "after
which") tells an act; a press briefing is no meeting; a title before a name, after a fronted clause
read as the whole sentence (forty-second round)."""

from __future__ import annotations


def test_made_clear_that(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "Speaking to reporters, {PA} made clear that his country would keep its forces in the zone."
    assert coded_sides(template, pair) == [("REJECT", pair["A"], None)]


def test_a_uav_launched_by_a_side(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("On Friday a {b}-launched UAV hit {A}, claiming one life.", pair) == \
        [("ASSAULT", pair["B"], pair["A"])]


def test_a_relative_after_a_preposition_of_reason_or_sequence(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{B} denied any role in the shelling of the port, for which {A} blamed it."
    assert sorted(coded_sides(template, pair)) == \
        [("ACCUSE", pair["A"], pair["B"]), ("REJECT", pair["B"], None)]
    template = "{PA} held talks with {PB} on Monday, after which he urged {B} to accept the proposal."
    assert ("REQUEST", pair["PA"], pair["B"]) in coded_sides(template, pair)


def test_a_press_briefing_is_no_meeting(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{A} would not pull out of the zone, {PA} declared at a Monday press briefing in the capital."
    assert coded_sides(template, pair) == [("REJECT", pair["A"], None)]


def test_a_title_before_the_name_after_a_fronted_clause(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = ("Following a Monday meeting in Geneva with {PB}, America's top diplomat Antony Blinken "
                "went on to press {B} to embrace the compromise plan.")
    coded = coded_sides(template, pair)
    assert ("CONSULT", "Antony Blinken", pair["PB"]) in coded
    assert ("REQUEST", "Antony Blinken", pair["B"]) in coded
