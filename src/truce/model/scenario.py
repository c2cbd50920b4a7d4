"""The negotiation model: parties, issues, preferences, red lines, timeline.

A :class:`Scenario` is immutable and validated as a whole: every id it refers
to exists, weights sum to one, values lie in [0, 1] and every red line
type-checks (the checks are in :mod:`truce.model.consistency`).  Problems
raise :class:`~truce.errors.ScenarioError` naming the field
(``preferences.1.weights``) and the fix; the YAML loader adds file and line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from pydantic import ValidationInfo, model_validator

from truce.errors import ScenarioError
from truce.model.conflict_case import ConflictSection
from truce.model.consistency import check_change, check_consistency, check_reservation, compile_expression
from truce.model.elements import (
    UNSETTLED,
    Change,
    Constraint,
    Issue,
    Party,
    Position,
    Preference,
    Proposal,
    RedLine,
    Source,
    TimelineEvent,
    Variant,
    _Frozen,
    constraint_as_red_line,
)
from truce.model.frozen import FrozenDict

if TYPE_CHECKING:
    from truce.model.redlines import RedLineExpression

__all__ = ["Scenario"]


class Scenario(_Frozen):
    """A negotiation: who negotiates, over what, with which preferences and limits."""

    id: str
    name: str | None = None
    description: str | None = None
    date: dt.date | None = None
    parties: tuple[Party, ...]
    issues: tuple[Issue, ...]
    preferences: tuple[Preference, ...] = ()
    red_lines: tuple[RedLine, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    """Compatibility constraints between options; engines treat them as red lines of no party."""
    positions: tuple[Position, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    variants: tuple[Variant, ...] = ()
    proposals: tuple[Proposal, ...] = ()
    conflict: ConflictSection | None = None
    """A graph model of the standoff: inline, or the name of a case file next to the scenario."""
    evidence: str | None = None
    """File (next to the scenario) of the coded evidence its estimates are computed from."""
    sources: tuple[Source, ...] = ()

    @classmethod
    def assemble(cls, **fields: Any) -> Scenario:
        """A scenario from elements already built with the declared types, checked as a whole.

        Runs the checks across elements that validation runs (ids, references,
        weights, values, red lines), not pydantic's field validation, whose
        schema costs more to build than a small domain costs to analyse.  For
        readers that build every element themselves (tuples of elements,
        :class:`~truce.model.frozen.FrozenDict` mappings), as the GENIUS reader
        does; text from a file goes through :meth:`model_validate`.

        Raises
        ------
        TypeError
            If a field name is not a field of the scenario.
        ScenarioError
            If the elements do not hold together, as validation would raise it.
        """
        unknown = sorted(set(fields) - set(cls.model_fields))
        if unknown:
            raise TypeError(f"Scenario has no fields {unknown}")
        scenario = cls.model_construct(**fields)
        check_consistency(scenario, derived=False)
        return scenario

    @model_validator(mode="after")
    def _check(self, info: ValidationInfo) -> Scenario:
        # a scenario derived by with_change keeps the original's variants and
        # shocks, which were checked against the original (a variant may remove
        # a red line another one refers to)
        check_consistency(self, derived=bool(info.context and info.context.get("derived")))
        return self

    # -- lookups ------------------------------------------------------------

    @cached_property
    def party_ids(self) -> tuple[str, ...]:
        """Ids of all parties (negotiators, mediators and observers), in scenario order."""
        return tuple(p.id for p in self.parties)

    @cached_property
    def issue_ids(self) -> tuple[str, ...]:
        """Ids of the issues, in scenario order."""
        return tuple(i.id for i in self.issues)

    @cached_property
    def _issues_by_id(self) -> Mapping[str, Issue]:
        return FrozenDict({i.id: i for i in self.issues})

    @property
    def negotiators(self) -> tuple[Party, ...]:
        """The parties whose acceptance a deal needs (role ``party``)."""
        return tuple(p for p in self.parties if p.role == "party")

    def party(self, party_id: str) -> Party | None:
        """The party with id ``party_id``, or None when there is none."""
        return next((p for p in self.parties if p.id == party_id), None)

    def issue(self, issue_id: str) -> Issue | None:
        """The issue with id ``issue_id``, or None when there is none."""
        return self._issues_by_id.get(issue_id)

    def preference(self, party_id: str) -> Preference | None:
        """The preferences of party ``party_id``, or None (only a mediator or observer may have none)."""
        return next((p for p in self.preferences if p.party == party_id), None)

    def variant(self, variant_id: str) -> Variant:
        """The variant with id ``variant_id``.

        Raises
        ------
        ScenarioError
            If the scenario has no such variant (the message lists those it has).
        """
        found = next((v for v in self.variants if v.id == variant_id), None)
        if found is None:
            raise ScenarioError(
                f"scenario {self.id!r} has no variant {variant_id!r}",
                field="variants",
                hint=f"use one of {', '.join(v.id for v in self.variants) or '(none defined)'}",
            )
        return found

    @cached_property
    def compiled_red_lines(self) -> tuple[tuple[RedLine, RedLineExpression], ...]:
        """Every red line with its compiled expression, then every constraint.

        A constraint appears as a red line of the pseudo-party
        :data:`~truce.model.elements.CONSTRAINT_PARTY`, so that engines keep
        packages coherent without a party owning the constraint.
        """
        lines = [*self.red_lines, *(constraint_as_red_line(c) for c in self.constraints)]
        return tuple((r, compile_expression(r.expression, self.issues)) for r in lines)

    # -- changes ------------------------------------------------------------

    def with_change(self, change: Change) -> Scenario:
        """Return a new scenario with ``change`` applied (validated again)."""
        check_change(self, change, "change")
        parties = []
        for party in self.parties:
            reservation = change.reservation_values.get(party.id, party.reservation_value)
            shift = change.reservation_shifts.get(party.id, 0.0)
            if shift:
                reservation = reservation.model_copy(
                    update={
                        "value": reservation.value + shift,
                        "range": None
                        if reservation.range is None
                        else (reservation.range[0] + shift, reservation.range[1] + shift),
                    }
                )
                check_reservation(party.id, reservation, "change.reservation_shifts")
            parties.append(party.model_copy(update={"reservation_value": reservation}))
        # an added red line with an existing id replaces it: the demand changed
        replaced = set(change.remove_red_lines) | {r.id for r in change.add_red_lines}
        red_lines = tuple(r for r in self.red_lines if r.id not in replaced) + tuple(
            r for r in change.add_red_lines if r.id not in change.remove_red_lines
        )
        preferences = []
        for preference in self.preferences:
            weights = FrozenDict({**preference.weights, **change.weights.get(preference.party, {})})
            values = FrozenDict({
                issue: FrozenDict({**options, **change.values.get(preference.party, {}).get(issue, {})})
                for issue, options in preference.values.items()
            })
            preferences.append(preference.model_copy(update={"weights": weights, "values": values}))
        data = self.model_dump(
            mode="python", round_trip=True, exclude={"parties", "red_lines", "preferences"}
        )
        return Scenario.model_validate(
            {**data, "parties": tuple(parties), "red_lines": red_lines, "preferences": tuple(preferences)},
            context={"derived": True},
        )

    def with_variant(self, variant_id: str) -> Scenario:
        """The scenario as the named variant describes it."""
        return self.with_change(self.variant(variant_id).change)

    def as_of(self, date: dt.date) -> Scenario:
        """The scenario with every shock dated on or before ``date`` applied, in date order."""
        scenario = self
        for event in sorted(self.timeline, key=lambda e: e.date):
            if event.kind == "shock" and event.change is not None and event.date <= date:
                scenario = scenario.with_change(event.change)
        return scenario

    def at(self, as_of: dt.date | None = None, variant: str | None = None) -> Scenario:
        """The scenario as of a date (its shocks up to ``as_of`` applied), then on a variant.

        The moment every engine command works on: ``--as-of`` first, then ``--variant``.
        """
        scenario = self if as_of is None else self.as_of(as_of)
        return scenario if variant is None else scenario.with_variant(variant)

    def positions_of(self, party_id: str, issue_id: str) -> list[Position]:
        """Dated positions of a party on an issue, oldest first."""
        return sorted(
            (p for p in self.positions if p.party == party_id and p.issue == issue_id),
            key=lambda p: p.date,
        )

    def unsettled_claims(self) -> list[tuple[str, str, str]]:
        """Every element whose confidence is not settled: (field, id, confidence).

        Analyses print these so that nothing reported, disputed or unverified
        is presented as settled.
        """
        found: list[tuple[str, str, str]] = []
        groups: Mapping[str, Iterable[Any]] = {
            "red_lines": self.red_lines,
            "positions": self.positions,
            "variants": self.variants,
            "proposals": self.proposals,
            "timeline": self.timeline,
        }
        for issue in self.issues:
            for option in issue.options:
                unsettled = [src.confidence for src in option.sources if src.confidence in UNSETTLED]
                if unsettled:
                    found.append(("options", f"{issue.id}={option.id}", unsettled[0]))
        for field, items in groups.items():
            for item in items:
                if field == "positions":
                    label = f"{item.party}/{item.issue}@{item.date}"
                elif field == "timeline":
                    label = f"{item.date} {item.title}"
                else:  # red lines, variants and proposals have ids (possibly empty ones)
                    label = item.id
                worst = item.confidence
                for source in item.sources:
                    if source.confidence in UNSETTLED and worst not in UNSETTLED:
                        worst = source.confidence
                if worst in UNSETTLED:
                    found.append((field, str(label), worst))
        return found
