"""The thirty-fifth round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: a conjunct after "but" keeps no negation of the first; a stop somewhere is a visit there, and
a visit "in" a place is to its state (a name tagged as a verb that the parser made the subject is tested
with the other reading of such a name, in ``test_received_acts_and_summed_demands.py``)."""

from __future__ import annotations

import pytest


def test_a_conjunct_after_but_is_not_negated(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} was not part of the talks but received a briefing from {b} mediators.", pair) == \
        [("CONSULT", pair["B"], pair["A"])]


@pytest.mark.parametrize("template", ["{PA}'s stop in {B} came just before the talks.",
                                      "{PA}'s visit in {B} was brief."])
def test_a_stop_or_visit_in_a_place(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides(template, pair) == [("CONSULT", pair["PA"], pair["B"])]

