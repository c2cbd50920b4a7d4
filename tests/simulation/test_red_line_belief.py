"""Sampled red-line belief: each non-firm red line holds per run with its probability (brute-force oracle)."""

from __future__ import annotations

import numpy as np
import pytest

from tests.simulation.oracle import alternating_offers
from truce.model.scenario import Scenario
from truce.model.uncertainty import UncertaintyModel, parse_red_line_belief
from truce.simulation import build_plan
from truce.simulation.chunk import play_chunk

SCENARIO = Scenario.model_validate(
    {
        "id": "belief",
        "parties": [{"id": "a", "reservation_value": 0.25}, {"id": "b", "reservation_value": 0.25}],
        "issues": [
            {"id": "i0", "options": [{"id": f"o{k}"} for k in range(4)]},
            {"id": "i1", "options": [{"id": f"o{k}"} for k in range(3)]},
        ],
        "preferences": [
            {
                "party": "a",
                "weights": {"i0": 0.5, "i1": 0.5},
                "values": {
                    "i0": {"o0": 1, "o1": 0.75, "o2": 0.25, "o3": 0},
                    "i1": {"o0": 0, "o1": 0.5, "o2": 1},
                },
            },
            {
                "party": "b",
                "weights": {"i0": 0.75, "i1": 0.25},
                "values": {
                    "i0": {"o0": 0, "o1": 0.375, "o2": 0.75, "o3": 1},
                    "i1": {"o0": 1, "o1": 0.625, "o2": 0},
                },
            },
        ],
        "red_lines": [
            {"id": "a_keeps_i0", "party": "a", "expression": "i0 in [o0, o1]", "confidence": "reported"},
            {"id": "b_keeps_i1", "party": "b", "expression": "i1 in [o0, o1]", "confidence": "disputed"},
            {"id": "b_firm", "party": "b", "expression": "i0 in [o1, o2, o3]"},
        ],
    }
)
BELIEF = parse_red_line_belief("reported=0.6,disputed=0.5")
RUNS = 400


@pytest.mark.parametrize(
    ("pair", "seed"),
    [(("boulware", "conceder"), 0), (("linear", "linear"), 1), (("conceder", "boulware"), 2)],
)
def test_each_run_plays_as_if_only_its_held_red_lines_existed(pair: tuple[str, str], seed: int) -> None:
    rounds = 12
    plan = build_plan(
        SCENARIO,
        runs=RUNS,
        seed=seed,
        rounds=rounds,
        strategies={"a": [pair[0]], "b": [pair[1]]},
        shock_effects=False,
        red_line_belief=BELIEF,
    )
    assert plan.sample_red_lines and plan.chunks_per_combo == 1
    played = play_chunk(plan, (0, 0, 0))
    # which red lines hold in each run: the sampler's draws from the chunk's uncertainty seed
    model = UncertaintyModel.from_scenario(SCENARIO, parties=plan.parties, red_line_belief=BELIEF)
    holds = next(
        model.sample(RUNS, np.random.default_rng(plan.seed_of(0, 0).spawn(2)[0]), chunk=RUNS)
    ).red_lines
    ids = [r.id for r in model.space.red_lines]
    exponents = {"boulware": 0.25, "linear": 1.0, "conceder": 4.0}
    expected: dict[frozenset[str], tuple[bool, int, dict[str, str] | None]] = {}
    for run in range(RUNS):
        held = frozenset(line for line, h in zip(ids, holds[run], strict=True) if h)
        if held not in expected:
            expected[held] = alternating_offers(
                SCENARIO, {"a": exponents[pair[0]], "b": exponents[pair[1]]}, rounds, set(held)
            )
        agreed, round_, outcome = expected[held]
        assert bool(played.agreed[run]) == agreed, (run, held)
        if agreed:
            row = plan.space.decode(np.array([played.outcome[run]]))[0]
            assert (int(played.round[run]), plan.space.outcome_ids(row)) == (round_, outcome), (run, held)
    assert len(expected) == 4  # every pattern of the two uncertain red lines occurs
    assert len({e[2] and tuple(e[2].items()) for e in expected.values()}) > 1  # and they matter
    assert "b_firm" in set.intersection(*map(set, expected))  # a firm red line always holds
    share = holds[:, ids.index("a_keeps_i0")].mean()
    assert abs(share - 0.6) < 5 * np.sqrt(0.6 * 0.4 / RUNS)


def test_without_a_belief_every_red_line_holds() -> None:
    plan = build_plan(
        SCENARIO, runs=20, rounds=12, strategies={"a": ["linear"], "b": ["linear"]}, shock_effects=False
    )
    assert not plan.sample_red_lines
    played = play_chunk(plan, (0, 0, 0))
    agreed, round_, outcome = alternating_offers(
        SCENARIO, {"a": 1.0, "b": 1.0}, 12, {r.id for r in SCENARIO.red_lines}
    )
    assert played.agreed.all() == agreed
    if agreed:
        row = plan.space.decode(played.outcome[:1])[0]
        assert plan.space.outcome_ids(row) == outcome and (played.round == round_).all()
