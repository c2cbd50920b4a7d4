"""The elements of a scenario: parties, issues, options, preferences, red lines,
positions, timeline events, changes, variants, proposals and sources.

Each is an immutable pydantic model; :class:`~truce.model.scenario.Scenario`
checks how they refer to each other.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from truce.errors import ScenarioError
from truce.model.estimate import Estimate
from truce.model.frozen import FrozenDict, FrozenMapping

__all__ = [
    "CONSTRAINT_PARTY",
    "UNSETTLED",
    "WEIGHT_TOLERANCE",
    "Change",
    "Confidence",
    "Constraint",
    "Interaction",
    "Issue",
    "Option",
    "Party",
    "Position",
    "Preference",
    "Proposal",
    "RedLine",
    "Source",
    "TimelineEvent",
    "Variant",
    "constraint_as_red_line",
]

WEIGHT_TOLERANCE = 1e-4
"""Weights must sum to 1 within this; files written by other tools round weights (the
ANAC 2012 Laptop profiles sum to 1.0000518)."""

Confidence = Literal["firm", "reported", "disputed", "unverified", "estimate", "unknown"]
"""How well established a claim is: ``firm`` (several outlets or an official
text), ``reported`` (one outlet or anonymous officials), ``disputed`` (sources
conflict), ``unverified`` (not confirmed), ``estimate`` (an analyst's
judgement), ``unknown``."""

UNSETTLED: frozenset[str] = frozenset({"reported", "disputed", "unverified", "unknown"})

CONSTRAINT_PARTY = "(constraint)"
"""The party engines see on a scenario-level constraint (no real party id can contain parentheses)."""


class _Frozen(BaseModel):
    # defer_build: a model's validator is built when it first validates, so that a
    # command that validates nothing (a GENIUS folder, built by its reader) never pays
    # for it; defaults that are models are therefore built with model_construct
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy with ``update`` applied; lookups cached from the old fields are dropped."""
        copied = super().model_copy(update=update, deep=deep)
        if update:
            for klass in type(self).__mro__:
                for name, member in vars(klass).items():
                    if isinstance(member, cached_property):
                        copied.__dict__.pop(name, None)
        return copied


class Source(_Frozen):
    """A citation: where a fact, position or estimate comes from."""

    title: str
    url: str | None = None
    date: dt.date | None = None
    ref: str | None = None
    confidence: Confidence = "firm"
    note: str | None = None


class Option(_Frozen):
    """One way an issue can be settled."""

    id: str
    label: str | None = None
    description: str | None = None
    level: float | None = None
    sources: tuple[Source, ...] = ()


class Issue(_Frozen):
    """A question the agreement must settle, with its options.

    For ``ordinal`` issues the options are listed from lowest to highest; for
    ``numeric`` issues every option has a ``level``.  ``keywords`` link news
    sentences to the issue.
    """

    id: str
    name: str | None = None
    kind: Literal["categorical", "ordinal", "numeric"] = "categorical"
    description: str | None = None
    options: tuple[Option, ...]
    keywords: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()

    @model_validator(mode="after")
    def _check(self) -> Issue:
        if not self.options:
            raise ValueError(f"issue {self.id!r} has no options; list at least one")
        repeated = sorted(o for o, n in Counter(self.option_ids).items() if n > 1)
        if repeated:
            raise ValueError(
                f"duplicate option id {repeated[0]!r} in issue {self.id!r}; give every option its own id"
            )
        if self.kind == "numeric":
            missing = [o.id for o in self.options if o.level is None]
            if missing:
                raise ValueError(
                    f"numeric issue {self.id!r}: options {missing} have no level; "
                    "give each option a level or make the issue ordinal"
                )
        return self

    @cached_property
    def option_ids(self) -> tuple[str, ...]:
        """Ids of the options, in order."""
        return tuple(o.id for o in self.options)

    @cached_property
    def option_index(self) -> Mapping[str, int]:
        """Position of each option id in :attr:`options`."""
        return FrozenDict({o: k for k, o in enumerate(self.option_ids)})


class Party(_Frozen):
    """A negotiating party, mediator or observer."""

    id: str
    name: str | None = None
    role: Literal["party", "mediator", "observer"] = "party"
    aliases: tuple[str, ...] = ()
    reservation_value: Estimate = Estimate.model_construct(value=0.0)
    discount_factor: float = Field(default=1.0, gt=0.0, le=1.0)
    """Utility is multiplied by ``discount_factor ** t`` at normalised time ``t`` in
    [0, 1] (GENIUS semantics); 1 means no discounting.  Static analysis ignores it."""
    description: str | None = None
    sources: tuple[Source, ...] = ()

    @property
    def label(self) -> str:
        """The party's name, or its id when it has none."""
        return self.name or self.id


class Interaction(_Frozen):
    """A pairwise term: ``value`` is added when all options in ``when`` are chosen."""

    when: FrozenMapping[str, str]
    value: Estimate
    rationale: str | None = None


