"""Run the ``truce`` entry point in-process, as the console script does, capturing its output."""

from __future__ import annotations

import io
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass

from truce.cli import main


@dataclass(frozen=True)
class CliResult:
    code: int
    stdout: str
    stderr: str


def run_truce(*args: str) -> CliResult:
    """Exit code and output of ``truce ARGS``; any exception other than an exit propagates."""
    out, err = io.StringIO(), io.StringIO()
    argv = sys.argv
    sys.argv = ["truce", *args]
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                main()
                code = 0
            except SystemExit as stop:
                code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    finally:
        sys.argv = argv
    return CliResult(code, out.getvalue(), err.getvalue())
