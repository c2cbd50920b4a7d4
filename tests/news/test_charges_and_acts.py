"""Charges and denials, blame laid on someone, who heads a group, talks concluded, halts to fighting,
releases and deployments.

Each rule names a class of constructions and runs with the parties' labels swapped.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 8, 19)
PAIRS = [("Israel", "Hezbollah"), ("Hezbollah", "Israel")]
CHARGE_PAIRS = [("Britain", "Russia"), ("Russia", "Britain")]


def _coded(pipeline, text: str) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def]
    return [(e.event_type, e.source, e.target) for e in pipeline.ingest(text, DAY).events]


@pytest.mark.parametrize(("a", "b"), PAIRS)
@pytest.mark.parametrize("part", ["any involvement", "responsibility for the attack", "any role in it"])
def test_denying_ones_part_rejects_the_charge(pipeline, a: str, b: str, part: str) -> None:  # type: ignore[no-untyped-def]
    assert [(k, s) for k, s, _ in _coded(pipeline, f"{b} denied {part} on Sunday.")] == [("REJECT", b)]
    coded = _coded(pipeline, f"{a} blamed the attack on {b}, which denied {part}.")
    assert coded == [("ACCUSE", a, b), ("REJECT", b, None)]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_blame_laid_on_someone_names_the_target(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{a} blamed the rocket attack on {b}.") == [("ACCUSE", a, b)]


@pytest.mark.parametrize(("person", "group"), [("William Burns", "U.S."), ("Khalil al-Hayya", "Hamas")])
def test_who_heads_a_group_is_no_act(pipeline, person: str, group: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"The talks were led by {person}.") == []
    coded = _coded(pipeline, f"Headed by {person}, the {group} team met Qatari officials on Monday.")
    assert [kind for kind, _, _ in coded] == ["CONSULT"]


@pytest.mark.parametrize(("a", "b"), [("Israel", "Egypt"), ("Egypt", "Israel")])
@pytest.mark.parametrize("verb", ["wrapped up two days of talks", "ended their talks",
                                  "concluded their negotiations"])
def test_talks_concluded_were_held(pipeline, a: str, b: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{a} and {b} {verb} in Cairo on Sunday without a breakthrough.")
    assert coded == [("CONSULT", (a, b), None)]
    assert _coded(pipeline, f"{a} ended its offensive on Sunday.")[0][0] != "ASSAULT"
    assert _coded(pipeline, f"{a} broke off the talks with {b} on Sunday.")[0][0] == "SANCTION"


@pytest.mark.parametrize(("leader", "state"), [("Dmitry Medvedev", "Georgia"), ("Nicolas Sarkozy", "Mali")])
@pytest.mark.parametrize("halt", ["a halt to military operations", "an end to the air strikes",
                                  "a suspension of the offensive"])
def test_a_halt_to_fighting_ordered_is_declared(pipeline, leader: str, state: str, halt: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{leader} ordered {halt} in {state} on Tuesday.")
    assert coded == [("RETREAT", leader, None)]
    talks = _coded(pipeline, f"{leader} ordered a halt to the talks on Tuesday.")
    assert ("RETREAT", leader, None) not in talks


@pytest.mark.parametrize(("a", "b"), [("Hamas", "Israel"), ("Azerbaijan", "Armenia")])
def test_people_handed_over_are_released(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{a} handed thirteen women and children to the Red Cross, and {b} freed "
                             "thirty-nine prisoners.")
    assert [(kind, source) for kind, source, _ in coded] == [("RETREAT", a), ("RETREAT", b)]
    assert _coded(pipeline, f"{a} handed a letter to {b} on Monday.") == []


@pytest.mark.parametrize(("a", "b"), CHARGE_PAIRS)
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
