"""Command-line interface: a thin layer over the Python API.

User mistakes (:class:`truce.errors.TruceError`) are printed as one readable
message and exit with code 2, never as a traceback.  Command modules register
on :data:`truce.cli.app.app` when imported and import engines inside their
functions, so start-up stays fast.
"""

from __future__ import annotations

import sys

from rich.markup import escape

from truce.cli import analysis, conflict, demo, genius, news, simulation, workspace  # noqa: F401  (register commands)
from truce.cli.app import app, err_console
from truce.errors import TruceError

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the ``truce`` console script."""
    try:
        app()
    except TruceError as exc:
        err_console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(2)
