"""The flagship from 16 August 2024: shocks on their rounds; no agreement once the red lines clash."""

from __future__ import annotations

import datetime as dt

from truce.io.scenario_file import load_scenario
from truce.simulation import simulate

START = dt.date(2024, 8, 16)


def test_flagship_from_16_august() -> None:
    scenario = load_scenario("gaza-ceasefire-2024")
    result = simulate(
        scenario, runs=64, seed=0, rounds=40, start=START, rounds_per_day=2,
        strategies={"israel": ["conceder"], "hamas": ["conceder", "boulware"]},
    )
    assert [(s.date, s.round) for s in result.shocks] == [
        ("2024-08-18", 4), ("2024-08-25", 18), ("2024-08-26", 20), ("2024-08-29", 26),
        ("2024-09-01", 32), ("2024-09-02", 34), ("2024-09-03", 36),
    ]
    # from 13 Jul Israel requires Israeli forces on the Philadelphi corridor; from 18 Aug (round 4)
    # Hamas requires none: no text satisfies both, so no run agrees from round 4 on
    assert sum(result.rounds_to_agreement[4:]) == 0
    presence = {"full_idf_presence_all_phases", "reduced_idf_presence_phase1", "watchtowers"}
    assert result.outcomes and all(o["philadelphi_corridor"] in presence for o, _ in result.outcomes)
    conceders, boulware = result.by_strategy
    assert conceders.agreement_rate > boulware.agreement_rate
    assert result.provenance["sampled_preferences"] and result.provenance["start"] == "2024-08-16"
