"""The forty-ninth round's readings, each on sentences of its own (none from a gold set), with the sides
swapped where a rule reads any state: a death at someone's hands; a plural noun tagged as a verb; a
promise not to act promises no force; assuring someone of what a clause tells; the top diplomat; a
proposed drawdown of one's own forces; points on which one will not bend."""

from __future__ import annotations

import datetime as dt


def test_a_death_at_someones_hands(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "The {a} army said three {b} fighters had died at the hands of its troops."
    assert [(t, s) for t, s, _ in coded_sides(template, pair)] == [("ASSAULT", pair["A"])]


def test_a_plural_noun_tagged_as_a_verb(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        Following VBG VERB prep 6 follow
        Monday NNP PROPN poss 3 Monday
        's POS PART case 1 's
        talks VBZ VERB pobj 0 talk
        , , PUNCT punct 6 ,
        Modi NNP PROPN nsubj 6 Modi
        spoke VBD VERB ROOT 6 speak
        . . PUNCT punct 6 .
    """)
    assert (doc[3].tag_, doc[3].pos_) == ("NNS", "NOUN")
    assert doc[6].pos_ == "VERB"  # a verb with no possessive or determiner keeps its tag


def test_a_promise_not_to_attack(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} pledged that {A} would not attack {B}.", pair) == [("AGREE", pair["PA"], None)]


def test_assuring_someone_of_what_a_clause_tells(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    refused = [("REJECT", pair["A"], None)]
    assert coded_sides("{A} will not pull out of the border zone, {PA} assured {PB}.", pair) == refused
    assert coded_sides("{PA} assured {PB} that {A} would not pull out of the border zone.", pair) == refused


def test_the_top_diplomat(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("The top U.S. diplomat met Netanyahu in Jerusalem.", dt.date(2024, 8, 20)) == [
        ("CONSULT", "Antony Blinken", "Benjamin Netanyahu")]


def test_a_drawdown_of_ones_own_forces_proposed(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    offered = [("AGREE", pair["A"], None)]
    assert coded_sides("{A} put forward a drawdown of its forces along the border.", pair) == offered
    assert coded_sides("{A} put forward a plan to thin out its forces along the border.", pair) == offered
    assert coded_sides("{B} put forward a reduction of {a} forces along the border.", pair) == [
        ("CONSULT", pair["B"], None)]  # another's forces: a proposal, no offer


def test_points_on_which_one_will_not_bend(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} has signalled points on which it will not bend.", pair) == [
        ("REJECT", pair["A"], None)]
    template = "{PA} was pressed by {PB} to stand firm against coalition members bent on an endless war."
    assert "CONCEDE" not in [t for t, _, _ in coded_sides(template, pair)]  # "bent on": a state
