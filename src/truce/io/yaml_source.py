"""YAML files: read with line numbers for error messages, written as plain block YAML.

Both scenario files and graph-model case files report errors at the line of
the offending field: the text is composed into a node tree whose marks give
each key's line, and the data is constructed from that tree.  Construction is
stricter than ``yaml.safe_load`` in two ways, so that a file never loads as a
silently different model: a key given twice in one mapping is an error that
names both lines, and a date that does not exist (``2025-13-45``) is an error
at its line instead of a crash.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

import yaml

from truce.errors import TruceError

try:  # libyaml's parser and emitter are 5-10x faster than the pure-Python ones, same text
    from yaml import CSafeDumper as _SafeDumper
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeDumper as _SafeDumper  # type: ignore[assignment]
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

__all__ = ["line_of", "parse_yaml", "read_yaml", "yaml_text"]


class _NodeError(Exception):
    """A problem at one node, found while constructing the data."""

    def __init__(self, message: str, node: yaml.Node, hint: str) -> None:
        super().__init__(message)
        self.message, self.node, self.hint = message, node, hint


class _StrictLoader(_SafeLoader):
    """``SafeLoader`` that rejects repeated keys and impossible dates."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        if isinstance(node, yaml.MappingNode):
            seen: dict[Any, yaml.Node] = {}
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=True)
                if not isinstance(key, Hashable):
                    continue  # SafeLoader reports unhashable keys itself
                if key in seen:
                    first = seen[key].start_mark.line + 1
                    raise _NodeError(
                        f"key {key!r} is given twice (lines {first} and {key_node.start_mark.line + 1})",
                        key_node,
                        "keep one of them; YAML would silently use the last",
                    )
                seen[key] = key_node
        return super().construct_mapping(node, deep=deep)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, TypeError, OverflowError) as exc:  # an explicit tag on a bad value: !!int x
            message = f"cannot read {node.value!r} as {node.tag} ({exc})"
            raise _NodeError(message, node, "fix the value") from None

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> dt.date | dt.datetime:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:
            raise _NodeError(
                f"{node.value!r} is not a valid date ({exc})", node, "write an existing date as YYYY-MM-DD"
            ) from None


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _StrictLoader.construct_yaml_timestamp)


def _path_to(root: yaml.Node | None, target: yaml.Node) -> list[Any] | None:
    """Keys and indices leading from ``root`` to ``target`` (a value or a key node)."""
    stack: list[tuple[yaml.Node, list[Any]]] = [] if root is None else [(root, [])]
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node is target:
                    return [*path, key_node.value]
                stack.append((value_node, [*path, key_node.value]))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, [*path, k]) for k, child in enumerate(node.value))
    return None


def parse_yaml(
    text: str, error: type[TruceError], file: str | Path | None = None
) -> tuple[Any, yaml.Node | None]:
    """The data in ``text`` and its node tree; invalid YAML raises ``error`` with file and line."""
    loader = _StrictLoader(text)
    tree: yaml.Node | None = None
    try:
        tree = loader.get_single_node()
        return (None if tree is None else loader.construct_document(tree)), tree
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise error(
            f"invalid YAML: {exc.problem or exc.context}",
            file=file,
            line=mark.line + 1 if mark else None,
            hint="check indentation and quoting near that line",
        ) from None
    except yaml.YAMLError as exc:
        raise error(f"invalid YAML: {exc}", file=file, hint="check the file is YAML text") from None
    except _NodeError as exc:
        path = _path_to(tree, exc.node)
        raise error(
            exc.message,
            file=file,
            line=exc.node.start_mark.line + 1,
            field=".".join(str(p) for p in path) if path else None,
            hint=exc.hint,
        ) from None
    except RecursionError:
        raise error("the YAML is nested too deeply to read", file=file,
                    hint="flatten the structure") from None
    finally:
        loader.dispose()


def read_yaml(path: Path, error: type[TruceError]) -> tuple[Any, yaml.Node | None]:
    """The data in ``path`` and its node tree; unreadable files raise ``error``."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"not UTF-8 text ({exc.reason})", file=path, hint="save the file as UTF-8") from None
    except OSError as exc:
        raise error(f"cannot read file: {exc.strerror}", file=path) from None
    return parse_yaml(text, error, path)


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


def yaml_text(data: Any, width: int = 100) -> str:
    """``data`` as block YAML in the order given, non-ASCII text kept as written.

    The same text as ``yaml.safe_dump`` (a test compares them on the bundled
    scenarios), written by libyaml where PyYAML has it.
    """
    return yaml.dump(data, Dumper=_SafeDumper, sort_keys=False, allow_unicode=True, width=width)
