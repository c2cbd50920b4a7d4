"""General rules for the same act told in other words, each on sentences of its own (none from a gold
set), with the sides swapped:

- an attack named with its doer by *by* ("an attack by X on Y killed ...") is X's, aimed at Y;
- *according to X* gives a later pronoun its antecedent, and makes *would* reported future, as
  *X said* does; *inform*, *assure* and *notify* frame reported speech; *think* and *add* are no acts;
- a noun's author is who made, issued or imposed it, by participle or relative clause alike; who
  signed it is none; a settlement or facility named with its place is a location, no actor;
- an opening "Led by X," phrase is parsed apart, so the clause after it keeps its subject;
- an intention held or denied announces the act or refuses it ("had no intention of leaving");
- *is to* announces an engagement, while a deal's term ("troops are to withdraw") stays uncoded;
- *come* is a verb of arriving; a text taken to a capital is a trip there;
- a force act's direction may hang on its object ("fired rockets and drones toward X");
- the subject of a passive small clause ("would see prisoners freed") is its patient.
"""

from __future__ import annotations

import datetime as dt

import pytest

SIDES = [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")]


@pytest.mark.parametrize(("a", "b"), [("the Houthis", "Israel"), ("Hezbollah", "Israel")])
def test_an_attack_by_a_named_doer(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    place = {"Israel": "Haifa"}[b]
    events = coded(f"A missile attack by {a} on {place} on Monday wounded three people.")
    assert events == [("ASSAULT", a.removeprefix("the ").title(), b)]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_according_to(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"According to {a}, it shelled positions of {b}'s army overnight.")[0][:2] == ("ASSAULT", a)
    assert coded(f"According to {a}, {a} would reject any deal that leaves troops in the region.")[0][:2] == \
        ("REJECT", a)
    assert coded(f"{a}'s president informed the envoy that {a} would not withdraw its troops.")[0][:2] == \
        ("REJECT", a)


def test_thinking_and_adding_are_no_acts(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("The army thinks 40 of the soldiers are dead.") == []
    assert coded("Armenia said the talks had ended, adding that it blamed Azerbaijan for the delay.") == \
        [("ACCUSE", "Armenia", "Azerbaijan")]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_who_made_a_thing_is_its_author_and_who_signed_it_is_not(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} rejected the remarks made by {b}'s foreign minister.")[0][2] is not None
    assert coded(f"{a} rejected the declaration that {b} signed with Georgia.")[0][2] is None
    assert coded(f"{a} rejected the declaration signed by {b} and Georgia.")[0][2] is None


@pytest.mark.parametrize("place", ["the port of Odesa", "the Ukrainian port of Odesa", "the city of Kharkiv"])
def test_a_settlement_named_with_its_place_is_no_actor(coded, place: str) -> None:  # type: ignore[no-untyped-def]
    assert [(t, s, o) for t, s, o in coded(f"Russian drones struck {place} overnight.")] == \
        [("ASSAULT", "Russia", None)]


MINISTERS = [("Armenia", "Ararat Mirzoyan"), ("Azerbaijan", "Jeyhun Bayramov")]


@pytest.mark.parametrize(("a", "minister"), MINISTERS)
def test_an_opening_participle_phrase(coded, a: str, minister: str) -> None:  # type: ignore[no-untyped-def]
    events = coded(f"Led by Foreign Minister {minister}, a delegation from {a} reached Moscow on Friday.")
    assert events == [("CONSULT", a, "Russia")]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_an_intention_held_or_denied(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} has no intention of withdrawing from the border villages, its premier said.")[0][:2] \
        == ("REJECT", a)
    assert coded(f"{a} does not intend to withdraw its troops, its premier said.")[0][:2] == ("REJECT", a)
    assert coded(f"{a} said it had no plans to meet {b}.") == []


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_is_to_announces_an_engagement_not_a_term(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a}'s foreign minister is to travel to Moscow on Friday.")[0][0] == "AGREE"
    assert coded(f"Under the deal, {a}'s troops are to withdraw from the villages within 30 days.") == []


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_coming_and_carrying_a_text_to_a_capital(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"A delegation from {a} came to Moscow on Friday to hear the results.") == \
        [("CONSULT", a, None)]
    assert coded(f"A delegation from {a} took maps of the border to Moscow on Friday.") == \
        [("CONSULT", a, "Russia")]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_a_force_acts_direction_on_its_object(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} launched dozens of rockets and drones toward {b} on Sunday.") == [("ASSAULT", a, b)]


def test_a_passive_small_clause_has_no_agent_in_its_subject(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("According to the mediator, the first phase would see wounded prisoners freed.") == []


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_a_threatened_things_object_and_a_grievance(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a}'s president vowed harsh punishment for {b} on Sunday.")[0][0::2] == ("THREATEN", b)
    assert coded(f"{a}'s president vowed revenge for the death of the general.")[0][2] is None


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_origins_of_coordinated_agents(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    demonym = {"Armenia": "An Armenian", "Azerbaijan": "An Azerbaijani"}[a]
    events = coded(f"{demonym} delegation and officials from {b} held talks in Moscow.")
    assert events[0][0] == "CONSULT" and set(events[0][1]) == {a, b}
    events = coded(f"Negotiators for the government of {a} and {b} signed a truce in Moscow.")
    assert events[0][0] == "AGREE" and set(events[0][1]) == {a, b}


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_a_request_refused_in_apposition(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} urged {b} to withdraw its troops, a request that {b} refused.") == \
        [("REQUEST", a, b), ("REJECT", b, None)]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_recalled_negotiators_and_ratified_deals(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} recalled its negotiators from Moscow on Thursday.")[0][:2] == ("SANCTION", a)
    assert coded(f"{a}'s parliament ratified the peace deal on Friday.") == [("AGREE", a, None)]
    assert coded(f"Georgia endorsed the truce between {a} and {b}.")[0][0] == "SUPPORT"


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_weapons_sent_against_and_replies_handed_over(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} sent dozens of warplanes against {b} on Sunday.") == [("ASSAULT", a, b)]
    assert coded(f"{a} handed its answer over to the mediators on Tuesday.")[0][:2] == ("CONSULT", a)


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_figures_of_speech_and_claims_of_ones_own_acts(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert [t for t, _, _ in coded(f"{a} described the shelling as terrorism, saying it had killed any hope "
                                   "for the talks.")] == ["ACCUSE"]
    assert [t for t, _, _ in coded(f"{a} claimed its strike had killed a general of {b}.")] == ["ASSAULT"]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_one_attack_told_twice(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert len(coded(f"Using some 50 jets, {a} carried out strikes on {b} early on Sunday.")) == 1
    assert len(coded(f"A drone from {a} hit a village in {b} and killed two people.")) == 1


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_talks_wished_for_and_a_gerund_refused(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    events = coded(f"{a} is ready to free the prisoners, though it wants more negotiations.")
    assert [t for t, _, _ in events] == ["CONCEDE"]
    assert [t for t, _, _ in coded(f"{a} ruled out pulling out of the villages, even for the first phase.")] \
        == ["REJECT"]


def test_a_titles_name_hung_on_its_of(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("The head of Mossad, David Barnea, met CIA chief William Burns.")[0][:2] == \
        ("CONSULT", "David Barnea")


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_the_dead_a_question_and_a_reply_delayed(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"Twelve soldiers of {a} died in clashes with {b} on Sunday.") == []
    assert coded(f"Asked on Monday if {b} was serious about a deal, {a}'s president replied: No.") == []
    assert coded(f"{a} delayed its response to give the talks with {b} a chance, its president said.") == []


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_people_sent_back_and_an_attacks_purpose(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} sent twenty children of {b} back to their families.")[0][:2] == ("RETREAT", a)
    assert coded(f"{a} struck a compound in a bid to kill Hun Manet.") == [("ASSAULT", a, "Hun Manet")]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_naming_and_consequences_are_no_acts(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    events = coded(f"Calling the {b} proposal absurd, {a}'s president rejected it.")
    assert [t for t, _, _ in events] == ["REJECT"]
    events = coded(f"{a} appealed for a truce of three months, leading to a lasting peace.")
    assert [t for t, _, _ in events] == ["REQUEST"]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_taking_place_taking_part_and_any_kind(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"The visit of {a}'s president to Moscow took place on Friday.")[0][0] == "CONSULT"
    assert coded(f"Envoys of {a} and {b} took part in the Geneva meeting.")[0][0] == "CONSULT"
    demonym = {"Armenia": "Armenian", "Azerbaijan": "Azerbaijani"}[b]
    assert coded(f"{a} rejected any {demonym} military presence on the border.") == [("REJECT", a, None)]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_an_arm_of_a_state_as_owner(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    demonym = {"Armenia": "Armenian", "Azerbaijan": "Azerbaijani"}[b]
    assert coded(f"{a} condemned the crackdown by {demonym} police.")[0][::2] == ("ACCUSE", b)


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_the_terms_of_a_deal_are_no_acts(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    events = coded(f"{a} approved a deal that would see {b} free 50 prisoners held in the region.")
    assert events == [("AGREE", a, None)]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_a_states_forces_named_by_demonym_and_arm(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    demonym = {"Armenia": "Armenian", "Azerbaijan": "Azerbaijani"}[b]
    text = f"{a} fired rockets at {demonym} military positions on Sunday."
    event = pipeline.ingest(text, dt.date(2025, 3, 4)).events[0]
    forces = {"Armenia": "ARMMIL", "Azerbaijan": "AZEMIL"}[b]
    assert (event.event_type, event.target_code) == ("ASSAULT", forces)


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_conditions_set_remarks_repudiated_claims(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"The new conditions set by {b} were rejected by {a} on Sunday.") == [("REJECT", a, b)]
    assert coded(f"{a} repudiated the remarks of {b}'s president on Tuesday.")[0][:2] == ("REJECT", a)
    assert [t for t, _, _ in coded(f"{a} claims to have killed a general of {b}.")] == ["ASSAULT"]
    assert coded(f"{a}'s defence minister was against the plan.")[0][0] == "REJECT"


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_a_view_argued_and_a_deal_settled(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"Officials of {a} have argued that a truce with {b} is the surest way to peace.") == []
    assert [t for t, _, _ in coded(f"{a} and {b} settled the peace deal in Geneva.")] == ["AGREE"]
