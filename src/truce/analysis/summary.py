"""A plain-language summary of an analysis, for a mediator who is not a programmer.

:func:`summarize` returns data (sentences and labelled lists), never prints:
the CLI, the web app and reports render the same summary.  It says how many
packages every party prefers to no deal (with the caveat that the numbers rest
on analysts' estimates and that a count is not a likelihood), which options
remain open on each issue and where only one remains, which red lines close
the zone, what each side gives up relative to its latest stated position in
each package the bargaining solutions propose (Nash 1950; Kalai and
Smorodinsky 1975; Kalai 1977; the same package once, whichever solutions
select it), and, when the zone is empty, the red lines that empty
it and the smallest single change that would reopen it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from truce.analysis.limits import REOPEN_LIMIT
from truce.analysis.overview import Analysis, Solution
from truce.analysis.zone import in_zone
from truce.model.elements import CONSTRAINT_PARTY, Position
from truce.model.frozen import thaw
from truce.model.scenario import Scenario
from truce.model.wording import issue_label, option_label, or_list, party_label, red_line_sentence

__all__ = ["CAVEAT", "SOLUTION_TITLES", "IssueStatus", "ProposedPackage", "Summary", "packages", "summarize"]

CAVEAT = (
    "These numbers follow from analysts' estimates built from the listed evidence, not from the parties' "
    "own valuations; a count of packages is not a likelihood of agreement."
)


SOLUTION_TITLES = {
    "nash": "Nash",
    "kalai_smorodinsky": "Kalai–Smorodinsky",
    "egalitarian": "Egalitarian",
    "utilitarian": "Utilitarian",
}
"""How the summary and the CLI name each solution of :data:`truce.analysis.BARGAINING_SOLUTIONS`."""

# Stances whose options a party asked for; a package without them is a concession.
CONCEDED_FROM = ("demand", "offer", "accept")


def packages(n: int) -> str:
    """``1 package``, ``61,568 packages``."""
    return f"{n:,} package" + ("" if n == 1 else "s")


@dataclass(frozen=True)
class IssueStatus:
    """The options of one issue that still appear in some package of the zone."""

    issue: str
    open_options: tuple[str, ...]
    total_options: int

    @property
    def settled(self) -> bool:
        """True when a single option of the issue remains in the zone."""
        return len(self.open_options) == 1


@dataclass(frozen=True)
class ProposedPackage:
    """A package the bargaining solutions propose, and what each party gives up in it.

    ``concessions`` holds one sentence per negotiating party naming the issues
    on which the package differs from the party's latest stated position
    (firm or reported demand, offer or acceptance dated on or before the
    summary's date), the same rule for every party.
    """

    solutions: tuple[str, ...]
    utilities: tuple[tuple[str, float], ...]
    concessions: tuple[str, ...]

    @property
    def title(self) -> str:
        """``Nash package``, ``Kalai–Smorodinsky and Egalitarian package``."""
        return f"{or_list(list(self.solutions), 'and')} package"


@dataclass(frozen=True)
class Summary:
    """What :func:`summarize` returns; :meth:`paragraphs` gives the sentences in reading order."""

    headline: str
    caveat: str
    zone_size: int | None
    total: int
    issues: tuple[IssueStatus, ...]
    closing: tuple[str, ...]
    reopening: tuple[str, ...]
    proposed: tuple[ProposedPackage, ...]
    unsettled: int
    deadlocks: tuple[str, ...] = ()
    """Issues on which the negotiators' latest stated positions share no option, in words."""

    @property
    def concessions(self) -> tuple[str, ...]:
        """What each party gives up in the Nash package (empty without one)."""
        nash = SOLUTION_TITLES["nash"]
        return next((p.concessions for p in self.proposed if nash in p.solutions), ())

    def paragraphs(self) -> list[str]:
        """The summary as sentences in reading order: headline, narrowed issues, red lines, packages."""
        out = [f"{self.headline} ({self.caveat})"]
        if self.issues and self.zone_size:
            single = [s for s in self.issues if s.settled]
            if single:
                out.append(
                    "Only one option remains on "
                    + "; ".join(f"{s.issue} ({s.open_options[0]})" for s in single)
                    + "."
                )
            narrowed = [s for s in self.issues if not s.settled and len(s.open_options) < s.total_options]
            if narrowed:
                out.append(
                    "Narrowed: "
                    + "; ".join(f"{s.issue}: {or_list(list(s.open_options))}" for s in narrowed)
                    + "."
                )
        if self.closing:
            out.append("Red lines that close the zone: " + " ".join(self.closing))
        if self.reopening:
            out.append("Single changes that would reopen it: " + " ".join(self.reopening))
        for package in self.proposed:
            out.append(
                f"In the {package.title}, against its latest stated position, each side gives up: "
                + " ".join(package.concessions)
            )
        if self.deadlocks:
            out.append("The latest stated positions share no option on: " + " ".join(self.deadlocks))
        if self.unsettled:
            out.append(
                f"{self.unsettled} elements of the scenario rest on reported, disputed or unverified claims."
            )
        return out

    def to_json(self) -> dict[str, Any]:
        """The ``summary`` key of ``analyze --json``: the fields, ``concessions`` and ``paragraphs``."""
        data: dict[str, Any] = thaw(asdict(self))
        data["concessions"] = list(self.concessions)
        for entry, package in zip(data["proposed"], self.proposed, strict=True):
            entry["title"] = package.title
        data["paragraphs"] = self.paragraphs()
        return data


def _open_options(analysis: Analysis) -> tuple[IssueStatus, ...]:
    space, scenario = analysis.space, analysis.scenario
    if analysis.zone.size in (None, 0) or space.size > REOPEN_LIMIT:
        return ()
    seen = [np.zeros(n, dtype=bool) for n in space.radix]
    for rows in space.chunks():
        kept = rows[in_zone(space, rows)]
        for i in range(len(seen)):
            seen[i][kept[:, i]] = True  # np.unique would import numpy.ma at start-up
    statuses = []
    for i, issue_id in enumerate(space.issues):
        issue = scenario.issue(issue_id)
        assert issue is not None
        options = tuple(option_label(issue, space.options[i][o]) for o in np.flatnonzero(seen[i]))
        statuses.append(IssueStatus(issue_label(issue), options, len(space.options[i])))
    return tuple(statuses)


def _closing(analysis: Analysis) -> tuple[str, ...]:
    scenario = analysis.scenario
    out = []
    for b in analysis.zone.binding:
        if b.party == CONSTRAINT_PARTY:
            continue
        sentence = red_line_sentence(b.expression, scenario.issues, party_label(scenario, b.party))
        out.append(f"{sentence} (keeps out {packages(b.gain)} that would otherwise be in the zone).")
    return tuple(out)


def _reopening(analysis: Analysis) -> tuple[str, ...]:
    if analysis.zone.size != 0:
        return ()  # an open zone needs no reopening (and start-up does not pay for the search)
    from truce.analysis.reopen import reopening_changes

    scenario = analysis.scenario
    expressions = {b.id: b.expression for b in analysis.zone.binding}
    out = []
    changes = reopening_changes(analysis.space, analysis.zone)
    for change in changes:
        who = party_label(scenario, change.party)
        if change.kind == "red line" and change.red_line is not None:
            rule = red_line_sentence(expressions[change.red_line], scenario.issues)
            back = packages(change.packages or 0)
            out.append(f"{who} drops the red line \"{rule}\" ({back} would return).")
        elif change.amount is not None and change.amount > 0:
            out.append(f"{who} lowers its reservation value by {change.amount:.3f}.")
    out += _widenings(analysis)
    cuts = [c for c in changes if c.kind == "reservation value" and c.amount is not None and c.amount > 0]
    if analysis.zone.size == 0 and analysis.space.size <= REOPEN_LIMIT and not cuts:
        out.append(
            "No cut in a reservation value alone reopens it: the red lines together exclude every package."
        )
    return tuple(out)


def _widenings(analysis: Analysis) -> list[str]:
    """One sentence per red line that reopens the zone when it admits one more option."""
    scenario = analysis.scenario
    if analysis.zone.size != 0 or analysis.space.size > REOPEN_LIMIT:
        return []
    from truce.analysis.reopen import Relaxation, red_line_relaxations

    by_line: dict[str, list[Relaxation]] = {}
    for relaxation in red_line_relaxations(scenario, analysis.zone):
        by_line.setdefault(relaxation.red_line, []).append(relaxation)
    out = []
    for found in by_line.values():
        issue = scenario.issue(found[0].issue)
        assert issue is not None
        counts = "; ".join(
            f"with {option_label(issue, r.option)}, {packages(r.packages)} would be in the zone"
            for r in found
        )
        out.append(
            f"{party_label(scenario, found[0].party)} widens its red line on {issue_label(issue)} "
            f"to admit one more option: {counts}."
        )
    return out


def _stated(scenario: Scenario, party: str, issue: str, date: dt.date | None) -> Position | None:
    """The party's latest firm or reported demand, offer or acceptance on ``issue`` by ``date``."""
    stated = [
        p
        for p in scenario.positions_of(party, issue)
        if p.options
        and p.stance in CONCEDED_FROM
        and p.confidence in ("firm", "reported")
        and (date is None or p.date <= date)
    ]
    return stated[-1] if stated else None


def _deadlocks(scenario: Scenario, date: dt.date | None) -> tuple[str, ...]:
    """Issues where every negotiator has a stated position and no option is in all of them."""
    out = []
    for issue in scenario.issues:
        stated = [(party, _stated(scenario, party.id, issue.id, date)) for party in scenario.negotiators]
        positions = [(party, p) for party, p in stated if p is not None]
        if len(positions) < 2 or len(positions) < len(stated):
            continue
        if set.intersection(*(set(p.options) for _, p in positions)):
            continue
        said = "; ".join(
            f"{party.label}: {or_list([option_label(issue, o) for o in p.options])} "
            f"(stated {p.date.day} {p.date:%b %Y})"
            for party, p in positions
        )
        out.append(f"{issue_label(issue)} — {said}.")
    return tuple(out)


def _given_up(scenario: Scenario, package: dict[str, str], date: dt.date | None) -> tuple[str, ...]:
    """One sentence per negotiating party: the issues where ``package`` differs from its latest position."""
    out = []
    for party in scenario.negotiators:
        given = []
        for issue in scenario.issues:
            latest = _stated(scenario, party.id, issue.id, date)
            if latest is not None and package[issue.id] not in latest.options:
                wanted = or_list([option_label(issue, o) for o in latest.options])
                given.append(
                    f"{issue_label(issue)}: {option_label(issue, package[issue.id])} instead of {wanted}"
                    f" (stated {latest.date.day} {latest.date:%b %Y})"
                )
        out.append(f"{party.label} — {'; '.join(given) or 'nothing it had stated'}.")
    return tuple(out)


def _proposed(analysis: Analysis, date: dt.date | None) -> tuple[ProposedPackage, ...]:
    """The bargaining solutions' packages, each once, with what each party gives up in it."""
    if not analysis.zone.size:
        return ()
    found: dict[tuple[str, ...], tuple[list[str], Solution]] = {}
    for name, solution in analysis.solutions.items():
        if solution is None:
            continue
        key = tuple(analysis.outcome_ids(solution.outcome).values())
        found.setdefault(key, ([], solution))[0].append(SOLUTION_TITLES.get(name, name))
    scenario, parties = analysis.scenario, analysis.space.parties
    return tuple(
        ProposedPackage(
            solutions=tuple(names),
            utilities=tuple(
                (party_label(scenario, p).split(" (")[0], float(u))
                for p, u in zip(parties, solution.utility, strict=True)
            ),
            concessions=_given_up(scenario, analysis.outcome_ids(solution.outcome), date),
        )
        for names, solution in found.values()
    )


def summarize(analysis: Analysis, *, as_of: dt.date | None = None) -> Summary:
    """The plain-language summary of ``analysis`` (data; front ends render it).

    Parameters
    ----------
    analysis
        The result of :func:`truce.analysis.analyze`.
    as_of
        Date of the stated positions the concessions are measured against
        (the latest on or before it); defaults to the scenario's date.  Pass
        a variant's date when ``analysis`` is of a variant.
    """
    zone = analysis.zone
    if zone.size is None:
        share = "an unknown share" if zone.estimate is None else f"about {100 * zone.estimate.share:.1f} %"
        headline = f"Every party prefers {share} of the {zone.total:,} possible packages to no deal."
    elif zone.size == 0:
        headline = (
            f"No package of the {zone.total:,} possible is acceptable to every party: the zone is empty."
        )
    else:
        headline = (
            f"{zone.size:,} of the {zone.total:,} possible packages ({100 * zone.size / zone.total:.1f} %) "
            "cross no red line and give every party at least its reservation value."
        )
    return Summary(
        headline=headline,
        caveat=CAVEAT,
        zone_size=zone.size,
        total=zone.total,
        issues=_open_options(analysis),
        closing=_closing(analysis),
        reopening=_reopening(analysis),
        proposed=_proposed(analysis, as_of or analysis.scenario.date),
        unsettled=len(analysis.unsettled),
        deadlocks=_deadlocks(analysis.scenario, as_of or analysis.scenario.date),
    )
