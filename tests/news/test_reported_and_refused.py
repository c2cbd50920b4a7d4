"""General rules of the fourteenth round, each on sentences of its own (none from a gold set), with the
sides swapped where there are two:

- refusing verbs that share CAMEO's block of "deny" reject, whatever their object ("rejected any
  presence"), while "denied the presence" stays a denial, no event;
- a warning of a danger is a warning (THREATEN), as "warned that" is;
- objections raised are a rejection;
- "was said / reported / believed to have" reports the act as fact;
- a condition written with inversion ("should X accept") leaves the clause before it asserted;
- weapons arriving somewhere are delivered aid; weapons "from" a state are that state's;
- the named object of a threatened act is the threat's target;
- "called on by X to" appeals, as "X called on" does;
- a passive verb coordinated with a clause ("rejected the plan but was criticized by X") has the
  clause's subject as target;
- a participle after an agreement saying what it does ("signed an accord, ending the war") is no act.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("a", "b"), [("Greece", "Turkey"), ("Turkey", "Greece")])
@pytest.mark.parametrize("verb", ["rejected", "refused", "declined"])
def test_refusing_any_presence_rejects_it(coded, a: str, b: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    assert [t for t, _, _ in coded(f"{a} {verb} any military presence near the islands.")] == \
        ["REJECT"]
    assert coded(f"{a} {verb} any military presence near the islands.")[0][1] == a


def test_denying_a_presence_is_no_rejection(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Serbia denied the presence of its troops in the villages.") == []


@pytest.mark.parametrize(("a", "b"), [("Ethiopia", "Eritrea"), ("Eritrea", "Ethiopia")])
def test_a_warning_of_a_danger_is_a_threat(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} warned of the risk of a war with {b}.")[0][:2] == ("THREATEN", a)
    assert coded(f"{a} warned of catastrophe.")[0][:2] == ("THREATEN", a)


@pytest.mark.parametrize(("a", "b"), [("Sudan", "Egypt"), ("Egypt", "Sudan")])
def test_objections_raised_reject(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} raised objections to the dam plan of {b}.")[0][:2] == ("REJECT", a)


@pytest.mark.parametrize("frame", ["was said to have", "was reported to have", "is believed to have"])
@pytest.mark.parametrize(("a", "b"), [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
def test_a_raised_report_is_told_as_fact(coded, frame: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} {frame} rejected the offer from {b}.")[0][:2] == ("REJECT", a)


def test_a_raised_wish_is_no_report(coded) -> None:  # type: ignore[no-untyped-def]
    """Only verbs of saying and belief raise: "was forced to" is no report of the act."""
    assert all(t != "REJECT" for t, _, _ in coded("Armenia wanted to reject the offer."))


@pytest.mark.parametrize(("a", "b"), [("Serbia", "Kosovo"), ("Kosovo", "Serbia")])
def test_an_inverted_condition_leaves_the_threat_asserted(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    events = coded(f"{a} threatened to walk out of the talks should {b} accept the plan.")
    assert ("THREATEN", a) in [(t, s) for t, s, _ in events]
    assert all(t != "AGREE" for t, _, _ in events)  # the condition is no agreement


@pytest.mark.parametrize(("a", "b"), [("Poland", "Ukraine"), ("Germany", "Lithuania")])
def test_weapons_arriving_are_aid_from_their_state(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"The first tanks from {a} arrived in {b} on Friday.") == [("AID", a, b)]


def test_warships_from_several_states_are_all_of_them(coded) -> None:  # type: ignore[no-untyped-def]
    events = coded("Warships from Japan, India and France held joint drills on Sunday.")
    assert [(t, set(s)) for t, s, _ in events] == [("COOPERATE", {"Japan", "India", "France"})]


@pytest.mark.parametrize(("a", "b"), [("Viktor Orban", "Robert Fico"), ("Robert Fico", "Viktor Orban")])
def test_the_named_object_of_a_threat_is_its_target(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} threatened to quit the alliance and topple {b}.")[0][0] == "THREATEN"
    assert coded(f"{a} threatened to quit the alliance and topple {b}.")[0][2] == b
    assert coded(f"{a} threatened to topple the government.")[0][2] is None  # no one named


@pytest.mark.parametrize(("a", "b"), [("Ghana", "Togo"), ("Togo", "Ghana")])
def test_called_on_in_the_passive_is_an_appeal(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(f"{a} was called on by {b} to release the detainees.")[0][:2] == ("REQUEST", b)


@pytest.mark.parametrize(("a", "b"), [("Ghana", "Togo"), ("Togo", "Ghana")])
def test_a_passive_conjunct_shares_the_subject_as_its_target(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    events = coded(f"{a} rejected the plan but was criticized by {b}.")
    assert ("ACCUSE", b, a) in events and ("REJECT", a, None) in events


@pytest.mark.parametrize(("a", "b"), [("Ghana", "Togo"), ("Togo", "Ghana")])
def test_what_an_agreement_does_is_no_other_act(coded, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    """"signed a peace accord, ending the war": the accord's effect; a fronted participle is an act."""
    events = coded(f"{a} and {b} signed a peace accord on Friday, ending ten years of war.")
    assert [(t, set(s)) for t, s, _ in events] == [("AGREE", {a, b})]
    events = coded(f"Rejecting a full truce, {a} agreed on Tuesday to a pause in strikes on {b}.")
    assert [t for t, _, _ in events] == ["REJECT", "AGREE"]
