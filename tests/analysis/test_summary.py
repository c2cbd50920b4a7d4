"""The plain-language summary and the smallest change that reopens an empty zone (flagship numbers)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from truce.analysis import analyze
from truce.analysis.reopen import reopening_changes
from truce.analysis.summary import CAVEAT, summarize
from truce.io.scenario_file import load_scenario
from truce.model.scenario import Scenario


@pytest.fixture(scope="module")
def flagship():  # type: ignore[no-untyped-def]
    return load_scenario("gaza-ceasefire-2024")


def test_summary_of_the_base_names_open_options_and_concessions(flagship) -> None:  # type: ignore[no-untyped-def]
    summary = summarize(analyze(flagship))
    assert summary.zone_size == 61568 and summary.total == 787320
    assert summary.headline.startswith("61,568 of the 787,320 possible packages (7.8 %)")
    assert CAVEAT in summary.paragraphs()[0]
    statuses = {s.issue: s for s in summary.issues}
    assert statuses["End of the war vs temporary truce"].open_options == (
        "Truce lasts while talks run, mediator guarantees",
        "Permanent cessation at the start of phase 2",
        "Permanent ceasefire at signature",
    )
    assert len(summary.concessions) == 2 and summary.concessions[0].startswith("Israel")
    assert not summary.reopening


def test_empty_zone_reports_the_red_lines_that_empty_it(flagship) -> None:  # type: ignore[no-untyped-def]
    closed = analyze(flagship.with_variant("hamas_preconditions_aug18"))
    changes = reopening_changes(closed.space, closed.zone)
    assert {(c.kind, c.red_line) for c in changes} == {
        ("red line", "israel_philadelphi_corridor"),
        ("red line", "hamas_philadelphi_corridor"),
    }
    summary = summarize(closed)
    assert summary.zone_size == 0
    text = " ".join(summary.paragraphs())
    assert "Philadelphi corridor" in text and "No cut in a reservation value alone reopens it" in text


# What each side gives up, on a case small enough to solve by hand.  Outcomes (x, y) with
# utilities (a, b): (l, l) = (0, 1), (h, h) = (1, 0.2), (l, h) = (0.4, 0.4), (h, l) = (0.6, 0.8).
# With reservation values 0, (h, l) maximises the Nash product (0.48), the smaller gain ratio
# (0.6 against the ideal 1), the smaller utility and the sum (1.4): all four solutions select it.
SMALL: dict[str, Any] = {
    "id": "small",
    "date": "2024-01-10",
    "parties": [
        {"id": "a", "name": "Alpha", "reservation_value": 0},
        {"id": "b", "name": "Beta", "reservation_value": 0},
    ],
    "issues": [
        {"id": "x", "options": [{"id": "l", "label": "low x"}, {"id": "h", "label": "high x"}]},
        {"id": "y", "options": [{"id": "l", "label": "low y"}, {"id": "h", "label": "high y"}]},
    ],
    "preferences": [
        {"party": "a", "weights": {"x": 0.6, "y": 0.4},
         "values": {"x": {"l": 0, "h": 1}, "y": {"l": 0, "h": 1}}},
        {"party": "b", "weights": {"x": 0.4, "y": 0.6},
         "values": {"x": {"l": 1, "h": 0.5}, "y": {"l": 1, "h": 0}}},
    ],
    "positions": [
        {"party": "a", "issue": "y", "date": "2024-01-02", "options": ["h"], "stance": "demand"},
        {"party": "a", "issue": "x", "date": "2024-01-01", "options": ["h"]},
        {"party": "a", "issue": "x", "date": "2024-01-03", "options": ["l"], "confidence": "disputed"},
        {"party": "b", "issue": "x", "date": "2024-01-02", "options": ["l"], "confidence": "reported"},
        {"party": "b", "issue": "y", "date": "2024-01-04", "options": ["h"], "stance": "reject"},
        {"party": "b", "issue": "y", "date": "2024-01-20", "options": ["h"], "stance": "offer"},
    ],
}


def _swapped(data: Any) -> Any:
    """``data`` with the parties' labels a and b (ids and names) exchanged everywhere."""
    swap = {"a": "b", "b": "a", "Alpha": "Beta", "Beta": "Alpha"}
    if isinstance(data, dict):
        return {k: swap.get(v, v) if k in ("id", "party", "name") else _swapped(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_swapped(v) for v in data]
    return data


def test_each_proposed_package_once_with_what_each_side_gives_up() -> None:
    summary = summarize(analyze(Scenario.model_validate(SMALL)))
    assert len(summary.proposed) == 1
    (package,) = summary.proposed
    assert package.title == "Nash, Kalai–Smorodinsky, Egalitarian and Utilitarian package"
    assert package.utilities == (("Alpha", pytest.approx(0.6)), ("Beta", pytest.approx(0.8)))
    # a's disputed statement on x and b's rejection and later offer on y are not stated positions.
    assert package.concessions == (
        "Alpha — y: low y instead of high y (stated 2 Jan 2024).",
        "Beta — x: high x instead of low x (stated 2 Jan 2024).",
    )
    assert summary.concessions == package.concessions
    assert summary.deadlocks == ("x — Alpha: high x (stated 1 Jan 2024); Beta: low x (stated 2 Jan 2024).",)
    entry = json.loads(json.dumps(summary.to_json()))["proposed"][0]
    assert entry["solutions"] == list(package.solutions) and entry["title"] == package.title
    later = summarize(analyze(Scenario.model_validate(SMALL)), as_of=dt.date(2024, 1, 31))
    assert later.proposed[0].concessions[1] == (
        "Beta — x: high x instead of low x (stated 2 Jan 2024); "
        "y: low y instead of high y (stated 20 Jan 2024)."
    )


def test_concessions_swap_with_the_parties_labels() -> None:
    plain = summarize(analyze(Scenario.model_validate(SMALL)), as_of=dt.date(2024, 1, 31))
    swapped = summarize(analyze(Scenario.model_validate(_swapped(SMALL))), as_of=dt.date(2024, 1, 31))
    exchange = str.maketrans({"α": "Beta", "β": "Alpha"})
    renamed = (c.replace("Alpha", "α").replace("Beta", "β").translate(exchange) for c in plain.concessions)
    expected = sorted(renamed)
    assert sorted(swapped.concessions) == expected
    assert [p.solutions for p in swapped.proposed] == [p.solutions for p in plain.proposed]
    assert swapped.deadlocks == tuple(
        c.replace("Alpha", "α").replace("Beta", "β").translate(exchange) for c in plain.deadlocks
    )
    assert plain.deadlocks
