"""What a mediator reads from ``truce analyze`` and ``truce diff`` on the flagship scenario.

The expected sentences are written out from the scenario file (labels of issues
and options, the red lines' options), not produced by the renderer.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.cli_runner import run_truce
from tests.test_cli import TRUCE
from truce.analysis import analyze
from truce.analysis.reopen import reopening_changes
from truce.analysis.summary import summarize
from truce.io.scenario_file import load_scenario
from truce.model.elements import Change, RedLine

FLAGSHIP = "gaza-ceasefire-2024"


def _ids(scenario_name: str = FLAGSHIP) -> set[str]:
    """Option and issue ids that are not plain words (contain an underscore): they must never be printed."""
    scenario = load_scenario(scenario_name)
    ids = {i.id for i in scenario.issues} | {o.id for i in scenario.issues for o in i.options}
    return {i for i in ids if "_" in i}


def _assert_readable(text: str) -> None:
    assert "…" not in text, [line for line in text.splitlines() if "…" in line]
    printed = set(re.findall(r"[a-z0-9]+(?:_[a-z0-9]+)+", text))
    assert not printed & _ids(), sorted(printed & _ids())


@pytest.fixture(scope="module")
def base_output() -> str:
    result = run_truce("analyze", FLAGSHIP, "--frontier-limit", "3")
    assert result.code == 0, result.stderr
    return result.stdout


def test_analyze_starts_with_the_summary_and_its_caveat(base_output: str) -> None:
    lines = base_output.splitlines()
    assert lines[0] == "Summary"
    assert lines[1].startswith("61,568 of the 787,320 possible packages (7.8 %)")
    text = " ".join(base_output.split())
    assert "a count of packages is not a likelihood of agreement" in text
    assert "Agreement zone: 61,568 of 787,320 packages (7.82 %; a count of packages, not a likelihood" in text
    reservation = "Reservation values (analysts' estimates from the listed evidence): Israel 0.500, Hamas"
    assert reservation in text


def test_analyze_uses_labels_and_red_line_sentences(base_output: str) -> None:
    _assert_readable(base_output)
    text = " ".join(base_output.split())
    assert (
        "End of the war vs temporary truce: Truce lasts while talks run, mediator guarantees; "
        "Permanent cessation at the start of phase 2; Permanent ceasefire at signature (3 of 5)"
    ) in text
    assert (
        "Hamas: IDF withdrawal from populated areas (phase 1) must not be Limited redeployment, "
        "corridors kept (keeps out 13,663 packages)"
    ) in text


def test_empty_variant_names_the_red_lines_that_empty_it_and_what_reopens_it() -> None:
    result = run_truce("analyze", FLAGSHIP, "--variant", "hamas_preconditions_aug18")
    assert result.code == 0, result.stderr
    _assert_readable(result.stdout)
    text = " ".join(result.stdout.split())
    assert "No package of the 787,320 possible is acceptable to every party: the zone is empty." in text
    israel = (
        "Philadelphi corridor (Gaza-Egypt border strip) must be Full IDF presence in all phases, "
        "Reduced IDF presence in phase 1 or Watchtowers only"
    )
    hamas = (
        "Philadelphi corridor (Gaza-Egypt border strip) must be Technical monitoring and underground "
        "barrier, Third-party presence or Full IDF withdrawal"
    )
    assert f'Israel (government of Israel) drops the red line "{israel}" (3,004 packages would' in text
    assert f'Hamas drops the red line "{hamas}" (1,943 packages would return)' in text
    assert "No cut in a reservation value alone reopens it" in text


def test_analyze_json_keeps_its_keys_and_adds_the_summary() -> None:
    result = run_truce("analyze", FLAGSHIP, "--json", "--variant", "early_september_sep5")
    assert result.code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {"scenario", "zone_size", "frontier", "solutions", "binding_red_lines", "unsettled"} <= set(doc)
    assert doc["zone_size"] == 0
    summary = doc["summary"]
    assert summary["zone_size"] == 0 and summary["total"] == 787320
    assert len(summary["reopening"]) == 5  # two drops, two one-option widenings, no reservation cut
    assert summary["paragraphs"][0].startswith("No package of the 787,320 possible")


def test_diff_header_names_both_variants_with_date_and_confidence() -> None:
    result = run_truce(
        "diff", FLAGSHIP, "--base-variant", "israel_border_conditions_jul13",
        "--variant", "hamas_preconditions_aug18",
    )
    assert result.code == 0, result.stderr
    _assert_readable(result.stdout)
    scenario = load_scenario(FLAGSHIP)
    before = scenario.variant("israel_border_conditions_jul13")
    after = scenario.variant("hamas_preconditions_aug18")
    header = " ".join(result.stdout.split("  Packages in the agreement zone")[0].split())
    assert header == (
        f"{before.name} (13 Jul 2024, {before.confidence}) → {after.name} (18 Aug 2024, {after.confidence})"
    )
    assert FLAGSHIP not in result.stdout
    text = " ".join(result.stdout.split())
    assert "Packages in the agreement zone: 4,281 → 0" in text
    assert "new red line: Hamas: Rafah crossing must not be IDF control" in text


def test_diff_header_with_only_a_base_variant_names_it_on_both_sides() -> None:
    result = run_truce("diff", FLAGSHIP, "--base-variant", "hamas_preconditions_aug18",
                       "--drop-red-line", "israel_philadelphi_corridor")
    assert result.code == 0, result.stderr
    variant = load_scenario(FLAGSHIP).variant("hamas_preconditions_aug18")
    side = f"{variant.name} (18 Aug 2024, {variant.confidence})"
    header = " ".join(result.stdout.split("  Packages in the agreement zone")[0].split())
    assert header == f"{side} → {side} with the changes given on the command line"


def test_conflict_labels_equilibria_held_only_by_the_irreversible_release() -> None:
    text = run_truce("conflict", FLAGSHIP)
    assert text.code == 0, text.stderr
    flat = " ".join(text.stdout.split())
    assert (
        "Held only by irreversibility: these equilibria hold only because the move "
        "'Hamas releases hostages in phase 1' cannot be undone"
    ) in flat
    assert "NASH 10, 20, 30, 40; SEQ 10, 20, 30, 40; SIM 10, 20, 30, 40." in flat
    doc = json.loads(run_truce("conflict", FLAGSHIP, "--json").stdout)
    assert doc["irreversibility"]["held_only_by_irreversibility"]["nash"] == [10, 20, 30, 40]
    assert set(doc["equilibria"]) >= {"nash", "gmr"}


TUTORIAL = Path(__file__).resolve().parents[1] / "docs" / "tutorial.md"
NUMBER_WORDS = {10: "Ten", 11: "Eleven", 12: "Twelve", 13: "Thirteen"}


def _count(text: str) -> int:
    return int(text.replace(",", ""))


def test_tutorial_numbers_are_the_code_s_output() -> None:
    """Every count the tutorial quotes is recomputed here, not just run."""
    text = TUTORIAL.read_text(encoding="utf-8")
    flat = " ".join(text.split())
    scenario = load_scenario(FLAGSHIP)
    base = analyze(scenario)
    assert f"{NUMBER_WORDS[len(scenario.issues)]} issues" in flat
    assert f"give {base.zone.total:,} possible agreements" in flat
    assert f"{base.zone.size:,} of the {base.zone.total:,} packages are in the zone" in flat

    rows = re.findall(r"^\| (base|`(\w+)`) \| ([^|]+) \| ([^|]+) \| ([\d,]+) \|$", text, re.M)
    assert [r[1] or "base" for r in rows] == ["base", *(v.id for v in scenario.variants)]
    for _, variant_id, date, confidence, zone in rows:
        if variant_id:
            variant = scenario.variant(variant_id)
            assert variant.date is not None
            assert (date, confidence) == (f"{variant.date.day} {variant.date:%b %Y}", variant.confidence)
            size = analyze(scenario.with_variant(variant_id)).zone.size
        else:
            size = base.zone.size
        assert _count(zone) == size, variant_id or "base"

    closed = analyze(scenario.with_variant("hamas_preconditions_aug18"))
    gains = {c.red_line: c.packages for c in reopening_changes(closed.space, closed.zone)}
    found = re.search(
        r"dropping Israel's Philadelphi red line alone would bring back ([\d,]+) packages; "
        r"dropping Hamas's alone, ([\d,]+); no cut in a reservation value alone reopens it", flat
    )
    assert found is not None
    assert (_count(found[1]), _count(found[2])) == (
        gains["israel_philadelphi_corridor"], gains["hamas_philadelphi_corridor"]
    )
    assert len(gains) == 2  # no reservation-value cut reopens it

    expression = 'philadelphi_corridor <= "tech_monitoring_underground_barrier"'
    softer = RedLine(id="softer", party="israel", expression=expression)
    change = Change(remove_red_lines=("israel_philadelphi_corridor",), add_red_lines=(softer,))
    compromise = re.search(r"With that softer condition, ([\d,]+) packages would be in the zone", flat)
    assert compromise is not None
    relaxed = scenario.with_variant("hamas_preconditions_aug18").with_change(change)
    assert _count(compromise[1]) == analyze(relaxed).zone.size
    assert "--drop-red-line israel_philadelphi_corridor" in flat

    late = scenario.with_variant("early_september_sep5")
    named = {
        "the Philadelphi corridor": "philadelphi_corridor", "Netzarim and the return north":
        "netzarim_and_return_north", "post-war governance": "postwar_governance",
        "the prisoner exchange": "prisoner_exchange",
    }

    def deadlocked(as_of: dt.date | None) -> set[str]:  # positions as of the variant's date by default
        summary = summarize(analyze(late), as_of=as_of or scenario.variant("early_september_sep5").date)
        labels = {i.name: i.id for i in scenario.issues}
        return {labels[d.split(" — ")[0]] for d in summary.deadlocks}

    found = re.search(
        r"On 5 September these are (.+), and (post-war governance); with Hamas's 11 September statement "
        r"on prisoners counted \(`truce analyze gaza-ceasefire-2024 --variant early_september_sep5 "
        r"--as-of (\S+)`\), (the prisoner exchange) joins them", flat,
    )
    assert found is not None
    first = {named[n] for n in found[1].split(", ")} | {named[found[2]]}
    assert deadlocked(None) == first
    assert deadlocked(dt.date.fromisoformat(found[3])) == first | {named[found[4]]}


def test_diff_drops_a_red_line_and_adds_a_softer_one_from_the_command_line() -> None:
    result = run_truce(
        "diff", FLAGSHIP, "--base-variant", "hamas_preconditions_aug18",
        "--variant", "hamas_preconditions_aug18", "--drop-red-line", "israel_philadelphi_corridor",
        "--red-line", 'israel: philadelphi_corridor <= "tech_monitoring_underground_barrier"', "--json",
    )
    assert result.code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["zone_size"]["before"] == 0 and doc["zone_size"]["after"] > 0
    assert any("red line removed (israel)" in c for c in doc["changes"])
    unknown = run_truce("diff", FLAGSHIP, "--drop-red-line", "nope")
    assert unknown.code == 2 and "unknown red line 'nope'" in unknown.stderr


def test_conflict_lists_the_claims_that_are_not_firm_with_their_labels() -> None:
    case = yaml.safe_load(
        (Path(__file__).resolve().parents[1] / "src/truce/scenarios" / FLAGSHIP / "conflict.yaml").read_text()
    )
    labelled = [
        (dm, entry) for dm, entries in case["preference_statements"].items() for entry in entries
        if isinstance(entry, dict)
    ]
    unsettled = [(dm, e["statement"], e["confidence"]) for dm, e in labelled if e["confidence"] != "firm"]
    assert case["status_quo"]["confidence"] == "disputed" and unsettled
    result = run_truce("conflict", FLAGSHIP)
    assert result.code == 0, result.stderr
    flat = " ".join(result.stdout.split())
    assert f"Not settled ({len(unsettled) + 1} of the case's {len(labelled) + 1} labelled claims" in flat
    for dm, statement, confidence in unsettled:
        assert f"{dm}'s preference statement '{statement}' [{confidence}]" in flat
    assert f"status quo: state {case['status_quo']['state']} [disputed]" in flat
    doc = json.loads(run_truce("conflict", FLAGSHIP, "--json").stdout)
    assert [(c["decision_maker"], c["claim"], c["confidence"]) for c in doc["claims"][:-1]] == [
        (dm, e["statement"], e["confidence"]) for dm, e in labelled
    ]
    assert doc["claims"][-1]["kind"] == "status quo" and doc["claims"][-1]["sources"]


def test_estimate_explains_each_number_with_labels_and_cuts_nothing() -> None:
    evidence = yaml.safe_load(
        (Path(__file__).resolve().parents[1] / "src/truce/scenarios" / FLAGSHIP / "evidence.yaml").read_text()
    )
    statement = next(s for s in evidence["statements"] if s["id"] == "hamas_aug18_philadelphi")
    scenario = load_scenario(FLAGSHIP)
    issue = scenario.issue(statement["issue"])
    assert issue is not None
    labels = [o.label for o in issue.options if o.id in statement["options"]]
    result = run_truce("estimate", FLAGSHIP, "--as-of", "2024-08-18")
    assert result.code == 0, result.stderr
    _assert_readable(result.stdout)
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    flat = " ".join(result.stdout.split())
    leaves = f"{', '.join(labels[:-1])} or {labels[-1]}"
    assert (
        "hamas_aug18_philadelphi (18 Aug, firm): weight: +0.5 to the weight score; weight: +2 (stated as "
        f"a limit); red line: leaves only {leaves}"
    ) in flat
    for party in scenario.negotiators:
        assert party.label in flat
    assert flat.count("Listed but not counted (disputed or unverified):") == len(scenario.negotiators)
    assert all(f"• {i.name}: weight " in flat for i in scenario.issues)


@pytest.mark.parametrize(
    "args",
    [
        ("analyze", FLAGSHIP),
        ("analyze", FLAGSHIP, "--variant", "hamas_preconditions_aug18"),
        ("diff", FLAGSHIP, "--base-variant", "israel_border_conditions_jul13",
         "--variant", "hamas_preconditions_aug18"),
    ],
    ids=["analyze", "analyze-empty-zone", "diff"],
)
def test_analyze_and_diff_split_no_word_at_80_and_120_columns(args: tuple[str, ...]) -> None:
    def shown(width: int) -> str:
        env = {**os.environ, "COLUMNS": str(width)}
        done = subprocess.run([*TRUCE, *args], env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return done.stdout

    whole = set(shown(1000).split())  # nothing wraps: every word is whole
    for width in (80, 120):
        text = shown(width)
        _assert_readable(text)
        assert max(len(line) for line in text.splitlines()) <= width
        assert set(text.split()) <= whole, sorted(set(text.split()) - whole)
