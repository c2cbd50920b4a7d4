"""What reports and web pages show, as plain JSON-serialisable data.

Each function turns engine results into one section (a dict of lists,
strings and numbers); the HTML report and the web app render the same
sections, and the web app serves them as its ``.json`` pages.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any

from truce.analysis.summary import CAVEAT, SOLUTION_TITLES
from truce.model.elements import CONSTRAINT_PARTY
from truce.model.wording import red_line_sentence

if TYPE_CHECKING:
    from truce.analysis.diff import ScenarioDiff
    from truce.analysis.overview import Analysis
    from truce.conflict.result import ConflictResult
    from truce.model.elements import Source
    from truce.model.scenario import Scenario

__all__ = [
    "analysis_section",
    "conflict_section",
    "diff_section",
    "scenario_section",
    "timeline_section",
    "variants_section",
]

def _sources(sources: tuple[Source, ...]) -> list[dict[str, Any]]:
    return [{"title": s.title, "url": s.url, "date": None if s.date is None else s.date.isoformat(),
             "confidence": s.confidence, "note": s.note} for s in sources]


def _estimate(estimate: Any) -> dict[str, Any]:
    return {"value": estimate.value, "range": None if estimate.range is None else list(estimate.range),
            "rationale": getattr(estimate, "rationale", None)}


def _red_line_sentence(scenario: Scenario, party: str, expression: str) -> str:
    """The sentence the CLI prints for a red line or, for :data:`CONSTRAINT_PARTY`, a constraint."""
    if party == CONSTRAINT_PARTY:
        return "Compatibility constraint: " + red_line_sentence(expression, scenario.issues)
    found = scenario.party(party)
    return red_line_sentence(expression, scenario.issues, party if found is None else found.label)


def scenario_section(scenario: Scenario) -> dict[str, Any]:
    """Parties, issues and options, red lines and constraints as sentences, variants, proposals, sources."""
    return {
        "id": scenario.id, "name": scenario.name or scenario.id, "description": scenario.description,
        "date": None if scenario.date is None else scenario.date.isoformat(),
        "parties": [{"id": p.id, "name": p.label, "role": p.role, "aliases": list(p.aliases),
                     "reservation_value": _estimate(p.reservation_value), "sources": _sources(p.sources)}
                    for p in scenario.parties],
        "issues": [{"id": i.id, "name": i.name or i.id, "kind": i.kind, "description": i.description,
                    "options": [{"id": o.id, "label": o.label or o.id, "description": o.description}
                                for o in i.options], "sources": _sources(i.sources)}
                   for i in scenario.issues],
        "red_lines": [{"id": r.id, "party": r.party, "expression": r.expression,
                       "sentence": _red_line_sentence(scenario, r.party, r.expression),
                       "confidence": r.confidence, "sources": _sources(r.sources)}
                      for r in scenario.red_lines],
        "constraints": [{"id": c.id, "expression": c.expression, "description": c.description,
                         "sentence": _red_line_sentence(scenario, CONSTRAINT_PARTY, c.expression),
                         "confidence": c.confidence, "sources": _sources(c.sources)}
                        for c in scenario.constraints],
        "variants": [{"id": v.id, "name": v.name or v.id, "description": v.description,
                      "date": None if v.date is None else v.date.isoformat(), "confidence": v.confidence}
                     for v in scenario.variants],
        "proposals": [{"id": p.id, "name": p.name or p.id, "author": p.author, "terms": dict(p.terms),
                       "confidence": p.confidence} for p in scenario.proposals],
        "sources": _sources(scenario.sources),
    }


def _labels(analysis: Analysis, row: Any) -> dict[str, str]:
    """Issue name → option label of one outcome (for hover text and tables)."""
    scenario = analysis.scenario
    out = {}
    for issue_id, option_id in analysis.outcome_ids(row).items():
        issue = scenario.issue(issue_id)
        assert issue is not None
        option = next(o for o in issue.options if o.id == option_id)
        out[issue.name or issue_id] = option.label or option_id
    return out


def caveats(analysis: Analysis) -> list[str]:
    """What every number of this analysis rests on: the CLI's caveat, sampling, unsettled claims, findings."""
    notes = [CAVEAT]
    zone = analysis.zone
    if zone.size is None and zone.estimate is not None:
        e = zone.estimate
        notes.append(f"The agreement zone was not counted exactly: {100 * e.share:.2f} % is a sample "
                     f"estimate (95 % interval {100 * e.low:.2f}–{100 * e.high:.2f} %, {e.samples:,} "
                     f"samples, seed {e.seed}).")
    if analysis.unsettled:
        notes.append(f"{len(analysis.unsettled)} elements rest on reported, disputed or unverified claims; "
                     "treat results that depend on them with care.")
    notes.extend(analysis.findings)
    return notes


