"""Start-up is paid only for what a command uses.

The modules a command imports are checked directly (robust to machine
load); one ratio budget against ``python -c pass`` measured in the same run
guards the fixed cost of ``truce --version``.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

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
#: ``truce --version`` may take at most this many times ``python -c pass`` (best of several runs).
VERSION_BUDGET = 3.0


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
    (("schema",), {"typer", "pydantic", "yaml", "numpy"}),
    (("validate", "gaza-ceasefire-2024"), {"typer", "pydantic", "yaml", "numpy", "rich"}),
])
def test_a_command_imports_only_what_it_uses(args: tuple[str, ...], needed: set[str]) -> None:
    assert imported(*args) == needed


def _best(command: list[str], runs: int = 7) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def test_version_starts_about_as_fast_as_python_itself() -> None:
    base = version = float("inf")
    for _ in range(3):  # interleaved, so load on the machine hits both alike
        base = min(base, _best([sys.executable, "-c", "pass"], runs=3))
        version = min(version, _best([sys.executable, "-m", "truce", "--version"], runs=3))
    assert version <= VERSION_BUDGET * base, (version, base)
