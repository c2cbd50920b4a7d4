"""Bad scenario files: a clear, located error, never a traceback, never a silently different model."""

from __future__ import annotations

import copy
import importlib
import pickle
import pkgutil
import typing
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from tests.model.test_scenario import BASE
from truce.errors import ConflictModelError, ScenarioError, TruceError
from truce.io.scenario_file import dump_scenario, load_scenario
from truce.model.elements import Change
from truce.model.estimate import Estimate
from truce.model.scenario import Scenario


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "scenario.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _text(data: dict[str, Any] | None = None) -> str:
    return yaml.safe_dump(copy.deepcopy(BASE) if data is None else data, sort_keys=False)


def test_impossible_unquoted_date_is_a_located_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "date: 2025-13-45\n" + _text())
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    error = caught.value
    assert (error.file, error.line, error.field) == (str(path), 1, "date")
    assert "'2025-13-45' is not a valid date" in str(error)


def test_duplicate_key_names_both_lines(tmp_path: Path) -> None:
    text = _text().replace("id: toy\n", "id: toy\nname: first\nname: second\n", 1)
    with pytest.raises(ScenarioError) as caught:
        load_scenario(_write(tmp_path, text))
    assert "key 'name' is given twice (lines 2 and 3)" in str(caught.value)
    assert caught.value.line == 3


def test_duplicate_key_deep_in_the_file(tmp_path: Path) -> None:
    text = _text().replace("      lo: 0\n", "      lo: 0\n      lo: 1\n", 1)
    with pytest.raises(ScenarioError, match=r"key 'lo' is given twice \(lines \d+ and \d+\)") as caught:
        load_scenario(_write(tmp_path, text))
    assert caught.value.field == "preferences.0.values.x.lo"


@pytest.mark.parametrize("value", [1.5, -0.1, {"value": 0.5, "range": [0.2, 1.2]}])
def test_reservation_value_outside_unit_interval(tmp_path: Path, value: Any) -> None:
    data = copy.deepcopy(BASE)
    data["parties"][1]["reservation_value"] = value
    with pytest.raises(ScenarioError, match=r"must lie in \[0, 1\]") as caught:
        load_scenario(_write(tmp_path, _text(data)))
    assert caught.value.field == "parties.1.reservation_value"


def test_reservation_change_outside_unit_interval() -> None:
    scenario = Scenario.model_validate(BASE)
    with pytest.raises(ScenarioError, match=r"must lie in \[0, 1\], got 1.2"):
        scenario.with_change(Change(reservation_values={"a": Estimate(value=1.2)}))
    with pytest.raises(ScenarioError, match=r"must lie in \[0, 1\]"):
        scenario.with_change(Change(reservation_shifts={"a": 0.9}))


def test_folder_is_not_a_scenario_file(tmp_path: Path) -> None:
    with pytest.raises(TruceError, match="is a folder, not a scenario file"):
        load_scenario(tmp_path)


def test_no_issues_says_so(tmp_path: Path) -> None:
    data = copy.deepcopy(BASE)
    data.update(issues=[], red_lines=[], variants=[])
    for preference in data["preferences"]:
        preference.update(weights={}, values={})
    with pytest.raises(ScenarioError, match="the scenario has no issues") as caught:
        load_scenario(_write(tmp_path, _text(data)))
    assert caught.value.field == "issues"


@pytest.mark.parametrize(
    ("mutate", "suggestion"),
    [
        (lambda d: d["parties"][0].update(nmae="A"), "unknown key 'nmae'; did you mean `name`?"),
        (lambda d: d["issues"][0].update(kinds="ordinal"), "did you mean `kind`?"),
        (lambda d: d["parties"][1].update(reservation_value={"value": 0.3, "rang": [0, 1]}),
         "did you mean `range`?"),
        (lambda d: d.update(conflict={"decision_makers": [{"name": "A", "option": ["x"]}]}),
         "did you mean `options`?"),
    ],
)
def test_unknown_key_suggests_the_known_one(tmp_path: Path, mutate: Any, suggestion: str) -> None:
    data = copy.deepcopy(BASE)
    mutate(data)
    with pytest.raises(ScenarioError) as caught:
        load_scenario(_write(tmp_path, _text(data)))
    assert suggestion in str(caught.value)
    assert "Extra inputs" not in str(caught.value)


def test_every_problem_is_listed(tmp_path: Path) -> None:
    data = copy.deepcopy(BASE)
    data["parties"][0]["nmae"] = "A"
    data["issues"][1]["kind"] = "nominal"
    data["red_lines"][0]["expresion"] = "x"
    path = _write(tmp_path, _text(data))
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    message = str(caught.value)
    assert "more problems" not in message
    assert message.count(f"{path}:") == 4  # the first line and one per problem
    for field in ("parties.0.nmae", "issues.1.kind", "red_lines.0.expresion"):
        assert field in message


