"""Which statements raised or lowered which estimate, per party and issue (data for front ends)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from truce.estimation.evidence import Evidence
from truce.estimation.rules import estimate
from truce.model.scenario import Scenario
from truce.model.wording import party_label, red_line_sentence

__all__ = ["EstimateReport", "IssueExplanation", "PartyExplanation", "explain_estimates"]

RULE = (
    "One rule for every party: weight score 1 + 2 (a limit was stated) + 0.5 per counted statement "
    "(at most 4); option values linear from the party's favoured end, + half the gap to the next option "
    "when the party offered or accepted it; red lines from its latest non-negotiable or precondition "
    "statement; reservation value 0.5 + 0.025 x (leverage - cost items). Only firm and reported "
    "evidence counts. These are analysts' estimates, not findings."
)


@dataclass(frozen=True)
class IssueExplanation:
    """One issue of a party's estimates: its weight, its red line, and the statements that moved them.

    ``weight`` is the estimate as text, ``value (low-high)``; ``red_line`` the
    party's red line on the issue as a sentence (None without one);
    ``effects`` one line per statement that moved one of them: id, date,
    confidence and what it moved.
    """

    issue: str
    weight: str
    red_line: str | None
    effects: tuple[str, ...]


@dataclass(frozen=True)
class PartyExplanation:
    """One party's estimates explained: reservation value and its reason, each issue, uncounted evidence.

    ``listed`` holds the disputed and unverified evidence, shown but moving no number.
    """

    party: str
    label: str
    reservation_value: str
    reservation_reason: str
    issues: tuple[IssueExplanation, ...]
    listed: tuple[str, ...]


@dataclass(frozen=True)
class EstimateReport:
    """The explanation :func:`explain_estimates` returns; ``to_json`` for ``--json``."""

    scenario: str
    as_of: dt.date
    rule: str
    parties: tuple[PartyExplanation, ...]

    def to_json(self) -> dict[str, Any]:
        """The document of ``truce estimate --json``: these fields, ``as_of`` as an ISO date."""
        data = asdict(self)
        data["as_of"] = self.as_of.isoformat()
        return data


def explain_estimates(evidence: Evidence, scenario: Scenario, as_of: dt.date) -> EstimateReport:
    """Every party's estimates as of ``as_of`` with the evidence that moved each number."""
    result = estimate(evidence, scenario.issues, as_of)
    dates = {s.id: (s.date, s.confidence) for s in evidence.statements}
    dates |= {i.id: (i.date, i.confidence) for i in evidence.no_deal}
    parties = []
    for party_id, estimates in result.parties.items():
        label = party_label(scenario, party_id)
        lines = {r.id.removeprefix(f"{party_id}_"): r for r in estimates.red_lines}
        rows = []
        for issue in scenario.issues:
            grouped: dict[str, list[str]] = {}
            for e in result.effects:
                if e.party == party_id and e.issue == issue.id and e.target != "none":
                    grouped.setdefault(e.evidence, []).append(f"{e.target}: {e.how}")
            effects = tuple(
                f"{sid} ({dates[sid][0]:%d %b}, {dates[sid][1]}): {'; '.join(hows)}"
                for sid, hows in grouped.items()
            )
            weight = estimates.weights[issue.id]
            red_line = lines.get(issue.id)
            rows.append(
                IssueExplanation(
                    issue.name or issue.id,
                    f"{weight.value:.3f} ({weight.low:.3f}-{weight.high:.3f})",
                    None if red_line is None else red_line_sentence(red_line.expression, scenario.issues),
                    effects,
                )
            )
        listed = tuple(
            f"{e.evidence} ({e.date:%d %b}): {e.how}"
            for e in result.effects
            if e.party == party_id and e.how.startswith("listed")
        )
        rv = estimates.reservation_value
        parties.append(
            PartyExplanation(
                party_id,
                label,
                f"{rv.value:.3f} ({rv.low:.3f}-{rv.high:.3f})",
                rv.rationale or "",
                tuple(rows),
                listed,
            )
        )
    return EstimateReport(scenario.id, as_of, RULE, tuple(parties))
