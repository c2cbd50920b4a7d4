"""Meetings told as planned, destinations hung on a clause of membership, idioms of killing and
hyphenated pairs of authors, each rule on sentences of its own (none from a gold set), with the sides
swapped:

- a meeting noun that is the subject of a scheduling frame ("is planned", "are expected to resume",
  "is due") or that is on someone's schedule is a future meeting, which PLOVER codes as agreed: the
  first side of "between A and B" (split at the *and* before a determiner, or the only *and*) is to meet
  the second; talks told as held stay a meeting of all the sides;
- "sent its delegation, made up of ..., to Baku": the destination the parser hung on the clause of
  membership names the host, unless the trip has a purpose of its own;
- eliminating or taking out people kills them; other objects make no attack;
- a hyphenated pair with a demonym names both authors ("the French-German proposal"); one half of a
  pair with a word that is no name ("the Armenian-backed plan") or two nouns naming sides ("the
  Armenia-Azerbaijan fighting") name no author;
- a vote "no" the parser took for punctuation rejects; a free relative stands for the object it names
  ("unveiled what he termed a proposal", "launched what it called operations"); concessions refused are a
  rejection, and so are those on issues a government spells out; a demand of one of the source's own
  people targets them;
- playing host to someone hosts them; *between / among* hung on the place of talks names who talked;
  what a delegation carries to a capital is a visit there; the authors "of / from" a thing include
  its coordinates ("the proposal from France and Germany"); a person joined by *and* to the title in
  apposition to a hyphenated name is a second subject (either name first).
"""

from __future__ import annotations

import datetime as dt

import pytest

SIDES = [
    {"A": "Armenia", "B": "Azerbaijan", "a": "Armenian", "b": "Azerbaijani", "P": "Nikol Pashinyan",
     "Q": "Ilham Aliyev", "Qshort": "Aliyev", "capB": "Baku"},
    {"A": "Azerbaijan", "B": "Armenia", "a": "Azerbaijani", "b": "Armenian", "P": "Ilham Aliyev",
     "Q": "Nikol Pashinyan", "Qshort": "Pashinyan", "capB": "Yerevan"},
]
IN_2024 = dt.date(2024, 8, 20)


@pytest.fixture(params=SIDES, ids=["Armenia first", "Azerbaijan first"])
def side(request):  # type: ignore[no-untyped-def]
    """The names of one side (A) and the other (B), both ways round."""
    return request.param


def _code(coded, template: str, side: dict[str, str]) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def]
    """Coded events, with several sources or targets as a set (their order is the parser's)."""
    def names(value: object) -> object:
        return frozenset(value) if isinstance(value, tuple) else value

    return [(t, names(s), names(g)) for t, s, g in coded(template.format(**side), IN_2024)]


