"""Code in the README and docs runs, and what the docs print or quote is what the code gives.

How to make a page of docs checked (README.md and docs/*.md are all scanned):

* ```console blocks: each ``$ truce ARGS`` line is run (``python -m truce ARGS`` in the
  repository root, 100 columns, no colour) and the lines after it, up to the next ``$`` line,
  are its expected output (standard output, then standard error).  Output and expectation
  are compared after normalising whitespace: runs of blanks and line breaks count as one
  space, and blanks beside ``[]{}(),:;`` do not count, so Rich's wrapping and JSON's indentation
  do not matter.  ``...`` in the expectation stands for any text (as in doctest's ELLIPSIS).
  The exit code must be 2 when the expectation starts with ``error:``, and 0 otherwise.
* ```pycon blocks: Python sessions (``>>>`` and ``...`` prompts, expected output below), run
  with :mod:`doctest` (NORMALIZE_WHITESPACE, ELLIPSIS); the blocks of one page share their
  names, in order.
* ```python blocks of the pages in ``DOCS_WITH_PYTHON`` are executed; put ``assert`` in them.
* ```sh blocks: each ``truce ...`` line that names no placeholder file must exit 0 (output not
  compared; prefer ``console`` where the output is worth showing).
* Generated pages: docs/reference.md (``python docs/reference.py``, from docstrings) and
  docs/cli.md (``python docs/cli.py``, from the commands' help) must be regenerated after a change.
* Numbers in prose: add ``(page, phrase, function)`` to ``QUOTED``; the phrase must occur in
  the page and the function (which computes it from the code, never copies it) must return
  it.  Timings are not quoted here: they depend on the machine.
"""

from __future__ import annotations

import doctest
import importlib.util
import io
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from truce.analysis import analyze
from truce.model.scenario import Scenario

REPO = Path(__file__).resolve().parents[1]
FENCE = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]


def blocks(path: Path, language: str) -> list[str]:
    return [body for lang, body in FENCE.findall(path.read_text(encoding="utf-8")) if lang == language]


def _module(path: Path) -> ModuleType:
    """A script of the repository (docs/reference.py, benchmarks/...) imported by its path."""
    name = f"_docs_{path.parent.name}_{path.stem}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


# -- console blocks: commands and the output they print ---------------------------------------

CONSOLE_ENV = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
_BESIDE_PUNCTUATION = re.compile(r" ?([\[\]{}(),:;]) ?")


def normalise(text: str) -> str:
    """Whitespace runs as one space, none beside brackets, commas, colons and semicolons."""
    return _BESIDE_PUNCTUATION.sub(r"\1", " ".join(text.split()))


def output_matches(expected: str, actual: str) -> bool:
    """Whether ``actual`` is ``expected`` up to whitespace, ``...`` standing for any text."""
    pattern = ".*?".join(re.escape(part) for part in normalise(expected).split("..."))
    return re.fullmatch(pattern, normalise(actual), re.DOTALL) is not None


def sessions(path: Path) -> list[tuple[str, str]]:
    """``(command, expected output)`` of every ``$ truce`` line in the page's console blocks."""
    found: list[tuple[str, str]] = []
    for block in blocks(path, "console"):
        command: str | None = None
        expected: list[str] = []
        for line in [*block.splitlines(), "$ "]:
            if line.startswith("$ "):
                if command is not None:
                    found.append((command, "\n".join(expected)))
                command, expected = line[2:].strip() or None, []
            else:
                expected.append(line)
    return found


def test_output_comparison_ignores_layout_but_not_content() -> None:
    assert output_matches("valid: toy: 2 parties,\n  6 outcomes", "valid:  toy: 2 parties, 6\noutcomes\n")
    assert output_matches('{"states": [1, 2], ...}', '{\n  "states": [\n    1,\n    2\n  ],\n  "x": 3\n}')
    assert not output_matches("2 parties", "3 parties")
    assert not output_matches("1 state", "1 states")
    assert sessions(REPO / "README.md"), "the README shows at least one command with its output"


@pytest.mark.parametrize(
    ("page", "command", "expected"),
    [(doc, command, expected) for doc in DOCS for command, expected in sessions(doc)],
    ids=lambda value: value.name if isinstance(value, Path) else str(value)[:50],
)
def test_documented_output_is_what_the_command_prints(page: Path, command: str, expected: str) -> None:
    args = shlex.split(command)
    assert args[0] == "truce", f"{page.name}: console blocks show truce commands: {command}"
    result = subprocess.run([sys.executable, "-m", "truce", *args[1:]], capture_output=True, text=True,
                            timeout=300, cwd=REPO, env=CONSOLE_ENV)
    printed = result.stdout + result.stderr
    assert result.returncode == (2 if expected.strip().startswith("error:") else 0), printed[-2000:]
    assert output_matches(expected, printed), f"{page.name}: $ {command}\n--- printed:\n{printed[-3000:]}"


# -- pycon blocks: Python sessions, checked by doctest ----------------------------------------


@pytest.mark.parametrize("doc", [d for d in DOCS if blocks(d, "pycon")], ids=lambda p: p.name)
def test_documented_sessions_print_what_they_show(doc: Path) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    names: dict[str, object] = {}
    report = io.StringIO()
    for k, block in enumerate(blocks(doc, "pycon")):
        test = doctest.DocTestParser().get_doctest(block, names, f"{doc.name} block {k + 1}", str(doc), 0)
        runner.run(test, out=report.write, clear_globs=False)
    assert runner.failures == 0, report.getvalue()


# -- python and sh blocks: they run -----------------------------------------------------------

