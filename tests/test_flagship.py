"""The bundled flagship scenario ``gaza-ceasefire-2024``.

The agreement-zone counts are computed here by brute force with numpy, independently of
``truce.analysis``, so the test is an oracle for the engine rather than a copy of it.
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from truce.io.scenario_file import load_scenario
from truce.model.elements import Change
from truce.model.scenario import Scenario

BRIEF_ISSUES = {
    "war_end_terms",
    "phase1_hostages",
    "prisoner_exchange",
    "idf_withdrawal_populated",
    "philadelphi_corridor",
    "netzarim_and_return_north",
    "rafah_crossing",
    "humanitarian_aid",
}
VARIANTS = (
    "israel_conditions_jul7",
    "israel_border_conditions_jul13",
    "hamas_preconditions_aug18",
    "early_september_sep5",
)
PROPOSALS = ("israel_may27", "biden_may31", "hamas_jul2", "us_bridging_aug16")


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario("gaza-ceasefire-2024")


def brute_force_zone(scenario: Scenario) -> int:
    """Outcomes where every negotiator gets at least its reservation value and no red line is crossed."""
    sizes = [len(issue.options) for issue in scenario.issues]
    grid = np.indices(sizes).reshape(len(sizes), -1)
    columns = {issue.id: grid[k] for k, issue in enumerate(scenario.issues)}
    acceptable = np.ones(grid.shape[1], dtype=bool)
    for party in scenario.negotiators:
        preference = scenario.preference(party.id)
        assert preference is not None
        utility = np.zeros(grid.shape[1])
        for issue in scenario.issues:
            weight = preference.weights[issue.id].value
            if weight:
                table = np.array([preference.values[issue.id][o.id].value for o in issue.options])
                utility += weight * table[columns[issue.id]]
        acceptable &= utility >= party.reservation_value.value - 1e-9
    for _, expression in scenario.compiled_red_lines:
        acceptable &= expression.evaluate(columns)
    return int(acceptable.sum())


def test_loads_with_brief_issues_and_tractable_space(scenario: Scenario) -> None:
    assert scenario.id == "gaza-ceasefire-2024"
    assert len(scenario.issues) >= 8
    assert set(scenario.issue_ids) >= BRIEF_ISSUES
    assert math.prod(len(issue.options) for issue in scenario.issues) < 2_000_000
    for issue in scenario.issues:
        assert issue.keywords, issue.id
        assert issue.kind in ("ordinal", "categorical")
    philadelphi = scenario.issue("philadelphi_corridor")
    assert philadelphi is not None
    assert philadelphi.option_ids[0] == "full_idf_presence_all_phases"
    assert philadelphi.option_ids[-1] == "full_idf_withdrawal"
    assert "Philadelphi" in philadelphi.keywords


def test_parties_and_mediators(scenario: Scenario) -> None:
    roles = {party.id: party.role for party in scenario.parties}
    assert {p.id for p in scenario.negotiators} == {"israel", "hamas"}
    for mediator in ("united_states", "egypt", "qatar"):
        assert roles[mediator] == "mediator"
    for party in scenario.parties:
        assert party.name and party.description and party.aliases, party.id
    aliases = {party.id: set(party.aliases) for party in scenario.parties}
    assert {"Israel", "Netanyahu", "Israeli delegation", "the Israeli side"} <= aliases["israel"]
    assert {"Hamas", "Khalil al-Hayya", "Yahya Sinwar"} <= aliases["hamas"]
    assert {"Washington", "Blinken", "Biden administration"} <= aliases["united_states"]
    assert {"Egypt", "Cairo", "Sisi"} <= aliases["egypt"]
    assert {"Qatar", "Doha"} <= aliases["qatar"]


def test_every_option_position_red_line_and_event_is_sourced(scenario: Scenario) -> None:
    cited = [*scenario.positions, *scenario.red_lines, *scenario.timeline, *scenario.proposals]
    cited += [option for issue in scenario.issues for option in issue.options if option.sources]
    for element in cited:
        assert element.sources, element
        for source in element.sources:
            assert source.ref and source.ref.startswith("[") and source.title and source.url
    for issue in scenario.issues:
        for option in issue.options:  # an option the brief lists without a source says so
            assert option.sources or "Listed in the brief" in (option.description or ""), option.id
    assert len(scenario.positions) >= 15
    assert {p.party for p in scenario.positions} >= {"israel", "hamas", "united_states", "egypt", "qatar"}
    assert scenario.sources


def test_every_estimate_has_range_and_rationale(scenario: Scenario) -> None:
    for party in scenario.negotiators:
        rv = party.reservation_value
        assert rv.range is not None and rv.rationale, party.id
        preference = scenario.preference(party.id)
        assert preference is not None
        assert sum(w.value for w in preference.weights.values()) == pytest.approx(1.0)
        for issue_id, weight in preference.weights.items():
            assert weight.range is not None and weight.rationale, (party.id, issue_id)
        for issue_id, values in preference.values.items():
            for option_id, value in values.items():
                assert value.range is not None and value.rationale, (party.id, issue_id, option_id)
                assert 0.0 <= value.low <= value.high <= 1.0
    for variant in scenario.variants:
        for party_id, rv in variant.change.reservation_values.items():
            assert rv.range is not None and rv.rationale, (variant.id, party_id)


def test_unsettled_claims_are_flagged(scenario: Scenario) -> None:
    unsettled = {(field, label): confidence for field, label, confidence in scenario.unsettled_claims()}
    assert unsettled[("proposals", "us_bridging_aug16")] == "unverified"
    assert unsettled[("proposals", "israel_may27")] == "disputed"
    aired_may27 = [p for p in scenario.positions if p.party == "israel" and p.date == dt.date(2024, 5, 27)]
    assert len(aired_may27) >= 5 and {p.confidence for p in aired_may27} == {"disputed"}


def test_israel_philadelphi_position_moves_between_18_and_29_august(scenario: Scenario) -> None:
    positions = scenario.positions_of("israel", "philadelphi_corridor")

    def latest(on: dt.date) -> tuple[str, ...]:
        return [p for p in positions if p.date <= on][-1].options

    aug18, aug29 = latest(dt.date(2024, 8, 18)), latest(dt.date(2024, 8, 29))
    assert aug18 != aug29
    assert aug29 == ("full_idf_presence_all_phases",)
    assert next(p for p in positions if p.date == dt.date(2024, 8, 18)).confidence == "reported"


def test_timeline_has_shocks_and_proposals_exist(scenario: Scenario) -> None:
    assert len(scenario.timeline) >= 20
    shocks = [event for event in scenario.timeline if event.kind == "shock"]
    assert shocks and all(event.change is not None and not event.change.is_empty for event in shocks)
    ids = {proposal.id for proposal in scenario.proposals}
    assert set(PROPOSALS) <= ids


def test_variants_match_the_dated_shocks(scenario: Scenario) -> None:
    assert [v.id for v in scenario.variants] == list(VARIANTS)
    for variant_id in VARIANTS:
        variant = scenario.variant(variant_id)
        assert variant.date is not None
        as_variant = scenario.with_variant(variant_id)
        as_of = scenario.as_of(variant.date)
        assert {(r.id, r.expression) for r in as_variant.red_lines} == {
            (r.id, r.expression) for r in as_of.red_lines
        }, variant_id
        for party in scenario.negotiators:
            assert as_variant.party(party.id).reservation_value == as_of.party(party.id).reservation_value  # type: ignore[union-attr]


def test_zone_closes_when_the_two_philadelphi_red_lines_meet(scenario: Scenario) -> None:
    zones = {v: brute_force_zone(scenario.with_variant(v)) for v in VARIANTS}
    base = brute_force_zone(scenario)
    assert base > zones["israel_conditions_jul7"] > zones["israel_border_conditions_jul13"] > 0
    assert zones["hamas_preconditions_aug18"] == zones["early_september_sep5"] == 0
    closed = scenario.with_variant("hamas_preconditions_aug18")
    for dropped in ("israel_philadelphi_corridor", "hamas_philadelphi_corridor"):
        reopened = closed.with_change(Change(remove_red_lines=(dropped,)))
        assert brute_force_zone(reopened) > 0, dropped


PRESENCE = ("full_idf_presence_all_phases", "reduced_idf_presence_phase1", "watchtowers")
NO_PRESENCE = ("tech_monitoring_underground_barrier", "third_party_presence", "full_idf_withdrawal")


def test_widening_a_philadelphi_red_line_by_one_option_matches_brute_force(scenario: Scenario) -> None:
    from truce.analysis import analyze
    from truce.analysis.reopen import red_line_relaxations
    from truce.model.elements import RedLine

    closed = scenario.with_variant("hamas_preconditions_aug18")
    found = {(r.red_line, r.option): r.packages for r in red_line_relaxations(closed, analyze(closed).zone)}
    expected = {}
    for red_line, party, kept, others in (
        ("israel_philadelphi_corridor", "israel", PRESENCE, NO_PRESENCE),
        ("hamas_philadelphi_corridor", "hamas", NO_PRESENCE, PRESENCE),
    ):
        for option in others:
            listed = ", ".join(f'"{o}"' for o in (*kept, option))
            wider = RedLine(id=red_line, party=party, expression=f"philadelphi_corridor in [{listed}]")
            size = brute_force_zone(closed.with_change(Change(add_red_lines=(wider,))))
            if size:
                expected[(red_line, option)] = size
    assert found == expected
    assert found[("israel_philadelphi_corridor", "tech_monitoring_underground_barrier")] == 1169
