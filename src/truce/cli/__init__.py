"""Command-line interface: a thin layer over the Python API.

User mistakes (:class:`truce.errors.TruceError`) are printed as one readable
message and exit with code 2, never as a traceback.  Command modules register
on :data:`truce.cli.app.app` when imported and import engines (and Rich)
inside their functions; :func:`main` imports only the module of the command
it runs (all of them for help, completion or an unknown command), so a
command imports only the libraries it uses.  ``truce.cli.app`` (the
attribute) is the application with every command registered.  The console
script starts in :func:`truce.__main__.main`, which answers ``truce
--version`` before importing any of this.
"""

from __future__ import annotations

import copy
import importlib
import sys
import types
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from truce.cli.app import app as app

__all__ = ["COMMAND_MODULES", "app", "main"]

#: The module of :mod:`truce.cli` that registers each top-level command (or group).
COMMAND_MODULES = {
    "runs": "workspace", "show": "workspace", "export": "workspace",
    "validate": "analysis", "analyze": "analysis", "diff": "analysis", "schema": "analysis",
    "scenarios": "analysis", "conflict": "conflict", "mediate": "mediation", "simulate": "simulation",
    "strategies": "simulation", "demo": "demo", "estimate": "estimate", "ingest": "news",
    "eval-news": "news", "report": "report", "serve": "serve", "import": "genius",
}
_ALL = tuple(dict.fromkeys(COMMAND_MODULES.values()))


def _register(modules: Sequence[str]) -> None:
    for module in modules:
        importlib.import_module(f"truce.cli.{module}")


def _command_of(args: Sequence[str]) -> str | None:
    """The top-level command a command line names, if it names one."""
    words = [arg for arg in args if not arg.startswith("-")]
    return words[0] if words and words[0] in COMMAND_MODULES else None


def _modules_for(args: Sequence[str]) -> Sequence[str]:
    """The command modules a command line needs: its command's, or all of them."""
    command = _command_of(args)
    return _ALL if command is None else (COMMAND_MODULES[command],)


def _app_for(app: Any, args: Sequence[str]) -> Any:
    """The application with only the command a command line names (all of them for help,
    completion or an unknown command): the framework builds every command it holds before it
    parses, which costs a command module's siblings as much as the command itself."""
    from typer.main import get_command_name

    command = _command_of(args)
    if command is None:
        return app
    only = copy.copy(app)
    only.registered_commands = [c for c in app.registered_commands
                                if (c.name or get_command_name(c.callback.__name__)) == command]
    only.registered_groups = [g for g in app.registered_groups if g.name == command]
    return only


class _Package(types.ModuleType):
    """``truce.cli`` itself, whose ``app`` attribute is the application with every command.

    The import system binds each submodule as an attribute of its package once
    loaded; ``truce.cli.app`` (the attribute) stays the application, as
    ``from truce.cli import app`` expects, not the module that defines it.
    """

    @property
    def app(self) -> Any:
        """The Typer application with every command registered."""
        _register(_ALL)
        return sys.modules["truce.cli.app"].app

    @app.setter
    def app(self, value: Any) -> None:
        """Ignore the import system binding the ``truce.cli.app`` module here."""


sys.modules[__name__].__class__ = _Package


def main() -> None:
    """Run the command line on ``sys.argv``; user mistakes exit with code 2."""
    from typer.main import get_command

    from truce.cli.app import app, err_console, escape, readable_help
    from truce.errors import TruceError

    _register(_modules_for(sys.argv[1:]))
    try:
        readable_help(get_command(_app_for(app, sys.argv[1:])))(prog_name="truce")
    except TruceError as exc:
        err_console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(2)
