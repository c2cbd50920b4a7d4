"""The red-line language: parsing, type checks, errors and vectorised evaluation."""

from __future__ import annotations

from itertools import product

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from truce.errors import RedLineError, ScenarioError
from truce.model.elements import Change, Issue, Option
from truce.model.redlines import compile_red_line, red_line_from_text

ISSUES = (
    Issue(id="war", kind="categorical", options=(Option(id="truce"), Option(id="permanent"))),
    Issue(id="hostages", kind="ordinal", options=(Option(id="few"), Option(id="33"), Option(id="all"))),
    Issue(
        id="trucks",
        kind="numeric",
        options=(Option(id="t200", level=200), Option(id="t600", level=600), Option(id="t900", level=900)),
    ),
)
OPTIONS = {issue.id: issue.option_ids for issue in ISSUES}
LEVELS = {"trucks": {"t200": 200, "t600": 600, "t900": 900}}
RANK = {issue.id: {o: k for k, o in enumerate(issue.option_ids)} for issue in ISSUES}


def _outcomes() -> list[dict[str, str]]:
    return [dict(zip(OPTIONS, combo, strict=True)) for combo in product(*OPTIONS.values())]


def _evaluate(text: str) -> list[bool]:
    expression = compile_red_line(text, ISSUES)
    outcomes = _outcomes()
    columns = {i: np.array([RANK[i][o[i]] for o in outcomes]) for i in OPTIONS}
    return expression.evaluate(columns).tolist()


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ('war == "permanent"', lambda o: o["war"] == "permanent"),
        ("war != truce", lambda o: o["war"] != "truce"),
        ('hostages >= "33"', lambda o: RANK["hostages"][o["hostages"]] >= 1),
        ("hostages < all", lambda o: o["hostages"] != "all"),
        ("trucks >= 600", lambda o: LEVELS["trucks"][o["trucks"]] >= 600),
        ("trucks > t200 and trucks <= 600", lambda o: o["trucks"] == "t600"),
        ("war in [truce]", lambda o: o["war"] == "truce"),
        ("hostages not in (few, all)", lambda o: o["hostages"] == "33"),
        (
            'not (war == "truce" and hostages == few) or trucks == t900',
            lambda o: not (o["war"] == "truce" and o["hostages"] == "few") or o["trucks"] == "t900",
        ),
        (
            "war == truce or hostages == all and trucks == t200",  # and binds tighter than or
            lambda o: o["war"] == "truce" or (o["hostages"] == "all" and o["trucks"] == "t200"),
        ),
    ],
)
def test_semantics(text: str, predicate: object) -> None:
    assert _evaluate(text) == [predicate(o) for o in _outcomes()]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "column", "fragment"),
    [
        ('war = "truce"', 5, "unexpected character"),
        ("war ==", 7, "expected an option id"),
        ('peace == "yes"', 1, "unknown issue 'peace'"),
        ('war == "forever"', 8, "not an option of issue 'war'"),
        ("war >= truce", 1, "categorical"),
        ("hostages > 3", 12, "cannot be compared with the number"),
        ("(war == truce", 14, "expected ')'"),
        ("war in [truce", 14, "expected ',' or ']'"),
        ("war == truce hostages", 14, "expected 'and', 'or'"),
        ("", 1, "expected a comparison"),
    ],
)
def test_errors_name_expression_column_and_expectation(text: str, column: int, fragment: str) -> None:
    with pytest.raises(RedLineError) as info:
        compile_red_line(text, ISSUES)
    message = str(info.value)
    assert f"column {column}" in message
    assert fragment in message
    assert repr(text) in message


atoms = st.one_of(
    st.builds(lambda o: (f"war == {o}", lambda x, o=o: x["war"] == o), st.sampled_from(OPTIONS["war"])),
    st.builds(
        lambda o, op: (
            f"hostages {op} {o}",
            lambda x, o=o, op=op: {"<": int.__lt__, ">=": int.__ge__, "!=": int.__ne__}[op](
                RANK["hostages"][x["hostages"]], RANK["hostages"][o]
            ),
        ),
        st.sampled_from(OPTIONS["hostages"]),
        st.sampled_from(["<", ">=", "!="]),
    ),
)


def _combine(children: st.SearchStrategy) -> st.SearchStrategy:  # type: ignore[type-arg]
    return st.one_of(
        st.builds(lambda a, b: (f"({a[0]}) and ({b[0]})", lambda x: a[1](x) and b[1](x)), children, children),
        st.builds(lambda a, b: (f"({a[0]}) or ({b[0]})", lambda x: a[1](x) or b[1](x)), children, children),
        st.builds(lambda a: (f"not ({a[0]})", lambda x: not a[1](x)), children),
    )


@settings(max_examples=150, deadline=None)
@given(st.recursive(atoms, _combine, max_leaves=6))
def test_random_expressions_match_python_semantics(case: tuple[str, object]) -> None:
    text, predicate = case
    assert _evaluate(text) == [predicate(o) for o in _outcomes()]  # type: ignore[operator]


def test_compiled_red_line_survives_a_copy_to_another_process() -> None:
    import pickle

    options = [{"id": "lo"}, {"id": "mid"}, {"id": "hi"}]
    issues = [Issue.model_validate({"id": "x", "kind": "ordinal", "options": options})]
    expression = compile_red_line('x >= mid and not x in [hi]', issues)
    copy = pickle.loads(pickle.dumps(expression))
    columns = {"x": np.array([0, 1, 2])}
    assert copy.evaluate(columns).tolist() == expression.evaluate(columns).tolist() == [False, True, False]


@pytest.mark.parametrize(
    ("text", "party", "expression"),
    [("israel: philadelphi != 'idf'", "israel", "philadelphi != 'idf'"),
     ("  hamas :x in [a, b]  ", "hamas", "x in [a, b]"),
     ("a: x == 'b:c'", "a", "x == 'b:c'")],  # only the first colon separates the party
)
def test_a_red_line_is_read_from_party_colon_expression(text: str, party: str, expression: str) -> None:
    red_line = red_line_from_text(text, "r1")
    assert (red_line.id, red_line.party, red_line.expression) == ("r1", party, expression)


@pytest.mark.parametrize("text", ["x == lo", ": x == lo", "a:", "a:   "])
def test_a_red_line_without_party_or_expression_is_refused(text: str) -> None:
    with pytest.raises(RedLineError, match=r"--red-line .* names no party"):
        red_line_from_text(text, "r1", what="--red-line")


def test_a_command_line_change_carries_red_lines_and_reservation_values() -> None:
    change = Change.from_text(["a: x != hi", "b: y == p"], ["a=0.25", " b = 1 "])
    added = [(r.id, r.party) for r in change.add_red_lines]
    assert added == [("cli_red_line_1", "a"), ("cli_red_line_2", "b")]
    assert {p: e.value for p, e in change.reservation_values.items()} == {"a": 0.25, "b": 1.0}
    assert Change.from_text().is_empty
    with pytest.raises(ScenarioError, match=r"must lie in \[0, 1\]"):
        Change.from_text(reservations=["a=1.01"])
