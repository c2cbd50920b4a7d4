"""The forty-sixth round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: a demand told through its noun ("{a} demands included ..."); a charge laid, denied; disowning
an attack; a delegation headed somewhere, and a relative clause on the delegation one heads; a flight
to be briefed; participants listed by title and name, and those taking part; quitting a capital; an
object moved after "made known"; publishing conditions; relatives of those held."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("template", [
    "{A}'s demand was that {B} pull its troops back from the border.",
    "Another {a} demand was the screening of travellers at the crossing.",
    "{a} demands included a full list of the prisoners still alive, people briefed on the talks said.",
])
def test_a_demand_told_through_its_noun(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(template, pair)
    assert [(t, s) for t, s, _ in events] == [("REQUEST", pair["A"])]


def test_a_demand_noun_without_an_owner_is_no_act(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("The demand was for five prisoners a week to go free.", pair) == []


def test_a_charge_denied_is_its_owners_accusation(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{B} denied {A}'s charge that it had carried out the attack on the border post."
    assert coded_sides(template, pair) == [("ACCUSE", pair["A"], pair["B"]), ("REJECT", pair["B"], None)]


def test_disowning_an_attack_denies_it(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} disowned the rocket strike on the border town.", pair) == [
        ("REJECT", pair["A"], None)]


def test_a_delegation_headed_somewhere_is_its_bodys(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} led an {a} team into Doha on Friday to hear what the talks had produced."
    assert coded_sides(template, pair) == [("CONSULT", pair["A"], None)]


def test_a_relative_clause_on_the_delegation_one_heads(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} headed an {a} delegation that arrived in Doha on Friday to be briefed on the talks."
    assert coded_sides(template, pair) == [("CONSULT", pair["A"], None)]


def test_a_flight_to_be_briefed_has_a_venue(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    briefed = coded_sides("An {a} team flew into Doha on Friday to be briefed on the talks.", pair)
    talks = coded_sides("An {a} team flew to Doha on Friday to discuss the truce.", pair)
    assert (briefed, talks) == ([("CONSULT", pair["A"], None)], [("CONSULT", pair["A"], "Qatar")])


def test_participants_by_title_and_name(coded_sides) -> None:  # type: ignore[no-untyped-def]
    names = {"A": "William Burns", "B": "David Barnea"}
    for template in ("Participants at the talks in Rome included the CIA's director, {A}, and {B}.",
                     "Those taking part in the Rome talks included {B} and {A}."):
        assert coded_sides(template, names) == [("CONSULT", frozenset(names.values()), None)]


def test_quitting_a_capital_only_travels(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("The {A} negotiators quit the {b} capital on Sunday.", pair) == []
    assert coded_sides("{A} quit the {b} capital on Sunday.", pair) == []


def test_an_object_after_made_known(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{A}, for its part, has made known its displeasure with the latest draft."
    assert coded_sides(template, pair) == [("ACCUSE", pair["A"], None)]


def test_conditions_published_are_demanded(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA}'s office published four conditions on Friday."
    assert coded_sides(template, pair) == [("REQUEST", pair["A"], None)]


def test_relatives_of_those_held(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "Relatives of those held urged {PA} to accept the deal."
    assert coded_sides(template, pair) == [("REQUEST", "Hostages' families", pair["PA"])]


def test_talks_bringing_a_delegation(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "Talks over the border crossing brought an {a} delegation to Doha on Thursday."
    assert coded_sides(template, pair) == [("CONSULT", pair["A"], None)]


def test_what_else_brings_people_is_no_trip(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("The war brought {a} refugees to Doha.", pair) == []


def test_among_those_attending(coded_sides) -> None:  # type: ignore[no-untyped-def]
    names = {"A": "William Burns", "B": "David Barnea"}
    template = "Among those attending the Rome talks were the CIA's {A} and the Mossad's {B}."
    assert coded_sides(template, names) == [("CONSULT", frozenset(names.values()), None)]


def test_coming_down_against_a_plan(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "When the cabinet voted on Thursday, {PA} came down against the maps."
    assert coded_sides(template, pair) == [("REJECT", pair["PA"], None)]


@pytest.mark.parametrize("template", [
    "{PA} said on Thursday that {B} must withdraw its troops from the border.",
    "{B} should accept the offer now, {PA} said.",
])
def test_an_obligation_laid_on_others_is_an_appeal(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides(template, pair) == [("REQUEST", pair["PA"], pair["B"])]


def test_an_obligation_in_an_aside(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "Any deal, {A} has maintained, must rest on the terms it accepted in July."
    assert coded_sides(template, pair) == [("REQUEST", pair["A"], None)]


@pytest.mark.parametrize("template", [
    "{A} said it must defend itself against attacks from across the border.",  # on oneself: an intent
    "{A} declined to join the talks, saying {B} must first commit to the plan.",  # the refusal's reason
])
def test_obligations_that_are_no_appeal(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in [t for t, _, _ in coded_sides(template, pair)]


@pytest.mark.parametrize("template", [
    "Pressing {B} to accept the offer, {PA} said the war must end now.",
    "{PA} said the war must end now and urged {B} to accept the offer.",
])
def test_an_appeal_told_beside_the_obligation(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides(template, pair) == [("REQUEST", pair["PA"], pair["B"])]


def test_speaking_out_against_and_grumbling(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} spoke out against the recent attacks on {a} citizens.", pair) == [
        ("ACCUSE", pair["PA"], None)]
    assert coded_sides("{A} has grumbled about the latest draft.", pair) == [("ACCUSE", pair["A"], None)]


def test_willingness_expressed_is_an_intent(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "An official said {A} had expressed willingness to thin out its forces along the border."
    assert coded_sides(template, pair) == [("AGREE", pair["A"], None)]
    assert coded_sides("{PA} expressed the view that a deal was within reach.", pair) == []


def test_the_group_for_hostages_families(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "The main campaign group for hostages' families denounced {A}'s decision."
    assert coded_sides(template, pair) == [("ACCUSE", "Hostages' families", pair["A"])]


def test_calls_to_act_are_appeals(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} faces calls from {B} to sign off on the agreement."
    assert coded_sides(template, pair) == [("REQUEST", pair["B"], pair["PA"])]
    assert coded_sides("{PA} got a call from {PB} on Monday to discuss the war.", pair) == [
        ("CONSULT", pair["PB"], pair["PA"])]


def test_negotiators_who_broke_up_met(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{a} and {b} negotiators broke up on Sunday without reaching an accord."
    assert coded_sides(template, pair) == [("CONSULT", frozenset({pair["A"], pair["B"]}), None)]
    assert coded_sides("The talks broke up on Sunday without an accord.", pair) == []
