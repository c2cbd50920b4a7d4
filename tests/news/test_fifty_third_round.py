"""The fifty-third round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: a borrowed pattern of denial decides for no other verb of its block, in either reading."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(scope="module")
def windowed():
    """A function: (type, source, target) of each event the word-window reading codes in a text."""
    from truce.news.pipeline import NewsPipeline

    pipeline = NewsPipeline(syntax="window")
    return lambda text: [(e.event_type, e.source, e.target) for e in
                         pipeline.ingest(text, dt.date(2024, 8, 20)).events]


def test_according_to_a_report_grants_nothing(windowed, pair) -> None:  # type: ignore[no-untyped-def]
    text = "{A} rejected any {b} presence, according to a Saudi report.".format(**pair)
    assert windowed(text) == [("REJECT", pair["A"], pair["B"])]  # "according to" is no act of granting


def test_weapons_along_with_others(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{A} fired several hundred rockets along with drones at {B} on Sunday.", pair) == [
        ("ASSAULT", pair["A"], pair["B"])]  # aimed where the parser hangs the "at": on the noun "along with"


def test_an_act_foretold_of_another_party(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides("{PA} told his colleagues that {B} would reject the plan.", pair) == []  # a prediction
    assert coded_sides("{PA} said {A} would not withdraw its troops.", pair) == [
        ("REJECT", pair["A"], None)]  # its own people tell its intent
    assert coded_sides("{PB} will visit {A} next week, {A}'s foreign ministry said.", pair) == [
        ("AGREE", pair["PB"], pair["A"])]  # as does the party the act is done to


def test_a_date_read_as_a_compound_of_the_first_subject(repaired) -> None:  # type: ignore[no-untyped-def]
    doc = repaired("""
        On IN ADP prep 7 on
        Friday NNP PROPN compound 2 Friday
        Delhi NNP PROPN pobj 0 Delhi
        , , PUNCT punct 7 ,
        Dhaka NNP PROPN nsubj 7 Dhaka
        and CC CCONJ cc 4 and
        Colombo NNP PROPN conj 4 Colombo
        tabled VBD VERB ROOT 7 table
        a DT DET det 9 a
        plan NN NOUN dobj 7 plan
        . . PUNCT punct 7 .
    """)
    assert [(t.dep_, t.head.i) for t in (doc[1], doc[2], doc[4])] == [("pobj", 0), ("nsubj", 7), ("conj", 2)]
    assert {t.i for t in doc[2].conjuncts} == {4, 6}  # the first of three subjects


def test_engaging_in_an_act(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    for verb in ("engaged in", "took part in", "participated in"):
        assert coded_sides(f"{{A}} {verb} talks with {{B}} on Monday.", pair) == [
            ("CONSULT", pair["A"], pair["B"])]  # the act engaged in, once (not the verb and its noun both)
    assert coded_sides("{a} troops engaged {b} forces near the border.", pair) == [
        ("ASSAULT", pair["A"], pair["B"])]  # engaging an enemy is fighting it
