"""A scenario whose estimates, positions, shocks and variants come from its evidence.

:func:`estimated_scenario` replaces, in a scenario, everything the rules of
:mod:`truce.estimation.rules` compute: the negotiating parties' preferences,
reservation values and red lines as of the scenario's date, the positions (one
per statement), the dated shocks (one per date on which a red line or a
reservation value changes) and the variants (each the change from the
scenario's date to the variant's).  Narrative timeline events, issues,
proposals and constraints are kept as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import pairwise

from truce.errors import ScenarioError
from truce.estimation.evidence import Evidence, EvidenceConfidence
from truce.estimation.rules import Estimates, estimate
from truce.model.elements import Change, Position, Preference, RedLine, Source, TimelineEvent, Variant
from truce.model.estimate import Estimate
from truce.model.scenario import Scenario
from truce.model.wording import red_line_sentence

__all__ = ["RULE_SUMMARY", "SHOCK_TITLE", "estimated_scenario", "estimates_over_time"]

RULE_SUMMARY = (
    "Estimate computed from the scenario's evidence file by truce.estimation.rules, the same rule for every "
    "party: weight score = 1 + 2 if a limit was stated + 0.5 x min(n, 4) counted statements, normalised; "
    "option values linear from the party's favoured end, + half the gap to the next option for options it "
    "offered or accepted; only firm and reported evidence counts."
)

SHOCK_TITLE = "Estimates change: "
"""Title prefix of the shocks :func:`estimated_scenario` generates (and replaces when run again)."""

_STANCE = {
    "demand": "demand",
    "offer": "offer",
    "accept": "accept",
    "reject": "reject",
    "non_negotiable": "demand",
    "precondition": "demand",
}


def _change_dates(evidence: Evidence, after: dt.date) -> list[dt.date]:
    dates = {s.date for s in evidence.statements if s.date > after}
    dates |= {i.date for i in evidence.no_deal if i.date > after}
    return sorted(dates)


def estimates_over_time(evidence: Evidence, scenario: Scenario) -> list[Estimates]:
    """Estimates as of the scenario's date, then as of every later evidence date."""
    if scenario.date is None:
        raise ScenarioError(
            "a scenario estimated from evidence needs a date", field="date", hint="add date: YYYY-MM-DD"
        )
    return [
        estimate(evidence, scenario.issues, d)
        for d in [scenario.date, *_change_dates(evidence, scenario.date)]
    ]


def _worst(confidences: Iterable[str]) -> EvidenceConfidence:
    return "reported" if "reported" in set(confidences) else "firm"


def _who(scenario: Scenario, party_id: str) -> str:
    """The party's name without a parenthesised qualifier ("Israel" for "Israel (government of Israel)")."""
    party = scenario.party(party_id)
    return party_id if party is None else party.label.split(" (")[0]


def _reservation_sentence(scenario: Scenario, party_id: str, old: float, new: float) -> str:
    way = "falls" if new < old else "rises"
    return f"{_who(scenario, party_id)}'s value of no deal (reservation value) {way} from {old:g} to {new:g}"


def _difference(
    before: Estimates, after: Estimates, evidence: Evidence, scenario: Scenario
) -> tuple[Change, list[str], EvidenceConfidence, tuple[Source, ...]]:
    """The change from ``before`` to ``after``, what it says (in words), its confidence and sources."""
    reservation: dict[str, Estimate] = {}
    added: list[RedLine] = []
    removed: list[str] = []
    said: list[str] = []
    confidences: list[str] = []
    numbers: list[int] = []
    for party, now in after.parties.items():
        old = before.parties[party]
        if now.reservation_value.value != old.reservation_value.value:
            reservation[party] = now.reservation_value
            value = (old.reservation_value.value, now.reservation_value.value)
            said.append(_reservation_sentence(scenario, party, *value))
            for item in evidence.no_deal:
                if item.party == party and before.as_of < item.date <= after.as_of and item.counted:
                    confidences.append(item.confidence)
                    numbers.extend(item.sources)
        old_lines = {r.id: r for r in old.red_lines}
        for red_line in now.red_lines:
            was = old_lines.get(red_line.id)
            # a reaffirmation only adds to the description and sources: not a change
            if was is None or (was.expression, was.confidence) != (red_line.expression, red_line.confidence):
                added.append(red_line)
                rule = red_line_sentence(red_line.expression, scenario.issues)
                said.append(f"{_who(scenario, party)} sets a red line: {rule}")
                confidences.append(red_line.confidence)
                numbers.extend(int(s.ref.strip("[]")) for s in red_line.sources if s.ref)
        for red_line_id in old_lines.keys() - {r.id for r in now.red_lines}:
            removed.append(red_line_id)
            rule = red_line_sentence(old_lines[red_line_id].expression, scenario.issues)
            said.append(f"{_who(scenario, party)} lifts the red line: {rule}")
    change = Change(
        reservation_values=reservation, add_red_lines=tuple(added), remove_red_lines=tuple(sorted(removed))
    )
    confidence = _worst(confidences)
    return change, said, confidence, evidence.sources(tuple(dict.fromkeys(numbers)))


