"""One seed, one result: inline, a local process pool and a Dask cluster agree bit for bit."""

from __future__ import annotations

import socket
import threading
import time

import numpy as np
import pytest

from tests.model.test_scenario import BASE
from truce.errors import TruceError
from truce.model.scenario import Scenario
from truce.model.uncertainty import parse_red_line_belief
from truce.simulation import build_plan, executor_for
from truce.simulation.chunk import play_chunk
from truce.simulation.executors import InlineExecutor, LocalExecutor

# b's red line only reported, believed to hold in 70 % of runs; b breaks ties at random
SCENARIO = Scenario.model_validate({
    **BASE, "red_lines": [{**BASE["red_lines"][0], "confidence": "reported"}]
})
STRATEGIES = {"a": ["boulware", "random"], "b": ["conceder:accept=ac_time,t=0.5,ties=random"]}


def _plan():  # type: ignore[no-untyped-def]
    plan = build_plan(
        SCENARIO, runs=300, seed=7, rounds=20, strategies=STRATEGIES,
        red_line_belief=parse_red_line_belief("reported=0.7"),
    )
    return plan, plan.tasks(0)


def _same(left, right) -> None:  # type: ignore[no-untyped-def]
    assert len(left) == len(right)
    for a, b in zip(left, right, strict=True):
        for field in ("agreed", "round", "outcome", "payoff"):
            assert np.array_equal(getattr(a, field), getattr(b, field)), field


def test_chunking_does_not_depend_on_the_executor() -> None:
    plan, tasks = _plan()
    assert plan.sample_reservation and len(tasks) == 2  # a has a reservation range; two combinations
    assert plan.sample_red_lines and plan.combos[0][1].ties == "random"
    inline = InlineExecutor().map(play_chunk, plan, tasks)
    _same(inline, InlineExecutor().map(play_chunk, plan, list(tasks)))
    _same(inline, LocalExecutor(workers=2).map(play_chunk, plan, tasks))
    _same(inline, LocalExecutor(workers=1).map(play_chunk, plan, tasks))


def test_dask_cluster_gives_the_same_result() -> None:
    distributed = pytest.importorskip("distributed")
    plan, tasks = _plan()
    inline = InlineExecutor().map(play_chunk, plan, tasks)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address.removeprefix("tcp://")
        _same(inline, executor_for(f"dask://{address}").map(play_chunk, plan, tasks))


@pytest.mark.parametrize(
    ("spec", "fragment"),
    [
        ("gpu", "unknown executor"),
        ("dask://nohost", "has no port"),
        ("dask://host:port", "a port from 1 to 65535"),
        ("dask://127.0.0.1:70000", "a port from 1 to 65535"),
        ("dask://:8786", "a port from 1 to 65535"),
        ("dask://127.0.0.1:9", "no Dask scheduler answered"),
    ],
)
def test_bad_executors(spec: str, fragment: str) -> None:
    plan, tasks = _plan()
    with pytest.raises(TruceError, match=fragment):
        executor_for(spec).map(play_chunk, plan, tasks[:1])


def test_an_address_that_answers_but_not_as_dask_is_one_clear_error() -> None:
    """A web server (or any other service) at the address: an error naming it, no traceback, no hang."""
    pytest.importorskip("distributed")
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]

        def answer() -> None:
            connection, _ = server.accept()
            with connection:
                connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n" * 4)
                time.sleep(1)

        thread = threading.Thread(target=answer, daemon=True)
        thread.start()
        started = time.monotonic()
        with pytest.raises(TruceError, match="is not a Dask scheduler"):
            executor_for(f"dask://127.0.0.1:{port}").check()
        assert time.monotonic() - started < 30
        thread.join(timeout=5)