def analysis_section(analysis: Analysis, *, frontier_limit: int | None = None) -> dict[str, Any]:
    """Zone, frontier, solutions, binding red lines and proposals, with labels and caveats."""
    document = analysis.to_json(frontier_limit)
    frontier = analysis.zone_frontier
    shown = len(frontier) if frontier_limit is None else min(frontier_limit, len(frontier))
    document["frontier_labels"] = [_labels(analysis, frontier.outcomes[k]) for k in range(shown)]
    document["solution_rows"] = [
        {"name": name, "title": SOLUTION_TITLES.get(name, name),
         "utility": None if s is None else s.utility.tolist(),
         "outcome": None if s is None else _labels(analysis, s.outcome)}
        for name, s in analysis.solutions.items()
    ]
    document["unsettled_details"] = [{"field": f, "label": label, "confidence": c}
                                     for f, label, c in analysis.unsettled]
    document["caveats"] = caveats(analysis)
    return document


def diff_section(label: str, diff: ScenarioDiff) -> dict[str, Any]:
    """One diff with a heading, and the CLI's caveat on its counts."""
    return {"step": label, **diff.to_json(), "caveats": [CAVEAT]}


def variants_section(scenario: Scenario, analyses: dict[str, Analysis]) -> dict[str, Any]:
    """Each variant (by date) next to the base, and what each step changed."""
    from truce.analysis.diff import diff_scenarios

    variants = sorted(scenario.variants, key=lambda v: (v.date is None, v.date))
    rows = []
    for key, variant in [("base", None), *((v.id, v) for v in variants)]:
        a = analyses[key]
        nash = a.solutions.get("nash")
        rows.append({"id": key, "name": "base scenario" if variant is None else variant.name or variant.id,
                     "date": None if variant is None or variant.date is None else variant.date.isoformat(),
                     "confidence": None if variant is None else variant.confidence,
                     "zone_size": a.zone.size, "frontier_size": len(a.zone_frontier),
                     "binding_red_lines": [b.id for b in a.zone.binding],
                     "nash": None if nash is None else _labels(a, nash.outcome)})
    steps = [v.id for v in variants]
    diffs = [diff_section(f"{a} → {b}", diff_scenarios(analyses[a].scenario, analyses[b].scenario))
             for a, b in pairwise(steps)]
    return {"variants": rows, "diffs": diffs, "caveats": [CAVEAT]}


def conflict_section(result: ConflictResult) -> dict[str, Any]:
    """Stability per state and concept, equilibria, status quo, and the state graph as SVG."""
    from truce.errors import ConflictModelError
    from truce.report.conflict_graph import conflict_svg

    model = result.model
    concepts = result.concepts
    masks = {c: result.equilibrium_mask(c) for c in concepts}
    rows = []
    for k in range(model.n_states):
        if model.n_states > 64 and not any(bool(m[k]) for m in masks.values()):
            continue
        rows.append({"state": int(model.state_ids[k]), "pattern": model.pattern(k), "label": model.label(k),
                     "status_quo": k == model.status_quo,
                     "stable": {c: [bool(result.stable[c][d, k]) for d in range(model.n_dms)]
                                for c in concepts},
                     "equilibrium": {c: bool(masks[c][k]) for c in concepts}})
    try:
        svg: str | None = conflict_svg(result, title=model.name)
    except ConflictModelError:
        svg = None
    return {"case": model.name, "decision_makers": list(model.dm_names), "concepts": concepts,
            "states": model.n_states, "rows": rows, "equilibria": {c: result.equilibria(c) for c in concepts},
            "status_quo": result.to_json()["status_quo"], "svg": svg}


def timeline_section(scenario: Scenario, events: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """The scenario's dated events and the events found in stored news, by date, linked to issues."""
    names = {i.id: i.name or i.id for i in scenario.issues}
    entries = [{"date": e.date.isoformat(), "title": e.title, "kind": e.kind, "description": e.description,
                "issues": [names.get(i, i) for i in e.issues], "confidence": e.confidence,
                "origin": "scenario"} for e in scenario.timeline]
    for e in events or []:
        entries.append({"date": e.get("date") or e["published"], "title": e["sentence"],
                        "kind": e["event_type"], "description": f"{e.get('source') or '?'} → "
                        f"{e.get('target') or '?'} (from “{e['article_title']}”, {e['published']})",
                        "issues": [names.get(e["issue"], e["issue"])] if e.get("issue") else [],
                        "confidence": "reported", "origin": "news"})
    return sorted(entries, key=lambda e: e["date"])
