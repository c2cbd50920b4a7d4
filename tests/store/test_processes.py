"""Other processes: concurrent writers lose nothing; a writer killed by SIGKILL leaves the store readable."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from tests.cli_runner import run_truce
from truce.store import Workspace

WRITER = Path(__file__).with_name("writer.py")
PATHS = [str(WRITER.parents[2]), os.environ.get("PYTHONPATH", "")]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(PATHS)}


def _writer(url: str, name: str, runs: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(WRITER), url, name, str(runs), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)


def _integrity(url: str) -> None:
    workspace = Workspace.open(url)
    if workspace.engine.dialect.name == "sqlite":
        with workspace.engine.connect() as c:
            assert c.execute(sa.text("PRAGMA integrity_check")).scalar() == "ok"
            assert c.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"


def test_concurrent_writers_on_a_new_workspace_lose_no_write(db_url: str) -> None:
    writers = [_writer(db_url, f"w{k}", 12) for k in range(3)]
    for process in writers:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        assert out.split("\n")[-2] == "done 11"
    _integrity(db_url)
    workspace = Workspace.open(db_url)
    runs = workspace.runs()
    assert len(runs) == 36 and all(r.status == "succeeded" for r in runs)
    assert sorted((r.parameters["writer"], r.parameters["k"]) for r in runs) == sorted(
        (f"w{k}", i) for k in range(3) for i in range(12))
    assert all(workspace.run(r.id).result["payload"] == list(range(50)) for r in runs[:5])
    assert [v.number for v in workspace.versions("toy")] == [1]


def test_kill_9_in_the_middle_of_a_run_leaves_earlier_runs_intact(db_url: str) -> None:
    process = _writer(db_url, "victim", 3, "hang")
    assert process.stdout is not None
    lines = [process.stdout.readline().strip() for _ in range(4)]
    assert lines == ["done 0", "done 1", "done 2", "writing"]
    workspace = Workspace.open(db_url)
    alive = workspace.runs(limit=1)[0]
    assert (alive.kind, alive.status) == ("simulation", "running")
    assert alive.process is not None and alive.process.pid == process.pid
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    _integrity(db_url)
    interrupted, *finished = workspace.runs()
    assert (interrupted.id, interrupted.status) == (alive.id, "interrupted")
    assert workspace.run(alive.id).status == "interrupted"
    listed = json.loads(run_truce("runs", "--json", "--db", db_url).stdout)
    assert (listed[0]["id"], listed[0]["status"]) == (alive.id, "interrupted")
    shown = run_truce("show", str(alive.id), "--db", db_url).stdout
    assert "interrupted: its process" in shown
    from fastapi.testclient import TestClient

    from truce.web import create_app

    with TestClient(create_app(workspace=workspace)) as client:
        assert client.get("/runs.json").json()["runs"][0]["status"] == "interrupted"
        assert "interrupted" in client.get(f"/runs/{alive.id}").text
    assert [(r.status, workspace.run(r.id).result["k"]) for r in finished] == [
        ("succeeded", 2), ("succeeded", 1), ("succeeded", 0)]
    with workspace.record_run("analysis") as run:  # the store still takes writes
        run.result = {"after": True}
    assert workspace.runs(limit=1)[0].status == "succeeded"
