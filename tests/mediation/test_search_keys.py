"""Every ranker ranks the whole outcome space: the search's best packages against brute force."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import truce
from tests.oracle import satisfies
from tests.strategies import scenarios, with_ranges
from truce.mediation.proposals import bridging_proposals
from truce.mediation.rankers import PROPOSAL_RANKERS, RANKER_SEARCH_KEYS, SampledEvaluation
from truce.mediation.search import SEARCH_KEYS, top_outcomes
from truce.model.scenario import Scenario
from truce.model.uncertainty import TableSample, UncertaintyModel, parse_red_line_belief


def _exact_keys(scenario: Scenario, batch: TableSample, row: tuple[int, ...]) -> dict[str, Fraction]:
    """Every key of one outcome, in plain Python from the sampled integer tables (exact)."""
    space = batch.space
    outcome = {issue: space.options[i][o] for i, (issue, o) in enumerate(zip(space.issues, row, strict=True))}
    parties = range(space.n_parties)
    accepted = [0] * space.n_parties
    gains = [Fraction(0)] * space.n_parties
    together = 0
    for s in range(batch.size):
        utility = [sum(int(batch.tables[i][s, o, p]) for i, o in enumerate(row)) for p in parties]
        for t, term in enumerate(space.interactions):
            if all(row[i] == o for i, o in term.options):
                utility[term.party] += int(batch.quantized_interactions[s, t])
        held = [r for k, r in enumerate(scenario.red_lines) if batch.red_lines[s, k]]
        accepts = [
            utility[p] >= int(batch.quantized_reservation[s, p])
            and all(satisfies(r.expression, outcome, scenario) for r in held if r.party == space.parties[p])
            for p in parties
        ]
        accepted = [a + b for a, b in zip(accepted, accepts, strict=True)]
        if all(accepts):
            together += 1
            for p in parties:
                gains[p] += Fraction(utility[p] - int(batch.quantized_reservation[s, p]), space.grid_scale[p])
    return {
        "count": Fraction(together),
        "min_party": Fraction(min(accepted) * (space.n_parties * batch.size + 1) + sum(accepted)),
        "nash": math.prod(gains, start=Fraction(1)),
        "max_min": min(gains),
    }


def _uncertain(scenario: Scenario) -> Scenario:
    data = scenario.model_dump(mode="python")
    for line in data["red_lines"]:
        line["confidence"] = "disputed"
    return with_ranges(Scenario.model_validate(data), 0.2)


@settings(max_examples=25, deadline=None)
@given(scenarios(interactions=True), st.integers(0, 2**32 - 1), st.integers(1, 5), st.booleans())
def test_every_key_finds_the_brute_force_best(scenario: Scenario, seed: int, k: int, belief: bool) -> None:
    uncertain = _uncertain(scenario)
    model = UncertaintyModel.from_scenario(
        uncertain, red_line_belief=parse_red_line_belief("disputed=0.5") if belief else None
    )
    (batch,) = model.sample(12, np.random.default_rng(seed))
    rng = np.random.default_rng(seed + 1)
    distance = tuple(rng.integers(0, 3, r).astype(np.int64) for r in model.space.radix)
    rows = list(np.ndindex(*model.space.radix))
    keys = [_exact_keys(uncertain, batch, row) for row in rows]
    for key in SEARCH_KEYS:
        found = top_outcomes(batch, k, distance, key=key)
        expected = sorted(
            (-values[key], int(sum(d[o] for d, o in zip(distance, row, strict=True))))
            for values, row in zip(keys, rows, strict=True)
        )[:k]
        got = [(-keys[rows.index(tuple(int(o) for o in f.row))][key], f.distance) for f in found]
        assert got == expected, key
        for f in found:
            assert f.count == keys[rows.index(tuple(int(o) for o in f.row))]["count"]


@pytest.mark.parametrize("name", sorted(PROPOSAL_RANKERS))
def test_each_ranker_scores_as_its_search_key_orders(name: str) -> None:
    """The ranker's float scores of the search's best packages descend and match the exact key."""
    scenario = _uncertain(
        Scenario.model_validate(
            {
                "id": "three",
                "parties": [{"id": f"p{p}", "reservation_value": 0.3} for p in range(3)],
                "issues": [
                    {"id": f"i{i}", "kind": "ordinal", "options": [{"id": f"o{j}"} for j in range(4)]}
                    for i in range(3)
                ],
                "preferences": [
                    {
                        "party": f"p{p}",
                        "weights": {"i0": 0.34, "i1": 0.33, "i2": 0.33},
                        "values": {
                            f"i{i}": {f"o{j}": ((j + p + i) % 4) / 3 for j in range(4)} for i in range(3)
                        },
                    }
                    for p in range(3)
                ],
            }
        )
    )
    (batch,) = UncertaintyModel.from_scenario(scenario).sample(40, np.random.default_rng(3))
    found = top_outcomes(batch, 8, key=RANKER_SEARCH_KEYS[name])
    rows = np.stack([f.row for f in found])
    evaluation = SampledEvaluation(batch.utilities(rows), batch.reservation, batch.acceptance(rows))
    scores = PROPOSAL_RANKERS[name](evaluation)
    assert all(a >= b - 1e-9 for a, b in itertools.pairwise(scores))
    everything = np.array(list(np.ndindex(*batch.space.radix)))
    all_scores = PROPOSAL_RANKERS[name](
        SampledEvaluation(batch.utilities(everything), batch.reservation, batch.acceptance(everything))
    )
    assert np.allclose(scores, np.sort(all_scores)[::-1][:8], rtol=1e-9, atol=1e-12)


def test_late_august_no_package_is_acceptable_to_all_and_the_fallback_says_so() -> None:
    scenario = truce.load_scenario("gaza-ceasefire-2024").with_variant("early_september_sep5")
    result = bridging_proposals(
        scenario, samples=200, seed=1, top=4, as_of=dt.date(2024, 9, 5), zone_samples=50
    )
    assert result.ranked_by == "min_party"
    said = "no package is acceptable to every party in any sample; ranked by the smallest party's P(accept)"
    assert any(said in f for f in result.findings)
    assert all(p.p_accept_all == 0.0 for p in result.proposals)
    smallest = [min(p.p_accept.values()) for p in result.proposals]
    assert smallest == sorted(smallest, reverse=True)
    assert [p.score for p in result.proposals] == smallest
    # ties in the smallest share go to the package closer to the parties' positions
    for a, b in itertools.pairwise(result.proposals):
        if min(a.p_accept.values()) == min(b.p_accept.values()):
            assert a.distance <= b.distance + 1e-9
    doc = result.to_json()
    assert doc["ranked_by"] == "min_party"