DOCS_WITH_PYTHON = [REPO / "docs" / "tutorial.md", REPO / "docs" / "simulation.md"]


def test_readme_scenario_example_is_valid() -> None:
    (example,) = blocks(REPO / "README.md", "yaml")
    result = analyze(Scenario.model_validate(yaml.safe_load(example)))
    assert result.zone.size == 3
    assert result.scenario.with_variant("tough").red_lines[-1].id == "a_mid"


@pytest.mark.parametrize("doc", DOCS_WITH_PYTHON, ids=lambda p: p.name)
def test_documented_python_runs(doc: Path) -> None:
    for block in blocks(doc, "python"):
        exec(compile(block, str(doc), "exec"), {})


def _commands(path: Path) -> list[str]:
    """Shell lines starting with ``truce`` in ``sh`` blocks that need no placeholder file."""
    found = []
    for block in blocks(path, "sh"):
        for line in block.splitlines():
            command = line.split("  #")[0].strip()
            placeholder = re.search(r"\b(A|B|OUT|FILE|DIR)\.|path/to|article\.txt|>", command)
            if command.startswith("truce ") and not placeholder:
                found.append(command)
    return found


@pytest.mark.parametrize(
    "command", [c for doc in DOCS for c in _commands(doc)], ids=lambda c: c[:60]
)
def test_documented_commands_run(command: str) -> None:
    args = shlex.split(command)[1:]
    result = subprocess.run(
        [sys.executable, "-m", "truce", *args], capture_output=True, text=True, timeout=300, cwd=REPO
    )
    assert result.returncode == 0, f"{command}\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"


# -- numbers quoted in prose ------------------------------------------------------------------


def _flagship_size() -> str:
    from truce.io.scenario_file import load_scenario
    from truce.model.outcomes import OutcomeSpace

    scenario = load_scenario("gaza-ceasefire-2024")
    late = scenario.with_variant("hamas_preconditions_aug18")
    words = {8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}
    return (f"{OutcomeSpace.from_scenario(scenario).size:,} outcomes, "
            f"{words.get(len(late.red_lines), len(late.red_lines))} red lines in the variant of 18 August")


def _synthetic_frontier(issues: int) -> str:
    """A row of the README's frontier table: outcomes and frontier points of a seeded domain."""
    import tempfile

    bench = _module(REPO / "benchmarks" / "frontier.py")
    with tempfile.TemporaryDirectory() as tmp:
        folder = bench.write_synthetic(Path(tmp) / "synthetic", issues, 10, seed=issues)
        _, utilities, size, _ = bench.time_truce(folder, repeat=1)
    only = " (truce only)" if issues > 6 else ""
    return f"synthetic additive, {issues} issues × 10{only} | {size:,} | {len(utilities):,} |"


def _zone_row(issues: int) -> str:
    """A row of the README's zone table: outcomes and exact zone size of a seeded domain."""
    from truce.analysis.zone import agreement_zone

    space = _module(REPO / "benchmarks" / "zone.py").domain(issues)
    return f"| {space.size:,} | {agreement_zone(space, method='split').size:,} |"


def _commands_without_json() -> str:
    """The README's sentence on ``--json``, from the commands the CLI has."""
    import typer.main

    from truce.cli import app
    from truce.model.wording import or_list

    def leaves(command: Any, prefix: str = "") -> list[tuple[str, Any]]:
        subs = getattr(command, "commands", None)
        if subs is None:
            return [(prefix.strip(), command)]
        return [leaf for name, sub in sorted(subs.items()) for leaf in leaves(sub, f"{prefix} {name}")]

    without = [f"`{name}`" for name, command in leaves(typer.main.get_command(app))
               if not any("--json" in getattr(p, "opts", ()) for p in command.params)]
    return "Every command takes `--json` except " + or_list(without, "and")


QUOTED: list[tuple[str, str, Callable[[], str]]] = [
    ("README.md", "787,320 outcomes, nine red lines in the variant of 18 August", _flagship_size),
    ("README.md", "Every command takes `--json` except", _commands_without_json),
    *[("README.md", f"synthetic additive, {n} issues × 10", lambda n=n: _synthetic_frontier(n))
      for n in (4, 5, 6, 9, 12)],
    *[("README.md", f"| {10**n:,} | ", lambda n=n: _zone_row(n)) for n in (6, 7, 8, 10)],
]


@pytest.mark.parametrize(("page", "where", "compute"), QUOTED, ids=lambda v: v if isinstance(v, str) else "")
def test_quoted_numbers_are_what_the_code_gives(page: str, where: str, compute: Callable[[], str]) -> None:
    """``where`` locates the quote in the page; the quote must be what ``compute`` returns."""
    text = (REPO / page).read_text(encoding="utf-8")
    assert where in text, f"{page} no longer quotes {where!r}: update QUOTED in tests/test_docs.py"
    expected = compute()
    assert expected in text, f"{page}: the code gives {expected!r}; the page says otherwise near {where!r}"


# -- generated reference pages ----------------------------------------------------------------


def test_cli_reference_is_generated_from_current_help() -> None:
    module = _module(REPO / "docs" / "cli.py")
    assert (REPO / "docs" / "cli.md").read_text(encoding="utf-8") == module.render(), (
        "docs/cli.md is out of date: run python docs/cli.py"
    )


def test_reference_is_generated_from_current_docstrings() -> None:
    module = _module(REPO / "docs" / "reference.py")
    assert (REPO / "docs" / "reference.md").read_text(encoding="utf-8") == module.render(), (
        "docs/reference.md is out of date: run python docs/reference.py"
    )
