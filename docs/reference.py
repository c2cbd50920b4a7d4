"""Generate docs/reference.md from the public API's docstrings.

Run ``python docs/reference.py`` after changing a public docstring; a test
fails while docs/reference.md is out of date.
"""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

PACKAGES = ("truce", "truce.model", "truce.estimation", "truce.analysis", "truce.mediation", "truce.conflict",
            "truce.simulation", "truce.news", "truce.io.genius", "truce.io.event_export",
            "truce.io.gmcr", "truce.io.scenario_file", "truce.io.news_text", "truce.io.news_gold",
            "truce.io.petrarch", "truce.errors", "truce.store", "truce.report", "truce.web")
TARGET = Path(__file__).with_name("reference.md")


def _summary(obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    return doc.split("\n\n")[0].replace("\n", " ").strip()


def render() -> str:
    lines = ["# API reference", "",
             "Generated from the docstrings by `python docs/reference.py`; do not edit.", ""]
    for name in PACKAGES:
        module = importlib.import_module(name)
        lines += [f"## `{name}`", "", _summary(module), ""]
        for symbol in sorted(getattr(module, "__all__", [])):
            if symbol.startswith("__"):
                continue
            obj = getattr(module, symbol)
            kind = "class" if inspect.isclass(obj) else "function" if inspect.isroutine(obj) else "value"
            signature = ""
            if kind == "function":
                try:
                    signature = str(inspect.signature(obj))
                except (TypeError, ValueError):
                    signature = "(...)"
            summary = _summary(obj) if kind != "value" else ""
            lines.append(f"- **`{symbol}{signature}`** ({kind}): {summary}".rstrip())
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
