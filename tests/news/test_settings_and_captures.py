"""Fronted settings, attacks received, places taken, acronyms and exhortations, on sentences of
their own (none from a gold set), with label swaps:

- a list of names after a fronted place or time ("In Geneva, Russia, Iran and Turkey signed") is
  the subject, though the parser joins it to the setting's noun; one name after a setting without
  a comma of its own is left to the other rules;
- "came under Russian shelling": the owner of the attack is its source, also when the parser takes
  the owner for the object of *under*;
- "the town fell to the rebels": the place is taken by force (CAMEO 192), by whom it fell to;
  what falls to a number is no event;
- a common word of the actor dictionary written in capitals is its acronym ("US"), not the word;
- "let us", "let me": an exhortation, nothing let through;
- an arrival's host is the state of the place one arrives in (the destination of a trip, annotation
  rule 5), unless the trip has a purpose of its own (then the place is its venue);
- a threat with no target of its own is against whom the threatened act would be done to, never
  the one a grievance is avenged for;
- forces or a state leaving ground they hold withdraw (CAMEO 087); leaving a named city travels;
- a truce or treaty as subject names no actor by its place ("the Lebanon truce took effect");
- "the group" a member of a group speaks of is his own group, where the dictionary files him under
  the group's own code;
- talks opened or begun, counted ("two days of talks") or not, are held; the heads or chiefs of
  bodies stand for their states; a visitor received or welcomed, told from the visitor, makes the
  visit (CAMEO 042), told from the host, is hosted (043);
- a population named by a demonym of two words ("South Koreans", "Sri Lankans") is found, and the
  public gathering, converging or massing protests (141) where officials would meet;
- relief teams or goods dispatched or flown to a state are aid (073); forces moved, rushed or
  shifted are a deployment (154), forces put on alert or readiness raise their alert (152).
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 6, 3)
TRIOS = [("Russia", "Iran", "Turkey"), ("Turkey", "Russia", "Iran"), ("Kenya", "Uganda", "Tanzania")]


def _coded(pipeline, text: str) -> list[tuple[str, object, object, object]]:  # type: ignore[no-untyped-def]
    return [(e.event_type, e.source, e.target, e.cameo_code) for e in pipeline.ingest(text, DAY).events]


@pytest.mark.parametrize(("a", "b", "c"), TRIOS)
@pytest.mark.parametrize("setting", ["In Geneva", "In Astana on Thursday", "On Monday"])
def test_a_list_after_a_fronted_setting_is_the_subject(  # type: ignore[no-untyped-def]
        pipeline, a: str, b: str, c: str, setting: str) -> None:
    coded = _coded(pipeline, f"{setting}, {a}, {b} and {c} signed a memorandum.")
    assert [(kind, source) for kind, source, _, _ in coded] == [("AGREE", (a, b, c))]


DEMONYMS = {"Russia": "Russian", "Ukraine": "Ukrainian", "Armenia": "Armenian", "Azerbaijan": "Azerbaijani"}


@pytest.mark.parametrize(("a", "b"), [("Russia", "Ukraine"), ("Ukraine", "Russia"), ("Armenia", "Ukraine")])
def test_an_attack_received_is_the_attackers(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    demonym = DEMONYMS
    for text in (f"{demonym[b]} positions came under {demonym[a]} shelling overnight.",
                 f"{demonym[b]} positions came under heavy {demonym[a]} shelling overnight.",
                 f"{demonym[b]} positions came under fire from {a} on Monday."):
        coded = _coded(pipeline, text)
        assert [(kind, source) for kind, source, _, _ in coded] == [("ASSAULT", a)], text


@pytest.mark.parametrize(("place", "taker", "source"), [
    ("The town of Kidal", "Malian troops", "Mali"),
    ("The border town", "the rebels", "Rebels"),
    ("Goma", "M23 rebels", "M23"),
    ("The city", "Islamic State fighters", "Islamic State"),
])
def test_a_place_that_fell_to_an_armed_actor_was_taken(pipeline, place: str, taker: str, source: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{place} fell to {taker} on Tuesday.")
    assert [(kind, src, code) for kind, src, _, code in coded] == [("COERCE", source, "192")]


@pytest.mark.parametrize("text", ["Unemployment fell to 5 percent in March.",
                                  "The death toll fell to twelve after a recount."])
def test_falling_to_a_number_is_no_event(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, text) == []


@pytest.mark.parametrize("partner", ["France", "Japan"])
def test_us_in_capitals_is_the_united_states(pipeline, partner: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"US and {partner} officials held talks in Geneva on Sunday.")
    assert [(kind, source) for kind, source, _, _ in coded] == [("CONSULT", ("United States", partner))]
    assert _coded(pipeline, f"{partner} held talks with US officials in Jeddah.")[0][:3] == \
        ("CONSULT", partner, "United States")


def test_us_as_a_pronoun_is_no_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "They told us the talks would resume.") == []


@pytest.mark.parametrize("a", ["Iran", "Venezuela"])
def test_let_us_is_an_exhortation(pipeline, a: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"Let us be clear, the minister said, {a} will not accept the deal.")
    assert not any(kind == "CONCEDE" for kind, *_ in coded)


@pytest.mark.parametrize(("visitor", "city", "host"), [("Antony Blinken", "Beijing", "China"),
                                                       ("Wang Yi", "Washington", "United States"),
                                                       ("Sergei Lavrov", "Ankara", "Turkey")])
def test_an_arrival_is_hosted_by_the_state_arrived_in(pipeline, visitor: str, city: str, host: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{visitor} arrived in {city} on Sunday.")
    assert [(kind, source, target) for kind, source, target, _ in coded] == [("CONSULT", visitor, host)]


def test_an_arrival_for_talks_is_at_their_venue(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, "Russian negotiators arrived in Ankara for talks on the grain deal.")
    assert all(target is None for _, _, target, _ in coded)


@pytest.mark.parametrize(("a", "b"), [("Brazil", "Argentina"), ("Argentina", "Brazil"), ("China", "Japan")])
def test_a_threat_is_against_whom_the_act_threatened_is_done_to(pipeline, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    for text in (f"{a} threatened to impose tariffs on {b}.", f"{a} threatened to cut gas supplies to {b}.",
                 f"{a} vowed to retaliate against {b}'s military drills."):
        assert [(kind, source, target) for kind, source, target, _ in _coded(pipeline, text)] == \
            [("THREATEN", a, b)], text


def test_a_grievance_avenged_is_no_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, "Iran vowed to retaliate for the killing of Ismail Haniyeh.")
    assert [(kind, target) for kind, _, target, _ in coded] == [("THREATEN", None)]


@pytest.mark.parametrize(("a", "forces"), [("Russia", "Russian troops"), ("Israel", "Israeli soldiers"),
                                          ("Armenia", "Armenian forces")])
def test_forces_that_leave_ground_withdraw(pipeline, a: str, forces: str) -> None:  # type: ignore[no-untyped-def]
    for text in (f"{forces} left the villages they occupied on Tuesday.",
                 f"{forces} left the city on Friday.", f"{a} vacated the border zone on Monday."):
        coded = _coded(pipeline, text)
        assert [(kind, code) for kind, _, _, code in coded] == [("RETREAT", "087")], text


@pytest.mark.parametrize("a", ["Israel", "Russia"])
def test_refusing_to_leave_ground_is_a_refusal(pipeline, a: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"The prime minister said that {a} would not leave the corridor.")
    assert [(kind, source) for kind, source, _, _ in coded] == [("REJECT", a)]


def test_leaving_a_named_city_is_travel(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Antony Blinken left Cairo on Tuesday.") == []


@pytest.mark.parametrize("place", ["Lebanon", "Gaza", "Sudan"])
def test_a_truce_as_subject_names_no_actor(pipeline, place: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, f"Families began to head home after the {place} truce took effect.") == []
    assert _coded(pipeline, f"A {place} cease-fire offers the best way to prevent a wider war.") == []


@pytest.mark.parametrize("member", ["Osama Hamdan", "Khalil al-Hayya", "Basem Naim"])
@pytest.mark.parametrize(("wording", "kind"), [("the group had accepted the proposal", "AGREE"),
                                               ("the movement rejected the proposal", "REJECT")])
def test_the_group_of_a_member_who_speaks_is_his_own(pipeline, member: str, wording: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    """A member of a group whose dictionary code is the group's own: "the group" he speaks of is it."""
    coded = _coded(pipeline, f"Hamas official {member} said {wording}.")
    assert [(k, source) for k, source, _, _ in coded] == [(kind, "Hamas")]


