"""Repair to a target P(accept): brute-force oracle, CP-SAT against enumeration, the certain case."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import truce
from tests.oracle import all_outcomes, satisfies, utility
from tests.strategies import scenarios, with_ranges
from truce.errors import TruceError
from truce.mediation.repair import repair_text
from truce.mediation.target_repair import (
    TargetRepairResult,
    repair_text_to_target,
    repair_to_target,
    samples_needed,
)
from truce.model.outcomes import OutcomeSpace
from truce.model.scenario import Scenario
from truce.model.uncertainty import TableSample, UncertaintyModel, parse_red_line_belief

TARGETS = st.sampled_from([0.1, 0.25, 0.5, 0.7, 0.75, 0.9, 1.0])


def _party_counts(scenario: Scenario, batch: TableSample, outcome: dict[str, str]) -> list[int]:
    """Samples in which each party accepts, summed in plain Python from the sampled float tables."""
    space = batch.space
    row = [space.options[i].index(outcome[issue]) for i, issue in enumerate(space.issues)]
    counts = []
    for p, party in enumerate(space.parties):
        count = 0
        for s in range(batch.size):
            u = sum(float(batch.float_tables[i][s, o, p]) for i, o in enumerate(row))
            u += sum(
                float(batch.interactions[s, t])
                for t, term in enumerate(space.interactions)
                if term.party == p and all(row[i] == o for i, o in term.options)
            )
            held = [r for k, r in enumerate(scenario.red_lines) if batch.red_lines[s, k]]
            lines = [r for r in held if r.party == party]
            inside = all(satisfies(r.expression, outcome, scenario) for r in lines)
            count += u >= batch.reservation[s, p] and inside
        counts.append(count)
    return counts


def _oracle(
    scenario: Scenario, batch: TableSample, text: dict[str, str], party: str, target: float
) -> tuple[dict[str, str] | None, int | None, int]:
    """Brute force: the repair, else the best count with the others at the target and the best alone."""
    need = math.ceil(Fraction(str(target)) * batch.size)
    parties = list(batch.space.parties)
    me = parties.index(party)
    table = [(o, _party_counts(scenario, batch, o)) for o in all_outcomes(scenario)]
    feasible = [(o, c) for o, c in table if all(x >= need for x in c)]
    with_others = [c[me] for _, c in table if all(x >= need for q, x in enumerate(c) if q != me)]
    alone = max(c[me] for _, c in table)
    if not feasible:
        return None, max(with_others) if with_others else None, alone
    fewest = min(sum(o[i] != v for i, v in text.items()) for o, _ in feasible)
    tied = [o for o, _ in feasible if sum(o[i] != v for i, v in text.items()) == fewest]
    kept = [sum(utility(scenario, q, o) for q in parties if q != party) for o in tied]
    return tied[kept.index(max(kept))], None, alone  # all_outcomes lists outcomes in number order


def _uncertain(scenario: Scenario) -> Scenario:
    """Every estimate given a range, every red line disputed."""
    data = scenario.model_dump(mode="python")
    for line in data["red_lines"]:
        line["confidence"] = "disputed"
    return with_ranges(Scenario.model_validate(data), 0.15)


@settings(max_examples=40, deadline=None)
@given(scenarios(interactions=True), st.integers(0, 2**32 - 1), TARGETS, st.booleans(), st.data())
def test_target_repair_is_the_brute_force_repair_and_cp_sat_agrees(
    scenario: Scenario, seed: int, target: float, belief: bool, data: st.DataObject
) -> None:
    uncertain = _uncertain(scenario)
    model = UncertaintyModel.from_scenario(
        uncertain, red_line_belief=parse_red_line_belief("disputed=0.5") if belief else None
    )
    (batch,) = model.sample(10, np.random.default_rng(seed))
    text = {i.id: data.draw(st.sampled_from(i.option_ids)) for i in scenario.issues}
    party = data.draw(st.sampled_from(list(model.space.parties)))
    enumerated = repair_to_target(batch, text, party, target=target, method="enumerate")
    solved = repair_to_target(batch, text, party, target=target, method="cp-sat")
    expected, best_with, alone = _oracle(uncertain, batch, text, party, target)
    for result in (enumerated, solved):
        if expected is None:
            assert result.repair is None and result.reason
            assert result.best_p_accept == (None if best_with is None else best_with / batch.size)
            if alone < samples_needed(target, batch.size):
                assert result.binding == (party,)
            else:
                assert party not in result.binding and result.binding
        else:
            assert result.repair is not None and result.repair.outcome == expected
            assert result.p_accept is not None
            assert all(v >= target for v in result.p_accept.values())
    assert enumerated.binding == solved.binding


@settings(max_examples=30, deadline=None)
@given(scenarios(interactions=True), TARGETS, st.data())
def test_without_uncertainty_the_target_repair_is_the_point_repair(
    scenario: Scenario, target: float, data: st.DataObject
) -> None:
    space = OutcomeSpace.from_scenario(scenario)
    (batch,) = UncertaintyModel.from_scenario(scenario).sample(3, np.random.default_rng(0))
    text = {i.id: data.draw(st.sampled_from(i.option_ids)) for i in scenario.issues}
    party = data.draw(st.sampled_from(list(space.parties)))
    point = repair_text(space, text, party)
    reached = repair_to_target(batch, text, party, target=target)
    if point.repair is None:
        assert reached.repair is None
    else:
        assert reached.repair is not None and reached.repair.outcome == point.repair.outcome
        assert reached.p_accept == dict.fromkeys(space.parties, 1.0) and reached.p_accept_all == 1.0


def test_the_share_is_the_target_as_written() -> None:
    assert samples_needed(0.7, 100) == 70 and samples_needed(0.8, 1000) == 800
    assert samples_needed(0.001, 10) == 1 and samples_needed(1.0, 7) == 7


def test_flagship_repair_of_the_16_august_text_to_80_percent() -> None:
    scenario = truce.load_scenario("gaza-ceasefire-2024")
    text = dict(next(p for p in scenario.proposals if p.id == "us_bridging_aug16").terms)
    result = repair_text_to_target(
        scenario, text, "israel", target=0.8, samples=60, seed=2, red_line_belief=parse_red_line_belief("")
    )
    assert result.method == "cp-sat" and result.repair is not None
    assert result.p_accept is not None and min(result.p_accept.values()) >= 0.8
    # the share is recounted here from the samples the repair saw
    model = UncertaintyModel.from_scenario(scenario, red_line_belief=parse_red_line_belief(""))
    (batch,) = model.sample(60, np.random.default_rng(2), chunk=60)
    accept = batch.acceptance(result.repair.row[None])[:, 0, :]
    assert result.p_accept == {p: float(accept[:, j].mean()) for j, p in enumerate(model.space.parties)}
    # changing none of the text's issues is not enough: every completion of the text misses the target
    space = model.space
    if result.repair.changed_issues:
        allowed = [
            [space.options[i].index(text[issue])] if issue in text else range(space.radix[i])
            for i, issue in enumerate(space.issues)
        ]
        completions = np.array(list(itertools.product(*allowed)), dtype=np.int64)
        shares = batch.acceptance(completions).mean(axis=0)  # completions × parties
        assert (shares.min(axis=1) < 0.8).all()
    doc = result.to_json()
    assert doc["target"] == 0.8 and doc["samples"] == 60 and doc["provenance"]["seed"] == 2
    assert set(doc["repair"]) == {"outcome", "changed_issues", "utility"}


def test_an_unreachable_target_says_what_binds() -> None:
    space = OutcomeSpace(
        issues=("x",),
        options=(("a", "b"),),
        parties=("p", "q"),
        float_tables=(np.array([[1.0, 0.0], [0.0, 1.0]]),),
        reservation=np.array([0.5, 0.5]),
    )
    (batch,) = UncertaintyModel.certain(space).sample(4, np.random.default_rng(0))
    result = repair_to_target(batch, {"x": "a"}, "q", target=0.5)
    assert isinstance(result, TargetRepairResult) and result.repair is None
    # q alone would accept b in every sample; p's target is what binds, and with it q reaches 0
    assert result.binding == ("p",) and result.best_p_accept == 0.0
    assert "binding: the target of p" in (result.reason or "")
    doc = result.to_json()
    assert doc["repair"] is None and doc["binding"] == ["p"] and doc["p_accept"] is None


@pytest.mark.parametrize("target", [0.0, -0.1, 1.5, float("nan")])
def test_a_target_outside_0_1_is_refused(target: float) -> None:
    space = OutcomeSpace(
        issues=("x",),
        options=(("a", "b"),),
        parties=("p", "q"),
        float_tables=(np.eye(2),),
        reservation=np.zeros(2),
    )
    (batch,) = UncertaintyModel.certain(space).sample(2, np.random.default_rng(0))
    with pytest.raises(TruceError, match="target"):
        repair_to_target(batch, {"x": "a"}, "p", target=target)
