"""Command-line interface: a thin layer over the Python API.

User mistakes (:class:`truce.errors.TruceError`) are printed as one readable
message and exit with code 2, never as a traceback.  Command modules register
on :data:`truce.cli.app.app` when imported and import engines (and Rich)
inside their functions, so a command imports only the libraries it uses.
The console script starts in :func:`truce.__main__.main`, which answers
``truce --version`` before importing any of this.
"""

from __future__ import annotations

import sys

import typer

from truce.cli import (  # noqa: F401  (register commands)
    analysis,
    conflict,
    demo,
    estimate,
    genius,
    mediation,
    news,
    report,
    serve,
    simulation,
    workspace,
)
from truce.cli.app import app, err_console, escape, readable_help
from truce.errors import TruceError

__all__ = ["app", "main"]


def main() -> None:
    """Run the command line on ``sys.argv``; user mistakes exit with code 2."""
    try:
        readable_help(typer.main.get_command(app))(prog_name="truce")
    except TruceError as exc:
        err_console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(2)
