"""Checks on what a browser sends: size, text encoding, YAML that cannot explode, safe names.

The uploaded file name is only ever a label in messages: it is reduced to a
plain base name and never used to open or write a file.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from truce.errors import ScenarioError, TruceError

if TYPE_CHECKING:
    import yaml

    from truce.model.scenario import Scenario

__all__ = ["MAX_UPLOAD_BYTES", "MAX_YAML_NODES", "UploadError", "display_name", "scenario_from_upload",
           "text_from_upload"]

#: Largest scenario or article accepted from the browser.
MAX_UPLOAD_BYTES = 1 << 20
#: Largest YAML document, counted with every alias expanded (a "billion laughs" file is refused).
MAX_YAML_NODES = 200_000
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


class UploadError(TruceError):
    """An upload refused before it is read as a scenario or an article; ``status`` is the HTTP code.

    Parameters
    ----------
    message
        What is wrong with the upload.
    status
        The HTTP status to answer with.
    where
        ``file``, ``line``, ``field`` and ``hint``, as for :class:`~truce.errors.TruceError`.
    """

    def __init__(self, message: str, *, status: int = 400, **where: object) -> None:
        super().__init__(message, **where)  # type: ignore[arg-type]
        self.status = status


def display_name(filename: str | None, default: str) -> str:
    """A label for messages: the base name, anything but letters, digits and ``._-`` replaced by ``_``.

    Leading and trailing dots and underscores are dropped and the label cut to 80 characters;
    ``default`` when nothing is left.
    """
    base = re.split(r"[\\/]", filename or "")[-1]
    cleaned = _SAFE.sub("_", base).strip("._")[:80]
    return cleaned or default


def text_from_upload(data: bytes, name: str) -> str:
    """The upload as text: refused when empty, too large, binary or not UTF-8."""
    if not data.strip():
        raise UploadError("the file is empty", file=name, hint="choose a scenario YAML file")
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadError(f"the file has {len(data):,} bytes, more than the {MAX_UPLOAD_BYTES:,} accepted",
                          file=name, status=413, hint="upload a smaller file, or use the command line")
    if b"\x00" in data:
        raise UploadError("the file is binary, not text", file=name, hint="upload a YAML text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UploadError(f"not UTF-8 text ({exc.reason})", file=name,
                          hint="save the file as UTF-8") from None


def _expanded_size(node: yaml.Node, memo: dict[int, int]) -> int:
    import yaml

    key = id(node)
    if key in memo:
        return memo[key]
    memo[key] = MAX_YAML_NODES + 1  # a node reached again while counting it is a cycle
    size = 1
    if isinstance(node, yaml.SequenceNode):
        size += sum(_expanded_size(child, memo) for child in node.value)
    elif isinstance(node, yaml.MappingNode):
        size += sum(_expanded_size(k, memo) + _expanded_size(v, memo) for k, v in node.value)
    memo[key] = min(size, MAX_YAML_NODES + 1)
    return memo[key]


def check_yaml_size(text: str, name: str) -> None:
    """Refuse YAML whose aliases expand beyond :data:`MAX_YAML_NODES` nodes (or that nests without end)."""
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise ScenarioError(f"invalid YAML: {exc.problem}", file=name, line=line,
                            hint="check indentation and quoting near that line") from None
    except RecursionError:
        raise UploadError("the YAML nests too deeply", file=name) from None
    if root is not None and _expanded_size(root, {}) > MAX_YAML_NODES:
        raise UploadError(f"the YAML expands to more than {MAX_YAML_NODES:,} values through its aliases",
                          file=name, status=413, hint="write the values out instead of repeating anchors")


def scenario_from_upload(data: bytes, filename: str | None) -> Scenario:
    """Validate an uploaded scenario as the CLI would; messages name the uploaded file."""
    from truce.io.scenario_file import scenario_from_text

    name = display_name(filename, "upload.yaml")
    text = text_from_upload(data, name)
    check_yaml_size(text, name)
    return scenario_from_text(text, name)
