"""The negotiation model: parties, issues, preferences, red lines, timeline.

A :class:`Scenario` is immutable and validated as a whole: every id it refers
to exists, weights sum to one, values lie in [0, 1] and every red line
type-checks.  Problems raise :class:`~truce.errors.ScenarioError` naming the
field (``preferences.1.weights``) and the fix; the YAML loader adds file and
line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from pydantic import ValidationInfo, model_validator

from truce.errors import ScenarioError
from truce.model.conflict_case import ConflictSection
from truce.model.elements import (
    UNSETTLED,
    WEIGHT_TOLERANCE,
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
from truce.model.estimate import Estimate
from truce.model.frozen import FrozenDict

if TYPE_CHECKING:
    from truce.model.redlines import RedLineExpression

__all__ = ["Scenario"]


def _no_duplicates(ids: Iterable[str], what: str, field: str | None = None) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ScenarioError(
                f"duplicate {what}: {item!r}", field=field, hint="give every element its own id"
            )
        seen.add(item)


def _compile(expression: str, issues: tuple[Issue, ...]) -> RedLineExpression:
    # the expression language is imported by scenarios that have red lines only
    # (most GENIUS domains have none, and start-up counts for them)
    from truce.model.redlines import compile_red_line

    return compile_red_line(expression, issues)


def _check_reservation(party: str, value: Estimate, field: str) -> None:
    if not 0.0 <= value.low <= value.value <= value.high <= 1.0:
        shown = f"{value.value:g}" + (f" with range [{value.low:g}, {value.high:g}]" if value.range else "")
        raise ScenarioError(
            f"reservation value of party {party!r} must lie in [0, 1], got {shown}",
            field=field,
            hint="it is the party's utility of no agreement: 0 is its worst outcome, 1 its best",
        )


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

    def _check_parties(self) -> None:
        """Two negotiating parties or more, each with preferences; reservation values in [0, 1]."""
        if len(self.negotiators) < 2:
            raise ScenarioError(
                "a negotiation needs at least two parties with role 'party'",
                field="parties",
                hint="add the other side, or set role: party on an existing one",
            )
        for k, party in enumerate(self.parties):
            _check_reservation(party.id, party.reservation_value, f"parties.{k}.reservation_value")
        for k, preference in enumerate(self.preferences):
            self._check_preference(preference, f"preferences.{k}")
        have = {p.party for p in self.preferences}
        for party in self.negotiators:
            if party.id not in have:
                raise ScenarioError(
                    f"party {party.id!r} has no preferences",
                    field="preferences",
                    hint=f"add a preferences entry with party: {party.id}",
                )

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
        scenario._check_whole(derived=False)
        return scenario

    @model_validator(mode="after")
    def _check(self, info: ValidationInfo) -> Scenario:
        # a scenario derived by with_change keeps the original's variants and
        # shocks, which were checked against the original (a variant may remove
        # a red line another one refers to)
        self._check_whole(derived=bool(info.context and info.context.get("derived")))
        return self

    def _check_whole(self, *, derived: bool) -> None:
        if not self.issues:
            raise ScenarioError(
                "the scenario has no issues", field="issues", hint="list at least one issue with its options"
            )
        _no_duplicates((p.id for p in self.parties), "party id", "parties")
        _no_duplicates((i.id for i in self.issues), "issue id", "issues")
        _no_duplicates((r.id for r in self.red_lines), "red line id", "red_lines")
        _no_duplicates((v.id for v in self.variants), "variant id", "variants")
        _no_duplicates((p.id for p in self.proposals), "proposal id", "proposals")
        _no_duplicates((p.party for p in self.preferences), "preference for party", "preferences")
        self._check_parties()
        for k, red_line in enumerate(self.red_lines):
            self._check_red_line(red_line, f"red_lines.{k}")
        _no_duplicates(
            [*(r.id for r in self.red_lines), *(c.id for c in self.constraints)], "red line or constraint id"
        )
        for k, constraint in enumerate(self.constraints):
            try:
                _compile(constraint.expression, self.issues)
            except ScenarioError as exc:
                exc.field = f"constraints.{k}.expression"
                raise
        for k, position in enumerate(self.positions):
            self._check_party(position.party, f"positions.{k}.party")
            for option in position.options:
                self._check_option(position.issue, option, f"positions.{k}")
        for k, proposal in enumerate(self.proposals):
            for issue, option in proposal.terms.items():
                self._check_option(issue, option, f"proposals.{k}.terms")
        for k, event in enumerate(self.timeline):
            for party_id in event.parties:
                self._check_party(party_id, f"timeline.{k}.parties")
            for issue in event.issues:
                self._check_issue(issue, f"timeline.{k}.issues")
            if event.change is not None and not derived:
                self._check_change(event.change, f"timeline.{k}.change")
        for k, variant in enumerate(self.variants):
            if not derived:
                self._check_change(variant.change, f"variants.{k}.change")

    # -- validation helpers -------------------------------------------------

    def _check_party(self, party: str, field: str) -> None:
        if party not in self._party_id_set:
            raise ScenarioError(
                f"unknown party {party!r}", field=field, hint=f"use one of {', '.join(self.party_ids)}"
            )

    def _check_issue(self, issue: str, field: str) -> Issue:
        found = self.issue(issue)
        if found is None:
            raise ScenarioError(
                f"unknown issue {issue!r}", field=field, hint=f"use one of {', '.join(self.issue_ids)}"
            )
        return found

    def _check_option(self, issue_id: str, option: str, field: str) -> None:
        issue = self._check_issue(issue_id, field)
        if option not in issue.option_index:
            raise ScenarioError(
                f"unknown option {option!r} of issue {issue_id!r}",
                field=field,
                hint=f"use one of {', '.join(issue.option_ids)}",
            )

    def _check_red_line(self, red_line: RedLine, field: str) -> None:
        self._check_party(red_line.party, f"{field}.party")
        try:
            _compile(red_line.expression, self.issues)
        except ScenarioError as exc:
            exc.field = f"{field}.expression"
            raise

    def _check_preference(self, preference: Preference, field: str) -> None:
        self._check_party(preference.party, f"{field}.party")
        for issue_id in preference.weights:
            self._check_issue(issue_id, f"{field}.weights")
        missing = [i for i in self.issue_ids if i not in preference.weights]
        if missing:
            raise ScenarioError(
                f"party {preference.party!r} gives no weight to issues {missing}",
                field=f"{field}.weights",
                hint="give every issue a weight (0 if the party does not care about it)",
            )
        total = sum(w.value for w in preference.weights.values())
        if preference.normalised and abs(total - 1.0) > WEIGHT_TOLERANCE:
            raise ScenarioError(
                f"weights of party {preference.party!r} sum to {total:.6g}, {total - 1:+.6g} away from 1",
                field=f"{field}.weights",
                hint="rescale the weights so they sum to 1",
            )
        for issue_id, weight in preference.weights.items():
            if not 0.0 <= weight.low <= weight.high <= (1.0 if preference.normalised else float("inf")):
                raise ScenarioError(
                    f"weight of issue {issue_id!r} must lie in [0, 1], got {weight.value}"
                    + (f" with range [{weight.low}, {weight.high}]" if weight.range else ""),
                    field=f"{field}.weights.{issue_id}",
                    hint="weights are shares of importance between 0 and 1",
                )
        for issue_id, values in preference.values.items():
            issue = self._check_issue(issue_id, f"{field}.values")
            for option_id, value in values.items():
                self._check_option(issue_id, option_id, f"{field}.values.{issue_id}")
                if not 0.0 <= value.low <= value.high <= 1.0:
                    raise ScenarioError(
                        f"value of option {option_id!r} must lie in [0, 1], got {value.value}",
                        field=f"{field}.values.{issue_id}.{option_id}",
                        hint="option values are 0 (worst) to 1 (best) for the party",
                    )
            missing = [o for o in issue.option_ids if o not in values]
            if missing and preference.weights[issue_id].value > 0:
                raise ScenarioError(
                    f"party {preference.party!r} gives no value to options {missing} of issue {issue_id!r}",
                    field=f"{field}.values.{issue_id}",
                    hint="give every option a value between 0 and 1",
                )
        unvalued = [i for i, w in preference.weights.items() if w.value > 0 and i not in preference.values]
        if unvalued:
            raise ScenarioError(
                f"party {preference.party!r} weights issues {unvalued} but values none of their options",
                field=f"{field}.values",
                hint="add option values for these issues",
            )
        for j, interaction in enumerate(preference.interactions):
            for issue_id, option_id in interaction.when.items():
                self._check_option(issue_id, option_id, f"{field}.interactions.{j}.when")

    def _check_change(self, change: Change, field: str) -> None:
        for party, value in change.reservation_values.items():
            self._check_party(party, f"{field}.reservation_values")
            _check_reservation(party, value, f"{field}.reservation_values.{party}")
        for party in change.reservation_shifts:
            self._check_party(party, f"{field}.reservation_shifts")
        known = {r.id for r in self.red_lines} | {r.id for r in change.add_red_lines}
        for red_line_id in change.remove_red_lines:
            if red_line_id not in known:
                raise ScenarioError(
                    f"unknown red line {red_line_id!r}",
                    field=f"{field}.remove_red_lines",
                    hint=f"use one of {', '.join(sorted(known)) or '(none defined)'}",
                )
        for k, red_line in enumerate(change.add_red_lines):
            self._check_red_line(red_line, f"{field}.add_red_lines.{k}")
        for party, weights in change.weights.items():
            self._check_party(party, f"{field}.weights")
            for issue in weights:
                self._check_issue(issue, f"{field}.weights.{party}")
        for party, values in change.values.items():
            self._check_party(party, f"{field}.values")
            for issue, options in values.items():
                for option in options:
                    self._check_option(issue, option, f"{field}.values.{party}")

    # -- lookups ------------------------------------------------------------

    @cached_property
    def party_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.parties)

    @cached_property
    def issue_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.issues)

    @cached_property
    def _party_id_set(self) -> frozenset[str]:
        return frozenset(self.party_ids)

    @cached_property
    def _issues_by_id(self) -> Mapping[str, Issue]:
        return FrozenDict({i.id: i for i in self.issues})

    @property
    def negotiators(self) -> tuple[Party, ...]:
        """The parties whose acceptance a deal needs (role ``party``)."""
        return tuple(p for p in self.parties if p.role == "party")

    def party(self, party_id: str) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None)

    def issue(self, issue_id: str) -> Issue | None:
        return self._issues_by_id.get(issue_id)

    def preference(self, party_id: str) -> Preference | None:
        return next((p for p in self.preferences if p.party == party_id), None)

    def variant(self, variant_id: str) -> Variant:
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
        return tuple((r, _compile(r.expression, self.issues)) for r in lines)

    # -- changes ------------------------------------------------------------

    def with_change(self, change: Change) -> Scenario:
        """Return a new scenario with ``change`` applied (validated again)."""
        self._check_change(change, "change")
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
                _check_reservation(party.id, reservation, "change.reservation_shifts")
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
