"""How runs are cut into chunks and handed to workers: chunk sizes, lazy tasks, shared draws."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from truce.io.scenario_file import load_scenario
from truce.model.uncertainty import UncertaintyModel, parse_red_line_belief
from truce.simulation import build_plan, simulation_start
from truce.simulation.chunk import _draw_key
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
    keys = [_draw_key(m, red_lines=False) for m in models]
    assert keys[0] == keys[1] != keys[2]
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
    assert _draw_key(believed[0], red_lines=True) != _draw_key(believed[1], red_lines=True)
