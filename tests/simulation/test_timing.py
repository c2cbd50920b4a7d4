"""When a simulation starts, when it ends, and which variant it plays.

The start comes from the scenario's data (variant date, latest text on the
table, scenario date); a deadline in days maps to rounds (checked against an
exact count with fractions); a variant applies on its date, after the shocks
dated up to it.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from tests.model.test_scenario import BASE
from truce.errors import TruceError
from truce.io.scenario_file import load_scenario
from truce.model.scenario import Scenario
from truce.simulation import build_plan, deadline_rounds, simulate, simulation_start

TRUCE = [sys.executable, "-m", "truce"]
FLAGSHIP = "gaza-ceasefire-2024"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*TRUCE, *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def toy(**extra: Any) -> Scenario:
    return Scenario.model_validate({**copy.deepcopy(BASE), **extra})


def _proposal(pid: str, date: str | None) -> dict[str, Any]:
    return {"id": pid, "date": date, "terms": {"x": "mid", "y": "p"}}


# -- the start ------------------------------------------------------------------


def test_the_flagship_starts_on_the_latest_text_on_the_table() -> None:
    scenario = load_scenario(FLAGSHIP)
    latest = max(scenario.proposals, key=lambda p: p.date or dt.date.min)
    assert latest.id == "us_bridging_aug16" and scenario.date == dt.date(2024, 7, 6)
    assert simulation_start(scenario) == latest.date == dt.date(2024, 8, 16)
    assert simulation_start(scenario, "hamas_preconditions_aug18") == dt.date(2024, 8, 18)


@pytest.mark.parametrize(
    ("date", "proposals", "variant", "expected"),
    [
        (None, [], None, None),
        ("2024-03-01", [], None, "2024-03-01"),
        ("2024-03-01", [("p1", "2024-02-01")], None, "2024-03-01"),  # an older text: the scenario's date
        ("2024-03-01", [("p1", "2024-04-01"), ("p2", "2024-03-15"), ("p3", None)], None, "2024-04-01"),
        (None, [("p1", "2024-04-01")], None, "2024-04-01"),
        ("2024-03-01", [("p1", "2024-04-01")], "tough", "2024-04-01"),  # the variant has no date
        ("2024-03-01", [("p1", "2024-04-01")], "dated", "2024-03-10"),
    ],
)
def test_the_start_comes_from_the_data(
    date: str | None, proposals: list[tuple[str, str | None]], variant: str | None, expected: str | None
) -> None:
    variants = [*BASE["variants"], {"id": "dated", "date": "2024-03-10", "change": {}}]
    scenario = toy(date=date, proposals=[_proposal(*p) for p in proposals], variants=variants)
    found = simulation_start(scenario, variant)
    assert (None if found is None else found.isoformat()) == expected


def test_truce_simulate_starts_the_flagship_on_16_august_with_the_shocks() -> None:
    result = run(
        "simulate", FLAGSHIP, "--json", "--runs", "4", "--rounds", "40", "--rounds-per-day", "2",
        "--strategy", "israel=conceder", "--strategy", "hamas=conceder",
    )
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["provenance"]["start"] == "2024-08-16"
    rounds = {s["date"]: s["round"] for s in doc["shocks"]}
    # two rounds a day from 16 August: 25 Aug is round 18, 29 Aug round 26, 1 Sep round 32
    assert {d: rounds[d] for d in ("2024-08-25", "2024-08-29", "2024-09-01")} == {
        "2024-08-25": 18, "2024-08-29": 26, "2024-09-01": 32,
    }
    assert min(rounds) == "2024-08-18"  # shocks up to 16 August are part of the starting scenario


def test_the_demo_simulates_the_flagship_from_16_august() -> None:
    from truce.cli.simulation import simulation_section

    doc = simulation_section(FLAGSHIP, Console(file=io.StringIO()), runs=2, as_json=True)
    assert doc is not None and doc["start"] == "2024-08-16"
    shocks = [s["date"] for s in doc["shocks"]]  # type: ignore[attr-defined]
    assert {"2024-08-25", "2024-08-29", "2024-09-01"} <= set(shocks)
    assert len(doc["by_strategy"]) == 9  # type: ignore[arg-type]


# -- the deadline -------------------------------------------------------------------


@given(days=st.integers(1, 400), pace=st.integers(1, 12))
def test_a_deadline_in_days_holds_the_rounds_before_it(days: int, pace: int) -> None:
    exact_days, exact_pace = Fraction(days, 8), Fraction(pace, 4)  # exact in binary floating point
    held = sum(1 for r in range(2000) if Fraction(r) / exact_pace < exact_days)
    assert deadline_rounds(None, float(exact_days), float(exact_pace)) == max(1, held)


def test_deadline_in_rounds_or_days() -> None:
    assert deadline_rounds(None, None, 1.0) == 100
    assert deadline_rounds(7, None, 2.0) == 7
    assert deadline_rounds(None, 0.7, 10.0) == 7
    with pytest.raises(TruceError, match="both in rounds and in days"):
        deadline_rounds(10, 5.0, 1.0)
    for days in (0.0, -1.0, float("nan"), float("inf")):
        with pytest.raises(TruceError, match="deadline in days must be positive"):
            deadline_rounds(None, days, 1.0)
    with pytest.raises(TruceError, match="rounds per day must be positive"):
        deadline_rounds(None, 5.0, 0.0)


def _without_provenance(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "provenance"}


def test_a_deadline_in_days_plays_as_the_same_number_of_rounds() -> None:
    shock = {
        "date": "2024-01-04", "title": "costs rise", "kind": "shock",
        "change": {"reservation_values": {"b": 0.1}},
    }
    late = {**shock, "date": "2024-01-07", "title": "after the deadline"}
    scenario = toy(timeline=[shock, late])
    common: dict[str, Any] = {
        "runs": 40, "seed": 2, "start": dt.date(2024, 1, 1), "rounds_per_day": 2.0,
        "strategies": {"a": ["linear", "boulware"], "b": ["conceder"]},
    }
    by_days = simulate(scenario, deadline_days=5, **common)
    by_rounds = simulate(scenario, rounds=10, **common)
    assert _without_provenance(by_days.to_json()) == _without_provenance(by_rounds.to_json())
    assert by_days.provenance["rounds"] == 10 and by_days.provenance["deadline_days"] == 5
    assert [(s.date, s.round) for s in by_days.shocks] == [("2024-01-04", 6)]  # 7 Jan is past the deadline


def test_deadline_errors_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "toy.yaml"
    path.write_text(yaml.safe_dump(BASE), encoding="utf-8")
    for args, fragment in [
        (["--rounds", "10", "--deadline-days", "5"], "both in rounds and in days"),
        (["--deadline-days", "0"], "deadline in days must be positive"),
        (["--deadline-days", "1e9"], "more than the simulation plays (100,000)"),
        (["--variant", "gentle"], "has no variant 'gentle'"),
    ]:
        result = run("simulate", str(path), "--runs", "5", *args)
        assert result.returncode == 2 and fragment in result.stderr, result.stderr
        assert "Traceback" not in result.stderr


# -- the variant --------------------------------------------------------------------


def test_a_variant_is_simulated_as_the_scenario_it_describes() -> None:
    scenario = toy()
    common: dict[str, Any] = {
        "runs": 60, "seed": 5, "rounds": 12, "strategies": {"a": ["linear"], "b": ["linear"]}
    }
    variant = simulate(scenario, variant="tough", **common)
    direct = simulate(scenario.with_variant("tough"), **common)
    assert _without_provenance(variant.to_json()) == _without_provenance(direct.to_json())
    assert variant.provenance["variant"] == "tough" and variant.provenance["scenario"] == "toy"
    # the variant's red line for a (x >= mid) rules out the base's usual agreement (x = lo)
    base = simulate(scenario, **common)
    assert base.outcomes[0][0]["x"] == "lo" and all(o["x"] != "lo" for o, _ in variant.outcomes)
    assert variant.agreement_rate < base.agreement_rate


def _reservation_of_b(scenario: Scenario) -> float:
    return next(p.reservation_value.value for p in scenario.parties if p.id == "b")


def test_a_variant_applies_on_its_date_after_the_earlier_shocks() -> None:
    def reservation(value: float, date: str, title: str) -> dict[str, Any]:
        return {"date": date, "title": title, "kind": "shock",
                "change": {"reservation_values": {"b": value}}}

    scenario = toy(
        timeline=[reservation(0.6, "2024-01-02", "before"), reservation(0.1, "2024-01-08", "after")],
        variants=[{"id": "later", "date": "2024-01-05", "change": {"reservation_values": {"b": 0.2}}}],
    )
    start = simulation_start(scenario, "later")
    plan = build_plan(scenario, variant="later", start=start, rounds=6, runs=2, uncertainty=False)
    first, after = plan.schedules[0]
    assert start == dt.date(2024, 1, 5)
    assert _reservation_of_b(first.scenario) == 0.2  # not the shock of 2 January
    assert (after.start_round, _reservation_of_b(after.scenario)) == (3, 0.1)
    assert [s.event.title for s in plan.shocks] == ["after"]


def test_simulate_variant_is_saved_with_its_variant(tmp_path: Path) -> None:
    from truce.store import Workspace

    (tmp_path / "toy.yaml").write_text(yaml.safe_dump(BASE), encoding="utf-8")
    db = str(tmp_path / "w.db")
    result = run("simulate", "toy.yaml", "--variant", "tough", "--runs", "20", "--rounds", "8",
                 "--save", "--db", db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "variant tough" in result.stdout
    record = Workspace.open(db).run(1)
    assert record.kind == "simulation" and record.variant == "tough" and record.status == "succeeded"
    assert record.result["provenance"]["variant"] == "tough"
    assert record.parameters["rounds"] == 8 and record.parameters["start"] is None
