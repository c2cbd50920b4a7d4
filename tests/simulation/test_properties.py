"""Properties of simulated negotiations on small random scenarios, checked by brute force."""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from tests.simulation.oracle import acceptable, outcomes, respects, utility
from tests.strategies import scenarios
from truce.model.scenario import Scenario
from truce.simulation import bidding_strategies, build_plan
from truce.simulation.chunk import play_chunk


def _agreements(plan, scenario):  # type: ignore[no-untyped-def]
    result = play_chunk(plan, (0, 0, 0))
    space = plan.space
    found = []
    for run in np.flatnonzero(result.agreed):
        row = space.decode(np.array([result.outcome[run]]))[0]
        found.append((int(result.round[run]), space.outcome_ids(row)))
    return found


@settings(max_examples=40, deadline=None)
@given(scenario=scenarios(parties=(2, 2), issues=(1, 3), options=(1, 4)))
def test_hard_liners_agree_only_on_a_common_ideal_point(scenario: Scenario) -> None:
    parties = [p.id for p in scenario.negotiators]
    plan = build_plan(
        scenario, runs=3, rounds=10, strategies={p: ["hard-liner"] for p in parties}, shock_effects=False
    )
    everything = outcomes(scenario)
    ideal = {
        p: max(utility(scenario, p, o) for o in everything if respects(scenario, p, o)) for p in parties
        if any(respects(scenario, p, o) for o in everything)
    }
    for _, agreed in _agreements(plan, scenario):
        for p in parties:
            assert acceptable(scenario, p, agreed)
            # offers compare own utilities on a 2**-24 grid
            assert abs(utility(scenario, p, agreed) - ideal[p]) <= 2**-23


@settings(max_examples=40, deadline=None)
@given(scenario=scenarios(parties=(2, 2), issues=(1, 3), options=(1, 4), red_lines=False))
def test_hard_liners_without_red_lines_agree_exactly_when_the_zone_holds_both_ideals(
    scenario: Scenario,
) -> None:
    parties = [p.id for p in scenario.negotiators]
    plan = build_plan(
        scenario, runs=2, rounds=5, strategies={p: ["hard-liner"] for p in parties}, shock_effects=False
    )
    everything = outcomes(scenario)
    ideal = {p: max(utility(scenario, p, o) for o in everything) for p in parties}
    values = sorted({utility(scenario, p, o) for p in parties for o in everything})
    assume(all(b - a > 1e-6 for a, b in itertools.pairwise(values)))  # no near-ties
    common = [
        o for o in everything
        if all(utility(scenario, p, o) == ideal[p] and acceptable(scenario, p, o) for p in parties)
    ]
    assert bool(_agreements(plan, scenario)) == bool(common)


# p1's utility of {i1: o3, i2: o2} is exactly its reservation value 0.05; summed in floats issue by
# issue it is 0.049999999999999996, which an oracle in float arithmetic wrongly called unacceptable
_TIE_AT_RESERVATION = Scenario.model_validate({
    "id": "tie",
    "parties": [{"id": "p0", "reservation_value": 0.0}, {"id": "p1", "reservation_value": 0.05}],
    "issues": [{"id": f"i{i}", "kind": "ordinal", "options": [{"id": f"o{j}"} for j in range(n)]}
               for i, n in enumerate((3, 4, 3))],
    "preferences": [
        {"party": p, "weights": dict(zip(("i0", "i1", "i2"), w, strict=True)),
         "values": {f"i{i}": {f"o{j}": 0.05 if (p, i, j) in (("p1", 1, 3), ("p1", 2, 2)) else 0.0
                              for j in range(n)} for i, n in enumerate((3, 4, 3))}}
        for p, w in (("p0", (0.0, 0.0, 1.0)), ("p1", (0.0, 0.3, 0.7)))
    ],
})


@settings(max_examples=25, deadline=None)
@given(
    scenario=scenarios(parties=(2, 3), issues=(1, 3), options=(2, 4)),
    names=st.lists(st.sampled_from(sorted(bidding_strategies())), min_size=3, max_size=3),
    level=st.integers(0, 8),
    protocol=st.sampled_from(["round-robin", "single-text"]),
)
@example(scenario=_TIE_AT_RESERVATION, names=["boulware"] * 3, level=0, protocol="round-robin")
def test_agreements_are_acceptable_to_every_party_when_reached(
    scenario: Scenario, names: list[str], level: int, protocol: str
) -> None:
    parties = [p.id for p in scenario.negotiators]
    start = dt.date(2024, 1, 1)
    shocked = Scenario.model_validate({
        **scenario.model_dump(mode="python", round_trip=True),
        "timeline": [{
            "date": "2024-01-04", "title": "shock", "kind": "shock",
            "change": {"reservation_values": {parties[0]: level / 8}},
        }],
    })
    plan = build_plan(
        shocked, runs=16, rounds=8, seed=1, protocol=protocol, start=start, rounds_per_day=1,
        strategies={p: [names[k]] for k, p in enumerate(parties)}, shock_effects=False,
    )
    for round_, agreed in _agreements(plan, shocked):
        at = shocked.as_of(start + dt.timedelta(days=round_))
        for p in parties:
            assert acceptable(at, p, agreed), (round_, p, agreed)
