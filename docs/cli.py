"""Generate docs/cli.md, the command-line reference, from the commands' own help.

Run ``python docs/cli.py`` after changing a command, an option or its help; a
test fails while docs/cli.md is out of date.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

TARGET = Path(__file__).with_name("cli.md")


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _parameter_row(param: Any) -> str:
    """One table row: the argument or option as typed, what it does, its default."""
    from typer.core import TyperArgument

    if isinstance(param, TyperArgument):
        shown = f"`{param.metavar}`"
        default = "required" if param.required else ""
    else:
        names = ", ".join(param.opts + param.secondary_opts)
        shown = f"`{names} {param.metavar}`" if param.metavar else f"`{names}`"
        default = "" if param.is_flag or param.default in (None, (), []) else f"`{param.default}`"
    return f"| {shown} | {_cell(param.help or '')} | {default} |"


def _command(path: list[str], command: Any) -> list[str]:
    import click

    name = " ".join(path)
    context = click.Context(command, info_name=name)
    usage = " ".join(command.collect_usage_pieces(context))
    lines = [f"## `{name}`", "", inspect.cleandoc(command.help or ""), "", "```text",
             f"{name} {usage}", "```", ""]
    params = [p for p in command.params if p.name != "help"]
    if params:
        lines += ["| argument or option | meaning | default |", "|---|---|---|"]
        lines += [_parameter_row(p) for p in params]
        lines.append("")
    return lines


def _leaves(path: list[str], command: Any) -> list[tuple[list[str], Any]]:
    subcommands = getattr(command, "commands", None)
    if subcommands is None:
        return [(path, command)]
    return [leaf for key in sorted(subcommands) for leaf in _leaves([*path, key], subcommands[key])]


def render() -> str:
    """The Markdown of docs/cli.md."""
    import typer.main

    from truce.cli import app
    from truce.cli.app import readable_help

    root = readable_help(typer.main.get_command(app))
    lines = ["# Command-line reference", "",
             "Generated from the commands' help by `python docs/cli.py`; do not edit. "
             "`truce COMMAND --help` prints the same.", ""]
    for path, command in _leaves(["truce"], root):
        lines += _command(path, command)
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
