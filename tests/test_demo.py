"""``truce demo``: the flagship analysis end to end."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
from itertools import pairwise

import pytest
from rich.console import Console

from tests.test_cli import TRUCE, run
from truce.analysis.reopen import reopening_changes
from truce.analysis.walkthrough import Walkthrough, walkthrough
from truce.cli.demo import render_walkthrough
from truce.io.scenario_file import load_scenario


def test_demo_json_shows_what_the_philadelphi_demand_did() -> None:
    result = run("demo", "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["scenario"] == "gaza-ceasefire-2024"
    assert doc["analysis"]["parties"] == ["israel", "hamas"]
    zones = {v["id"]: v["zone_size"] for v in doc["variants"]}
    assert list(zones) == [
        "base", "israel_conditions_jul7", "israel_border_conditions_jul13", "hamas_preconditions_aug18",
        "early_september_sep5",
    ]
    assert zones == {
        "base": 61568, "israel_conditions_jul7": 19530, "israel_border_conditions_jul13": 4281,
        "hamas_preconditions_aug18": 0, "early_september_sep5": 0,
    }
    closing = doc["diffs"][-2]
    assert closing["step"] == "israel_border_conditions_jul13 → hamas_preconditions_aug18"
    assert any("philadelphi_corridor" in change for change in closing["changes"])
    assert any(u["id"] == "us_bridging_aug16" for u in doc["analysis"]["unsettled"])
    assert set(doc["conflict"]["equilibria"]) >= {"nash", "gmr", "smr", "seq", "sim"}


BOX = re.compile("[\u2500-\u257f]")  # table borders and rules
WIDE = 1000  # nothing wraps: every word is whole


def _demos(*widths: int) -> dict[int, str]:
    """``truce demo`` printed at each terminal width (run side by side)."""
    running = {
        width: subprocess.Popen(
            [*TRUCE, "demo"], env={**os.environ, "COLUMNS": str(width)}, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        for width in widths
    }
    out = {}
    for width, process in running.items():
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr
        out[width] = stdout
    return out


def _words(text: str) -> set[str]:
    return set(BOX.sub(" ", text).split())


def test_demo_cuts_nothing_and_splits_no_word_at_80_and_120_columns() -> None:
    shown = _demos(80, 120, WIDE)
    whole = _words(shown[WIDE])
    for width in (80, 120):
        text = shown[width]
        assert "…" not in text, [line for line in text.splitlines() if "…" in line]
        assert max(len(line) for line in text.splitlines()) <= width
        # A word split across lines (or folded in a table cell) leaves fragments the wide output lacks.
        assert _words(text) <= whole, sorted(_words(text) - whole)
    for heading in ("Issues of", "Agreement zone", "Pareto frontier", "Bargaining solutions",
                    "Binding red lines", "Variants over time", "Not settled", "Equilibria",
                    "By strategy combination", "Most frequent agreements", "Bridging proposals"):
        assert heading in shown[80], heading
    scenario = load_scenario("gaza-ceasefire-2024")
    ids = {i.id for i in scenario.issues} | {o.id for i in scenario.issues for o in i.options}
    # Everything up to the texts on the table (whose repair reasons quote red-line expressions).
    before_texts = shown[WIDE].split("\nText ")[0]
    assert "Why the first proposal" in before_texts
    printed = set(re.findall(r"[a-z0-9]+(?:_[a-z0-9]+)+", before_texts))
    assert not printed & {i for i in ids if "_" in i}, sorted(printed & ids)


# The demo's content as data (truce.analysis.walkthrough) and its rendering, without the CLI.

ZONES = {
    "base": 61568,
    "israel_conditions_jul7": 19530,
    "israel_border_conditions_jul13": 4281,
    "hamas_preconditions_aug18": 0,
    "early_september_sep5": 0,
}


@pytest.fixture(scope="module")
def story() -> Walkthrough:
    return walkthrough(load_scenario("gaza-ceasefire-2024"))


def test_walkthrough_counts_each_step_in_date_order(story: Walkthrough) -> None:
    assert {s.id: s.analysis.zone.size for s in story.steps} == ZONES
    assert list(ZONES) == [s.id for s in story.steps]
    assert [(b.id, a.id) for b, a, _ in story.diffs] == list(pairwise(ZONES))
    for before, after, diff in story.diffs:
        assert diff.zone_change == (ZONES[before.id], ZONES[after.id])
    assert story.base.summary.headline.startswith("61,568 of the 787,320 possible packages (7.8 %)")


def test_walkthrough_summary_of_july_13_settles_two_issues(story: Walkthrough) -> None:
    step = {s.id: s for s in story.steps}["israel_border_conditions_jul13"]
    settled = {s.issue: s.open_options for s in step.summary.issues if s.settled}
    assert settled == {
        "End of the war vs temporary truce": ("Truce lasts while talks run, mediator guarantees",),
        "IDF withdrawal from populated areas (phase 1)": (
            "Withdrawal from densely populated areas per maps",
        ),
    }


@pytest.mark.parametrize(
    ("step_id", "israel", "hamas"),
    [("hamas_preconditions_aug18", 3004, 1943), ("early_september_sep5", 2900, 1454)],
)
def test_empty_steps_reopen_only_by_dropping_a_philadelphi_red_line(
    story: Walkthrough, step_id: str, israel: int, hamas: int
) -> None:
    step = {s.id: s for s in story.steps}[step_id]
    changes = reopening_changes(step.analysis.space, step.analysis.zone)
    assert {(c.kind, c.red_line, c.packages) for c in changes} == {
        ("red line", "israel_philadelphi_corridor", israel),
        ("red line", "hamas_philadelphi_corridor", hamas),
    }
    assert step.summary.reopening[-1].startswith("No cut in a reservation value alone reopens it")


def test_rendered_walkthrough_cuts_no_word_and_prints_no_option_id(story: Walkthrough) -> None:
    out = Console(file=io.StringIO(), width=80, color_system=None)
    render_walkthrough(story, out)
    text = out.file.getvalue()  # type: ignore[attr-defined]
    assert "…" not in text
    ids = {o.id for i in story.scenario.issues for o in i.options if "_" in o.id}
    assert not {word for word in ids if word in text}
    doc = story.to_json(3)
    assert [v["zone_size"] for v in doc["variants"]] == list(ZONES.values())
    assert doc["variants"][0]["summary"]["zone_size"] == 61568


def test_walkthrough_measures_concessions_in_every_proposed_package(story: Walkthrough) -> None:
    titles = {s.id: [p.title for p in s.summary.proposed] for s in story.steps}
    four = ["Nash package", "Kalai–Smorodinsky package", "Egalitarian package", "Utilitarian package"]
    assert titles == {
        "base": four, "israel_conditions_jul7": four, "israel_border_conditions_jul13": four,
        "hamas_preconditions_aug18": [], "early_september_sep5": [],
    }
    utilitarian = story.base.summary.proposed[-1]
    assert utilitarian.concessions == (
        "Israel (government of Israel) — nothing it had stated.",
        "Hamas — IDF withdrawal from populated areas (phase 1): Withdrawal from densely populated areas "
        "per maps instead of Full withdrawal in phase 1 (stated 11 Jun 2024); Philadelphi corridor "
        "(Gaza-Egypt border strip): Reduced IDF presence in phase 1 instead of Full IDF withdrawal "
        "(stated 11 Jun 2024); Rafah crossing: IDF control instead of Palestinian control, full IDF exit "
        "(stated 11 Jun 2024).",
    )
    doc = story.to_json(0)
    proposed = doc["variants"][0]["summary"]["proposed"]
    assert [p["title"] for p in proposed] == four
    assert proposed[-1]["concessions"] == list(utilitarian.concessions)
    out = Console(file=io.StringIO(), width=120, color_system=None)
    render_walkthrough(story, out)
    text = " ".join(out.file.getvalue().split())  # type: ignore[attr-defined]
    assert "Utilitarian package (Israel 0.772, Hamas 0.563) • Israel (government of Israel) — nothing" in text


def test_walkthrough_names_the_issues_where_stated_positions_share_no_option(story: Walkthrough) -> None:
    issues = {s.id: [d.split(" — ")[0] for d in s.summary.deadlocks] for s in story.steps}
    assert issues["base"] == ["Rafah crossing"]
    assert issues["early_september_sep5"] == [
        "Philadelphi corridor (Gaza-Egypt border strip)", "Netzarim corridor and return to the north",
        "Post-war governance of Gaza",
    ]
    closed = {s.id: s for s in story.steps}["early_september_sep5"].summary
    assert closed.deadlocks[0].endswith(
        "Hamas: Technical monitoring and underground barrier, Third-party presence or Full IDF withdrawal "
        "(stated 5 Sep 2024)."
    )