@pytest.mark.parametrize(("host", "guest"), [("Abdel Fattah al-Sisi", "Antony Blinken"),
                                             ("Antony Blinken", "Abdel Fattah al-Sisi")])
def test_a_verb_read_as_a_modifier_between_two_names(pipeline, host: str, guest: str) -> None:  # type: ignore[no-untyped-def]
    """"Sisi hosted Blinken": the parser reads *hosted* as an adjective of the second name."""
    coded = _coded(pipeline, f"{host} hosted {guest} in El Alamein on Tuesday.")
    assert [(kind, source, target) for kind, source, target, _ in coded] == [("CONSULT", host, guest)]


@pytest.mark.parametrize(("a", "group"), [("Israel", "Hezbollah"), ("Colombia", "National Liberation Army")])
@pytest.mark.parametrize("denier", ["the group", "{group}"])
def test_a_denial_in_a_relative_clause_is_told(pipeline, a: str, group: str, denier: str) -> None:  # type: ignore[no-untyped-def]
    """", which the group denied": an act told beside the charge, by the group named last."""
    text = f"{a} blamed {group} for the attack on the border post, which {denier.format(group=group)} denied."
    coded = [(kind, source) for kind, source, _, _ in _coded(pipeline, text)]
    assert coded == [("ACCUSE", a), ("REJECT", group)]


