"""The thirty-seventh to thirty-ninth rounds' readings, each on sentences of its own (none from a gold
set), with the sides swapped: a person seen is met; talks wound up were held, whichever lemma the tagger
gives "wound"; responsibility placed on someone blames them; a vote held in a place takes no side;
workers summoned to a walkout strike; appeals received are appeals."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("template", "kind"), [("On Monday {PA} is set to see {PB} in Geneva.", "AGREE"),
                                                ("{PA} saw {PB} in Geneva on Monday.", "CONSULT")])
def test_a_person_seen_is_met(coded_sides, pair, template, kind) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides(template, pair) == [(kind, pair["PA"], pair["PB"])]
    assert coded_sides("{A} sees {B} as a threat.", pair) == []  # seeing as judges


def test_talks_wound_up(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{A} and {B} wound up two days of talks in Geneva on Sunday."
    assert coded_sides(template, pair) == [("CONSULT", frozenset({pair["A"], pair["B"]}), None)]
    assert coded_sides("{A} and {B} concluded a deal on Sunday.", pair) == \
        [("AGREE", frozenset({pair["A"], pair["B"]}), None)]


@pytest.mark.parametrize("template", ["{A} placed full responsibility on {PB} for the failure of the talks.",
                                      "{A} laid responsibility for the bombing on {PB}."])
def test_responsibility_placed_on_someone(coded_sides, pair, template) -> None:  # type: ignore[no-untyped-def]
    assert coded_sides(template, pair) == [("ACCUSE", pair["A"], pair["PB"])]


def test_a_vote_held_in_a_place_takes_no_side(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "{PA} was opposed to the plan when ministers voted on it in cabinet on Thursday."
    assert not [e for e in coded_sides(template, pair) if e[0] == "AGREE"]


def test_workers_summoned_to_a_walkout(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "On Monday the {a} union federation summoned workers to a nationwide walkout."
    assert coded_sides(template, pair) == [("PROTEST", pair["A"], None)]


def test_appeals_received(coded_sides, pair) -> None:  # type: ignore[no-untyped-def]
    template = "The {a} government has come under appeals from {PB} to embrace the agreement."
    assert coded_sides(template, pair) == [("REQUEST", pair["PB"], pair["A"])]
