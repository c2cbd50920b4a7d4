"""The forty-seventh round's readings, each on sentences of its own (none from a gold set), with the sides
swapped where a rule reads any state: the target of an attack named by the copula; a reaction met with
from someone named by the possessive; an office whose title alone names it; a delegation sent is no
target of its trip; a state's capital named by the possessive; a named group followed by "movement";
losing one's life in a strike; a death toll left; an obligation told in the passive by its teller;
lobbying; a subject hung on the source of "according to"; a group of officials received."""

from __future__ import annotations

import datetime as dt


def test_the_target_of_an_attack(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "The port was the target of {a} strikes on Saturday."
    assert coded_sides(template, pair) == [("ASSAULT", pair["A"], None)]
    assert coded_sides("{A} was the target of the campaign's slogans.", pair) == []


def test_met_with_someones_opposition(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "The maps met with {PA}'s opposition when the cabinet voted on Thursday."
    assert coded_sides(template, pair) == [("REJECT", pair["PA"], None)]


def test_an_office_whose_title_alone_names_it(coded) -> None:  # type: ignore[no-untyped-def]
    text = "The secretary of state has made nine trips to the region since October."
    assert coded(text, dt.date(2024, 8, 20)) == [("CONSULT", "Antony Blinken", None)]
    assert coded(text, dt.date(2025, 8, 20)) == []  # no holder of the office in the table then


def test_a_delegation_sent_is_no_target(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "Envoys including {PA} had been dispatched by {A} to {B}'s capital on Aug. 22."
    assert coded_sides(template, pair) == [("CONSULT", pair["A"], pair["B"])]


def test_maps_taken_to_a_states_capital(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "Last week {a} negotiators took maps of the border to {B}'s capital."
    assert coded_sides(template, pair) == [("CONSULT", pair["A"], pair["B"])]


def test_a_named_group_called_a_movement(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("The Houthi movement hit Tel Aviv with a drone on Friday.", dt.date(2024, 7, 19)) == [
        ("ASSAULT", "Houthis", "Israel")]
    assert coded("The Hamas movement rejected the offer.", dt.date(2024, 7, 19)) == [
        ("REJECT", "Hamas", None)]


def test_lives_lost_in_a_strike(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("Ninety people lost their lives in {a} air raids on Saturday.", pair) == [
        ("ASSAULT", pair["A"], None)]
    assert coded_sides("Ninety people lost their lives in the storm.", pair) == []


def test_a_death_toll_left(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("Saturday's {a} air raids left a death toll of at least 90.", pair) == [
        ("ASSAULT", pair["A"], None)]
    assert coded_sides("The storm left a death toll of 40.", pair) == []


def test_an_obligation_told_in_the_passive(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{A} was told by {B} that it must withdraw its troops from the border."
    assert coded_sides(template, pair) == [("REQUEST", pair["B"], pair["A"])]


def test_lobbying_someone_to_act(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "Relatives of those held captive have lobbied {PA} to back the deal."
    assert coded_sides(template, pair) == [("REQUEST", "Hostages' families", pair["PA"])]


def test_a_subject_after_according_to(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = ("According to the American official, {A}'s negotiators, headed by {PA}, have conducted "
                "working-level discussions in Doha on swapping prisoners.")
    assert coded_sides(template, pair) == [("CONSULT", pair["A"], None)]


def test_the_subject_hangs_on_the_verb(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        According VBG VERB prep 6 accord
        to IN ADP prep 0 to
        officials NNS NOUN pobj 1 official
        , , PUNCT punct 2 ,
        India NNP PROPN appos 2 India
        has VBZ AUX aux 6 have
        agreed VBN VERB ROOT 6 agree
        . . PUNCT punct 6 .
    """)
    assert (doc[4].dep_, doc[4].head.i) == ("nsubj", 6)


def test_a_group_of_officials_received(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} received a group of {b} officials in Delhi on Wednesday."
    assert coded_sides(template, pair) == [("CONSULT", pair["PA"], pair["B"])]
