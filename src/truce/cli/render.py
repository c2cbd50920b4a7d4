"""Readable text for analysis results (shared by ``analyze``, ``diff``, ``demo`` and ``show``).

Everything is written for a mediator: issue and option labels instead of ids,
red lines as sentences, a plain-language summary first, and a caveat beside
every headline number.  Lines wrap at word boundaries; no text is ever cut
with an ellipsis (long lists are indented lines, not table cells).
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterable, Mapping, Sequence

from rich.console import Console
from rich.markup import escape

from truce.analysis.diff import ScenarioDiff
from truce.analysis.overview import Analysis, ProposalEvaluation
from truce.analysis.summary import SOLUTION_TITLES, Summary, packages, summarize
from truce.model.elements import CONSTRAINT_PARTY, constraint_as_red_line
from truce.model.scenario import Scenario
from truce.model.wording import issue_label, option_label, red_line_sentence

__all__ = [
    "SOLUTION_TITLES",
    "package_lines",
    "render_analysis",
    "render_diff",
    "render_issues",
    "render_items",
    "render_packages",
    "render_summary",
]


COUNT_CAVEAT = "a count of packages, not a likelihood of agreement"
ESTIMATE_CAVEAT = "analysts' estimates from the listed evidence"


def render_items(console: Console, lines: Iterable[str], *, indent: int = 2, bullet: str = "•") -> None:
    """Bulleted lines with a hanging indent, wrapped at word boundaries; nothing is cut."""
    width = max(40, console.width)
    for line in lines:
        wrapped = textwrap.wrap(
            line,
            width=width,
            initial_indent=" " * indent + bullet + " ",
            subsequent_indent=" " * (indent + len(bullet) + 1),
            break_on_hyphens=False,
        )
        for row in wrapped:
            console.print(row, markup=False, highlight=False, soft_wrap=True)


def _date(value: dt.date | None) -> str:
    return "undated" if value is None else f"{value.day} {value:%b %Y}"


def _party(scenario: Scenario, party_id: str) -> str:
    """The party's name without a parenthesised qualifier: "Israel" for "Israel (government of Israel)"."""
    party = scenario.party(party_id)
    return party_id if party is None else party.label.split(" (")[0]


def _utilities(scenario: Scenario, parties: Sequence[str], values: Iterable[float]) -> str:
    return ", ".join(f"{_party(scenario, p)} {v:.3f}" for p, v in zip(parties, values, strict=True))


def _package(scenario: Scenario, outcome: dict[str, str]) -> list[str]:
    lines = []
    for issue in scenario.issues:
        if issue.id in outcome:
            lines.append(f"{issue_label(issue)}: {option_label(issue, outcome[issue.id])}")
    return lines


def package_lines(scenario: Scenario | None, outcome: Mapping[str, str]) -> list[str]:
    """``Issue: Option`` for each issue of ``outcome``: labels, or ids when the scenario is not known."""
    if scenario is None:
        return [f"{issue}: {option}" for issue, option in outcome.items()]
    return _package(scenario, dict(outcome))


def render_packages(
    console: Console, scenario: Scenario | None, rows: Sequence[tuple[str, Mapping[str, str]]]
) -> None:
    """Numbered packages: the first in full, each next one by the issues where it differs from the first.

    ``rows`` are (heading, package) pairs; the heading (e.g. the utilities)
    follows the number.  Every line wraps at word boundaries.
    """
    first: Mapping[str, str] | None = None
    for k, (heading, outcome) in enumerate(rows, 1):
        changed = dict(outcome) if first is None else {i: o for i, o in outcome.items() if first.get(i) != o}
        note = "" if first is None else ("; as 1, except:" if changed else "; the same package as 1")
        console.print(f"  {k}. {heading}{note}", markup=False, highlight=False)
        render_items(console, package_lines(scenario, changed), indent=4, bullet="–")
        first = outcome if first is None else first


def _red_line(scenario: Scenario, party: str, expression: str) -> str:
    if party == CONSTRAINT_PARTY:
        return "Compatibility constraint: " + red_line_sentence(expression, scenario.issues)
    return red_line_sentence(expression, scenario.issues, _party(scenario, party))


