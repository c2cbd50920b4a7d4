"""Start-up is paid only for what a command uses.

The libraries a command imports are checked directly, and the fixed cost
of ``truce --version`` is budgeted in modules imported beyond those of
``python -c pass`` in the same run (robust to load on the machine, unlike
seconds).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import shared_path

PROBE = """
import contextlib, io, sys
sys.argv = ["truce", *sys.argv[1:]]
from truce.__main__ import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        main()
    except SystemExit:
        pass
print(" ".join(sorted({name.split(".")[0] for name in sys.modules})))
"""
LIBRARIES = {"numpy", "pydantic", "rich", "typer", "yaml", "networkx", "spacy", "ortools", "dask",
             "sqlalchemy", "fastapi", "jinja2"}
#: Modules ``truce --version`` may import beyond those of ``python -c pass`` (31 today:
#: ``truce`` itself and the standard modules it uses; numpy alone would add over 100).
VERSION_BUDGET = 40
#: Modules ``truce analyze GENIUS-FOLDER --json`` may import beyond those of ``python -c pass``
#: (365 today, 406 when every command module and the workspace store were imported for any command).
ANALYZE_BUDGET = 375


def imported(*args: str) -> set[str]:
    """Top-level packages among the libraries that ``truce ARGS`` imports."""
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          check=True)
    return set(done.stdout.split()) & LIBRARIES


def test_version_imports_no_library() -> None:
    assert imported("--version") == set()


@pytest.mark.parametrize(("args", "needed"), [
    (("validate", "gaza-ceasefire-2024", "--json"), {"typer", "pydantic", "yaml", "numpy"}),
    (("analyze", "gaza-ceasefire-2024", "--json"), {"typer", "pydantic", "yaml", "numpy"}),
    (("schema",), {"typer", "pydantic"}),
    (("validate", "gaza-ceasefire-2024"), {"typer", "pydantic", "yaml", "numpy", "rich"}),
])
def test_a_command_imports_only_what_it_uses(args: tuple[str, ...], needed: set[str]) -> None:
    assert imported(*args) == needed


def _modules(*command: str) -> set[str]:
    """Every module a Python program has imported when it ends."""
    report = "import sys; print(' '.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", f"{command[0]}\n{report}", *command[1:]],
                          capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_version_costs_little_more_than_python_itself() -> None:
    """Counted in modules, not seconds, so the budget holds on a loaded machine."""
    python = _modules("pass")
    version = _modules(PROBE.replace("print(", "_ = (", 1), "--version")
    extra = version - python - {"contextlib", "io"}  # the probe's own imports
    assert len(extra) <= VERSION_BUDGET, sorted(extra)


def test_a_genius_folder_is_analyzed_without_yaml_or_rich() -> None:
    folder = shared_path("data", "genius", "LaptopC")
    assert imported("analyze", str(folder), "--json") == {"typer", "pydantic", "numpy"}


def test_analyze_imports_little_more_than_its_libraries() -> None:
    """``analyze --json`` on a GENIUS folder, in modules beyond ``python -c pass``."""
    folder = shared_path("data", "genius", "LaptopC")
    python = _modules("pass")
    analyze = _modules(PROBE.replace("print(", "_ = (", 1), "analyze", str(folder), "--json")
    extra = analyze - python - {"contextlib", "io"}
    assert len(extra) <= ANALYZE_BUDGET, sorted(extra)


def test_a_genius_folder_is_analyzed_without_building_a_validator() -> None:
    """The GENIUS reader builds the model itself: no pydantic schema of the scenario, no red-line language.

    Building the scenario's validator costs more than analysing a small domain;
    a YAML file needs it, a GENIUS folder (no red lines) needs neither.
    """
    folder = shared_path("data", "genius", "LaptopC")
    report = ("from truce.model.scenario import Scenario\n"
              "print(Scenario.__pydantic_complete__, 'truce.model.redlines' in sys.modules)")
    probe = PROBE.replace('print(" ".join(sorted({name.split(".")[0] for name in sys.modules})))', report)
    assert probe != PROBE
    done = subprocess.run([sys.executable, "-c", probe, "analyze", str(folder), "--json"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_importing_a_genius_folder_needs_no_numpy(tmp_path: Path) -> None:
    folder = shared_path("data", "genius", "LaptopC")
    command = ("import", "genius", str(folder), "-o", str(tmp_path / "laptop.yaml"), "--force")
    assert imported(*command, "--json") == {"typer", "pydantic", "yaml"}
    assert imported(*command) == {"typer", "pydantic", "yaml", "rich"}  # its warnings, in colour
    assert (tmp_path / "laptop.yaml").is_file()
    camera = shared_path("data", "genius", "CameraC")  # no warnings: one plain line, no Rich
    assert imported("import", "genius", str(camera), "-o", str(tmp_path / "camera.yaml")) == {
        "typer", "pydantic", "yaml"}


def test_every_command_is_found_in_the_module_named_for_it() -> None:
    """``truce.cli.main`` imports only ``COMMAND_MODULES[command]``: the table must match the app."""
    from truce.cli import COMMAND_MODULES, app

    registered = {c.name or c.callback.__name__: c.callback.__module__ for c in app.registered_commands
                  if c.callback is not None}
    for group in app.registered_groups:
        modules = {c.callback.__module__ for c in group.typer_instance.registered_commands if c.callback}
        assert len(modules) == 1, (group.name, modules)
        registered[str(group.name)] = modules.pop()
    assert {name: f"truce.cli.{module}" for name, module in COMMAND_MODULES.items()} == registered


def test_a_command_line_builds_only_the_command_it_names() -> None:
    """Commands beside the one named are not built (their options cost start-up); help builds all."""
    from typer.main import get_command_name

    from truce.cli import COMMAND_MODULES, _app_for, app

    for name in COMMAND_MODULES:
        only = _app_for(app, [name, "--json"])
        built = [c.name or get_command_name(c.callback.__name__) for c in only.registered_commands
                 if c.callback is not None] + [g.name for g in only.registered_groups]
        assert built == [name]
    assert _app_for(app, ["--help"]) is app
    assert _app_for(app, ["analyse", "x"]) is app  # an unknown command: the framework says which exist
