"""The fiftieth round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: a meeting anticipated, as one expected, is announced; talks held by or between parties; an act
reported by its doer; talks stayed or walked away from; praise that praises no one; a title welcomed
with its holder's name; what one hears from another; forces going after targets; the alarm raised; a
particle follows its verb."""

from __future__ import annotations

import datetime as dt


def test_a_meeting_anticipated(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{a} and Qatari mediators are anticipated to meet again with {b} negotiators next week."
    assert coded_sides(template, pair) == [("AGREE", frozenset({pair["A"], "Qatar"}), pair["B"])]
    assert coded_sides("{A} is anticipated to strike {B}.", pair) == []  # a prediction of force is no event


def test_talks_held_by_or_between_parties(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    both = [("CONSULT", frozenset({pair["A"], pair["B"]}), None)]
    assert coded_sides("Talks held in Geneva by {A} and {B} ended on Sunday.", pair) == both
    template = "Talks on a truce held over two days in Geneva by {A} and {B} broke up."
    assert coded_sides(template, pair) == both  # the parser hangs the participle on the topic
    template = "No accord came as a session of talks held in Geneva between {a} and {b} negotiators ended."
    assert coded_sides(template, pair) == both


def test_an_act_reported_by_its_doer(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    for verb in ("reported", "confirmed", "acknowledged"):
        assert coded_sides(f"{{A}} {verb} launching hundreds of rockets at {{B}}.", pair) == [
            ("ASSAULT", pair["A"], pair["B"])]
    assert "ASSAULT" not in [t for t, _, _ in coded_sides("{A} denied launching rockets at {B}.", pair)]


def test_talks_stayed_or_walked_away_from(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} stayed away from the talks in Geneva.", pair) == [("REJECT", pair["A"], None)]
    assert coded_sides("{A} walked away from the negotiations with {B} on Sunday.", pair)[0][:2] == (
        "SANCTION", pair["A"])  # talks halted (CAMEO 164)
    assert coded_sides("{A} stepped away from the talks on Sunday.", pair) == [("SANCTION", pair["A"], None)]
    assert coded_sides("{a} troops stayed away from the border.", pair) == []  # a place: no act


def test_praise_that_praises_no_one(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} valued the corridor above the lives of its soldiers, {B} charged.", pair) == [
        ("ACCUSE", pair["B"], pair["A"])]  # a preference stated, no praise
    assert coded_sides("{A} had valued the corridor more highly than the hostages.", pair) == []
    assert coded_sides("{PA} said he recognised that some in {B} would disagree with the plan.", pair) == []
    assert coded_sides("{PA} praised {B} for its role.", pair) == [("SUPPORT", pair["PA"], pair["B"])]
    assert coded_sides("{PA} recognised {a} sovereignty over the islands.", pair) == [
        ("SUPPORT", pair["PA"], pair["A"])]  # "over" on the object ranks nothing


def test_a_title_welcomed_with_its_holders_name(coded) -> None:  # type: ignore[no-untyped-def]
    day = dt.date(2024, 8, 20)
    assert coded("In El Alamein, Sisi welcomed the U.S. secretary of state, Antony Blinken.", day) == [
        ("CONSULT", "Abdel Fattah al-Sisi", "Antony Blinken")]  # hosting a visit (043)
    assert coded("In Washington, Blinken welcomed the Egyptian president, Abdel Fattah al-Sisi.", day) == [
        ("CONSULT", "Antony Blinken", "Abdel Fattah al-Sisi")]


def test_what_one_hears_from_another(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PB} heard from {PA} that {A} had accepted the plan.", pair) == [
        ("AGREE", pair["A"], None)]  # told, as "{PA} told {PB}" is: the content only
    assert coded_sides("{PB} heard from {PA} on Monday.", pair) == [("CONSULT", pair["PB"], pair["PA"])]


def test_forces_going_after_targets(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    went = coded_sides("{a} jets went after {B} in the south on Sunday.", pair)
    assert went[0][:2] == ("ASSAULT", pair["A"])
    template = "{PA} was shown the maps, after which {PB} went over them."
    assert "ASSAULT" not in [t for t, _, _ in coded_sides(template, pair)]  # "after which": no particle


def test_the_alarm_raised(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    for verb in ("raised", "sounded"):
        assert coded_sides(f"{{PA}} {verb} the alarm about a possible war with {{B}}.", pair)[0][:2] == (
            "THREATEN", pair["PA"])