def render_issues(scenario: Scenario, console: Console) -> None:
    """Issues and their options, in the order the scenario lists them."""
    console.print(f"[bold]Issues of {escape(scenario.name or scenario.id)}[/] (options from first to last)")
    for issue in scenario.issues:
        console.print(f"  [bold]{escape(issue_label(issue))}[/]")
        render_items(console, (option_label(issue, o.id) for o in issue.options), indent=4, bullet="–")


def render_summary(summary: Summary, console: Console, *, title: str = "Summary") -> None:
    """The plain-language summary: headline with caveat, issue by issue, closing red lines, changes."""
    console.print(f"[bold]{escape(title)}[/]")
    console.print(escape(summary.headline), highlight=False)
    console.print(f"[italic]Caveat: {escape(summary.caveat)}[/]", highlight=False)
    if summary.issues:
        console.print("What the zone requires, issue by issue (options still open in some package):")
        lines = []
        for s in summary.issues:
            if s.settled:
                lines.append(f"{s.issue}: only {s.open_options[0]}")
            elif len(s.open_options) == s.total_options:
                lines.append(f"{s.issue}: all {s.total_options} options open")
            else:
                share = f"{len(s.open_options)} of {s.total_options}"
                lines.append(f"{s.issue}: {'; '.join(s.open_options)} ({share})")
        render_items(console, lines)
    if summary.closing:
        console.print("Red lines that close the zone:")
        render_items(console, summary.closing)
    if summary.reopening:
        console.print("Single changes that would reopen it:")
        render_items(console, summary.reopening)
    if summary.deadlocks:
        console.print("Issues on which the latest stated positions share no option:")
        render_items(console, summary.deadlocks)
    if summary.proposed:
        console.print("What each side gives up against its latest stated position, in each proposed package:")
        for package in summary.proposed:
            values = ", ".join(f"{p} {u:.3f}" for p, u in package.utilities)
            console.print(f"  {escape(package.title)} ({escape(values)})", highlight=False)
            render_items(console, package.concessions, indent=4)


def _zone_line(analysis: Analysis) -> str:
    zone = analysis.zone
    if zone.size is None:
        size = f"not counted exactly ({zone.total:,} packages is more than truce enumerates)"
        e = zone.estimate
        if e is not None:
            size += (
                f"; estimated {100 * e.share:.2f} % (95 % interval {100 * e.low:.2f}–{100 * e.high:.2f} %, "
                f"{e.samples:,} samples, seed {e.seed})"
            )
        return size
    share = 100 * zone.size / zone.total
    return f"{zone.size:,} of {packages(zone.total)} ({share:.2f} %; {COUNT_CAVEAT})"


def _render_frontier(analysis: Analysis, console: Console, limit: int) -> None:
    scenario, space, frontier = analysis.scenario, analysis.space, analysis.zone_frontier
    shown = min(limit, len(frontier))
    console.print(
        f"[bold]Pareto frontier inside the zone[/]: {packages(len(frontier))}"
        + (f" (first {shown} shown)" if len(frontier) > shown else "")
        + f"; utilities are {ESTIMATE_CAVEAT}"
    )
    rows = [
        (_utilities(scenario, space.parties, utility), analysis.outcome_ids(outcome))
        for utility, outcome in zip(frontier.utilities[:shown], frontier.outcomes[:shown], strict=True)
    ]
    render_packages(console, scenario, rows)


def _render_solutions(analysis: Analysis, console: Console) -> None:
    scenario, space = analysis.scenario, analysis.space
    console.print(
        f"[bold]Bargaining solutions[/] (disagreement point "
        f"{escape(_utilities(scenario, space.parties, analysis.disagreement))})"
    )
    nash = analysis.solutions.get("nash")
    reference = None if nash is None else analysis.outcome_ids(nash.outcome)
    for name, solution in analysis.solutions.items():
        title = SOLUTION_TITLES.get(name, name)
        if solution is None:
            console.print(f"  {title}: none (no package is on the frontier)")
            continue
        outcome = analysis.outcome_ids(solution.outcome)
        values = _utilities(scenario, space.parties, solution.utility)
        note, changed = "", outcome
        if reference is not None and name != "nash":
            changed = {i: o for i, o in outcome.items() if reference.get(i) != o}
            note = "; as Nash, except:" if changed else "; the same package as Nash"
        console.print(f"  {title}: {values}{note}", markup=False, highlight=False)
        render_items(console, _package(scenario, changed), indent=4, bullet="–")


