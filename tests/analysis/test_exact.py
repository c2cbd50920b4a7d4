"""Ties decided exactly: frontier, zone and solutions against rational-arithmetic oracles.

The oracles here read GENIUS XML themselves (``xml.etree``) and compute every
utility with :class:`fractions.Fraction` from the decimal strings in the files,
sharing no code with the engine.  Domains with ties are the point: decimal
weights with two digits and integer evaluations, as in ANAC domains, where
float sums of equal utilities differ in the last bit.
"""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
import yaml

from tests.conftest import shared_path
from tests.oracle import brute_frontier, brute_zone_size, dominates
from truce.analysis import agreement_zone, analyze, pareto_frontier
from truce.io.genius import read_genius
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario

# -- an oracle over GENIUS XML -------------------------------------------------------


def genius_oracle(
    domain: Path, profiles: list[Path]
) -> tuple[list[tuple[str, ...]], list[list[Fraction]], list[Fraction]]:
    """Every outcome (value names), each party's exact utility of it, and reservation values."""
    issues = [
        (issue.get("index"), [item.get("value") for item in issue.iter("item")])
        for issue in ET.parse(domain).getroot().iter("issue")
    ]
    parties = []
    for profile in profiles:
        root = ET.parse(profile).getroot()
        weights = {w.get("index"): Fraction(w.get("value")) for w in root.iter("weight")}
        values = {}
        for issue in root.iter("issue"):
            evaluations = {i.get("value"): Fraction(i.get("evaluation")) for i in issue.iter("item")}
            best = max(evaluations.values())
            values[issue.get("index")] = {v: e / best for v, e in evaluations.items()}
        reservation = root.find(".//reservation")
        floor = Fraction(0) if reservation is None else Fraction(reservation.get("value"))
        parties.append((weights, values, floor))
    outcomes = list(itertools.product(*(names for _, names in issues)))
    utilities = [
        [sum((w[index] * v[index][name] for (index, _), name in zip(issues, outcome, strict=True)),
             Fraction(0))
         for w, v, _ in parties]
        for outcome in outcomes
    ]
    return outcomes, utilities, [r for _, _, r in parties]


def frontier_2d(utilities: list[list[Fraction]]) -> set[int]:
    """Indices of the undominated points, by a sweep in decreasing first utility."""
    order = sorted(range(len(utilities)), key=lambda k: (-utilities[k][0], -utilities[k][1]))
    kept: set[int] = set()
    best_before = None  # best second utility among strictly larger first utilities
    for _, group in itertools.groupby(order, key=lambda k: utilities[k][0]):
        members = list(group)
        top = utilities[members[0]][1]
        if best_before is None or top > best_before:
            kept.update(k for k in members if utilities[k][1] == top)
            best_before = top
    return kept


def check_against_oracle(domain: Path, profiles: list[Path], arithmetic: str = "int64") -> None:
    outcomes, utilities, reservation = genius_oracle(domain, profiles)
    space = OutcomeSpace.from_scenario(read_genius(domain, profiles).scenario)
    assert space.arithmetic == arithmetic
    frontier = pareto_frontier(space)
    found = {tuple(space.outcome_ids(row).values()) for row in frontier.outcomes}
    assert found == {outcomes[k] for k in frontier_2d(utilities)}
    for row, exact in zip(frontier.outcomes, space.to_fractions(frontier.integer_utilities), strict=True):
        assert list(exact) == utilities[outcomes.index(tuple(space.outcome_ids(row).values()))]
    expected_zone = sum(all(u >= r for u, r in zip(us, reservation, strict=True)) for us in utilities)
    assert agreement_zone(space).size == expected_zone
    assert agreement_zone(space, method="enumerate").size == expected_zone


# -- ANAC-like domains with ties ---------------------------------------------------


