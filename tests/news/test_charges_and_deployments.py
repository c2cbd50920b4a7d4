"""Charges laid in reported speech, and armed units sent somewhere.

Each rule names a class of constructions and runs with the parties' labels swapped.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2018, 3, 12)
PAIRS = [("Britain", "Russia"), ("Russia", "Britain")]


def _coded(pipeline, text: str) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def]
    return [(e.event_type, e.source, e.target) for e in pipeline.ingest(text, DAY).events]


@pytest.mark.parametrize(("a", "b"), PAIRS)
@pytest.mark.parametrize("charge", ["{b} was responsible for the poisoning",
                                    "it was highly likely that {b} was responsible for the attack",
                                    "{b} was behind the killing of a dissident"])
def test_saying_someone_was_responsible_accuses_them(pipeline, a: str, b: str, charge: str) -> None:  # type: ignore[no-untyped-def]
    name = {"Britain": "United Kingdom"}.get
    coded = _coded(pipeline, f"{a} said on Monday that {charge.format(b=b)}.")
    assert coded == [("ACCUSE", name(a, a), name(b, b))]
    assert _coded(pipeline, f"{a} said {b} was responsible for its own security.") == []


@pytest.mark.parametrize(("a", "b"), [("Germany", "Ukraine"), ("France", "Estonia")])
def test_armed_units_sent_are_a_deployment_and_weapons_aid(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    kinds = [_coded(pipeline, text)[0][0] for text in (
        f"{a} sent two aircraft carrier groups towards {b} on Monday.",
        f"{a} ordered troops and warplanes to {b} on Monday.",
        f"{a} sent a new package of air defence missiles to {b}.",
        f"{a} dispatched a relief flight carrying doctors and medicine to {b}.")]
    assert kinds == ["MOBILIZE", "MOBILIZE", "AID", "AID"]
