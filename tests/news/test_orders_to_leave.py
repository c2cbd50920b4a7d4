"""Orders to leave, on sentences of their own (none from a gold set), in several conflicts and
wordings, with label swaps:

- an order to one's own forces (*its*, *their*, *his* troops, forces, soldiers or units; forces of the
  orderer's own state; forces no one else owns) to leave, withdraw, pull back or pull out is the
  orderer's own military retreat (CAMEO 0874, RETREAT), as withdrawing them is, never a request;
- an order to others to leave expels them: another state's forces, peacekeepers or a population
  (CAMEO 174, COERCE), diplomats (161, SANCTION);
- forces told to move somewhere, to return fire or to get ready are not retreating.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 8, 19)


def _coded(pipeline, text: str) -> list[tuple[str, object, object, object]]:  # type: ignore[no-untyped-def]
    return [(e.event_type, e.source, e.target, e.cameo_code) for e in pipeline.ingest(text, DAY).events]


@pytest.mark.parametrize("a", ["Russia", "Armenia", "Ethiopia"])
@pytest.mark.parametrize("template", [
    "{a} ordered its troops to leave the city on Monday.",
    "{a} ordered its troops to leave.",
    "{a} told its forces to pull out of the border region.",
    "{a} instructed its soldiers to leave the disputed villages.",
    "{a} ordered its army units to pull back from the border.",
    "{a} ordered its troops back to their bases.",
    "{a} ordered its soldiers to withdraw from the buffer zone.",
])
def test_ones_own_forces_ordered_out_retreat(pipeline, a: str, template: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, template.format(a=a)) == [("RETREAT", a, None, "0874")]


def test_forces_of_the_orderers_own_state_are_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, "Putin ordered Russian troops to leave the city.")
    assert coded == [("RETREAT", "Vladimir Putin", None, "0874")]


@pytest.mark.parametrize(("a", "b"), [("Mali", "France"), ("Niger", "United States"),
                                     ("Burkina Faso", "France")])
@pytest.mark.parametrize("verb", ["leave", "withdraw from"])
def test_anothers_forces_ordered_out_are_expelled(pipeline, a: str, b: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    """Label swap over orderer and owner: the owner of the forces is the one expelled."""
    demonym = {"France": "French", "United States": "American"}[b]
    coded = _coded(pipeline, f"{a} ordered {demonym} troops to {verb} the country.")
    assert coded == [("COERCE", a, b, "174")]


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
def test_label_swap_own_retreat_and_expulsion(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{a} ordered its troops to leave the border villages, and {b} ordered Russian troops to leave."
    assert _coded(pipeline, text) == [("RETREAT", a, None, "0874"), ("COERCE", b, "Russia", "174")]


@pytest.mark.parametrize("text", [
    "Israel ordered its troops to move to the border.",
    "Russia ordered its troops to return fire.",
    "Serbia ordered its army to get ready.",
])
def test_forces_told_to_do_other_things_do_not_retreat(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(kind != "RETREAT" for kind, *_ in _coded(pipeline, text))
