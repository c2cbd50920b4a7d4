"""A run is interrupted when the process that recorded it is gone: checked on real processes and rows."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import sqlalchemy as sa

from truce.store import Workspace
from truce.store.liveness import STALE_AFTER_S, RunProcess, current_process, process_gone
from truce.store.tables import runs

NOW = dt.datetime.now(dt.UTC)


def test_this_process_is_alive_and_an_exited_one_is_gone() -> None:
    host, pid, start = current_process()
    assert pid == os.getpid()
    assert not process_gone(RunProcess(host, pid, start, None), NOW)
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    assert process_gone(RunProcess(host, int(child.stdout), None, None), NOW)


def test_a_recycled_process_id_is_not_taken_for_the_run() -> None:
    host, pid, start = current_process()
    if start is None:  # no /proc: the start time cannot be compared
        return
    assert process_gone(RunProcess(host, pid, start + 1, None), NOW)


def test_on_another_host_the_heartbeat_decides() -> None:
    fresh = NOW - dt.timedelta(seconds=STALE_AFTER_S / 2)
    stale = NOW - dt.timedelta(seconds=STALE_AFTER_S + 1)
    assert not process_gone(RunProcess("elsewhere.invalid", 1, None, fresh), NOW)
    assert process_gone(RunProcess("elsewhere.invalid", 1, None, stale), NOW)
    assert process_gone(RunProcess("elsewhere.invalid", 1, None, None), NOW)


def test_listing_marks_running_runs_whose_process_is_gone(db_url: str) -> None:
    workspace = Workspace.open(db_url)
    mine, gone, old = (workspace.start_run("analysis") for _ in range(3))
    host, pid, start = current_process()
    with workspace.engine.begin() as c:
        c.execute(runs.update().where(runs.c.id == gone).values(host="elsewhere.invalid",
                                                                heartbeat_at=NOW - dt.timedelta(hours=1)))
        # A run stored before processes were recorded: nothing tells whether it still works.
        c.execute(runs.update().where(runs.c.id == old).values(host=None, pid=None, heartbeat_at=None))
    status = {r.id: r.status for r in workspace.runs()}
    assert status == {mine: "running", gone: "interrupted", old: "running"}
    with workspace.engine.connect() as c:  # what is stored is not rewritten by reading
        assert set(c.execute(sa.select(runs.c.status)).scalars()) == {"running"}
    recorded = workspace.run(mine).process
    assert recorded is not None and (recorded.host, recorded.pid, recorded.start) == (host, pid, start)
