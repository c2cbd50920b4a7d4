"""Executors: where chunks of a simulation run.

* ``inline``: in this process, one chunk after another;
* ``local``: a pool of worker processes on this machine (``os.cpu_count()``
  workers unless told otherwise);
* ``dask://HOST:PORT``: an existing Dask distributed cluster (the ``dask``
  extra); the plan is scattered to the workers once.  The address is probed
  first (connect and Dask's handshake, within a timeout), so an address where
  nothing answers, or something other than a Dask scheduler, gives one clear
  error instead of a hang or a traceback.

Every executor returns chunk results in task order, so results do not depend
on where or in which order chunks ran.  Tasks are taken from an iterator as
workers free up (a few per worker in flight), so a simulation of many runs
never lays out all its tasks, or all their futures, at once.
"""

from __future__ import annotations

import asyncio
import os
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any, ClassVar, TypeVar

from truce.errors import TruceError

__all__ = ["EXECUTORS", "DaskExecutor", "Executor", "InlineExecutor", "LocalExecutor", "executor_for"]

T = TypeVar("T")
Task = Callable[[Any, Any], T]
Progress = Callable[[int, int], None]

IN_FLIGHT_PER_WORKER = 4
"""Tasks handed out per worker ahead of the result awaited: enough to keep every worker busy."""


def _in_order(submit: Callable[[Any], Any], tasks: Iterable[Any], window: int) -> Iterator[Any]:
    """Submit tasks lazily, at most ``window`` ahead, and yield their futures' results in task order."""
    pending: deque[Any] = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class Executor(ABC):
    """Runs ``function(plan, task)`` for every task and returns the results in task order."""

    name: ClassVar[str]
    summary: ClassVar[str]

    def map(
        self,
        function: Task[T],
        plan: Any,
        tasks: Iterable[Any],
        progress: Progress | None = None,
        total: int | None = None,
    ) -> list[T]:
        """Results of ``function(plan, task)`` for each task, in order, reported to ``progress``.

        ``total`` is the number of tasks (needed for progress when ``tasks`` is an iterator).
        """
        count = total if total is not None else len(tasks) if isinstance(tasks, Sized) else 0
        found = []
        for result in self.results(function, plan, tasks):
            found.append(result)
            if progress is not None:
                progress(1, count)
        return found

    def check(self) -> None:  # noqa: B027 (most executors have nothing to check)
        """Fail early, before any work, when the executor cannot run (a TruceError saying why)."""

    @abstractmethod
    def results(self, function: Task[T], plan: Any, tasks: Iterable[Any]) -> Iterator[T]:
        """Yield the result of ``function(plan, task)`` for each task, in task order."""


class InlineExecutor(Executor):
    """In this process, one task after another."""

    name = "inline"
    summary = "in this process"

    def results(self, function: Task[T], plan: Any, tasks: Iterable[Any]) -> Iterator[T]:
        """Run each task here, one after another, as it is taken."""
        for task in tasks:
            yield function(plan, task)


_WORKER_PLAN: Any = None


def _install(plan: Any) -> None:
    global _WORKER_PLAN
    _WORKER_PLAN = plan


def _call(function: Task[T], task: Any) -> T:
    return function(_WORKER_PLAN, task)


class LocalExecutor(Executor):
    """A pool of worker processes on this machine; the plan is sent once per worker.

    Parameters
    ----------
    workers
        Number of worker processes; None for one per CPU.

    Raises
    ------
    TruceError
        If ``workers`` is below 1.
    """

    name = "local"
    summary = "a process pool on this machine (default: one worker per CPU)"

    def __init__(self, workers: int | None = None) -> None:
        if workers is not None and workers < 1:
            raise TruceError(
                f"the number of workers must be at least 1, got {workers}", hint="e.g. --workers 2"
            )
        self.workers = workers or os.cpu_count() or 1

    def results(self, function: Task[T], plan: Any, tasks: Iterable[Any]) -> Iterator[T]:
        """Run the tasks in the pool, at most :data:`IN_FLIGHT_PER_WORKER` per worker ahead."""
        with ProcessPoolExecutor(max_workers=self.workers, initializer=_install, initargs=(plan,)) as pool:
            yield from _in_order(
                lambda task: pool.submit(_call, function, task), tasks, IN_FLIGHT_PER_WORKER * self.workers
            )