def test_conflict_section_is_validated_with_the_scenario(tmp_path: Path) -> None:
    data = copy.deepcopy(BASE)
    data["conflict"] = {"decision_makers": "not a list"}
    with pytest.raises(ScenarioError) as caught:
        load_scenario(_write(tmp_path, _text(data)))
    assert caught.value.field == "conflict.decision_makers"
    assert caught.value.line == _text(data).splitlines().index("  decision_makers: not a list") + 1


def test_conflict_section_is_checked_as_a_graph_model(tmp_path: Path) -> None:
    data = copy.deepcopy(BASE)
    data["conflict"] = {
        "decision_makers": [{"name": "A", "options": ["x"]}, {"name": "B", "options": ["y"]}],
        "preferences": {"A": [1, 2, 3], "B": [4, 3, 2, 1]},
    }
    with pytest.raises(ConflictModelError, match="misses 1 state") as caught:
        load_scenario(_write(tmp_path, _text(data)))
    assert caught.value.field == "conflict.preferences.A"


def test_model_is_deeply_immutable() -> None:
    scenario = Scenario.model_validate(BASE)
    preference = scenario.preferences[0]
    with pytest.raises(TypeError):
        preference.weights["x"] = Estimate(value=0.9)  # type: ignore[index]
    with pytest.raises(TypeError):
        preference.values["x"]["lo"] = Estimate(value=0.9)  # type: ignore[index]
    half = Estimate(value=0.5)
    changed = scenario.with_change(Change(weights={"a": {"x": half, "y": half}}))
    with pytest.raises(TypeError):
        changed.preferences[0].weights["x"] = Estimate(value=0.9)  # type: ignore[index]
    assert pickle.loads(pickle.dumps(scenario)) == scenario
    assert Scenario.model_validate(yaml.safe_load(dump_scenario(scenario))) == scenario


def test_inline_conflict_section_is_immutable_and_round_trips(tmp_path: Path) -> None:
    data = copy.deepcopy(BASE)
    data["conflict"] = {
        "decision_makers": [{"name": "A", "options": ["x"]}, {"name": "B", "options": ["y"]}],
        "preferences": {"A": [1, [2, 3], 4], "B": [4, 3, 2, 1]},
        "expected": {"nash": [1]},
    }
    scenario = load_scenario(_write(tmp_path, _text(data)))
    assert scenario.conflict is not None and not isinstance(scenario.conflict, str)
    with pytest.raises(TypeError):
        scenario.conflict.expected["nash"] = [2]
    assert Scenario.model_validate(yaml.safe_load(dump_scenario(scenario))) == scenario


def test_option_lookups_are_built_once() -> None:
    # loading checks every option value against its issue: rebuilding the ids for each
    # check made loading quadratic in the number of options
    issue = Scenario.model_validate(BASE).issues[0]
    assert issue.option_ids is issue.option_ids
    assert issue.option_index["mid"] == 1


def test_copies_do_not_keep_lookups_of_the_original() -> None:
    scenario = Scenario.model_validate(BASE)
    issue = scenario.issues[0]
    assert issue.option_ids == ("lo", "mid", "hi")
    copied = issue.model_copy(update={"options": issue.options[:1]})
    assert copied.option_ids == ("lo",) and dict(copied.option_index) == {"lo": 0}
    assert scenario.party_ids == ("a", "b", "m")
    fewer = scenario.model_copy(update={"parties": scenario.parties[:2]})
    assert fewer.party_ids == ("a", "b")


def _mutable_parts(annotation: Any) -> list[Any]:
    origin = typing.get_origin(annotation)
    found = [annotation] if annotation in (dict, list, set) or origin in (dict, list, set) else []
    return found + [part for arg in typing.get_args(annotation) for part in _mutable_parts(arg)]


def test_no_model_field_can_hold_a_mutable_container() -> None:
    import truce.model as model_package

    classes = {
        obj
        for module in pkgutil.iter_modules(model_package.__path__)
        for obj in vars(importlib.import_module(f"truce.model.{module.name}")).values()
        if isinstance(obj, type) and issubclass(obj, BaseModel) and obj.__module__.startswith("truce.model")
    }
    assert Scenario in classes
    mutable = {
        f"{cls.__name__}.{name}": parts
        for cls in classes
        for name, field in cls.model_fields.items()
        if (parts := _mutable_parts(field.annotation))
    }
    assert mutable == {}
