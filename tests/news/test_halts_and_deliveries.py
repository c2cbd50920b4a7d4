"""General rules on halting, leaving and delivering, each on sentences of its own (none from a gold set),
with the sides swapped:

- a halt called, announced or ordered to talks suspends them (SANCTION), as a halt to fighting is a truce;
- leaving or pulling out of a truce reduces relations (SANCTION), as leaving a deal does;
- reducing one's troop presence de-escalates (RETREAT);
- "fly" takes its object's meaning: a joint patrol flown is cooperation, aid flown is aid;
- a verb telling the course of talks ("broke up", "resumed") is no act: the talks were held;
- reaching a named place is a trip there, its host the target unless the trip has a purpose (a venue);
- a truce "starting on" a day is still one side's declared truce; names put to a text sign it; a party
  endorsing its own truce "with" another agrees to it;
- doses, tons and shipments of goods are the goods; a loan approved is aid, a proposal approved agreed;
- a resignation handed, tendered or submitted concedes (CAMEO 083); staying where one is is no act.
"""

from __future__ import annotations

import pytest

SIDES = [("Serbia", "Kosovo"), ("Kosovo", "Serbia")]




@pytest.mark.parametrize(("a", "b"), SIDES)
@pytest.mark.parametrize("verb", ["called", "announced", "ordered"])
def test_a_halt_to_talks_suspends_them(coded, a: str, b: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} {verb} a halt to the negotiations with {b}.")[0][:2] == ("SANCTION", a)


@pytest.mark.parametrize(("a", "b"), SIDES)
@pytest.mark.parametrize("verb", ["pulled out of", "withdrew from"])
def test_leaving_a_truce_reduces_relations(coded, a: str, b: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} {verb} the truce on Monday.")[0][:2] == ("SANCTION", a)


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_a_reduced_troop_presence_is_a_retreat(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    events = coded(f"{a} reduced its troop presence near the border with {b}.")
    assert events[0][:2] == ("RETREAT", a)


@pytest.mark.parametrize(("a", "b"), [("Chinese", "Russian"), ("Russian", "Chinese")])
def test_a_joint_patrol_flown_is_cooperation(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    events = coded(f"{a} and {b} bombers flew a joint patrol near Alaska.")
    assert [(t, set(s)) for t, s, _ in events] == [("COOPERATE", {"China", "Russia"})]


@pytest.mark.parametrize(("a", "b"), [("Japan", "Nepal"), ("India", "Sri Lanka")])
def test_doses_flown_are_aid(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} flew a million doses of vaccine to {b}.") == [("AID", a, b)]


@pytest.mark.parametrize(("a", "b"), SIDES)
@pytest.mark.parametrize("verb", ["broke up", "collapsed", "resumed", "stalled"])
def test_the_course_of_talks_says_they_were_held(coded, a: str, b: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    """"Talks ... broke up": no attack (CAMEO's "break"); the talks between the two were held."""
    events = coded(f"Talks between {a} and {b} {verb} in Brussels on Sunday.")
    assert [(t, set(s)) for t, s, _ in events] == [("CONSULT", {a, b})]


def test_relatives_of_the_hostages_are_the_hostages_families(coded) -> None:  # type: ignore[no-untyped-def]
    events = coded("Relatives of the hostages urged Israel to accept the deal.")
    assert events[0][:2] == ("REQUEST", "Hostages' families")


@pytest.mark.parametrize(("a", "place", "host"),
                         [("Serbia", "Brussels", "Belgium"), ("Kosovo", "Vienna", "Austria")])
def test_reaching_a_place_is_a_trip_there(coded, a: str, place: str, host: str) -> None:  # type: ignore[no-untyped-def]
    """"reached Vienna": a visit with its host; "reached Vienna to hold talks": the talks' venue, no host."""
    assert coded(f"Negotiators from {a} reached {place} on Monday.") == [("CONSULT", a, host)]
    assert coded(f"Negotiators from {a} reached {place} on Monday to hold talks.")[0] == \
        ("CONSULT", a, None)


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_a_truce_announced_from_a_day_is_declared(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    """"a cease-fire starting on Tuesday" says when, not with whom: one side's declared truce."""
    assert coded(f"{a} announced a cease-fire starting on Tuesday.")[0][:2] == ("RETREAT", a)


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_names_put_to_a_declaration_sign_it(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    events = coded(f"The leaders of {a} and {b} put their names to the declaration.")
    assert [(t, set(s)) for t, s, _ in events] == [("AGREE", {a, b})]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_endorsing_ones_own_truce_agrees_to_it(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a}'s cabinet endorsed a truce with {b}.") == [("AGREE", a, b)]
    assert coded(f"Egypt endorsed the truce between {a} and {b}.")[0][0] == "SUPPORT"


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_what_is_approved_says_what_the_approval_is(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    """A loan approved for another is aid; a deal or a proposal approved is agreed to."""
    assert coded(f"{a} approved a loan of two billion dollars for {b}.") == [("AID", a, b)]
    assert coded(f"{a} approved the proposal for a truce.")[0][:2] == ("AGREE", a)
    assert coded(f"{a} approved the deal with {b}.")[0][:2] == ("AGREE", a)


@pytest.mark.parametrize("verb", ["handed", "tendered", "submitted"])
def test_a_resignation_handed_in_concedes(coded, verb: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"Michel Barnier {verb} his resignation to Emmanuel Macron.")[0][:2] == \
        ("CONCEDE", "Michel Barnier")


def test_a_yield_from_a_place_has_no_target_there(coded) -> None:  # type: ignore[no-untyped-def]
    """"sent his resignation from Singapore": where it came from, not to whom."""
    assert coded("Gotabaya Rajapaksa sent his resignation from Singapore on Thursday.") == \
        [("CONCEDE", "Gotabaya Rajapaksa", None)]


@pytest.mark.parametrize(("a", "b"), SIDES)
def test_staying_is_no_act(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    """"remained committed to the truce": a state, not an act; but troops that will remain where they are
    refuse to withdraw (a second refusal after the denial; since the fortieth round)."""
    events = coded(f"{a} denied reports of a pullback, saying troops would remain at the border.")
    assert [t for t, _, _ in events] == ["REJECT", "REJECT"]
    assert coded(f"{a} said it remained committed to the truce with {b}.") == []
