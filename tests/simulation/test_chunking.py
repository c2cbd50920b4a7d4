"""How runs are cut into chunks and handed to workers: chunk sizes, lazy tasks, shared draws."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from truce.io.scenario_file import load_scenario
from truce.model.scenario import Scenario
from truce.model.uncertainty import UncertaintyModel, parse_red_line_belief
from truce.simulation import build_plan, simulation_start
from truce.simulation.chunk import _chunk_setting, _uncertainty
from truce.simulation.draws import draw_keys
from truce.simulation.executors import IN_FLIGHT_PER_WORKER, InlineExecutor, LocalExecutor
from truce.simulation.plan import CHUNK_BYTES, MAX_CHUNK, MIN_CHUNK, chunk_size_for

BYTES_PER_CANDIDATE_AND_PARTY = 33  # float64 utility; float64, int64, int32, int32 and bool in a ladder


@given(candidates=st.integers(1, 100_000), parties=st.integers(2, 6))
def test_a_chunk_of_per_run_tables_fits_its_budget(candidates: int, parties: int) -> None:
    size = chunk_size_for(candidates, parties, per_run_tables=True)
    assert MIN_CHUNK <= size <= MAX_CHUNK and size % MIN_CHUNK == 0
    tables = BYTES_PER_CANDIDATE_AND_PARTY * candidates * parties
    if size > MIN_CHUNK:  # the smallest chunk is the floor, whatever its tables take
        assert size * tables <= CHUNK_BYTES
    if size < MAX_CHUNK:  # and no more than 256 runs short of the budget
        assert (size + MIN_CHUNK) * tables > CHUNK_BYTES
    assert chunk_size_for(candidates + 1, parties, per_run_tables=True) <= size
    assert chunk_size_for(candidates, parties, per_run_tables=False) == MAX_CHUNK


def test_tasks_are_generated_in_order_without_a_list() -> None:
    scenario = load_scenario("gaza-ceasefire-2024")
    plan = build_plan(scenario, runs=3000, rounds=40, start=simulation_start(scenario), rounds_per_day=2.0)
    listed = [task for s in range(len(plan.schedules)) for task in plan.tasks(s)]
    assert list(plan.all_tasks()) == listed and plan.task_count == len(listed)
    assert not isinstance(plan.all_tasks(), list)
    # sampled preferences over 100-odd candidates: chunks smaller than the 4,096 of a shared table
    assert plan.sample_preferences and plan.chunk_size < MAX_CHUNK
    assert plan.chunks_per_combo == -(-3000 // plan.chunk_size)


def _square(plan: object, task: int) -> int:
    return task * task


def test_workers_take_tasks_a_few_at_a_time_and_results_come_in_order() -> None:
    for executor, ahead in ((InlineExecutor(), 1), (LocalExecutor(workers=2), 2 * IN_FLIGHT_PER_WORKER)):
        pulled: list[int] = []

        def tasks(pulled: list[int] = pulled):  # type: ignore[no-untyped-def]
            for k in range(60):
                pulled.append(k)
                yield k

        results = executor.results(_square, None, tasks())
        assert next(results) == 0
        assert len(pulled) <= ahead  # not every task (or future) laid out up front
        assert list(results) == [k * k for k in range(1, 60)]


def test_phases_with_the_same_estimates_draw_the_same_numbers() -> None:
    """The premise of sharing one draw between phases: equal estimates, one seed, equal draws."""
    scenario = load_scenario("gaza-ceasefire-2024")
    plan = build_plan(scenario, runs=10, rounds=40, start=simulation_start(scenario), rounds_per_day=2.0)
    phases = [phase.scenario for phase in plan.schedules[0]]
    # 18 Aug: Hamas states red lines (estimates unchanged); 25 Aug: Israel's reservation value falls
    models = [UncertaintyModel.from_scenario(p, parties=plan.parties) for p in phases[:3]]
    assert len(models[1].space.red_lines) > len(models[0].space.red_lines)
    keys = [draw_keys(m, red_lines=False, uniform_reservation=True) for m in models]
    assert keys[0] == keys[1] and keys[1][0] != keys[2][0] and keys[1][1] == keys[2][1]
    assert draw_keys(models[0], red_lines=False, uniform_reservation=False)[1] is None
    draws = [next(m.sample(300, np.random.default_rng(5), chunk=300)) for m in models]
    for a, b in zip(draws[0].float_tables, draws[1].float_tables, strict=True):
        assert np.array_equal(a, b)
    assert np.array_equal(draws[0].reservation, draws[1].reservation)
    assert not np.array_equal(draws[1].reservation, draws[2].reservation)
    # when red lines are drawn, a phase with more of them draws differently
    belief = parse_red_line_belief("reported=0.7")
    believed = [
        UncertaintyModel.from_scenario(p, parties=plan.parties, red_line_belief=belief) for p in phases[:2]
    ]
    assert draw_keys(believed[0], True, True)[0] != draw_keys(believed[1], True, True)[0]


def _with_reservation_distribution(scenario: Scenario, distribution: str) -> Scenario:
    data = scenario.model_dump(mode="json")
    estimates = [party["reservation_value"] for party in data["parties"]]
    for event in data["timeline"]:
        estimates += list(((event.get("change") or {}).get("reservation_values") or {}).values())
    for estimate in estimates:
        if isinstance(estimate, dict):
            estimate["distribution"] = distribution
    return Scenario.model_validate(data)


@pytest.mark.parametrize("distribution", ["uniform", "triangular"])
def test_every_phase_gets_the_samplers_own_draws(distribution: str) -> None:
    """Each phase's reservation values and utilities are what the sampler draws with that phase's model.

    Uniform reservation values are replayed from one pass of the sampler
    (``ChunkDraw.with_reservation``); others take a pass per phase.  Either
    way, compared here with the sampler run on each phase's model.
    """
    scenario = _with_reservation_distribution(load_scenario("gaza-ceasefire-2024"), distribution)
    plan = build_plan(scenario, runs=600, rounds=40, start=simulation_start(scenario), rounds_per_day=2.0)
    assert plan.sample_preferences and plan.sample_reservation and plan.chunk_size >= 600
    setting = _chunk_setting(plan, 0, 0, 0)
    seed = plan.seed_of(0, 0).spawn(2)[0]
    rows = plan.space.decode(plan.candidates)
    reservations = set()
    for k, phase in enumerate(plan.schedules[0]):
        model = UncertaintyModel.from_scenario(phase.scenario, parties=plan.parties)
        assert {model.reservation.kind.tolist()[0]} == {0 if distribution == "uniform" else 1}
        assert (_uncertainty(plan, 0, k)[1][1] is None) == (distribution != "uniform")  # replayed or not
        sample = next(model.sample(600, np.random.default_rng(seed), chunk=600))
        assert np.array_equal(setting.phases[k].reservation, sample.reservation), k
        assert np.array_equal(setting.phases[k].utilities, sample.utilities(rows)), k
        reservations.add(sample.reservation.tobytes())
    assert len(reservations) > 2  # the shocks move reservation values
