"""The flagship at the 16 August bridging moment: proposals, the text's completions and its repair."""

from __future__ import annotations

import datetime as dt
import math

import truce
from truce.mediation.proposals import bridging_proposals


def test_bridging_moment_ranks_proposals_and_repairs_the_text_for_the_party_that_rejects_it() -> None:
    scenario = truce.load_scenario("gaza-ceasefire-2024").with_variant("hamas_preconditions_aug18")
    result = bridging_proposals(
        scenario, samples=400, seed=1, top=3, as_of=dt.date(2024, 8, 18), zone_samples=100
    )
    doc = result.to_json()
    assert doc["parties"] == ["israel", "hamas"] and len(doc["proposals"]) == 3
    best = doc["proposals"][0]
    assert best["p_accept_all"] >= max(t["p_accept_all"] for t in doc["texts"])
    text = next(t for t in doc["texts"] if t["id"] == "us_bridging_aug16")
    assert text["confidence"] == "unverified"
    assert text["ci"][0] <= text["p_accept_all"] <= text["ci"][1] and text["ci"][1] > 0
    open_issues = [i for i in scenario.issues if i.id not in text["terms"]]
    assert text["completions"] == math.prod(len(i.options) for i in open_issues)
    for party, repair in text["repairs"].items():
        assert party in doc["parties"]
        if repair["repair"] is not None:
            settled = set(text["terms"])
            assert set(repair["repair"]["changed_issues"]) <= settled
    assert any(u["id"] == "us_bridging_aug16" for u in doc["unsettled"])
    # Hamas rejected the text; after its 18 August preconditions no package meets both sides'
    # Philadelphi red lines, and the missing repair says so
    rejected = text["repairs"]["hamas"]
    assert rejected["repair"] is None
    assert {(c["party"], c["id"], tuple(c["issues"])) for c in rejected["conflict"]} == {
        ("israel", "israel_philadelphi_corridor", ("philadelphi_corridor",)),
        ("hamas", "hamas_philadelphi_corridor", ("philadelphi_corridor",)),
    }
    named = "israel's red line 'israel_philadelphi_corridor' on issue philadelphi_corridor"
    assert named in rejected["reason"]
    # for a reader, the same reason in the scenario's words: labels and red-line sentences
    from truce.mediation.wording import repair_reason
    from truce.model.wording import red_line_sentence

    fix = next(t for t in result.texts if t.id == "us_bridging_aug16").repairs["hamas"]
    worded = repair_reason(scenario, fix)
    assert worded is not None and "israel_philadelphi_corridor" not in worded
    for red_line in scenario.red_lines:
        if red_line.id in {"israel_philadelphi_corridor", "hamas_philadelphi_corridor"}:
            label = scenario.party(red_line.party).label  # type: ignore[union-attr]
            rule = red_line_sentence(red_line.expression, scenario.issues)
            assert f'the red line of {label} "{rule}"' in worded
    hamas = scenario.party("hamas")
    assert hamas is not None and worded.startswith(f"no outcome is acceptable to {hamas.label} ")


def test_late_august_still_ranks_proposals_and_says_none_is_acceptable_to_all() -> None:
    scenario = truce.load_scenario("gaza-ceasefire-2024").with_variant("early_september_sep5")
    result = bridging_proposals(
        scenario, samples=200, seed=1, top=2, as_of=dt.date(2024, 9, 5), zone_samples=50
    )
    assert len(result.proposals) == 2
    said = any("no outcome is acceptable to every party" in f for f in result.findings)
    assert said == result.point_zone_empty == (not any(p.in_point_zone for p in result.proposals))
    # each reopening in the scenario's words: the red line's owner and sentence, not its id
    from truce.mediation.wording import reopening_sentence

    for reopening in result.reopenings:
        sentence = reopening_sentence(scenario, reopening)
        assert reopening.target not in sentence and sentence.startswith("dropping the red line of ")
        assert sentence.endswith(f"reopens the zone with {reopening.zone_size:,} outcomes")


def test_explanations_read_in_the_scenarios_words() -> None:
    """The id sentence and the worded one come from one renderer; the worded one names no id."""
    from truce.mediation.explain import describe_issue
    from truce.mediation.wording import explanation_sentence
    from truce.model.wording import party_label, red_line_sentence

    scenario = truce.load_scenario("gaza-ceasefire-2024")
    result = bridging_proposals(scenario, samples=100, seed=2, top=1, zone_samples=20)
    owned = {r.id: r for r in scenario.red_lines}
    for entry, stored in zip(result.proposals[0].explanation, result.to_json()["proposals"][0]["explanation"],
                             strict=True):
        named = f"red lines {', '.join(entry.red_lines)}" if entry.red_lines else None
        assert describe_issue(entry.issue, entry.option, entry.comparisons, named) == entry.sentence
        assert [c["party"] for c in stored["comparisons"]] == [c.party for c in entry.comparisons]
        for comparison in entry.comparisons:  # what a party gives or gains: utility against its position
            relative = entry.relative[comparison.party]
            if comparison.kind in ("gives", "gains"):
                assert relative is not None and math.isclose(abs(relative), comparison.amount)
        worded = explanation_sentence(scenario, entry)
        assert explanation_sentence(scenario, stored) == worded  # a stored run is worded alike
        assert not any(line in worded for line in entry.red_lines)
        for comparison in entry.comparisons:
            assert comparison.phrase(party_label(scenario, comparison.party)) in worded
        for line in entry.red_lines:
            if line in owned:
                assert red_line_sentence(owned[line].expression, scenario.issues) in worded
        constraints = sum(line not in owned for line in entry.red_lines)
        assert (f"{constraints} of the scenario's compatibility constraints" in worded) == (constraints > 1)
