"""Command-line interface: a thin layer over the Python API.

User mistakes (:class:`truce.errors.TruceError`) are printed as one readable
message and exit with code 2, never as a traceback.
"""

from __future__ import annotations

import sys

from truce.cli import analysis as _analysis  # noqa: F401  (registers commands)
from truce.cli import demo as _demo  # noqa: F401
from truce.cli import genius as _genius  # noqa: F401
from truce.cli.app import app, err_console
from truce.errors import TruceError

__all__ = ["app", "main"]

for _module in ("truce.cli.conflict", "truce.cli.news"):
    try:
        __import__(_module)
    except ModuleNotFoundError as exc:  # a command module not written yet
        if exc.name != _module:
            raise


def main() -> None:
    """Entry point of the ``truce`` console script."""
    try:
        app()
    except TruceError as exc:
        err_console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        sys.exit(2)
