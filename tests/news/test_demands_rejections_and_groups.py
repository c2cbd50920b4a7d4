"""The thirtieth round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: insisting on someone doing something demands it of them; a rejection voiced of someone's remarks
is of them; the departure of troops demanded names whose troops they are (a departure is no act of its
own); a group or a team of people stands for the people."""

from __future__ import annotations

import pytest

SIDES = [
    {"A": "India", "B": "Pakistan", "a": "Indian", "b": "Pakistani", "PA": "Narendra Modi",
     "PB": "Shehbaz Sharif"},
    {"A": "Pakistan", "B": "India", "a": "Pakistani", "b": "Indian", "PA": "Shehbaz Sharif",
     "PB": "Narendra Modi"},
]


@pytest.fixture(params=SIDES, ids=["India first", "Pakistan first"])
def side(request):  # type: ignore[no-untyped-def]
    """The names of one side (A, its leader PA) and the other (B, PB), both ways round."""
    return request.param


def test_insisting_on_someone_doing_something(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} insisted on {B} withdrawing from the border area.", side) == \
        [("REQUEST", side["A"], side["B"])]


def test_a_rejection_voiced_of_someones_remarks(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A}'s foreign ministry voiced its rejection of {PB}'s remarks.", side) == \
        [("REJECT", side["A"], side["PB"])]


def test_the_departure_of_troops_demanded(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} demanded the departure of {b} troops from the border.", side) == \
        [("REQUEST", side["A"], side["B"])]
    assert coded_sides("{PA}'s departure for Paris was delayed.", side) == []  # a trip, no withdrawal


def test_a_group_of_people_stands_for_them(coded_sides, side) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} sat down with a group of {b} officials in Paris.", side) == \
        [("CONSULT", side["PA"], side["B"])]
