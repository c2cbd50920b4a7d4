"""Scenario validation: every user mistake gives a clear, located error."""

from __future__ import annotations

import copy
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.strategies import scenarios
from truce.analysis import diff_scenarios
from truce.errors import ScenarioError, TruceError
from truce.io.scenario_file import bundled_scenarios, dump_scenario, load_scenario, save_scenario
from truce.model.elements import Change, Issue, Party, Preference, RedLine, Variant
from truce.model.estimate import Estimate
from truce.model.scenario import Scenario

BASE: dict[str, Any] = {
    "id": "toy",
    "parties": [
        {"id": "a", "reservation_value": {"value": 0.3, "range": [0.2, 0.4], "rationale": "costly war"}},
        {"id": "b", "reservation_value": 0.3},
        {"id": "m", "role": "mediator"},
    ],
    "issues": [
        {"id": "x", "kind": "ordinal", "options": [{"id": "lo"}, {"id": "mid"}, {"id": "hi"}]},
        {"id": "y", "options": [{"id": "p"}, {"id": "q"}]},
    ],
    "preferences": [
        {"party": "a", "weights": {"x": 0.6, "y": 0.4},
         "values": {"x": {"lo": 0, "mid": 0.5, "hi": 1}, "y": {"p": 1, "q": 0}}},
        {"party": "b", "weights": {"x": 0.5, "y": 0.5},
         "values": {"x": {"lo": 1, "mid": 0.6, "hi": 0}, "y": {"p": 0, "q": 1}}},
    ],
    "red_lines": [{"id": "b_no_hi", "party": "b", "expression": 'x != "hi"'}],
    "variants": [{"id": "tough", "change": {"add_red_lines": [
        {"id": "a_mid", "party": "a", "expression": "x >= mid"}]}}],
}


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "scenario.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _broken(mutate: Any) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    mutate(data)
    return data


@pytest.mark.parametrize(
    ("mutate", "field", "fragment"),
    [
        (lambda d: d["parties"].append({"id": "a"}), "parties", "duplicate party id: 'a'"),
        (lambda d: d["preferences"][1]["weights"].update(x=0.4), "preferences.1.weights", "-0.1 away from 1"),
        (lambda d: d["preferences"][0]["values"]["x"].update(lo=1.5), "preferences.0.values.x.lo", "[0, 1]"),
        (lambda d: d["preferences"][0]["values"]["x"].update(top=1), "preferences.0.values.x",
         "unknown option 'top'"),
        (lambda d: d["preferences"][0]["weights"].update(z=0), "preferences.0.weights", "unknown issue 'z'"),
        (lambda d: d["red_lines"][0].update(party="c"), "red_lines.0.party", "unknown party 'c'"),
        (lambda d: d["red_lines"][0].update(expression='x == "top"'), "red_lines.0.expression", "column 6"),
        (lambda d: d["issues"][1]["options"].append({"id": "p"}), "issues.1", "duplicate option id"),
        (lambda d: d["variants"][0]["change"].update(remove_red_lines=["nope"]),
         "variants.0.change.remove_red_lines", "unknown red line 'nope'"),
        (lambda d: d["parties"][1].update(role="observer"), "parties", "at least two parties"),
    ],
)
def test_bad_input_is_located(tmp_path: Path, mutate: Any, field: str, fragment: str) -> None:
    path = _write(tmp_path, _broken(mutate))
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    error = info.value
    assert error.file == str(path)
    assert error.line is not None and error.line > 1
    assert error.field is not None and error.field.startswith(field)
    assert fragment in str(error)


ELEMENTS = {"parties": Party, "issues": Issue, "preferences": Preference, "red_lines": RedLine,
            "variants": Variant}


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["parties"].append({"id": "a"}),
        lambda d: d["preferences"][1]["weights"].update(x=0.4),
        lambda d: d["preferences"][0]["values"]["x"].update(lo=1.5),
        lambda d: d["preferences"][0]["weights"].update(z=0),
        lambda d: d["red_lines"][0].update(party="c"),
        lambda d: d["red_lines"][0].update(expression='x == "top"'),
        lambda d: d["variants"][0]["change"].update(remove_red_lines=["nope"]),
        lambda d: d["parties"][1].update(role="observer"),
        lambda d: None,
    ],
)
def test_assembling_checks_the_whole_as_validation_does(mutate: Any) -> None:
    """Assembling elements a reader built raises what validation raises, or builds the same scenario."""
    data = _broken(mutate)
    elements = {key: tuple(model.model_validate(item) for item in data[key])
                for key, model in ELEMENTS.items()}
    try:
        expected: Scenario | ScenarioError = Scenario.model_validate(data)
    except ScenarioError as exc:
        expected = exc
    try:
        got: Scenario | ScenarioError = Scenario.assemble(id=data["id"], **elements)
    except ScenarioError as exc:
        got = exc
    if isinstance(expected, Scenario):
        assert got == expected
    else:
        assert isinstance(got, ScenarioError)
        assert (str(got), got.field) == (str(expected), expected.field)


