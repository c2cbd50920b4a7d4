"""Mediation and simulation runs as report and web sections, from their stored JSON documents.

The sections read the documents ``truce mediate --json`` and ``truce
simulate --json`` print (which is what a stored run keeps), so a run shows
the same whether it was just computed or read back from the workspace.  Each
section carries the caveats the CLI prints next to the same numbers, and a
plotly figure (:mod:`truce.report.plots`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from truce.mediation.wording import explanation_sentence
from truce.simulation.results import wilson_interval

if TYPE_CHECKING:
    from truce.model.scenario import Scenario

__all__ = [
    "MEDIATION_CAVEAT",
    "SIMULATION_CAVEAT",
    "mediation_section",
    "news_section",
    "run_section",
    "simulation_section",
]

#: What ``truce mediate`` prints under its tables.
MEDIATION_CAVEAT = (
    "Weights, values and reservation values are analysts' estimates; texts marked unverified or "
    "disputed are not established facts."
)
#: What ``truce demo`` prints before its simulation (the simulated behaviour is an assumption).
SIMULATION_CAVEAT = (
    "Every run draws weights, option values and reservation values from the estimates' ranges; "
    "these are analysts' estimates, not findings, and both sides follow the same rules. "
    "Simulated concession behaviour is not a forecast: rates depend on the strategies, the "
    "deadline and the preferences sampled in each run."
)


def _labelled(outcome: dict[str, str], scenario: Scenario | None) -> dict[str, str]:
    """Issue name → option label of a package (ids where the scenario does not name them)."""
    if scenario is None:
        return dict(outcome)
    shown = {}
    for issue_id, option_id in outcome.items():
        issue = scenario.issue(issue_id)
        option = None if issue is None else next((o for o in issue.options if o.id == option_id), None)
        shown[issue_id if issue is None else issue.name or issue_id] = (
            option_id if option is None else option.label or option_id)
    return shown


def _percent_interval(p: float, samples: int) -> list[float]:
    """Wilson (1927) 95 % interval of a share ``p`` of ``samples`` (the count is ``p * samples``)."""
    return list(wilson_interval(round(p * samples), samples))


def _acceptance_figure(parties: list[str], proposals: list[dict[str, Any]]) -> dict[str, Any]:
    """P(accept) of each party for each proposal, with 95 % intervals as error bars."""
    names = [f"#{p['rank']}" for p in proposals]
    traces = []
    for party in [*parties, "all"]:
        values = [p["p_accept"][party]["p"] if party != "all" else p["p_accept_all"] for p in proposals]
        lows = [p["p_accept"][party]["ci"][0] if party != "all" else p["ci"][0] for p in proposals]
        highs = [p["p_accept"][party]["ci"][1] if party != "all" else p["ci"][1] for p in proposals]
        traces.append(
            {
                "type": "bar",
                "name": "every party" if party == "all" else party,
                "x": names,
                "y": values,
                "error_y": {
                    "type": "data",
                    "symmetric": False,
                    "array": [h - v for h, v in zip(highs, values, strict=True)],
                    "arrayminus": [v - lo for v, lo in zip(values, lows, strict=True)],
                },
                "hovertemplate": "%{x}: %{y:.3f}<extra>" + party + "</extra>",
            }
        )
    layout = {
        "title": {"text": "P(accept) per party and for all, with 95 % intervals"},
        "barmode": "group",
        "yaxis": {"title": {"text": "share of sampled models that accept"}, "range": [0, 1.05]},
        "xaxis": {"title": {"text": "proposal (rank)"}},
        "height": 420,
        "legend": {"orientation": "h"},
    }
    return {"data": traces, "layout": layout}


def mediation_section(doc: dict[str, Any], scenario: Scenario | None = None) -> dict[str, Any]:
    """Bridging proposals with P(accept) per party and 95 % intervals, explanations, reopenings, texts."""
    samples = int(doc["samples"])
    parties = list(doc["parties"])
    proposals = [
        {
            "rank": k,
            "outcome": _labelled(p["outcome"], scenario),
            "p_accept_all": p["p_accept_all"],
            "ci": p["ci"],
            "p_accept": {
                party: {"p": p["p_accept"][party], "ci": _percent_interval(p["p_accept"][party], samples)}
                for party in parties
            },
            "explanation": [e["sentence"] if scenario is None else explanation_sentence(scenario, e)
                            for e in p["explanation"]],
        }
        for k, p in enumerate(doc["proposals"], 1)
    ]
    texts = [
        {
            "id": t["id"],
            "name": t["name"],
            "confidence": t["confidence"],
            "completions": t["completions"],
            "p_accept": t["p_accept"],
            "p_accept_all": t["p_accept_all"],
            "best": None if t["best_completion"] is None else t["best_completion"]["p_accept_all"],
            "repairs": {
                party: {
                    "changes": None if r.get("repair") is None else r["repair"]["changed_issues"],
                    "reason": r.get("reason"),
                }
                for party, r in t.get("repairs", {}).items()
            },
        }
        for t in doc.get("texts", [])
    ]
    caveats = [*doc.get("findings", []), MEDIATION_CAVEAT]
    if doc.get("unsettled"):
        caveats.append(
            f"{len(doc['unsettled'])} elements rest on reported, disputed or unverified claims; "
            "treat results that depend on them with care."
        )
    return {
        "parties": parties,
        "samples": samples,
        "seed": doc["seed"],
        "ranker": doc["ranker"],
        "as_of": doc.get("as_of"),
        "zone": doc["zone"],
        "proposals": proposals,
        "texts": texts,
        "reopen": [r["sentence"] for r in doc.get("reopen", [])],
        "caveats": caveats,
        "figure": _acceptance_figure(parties, proposals) if proposals else None,
    }


def _agreement_figure(doc: dict[str, Any]) -> dict[str, Any]:
    """Agreement rate of each strategy combination with its 95 % interval."""
    names = [" / ".join(c["strategies"][p] for p in doc["parties"]) for c in doc["by_strategy"]]
    rates = [c["agreement_rate"] for c in doc["by_strategy"]]
    return {
        "data": [
            {
                "type": "bar",
                "x": names,
                "y": rates,
                "name": "agreement rate",
                "error_y": {
                    "type": "data",
                    "symmetric": False,
                    "array": [
                        c["agreement_ci"][1] - r for c, r in zip(doc["by_strategy"], rates, strict=True)
                    ],
                    "arrayminus": [
                        r - c["agreement_ci"][0] for c, r in zip(doc["by_strategy"], rates, strict=True)
                    ],
                },
                "hovertemplate": "%{x}: %{y:.1%}<extra></extra>",
            }
        ],
        "layout": {
            "title": {
                "text": "Agreement rate per strategy combination ("
                + " / ".join(doc["parties"])
                + "), 95 % intervals"
            },
            "yaxis": {"title": {"text": "share of runs that agree"}, "range": [0, 1.05], "tickformat": ".0%"},
            "height": 420,
        },
    }


def simulation_section(doc: dict[str, Any], scenario: Scenario | None = None) -> dict[str, Any]:
    """The simulation document with its caveats and figure (the template shows rates, rounds, agreements)."""
    return {
        **doc,
        "outcomes": [{**o, "outcome": _labelled(o["outcome"], scenario)} for o in doc.get("outcomes", [])],
        "caveats": [SIMULATION_CAVEAT],
        "figure": _agreement_figure(doc) if doc.get("by_strategy") else None,
    }


def news_section(doc: dict[str, Any]) -> dict[str, Any]:
    """The coded events of each stored article, as ``truce ingest`` tabulates them."""

    def actor(value: Any) -> str:
        return "—" if value is None else " + ".join(value) if isinstance(value, list) else str(value)

    return {"articles": [
        {"id": a.get("id") or "article", "publication_date": a["publication_date"],
         "sentences": len(a.get("sentences", [])),
         "events": [{"sentence_index": e["sentence_index"], "event_type": e["event_type"],
                     "source": actor(e.get("source")), "target": actor(e.get("target")),
                     "trigger": e.get("trigger") or "—", "issue": e.get("issue") or "—",
                     "date": e.get("date") or e.get("date_text") or "—"} for e in a.get("events", [])]}
        for a in doc.get("articles", [])]}


def run_section(kind: str, result: Any, scenario: Scenario | None = None) -> dict[str, Any] | None:
    """The section of a stored run's result, for the kinds that have one (labels from ``scenario``).

    Analyses carry their stored summary, diffs the counts of the zone, both
    with the CLI's caveat; explanations of estimates carry their rule, which
    says that the numbers are analysts' estimates.
    """
    from truce.analysis.summary import CAVEAT

    if not isinstance(result, dict):
        return None
    if kind == "mediation" and "proposals" in result:
        return mediation_section(result, scenario)
    if kind == "simulation" and "by_strategy" in result:
        return simulation_section(result, scenario)
    if kind == "analysis" and "summary" in result:
        return {"summary": result["summary"], "caveats": [CAVEAT, *result.get("findings", [])]}
    if kind == "diff" and "zone_size" in result:
        return {"step": "before → after", **result, "caveats": [CAVEAT]}
    if kind == "estimate" and "parties" in result:
        return result
    if kind == "news" and "articles" in result:
        return news_section(result)
    return None
