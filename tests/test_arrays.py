"""Array types have one home, :mod:`truce.arrays`, which costs nothing beyond numpy to import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from truce import arrays

SRC = Path(__file__).resolve().parents[1] / "src" / "truce"


@pytest.mark.parametrize(("name", "scalar"), [
    ("IntArray", np.int64), ("FloatArray", np.float64), ("BoolArray", np.bool_), ("Int32Array", np.int32),
    ("ObjectArray", np.object_), ("AnyArray", Any),
])
def test_each_type_is_what_numpy_typing_spells(name: str, scalar: Any) -> None:
    assert getattr(arrays, name) == npt.NDArray[scalar]
    assert name in arrays.__all__


def test_importing_the_types_imports_nothing_beyond_numpy() -> None:
    program = ("import sys, numpy\nbefore = set(sys.modules)\nimport truce.arrays\n"
               "print(' '.join(sorted(set(sys.modules) - before)))")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    added = set(done.stdout.split())
    assert "truce.arrays" in added
    assert {name.split(".")[0] for name in added} <= {"truce", "__future__"}, sorted(added)


def _array_aliases(tree: ast.Module) -> list[str]:
    """Names bound at module level (or under ``if TYPE_CHECKING``) to an ``NDArray[...]`` type."""
    statements: list[ast.stmt] = []
    for node in tree.body:
        statements += node.body if isinstance(node, ast.If) else [node]
    found = []
    for node in statements:
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            value = ast.unparse(node.value)
            if isinstance(node.value, ast.Subscript) and ("NDArray" in value or "ndarray" in value):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                found += [ast.unparse(t) for t in targets]
    return found


def test_no_other_module_defines_its_own_array_type() -> None:
    assert sorted(_array_aliases(ast.parse((SRC / "arrays.py").read_text(encoding="utf-8")))) == sorted(
        arrays.__all__)  # the search finds them where they are
    elsewhere = {}
    for path in sorted(SRC.rglob("*.py")):
        if path != SRC / "arrays.py":
            names = _array_aliases(ast.parse(path.read_text(encoding="utf-8")))
            if names:
                elsewhere[path.relative_to(SRC).as_posix()] = names
    assert not elsewhere, f"import these from truce.arrays instead: {elsewhere}"
