"""The estimation rule: hand-computed values on a small case, party symmetry, the flagship recomputed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from truce.estimation.evidence import Evidence
from truce.estimation.rules import estimate
from truce.estimation.scenario import estimated_scenario
from truce.io.evidence_file import evidence_of_scenario, load_evidence
from truce.model.elements import Issue, Option

FLAGSHIP = "gaza-ceasefire-2024"
EVIDENCE = Path(__file__).resolve().parents[2] / "src/truce/scenarios/gaza-ceasefire-2024/evidence.yaml"
D = dt.date


def issue(name: str, n: int) -> Issue:
    return Issue(id=name, kind="ordinal", options=tuple(Option(id=f"{name}{k}") for k in range(n)))


def small_evidence() -> Evidence:
    return Evidence.model_validate(
        {
            "scenario": "small",
            "favours": {"a": "first", "b": "last"},
            "references": [{"number": 1, "title": "t", "url": "u"}],
            "statements": [
                {
                    "id": "a1",
                    "party": "a",
                    "date": D(2024, 1, 2),
                    "issue": "x",
                    "kind": "non_negotiable",
                    "options": ["x0", "x1"],
                    "text": "t",
                    "confidence": "firm",
                    "sources": [1],
                },
                {
                    "id": "a2",
                    "party": "a",
                    "date": D(2024, 1, 3),
                    "issue": "y",
                    "kind": "offer",
                    "options": ["y1"],
                    "text": "t",
                    "confidence": "reported",
                    "sources": [1],
                },
                {
                    "id": "a3",
                    "party": "a",
                    "date": D(2024, 1, 4),
                    "issue": "y",
                    "kind": "offer",
                    "options": ["y2"],
                    "text": "t",
                    "confidence": "disputed",
                    "sources": [1],
                },
                {
                    "id": "b1",
                    "party": "b",
                    "date": D(2024, 1, 5),
                    "issue": "x",
                    "kind": "precondition",
                    "options": ["x2"],
                    "text": "t",
                    "confidence": "firm",
                    "sources": [1],
                },
                {
                    "id": "b2",
                    "party": "b",
                    "date": D(2024, 1, 6),
                    "issue": "x",
                    "kind": "accept",
                    "options": ["x1"],
                    "text": "t",
                    "confidence": "firm",
                    "sources": [1],
                },
            ],
            "no_deal": [
                {
                    "id": "ca",
                    "party": "a",
                    "date": D(2024, 1, 1),
                    "kind": "cost",
                    "text": "t",
                    "confidence": "firm",
                    "sources": [1],
                },
                {
                    "id": "lb",
                    "party": "b",
                    "date": D(2024, 1, 4),
                    "kind": "leverage",
                    "text": "t",
                    "confidence": "reported",
                    "sources": [1],
                },
                {
                    "id": "cb",
                    "party": "b",
                    "date": D(2024, 1, 4),
                    "kind": "cost",
                    "text": "t",
                    "confidence": "unverified",
                    "sources": [1],
                },
            ],
        }
    )


ISSUES = (issue("x", 3), issue("y", 5))


def test_small_case_by_hand() -> None:
    early = estimate(small_evidence(), ISSUES, D(2024, 1, 5))
    a, b = early.parties["a"], early.parties["b"]
    # a: x scores 1 + 2 + 0.5 = 3.5, y 1 + 0.5 (the disputed offer does not count) = 1.5
    assert a.weights["x"].value == pytest.approx(0.7) and a.weights["y"].value == pytest.approx(0.3)
    assert a.weights["x"].range == pytest.approx((3 / 4.5, 4 / 5.5), abs=1e-6)
    # b: x scores 1 + 2 + 2 x 0.5 = 4, y 1
    assert b.weights["x"].value == pytest.approx(0.8)
    # values: 5 options, a favours the first; y1 offered: 0.75 + 1/8; y2 (disputed offer) stays 0.5
    assert a.values["y"]["y1"].value == 0.875 and a.values["y"]["y2"].value == 0.5
    assert a.values["y"]["y1"].range == (0.75, 1.0)
    # b favours the last option; its acceptance of x1 adds 1/4
    assert b.values["x"]["x1"].value == 0.75 and b.values["x"]["x2"].value == 1.0
    # red lines as of 5 Jan: a leaves x0, x1; b leaves x2 (no acceptance yet)
    assert [r.expression for r in a.red_lines] == ['x in ["x0", "x1"]']
    assert [r.expression for r in b.red_lines] == ['x in ["x2"]']
    # reservation values: a one cost, b one counted leverage (the unverified cost is listed only)
    assert a.reservation_value.value == 0.475 and b.reservation_value.value == 0.525
    assert a.reservation_value.range == (0.375, 0.575)
    late = estimate(small_evidence(), ISSUES, D(2024, 1, 6))
    # b accepted x1 after its precondition: the set widens to x1 and every option b likes more
    assert [r.expression for r in late.parties["b"].red_lines] == ['x in ["x1", "x2"]']


def swap_labels(evidence: Evidence, a: str, b: str) -> Evidence:
    swap = {a: b, b: a}
    data = evidence.model_dump()
    data["favours"] = {swap.get(k, k): v for k, v in data["favours"].items()}
    for group in ("statements", "no_deal"):
        for item in data[group]:
            item["party"] = swap.get(item["party"], item["party"])
    return Evidence.model_validate(data)


@pytest.mark.parametrize("as_of", [D(2024, 7, 6), D(2024, 8, 18), D(2024, 9, 15)])
def test_swapping_party_labels_swaps_every_estimate(as_of: dt.date) -> None:
    scenario, evidence = evidence_of_scenario(FLAGSHIP)
    original = estimate(evidence, scenario.issues, as_of).parties
    swapped = estimate(swap_labels(evidence, "israel", "hamas"), scenario.issues, as_of).parties
    for party, other in (("israel", "hamas"), ("hamas", "israel")):
        mine, theirs = original[party], swapped[other]
        assert mine.weights == theirs.weights
        assert mine.values == theirs.values
        assert mine.reservation_value == theirs.reservation_value
        assert [(r.expression, r.confidence) for r in mine.red_lines] == [
            (r.expression, r.confidence) for r in theirs.red_lines
        ]


def test_mirrored_evidence_gives_mirrored_values() -> None:
    """Reversing which end a party favours reverses its option values (no bonus involved)."""
    evidence = small_evidence()
    flipped = Evidence.model_validate({**evidence.model_dump(), "favours": {"a": "last", "b": "first"}})
    a = estimate(evidence, ISSUES, D(2024, 1, 6)).parties["a"].values["x"]
    a_flipped = estimate(flipped, ISSUES, D(2024, 1, 6)).parties["a"].values["x"]
    assert [a[f"x{k}"].value for k in range(3)] == [a_flipped[f"x{2 - k}"].value for k in range(3)]


def test_bundled_scenario_equals_its_recomputed_estimates() -> None:
    scenario, evidence = evidence_of_scenario(FLAGSHIP)
    recomputed = estimated_scenario(scenario, evidence)
    assert recomputed.preferences == scenario.preferences
    assert [p.reservation_value for p in recomputed.parties] == [
        p.reservation_value for p in scenario.parties
    ]
    assert recomputed.red_lines == scenario.red_lines
    assert recomputed.positions == scenario.positions
    assert recomputed.timeline == scenario.timeline
    assert recomputed.variants == scenario.variants, "run: truce estimate gaza-ceasefire-2024 --write"


def test_evidence_errors_are_located(tmp_path: Path) -> None:
    from truce.errors import ScenarioError

    bad = tmp_path / "evidence.yaml"
    bad.write_text(EVIDENCE.read_text(encoding="utf-8").replace("sources: [76, 75]", "sources: [76, 999]", 1))
    with pytest.raises(ScenarioError, match="999") as info:
        load_evidence(bad)
    assert info.value.line is not None


def test_evidence_errors_are_worded_like_scenario_errors(tmp_path: Path) -> None:
    """A misspelt key gets the known one suggested, and every problem is listed, as in scenario files."""
    from truce.errors import ScenarioError

    bad = tmp_path / "evidence.yaml"
    text = EVIDENCE.read_text(encoding="utf-8")
    misspelt = "confidance: firm, sources: [76, 75]"
    bad.write_text(text.replace("confidence: firm, sources: [76, 75]", misspelt, 1))
    with pytest.raises(ScenarioError, match="2 problems") as info:
        load_evidence(bad)
    message = str(info.value)
    assert ":20: statements.0.confidance: unknown key 'confidance'; did you mean `confidence`?" in message
    assert ":19: statements.0.confidence: Field required" in message
    assert "Extra inputs" not in message
