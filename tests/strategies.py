"""Hypothesis strategies for small random scenarios.

Weights, values and reservation values are short decimals (multiples of 0.05
or two-digit decimals), as hand-written scenarios and ANAC domains use: they
tie often, and their float sums differ in the last bit where the exact sums
are equal, which is what the rational-arithmetic oracles check.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from truce.model.scenario import Scenario

DECIMALS = st.one_of(
    st.integers(min_value=0, max_value=20).map(lambda k: round(k / 20, 2)),
    st.integers(min_value=0, max_value=100).map(lambda k: round(k / 100, 2)),
)
"""Values in [0, 1]: mostly multiples of 0.05, sometimes any two-digit decimal."""


@st.composite
def weights(draw: st.DrawFn, n: int) -> list[float]:
    """n two-digit decimal weights (often multiples of 0.05) summing exactly to 1."""
    grid = draw(st.sampled_from([20, 100]))
    cuts = sorted(draw(st.lists(st.integers(0, grid), min_size=n - 1, max_size=n - 1)))
    bounds = [0, *cuts, grid]
    return [round((bounds[k + 1] - bounds[k]) / grid, 2) for k in range(n)]


@st.composite
def scenarios(
    draw: st.DrawFn,
    *,
    parties: tuple[int, int] = (2, 4),
    issues: tuple[int, int] = (1, 4),
    options: tuple[int, int] = (1, 4),
    red_lines: bool = True,
    interactions: bool = False,
) -> Scenario:
    """A small random scenario with short decimal numbers."""
    n_parties = draw(st.integers(*parties))
    n_issues = draw(st.integers(*issues))
    sizes = [draw(st.integers(*options)) for _ in range(n_issues)]
    issue_data = [
        {"id": f"i{i}", "kind": "ordinal", "options": [{"id": f"o{j}"} for j in range(n)]}
        for i, n in enumerate(sizes)
    ]
    preferences: list[dict[str, Any]] = []
    for p in range(n_parties):
        w = draw(weights(n_issues))
        values = {f"i{i}": {f"o{j}": draw(DECIMALS) for j in range(n)} for i, n in enumerate(sizes)}
        preference: dict[str, Any] = {
            "party": f"p{p}", "weights": {f"i{i}": w[i] for i in range(n_issues)}, "values": values,
        }
        if interactions and n_issues >= 2 and draw(st.booleans()):
            a, b = draw(st.permutations(range(n_issues)))[:2]
            preference["interactions"] = [{
                "when": {f"i{a}": f"o{draw(st.integers(0, sizes[a] - 1))}",
                         f"i{b}": f"o{draw(st.integers(0, sizes[b] - 1))}"},
                "value": round(draw(st.integers(-20, 20)) / 100, 2),
            }]
        preferences.append(preference)
    lines = []
    if red_lines:
        for k in range(draw(st.integers(0, 2))):
            i = draw(st.integers(0, n_issues - 1))
            allowed = draw(st.lists(st.integers(0, sizes[i] - 1), min_size=1, unique=True))
            lines.append({
                "id": f"r{k}",
                "party": f"p{draw(st.integers(0, n_parties - 1))}",
                "expression": f"i{i} in [{', '.join(f'o{j}' for j in allowed)}]",
            })
    return Scenario.model_validate({
        "id": "random",
        "parties": [{"id": f"p{p}", "reservation_value": round(draw(DECIMALS) / 2, 3)}
                    for p in range(n_parties)],
        "issues": issue_data,
        "preferences": preferences,
        "red_lines": lines,
    })


def with_ranges(scenario: Scenario, width: float) -> Scenario:
    """The same scenario with every weight, value and reservation value given a range."""
    data = scenario.model_dump(mode="python")

    def ranged(v: float) -> dict[str, Any]:
        return {"value": v, "range": [max(0.0, v - width), min(1.0, v + width)]}

    for party in data["parties"]:
        reservation = party["reservation_value"]
        point = reservation["value"] if isinstance(reservation, dict) else reservation
        party["reservation_value"] = ranged(point)
    for preference in data["preferences"]:
        preference["weights"] = {i: ranged(w) for i, w in preference["weights"].items()}
        preference["values"] = {
            i: {o: ranged(v) for o, v in vs.items()} for i, vs in preference["values"].items()
        }
    return Scenario.model_validate(data)