class Preference(_Frozen):
    """A party's weighted-additive utility: u(o) = sum_i w_i v_i(o_i) + interactions.

    Weights sum to 1 unless ``normalised`` is false, which keeps weights as
    another tool wrote them (GENIUS profiles whose weights do not sum to 1).
    """

    party: str
    normalised: bool = True
    weights: FrozenMapping[str, Estimate]
    values: FrozenMapping[str, FrozenMapping[str, Estimate]]
    interactions: tuple[Interaction, ...] = ()
    weight_concentration: float | None = Field(default=None, gt=0)
    """When set, samples draw the weights jointly from a Dirichlet with mean at the point
    weights and this concentration (the weights' ranges are then not used)."""
    rationale: str | None = None
    sources: tuple[Source, ...] = ()


class RedLine(_Frozen):
    """A hard constraint of one party, in the red-line expression language."""

    id: str
    party: str
    expression: str
    description: str | None = None
    confidence: Confidence = "firm"
    sources: tuple[Source, ...] = ()


class Constraint(_Frozen):
    """A scenario-level compatibility constraint between options (no party's demand).

    Some options cannot co-exist in one package because of what they mean
    (full withdrawal in phase 1 cannot leave forces on a corridor); such
    constraints are written in the red-line language and every engine treats
    them like red lines, but no party owns them.
    """

    id: str
    expression: str
    description: str | None = None
    confidence: Confidence = "firm"
    sources: tuple[Source, ...] = ()


def constraint_as_red_line(constraint: Constraint) -> RedLine:
    """The constraint as a red line of :data:`CONSTRAINT_PARTY`, for engines that only know red lines."""
    return RedLine(
        id=constraint.id,
        party=CONSTRAINT_PARTY,
        expression=constraint.expression,
        description=constraint.description,
        confidence=constraint.confidence,
        sources=constraint.sources,
    )


class Position(_Frozen):
    """What a party said about an issue on a date (positions move over time)."""

    party: str
    issue: str
    date: dt.date
    options: tuple[str, ...]
    stance: Literal["demand", "accept", "offer", "reject"] = "demand"
    statement: str | None = None
    confidence: Confidence = "firm"
    sources: tuple[Source, ...] = ()


class Change(_Frozen):
    """A modification of a scenario: a new demand, red line or reservation value."""

    reservation_values: FrozenMapping[str, Estimate] = Field(default_factory=FrozenDict)
    reservation_shifts: FrozenMapping[str, float] = Field(default_factory=FrozenDict)
    """Amounts added to reservation values (after ``reservation_values`` is applied)."""
    add_red_lines: tuple[RedLine, ...] = ()
    """New red lines; one with the id of an existing red line replaces it."""
    remove_red_lines: tuple[str, ...] = ()
    weights: FrozenMapping[str, FrozenMapping[str, Estimate]] = Field(default_factory=FrozenDict)
    values: FrozenMapping[str, FrozenMapping[str, FrozenMapping[str, Estimate]]] = Field(
        default_factory=FrozenDict
    )

    @classmethod
    def from_text(cls, red_lines: Sequence[str] = (), reservations: Sequence[str] = ()) -> Change:
        """The change given on the command line of ``truce diff``.

        Parameters
        ----------
        red_lines
            New red lines, each ``party: expression`` (ids ``cli_red_line_1``, ...).
        reservations
            Reservation values, each ``party=value`` with the value in [0, 1].
        """
        from truce.model.redlines import red_line_from_text

        added = tuple(red_line_from_text(text, f"cli_red_line_{k + 1}", what="--red-line")
                      for k, text in enumerate(red_lines))
        values: dict[str, Estimate] = {}
        for text in reservations:
            party, sep, number = text.partition("=")
            try:
                value = float(number) if sep and party.strip() else None
            except ValueError:
                value = None
            if value is None:
                raise ScenarioError(f"--reservation {text!r} is not party=value",
                                    hint="write --reservation israel=0.4")
            if not 0.0 <= value <= 1.0:
                raise ScenarioError(
                    f"--reservation {text!r}: a reservation value must lie in [0, 1]",
                    hint="it is the party's utility of no agreement: 0 is its worst outcome, 1 its best",
                )
            values[party.strip()] = Estimate(value=value)
        return cls(add_red_lines=added, reservation_values=values)

    @property
    def is_empty(self) -> bool:
        """True when the change sets, shifts, adds or removes nothing."""
        return not (
            self.reservation_values
            or self.reservation_shifts
            or self.add_red_lines
            or self.remove_red_lines
            or self.weights
            or self.values
        )


class TimelineEvent(_Frozen):
    """A dated event; a ``shock`` also changes the scenario from its date on."""

    date: dt.date
    title: str
    description: str | None = None
    kind: Literal["event", "shock"] = "event"
    event_type: str | None = None
    source_actor: str | None = None
    target_actor: str | None = None
    parties: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    change: Change | None = None
    confidence: Confidence = "firm"
    sources: tuple[Source, ...] = ()


class Variant(_Frozen):
    """A named, dated alternative of the scenario (e.g. a later stage of talks)."""

    id: str
    name: str | None = None
    date: dt.date | None = None
    description: str | None = None
    change: Change = Change.model_construct()
    confidence: Confidence = "firm"
    sources: tuple[Source, ...] = ()


class Proposal(_Frozen):
    """A text on the table: the option each issue would be settled with."""

    id: str
    name: str | None = None
    date: dt.date | None = None
    author: str | None = None
    terms: FrozenMapping[str, str]
    description: str | None = None
    confidence: Confidence = "firm"
    sources: tuple[Source, ...] = ()
