"""Hypothesis strategies for small random scenarios.

Weights and values are multiples of 1/8 (exact in binary), so the brute-force
oracles can compare sums exactly without sharing code with the engine.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from truce.model.scenario import Scenario

EIGHTHS = st.integers(min_value=0, max_value=8).map(lambda k: k / 8)


@st.composite
def weights(draw: st.DrawFn, n: int) -> list[float]:
    """n weights, multiples of 1/8, summing to 1."""
    cuts = sorted(draw(st.lists(st.integers(0, 8), min_size=n - 1, max_size=n - 1)))
    bounds = [0, *cuts, 8]
    return [(bounds[k + 1] - bounds[k]) / 8 for k in range(n)]


@st.composite
def scenarios(
    draw: st.DrawFn,
    *,
    parties: tuple[int, int] = (2, 3),
    issues: tuple[int, int] = (1, 4),
    options: tuple[int, int] = (1, 4),
    red_lines: bool = True,
    interactions: bool = False,
) -> Scenario:
    """A small random scenario in the exact 1/8 grid."""
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
        values = {f"i{i}": {f"o{j}": draw(EIGHTHS) for j in range(n)} for i, n in enumerate(sizes)}
        preference: dict[str, Any] = {"party": f"p{p}", "weights": {f"i{i}": w[i] for i in range(n_issues)}, "values": values}
        if interactions and n_issues >= 2 and draw(st.booleans()):
            a, b = draw(st.permutations(range(n_issues)))[:2]
            preference["interactions"] = [{
                "when": {f"i{a}": f"o{draw(st.integers(0, sizes[a] - 1))}", f"i{b}": f"o{draw(st.integers(0, sizes[b] - 1))}"},
                "value": draw(st.integers(-4, 4)) / 8,
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
        "parties": [{"id": f"p{p}", "reservation_value": draw(EIGHTHS) / 2} for p in range(n_parties)],
        "issues": issue_data,
        "preferences": preferences,
        "red_lines": lines,
    })
