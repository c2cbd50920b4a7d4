"""``--save``/``--db`` on engine commands, ``truce runs``, ``show`` and ``export``."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

from tests.model.test_scenario import BASE
from tests.store.writer import SCENARIO

TRUCE = [sys.executable, "-m", "truce"]


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*TRUCE, *args], capture_output=True, text=True, timeout=120, cwd=cwd,
                          env={**os.environ, **(env or {})})


def test_saved_runs_are_listed_shown_and_exported(tmp_path: Path) -> None:
    scenario = tmp_path / "toy.yaml"
    scenario.write_text(yaml.safe_dump(SCENARIO), encoding="utf-8")
    db = str(tmp_path / "w.db")
    analysed = run("analyze", "toy.yaml", "--json", "--save", "--db", db, cwd=tmp_path)
    assert analysed.returncode == 0, analysed.stderr
    assert "saved as run 1" in analysed.stderr
    env = {"TRUCE_DB": db}
    assert run("diff", "toy.yaml", "--reservation", "a=0.5", "--save", cwd=tmp_path, env=env).returncode == 0
    listed = json.loads(run("runs", "--json", cwd=tmp_path, env=env).stdout)
    assert [(r["id"], r["kind"], r["scenario"], r["scenario_version"]) for r in listed] == [
        (2, "diff", "toy", 1), (1, "analysis", "toy", 1)]
    assert "result" not in listed[0]
    shown = run("show", "1", cwd=tmp_path, env=env)
    assert shown.returncode == 0 and "Agreement zone" in shown.stdout
    exported = json.loads(run("export", "1", cwd=tmp_path, env=env).stdout)
    assert exported["result"] == json.loads(analysed.stdout)
    assert run("export", "2", "-o", "run2.json", cwd=tmp_path, env=env).returncode == 0
    assert json.loads((tmp_path / "run2.json").read_text())["result"]["changes"] == [
        "a: reservation value 0.3 → 0.5"]
    assert not (tmp_path / "truce.db").exists()  # TRUCE_DB was used, not the default file


def test_a_saved_graph_model_run_keeps_its_case_inside_the_stored_scenario(tmp_path: Path) -> None:
    env = {"COLUMNS": "160"}
    saved = run("conflict", "gaza-ceasefire-2024", "--save", "--db", "w.db", cwd=tmp_path, env=env)
    assert saved.returncode == 0, saved.stderr
    shown = run("show", "1", "--db", "w.db", cwd=tmp_path, env=env)
    assert "Equilibria" in shown.stdout and saved.stdout in shown.stdout  # analysed again, rendered alike
    from truce.store import Workspace

    stored = Workspace.open(str(tmp_path / "w.db")).scenario_version("gaza-ceasefire-2024").scenario()
    assert stored.conflict is not None and not isinstance(stored.conflict, str)


def test_store_mistakes_are_one_line_errors(tmp_path: Path) -> None:
    missing = run("show", "7", "--db", str(tmp_path / "w.db"), cwd=tmp_path)
    assert missing.returncode == 2 and "no run 7" in missing.stderr and "Traceback" not in missing.stderr
    (tmp_path / "toy.yaml").write_text(yaml.safe_dump(SCENARIO), encoding="utf-8")
    no_save = run("analyze", "toy.yaml", "--db", "w.db", cwd=tmp_path)
    assert no_save.returncode == 2 and "--db is given without --save" in no_save.stderr
    (tmp_path / "bad.db").write_text("text, not a database\n" * 50)
    bad = run("runs", "--db", "bad.db", cwd=tmp_path)
    assert bad.returncode == 2 and "cannot open the workspace" in bad.stderr


def test_show_renders_a_stored_run_as_the_command_that_made_it(tmp_path: Path) -> None:
    (tmp_path / "toy.yaml").write_text(yaml.safe_dump(BASE), encoding="utf-8")
    env = {"TRUCE_DB": str(tmp_path / "w.db"), "COLUMNS": "160"}
    commands = [("analyze", "toy.yaml", "--variant", "tough"),
                ("mediate", "toy.yaml", "--samples", "300", "--top", "3", "--seed", "7"),
                ("simulate", "toy.yaml", "--runs", "5", "--rounds", "20")]
    for run_id, command in enumerate(commands, 1):
        made = run(*command, "--save", cwd=tmp_path, env=env)
        assert made.returncode == 0 and f"saved as run {run_id}" in made.stderr, made.stderr
        shown = run("show", str(run_id), cwd=tmp_path, env=env)
        assert shown.returncode == 0, shown.stderr
        # the same lines as the command printed, after the table that describes the run
        assert made.stdout.strip() and made.stdout in shown.stdout, command


def test_show_renders_diff_estimate_and_news_runs_as_their_commands(tmp_path: Path) -> None:
    (tmp_path / "toy.yaml").write_text(yaml.safe_dump(BASE), encoding="utf-8")
    other = copy.deepcopy(BASE)
    other["parties"][1]["reservation_value"] = 0.5
    (tmp_path / "toy2.yaml").write_text(yaml.safe_dump(other), encoding="utf-8")
    (tmp_path / "a.txt").write_text("Israel rejected the Hamas proposal on Sunday. Hamas demanded a "
                                    "permanent ceasefire.\n", encoding="utf-8")
    env = {"TRUCE_DB": str(tmp_path / "w.db"), "COLUMNS": "160"}
    commands = [("diff", "toy.yaml", "--variant", "tough"),
                ("diff", "toy.yaml", "toy2.yaml"),
                ("diff", "toy.yaml", "--base-variant", "tough", "--red-line", "a: y == p"),
                ("estimate", "gaza-ceasefire-2024"),
                ("ingest", "a.txt", "--date", "2024-07-07", "--scenario", "gaza-ceasefire-2024")]
    for run_id, command in enumerate(commands, 1):
        made = run(*command, "--save", cwd=tmp_path, env=env)
        assert made.returncode == 0 and f"saved as run {run_id}" in made.stderr, made.stderr
        shown = run("show", str(run_id), cwd=tmp_path, env=env)
        assert shown.returncode == 0 and "note:" not in shown.stderr, shown.stderr
        assert made.stdout.strip() and made.stdout in shown.stdout, command
    listed = json.loads(run("runs", "--json", cwd=tmp_path, env=env).stdout)
    assert [r["kind"] for r in listed] == ["news", "estimate", "diff", "diff", "diff"]
    estimate = json.loads(run("export", "4", cwd=tmp_path, env=env).stdout)
    printed = run("estimate", "gaza-ceasefire-2024", "--json", cwd=tmp_path).stdout
    assert estimate["result"] == json.loads(printed)
    # the second file of a diff is stored too, so the run can be compared again without it
    (tmp_path / "toy2.yaml").unlink()
    again = run("show", "2", cwd=tmp_path, env=env)
    assert again.returncode == 0 and "note:" not in again.stderr and "0.3 → 0.5" in again.stdout


def test_show_says_so_when_running_a_stored_run_again_gives_another_result(tmp_path: Path) -> None:
    import sqlalchemy as sa

    from truce.store import Workspace
    from truce.store.tables import runs

    (tmp_path / "toy.yaml").write_text(yaml.safe_dump(BASE), encoding="utf-8")
    db = str(tmp_path / "w.db")
    assert run("mediate", "toy.yaml", "--samples", "200", "--save", "--db", db, cwd=tmp_path).returncode == 0
    workspace = Workspace.open(db)
    stored = workspace.run(1).result
    stored["samples"] = 999
    with workspace.engine.begin() as c:
        c.execute(sa.update(runs).where(runs.c.id == 1).values(result=stored))
    shown = run("show", "1", "--db", db, cwd=tmp_path)
    assert shown.returncode == 0 and "does not give its stored result" in shown.stderr
    assert '"samples": 999' in shown.stdout
    repair = run("mediate", "toy.yaml", "--repair", "t.yaml", "--rejected-by", "a", "--save", cwd=tmp_path)
    assert repair.returncode == 2 and "--save stores bridging proposals, not repairs" in repair.stderr