def _verdict(ok: bool | None) -> str:
    return "yes" if ok else "no" if ok is False else "depends on the issues it leaves open"


def _proposal_lines(analysis: Analysis, p: ProposalEvaluation) -> list[str]:
    scenario, space = analysis.scenario, analysis.space
    if p.complete:
        span = _utilities(scenario, space.parties, p.low)
    else:
        span = ", ".join(
            f"{_party(scenario, party)} {lo:.3f} to {hi:.3f}"
            for party, lo, hi in zip(space.parties, p.low, p.high, strict=True)
        )
    lines = [f"utility ({ESTIMATE_CAVEAT}): {span}"]
    lines += [f"acceptable to {_party(scenario, who)}: {_verdict(ok)}" for who, ok in p.acceptable.items()]
    by_id = {r.id: r for r in scenario.red_lines}
    by_id.update((c.id, constraint_as_red_line(c)) for c in scenario.constraints)
    for red_line_id in p.red_lines_crossed:
        red_line = by_id.get(red_line_id)
        text = red_line_id if red_line is None else _red_line(scenario, red_line.party, red_line.expression)
        lines.append(f"crosses: {text}")
    return lines


def render_analysis(
    analysis: Analysis,
    console: Console,
    *,
    frontier_limit: int = 10,
    summary: Summary | None = None,
    as_of: dt.date | None = None,
) -> None:
    """Summary first, then zone, frontier, solutions, binding red lines, proposals and unsettled claims.

    ``summary`` defaults to :func:`truce.analysis.summary.summarize` of
    ``analysis`` (with ``as_of``, the date of the positions concessions are
    measured against).
    """
    scenario, space, zone = analysis.scenario, analysis.space, analysis.zone
    render_summary(summary or summarize(analysis, as_of=as_of), console)
    console.print()
    console.print(f"[bold]Agreement zone[/]: {escape(_zone_line(analysis))}", highlight=False)
    reservation = _utilities(scenario, space.parties, space.reservation)
    console.print(f"Reservation values ({ESTIMATE_CAVEAT}): {escape(reservation)}", highlight=False)
    if len(analysis.zone_frontier):
        _render_frontier(analysis, console, frontier_limit)
    _render_solutions(analysis, console)
    if zone.binding:
        console.print("[bold]Binding red lines[/] (dropping one alone enlarges the zone)")
        render_items(console, (f"{_red_line(scenario, b.party, b.expression)} (keeps out {packages(b.gain)})"
                         for b in zone.binding))
    elif zone.exact and (scenario.red_lines or scenario.constraints):
        console.print("No red line binds: dropping any single one leaves the zone as it is.")
    if analysis.proposals:
        console.print("[bold]Proposals on the table[/]")
        for p in analysis.proposals:
            console.print(f"  {escape(p.name)} [{p.confidence}]", highlight=False, markup=False)
            render_items(console, _proposal_lines(analysis, p), indent=4, bullet="–")
    for finding in analysis.findings:
        console.print(f"[bold yellow]finding:[/] {escape(finding)}")
    render_unsettled(analysis, console)


