"""The negotiation model: typed, immutable, validated.

The names below load from their modules on first use (PEP 562): sampling
(:mod:`truce.model.uncertainty`) is never loaded by an analysis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce._lazy import lazy_exports

if TYPE_CHECKING:
    from truce.model.conflict_case import ConflictCase as ConflictCase
    from truce.model.elements import Change as Change
    from truce.model.elements import Confidence as Confidence
    from truce.model.elements import Constraint as Constraint
    from truce.model.elements import Interaction as Interaction
    from truce.model.elements import Issue as Issue
    from truce.model.elements import Option as Option
    from truce.model.elements import Party as Party
    from truce.model.elements import Position as Position
    from truce.model.elements import Preference as Preference
    from truce.model.elements import Proposal as Proposal
    from truce.model.elements import RedLine as RedLine
    from truce.model.elements import Source as Source
    from truce.model.elements import TimelineEvent as TimelineEvent
    from truce.model.elements import Variant as Variant
    from truce.model.estimate import Estimate as Estimate
    from truce.model.frozen import FrozenDict as FrozenDict
    from truce.model.red_line_belief import DEFAULT_RED_LINE_BELIEF as DEFAULT_RED_LINE_BELIEF
    from truce.model.red_line_belief import parse_red_line_belief as parse_red_line_belief
    from truce.model.redlines import RedLineExpression as RedLineExpression
    from truce.model.redlines import compile_red_line as compile_red_line
    from truce.model.redlines import parse_red_line as parse_red_line
    from truce.model.scenario import Scenario as Scenario
    from truce.model.table_sample import TableSample as TableSample
    from truce.model.uncertainty import UncertaintyModel as UncertaintyModel
    from truce.model.uncertainty import sample_tables as sample_tables

_EXPORTS = {
    "ConflictCase": "truce.model.conflict_case",
    "Change": "truce.model.elements",
    "Confidence": "truce.model.elements",
    "Constraint": "truce.model.elements",
    "Interaction": "truce.model.elements",
    "Issue": "truce.model.elements",
    "Option": "truce.model.elements",
    "Party": "truce.model.elements",
    "Position": "truce.model.elements",
    "Preference": "truce.model.elements",
    "Proposal": "truce.model.elements",
    "RedLine": "truce.model.elements",
    "Source": "truce.model.elements",
    "TimelineEvent": "truce.model.elements",
    "Variant": "truce.model.elements",
    "Estimate": "truce.model.estimate",
    "FrozenDict": "truce.model.frozen",
    "RedLineExpression": "truce.model.redlines",
    "compile_red_line": "truce.model.redlines",
    "parse_red_line": "truce.model.redlines",
    "Scenario": "truce.model.scenario",
    "DEFAULT_RED_LINE_BELIEF": "truce.model.red_line_belief",
    "parse_red_line_belief": "truce.model.red_line_belief",
    "TableSample": "truce.model.table_sample",
    "UncertaintyModel": "truce.model.uncertainty",
    "sample_tables": "truce.model.uncertainty",
}

__all__ = sorted(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
