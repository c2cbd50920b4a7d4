"""The negotiation model: typed, immutable, validated."""

from typing import TYPE_CHECKING, Any

from truce.model.conflict_case import ConflictCase
from truce.model.elements import (
    Change,
    Confidence,
    Constraint,
    Interaction,
    Issue,
    Option,
    Party,
    Position,
    Preference,
    Proposal,
    RedLine,
    Source,
    TimelineEvent,
    Variant,
)
from truce.model.estimate import Estimate
from truce.model.frozen import FrozenDict
from truce.model.redlines import RedLineExpression, compile_red_line, parse_red_line
from truce.model.scenario import Scenario

if TYPE_CHECKING:
    from truce.model.uncertainty import (
        DEFAULT_RED_LINE_BELIEF,
        TableSample,
        UncertaintyModel,
        parse_red_line_belief,
        sample_tables,
    )

_SAMPLING = {"DEFAULT_RED_LINE_BELIEF", "TableSample", "UncertaintyModel", "parse_red_line_belief",
             "sample_tables"}


def __getattr__(name: str) -> Any:
    """Sampling (:mod:`truce.model.uncertainty`) loads on first use: analysis never samples."""
    if name in _SAMPLING:
        from truce.model import uncertainty

        return getattr(uncertainty, name)
    raise AttributeError(f"module 'truce.model' has no attribute {name!r}")

__all__ = [
    "DEFAULT_RED_LINE_BELIEF",
    "Change",
    "Confidence",
    "ConflictCase",
    "Constraint",
    "Estimate",
    "FrozenDict",
    "Interaction",
    "Issue",
    "Option",
    "Party",
    "Position",
    "Preference",
    "Proposal",
    "RedLine",
    "RedLineExpression",
    "Scenario",
    "Source",
    "TableSample",
    "TimelineEvent",
    "UncertaintyModel",
    "Variant",
    "compile_red_line",
    "parse_red_line",
    "parse_red_line_belief",
    "sample_tables",
]