@pytest.mark.parametrize(("a", "b"), [("Qatar", "Egypt"), ("Kenya", "Ethiopia")])
@pytest.mark.parametrize("verb", ["opened two days of talks", "began a second round of talks", "held talks"])
def test_talks_opened_counted_or_not_are_held(pipeline, a: str, b: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"Negotiators from {a} and {b} {verb} in Geneva on Thursday.")
    assert [(kind, source) for kind, source, _, _ in coded] == [("CONSULT", (a, b))]


@pytest.mark.parametrize(("a", "b"), [("Egypt", "Qatar"), ("Qatar", "Egypt")])
@pytest.mark.parametrize("heads", ["The spy chiefs of {a} and {b}", "The heads of {a} and {b}"])
def test_heads_of_bodies_stand_for_their_states(pipeline, a: str, b: str, heads: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, heads.format(a=a, b=b) + " met in Paris on Sunday.")
    assert [(kind, source) for kind, source, _, _ in coded] == [("CONSULT", (a, b))]


@pytest.mark.parametrize(("visitor", "host"), [("Fumio Kishida", "Joe Biden"), ("Joe Biden", "Xi Jinping")])
def test_a_visitor_received_is_the_hosts_act_in_either_voice(pipeline, visitor: str, host: str) -> None:  # type: ignore[no-untyped-def]
    """"X received Y" and "Y was received by X" tell one act, coded alike: the host's hosting (043),
    as "was hosted by" is (the passive of receiving was once coded as the visitor's visit, 042, which
    made a paraphrase in the other voice code another event)."""
    for verb in ("received", "welcomed"):
        passive = _coded(pipeline, f"{visitor} was {verb} by {host} at the palace on Wednesday.")
        active = _coded(pipeline, f"{host} {verb} {visitor} at the palace on Wednesday.")
        assert passive == active == [("CONSULT", host, visitor, "043")]
    hosted = _coded(pipeline, f"{visitor} was hosted by {host} at the palace on Wednesday.")
    assert hosted == [("CONSULT", host, visitor, "043")]