async def _handshake(address: str, timeout: float) -> None:
    from distributed.comm.core import connect

    comm = await asyncio.wait_for(connect(address, timeout=timeout), timeout)  # type: ignore[no-untyped-call]
    await comm.close()


class DaskExecutor(Executor):
    """An existing Dask distributed cluster, by scheduler address; the plan is scattered once.

    Parameters
    ----------
    address
        The scheduler's ``HOST:PORT`` (without ``dask://``).
    timeout
        Seconds to wait for the scheduler to answer, in :meth:`check` and when connecting.
    """

    name = "dask"
    summary = "an existing Dask cluster: dask://HOST:PORT (the dask extra)"

    def __init__(self, address: str, timeout: float = 5.0) -> None:
        self.address = address
        self.timeout = timeout

    def check(self) -> None:
        """Check that a Dask scheduler answers at the address (a clear TruceError otherwise)."""
        try:
            import distributed  # noqa: F401
        except ImportError as exc:
            raise TruceError(
                "the dask executor needs the dask extra", hint="pip install 'truce[dask]'"
            ) from exc
        hint = "start one (dask scheduler) or check the address, e.g. dask://127.0.0.1:8786"
        try:
            # in a thread of its own: the caller may be running an event loop already
            with ThreadPoolExecutor(max_workers=1) as thread:
                thread.submit(asyncio.run, _handshake(self.address, self.timeout)).result()
        except (OSError, TimeoutError) as exc:
            raise TruceError(
                f"no Dask scheduler answered at {self.address} within {self.timeout:g} s", hint=hint
            ) from exc
        except Exception as exc:  # whatever answered did not speak Dask's protocol
            raise TruceError(
                f"what answers at {self.address} is not a Dask scheduler "
                f"({type(exc).__name__} in the handshake)",
                hint=hint,
            ) from exc

    def results(self, function: Task[T], plan: Any, tasks: Iterable[Any]) -> Iterator[T]:
        """Run the tasks on the cluster, after :meth:`check`.

        At most :data:`IN_FLIGHT_PER_WORKER` tasks per worker thread are in flight
        ahead of the result awaited.
        """
        self.check()
        from distributed import Client

        client = Client(self.address, timeout=self.timeout, set_as_default=False)  # type: ignore[no-untyped-call]
        with client:
            shared = client.scatter(plan, broadcast=True)  # type: ignore[no-untyped-call]
            threads = max(2, sum(client.nthreads().values()))  # type: ignore[no-untyped-call]
            yield from _in_order(
                lambda task: client.submit(function, shared, task, pure=False),
                tasks,
                IN_FLIGHT_PER_WORKER * threads,
            )


EXECUTORS: dict[str, str] = {e.name: e.summary for e in (InlineExecutor, LocalExecutor, DaskExecutor)}
"""Registered executors: name → what it is."""


def executor_for(spec: str, workers: int | None = None) -> Executor:
    """``inline``, ``local`` or ``dask://HOST:PORT``."""
    if spec == "inline":
        return InlineExecutor()
    if spec == "local":
        return LocalExecutor(workers)
    if spec.startswith("dask://"):
        address = spec.removeprefix("dask://")
        host, colon, port = address.rpartition(":")
        if not colon:
            raise TruceError(f"dask address {spec!r} has no port", hint="write dask://HOST:PORT")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise TruceError(
                f"dask address {spec!r} is not HOST:PORT with a port from 1 to 65535",
                hint="e.g. dask://127.0.0.1:8786",
            )
        return DaskExecutor("tcp://" + address)
    raise TruceError(f"unknown executor {spec!r}", hint="use inline, local or dask://HOST:PORT")
