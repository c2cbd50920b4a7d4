"""The negotiation model: typed, immutable, validated."""

from truce.model.elements import (
    Change,
    Confidence,
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
from truce.model.redlines import RedLineExpression, compile_red_line, parse_red_line
from truce.model.scenario import Scenario

__all__ = [
    "Change",
    "Confidence",
    "Estimate",
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
    "TimelineEvent",
    "Variant",
    "compile_red_line",
    "parse_red_line",
]
