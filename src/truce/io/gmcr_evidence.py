"""The evidence of a graph-model case: preference statements and status quo with confidence and sources.

A preference statement may be a mapping ``{statement, confidence, sources,
note}`` and the status quo ``{state, confidence, sources, note}``, as claims
are in scenario files; :func:`claims_of` lists them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from truce.io.gmcr_sections import CaseContext

if TYPE_CHECKING:
    from truce.conflict.model import GraphModel

__all__ = ["claims_of", "statements_and_status_quo"]


def _claim(
    entry: Mapping[str, Any], key: str, ctx: CaseContext, path: list[Any]
) -> tuple[Any, dict[str, Any]]:
    """Split ``{key: value, confidence, sources, note}`` into the value and its evidence."""
    from truce.model.elements import UNSETTLED

    allowed = {key, "confidence", "sources", "note"}
    if key not in entry or set(entry) - allowed:
        raise ctx.error(f"expected a mapping with {key!r} and optionally confidence, sources, note", path)
    confidence = entry.get("confidence", "firm")
    if confidence not in ("firm", *UNSETTLED):
        raise ctx.error(f"unknown confidence {confidence!r}", [*path, "confidence"],
                        hint="use firm, reported, disputed or unverified")
    sources = list(entry.get("sources") or [])
    return entry[key], {"confidence": confidence, "sources": sources, "note": entry.get("note")}


def statements_and_status_quo(data: Mapping[str, Any], ctx: CaseContext) -> tuple[Any, Any, dict[str, Any]]:
    """Preference statements as text and the status quo as a number, with the evidence split off."""
    raw = data.get("preference_statements") or {}
    evidence: dict[str, Any] = {}
    statements: Any = raw
    if isinstance(raw, Mapping):
        statements = {}
        for name, entries in raw.items():
            texts = []
            for k, entry in enumerate(entries if isinstance(entries, list) else []):
                if isinstance(entry, Mapping):
                    text, claim = _claim(entry, "statement", ctx, ["preference_statements", name, k])
                    evidence.setdefault("preference_statements", {}).setdefault(name, []).append(
                        {"statement": text, **claim})
                    entry = text
                texts.append(entry)
            statements[name] = texts if isinstance(entries, list) else entries
    status_quo = data.get("status_quo")
    if isinstance(status_quo, Mapping):
        status_quo, claim = _claim(status_quo, "state", ctx, ["status_quo"])
        evidence["status_quo"] = {"state": status_quo, **claim}
    return statements, status_quo, evidence


def claims_of(model: GraphModel) -> list[dict[str, Any]]:
    """The case's preference statements and status quo with their confidence and sources.

    One entry per claim that carries evidence: ``{"kind", "decision_maker",
    "claim", "confidence", "sources", "note"}`` (``decision_maker`` is None for
    the status quo).
    """
    evidence = model.metadata.get("evidence") or {}
    out = [
        {"kind": "preference", "decision_maker": name, "claim": entry["statement"],
         **{k: entry[k] for k in ("confidence", "sources", "note")}}
        for name, entries in (evidence.get("preference_statements") or {}).items()
        for entry in entries
    ]
    if "status_quo" in evidence:
        entry = evidence["status_quo"]
        out.append({"kind": "status quo", "decision_maker": None, "claim": entry["state"],
                    **{k: entry[k] for k in ("confidence", "sources", "note")}})
    return out