def test_assembling_refuses_a_field_the_scenario_does_not_have() -> None:
    with pytest.raises(TypeError, match="partys"):
        Scenario.assemble(id="x", partys=())


@given(st.fractions(0, 1, max_denominator=10**12) | st.decimals(0, 1, places=8).map(Fraction))
def test_an_estimate_of_a_number_is_the_validated_estimate(number: Fraction) -> None:
    built, validated = Estimate.of(number), Estimate.model_validate(number)
    assert built == validated and built.exact == validated.exact == number
    assert built.model_dump() == validated.model_dump()


def test_yaml_syntax_error_has_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\nparties: [\n  - a\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert info.value.line is not None and "invalid YAML" in str(info.value)


def test_round_trip_is_exact(tmp_path: Path) -> None:
    scenario = Scenario.model_validate(BASE)
    path = save_scenario(scenario, tmp_path / "out.yaml")
    assert load_scenario(path) == scenario
    assert dump_scenario(load_scenario(path)) == dump_scenario(scenario)
    with pytest.raises(TruceError, match="already exists"):
        save_scenario(scenario, path)


@settings(max_examples=40, deadline=None)
@given(scenarios(interactions=True))
def test_round_trip_of_random_scenarios(scenario: Scenario) -> None:
    assert Scenario.model_validate(yaml.safe_load(dump_scenario(scenario))) == scenario


@pytest.mark.parametrize("name", bundled_scenarios())
def test_libyaml_writes_the_text_the_python_emitter_writes(name: str) -> None:
    """Scenario files are written by libyaml for speed; the text must not depend on it."""
    data = load_scenario(name).model_dump(mode="json", exclude_defaults=True)
    assert dump_scenario(load_scenario(name)) == yaml.safe_dump(data, sort_keys=False, allow_unicode=True,
                                                                width=100)


@settings(max_examples=30, deadline=None)
@given(scenarios())
def test_diff_with_itself_is_empty(scenario: Scenario) -> None:
    assert diff_scenarios(scenario, scenario).is_empty


def test_variant_and_change() -> None:
    scenario = Scenario.model_validate(BASE)
    tough = scenario.with_variant("tough")
    assert [r.id for r in tough.red_lines] == ["b_no_hi", "a_mid"]
    diff = diff_scenarios(scenario, tough)
    assert not diff.is_empty
    assert diff.zone_change == (3, 2)
    assert "red line added (a): x >= mid" in diff.changes
    moved = scenario.with_change(
        Change(add_red_lines=(RedLine(id="b_no_hi", party="b", expression="x == lo"),))
    )
    assert [r.expression for r in moved.red_lines] == ["x == lo"]  # same id: the demand changed
    dropped = scenario.with_change(Change(remove_red_lines=("b_no_hi",)))
    assert dropped.red_lines == ()
    with pytest.raises(ScenarioError, match="no variant 'soft'"):
        scenario.with_variant("soft")


def test_unsatisfiable_red_line_is_a_finding_not_a_crash() -> None:
    from truce.analysis import analyze

    scenario = Scenario.model_validate(BASE).with_change(
        Change(add_red_lines=(RedLine(id="never", party="a", expression="x == lo and x == hi"),))
    )
    result = analyze(scenario)
    assert result.zone.size == 0
    assert result.zone.unsatisfiable == ("never",)
    assert any("never" in f for f in result.findings)
    assert all(s is None for s in result.solutions.values())


def test_variant_may_remove_a_red_line_and_shocks_may_shift_reservation_values() -> None:
    data = copy.deepcopy(BASE)
    data["variants"].append({"id": "soft", "change": {"remove_red_lines": ["b_no_hi"]}})
    data["timeline"] = [{
        "date": "2024-08-25", "title": "escalation", "kind": "shock",
        "change": {"reservation_shifts": {"a": -0.1}},
    }]
    scenario = Scenario.model_validate(data)
    soft = scenario.with_variant("soft")
    assert soft.red_lines == ()
    assert soft.with_variant("tough").red_lines[-1].id == "a_mid"  # variants stay usable
    import datetime as dt

    shocked = scenario.as_of(dt.date(2024, 9, 1))
    reservation = shocked.party("a").reservation_value  # type: ignore[union-attr]
    assert reservation.value == pytest.approx(0.2) and reservation.range == pytest.approx((0.1, 0.3))
    assert scenario.as_of(dt.date(2024, 8, 24)) == scenario


def test_saving_elsewhere_keeps_the_conflict_file_reachable(tmp_path: Path) -> None:
    scenario = load_scenario("gaza-ceasefire-2024")
    assert scenario.conflict == "conflict.yaml"
    out = save_scenario(scenario, tmp_path / "copy.yaml", origin="gaza-ceasefire-2024")
    assert load_scenario(out).conflict != "conflict.yaml"
    from truce.io.gmcr import load_conflict

    assert load_conflict(out).decision_makers  # the case still loads from the copy
