"""The twenty-third round's readings, each on sentences of its own (none from a gold set), with the sides
swapped: an act told in a relative clause on a time ("the same day X did Y") is told as fact; the
content of a charge made "in a statement that ..." names its target; blame placed on someone accuses
them; suggestions or ideas tabled are put forward; stopping in a capital is a visit; the families of
captives are the hostages' families; saying yes to a proposal accepts it; a walkout announced is a
strike; vengeance exacted is force, and a pledge of it a threat; intermediaries, like mediators, never
refer back to the side last named; a plan that leaves someone unhappy is that one's displeasure; issues
a government "made plain" it refuses on are its stance; *be going to* is a future, so "was not going to
pull out" refuses; force in a relative clause on what is refused is no threat ("will not accept any deal
that keeps forces there"); an agent noun's origin hung on the verb right after it ("a briefing from
mediators from France and Germany") names their states; journeys made are visits; a proposal bridges the
sides of the gaps "separating" them and of "X's stance and that of Y"; filling someone in briefs them;
sessions held are meetings; opposing something rejects it, whatever pattern of another verb of its CAMEO
block matches ("opposed the sanctions" is no debate); going on bombing is bombing, also when the parser
makes the gerund a clause of *on*."""

from __future__ import annotations

import datetime as dt

import pytest

SIDES = [
    {"A": "Armenia", "B": "Azerbaijan", "a": "Armenian", "b": "Azerbaijani", "capB": "Baku",
     "P": "Nikol Pashinyan"},
    {"A": "Azerbaijan", "B": "Armenia", "a": "Azerbaijani", "b": "Armenian", "capB": "Yerevan",
     "P": "Ilham Aliyev"},
]
IN_2024 = dt.date(2024, 8, 20)


@pytest.fixture(params=SIDES, ids=["Armenia first", "Azerbaijan first"])
def side(request):  # type: ignore[no-untyped-def]
    """The names of one side (A) and the other (B), both ways round."""
    return request.param


def _code(coded, template: str, side: dict[str, str]) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def]
    """Coded events, with several targets as a set (their order is the parser's)."""
    return [(t, s, frozenset(g) if isinstance(g, tuple) else g)
            for t, s, g in coded(template.format(**side), IN_2024)]


def test_relative_clauses_on_a_time_and_charges_in_a_statement(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    events = _code(coded, "{A} said it shelled {b} positions on Sunday, the same day {b} troops attacked its "
                   "villages.", side)
    assert [(t, s) for t, s, _ in events] == [("ASSAULT", a), ("ASSAULT", b)]
    assert _code(coded, "{A} charged in a statement that {B} had violated the truce.", side) == \
        [("ACCUSE", a, b)]
    assert _code(coded, "{A} placed the full blame on {B} for the collapse of the talks.", side) == \
        [("ACCUSE", a, b)]


def test_suggestions_tabled_and_stops(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert _code(coded, "France has tabled suggestions designed to narrow the gaps between {A} and {B}.",
                 side) == [("CONSULT", "France", frozenset({a, b}))]
    assert _code(coded, "{P} stopped in {capB} on Monday.", side) == [("CONSULT", side["P"], b)]


def test_the_families_of_captives(coded) -> None:  # type: ignore[no-untyped-def]
    assert coded("Relatives of the captives pressed Netanyahu to accept the deal.", IN_2024) == \
        [("REQUEST", "Hostages' families", "Benjamin Netanyahu")]


def test_yes_walkouts_vengeance_and_intermediaries(coded, side) -> None:  # type: ignore[no-untyped-def]
    a = side["A"]
    assert _code(coded, "{A} said yes on Monday to the French proposal.", side) == [("AGREE", a, "France")]
    assert [t for t, _, _ in _code(coded, "The main {a} trade union announced a general walkout on Monday.",
                                    side)] == ["PROTEST"]
    assert _code(coded, "{A} pledged to exact vengeance for the shelling.", side) == [("THREATEN", a, None)]
    assert coded("Islamic Jihad and Hamas handed the intermediaries a joint reply on Friday.", IN_2024) == \
        [("CONSULT", ("Palestinian Islamic Jihad", "Hamas"), None)]


def test_feelings_left_and_stances_made_plain(coded, side) -> None:  # type: ignore[no-untyped-def]
    a = side["A"]
    assert _code(coded, "The newest offer has left {A} unhappy.", side) == [("ACCUSE", a, None)]
    assert _code(coded, "The French plan has left {A} dissatisfied.", side) == [("ACCUSE", a, "France")]
    assert _code(coded, "The {a} government has made plain that there are issues on which it refuses to "
                 "make concessions.", side) == [("REJECT", a, None)]


def test_futures_refused(coded, side) -> None:  # type: ignore[no-untyped-def]
    a = side["A"]
    assert _code(coded, "{A} said it was not going to pull its forces out of the border zone.", side) == \
        [("REJECT", a, None)]
    assert _code(coded, "{A} will not accept any deal that keeps {b} forces in the border zone.", side) == \
        [("REJECT", a, None)]


def test_an_origin_hung_on_the_verb(coded, side) -> None:  # type: ignore[no-untyped-def]
    assert _code(coded, "{A} received a briefing from mediators from France and Germany.", side) == \
        [("CONSULT", ("France", "Germany"), side["A"])]


def test_journeys_made(coded, side) -> None:  # type: ignore[no-untyped-def]
    assert _code(coded, "{P} has made three journeys to the region since the war began.", side) == \
        [("CONSULT", side["P"], None)]


def test_gaps_a_proposal_bridges(coded, side) -> None:  # type: ignore[no-untyped-def]
    sides = frozenset({side["A"], side["B"]})
    assert _code(coded, "France has tabled proposals designed to narrow the differences between {A}'s stance "
                 "and that of {B}.", side) == [("CONSULT", "France", sides)]
    assert _code(coded, "France has put forward ideas meant to close the gaps still separating the positions "
                 "of {A} and {B}.", side) == [("CONSULT", "France", sides)]


def test_briefings_and_sessions(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert _code(coded, "Mediators from France and Germany filled the {a} delegation in.", side) == \
        [("CONSULT", ("France", "Germany"), a)]
    assert _code(coded, "The {a} delegation has been holding working-level sessions with {B} in Vienna.",
                 side) == [("CONSULT", a, b)]
    assert "CONSULT" not in {t for t, _, _ in coded("Protesters filled central Minsk on Sunday in a rally.",
                                                    IN_2024)}


def test_opposing_rejects(coded, side) -> None:  # type: ignore[no-untyped-def]
    a = side["A"]
    assert _code(coded, "{A} said it opposed the sanctions.", side) == [("REJECT", a, None)]
    assert _code(coded, "{A} has consistently opposed any {b} military presence on the border.", side) == \
        [("REJECT", a, None)]


def test_going_on_with_an_attack(coded, side) -> None:  # type: ignore[no-untyped-def]
    assert _code(coded, "{b} jets went on bombing the camp.", side) == [("ASSAULT", side["B"], None)]
