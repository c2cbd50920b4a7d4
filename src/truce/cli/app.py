"""The Typer application every command module registers on.

Command modules import engines inside their functions, and the consoles make
their Rich console on first use, so that a command imports only what it uses
(``truce analyze --json`` never imports Rich) and ``import truce`` stays fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from truce import __version__

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "app", "console", "err_console", "escape", "print_json", "print_line", "progress_bar", "readable_help",
]

app = typer.Typer(
    name="truce",
    help="A workbench for preparing, mediating and studying real negotiations.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
import_app = typer.Typer(help="Import negotiation domains from other tools.", no_args_is_help=True)
app.add_typer(import_app, name="import")



def _print_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"truce {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """A workbench for preparing, mediating and studying real negotiations."""


class _LazyConsole:
    """A Rich console made on first use: commands that print JSON never import Rich."""

    def __init__(self, *, stderr: bool = False) -> None:
        self._stderr = stderr
        self._console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=self._stderr)
        return getattr(self._console, name)


console = cast("Console", _LazyConsole())
err_console = cast("Console", _LazyConsole(stderr=True))


def escape(text: str) -> str:
    """Escape Rich markup in ``text`` (Rich is imported only when something is printed)."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def _argument_metavar(name: str, usage_text: str) -> Callable[..., str]:
    def make_metavar(ctx: Any, *, usage: bool = False) -> str:
        return usage_text if usage else name

    return make_metavar


def readable_help(command: Any) -> Any:
    """Give every parameter of a command (and its subcommands) a conventional metavar.

    Arguments and valued options show their name in capitals (``SCENARIO``,
    ``--variant VARIANT``), whole numbers ``N``, flags nothing, instead of the
    framework's ``<str>``, ``<bool>`` and ``{SCENARIO}`` type labels.
    """
    import copy

    from typer._click.types import IntParamType
    from typer.core import TyperArgument, TyperOption

    for param in command.params:
        name = (param.name or "value").upper()
        if isinstance(param, TyperArgument):
            param.metavar = name
            usage = name if param.required else f"[{name}]"
            if param.nargs != 1:
                usage += "..."
            # the framework wraps required arguments in braces in the usage line and
            # shows their type's name beside them in the help
            param.make_metavar = _argument_metavar(name, usage)  # type: ignore[method-assign]
            param.type = copy.copy(param.type)
            param.type.get_metavar = lambda param, ctx: ""  # type: ignore[method-assign]
        elif isinstance(param, TyperOption) and param.is_flag:
            param.metavar = ""
        elif param.metavar is None:
            param.metavar = "N" if isinstance(param.type, IntParamType) else name
    make_help_option = command.get_help_option

    def help_option(ctx: Any) -> Any:
        option = make_help_option(ctx)
        if option is not None:
            option.metavar = ""
        return option

    command.get_help_option = help_option
    for sub in getattr(command, "commands", {}).values():
        readable_help(sub)
    return command


def print_json(document: Any) -> None:
    """Write one JSON document to standard output (no Rich markup, no wrapping)."""
    sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n")


def print_line(text: str) -> None:
    """Write one line of plain text to standard output (no markup, no wrapping, no Rich import)."""
    sys.stdout.write(text + "\n")


@contextmanager
def progress_bar(description: str) -> Iterator[Callable[[int, int], None]]:
    """A Rich progress bar on standard error, fed by ``advance(done, total)`` calls.

    Only when standard error is a terminal: nobody watches a bar in a pipe or
    a log, and skipping it keeps Rich unimported there.
    """
    if not sys.stderr.isatty():
        yield lambda done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=Console(stderr=True), transient=True,
    ) as bar:
        task = bar.add_task(description, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, advance=done, total=total)

        yield advance
