"""A negotiating text in YAML: one option id per issue id (``war_end_terms: permanent_ceasefire_upfront``)."""

from __future__ import annotations

from pathlib import Path

from truce.errors import TruceError
from truce.io.yaml_source import line_of, read_yaml

__all__ = ["load_proposal_text"]


def load_proposal_text(path: str | Path) -> dict[str, str]:
    """Read a text file mapping issue ids to option ids.

    Raises
    ------
    TruceError
        For an unreadable file, a file that is not a mapping, or a value that is not an option id.
    """
    path = Path(path)
    data, tree = read_yaml(path, TruceError)
    if not isinstance(data, dict) or not data:
        raise TruceError(
            "a text must be a YAML mapping of issue ids to option ids",
            file=path,
            line=1,
            hint="write one 'issue_id: option_id' per line",
        )
    text: dict[str, str] = {}
    for issue, option in data.items():
        if not isinstance(option, str | int | float) or isinstance(option, bool):
            raise TruceError(
                f"issue {issue!r} must map to one option id",
                file=path,
                line=line_of(tree, [issue]),
                hint="write 'issue_id: option_id'",
            )
        text[str(issue)] = str(option)
    return text