def test_meetings_told_as_planned(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b, p, q = side["A"], side["B"], side["P"], side["Q"]
    assert _code(coded, "Talks between {A} and {B} are expected to resume on Monday.", side) == \
        [("AGREE", a, b)]
    assert _code(coded, "A meeting between {P} and {Qshort} is planned for Monday in Vienna.", side) == \
        [("AGREE", p, q)]
    assert _code(coded, "Meetings with {Qshort} are on {P}'s schedule.", side) == [("AGREE", p, q)]
    assert _code(coded, "Further talks are expected between mediators from France and Germany and the {a} "
                 "and {b} negotiating teams.", side) == \
        [("AGREE", frozenset({"France", "Germany"}), frozenset({a, b}))]
    assert _code(coded, "Talks between {A} and {B} resumed on Monday.", side) == \
        [("CONSULT", frozenset({a, b}), None)]


def test_destinations_hung_on_a_clause_of_membership(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert _code(coded, "{A} dispatched its delegation, made up of two deputy ministers, to {capB} on "
                 "Monday.", side) == [("CONSULT", a, b)]
    assert _code(coded, "{A} sent a delegation headed by its deputy foreign minister to {capB} to hear the "
                 "results.", side) == [("CONSULT", a, None)]


def test_idioms_of_killing(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert _code(coded, "{A} says it eliminated two {b} commanders on Saturday.", side) == \
        [("ASSAULT", a, b)]
    assert "ASSAULT" not in {t for t, _, _ in _code(coded, "{A} eliminated restrictions on {b} imports.",
                                                   side)}
    assert _code(coded, "{A} took out a loan from France.", side) == []


def test_hyphenated_pairs_of_authors(coded, side) -> None:  # type: ignore[no-untyped-def]
    a = side["A"]
    assert _code(coded, "{A} accepted the French-German proposal on Monday.", side) == \
        [("AGREE", a, frozenset({"France", "Germany"}))]
    assert _code(coded, "{A} rejected the {b}-backed plan.", side) == [("REJECT", a, None)]
    assert _code(coded, "France accepted a plan to end the {A}-{B} fighting.", side) == \
        [("AGREE", "France", None)]


def test_votes_free_relatives_refusals_and_demands(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b, p = side["A"], side["B"], side["P"]
    assert _code(coded, "{P} voted no and his deputy abstained.", side) == [("REJECT", p, None)]
    assert _code(coded, "{P} unveiled what he termed a French proposal for a lasting truce.", side) == \
        [("CONSULT", p, None)]
    assert _code(coded, "{A} launched what it called anti-terrorist operations, shelling {b} positions with "
                 "artillery.", side) == [("ASSAULT", a, None)]
    assert _code(coded, "{A} will not make concessions on the border.", side) == [("REJECT", a, None)]
    assert _code(coded, "The {a} government has spelled out issues on which it refuses to give ground.",
                 side) == [("REJECT", a, None)]
    assert _code(coded, "{A}'s parliament demanded that {P} accept the agreement.", side) == \
        [("REQUEST", a, p)]
    assert _code(coded, "{P} insisted that {a} troops must stay in the border zone.", side) == \
        [("REQUEST", p, None)]
    assert _code(coded, "{A} demanded that {B} accept the agreement.", side) == [("REQUEST", a, b)]


def test_hosts_talks_placed_and_delegations_carrying(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b, p = side["A"], side["B"], side["P"]
    assert _code(coded, "{P} played host to Antony Blinken in {capB} on Tuesday.", side) == \
        [("CONSULT", p, "Antony Blinken")]
    assert _code(coded, "Peace negotiations in the Austrian capital among {A}, {B} and France broke up on "
                 "Sunday after two days with no agreement reached.", side) == \
        [("CONSULT", frozenset({a, b, "France"}), None)]
    assert _code(coded, "Maps of the border were carried to the {b} capital last week by an {a} delegation, "
                 "but no breakthrough came out of the talks.", side) == [("CONSULT", a, b)]


def test_coordinated_authors(coded, side) -> None:  # type: ignore[no-untyped-def]
    a, b = side["A"], side["B"]
    assert _code(coded, "{A} accepted the truce proposal from France and {B}.", side) == \
        [("AGREE", a, frozenset({"France", b}))]
    assert _code(coded, "{A} said it had signed a deal with the leaders of France and {B}.", side) == \
        [("AGREE", a, frozenset({"France", b}))]


@pytest.mark.parametrize(("first", "title", "second"), [
    ("Itamar Ben-Gvir", "police minister", "Finance Minister Bezalel Smotrich"),
    ("Bezalel Smotrich", "finance minister", "National Security Minister Itamar Ben-Gvir")])
def test_a_second_subject_joined_to_an_apposition(coded, first: str, title: str, second: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{first}, Israel's {title}, and {second} threatened on Friday to leave the government."
    (kind, sources, target), = coded(text, IN_2024)
    assert (kind, frozenset(sources), target) == \
        ("THREATEN", frozenset({"Itamar Ben-Gvir", "Bezalel Smotrich"}), None)
