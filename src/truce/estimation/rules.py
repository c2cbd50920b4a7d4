"""The one rule that turns coded evidence into estimates, for every party alike.

Every number is computed from the :class:`~truce.estimation.evidence.Evidence`
by the steps below; no step looks at which party it is estimating, so swapping
two parties' labels in the evidence swaps their estimates (a test checks it).
Only ``firm`` and ``reported`` evidence moves a number; ``disputed`` and
``unverified`` evidence is listed in the explanation and moves nothing.

1. **Weights.** For every issue, score = ``BASE_SCORE`` + ``LIMIT_SCORE`` if the
   party made a non-negotiable or precondition statement on it + ``STATEMENT_SCORE``
   × min(n, ``STATEMENT_CAP``) for its n counted statements on it (whole
   period).  The cap makes the most that coverage can add (4 × 0.5 = 2) equal
   to what one non-negotiable adds, so a much-reported issue cannot outweigh a
   stated limit; the base (1) is half of either, so an issue nobody spoke
   about still counts.  Weights are the normalised scores (rounded to 1e-6 so that they sum to exactly
   1); the range is the weight the
   issue would get with one statement fewer or more.
2. **Option values.** Linear on the issue's option order from the party's
   favoured end: option k of n (k = 0 favoured) is worth 1 − k/(n−1).  An
   option the party itself offered or accepted gets half the gap to the next
   option, 1/(2(n−1)) (so an offer never reorders the party's own ranking),
   capped at 1; the range is ± that half-gap.
3. **Red lines**, as of a date: the party's latest non-negotiable or
   precondition statement on an issue that names options, dated on or before
   it, leaves the options it lists (the coder's ``reading`` says why); a later
   offer or acceptance by the party of an option outside that set widens the
   set by that option and every option the party values at least as much.
   The red line is as firm as the firmest statement of the limit.
   A set that leaves every option is no red line.
4. **Reservation values** (utility of no agreement), as of a date:
   ``RV_MIDPOINT`` + ``RV_STEP`` × (leverage items − cost items) dated on or
   before it.  With no evidence either way, no deal sits at the middle of the
   party's scale (0 = its worst package, 1 = its best); one item moves it by
   1/40, so even ten items pointing one way leave it inside [0.25, 0.75].  The
   range is ± ``RV_SPREAD_ITEMS`` items (0.10): how far a different but
   defensible count of the brief's items could move it.

References: the weighting follows the direct-rating practice of multi-attribute
value analysis (Keeney & Raiffa 1976, ch. 3; Raiffa 1982, ch. 10 on
analysts' estimates of the other side's values).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from truce.errors import ScenarioError
from truce.estimation.evidence import LIMITING_KINDS, Evidence, EvidenceConfidence, NoDealItem, Statement
from truce.model.elements import Issue, RedLine
from truce.model.estimate import Estimate
from truce.model.wording import option_label, or_list

__all__ = [
    "BASE_SCORE",
    "LIMIT_SCORE",
    "RV_MIDPOINT",
    "RV_SPREAD_ITEMS",
    "RV_STEP",
    "STATEMENT_CAP",
    "STATEMENT_SCORE",
    "Effect",
    "Estimates",
    "PartyEstimates",
    "estimate",
]

BASE_SCORE = Fraction(1)
LIMIT_SCORE = Fraction(2)
STATEMENT_SCORE = Fraction(1, 2)
STATEMENT_CAP = 4
RV_MIDPOINT = Fraction(1, 2)
RV_STEP = Fraction(1, 40)
RV_SPREAD_ITEMS = 4
_DIGITS = 4
_WEIGHT_DIGITS = 6
_WEIGHT_UNIT = 10**_WEIGHT_DIGITS


def _largest_remainder(scores: dict[str, Fraction]) -> dict[str, float]:
    """Shares rounded to 1e-6 that sum to exactly 1 (Hamilton's method; ties keep issue order)."""
    total = sum(scores.values())
    exact = {i: s / total * _WEIGHT_UNIT for i, s in scores.items()}
    units = {i: int(e) for i, e in exact.items()}
    for i in sorted(exact, key=lambda i: -(exact[i] - units[i]))[: _WEIGHT_UNIT - sum(units.values())]:
        units[i] += 1
    return {i: u / _WEIGHT_UNIT for i, u in units.items()}


@dataclass(frozen=True)
class Effect:
    """What one piece of evidence did to one number (``how`` is a short phrase)."""

    party: str
    evidence: str
    date: dt.date
    target: str  # "weight", "value", "red line", "reservation value"
    issue: str | None
    how: str


@dataclass(frozen=True)
class PartyEstimates:
    """The estimates of one party as of a date."""

    party: str
    weights: dict[str, Estimate]
    values: dict[str, dict[str, Estimate]]
    red_lines: tuple[RedLine, ...]
    reservation_value: Estimate


@dataclass(frozen=True)
class Estimates:
    """Every party's estimates as of ``as_of``, and the effects that explain them."""

    as_of: dt.date
    parties: dict[str, PartyEstimates]
    effects: tuple[Effect, ...]


def _decimal(value: Fraction) -> float:
    return round(float(value), _DIGITS)


def _by_party(evidence: Evidence, party: str, issue: str) -> list[Statement]:
    return [s for s in evidence.statements if s.party == party and s.issue == issue]


def _rank(evidence: Evidence, party: str, issue: Issue, option: str) -> int:
    """0 for the party's favoured option, n−1 for the option it likes least."""
    k = issue.option_ids.index(option)
    return k if evidence.favours[party] == "first" else len(issue.options) - 1 - k


def _weights(
    evidence: Evidence, party: str, issues: Sequence[Issue], effects: list[Effect]
) -> dict[str, Estimate]:
    scores: dict[str, Fraction] = {}
    reasons: dict[str, str] = {}
    for issue in issues:
        counted = [s for s in _by_party(evidence, party, issue.id) if s.counted]
        limited = [s for s in counted if s.kind in LIMITING_KINDS]
        n = len(counted)
        score = BASE_SCORE + (LIMIT_SCORE if limited else 0) + STATEMENT_SCORE * min(n, STATEMENT_CAP)
        scores[issue.id] = score
        for k, s in enumerate(counted):
            how = (
                "+0.5 to the weight score" if k < STATEMENT_CAP else "no change (cap of 4 statements reached)"
            )
            effects.append(Effect(party, s.id, s.date, "weight", issue.id, how))
        if limited:
            effects.append(
                Effect(party, limited[0].id, limited[0].date, "weight", issue.id, "+2 (stated as a limit)")
            )
        reasons[issue.id] = (
            f"score {float(score):g} = 1 + 2 x {int(bool(limited))} (limit stated: "
            f"{', '.join(s.id for s in limited) or 'none'}) + 0.5 x min({n}, 4) (counted statements: "
            f"{', '.join(s.id for s in counted) or 'none'})"
        )
    total = sum(scores.values())
    rounded = _largest_remainder(scores)
    weights = {}
    for issue_id, score in scores.items():
        low = (score - STATEMENT_SCORE) / (total - STATEMENT_SCORE)
        high = (score + STATEMENT_SCORE) / (total + STATEMENT_SCORE)
        value = rounded[issue_id]
        weights[issue_id] = Estimate(
            value=value,
            range=(
                min(round(float(low), _WEIGHT_DIGITS), value),
                max(round(float(high), _WEIGHT_DIGITS), value),
            ),
            rationale=(
                f"{reasons[issue_id]}; / {float(total):g} (all issues); range: one statement fewer or more"
            ),
        )
    return weights


def _values(evidence: Evidence, party: str, issue: Issue, effects: list[Effect]) -> dict[str, Estimate]:
    n = len(issue.options)
    if issue.kind == "categorical" and n > 2:
        raise ScenarioError(
            f"issue {issue.id!r} is categorical: the estimation rule needs an option order",
            field=f"issues.{issue.id}.kind",
            hint="list the options from one side's favoured to the other's and make the issue ordinal",
        )
    half = Fraction(1, 2 * (n - 1)) if n > 1 else Fraction(0)
    offered: dict[str, list[str]] = {}
    for s in _by_party(evidence, party, issue.id):
        if s.counted and s.kind in ("offer", "accept"):
            for option in s.options:
                offered.setdefault(option, []).append(s.id)
    values = {}
    for option in issue.option_ids:
        k = _rank(evidence, party, issue, option)
        base = 1 - Fraction(k, n - 1) if n > 1 else Fraction(1)
        value = min(Fraction(1), base + half) if option in offered else base
        reason = f"rank {k + 1} of {n} from the party's favoured end: 1 - {k}/{n - 1} = {float(base):.4g}"
        if option in offered:
            reason += f"; + {float(half):.4g} as offered or accepted ({', '.join(offered[option])})"
            for sid in offered[option]:
                s = next(x for x in evidence.statements if x.id == sid)
                how = f"+{float(half):.4g} to {option_label(issue, option)}"
                effects.append(Effect(party, sid, s.date, "value", issue.id, how))
        values[option] = Estimate(
            value=_decimal(value),
            range=(_decimal(max(Fraction(0), value - half)), _decimal(min(Fraction(1), value + half))),
            rationale=reason,
        )
    return values


def _red_line(
    evidence: Evidence, party: str, issue: Issue, as_of: dt.date, effects: list[Effect]
) -> RedLine | None:
    said = [s for s in _by_party(evidence, party, issue.id) if s.counted and s.date <= as_of]
    limits = [s for s in said if s.kind in LIMITING_KINDS and s.options]
    if not limits:
        return None
    latest = max(limits, key=lambda s: s.date)  # max keeps the first of equal dates; file order breaks ties
    latest = [s for s in limits if s.date == latest.date][-1]
    allowed = set(latest.options)
    basis = [s for s in limits if set(s.options) == allowed]
    named = or_list([option_label(issue, o) for o in issue.option_ids if o in allowed])
    effects.append(Effect(party, latest.id, latest.date, "red line", issue.id, f"leaves only {named}"))
    widening: list[Statement] = []
    for s in said:
        if s.date > latest.date and s.kind in ("offer", "accept"):
            for option in s.options:
                if option not in allowed:
                    bound = _rank(evidence, party, issue, option)
                    allowed |= {o for o in issue.option_ids if _rank(evidence, party, issue, o) <= bound}
                    widening.append(s)
                    how = f"widened by {option_label(issue, option)}"
                    effects.append(Effect(party, s.id, s.date, "red line", issue.id, how))
    if allowed == set(issue.option_ids):
        return None
    kept = [o for o in issue.option_ids if o in allowed]
    labels = {o.id: o.label or o.id for o in issue.options}
    out = [labels[o] for o in issue.option_ids if o not in allowed]
    # as firm as the firmest statement that states the limit, unless a reported offer widened it
    firm = any(s.confidence == "firm" for s in basis) and all(s.confidence == "firm" for s in widening)
    confidence: EvidenceConfidence = "firm" if firm else "reported"
    basis = sorted({*basis, *widening}, key=lambda s: (s.date, s.id))
    description = (
        f"{latest.text} Reading: {latest.reading or 'the options the statement names'}. "
        f"Rules out: {'; '.join(out)}. From: {', '.join(f'{s.id} ({s.date:%d %b})' for s in basis)}."
    )
    numbers = tuple(dict.fromkeys(n for s in basis for n in s.sources))
    return RedLine(
        id=f"{party}_{issue.id}",
        party=party,
        expression=f"{issue.id} in [{', '.join(repr(o).replace(chr(39), chr(34)) for o in kept)}]",
        description=description,
        confidence=confidence,
        sources=evidence.sources(numbers),
    )


def _reservation(evidence: Evidence, party: str, as_of: dt.date, effects: list[Effect]) -> Estimate:
    items: list[NoDealItem] = [i for i in evidence.no_deal if i.party == party and i.date <= as_of]
    counted = [i for i in items if i.counted]
    leverage = [i.id for i in counted if i.kind == "leverage"]
    costs = [i.id for i in counted if i.kind == "cost"]
    for i in items:
        how = (
            ("+" if i.kind == "leverage" else "-") + f"{float(RV_STEP):g}"
            if i.counted
            else f"listed, not counted ({i.confidence})"
        )
        effects.append(Effect(party, i.id, i.date, "reservation value", None, how))
    value = RV_MIDPOINT + RV_STEP * (len(leverage) - len(costs))
    spread = RV_STEP * RV_SPREAD_ITEMS
    return Estimate(
        value=_decimal(value),
        range=(_decimal(value - spread), _decimal(value + spread)),
        rationale=(
            f"0.5 + 0.025 x ({len(leverage)} leverage - {len(costs)} cost items); "
            f"leverage: {', '.join(leverage) or 'none'}; costs: {', '.join(costs) or 'none'}; range +-4 items"
        ),
    )


def estimate(evidence: Evidence, issues: Sequence[Issue], as_of: dt.date) -> Estimates:
    """Every party's weights, values, red lines and reservation value as of ``as_of``.

    Weights and values use the evidence of the whole period (a party's
    priorities are taken as stable); red lines and reservation values use
    only evidence dated on or before ``as_of``.
    """
    known = {i.id: i for i in issues}
    for s in evidence.statements:
        if s.issue not in known:
            raise ScenarioError(f"statement {s.id!r} names unknown issue {s.issue!r}", field="statements")
        unknown = [o for o in s.options if o not in known[s.issue].option_ids]
        if unknown:
            raise ScenarioError(
                f"statement {s.id!r} names unknown option {unknown[0]!r} of issue {s.issue!r}",
                field="statements",
                hint=f"use one of {', '.join(known[s.issue].option_ids)}",
            )
    effects: list[Effect] = []
    parties = {}
    for party in evidence.parties:
        for s in evidence.statements:
            if s.party == party and not s.counted:
                effects.append(
                    Effect(party, s.id, s.date, "none", s.issue, f"listed, not counted ({s.confidence})")
                )
        weights = _weights(evidence, party, issues, effects)
        values = {issue.id: _values(evidence, party, issue, effects) for issue in issues}
        red_lines = tuple(
            r for issue in issues if (r := _red_line(evidence, party, issue, as_of, effects)) is not None
        )
        parties[party] = PartyEstimates(
            party, weights, values, red_lines, _reservation(evidence, party, as_of, effects)
        )
    return Estimates(as_of, parties, tuple(effects))
