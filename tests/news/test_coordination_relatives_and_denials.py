"""The fortieth round's readings, each on sentences of its own (none from a gold set), with the sides
swapped where the rule reads any state: coordination and names the parser hung too low or on the wrong
word; refusals (an act judged not acceptable, one's own responsibility denied, a second main clause's
"would not", forces that will stay where they are, no withdrawal that would be); a relative clause
retelling an act; "it" charged with something; weapons and their launchers; heads of government;
bodies that adopt by vote; meetings set beside a planned act; nouns of attack, complaint and protest."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("template", [
    "{PA} declared that the moment had come for the war to stop, and pressed {B} to accept the agreement.",
    "{PA} unveiled a plan that he described as a fair offer, and called on {B} to take it.",
])
def test_a_conjunct_after_a_comma_joins_the_main_clause(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    assert ("REQUEST", pair["PA"], pair["B"]) in coded_sides(template, pair)


def test_a_conjunct_without_a_comma_stays_in_its_clause(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} said that {B} had withdrawn its troops and pressed its allies to follow."
    assert ("REQUEST", pair["PA"], None) not in coded_sides(template, pair)


@pytest.mark.parametrize("template", [
    "No agreement leaving troops on the border would be acceptable to {B}, {PB} said.",
    "Neither the {a} proposal nor the second draft was acceptable to {B}.",
    "The revised maps were not acceptable to {B}.",
])
def test_an_act_judged_not_acceptable_is_refused(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides(template, pair) == [("REJECT", pair["B"], None)]
    assert coded_sides("The revised maps were acceptable to {B}.", pair) == []


def test_ones_own_responsibility_denied(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{A} blamed {B} for the shelling, but {B} said it was not responsible."
    assert coded_sides(template, pair) == [("ACCUSE", pair["A"], pair["B"]), ("REJECT", pair["B"], None)]


@pytest.mark.parametrize(("template", "kind", "target"), [
    ("The plans were unacceptable to {B}, which rejected both.", "REJECT", None),
    ("The vote drew condemnation from {B}, which accused {A} of sabotaging the talks.", "ACCUSE", "A"),
])
def test_a_relative_clause_retelling_the_act(coded_sides, pair, template, kind, target) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides(template, pair) == [(kind, pair["B"], pair[target] if target else None)]


def test_a_relative_word_out_of_a_reported_clause(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{A} blamed {B} for the shelling of the port, which {B} said was untrue."
    assert coded_sides(template, pair) == [("ACCUSE", pair["A"], pair["B"]), ("REJECT", pair["B"], None)]


def test_that_opening_a_reported_clause_is_no_relative(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = ("{PA} said on July 13 that {B} had pressed for 29 changes to the plan, "
                "and that {A} would stay.")
    assert coded_sides(template, pair) == [("REQUEST", pair["B"], None)]


def test_the_main_verb_after_a_fronted_clause_ending_in_a_name(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = ("Saying the draft tabled in Geneva on Friday met the demands of {a} leader, {PA}, "
                "{B} on Sunday spurned the {a} offer for a truce.")
    assert coded_sides(template, pair) == [("REJECT", pair["B"], pair["A"])]


def test_a_name_in_apposition_after_the_agent(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "On Tuesday, {PA} was welcomed to Geneva by the {b} head of government, {PB}."
    assert coded_sides(template, pair) == [("CONSULT", pair["PB"], pair["PA"])]


@pytest.mark.parametrize("template", [
    "{PA} made clear that {a} forces would stay in the border zone.",
    "{A} will stay in the border zone even during the first phase of a deal, {PA} told reporters.",
    "{PA} said {A} would stay in the border zone and not withdraw.",
])
def test_forces_that_will_stay_where_they_are(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides(template, pair) == [("REJECT", pair["A"], None)]  # the forces' state refuses


def test_a_stay_told_as_fact_or_of_people_held_is_no_act(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{b} forces stayed in the border zone last year.", pair) == []
    assert coded_sides("The hostages would remain in captivity, {PA} said.", pair) == []
    assert coded_sides("{b} negotiators will stay in Geneva until Friday.", pair) == []


def test_unowned_forces_that_will_stay_are_the_speakers(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "On Monday the {a} government denied the reports, saying troops would remain along the border."
    assert coded_sides(template, pair) == [("REJECT", pair["A"], None), ("REJECT", pair["A"], None)]


@pytest.mark.parametrize("template", [
    "{PA} asked the cabinet on Sunday to reverse its vote, but {PB} would not agree.",
    "{PA} asked the cabinet on Sunday to reverse its vote, only to be rebuffed by {PB}.",
])
def test_a_refusal_told_after_the_request(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    assert ("REJECT", pair["PB"], None) in coded_sides(template, pair)
    assert [e[0] for e in coded_sides(template, pair)] == ["REQUEST", "REJECT"]


@pytest.mark.parametrize("template", [
    "{A} was hit by a {b}-launched drone on Friday.",
    "{A} was targeted on Sunday by a {b} salvo of several hundred rockets and drones.",
    "{B} unleashed a salvo of several hundred rockets on {A} on Sunday.",
])
def test_weapons_launched_or_fired_are_their_launchers(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides(template, pair) == [("ASSAULT", pair["B"], pair["A"])]


@pytest.mark.parametrize(("template", "kind"), [
    ("The port came under {b} bombardment on Saturday.", "ASSAULT"),
    ("The plan has drawn complaints from {B}.", "ACCUSE"),
    ("The decision drew a sharp denunciation from {B}.", "ACCUSE"),
])
def test_nouns_of_attack_and_complaint(coded_sides, pair, template, kind) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides(template, pair) == [(kind, pair["B"], None)]


@pytest.mark.parametrize(("template", "side"), [
    ("{PA} let {PB} know that there would be no {a} withdrawal from the border zone.", "A"),
    ("Even during the first phase, {PA} said, there would be no pullout from the border zone.", "PA"),
])
def test_no_withdrawal_that_would_be(coded_sides, pair, template, side) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides(template, pair) == [("REJECT", pair[side], None)]


def test_a_cabinet_backing_a_measure_adopts_it(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "The {a} cabinet backed military maps late on Thursday."
    assert coded_sides(template, pair) == [("AGREE", pair["A"], None)]
    assert coded_sides("{B} backed the maps on Thursday.", pair) == [("SUPPORT", pair["B"], None)]


def test_forces_kept_where_they_are(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{A} will keep its forces in the border zone even during the first phase, {PA} said."
    assert coded_sides(template, pair) == [("REJECT", pair["A"], None)]


@pytest.mark.parametrize("noun", ["rallies", "demonstrations"])
def test_demonstrations_and_rallies_by_someone(coded_sides, pair, noun) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides(f"The capital saw {noun} by {{b}} students on Sunday.", pair) == \
        [("PROTEST", f"{pair['b']} students", None)]


@pytest.mark.parametrize("template", [
    "{B} denied any role after {A} accused it of firing the rocket.",
    "{B} denied responsibility for the shelling, which {A} had pinned on it.",
])
def test_it_charged_is_not_its_clauses_subject(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    assert sorted(coded_sides(template, pair)) == \
        [("ACCUSE", pair["A"], pair["B"]), ("REJECT", pair["B"], None)]


def test_a_meeting_before_or_after_a_planned_act_is_planned(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "After a Monday meeting with {PB} in the capital, {PA} is set to fly on to Geneva."
    assert ("AGREE", pair["PA"], pair["PB"]) in coded_sides(template, pair)


@pytest.mark.parametrize(("text", "holder"), [
    ("Qatar's head of government met Benny Gantz in Paris.", "Mohammed bin Abdulrahman Al Thani"),
    ("Egypt's head of state met Benny Gantz in Cairo.", "Abdel Fattah al-Sisi"),
])
def test_a_head_of_government_or_state_is_its_holder(coded, text, holder) -> None:  # type: ignore[no-untyped-def]
    assert [e[1] for e in coded(text)] == [holder]


def test_a_verb_tagged_as_a_noun_after_a_modal(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} would not countenance leaving the border zone, not even for the first phase of 42 days."
    assert coded_sides(template, pair) == [("REJECT", pair["PA"], None)]
