"""YAML files with line numbers for error messages.

Both scenario files and graph-model case files report errors at the line of
the offending field: the text is loaded (``safe_load``) and also composed into
a node tree whose marks give each key's line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from truce.errors import TruceError

__all__ = ["line_of", "read_yaml"]


def read_yaml(path: Path, error: type[TruceError]) -> tuple[Any, yaml.Node | None]:
    """The data in ``path`` and its node tree; unreadable files raise ``error``."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"not UTF-8 text ({exc.reason})", file=path, hint="save the file as UTF-8") from None
    except OSError as exc:
        raise error(f"cannot read file: {exc.strerror}", file=path) from None
    try:
        return yaml.safe_load(text), yaml.compose(text)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise error(
            f"invalid YAML: {exc.problem}",
            file=path,
            line=line,
            hint="check indentation and quoting near that line",
        ) from None


def line_of(root: yaml.Node | None, path: Sequence[Any]) -> int | None:
    """1-based line of the node at ``path`` (keys and list indices), or of its deepest existing parent."""
    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for key in path:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if str(key_node.value) == str(key):
                    node, line = value_node, key_node.start_mark.line + 1
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line
