"""One test per fact the flagship scenario must get right (its estimates come from evidence.yaml)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel

from truce.analysis import analyze
from truce.errors import ConflictModelError
from truce.io.evidence_file import evidence_of_scenario
from truce.io.gmcr import claims_of, load_conflict, load_gmcr
from truce.model.elements import Source
from truce.model.scenario import Scenario

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "src/truce/scenarios/gaza-ceasefire-2024"
BRIEF = ROOT.parent / "shared/brief/ceasefire-2024.md"
FLAGSHIP_NAME = "gaza-ceasefire-2024"
PRESENCE = ["full_idf_presence_all_phases", "reduced_idf_presence_phase1", "watchtowers"]
NO_PRESENCE = ["tech_monitoring_underground_barrier", "third_party_presence", "full_idf_withdrawal"]


@pytest.fixture(scope="module")
def flagship() -> tuple[Scenario, object]:
    return evidence_of_scenario("gaza-ceasefire-2024")


def red_lines_at(scenario: Scenario, variant: str | None) -> dict[str, str]:
    chosen = scenario if variant is None else scenario.with_variant(variant)
    return {r.id: r.expression for r in chosen.red_lines}


def test_border_conditions_of_both_sides_are_red_lines_from_their_own_dates(flagship) -> None:
    scenario, _ = flagship
    for variant in scenario.variants:
        lines = red_lines_at(scenario, variant.id)
        assert variant.date is not None
        assert ("israel_philadelphi_corridor" in lines) == (variant.date >= dt.date(2024, 7, 13)), variant.id
        assert ("israel_rafah_crossing" in lines) == (variant.date >= dt.date(2024, 7, 13)), variant.id
        assert ("hamas_philadelphi_corridor" in lines) == (variant.date >= dt.date(2024, 8, 18)), variant.id
    assert "israel_philadelphi_corridor" not in red_lines_at(scenario, None)


def test_any_deal_must_include_counts_once_per_issue_for_both(flagship) -> None:
    _, evidence = flagship
    limits = {(s.party, s.issue) for s in evidence.statements if s.kind in ("non_negotiable", "precondition")}
    rishq = [s for s in evidence.statements if s.id.startswith("hamas_aug26_")]
    assert {s.issue for s in rishq} == {
        "war_end_terms",
        "idf_withdrawal_populated",
        "netzarim_and_return_north",
        "reconstruction",
        "prisoner_exchange",
    }  # relief and reconstruction are one demand
    assert ("israel", "rafah_crossing") in limits and ("israel", "philadelphi_corridor") in limits


def test_red_lines_are_option_sets(flagship) -> None:
    scenario, _ = flagship
    lines = red_lines_at(scenario, "hamas_preconditions_aug18")
    quoted = lambda options: "[" + ", ".join(f'"{o}"' for o in options) + "]"  # noqa: E731
    assert lines["israel_philadelphi_corridor"] == f"philadelphi_corridor in {quoted(PRESENCE)}"
    assert lines["hamas_philadelphi_corridor"] == f"philadelphi_corridor in {quoted(NO_PRESENCE)}"
    for red_line in scenario.with_variant("hamas_preconditions_aug18").red_lines:
        assert "Reading:" in (red_line.description or ""), red_line.id


def test_variants_are_named_and_dated_by_their_contents(flagship) -> None:
    scenario, _ = flagship
    assert scenario.date == dt.date(2024, 7, 6)
    assert not any(r.party == "israel" for r in scenario.red_lines)  # Israel's first limits are dated 7 Jul
    for variant in scenario.variants:
        assert "bridging" not in variant.id
        assert variant.date is not None and variant.date.strftime("%b").lower() in variant.id
    bridging = next(p for p in scenario.proposals if p.id == "us_bridging_aug16")
    assert bridging.confidence == "unverified"


def test_prisoner_exchange_positions_of_both_sides_conflict(flagship) -> None:
    scenario, _ = flagship
    israel = scenario.positions_of("israel", "prisoner_exchange")
    hamas = scenario.positions_of("hamas", "prisoner_exchange")
    assert israel and hamas
    last_israel = [p for p in israel if p.confidence in ("firm", "reported") and p.options][-1]
    last_hamas = [p for p in hamas if p.confidence in ("firm", "reported") and p.options][-1]
    assert set(last_israel.options).isdisjoint(last_hamas.options)


def test_bargaining_packages_respect_the_compatibility_constraints(flagship) -> None:
    scenario, _ = flagship
    assert len(scenario.constraints) >= 3
    result = analyze(scenario)
    for solution in result.solutions.values():
        assert solution is not None
        outcome = result.outcome_ids(solution.outcome)
        if outcome["idf_withdrawal_populated"] == "full_withdrawal_in_phase1":
            assert outcome["netzarim_and_return_north"] != "screening_mechanism_idf_keeps_netzarim"
            assert outcome["philadelphi_corridor"] in NO_PRESENCE


def test_confidence_labels_follow_the_brief(flagship) -> None:
    scenario, evidence = flagship
    may27 = [s for s in evidence.statements if s.party == "israel" and s.date == dt.date(2024, 5, 27)]
    assert may27 and {s.confidence for s in may27} == {"disputed"}
    us = next(s for s in evidence.statements if s.id == "us_sep04_philadelphi")
    assert us.confidence == "disputed"
    accepts = next(s for s in evidence.statements if s.id == "israel_aug19_bridging")
    assert accepts.confidence == "disputed"
    labels: dict[str, set[str]] = {}
    for source in sources_in(scenario):
        labels.setdefault(source.ref or "", set()).add(source.confidence)
    for ref in ("[29]", "[97]", "[137]"):
        assert len(labels[ref]) == 1, (ref, labels[ref])
    assert all(len(found) == 1 for found in labels.values()), {r: f for r, f in labels.items() if len(f) > 1}


def sources_in(element: object) -> list[Source]:
    if isinstance(element, Source):
        return [element]
    if isinstance(element, BaseModel):
        return [s for name in type(element).model_fields for s in sources_in(getattr(element, name))]
    if isinstance(element, tuple | list):
        return [s for item in element for s in sources_in(item)]
    if isinstance(element, dict):
        return [s for item in element.values() for s in sources_in(item)]
    return []


def test_bonus_and_shocks_follow_one_rule(flagship) -> None:
    scenario, evidence = flagship
    israel = scenario.preference("israel")
    hamas = scenario.preference("hamas")
    assert israel is not None and hamas is not None
    # the disputed 27 May text gives Israel no bonus on its 33-hostage option (3 options: 0.5 unadorned)
    assert israel.values["phase1_hostages"]["33_living_or_dead_humanitarian"].value == 0.5
    # Hamas's reported 6 May acceptance counts: permanent cessation at phase 2 gets the bonus
    assert hamas.values["war_end_terms"]["sustainable_calm_in_phase2"].value == 0.875
    shocked = {p for e in scenario.timeline if e.kind == "shock" for p in e.change.reservation_values}  # type: ignore[union-attr]
    assert shocked == {"israel", "hamas"}
    gaza_costs = [
        i
        for i in evidence.no_deal
        if i.party == "hamas" and i.kind == "cost" and i.date > dt.date(2024, 7, 31)
    ]
    assert {i.id for i in gaza_costs} >= {"hamas_cost_hunger_displacement", "hamas_cost_polio"}


def cited_numbers(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"\[(\d{1,3})\]", text)}


def test_every_cited_reference_number_exists_in_the_brief(flagship) -> None:
    _, evidence = flagship
    known = {r.number for r in evidence.references}
    for name in ("scenario.yaml", "conflict.yaml", "README.md", "evidence.yaml"):
        text = (BUNDLE / name).read_text(encoding="utf-8")
        if name == "conflict.yaml":
            text += "".join(f"[{n}]" for n in re.findall(r"ref: (\d+)", text))
            for claim in claims_of(load_conflict(FLAGSHIP_NAME)):
                text += "".join(f"[{n}]" for n in claim["sources"])
        assert cited_numbers(text) <= known, (name, sorted(cited_numbers(text) - known))
    for statement in evidence.statements:
        assert set(statement.sources) <= known
    if not BRIEF.is_file():
        pytest.skip("the facts brief (../shared/brief) is not present: checked against the bundled list only")
    listed = dict(re.findall(r"^(\d+)\. .* (https?://\S+)$", BRIEF.read_text(encoding="utf-8"), re.M))
    assert {r.number: r.url for r in evidence.references} == {int(n): u for n, u in listed.items()}


def test_readme_numbers_match_the_code(flagship) -> None:
    scenario, _ = flagship
    text = (BUNDLE / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\(base\)|`(\w+)`) \|.*\| ([\d,]+) \|$", text, re.M)
    assert len(rows) == 1 + len(scenario.variants)
    for _, variant, zone in rows:
        result = analyze(scenario.with_variant(variant) if variant else scenario)
        assert result.zone.size == int(zone.replace(",", "")), variant or "base"
    shocks = sum(event.kind == "shock" for event in scenario.timeline)
    words = {11: "Eleven", 12: "Twelve", 10: "Ten"}
    assert f"{words.get(shocks, shocks)} dated shocks" in text
    assert f"({len(scenario.constraints)})" in text


def test_conflict_claims_carry_confidence_and_sources() -> None:
    model = load_conflict(FLAGSHIP_NAME)
    claims = claims_of(model)
    statements = model.metadata["preference_statements"]
    assert len([c for c in claims if c["kind"] == "preference"]) == sum(len(v) for v in statements.values())
    assert all(c["sources"] and c["confidence"] in ("firm", "reported", "disputed") for c in claims)
    (status_quo,) = [c for c in claims if c["kind"] == "status quo"]
    assert status_quo["claim"] == int(model.state_ids[model.status_quo]) == 4
    # whether Israel accepted the text Hamas saw is disputed (brief 6.2), and so is every claim resting on it
    assert status_quo["confidence"] == "disputed"
    assert {c["confidence"] for c in claims if 6 in c["sources"]} == {"disputed"}


def test_conflict_claim_with_an_unknown_confidence_is_refused(tmp_path: Path) -> None:
    case = yaml.safe_load((BUNDLE / "conflict.yaml").read_text(encoding="utf-8"))
    case["status_quo"]["confidence"] = "certain"
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(case), encoding="utf-8")
    with pytest.raises(ConflictModelError) as caught:
        load_gmcr(path)
    message = str(caught.value)
    assert "status_quo" in message and "confidence: Input should be 'firm'" in message


def test_shock_titles_are_sentences_with_labels(flagship) -> None:
    scenario, _ = flagship
    shocks = [e for e in scenario.timeline if e.kind == "shock"]
    ids = {i.id for i in scenario.issues} | {o.id for i in scenario.issues for o in i.options}
    ids = {i for i in ids if "_" in i}
    for event in shocks:
        assert event.title.startswith("Estimates change: ") and event.title.endswith("."), event.title
        assert "->" not in event.title and not set(re.findall(r"\w+", event.title)) & ids, event.title
    titles = " ".join(e.title for e in shocks)
    assert "Hamas's value of no deal (reservation value) falls from 0.45 to 0.425." in titles
    assert "Israel sets a red line: Rafah crossing must be IDF control or Non-Palestinian" in titles