def write_domain(
    folder: Path, sizes: list[int], seed: int, reservation: str = "0.25"
) -> tuple[Path, list[Path]]:
    """A GENIUS domain with two-digit decimal weights and small integer evaluations."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    items = "".join(
        f'<issue index="{i + 1}" name="issue{i}" etype="discrete" type="discrete" vtype="discrete">'
        + "".join(f'<item index="{j + 1}" value="v{j}"/>' for j in range(n))
        + "</issue>"
        for i, n in enumerate(sizes)
    )
    domain = folder / "Ties-domain.xml"
    domain.write_text(f'<negotiation_template><utility_space number_of_issues="{len(sizes)}">'
                      f'<objective index="0" name="root" type="objective" etype="objective">{items}'
                      "</objective></utility_space></negotiation_template>")
    profiles = []
    for p in range(2):
        cuts = np.sort(rng.choice(np.arange(1, 100), size=len(sizes) - 1, replace=False))
        weights = np.diff(np.concatenate([[0], cuts, [100]]))
        issues = "".join(
            f'<issue index="{i + 1}" name="issue{i}" etype="discrete" type="discrete" vtype="discrete">'
            + "".join(f'<item index="{j + 1}" value="v{j}" evaluation="{int(e)}"/>'
                      for j, e in enumerate(rng.integers(1, 6, size=n)))
            + "</issue>"
            for i, n in enumerate(sizes)
        )
        weight_xml = "".join(
            f'<weight index="{i + 1}" value="{w / 100:.2f}"/>' for i, w in enumerate(weights)
        )
        profile = folder / f"Ties-prof{p + 1}.xml"
        profile.write_text(f'<utility_space><objective index="0" name="root" type="objective" '
                           f'etype="objective">{issues}{weight_xml}</objective>'
                           f'<reservation value="{reservation}"/></utility_space>')
        profiles.append(profile)
    return domain, profiles


@pytest.mark.parametrize("seed", range(6))
def test_synthetic_anac_domains_with_ties(tmp_path: Path, seed: int) -> None:
    domain, profiles = write_domain(tmp_path, [4, 3, 5, 3, 4], seed)
    check_against_oracle(domain, profiles)


def test_synthetic_domain_of_more_than_100000_outcomes(tmp_path: Path) -> None:
    domain, profiles = write_domain(tmp_path, [8, 8, 7, 7, 6, 8], seed=11, reservation="0.5")
    assert 8 * 8 * 7 * 7 * 6 * 8 > 100_000
    check_against_oracle(domain, profiles)


@pytest.mark.parametrize(
    ("name", "arithmetic"),
    # EnglandvsZimbabwe's weights have 16-17 digits: their common denominator exceeds 64 bits
    [("CameraC", "int64"), ("EnglandvsZimbabweA", "bigint"), ("LaptopC", "int64")],
)
def test_shared_genius_domains(name: str, arithmetic: str) -> None:
    folder = shared_path("data", "genius", name)
    files = sorted(folder.glob("*.xml"))
    domain = next(f for f in files if ET.parse(f).getroot().find(".//weight") is None)
    check_against_oracle(domain, [f for f in files if f != domain], arithmetic)


def test_genius_weights_are_kept_as_in_the_file(tmp_path: Path) -> None:
    domain, profiles = write_domain(tmp_path, [3, 2], seed=1)
    text = profiles[0].read_text()
    weights = [w.get("value") for w in ET.fromstring(text).iter("weight")]
    profiles[0].write_text(text.replace(f'index="1" value="{weights[0]}"', 'index="1" value="0.5"', 1))
    kept = read_genius(domain, profiles)
    assert any("kept as in the file" in w for w in kept.warnings)
    preference = kept.scenario.preference("Ties-prof1")
    assert preference is not None and not preference.normalised
    assert preference.weights["issue0"].exact == Fraction(1, 2)
    normalised = read_genius(domain, profiles, normalize_weights=True).scenario.preference("Ties-prof1")
    assert normalised is not None and normalised.normalised
    total = Fraction(1, 2) + Fraction(weights[1])
    assert normalised.weights["issue0"].exact == Fraction(1, 2) / total


def test_genius_fractions_survive_the_yaml_round_trip(tmp_path: Path) -> None:
    domain, profiles = write_domain(tmp_path, [3, 3, 2], seed=4)
    scenario = read_genius(domain, profiles).scenario
    again = Scenario.model_validate(yaml.safe_load(yaml.safe_dump(scenario.model_dump(mode="json"))))
    space, space_again = OutcomeSpace.from_scenario(scenario), OutcomeSpace.from_scenario(again)
    assert space.scale == space_again.scale
    for table, table_again in zip(space.tables, space_again.tables, strict=True):
        assert (table == table_again).all()


# -- named regressions ---------------------------------------------------------------


SIX_OUTCOMES = {
    "id": "six-outcomes",
    "parties": [{"id": "a", "reservation_value": 0}, {"id": "b", "reservation_value": 0}],
    "issues": [
        {"id": "i0", "options": [{"id": "o0"}, {"id": "o1"}]},
        {"id": "i1", "options": [{"id": "o0"}, {"id": "o1"}, {"id": "o2"}]},
    ],
    "preferences": [
        {"party": "a", "weights": {"i0": 0.75, "i1": 0.25},
         "values": {"i0": {"o0": 0.15, "o1": 0.05}, "i1": {"o0": 0.8, "o1": 0.65, "o2": 0.85}}},
        {"party": "b", "weights": {"i0": 0.25, "i1": 0.75},
         "values": {"i0": {"o0": 0.35, "o1": 0.95}, "i1": {"o0": 1, "o1": 0.25, "o2": 0.8}}},
    ],
}


def _three_party_counterpart() -> dict:
    """The six-outcome example with a third party who values (o1, o2) and (o0, o0) equally."""
    data = {**SIX_OUTCOMES, "id": "six-outcomes-3"}
    data["parties"] = [*SIX_OUTCOMES["parties"], {"id": "c", "reservation_value": 0}]
    data["preferences"] = [*SIX_OUTCOMES["preferences"], {
        "party": "c", "weights": {"i0": 0.5, "i1": 0.5},
        "values": {"i0": {"o0": 0.4, "o1": 0.2}, "i1": {"o0": 0.3, "o1": 0.9, "o2": 0.5}},
    }]
    return data


@pytest.mark.parametrize(
    "data", [SIX_OUTCOMES, _three_party_counterpart()], ids=["two parties", "three parties"]
)
def test_six_outcome_example(data: dict) -> None:
    scenario = Scenario.model_validate(data)
    result = analyze(scenario)
    found = {tuple(result.outcome_ids(row).values()) for row in result.frontier.outcomes}
    assert ("o1", "o2") not in found  # (o0, o0) dominates it: exactly equal for b, better for a
    assert found == {tuple(o.values()) for o, _ in brute_frontier(scenario)}
    frontier_utilities = [tuple(u) for _, u in brute_frontier(scenario)]
    for solution in result.solutions.values():
        assert solution is not None
        u = tuple(result.space.to_fractions(result.space.integer_utilities(solution.outcome[None, :]))[0])
        assert u in frontier_utilities
    ks = result.solutions["kalai_smorodinsky"]
    assert ks is not None and tuple(result.outcome_ids(ks.outcome).values()) != ("o1", "o2")
    # utilities print as the decimals they are (0.2375, not 0.23750000000000002)
    printed = [u for point in result.to_json()["frontier"] for u in point["utility"]]
    assert all(len(repr(u)) <= 6 for u in printed), printed


def test_zone_counts_outcomes_exactly_at_the_reservation_value() -> None:
    data = {
        "id": "boundary",
        "parties": [{"id": "a", "reservation_value": 0.3}, {"id": "b", "reservation_value": 0.45}],
        "issues": [{"id": f"i{i}", "options": [{"id": f"o{j}"} for j in range(4)]} for i in range(3)],
        "preferences": [
            {"party": "a", "weights": {"i0": 0.1, "i1": 0.2, "i2": 0.7},
             "values": {f"i{i}": {f"o{j}": round(0.1 * (j + 1) + 0.05 * i, 2) for j in range(4)}
                        for i in range(3)}},
            {"party": "b", "weights": {"i0": 0.6, "i1": 0.3, "i2": 0.1},
             "values": {f"i{i}": {f"o{j}": round(0.7 - 0.15 * j, 2) for j in range(4)} for i in range(3)}},
        ],
    }
    scenario = Scenario.model_validate(data)
    space = OutcomeSpace.from_scenario(scenario)
    rows = np.array(list(itertools.product(range(4), repeat=3)))
    on_boundary = (space.integer_utilities(rows) == space.integer_reservation).any(axis=1).sum()
    assert on_boundary > 0  # the case this test is about
    expected = brute_zone_size(scenario)
    assert agreement_zone(space).size == expected
    assert agreement_zone(space, method="enumerate").size == expected


# -- beyond 64 bits -------------------------------------------------------------------


def test_denominators_beyond_64_bits_use_python_integers() -> None:
    primes = [1_000_003, 1_000_033, 1_000_037, 1_000_039]
    tables = tuple(
        np.array([[Fraction(k + 1, p), Fraction(2 * (3 - k), p) / 4] for k in range(3)], dtype=object)
        for p in primes
    )
    space = OutcomeSpace(
        issues=tuple(f"i{i}" for i in range(4)),
        options=tuple(("o0", "o1", "o2") for _ in range(4)),
        parties=("a", "b"),
        float_tables=tuple(t.astype(np.float64) for t in tables),
        reservation=np.zeros(2),
        exact_tables=tables,
        exact_reservation=(Fraction(0), Fraction(1, 10**7)),
    )
    assert space.arithmetic == "bigint"
    rows = list(itertools.product(range(3), repeat=4))
    exact = [[sum((tables[i][o][p] for i, o in enumerate(row)), Fraction(0)) for p in range(2)]
             for row in rows]
    frontier = pareto_frontier(space)
    assert {tuple(r) for r in frontier.outcomes.tolist()} == {rows[k] for k in frontier_2d(exact)}
    expected = sum(u[1] >= Fraction(1, 10**7) for u in exact)
    assert agreement_zone(space).size == expected == agreement_zone(space, method="enumerate").size


def test_every_solution_is_on_the_exact_frontier_of_random_scenarios() -> None:
    from hypothesis import given, settings

    from tests.strategies import scenarios

    @settings(max_examples=80, deadline=None)
    @given(scenarios())
    def check(scenario: Scenario) -> None:
        result = analyze(scenario)
        front = [u for _, u in brute_frontier(scenario)]
        for solution in result.solutions.values():
            if solution is None:
                continue
            u = tuple(result.space.to_fractions(result.space.integer_utilities(solution.outcome[None, :]))[0])
            assert u in front
            assert not any(dominates(v, u) for v in front)

    check()


def test_a_frontier_too_large_for_memory_is_refused_before_it_is_built() -> None:
    from truce.analysis.limits import frontier_memory_limit
    from truce.errors import TruceError

    levels = np.arange(300) / 299
    tables = tuple(np.stack([levels, 1 - levels], axis=1) / 3 for _ in range(3))  # exactly opposed
    space = OutcomeSpace(
        issues=("x", "y", "z"), options=tuple(tuple(f"l{j}" for j in range(300)) for _ in range(3)),
        parties=("a", "b"), float_tables=tables, reservation=np.zeros(2),
    )
    with frontier_memory_limit(0.001), pytest.raises(TruceError, match="too large to compute exactly"):
        pareto_frontier(space)