def test_welcoming_a_member_or_a_decision_is_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Egypt welcomed the agreement on Tuesday.")[0][:2] == ("SUPPORT", "Egypt")
    assert all(kind != "CONSULT" for kind, *_ in
               _coded(pipeline, "The bloc welcomed Finland as its newest member on Tuesday."))


@pytest.mark.parametrize(("group", "state"), [("ELN", "Colombia"), ("Rapid Support Forces", "Sudan"),
                                              ("Arakan Army", "Myanmar")])
@pytest.mark.parametrize("template", ["Government and {group} negotiators opened talks in Geneva on Monday.",
                                      "{group} and government negotiators opened talks in Geneva on Monday.",
                                      "The government and the {group} held talks in Geneva on Monday."])
def test_a_government_beside_a_group_is_the_groups_state(  # type: ignore[no-untyped-def]
        pipeline, group: str, state: str, template: str) -> None:
    coded = _coded(pipeline, template.format(group=group))
    assert len(coded) == 1 and coded[0][0] == "CONSULT" and state in coded[0][1]


@pytest.mark.parametrize("leader", ["Vladimir Putin", "Volodymyr Zelensky"])
def test_a_truce_announced_while_ordering_it_is_one_act(pipeline, leader: str) -> None:  # type: ignore[no-untyped-def]
    """The participle retells the act the order codes ("Announcing a truce, X ordered troops to stop")."""
    text = f"Announcing an Easter cease-fire, {leader} ordered the troops to stop all military activity."
    assert [kind for kind, *_ in _coded(pipeline, text)] == ["RETREAT"]


POPULATIONS = [("South Koreans", "KOR"), ("Sri Lankans", "LKA"), ("Peruvians", "PER")]


@pytest.mark.parametrize(("people", "state"), POPULATIONS)
@pytest.mark.parametrize("verb", ["rallied", "gathered", "converged"])
def test_a_population_that_gathers_protests(pipeline, people: str, state: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    """A population named by a demonym of one or two words; crowding by the public is a protest."""
    text = f"Tens of thousands of {people} {verb} outside parliament on Saturday."
    events = pipeline.ingest(text, DAY).events
    assert [(e.event_type, e.source, e.source_code) for e in events] == [("PROTEST", people, state + "CVL")]


def test_officials_who_gather_meet(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, "Foreign ministers of Egypt and Jordan gathered in Cairo on Sunday.")
    assert coded[0][0] == "CONSULT"


@pytest.mark.parametrize(("a", "b"), [("Algeria", "Libya"), ("Kenya", "Pakistan")])
@pytest.mark.parametrize("wording", ["dispatched rescue teams and medical supplies to",
                                     "flew tents and food to"])
def test_relief_sent_is_aid(pipeline, a: str, b: str, wording: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, f"{a} {wording} {b} on Wednesday.")
    assert [(kind, source, target) for kind, source, target, _ in coded] == [("AID", a, b)]


@pytest.mark.parametrize("a", ["Poland", "India"])
@pytest.mark.parametrize(("text", "code"), [
    ("{a} moved troops and equipment to the border.", "154"),
    ("{a} rushed extra troops and tanks to the frontier.", "154"),
    ("{a} put its army on the highest level of combat readiness.", "152"),
    ("{a} placed its forces on high alert.", "152"),
])
def test_forces_moved_or_alerted_mobilise(pipeline, a: str, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(pipeline, text.format(a=a))
    assert [(kind, source, c) for kind, source, _, c in coded] == [("MOBILIZE", a, code)]


def test_moving_anything_else_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _coded(pipeline, "Guatemala moved its embassy to Jerusalem.") == []


@pytest.mark.parametrize("leader", ["Trump", "Xi Jinping"])
def test_a_verb_read_as_a_modifier_of_the_names_object(pipeline, leader: str) -> None:  # type: ignore[no-untyped-def]
    """"Trump imposed sweeping tariffs": the parser makes the name the root and *imposed* an adjective."""
    coded = _coded(pipeline, f"{leader} imposed sweeping tariffs on imports from dozens of countries.")
    assert [kind for kind, *_ in coded] == ["COERCE"] and coded[0][1] != "Tariffs"
