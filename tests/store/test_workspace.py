"""Scenarios with versions, runs with results and errors, articles with events."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.store.writer import SCENARIO
from truce.errors import ScenarioError, StoreError
from truce.model.scenario import Scenario
from truce.store import Workspace, scenario_hash


def _scenario(**changes: object) -> Scenario:
    return Scenario.model_validate({**SCENARIO, **changes})


def test_a_scenario_stored_twice_unchanged_is_one_version(db_url: str) -> None:
    workspace = Workspace.open(db_url)
    first = workspace.add_scenario(_scenario())
    again = workspace.add_scenario(_scenario())
    changed = workspace.add_scenario(_scenario(name="renamed"))
    assert (first.id, first.number) == (again.id, again.number) == (first.id, 1)
    assert changed.number == 2 and changed.content_hash != first.content_hash
    assert [v.number for v in workspace.versions("toy")] == [1, 2]
    assert workspace.scenario_version("toy").number == 2
    assert workspace.scenario_version("toy", 1).scenario() == _scenario()
    assert [s.key for s in workspace.scenarios()] == ["toy"]
    with pytest.raises(StoreError, match="no scenario 'other'"):
        workspace.scenario_version("other")


def test_scenario_hash_ignores_key_order_but_not_content() -> None:
    reordered = dict(reversed(list(SCENARIO.items())))
    assert scenario_hash(Scenario.model_validate(reordered)) == scenario_hash(_scenario())
    assert scenario_hash(_scenario(name="x")) != scenario_hash(_scenario())


def test_a_failed_run_records_its_error_and_keeps_earlier_data(db_url: str) -> None:
    workspace = Workspace.open(db_url)
    version = workspace.add_scenario(_scenario())
    with workspace.record_run("analysis", scenario_version=version, seed=7, parameters={"p": 1}) as run:
        run.progress(5, 10)
        run.result = {"zone_size": 1}
    with pytest.raises(ScenarioError), workspace.record_run("diff", scenario_version=version) as run:
        raise ScenarioError("bad change", field="variants.0")
    ok, failed = workspace.run(1), workspace.run(2)
    assert (ok.status, ok.result, ok.seed, ok.parameters) == ("succeeded", {"zone_size": 1}, 7, {"p": 1})
    assert ok.progress == (5, 10) and ok.duration_s is not None and ok.duration_s >= 0
    assert (failed.status, failed.error, failed.result) == ("failed", "variants.0: bad change", None)
    assert [r.id for r in workspace.runs()] == [2, 1]
    assert [r.id for r in workspace.runs(kind="analysis", scenario="toy")] == [1]
    assert workspace.runs()[0].result is None  # listings leave results out
    with pytest.raises(StoreError, match="no run 3"):
        workspace.run(3)
    with pytest.raises(StoreError, match="unknown run kind"):
        workspace.start_run("astrology")


def test_articles_and_events_are_linked_to_scenario_and_issues(db_url: str) -> None:
    workspace = Workspace.open(db_url)
    workspace.add_scenario(_scenario())
    events = [{"sentence_index": 1, "event_type": "ACCUSE", "source": "a", "target": ["b", "c"],
               "issue": "x", "date": "2024-08-18"}]
    day = dt.date(2024, 8, 19)
    first = workspace.add_article("talks", day, "One. Two.", events, ["One.", "Two."], scenario="toy")
    again = workspace.add_article("talks", day, "One. Two.", events, ["One.", "Two."], scenario="toy")
    assert first == again
    (article,) = workspace.articles()
    assert (article.title, article.published, article.events) == ("talks", day, 1)
    (event,) = workspace.events(scenario="toy")
    assert event["target"] == "b + c" and event["issue"] == "x" and event["sentence"] == "Two."
    assert workspace.events(scenario="other") == []


def test_a_file_that_is_not_a_database_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.db"
    path.write_text("not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open the workspace"):
        Workspace.open(str(path))
    with pytest.raises(StoreError, match="does not exist"):
        Workspace.open(str(tmp_path / "missing" / "truce.db"))
