"""Functions stay short and modules small, so that a newcomer can read one idea at a time.

A function whose body (from its first statement after the docstring to its end: signatures of
command-line options and numpy-style docstrings are long on purpose) runs over
``MAX_FUNCTION_LINES`` lines, or a module over ``MAX_MODULE_LINES`` lines, fails this test unless
an allow-list below names it with the reason it is still long.  The lists only shrink: an entry
that is no longer needed fails too, so take it off when you split the function or the module.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "truce"
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 400

LONG_FUNCTIONS: dict[str, str] = {}
LARGE_MODULES: dict[str, str] = {}


def _body_length(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    body = node.body
    has_docstring = isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(
        body[0].value.value, str)
    if has_docstring and len(body) > 1:
        body = body[1:]
    return (node.end_lineno or node.lineno) - body[0].lineno + 1


def long_functions() -> dict[str, int]:
    """``module:function`` -> body length, for every function over the limit."""
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = _body_length(node)
                if length > MAX_FUNCTION_LINES:
                    found[f"{path.relative_to(SRC).as_posix()}:{node.name}"] = length
    return found


def large_modules() -> dict[str, int]:
    """Module path -> line count, for every module over the limit."""
    counts = {p.relative_to(SRC).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
              for p in sorted(SRC.rglob("*.py"))}
    return {path: n for path, n in counts.items() if n > MAX_MODULE_LINES}


def test_the_measure_counts_the_body_only() -> None:
    source = 'def f(\n    a: int,\n    b: int,\n) -> int:\n    """Doc.\n\n    More.\n    """\n'
    source += "    x = a\n    return x + b\n"
    (node,) = ast.parse(source).body
    assert isinstance(node, ast.FunctionDef) and _body_length(node) == 2


def test_no_function_is_longer_than_the_limit() -> None:
    found = long_functions()
    new = {name: n for name, n in found.items() if name not in LONG_FUNCTIONS}
    assert not new, f"functions over {MAX_FUNCTION_LINES} lines (split them): {new}"
    fixed = sorted(set(LONG_FUNCTIONS) - set(found))
    assert not fixed, f"no longer over the limit, take them off LONG_FUNCTIONS: {fixed}"


def test_no_module_is_longer_than_the_limit() -> None:
    found = large_modules()
    new = {path: n for path, n in found.items() if path not in LARGE_MODULES}
    assert not new, f"modules over {MAX_MODULE_LINES} lines (split them by idea): {new}"
    fixed = sorted(set(LARGE_MODULES) - set(found))
    assert not fixed, f"no longer over the limit, take them off LARGE_MODULES: {fixed}"