def _shocks(evidence: Evidence, stages: list[Estimates], scenario: Scenario) -> list[TimelineEvent]:
    shocks = []
    for before, after in pairwise(stages):
        change, said, confidence, sources = _difference(before, after, evidence, scenario)
        if change.is_empty:
            continue
        parties = sorted({*change.reservation_values, *(r.party for r in change.add_red_lines)})
        issues = sorted({r.id.removeprefix(f"{r.party}_") for r in change.add_red_lines})
        shocks.append(
            TimelineEvent(
                date=after.as_of,
                title=SHOCK_TITLE + "; ".join(said) + ".",
                description="Computed from the evidence dated on this day by the estimation rule.",
                kind="shock",
                parties=tuple(parties),
                issues=tuple(issues),
                change=change,
                confidence=confidence,
                sources=sources,
            )
        )
    return shocks


def estimated_scenario(scenario: Scenario, evidence: Evidence) -> Scenario:
    """``scenario`` with every estimate, position, shock and variant recomputed from ``evidence``."""
    stages = estimates_over_time(evidence, scenario)
    base = stages[0]
    parties = [
        p.model_copy(update={"reservation_value": base.parties[p.id].reservation_value})
        if p.id in base.parties
        else p
        for p in scenario.parties
    ]
    preferences = [
        Preference(party=p.party, weights=p.weights, values=p.values, rationale=RULE_SUMMARY)
        for p in base.parties.values()
    ] + [p for p in scenario.preferences if p.party not in base.parties]
    red_lines = [r for r in scenario.red_lines if r.party not in base.parties]
    red_lines += [r for p in base.parties.values() for r in p.red_lines]
    positions = [
        Position(
            party=s.party,
            issue=s.issue,
            date=s.date,
            options=s.options,
            stance=_STANCE[s.kind],  # type: ignore[arg-type]
            statement=s.text,
            confidence=s.confidence,
            sources=evidence.sources(s.sources),
        )
        for s in sorted(evidence.statements, key=lambda s: (s.date, s.party))
    ]
    narrative = [e for e in scenario.timeline if not e.title.startswith(SHOCK_TITLE)]
    shocks = _shocks(evidence, stages, scenario)
    timeline = sorted([*narrative, *shocks], key=lambda e: (e.date, e.kind == "shock"))
    variants = []
    for spec in sorted(evidence.variants, key=lambda v: v.date):
        at = estimate(evidence, scenario.issues, spec.date)
        change, said, confidence, sources = _difference(base, at, evidence, scenario)
        variants.append(
            Variant(
                id=spec.id,
                name=spec.name,
                date=spec.date,
                description=f"{spec.description} Computed change: {'; '.join(said) or 'none'}.",
                change=change,
                confidence=confidence,
                sources=sources,
            )
        )
    data = scenario.model_dump(
        mode="python",
        round_trip=True,
        exclude={"parties", "preferences", "red_lines", "positions", "timeline", "variants"},
    )
    data |= {
        "parties": [p.model_dump(mode="python", round_trip=True) for p in parties],
        "preferences": [p.model_dump(mode="python", round_trip=True) for p in preferences],
        "red_lines": [r.model_dump(mode="python", round_trip=True) for r in red_lines],
        "positions": [p.model_dump(mode="python", round_trip=True) for p in positions],
        "timeline": [e.model_dump(mode="python", round_trip=True) for e in timeline],
        "variants": [v.model_dump(mode="python", round_trip=True) for v in variants],
    }
    labels: dict[str, str] = {f"[{r.number}]": r.confidence for r in evidence.references}
    return Scenario.model_validate(_relabel(data, labels))


def _relabel(data: object, labels: dict[str, str]) -> object:
    """Every cited reference carries its one label from the evidence's reference list."""
    if isinstance(data, dict):
        out = {k: _relabel(v, labels) for k, v in data.items()}
        if "ref" in out and "url" in out and out["ref"] in labels:
            out["confidence"] = labels[out["ref"]]
        return out
    if isinstance(data, list | tuple):
        return [_relabel(v, labels) for v in data]
    return data
