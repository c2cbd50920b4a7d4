"""The plain-language summary and the smallest change that reopens an empty zone (flagship numbers)."""

from __future__ import annotations

import pytest

from truce.analysis import analyze
from truce.analysis.reopen import reopening_changes
from truce.analysis.summary import CAVEAT, summarize
from truce.io.scenario_file import load_scenario


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