def _unsettled_groups(scenario: Scenario, unsettled: Iterable[tuple[str, str, str]]) -> dict[str, list[str]]:
    """Unsettled claims in words, grouped: options, each party's positions, variants, proposals, events."""
    groups: dict[str, list[str]] = {}
    for field, label, confidence in unsettled:
        if field == "options":
            issue_id, _, option_id = label.partition("=")
            issue = scenario.issue(issue_id)
            text = label if issue is None else f"{issue_label(issue)}: {option_label(issue, option_id)}"
            key = "options as described in reports"
        elif field == "positions":
            party_id, _, rest = label.partition("/")
            issue_id, _, date = rest.partition("@")
            issue = scenario.issue(issue_id)
            name = issue_id if issue is None else issue_label(issue)
            text = f"{name}, {_date(dt.date.fromisoformat(date))}"
            key = f"positions of {_party(scenario, party_id)}"
        elif field == "proposals":
            proposal = next((p for p in scenario.proposals if p.id == label), None)
            text, key = (label if proposal is None else proposal.name or label), "proposals"
        elif field == "variants":
            variant = next((v for v in scenario.variants if v.id == label), None)
            text, key = (label if variant is None else variant.name or label), "variants"
        elif field == "timeline":
            date, _, title = label.partition(" ")
            text, key = f"{_date(dt.date.fromisoformat(date))}: {title}", "events"
        else:
            text, key = label, field.replace("_", " ")
        groups.setdefault(key, []).append(f"{text} [{confidence}]")
    return groups


def render_unsettled(analysis: Analysis, console: Console) -> None:
    """The claims the results rest on that are reported, disputed or unverified, in words."""
    if not analysis.unsettled:
        return
    console.print(
        f"[bold yellow]Not settled[/] ({len(analysis.unsettled)} elements rest on reported, "
        "disputed or unverified claims; treat results that depend on them with care):"
    )
    groups = _unsettled_groups(analysis.scenario, analysis.unsettled)
    render_items(console, (f"{key}: {'; '.join(items)}" for key, items in groups.items()))


def diff_side(scenario: Scenario, variant_id: str | None) -> str:
    """How a diff header names one side: the variant's name, date and confidence, or the base."""
    if variant_id is None:
        date = "" if scenario.date is None else f", {_date(scenario.date)}"
        return f"{scenario.name or scenario.id} (base{date})"
    variant = scenario.variant(variant_id)
    return f"{variant.name or variant.id} ({_date(variant.date)}, {variant.confidence})"


def _count(value: int | None) -> str:
    return "not counted" if value is None else f"{value:,}"


def render_diff(diff: ScenarioDiff, console: Console, *, title: str | None = None) -> None:
    """What changed in the model, and what it did to the zone, the binding red lines and the solutions."""
    before, after = diff.before.scenario, diff.after.scenario
    default = f"{before.name or before.id} → {after.name or after.id}"
    console.print(f"[bold]{escape(title or default)}[/]")
    zone_before, zone_after = diff.zone_change
    console.print(f"  Packages in the agreement zone: {_count(zone_before)} → {_count(zone_after)} "
                  f"({COUNT_CAVEAT})", highlight=False)
    frontier_before, frontier_after = diff.frontier_change
    console.print(f"  Pareto frontier inside the zone: {frontier_before:,} → {frontier_after:,} packages",
                  highlight=False)
    old = {b.id: b for b in diff.before.zone.binding}
    new = {b.id: b for b in diff.after.zone.binding}
    lines = [f"now binds: {_red_line(after, b.party, b.expression)}" for k, b in new.items() if k not in old]
    lines += [f"no longer binds: {_red_line(before, b.party, b.expression)}" for k, b in old.items()
              if k not in new]
    if lines:
        console.print("  Binding red lines:")
        render_items(console, lines, indent=4)
    for shift in diff.solutions:
        label = SOLUTION_TITLES.get(shift.name, shift.name)
        if not shift.changed:
            continue
        parties = diff.after.space.parties
        was = "none" if shift.utility_before is None else _utilities(after, parties, shift.utility_before)
        now = "none" if shift.utility_after is None else _utilities(after, parties, shift.utility_after)
        console.print(f"  {label} solution: {escape(was)} → {escape(now)}", highlight=False)
        if shift.before is not None and shift.after is not None:
            moved = []
            for issue_id, (old_option, new_option) in shift.changed_issues.items():
                issue = after.issue(issue_id)
                if issue is not None:
                    moved.append(f"{issue_label(issue)}: {option_label(issue, old_option or '—')} → "
                                 f"{option_label(issue, new_option or '—')}")
            render_items(console, moved, indent=4, bullet="–")
    if diff.described:
        console.print("  What changed in the model:")
        render_items(console, diff.described, indent=4)
    if diff.is_empty:
        console.print("  No difference.")
