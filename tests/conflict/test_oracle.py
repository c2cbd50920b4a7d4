"""The fast engine agrees with brute-force textbook definitions on small random conflicts."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conflict import gmcr_oracle as oracle
from truce.conflict import STABILITY_CONCEPTS, DecisionMaker, GraphModel, MoveGraph, Option
from truce.conflict.overview import analyze_conflict
from truce.conflict.status_quo import status_quo_reach

REVERSIBILITY = ("both", "both", "forward", "backward")


@st.composite
def conflicts(draw: st.DrawFn, max_dms: int = 4) -> tuple[GraphModel, oracle.RawCase]:
    n_dms = draw(st.integers(2, max_dms))
    sizes = [draw(st.integers(1, 2)) for _ in range(n_dms)]
    while sum(sizes) > 6:
        sizes[sizes.index(max(sizes))] -= 1
    n_options = sum(sizes)
    reversibility = [draw(st.sampled_from(REVERSIBILITY)) for _ in range(n_options)]
    all_codes = list(range(1 << n_options))
    keep = draw(st.lists(st.booleans(), min_size=len(all_codes), max_size=len(all_codes)))
    codes = [c for c, k in zip(all_codes, keep, strict=True) if k] or all_codes[:2]
    if len(codes) < 2:
        codes = all_codes[:2]
    n = len(codes)
    ranks = [draw(st.lists(st.integers(0, n - 1), min_size=n, max_size=n)) for _ in range(n_dms)]
    dms, masks, offset, j = [], [], 0, 0
    for d, size in enumerate(sizes):
        options = tuple(Option(f"o{j + k}", reversibility[j + k]) for k in range(size))  # type: ignore[arg-type]
        dms.append(DecisionMaker(f"DM{d + 1}", options))
        masks.append(((1 << size) - 1) << offset)
        offset += size
        j += size
    forward = sum(1 << k for k, r in enumerate(reversibility) if r == "forward")
    backward = sum(1 << k for k, r in enumerate(reversibility) if r == "backward")
    model = GraphModel(
        name="random", decision_makers=tuple(dms), codes=np.asarray(codes, dtype=np.int64),
        state_ids=np.arange(1, n + 1, dtype=np.int64), ranks=np.asarray(ranks, dtype=np.int64),
        status_quo=draw(st.integers(0, n - 1)),
    )
    return model, oracle.RawCase(codes, masks, forward, backward, ranks)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conflicts())
def test_every_concept_matches_brute_force(case: tuple[GraphModel, oracle.RawCase]) -> None:
    model, raw = case
    moves = MoveGraph(model)
    for key, concept in STABILITY_CONCEPTS.items():
        for dm in range(model.n_dms):
            fast = concept.function(moves, dm).tolist()
            slow = [oracle.stable(raw, key, dm, s) for s in range(model.n_states)]
            assert fast == slow, (key, dm)


@settings(max_examples=100, deadline=None)
@given(conflicts())
def test_status_quo_reach_matches_brute_force(case: tuple[GraphModel, oracle.RawCase]) -> None:
    model, raw = case
    assert model.status_quo is not None
    reach = status_quo_reach(MoveGraph(model), model.status_quo)
    assert set(reach.reachable.tolist()) == oracle.status_quo_reachable(raw, model.status_quo)
    for state in reach.reachable.tolist():
        path = reach.path_to(state)
        assert path is not None
        position, last = model.status_quo, -1
        for origin, mover, target in path:
            assert origin == position and mover != last
            assert target in oracle.improvements(raw, mover, origin)
            position, last = target, mover
        assert position == state


@settings(max_examples=100, deadline=None)
@given(conflicts())
def test_implications_between_concepts(case: tuple[GraphModel, oracle.RawCase]) -> None:
    """Fang, Hipel & Kilgour (1993): R => GMR, SMR, SEQ; SMR => GMR; SEQ => GMR."""
    model, _ = case
    result = analyze_conflict(model)
    s = result.stable
    assert not np.any(s["nash"] & ~s["gmr"])
    assert not np.any(s["nash"] & ~s["smr"])
    assert not np.any(s["nash"] & ~s["seq"])
    assert not np.any(s["nash"] & ~s["sim"])
    assert not np.any(s["smr"] & ~s["gmr"])
    assert not np.any(s["seq"] & ~s["gmr"])
    moves = MoveGraph(model)
    calm = ~moves.has_improvement.any(axis=0)  # nobody can improve
    assert np.all(result.equilibrium_mask("nash")[calm])


@st.composite
def open_products(draw: st.DrawFn) -> tuple[GraphModel, oracle.RawCase]:
    """Every combination feasible and every option reversible (the engine's shortcut path)."""
    n_dms = draw(st.integers(2, 4))
    sizes = [draw(st.integers(1, 2)) for _ in range(n_dms)]
    while sum(sizes) > 6:
        sizes[sizes.index(max(sizes))] -= 1
    n = 1 << sum(sizes)
    ranks = [draw(st.lists(st.integers(0, n - 1), min_size=n, max_size=n)) for _ in range(n_dms)]
    dms, masks, offset = [], [], 0
    for d, size in enumerate(sizes):
        dms.append(DecisionMaker(f"DM{d + 1}", tuple(Option(f"o{d}{k}") for k in range(size))))
        masks.append(((1 << size) - 1) << offset)
        offset += size
    model = GraphModel(
        name="product", decision_makers=tuple(dms), codes=np.arange(n, dtype=np.int64),
        state_ids=np.arange(1, n + 1, dtype=np.int64), ranks=np.asarray(ranks, dtype=np.int64),
    )
    return model, oracle.RawCase(list(range(n)), masks, 0, 0, ranks)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(open_products())
def test_open_product_shortcut_matches_brute_force(
    case: tuple[GraphModel, oracle.RawCase],
) -> None:
    model, raw = case
    moves = MoveGraph(model)
    for key in STABILITY_CONCEPTS:
        for dm in range(model.n_dms):
            fast = STABILITY_CONCEPTS[key].function(moves, dm).tolist()
            slow = [oracle.stable(raw, key, dm, s) for s in range(model.n_states)]
            assert fast == slow, (key, dm)


def test_threaded_path_of_large_conflicts_matches_the_per_dm_functions() -> None:
    """From 2^16 states the registry computes all DMs at once on threads."""
    from truce.conflict import (
        general_metarationality,
        sequential_stability,
        simultaneous_sanctioning,
        symmetric_metarationality,
    )
    from truce.conflict.parallel import PARALLEL_STATES

    rng = np.random.default_rng(16)
    n_dms, bits = 8, 16
    n = 1 << bits
    assert n >= PARALLEL_STATES
    dms = tuple(DecisionMaker(f"DM{d}", (Option(f"a{d}"), Option(f"b{d}"))) for d in range(n_dms))
    model = GraphModel(
        name="large", decision_makers=dms, codes=np.arange(n, dtype=np.int64),
        state_ids=np.arange(1, n + 1, dtype=np.int64), ranks=rng.integers(0, n, size=(n_dms, n)),
    )
    single = {"gmr": general_metarationality, "smr": symmetric_metarationality,
              "seq": sequential_stability, "sim": simultaneous_sanctioning}
    threaded, plain = MoveGraph(model), MoveGraph(model)
    for key, function in single.items():
        for dm in (0, n_dms - 1):
            assert np.array_equal(STABILITY_CONCEPTS[key].function(threaded, dm), function(plain, dm)), key


def test_simultaneous_sanctioning_of_many_deciders_matches_brute_force() -> None:
    """Ten one-option DMs: the passes over one and two other movers, then the joint search."""
    rng = np.random.default_rng(7)
    n_dms = 10
    n = 1 << n_dms
    dms = tuple(DecisionMaker(f"DM{d}", (Option(f"o{d}"),)) for d in range(n_dms))
    ranks = rng.integers(0, n, size=(n_dms, n))
    model = GraphModel(
        name="many", decision_makers=dms, codes=np.arange(n, dtype=np.int64),
        state_ids=np.arange(1, n + 1, dtype=np.int64), ranks=ranks,
    )
    raw = oracle.RawCase(list(range(n)), [1 << d for d in range(n_dms)], 0, 0, ranks.tolist())
    moves = MoveGraph(model)
    for dm in (5,):
        fast = STABILITY_CONCEPTS["sim"].function(moves, dm).tolist()
        assert fast == [oracle.stable(raw, "sim", dm, s) for s in range(n)]
