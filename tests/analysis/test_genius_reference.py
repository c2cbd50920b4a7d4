"""Frontier and bargaining solutions on the shared GENIUS domains against NegMAS's reference values.

``../shared/data/genius/<domain>/reference.json`` holds values computed by
NegMAS 0.16.0 with GENIUS semantics (``genius_normalized``): the Pareto
frontier of the outcomes every party rates at least its reservation value, and
the Nash, Kalai–Smorodinsky, egalitarian (NegMAS ``kalai_points``) and
utilitarian (``max_welfare_points``) points, every tie listed, relative to
``disagreement_point_used_by_negmas``.  Truce must reproduce them through the
Python API and through ``truce analyze --json``.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.conftest import SHARED, shared_path
from truce.analysis import analyze, pareto_frontier
from truce.io.genius import read_genius
from truce.io.scenario_file import save_scenario
from truce.model.elements import WEIGHT_TOLERANCE
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario

GENIUS = SHARED / "data" / "genius"
DOMAINS = sorted(p.name for p in GENIUS.iterdir() if p.is_dir()) if GENIUS.is_dir() else ["(absent)"]
TOLERANCE = 1e-9
SOLUTIONS = {
    "nash": "nash",
    "kalai_smorodinsky": "kalai_smorodinsky",
    "egalitarian": "kalai_egalitarian",
    "utilitarian": "max_welfare",
}

Outcome = tuple[str, ...]


def load(domain: str) -> tuple[Scenario, dict[str, Any], np.ndarray]:
    """The imported scenario, the reference and each party's utility scale.

    The importer keeps GENIUS weights as they are unless their sum is further
    from 1 than the model allows; then it divides weights and reservation value
    by the sum.  ``scale`` undoes that so utilities compare with the reference.
    """
    folder = shared_path("data", "genius", domain)
    ref = json.loads((folder / "reference.json").read_text())
    profiles = [folder / name for name in ref["source"]["profile_files_in_ufun_order"]]
    scenario = read_genius(folder / ref["source"]["domain_file"], profiles).scenario
    sums = []
    for profile in profiles:
        weights = [float(w.get("value", "nan")) for w in ET.parse(profile).getroot().iter("weight")]
        sums.append(math.fsum(weights))
    scale = np.array([s if abs(s - 1) > WEIGHT_TOLERANCE else 1.0 for s in sums])
    return scenario, ref, scale


def key(scenario: Scenario, outcome: dict[str, str]) -> Outcome:
    assert set(outcome) == set(scenario.issue_ids)
    return tuple(outcome[i] for i in scenario.issue_ids)


def assert_same_frontier(
    got: list[tuple[Outcome, list[float]]], expected: list[tuple[Outcome, list[float]]]
) -> None:
    """Equal as multisets of (outcome, utilities), utilities within 1e-9."""
    assert Counter(o for o, _ in got) == Counter(o for o, _ in expected)
    by_outcome = {o: u for o, u in expected}
    for outcome, utilities in got:
        assert utilities == pytest.approx(by_outcome[outcome], abs=TOLERANCE), outcome


def reference_frontier(scenario: Scenario, ref: dict[str, Any]) -> list[tuple[Outcome, list[float]]]:
    front = ref["genius_normalized"]["pareto_frontier"]
    assert len(front["outcomes"]) == front["n_points"]
    return [(key(scenario, o), u) for o, u in zip(front["outcomes"], front["utilities"], strict=True)]


def assert_solution(
    scenario: Scenario, name: str, outcome: dict[str, str], utility: list[float], ref: dict[str, Any]
) -> None:
    ties = ref["genius_normalized"][SOLUTIONS[name]]
    allowed = {key(scenario, t["outcome"]): t["utilities"] for t in ties}
    chosen = key(scenario, outcome)
    assert chosen in allowed, f"{name}: truce picks {chosen}, reference ties are {list(allowed)}"
    assert utility == pytest.approx(allowed[chosen], abs=TOLERANCE)


@pytest.mark.parametrize("domain", DOMAINS)
def test_rational_frontier_equals_reference(domain: str) -> None:
    scenario, ref, scale = load(domain)
    space = OutcomeSpace.from_scenario(scenario)
    frontier = pareto_frontier(space)
    utilities = frontier.utilities * scale
    reserved = np.asarray(ref["genius_normalized"]["reserved_values"])
    rational = (utilities >= reserved).all(axis=1)
    got = [
        (key(scenario, space.outcome_ids(row)), list(u))
        for row, u in zip(frontier.outcomes[rational], utilities[rational], strict=True)
    ]
    assert_same_frontier(got, reference_frontier(scenario, ref))
    # the analysis' own zone frontier is the same set
    zone = analyze(scenario).zone_frontier
    assert len(zone) == int(rational.sum())


@pytest.mark.parametrize("domain", DOMAINS)
def test_bargaining_solutions_equal_reference(domain: str) -> None:
    scenario, ref, scale = load(domain)
    d = np.asarray(ref["genius_normalized"]["disagreement_point_used_by_negmas"]) / scale
    result = analyze(scenario, disagreement=list(d))
    assert set(SOLUTIONS) <= set(result.solutions)
    for name in SOLUTIONS:
        solution = result.solutions[name]
        assert solution is not None, name
        outcome = result.space.outcome_ids(solution.outcome)
        assert_solution(scenario, name, outcome, list(solution.utility * scale), ref)


def run_truce(*args: str | Path) -> subprocess.CompletedProcess[str]:
    program = "from truce.cli import main\nmain()"
    return subprocess.run(
        [sys.executable, "-c", program, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("domain", DOMAINS)
def test_cli_analyze_json_equals_reference(domain: str, tmp_path: Path) -> None:
    scenario, ref, scale = load(domain)
    path = save_scenario(scenario, tmp_path / "scenario.yaml")
    d = np.asarray(ref["genius_normalized"]["disagreement_point_used_by_negmas"]) / scale
    done = run_truce("analyze", path, "--json", "--disagreement", ",".join(repr(float(x)) for x in d))
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["parties"] == list(scenario.party_ids)
    assert document["frontier_size"] == ref["genius_normalized"]["pareto_frontier"]["n_points"]
    got = [
        (key(scenario, point["outcome"]), list(np.asarray(point["utility"]) * scale))
        for point in document["frontier"]
    ]
    assert_same_frontier(got, reference_frontier(scenario, ref))
    for name in SOLUTIONS:
        solution = document["solutions"][name]
        assert solution is not None, name
        utility = list(np.asarray(solution["utility"]) * scale)
        assert_solution(scenario, name, solution["outcome"], utility, ref)
