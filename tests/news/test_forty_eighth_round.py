"""The forty-eighth round's readings, each on sentences of its own (none from a gold set), with the sides
swapped where a rule reads any state: a main clause summed up by a supplementary noun of any verb; a
particle read as a preposition; red lines laid down; a relative "that" read as a mark; a clause on the
noun of "among" after a copula; a penalty promised in a content clause; diplomacy and the owner and
parties of a round of talks; those taking part after "with"; a relative told as fact that refuses with
"would not"; "made it clear"; a reply handed over; a proposal ruled off the table; forces arriving
nowhere named; a claim disputed; "with X and with Y"; a reporting aside with its medium; "in excess
of"; a fronted participle's subject named after it; sitting with someone; planned rounds of talks;
assent given; a sentential relative; several parties making headway."""

from __future__ import annotations

import datetime as dt


def test_a_demand_summed_up_after_a_refusal(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{A} also sought checks on traders heading back to the north, a requirement {B} refused."
    coded = [(t, s) for t, s, _ in coded_sides(template, pair)]
    assert coded == [("REQUEST", pair["A"]), ("REJECT", pair["B"])]


def test_a_reply_passed_on(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} passed on its answer to the mediators on Tuesday.", pair) == [
        ("CONSULT", pair["A"], None)]


def test_red_lines_laid_down(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} laid down four red lines on Monday.", pair) == [("REQUEST", pair["A"], None)]
    assert coded_sides("{A} laid down four lines of pipe on Monday.", pair) == []


def test_conditions_among_which_one_is_named(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    fronted = "Among four conditions that {A} published on Monday was the right to resume the war."
    assert coded_sides(fronted, pair) == [("REQUEST", pair["A"], None)]
    after = "The right to resume the war was among four conditions that {A} issued on Monday."
    assert coded_sides(after, pair) == [("REQUEST", pair["A"], None)]


def test_a_penalty_promised_in_a_clause(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{B} will face a harsh penalty, {PA} promised on Wednesday.", pair) == [
        ("THREATEN", pair["PA"], pair["B"])]


def test_a_round_of_diplomacy_owned(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA}'s latest round of regional diplomacy comes as mediators voice fresh hope."
    assert coded_sides(template, pair) == [("CONSULT", pair["PA"], None)]


def test_a_round_of_talks_with_its_parties(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    both = frozenset({pair["A"], pair["B"]})
    at_the_table = "A two-day round of talks in Geneva, with {A} and {B} at the table, broke up on Sunday."
    assert coded_sides(at_the_table, pair) == [("CONSULT", both, None)]
    taking_part = ("A two-day round of talks in Geneva, with {a} and {b} negotiators taking part, broke up "
                   "on Sunday.")
    assert coded_sides(taking_part, pair) == [("CONSULT", both, None)]


def test_a_point_it_would_not_give_up(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} signaled there were points on which it would not budge.", pair) == [
        ("REJECT", pair["A"], None)]


def test_made_it_clear(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} made it clear that {a} forces would remain on the border."
    assert coded_sides(template, pair) == [("REJECT", pair["A"], None)]


def test_a_reply_handed_over(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("The mediators were handed the reply of {A} on Tuesday.", pair) == [
        ("CONSULT", pair["A"], None)]


def test_a_withdrawal_ruled_off_the_table(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} declared a withdrawal from the border off the table.", pair) == [
        ("REJECT", pair["PA"], None)]
    assert coded_sides("A withdrawal from the border was off the table, {PA} made clear.", pair) == [
        ("REJECT", pair["PA"], None)]


def test_forces_arriving_nowhere_named(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "The six were shot by their captors just before {a} troops arrived."
    assert "AID" not in [t for t, _, _ in coded_sides(template, pair)]
    assert coded_sides("{a} troops arrived in Nepal on Monday.", pair) == [("AID", pair["A"], "Nepal")]


def test_claims_disputed(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} disputed claims that {B} had been offered new terms.", pair) == [
        ("REJECT", pair["PA"], None)]


def test_meetings_with_one_and_with_another(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = ("In Paris, {PA} had meetings with the prime minister of Qatar and with the relatives of "
                "captives.")
    assert coded_sides(template, pair) == [
        ("CONSULT", pair["PA"], frozenset({"Mohammed bin Abdulrahman Al Thani", "Hostages' families"}))]


def test_a_reporting_aside_with_its_medium(coded) -> None:  # type: ignore[no-untyped-def]
    # the rule reads only the syntax of the aside; with two states' names the parser often makes the second
    # an apposition of the first, so these name a leader or a group first
    day = dt.date(2024, 8, 20)
    text = "Netanyahu, Hamas alleged in a statement on Sunday, has brought new conditions to the talks."
    assert coded(text, day) == [("ACCUSE", "Hamas", "Benjamin Netanyahu")]
    assert coded("Israel, Hamas alleged in an interview, had broken the truce.", day) == [
        ("ACCUSE", "Hamas", "Israel")]


def test_in_excess_of_a_number(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{A} claimed it had sent in excess of 300 rockets and drones against {b} army bases."
    assert [t for t, _, _ in coded_sides(template, pair)] == ["ASSAULT"]


def test_a_participle_whose_subject_is_named_after_it(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = ("Retaliating for the death of a commander, {A} said, it had sent 300 rockets toward {b} "
                "military targets.")
    assert [(t, s) for t, s, _ in coded_sides(template, pair)] == [("ASSAULT", pair["A"])]


def test_sitting_with_someone(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} is slated to sit with {PB} in Geneva next week.", pair) == [
        ("AGREE", pair["PA"], pair["PB"])]


def test_rounds_of_talks_expected(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "More rounds of talks are expected between {a} and {b} negotiators in the days ahead."
    assert coded_sides(template, pair) == [("AGREE", pair["A"], pair["B"])]


def test_assent_given(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} had given its assent to the plan, {PA} said.", pair) == [
        ("AGREE", pair["A"], None)]


def test_a_sentential_relative(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} is expected to see {PB} in Geneva on Monday, after which he will go on to Qatar."
    assert coded_sides(template, pair) == [("AGREE", pair["PA"], pair["PB"]), ("AGREE", pair["PA"], "Qatar")]


def test_several_parties_making_headway(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{a} and Qatari negotiators have reportedly made headway on a proposed agreement."
    assert coded_sides(template, pair) == [("CONSULT", frozenset({pair["A"], "Qatar"}), None)]
    in_talks = coded_sides("{a} and Qatari negotiators made headway in their talks.", pair)
    assert [t for t, _, _ in in_talks] == ["CONSULT"]  # the talks tell the meeting, once


def test_relatives_of_those_taken_hostage(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Gantz met relatives of those taken hostage in Paris.", dt.date(2024, 8, 20)) == [
        ("CONSULT", "Benny Gantz", "Hostages' families")]
