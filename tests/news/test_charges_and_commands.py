"""Charges of breach, commands to others and the verb *sanction*, on sentences of their own (none
from a gold set), in several conflicts and wordings, with label swaps:

- a breach of a truce, treaty or deal that one actor says another committed is the first one's
  charge against the second (CAMEO 112, ACCUSE), however the saying is told (a complement of
  *said*, trailing *X said*, *according to X*, a participle *saying*); told as a fact, with no one
  saying it, it stays the breach (CAMEO 196, ASSAULT); a verb that is a charge itself (*charging
  that*, *complained that*) is against the one in breach;
- a verb of command with an object and an infinitive (*told Kenya to stop*) is a demand on that
  object (CAMEO 100, REQUEST), as *ordered* is; an order to one's own forces is never a demand
  (the act ordered is the orderer's, and one not coded is no event);
- *sanctioned X* imposes sanctions (CAMEO 163, COERCE in the crosswalk), active or passive;
- dismissing or denying a claim, a report or a remark rejects it (CAMEO 12), dismissing an official
  is no event; blocking a resolution, a demand or aid rejects it (a veto), not a blockade;
- extending or renewing a truce or a deal agrees to it (057); refusing to rejects it; finalising,
  concluding or sealing one, or its text, or putting one's signature to it, reaches it (057);
- calling something an offence ("a war crime", "state terrorism") is a charge (CAMEO 111), calling
  it anything else is a view;
- expelling an ambassador cuts relations (161), as expelling diplomats does; a joint patrol is
  military cooperation (062);
- a name taken off a list of terrorist organisations eases sanctions (085); a video or a statement
  released is no release of people; "the last of its troops" are its troops; talks adjourned are
  suspended (16);
- a decree signed does what it says (its content is the signer's act), the signing is no agreement;
  joining an alliance is no meeting, leaving one cuts relations (16); voting a deal down rejects it;
- a protest is against whom it is against, or whose resignation it demands;
- a call for someone to act is a request of them; giving up a demand yields it; a proposal put on
  the table is proposed (045); "a barrage of hundreds of rockets" counts the rockets; any people set
  free or handed over are released (084); a deal brokered between parties is also their agreement;
  accepting a halt to an offensive promises no force.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2023, 3, 14)
PAIRS = [("Ukraine", "Russia"), ("Russia", "Ukraine"), ("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")]


def _coded(pipeline, text: str) -> list[tuple[str, object, object, object]]:  # type: ignore[no-untyped-def]
    return [(e.event_type, e.source, e.target, e.cameo_code) for e in pipeline.ingest(text, DAY).events]


@pytest.mark.parametrize(("a", "b"), PAIRS)
@pytest.mark.parametrize("template", [
    "{a} said {b} had violated the cease-fire dozens of times.",
    "{b} violated the truce overnight, {a} said.",
    "According to {a}, {b} breached the agreement on Sunday.",
    "{a} said on Monday that {b} had broken the truce.",
])
def test_a_breach_one_side_reports_is_its_charge(pipeline, a: str, b: str, template: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, template.format(a=a, b=b)) == [("ACCUSE", a, b, "112")]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_participle_of_saying_charges_the_one_in_breach(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{a} suspended the talks, saying {b} had violated the truce.")
    assert ("ACCUSE", a, b, "112") in coded
    assert not any(kind == "ASSAULT" for kind, *_ in coded)


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_charge_that_is_an_accusation_is_against_the_one_in_breach(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{a} complained that {b} had violated the cease-fire.")
    assert [(kind, source, target) for kind, source, target, _ in coded] == [("ACCUSE", a, b)]


@pytest.mark.parametrize("b", ["Russia", "Azerbaijan"])
def test_a_breach_told_as_a_fact_stays_the_breach(pipeline, b: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{b} violated the cease-fire on Monday.") == [("ASSAULT", b, None, "196")]


def test_a_breach_the_speaker_admits_is_no_charge(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Who says they broke the truce themselves accuses no one."""
    coded = _coded(pipeline, "Russia said it had violated the cease-fire by mistake.")
    assert not any(kind == "ACCUSE" for kind, *_ in coded)


@pytest.mark.parametrize(("a", "b"), [("Kenya", "Uganda"), ("Uganda", "Kenya"), ("Germany", "Russia")])
@pytest.mark.parametrize("template", [
    "{a} told {b} to stop the shipments.",
    "{a} told {b} on Friday to respect the border agreement.",
    "{a} instructed {b} to withdraw its ambassador.",
])
def test_a_command_to_another_is_a_demand(pipeline, a: str, b: str, template: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, template.format(a=a, b=b)) == [("REQUEST", a, b, "100")]


@pytest.mark.parametrize("text", [
    "Kenya told reporters that the talks would resume.",
    "The minister told parliament the truce was holding.",
])
def test_telling_without_an_infinitive_is_saying(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, text) == []


@pytest.mark.parametrize("verb", ["ordered", "told", "instructed"])
def test_an_order_to_ones_own_forces_is_no_demand(pipeline, verb: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"Russia {verb} its troops to keep fighting.")
    assert not any(kind == "REQUEST" for kind, *_ in coded)


@pytest.mark.parametrize(("a", "b"), [("United States", "Mali"), ("European Union", "Belarus"),
                                     ("United Kingdom", "Russia")])
def test_sanctioned_imposes_sanctions(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    active = _coded(pipeline, f"The {a} sanctioned {b} on Monday over the crackdown.")
    passive = _coded(pipeline, f"{b} was sanctioned by the {a} on Monday over the crackdown.")
    assert active == passive == [("COERCE", a, b, "163")]


@pytest.mark.parametrize(("a", "b"), [("Turkey", "Sweden"), ("Sweden", "Turkey"), ("Germany", "Russia")])
def test_told_not_to_expect_is_a_refusal(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    """What one is told to expect or count on is what the speaker will do: told not to, refused."""
    assert _coded(pipeline, f"{a} told {b} not to expect its support.") == [("REJECT", a, b, "120")]
    assert _coded(pipeline, f"{a} told {b} to expect a decision by Friday.") == []


@pytest.mark.parametrize(("a", "b"), [("India", "Canada"), ("Canada", "India"), ("Guyana", "Venezuela")])
@pytest.mark.parametrize("thing", ["allegations", "remarks", "referendum"])
def test_dismissing_a_claim_rejects_it(pipeline, a: str, b: str, thing: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{a} dismissed {b}'s {thing} on Tuesday as absurd.")
    assert [(kind, source, target) for kind, source, target, _ in coded] == [("REJECT", a, b)]


@pytest.mark.parametrize("a", ["Ukraine", "Sudan"])
def test_denying_reports_rejects_them(pipeline, a: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{a} denied on Monday reports that it had agreed to withdraw its forces.")
    assert [(kind, source) for kind, source, _, _ in coded] == [("REJECT", a)]


@pytest.mark.parametrize("text", ["Kenyan President William Ruto dismissed his entire cabinet.",
                                  "The president dismissed the army chief on Monday."])
def test_dismissing_officials_is_no_event(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, text) == []


@pytest.mark.parametrize("a", ["Hungary", "Poland", "Russia"])
@pytest.mark.parametrize("thing", ["a Security Council resolution on the war",
                                   "fifty billion euros of European Union aid for the region"])
def test_blocking_a_text_or_aid_rejects_it(pipeline, a: str, thing: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{a} blocked {thing} on Friday.")
    assert [(kind, source, code) for kind, source, _, code in coded][:1] == [("REJECT", a, "120")]


@pytest.mark.parametrize("a", ["Russia", "Turkey"])
@pytest.mark.parametrize("verb", ["extend", "renew"])
def test_extending_a_deal_agrees_and_refusing_rejects(pipeline, a: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{a} agreed to {verb} the grain deal by sixty days.")[0][:2] == ("AGREE", a)
    assert _coded(pipeline, f"{a} said on Monday it would not {verb} the grain deal.")[0][:2] == ("REJECT", a)


@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia"),
                                     ("Eritrea", "Ethiopia")])
@pytest.mark.parametrize("template", ["{a} and {b} said they had finalised the text of a peace treaty.",
                                      "{a} and {b} sealed a peace deal on Friday.",
                                      "{a} and {b} put their signatures to a peace framework in Doha."])
def test_finalising_or_signing_a_deal_agrees(pipeline, a: str, b: str, template: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, template.format(a=a, b=b))
    assert [(kind, source) for kind, source, _, _ in coded] == [("AGREE", (a, b))]


def test_completing_a_step_of_a_deal_is_no_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, "Completing a step of the peace deal, Indonesia pulled its troops out of Aceh.")
    assert all(kind != "AGREE" for kind, *_ in coded)


@pytest.mark.parametrize("a", ["Hamas", "Qatar", "Ukraine"])
@pytest.mark.parametrize("wording", ["called the decision cheap blackmail and a war crime",
                                     "described the strike as state terrorism"])
def test_calling_something_an_offence_is_a_charge(pipeline, a: str, wording: str) -> None:  # type: ignore[no-untyped-def]
    assert [(kind, source) for kind, source, _, _ in _coded(pipeline, f"{a} {wording}.")] == [("ACCUSE", a)]


def test_calling_something_else_is_a_view(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Russia called the invasion a special military operation.") == []


@pytest.mark.parametrize(("a", "b", "demonym"), [("Niger", "France", "French"),
                                                 ("Lithuania", "Russia", "Russian"),
                                                 ("Russia", "Lithuania", "Lithuanian")])
def test_expelling_an_ambassador_cuts_relations(pipeline, a: str, b: str, demonym: str) -> None:  # type: ignore[no-untyped-def]
    """As expelling diplomats does (CAMEO 161, SANCTION); expelling peacekeepers or troops is coercion."""
    coded = _coded(pipeline, f"{a} expelled the {demonym} ambassador on Monday.")
    assert coded == [("SANCTION", a, b, "161")]


@pytest.mark.parametrize(("a", "b"), [("Turkish", "Russian"), ("Russian", "Turkish")])
def test_a_joint_patrol_is_cooperation(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{a} and {b} troops carried out their first joint patrol on Friday.")
    assert [kind for kind, *_ in coded] == ["COOPERATE"]


@pytest.mark.parametrize(("a", "b"), [("Ethiopia", "Tigray People's Liberation Front"),
                                     ("United States", "Cuba")])
def test_taking_a_name_off_a_list_eases_sanctions(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    text = f"The {a} removed {b} from its list of terrorist organisations on Wednesday."
    coded = _coded(pipeline, text if a.startswith("United") else text.removeprefix("The "))
    assert coded == [("RETREAT", a, b, "085")]


@pytest.mark.parametrize("thing", ["a video showing a hostage", "a statement", "footage of the attack"])
def test_releasing_a_video_or_statement_is_no_release(pipeline, thing: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"Hamas released {thing} on Monday.") == []
    assert _coded(pipeline, "Hamas released three hostages on Monday.")[0][:2] == ("RETREAT", "Hamas")


@pytest.mark.parametrize("a", ["Indonesia", "Russia"])
@pytest.mark.parametrize("part", ["the last", "the rest"])
def test_the_last_of_the_troops_are_the_troops(pipeline, a: str, part: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{a} withdrew {part} of its troops from the province on Thursday.")
    assert coded == [("RETREAT", a, None, "0874")]  # military withdrawal, as "withdrew its troops" is


@pytest.mark.parametrize(("a", "b"), [("Saudi Arabia", "Sudan"), ("Kenya", "Somalia")])
def test_talks_adjourned_are_suspended(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{a} adjourned the talks with {b} on Thursday.")[0][:2] == ("SANCTION", a)


@pytest.mark.parametrize(("leader", "state"), [("Donald Trump", "Syria"), ("Joe Biden", "Cuba")])
def test_a_decree_signed_does_what_it_says(pipeline, leader: str, state: str) -> None:  # type: ignore[no-untyped-def]
    """The decree's content is the signer's act; signing a decree is no agreement."""
    text = f"{leader} signed an executive order on Monday ending the sanctions programme on {state}."
    assert _coded(pipeline, text) == [("RETREAT", leader, state, "085")]
    assert _coded(pipeline, f"{leader} signed a new executive order on Monday.") == []


@pytest.mark.parametrize("a", ["Finland", "Sweden"])
def test_joining_an_alliance_is_no_meeting(pipeline, a: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{a} joined NATO on Tuesday.") == []
    assert _coded(pipeline, f"{a} joined the talks in Geneva on Tuesday.")[0][:2] == ("CONSULT", a)


@pytest.mark.parametrize(("people", "leader"), [("Serbians", "Aleksandar Vucic"),
                                                ("Kenyans", "William Ruto")])
def test_a_protest_is_against_whom_it_is_against(pipeline, people: str, leader: str) -> None:  # type: ignore[no-untyped-def]
    """PLOVER's PROTEST names the one protested against: "against X", "against X's plan", or the one
    whose resignation the protest demands."""
    for text in (f"Thousands of {people} staged a protest against President {leader}.",
                 f"Thousands of {people} marched against the budget of President {leader}.",
                 f"Thousands of {people} rallied to demand the resignation of President {leader}."):
        assert [(kind, source, target) for kind, source, target, _ in _coded(pipeline, text)] == \
            [("PROTEST", people, leader)], text


@pytest.mark.parametrize("states", [("Niger", "Mali"), ("Mali", "Burkina Faso")])
def test_leaving_an_international_body_cuts_relations(pipeline, states: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    a, b = states
    coded = _coded(pipeline, f"{a} and {b} announced on Sunday that they were leaving ECOWAS.")
    assert coded == [("SANCTION", (a, b), "ECOWAS", "160")]
    coalition = _coded(pipeline, "Two ministers threatened to quit the coalition.")
    assert all(kind != "SANCTION" for kind, *_ in coalition)


@pytest.mark.parametrize("a", ["Australians", "British lawmakers"])
def test_voting_down_a_deal_rejects_it(pipeline, a: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{a} voted down the proposal on Saturday.")[0][0] == "REJECT"


@pytest.mark.parametrize(("a", "b"), [("Egypt", "Israel"), ("Israel", "Egypt"), ("Kenya", "Somalia")])
def test_a_call_for_someone_to_act_is_a_request_of_them(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{a} called on Thursday for {b} to pull its troops out of the border zone.")
    assert [(kind, source, target) for kind, source, target, _ in coded] == [("REQUEST", a, b)]


@pytest.mark.parametrize("a", ["Hamas", "Serbia"])
def test_giving_up_a_demand_yields_it(pipeline, a: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"{a} gave up its demand for a permanent truce.") == [("CONCEDE", a, None, "080")]
    assert _coded(pipeline, f"{a} kept up its attacks on the border posts.")[0][0] == "ASSAULT"


@pytest.mark.parametrize("a", ["United States", "European Union"])
def test_a_proposal_put_on_the_table_is_proposed(pipeline, a: str) -> None:  # type: ignore[no-untyped-def]
    for text in (f"The {a} put a new proposal on the table on Friday.",
                 f"A bridging proposal was put on the table by the {a} on Friday."):
        assert _coded(pipeline, text)[:1] == [("CONSULT", a, None, "045")], text


def test_a_barrage_of_hundreds_of_rockets_is_an_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, "Hezbollah unleashed a barrage of hundreds of rockets and drones on Sunday.")
    assert [(kind, source) for kind, source, _, _ in coded] == [("ASSAULT", "Hezbollah")]


@pytest.mark.parametrize(("a", "people"), [("Boko Haram", "eighty-two of the kidnapped schoolgirls"),
                                           ("Venezuela", "seven Americans"),
                                           ("Taliban", "Sergeant Bowe Bergdahl")])
def test_people_set_free_or_handed_over_are_released(pipeline, a: str, people: str) -> None:  # type: ignore[no-untyped-def]
    """Any people set free or handed over are released (CAMEO 084, RETREAT), not only hostages."""
    for verb in ("freed", "handed over"):
        coded = _coded(pipeline, f"{a} {verb} {people} on Saturday.")
        assert [(kind, source, code) for kind, source, _, code in coded] == [("RETREAT", a, "084")], verb


@pytest.mark.parametrize("a", ["Israel", "Russia"])
def test_accepting_a_halt_to_an_offensive_is_no_threat(pipeline, a: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{a}'s cabinet voted on Thursday to accept a halt to the offensive.")
    assert coded and all(kind != "THREATEN" for kind, *_ in coded)
    assert _coded(pipeline, f"{a} vowed to keep up its offensive.")[0][0] == "THREATEN"


@pytest.mark.parametrize(("broker", "a", "b"), [("Oman", "United States", "Houthis"),
                                                ("Qatar", "Israel", "Hamas"), ("Qatar", "Hamas", "Israel")])
def test_a_deal_brokered_between_parties_is_theirs_too(pipeline, broker: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{broker} said it had brokered a cease-fire between the {a} and the {b}.")
    assert [(kind, source) for kind, source, _, _ in coded] == [("CONSULT", broker), ("AGREE", (a, b))]
