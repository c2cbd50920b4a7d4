"""Fast paths of the open product agree with the general kernels on random conflicts.

The general kernels are themselves checked against the brute-force oracle
(test_oracle.py) on small cases; here the fast paths are compared with them on
cases too large for the oracle (up to 2^12 states), with irreversible options
and heavily tied ranks.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conflict import gmcr_oracle as oracle
from truce.conflict import DecisionMaker, GraphModel, MoveGraph, Option, simultaneous
from truce.conflict.reach import INF32, closure_minimum, coalition_minimum
from truce.conflict.status_quo import status_quo_reach

REVERSIBILITY = ("both", "both", "both", "forward", "backward")


@st.composite
def implicit_models(draw: st.DrawFn, max_bits: int = 12) -> GraphModel:
    """Every option combination a state (index = code), moves from options."""
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    n_dms = draw(st.integers(2, 6))
    sizes = [draw(st.integers(1, 3)) for _ in range(n_dms)]
    while sum(sizes) > max_bits:
        sizes[sizes.index(max(sizes))] -= 1
    n = 1 << sum(sizes)
    levels = draw(st.sampled_from([2, 5, n]))  # few levels: many ties
    dms = tuple(
        DecisionMaker(f"DM{d}", tuple(
            Option(f"o{d}{k}", draw(st.sampled_from(REVERSIBILITY)))
            for k in range(size)))
        for d, size in enumerate(sizes))
    return GraphModel(
        name="implicit", decision_makers=dms, codes=np.arange(n, dtype=np.int64),
        state_ids=np.arange(1, n + 1, dtype=np.int64),
        ranks=rng.integers(0, levels, size=(n_dms, n)), status_quo=0)


@settings(max_examples=60, deadline=None)
@given(implicit_models())
def test_closure_minimum_is_the_legal_sequence_minimum_with_the_start(model: GraphModel) -> None:
    """Merging a member's consecutive improvements loses no state of R^+_H."""
    moves = MoveGraph(model)
    assert moves.implicit
    values = model.ranks[0].astype(np.int32)
    for size in range(1, model.n_dms + 1):
        coalition = list(range(model.n_dms - size, model.n_dms))
        layer_sets = [moves.layers_of(k, improvements=True) for k in coalition]
        general = np.minimum(values, coalition_minimum(layer_sets, values)) if size > 1 else \
            np.minimum.reduce([values, *(layer.pull(np.append(values, INF32))
                                         for layer in layer_sets[0])])
        assert np.array_equal(closure_minimum(layer_sets, values), general), size


def _full_product(name: str, sizes: list[int], ranks: np.ndarray) -> tuple[GraphModel, oracle.RawCase]:
    """Every combination of ``sizes[d]`` options per DM feasible, with these ranks, and the oracle's case."""
    n = 1 << sum(sizes)
    dms = tuple(DecisionMaker(f"DM{d}", tuple(Option(f"o{d}{k}") for k in range(size)))
                for d, size in enumerate(sizes))
    model = GraphModel(name=name, decision_makers=dms, codes=np.arange(n, dtype=np.int64),
                       state_ids=np.arange(1, n + 1, dtype=np.int64), ranks=ranks)
    masks = [((1 << size) - 1) << sum(sizes[:d]) for d, size in enumerate(sizes)]  # not the model's own
    return model, oracle.RawCase(list(range(n)), masks, 0, 0, ranks.tolist())


def _assert_every_concept_matches_the_oracle(model: GraphModel, raw: oracle.RawCase) -> None:
    from truce.conflict import STABILITY_CONCEPTS

    moves = MoveGraph(model)
    for key, concept in STABILITY_CONCEPTS.items():
        for dm in range(len(model.decision_makers)):
            fast = concept.function(moves, dm).tolist()
            assert fast == [oracle.stable(raw, key, dm, s) for s in range(model.n_states)], (key, dm)


@pytest.mark.parametrize("seed", range(4))
def test_joint_move_search_in_small_blocks_matches_brute_force(
    seed: int, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SIM's joint-move growth gives the same answer however the UI pairs are blocked."""
    rng = np.random.default_rng(seed)
    sizes = [2, 2, 1, 2] if seed % 2 else [1, 1, 1, 1, 1, 1, 1]
    n = 1 << sum(sizes)
    model, raw = _full_product("blocks", sizes, rng.integers(0, n, size=(len(sizes), n)))
    monkeypatch.setattr(simultaneous, "GROW_BLOCK", 3)
    moves = MoveGraph(model)
    for dm in range(len(sizes)):
        fast = simultaneous.simultaneous_sanctioning(moves, dm).tolist()
        assert fast == [oracle.stable(raw, "sim", dm, s) for s in range(n)], dm


def _as_tables(model: GraphModel) -> MoveGraph:
    """The same conflict with moves kept as index tables (the general path)."""
    moves = MoveGraph(model)
    moves.__dict__["identity_codes"] = False  # cached properties: skip the open-product paths
    moves.__dict__["implicit"] = False
    return moves


@settings(max_examples=60, deadline=None)
@given(implicit_models(max_bits=10), st.data())
def test_status_quo_search_over_option_flips_matches_index_tables(
    model: GraphModel, data: st.DataObject,
) -> None:
    """Pulls and pushes by option flips give the distances and parents of the table search."""
    start = data.draw(st.integers(0, model.n_states - 1))
    moves = MoveGraph(model)
    assert moves.implicit
    fast = status_quo_reach(moves, start)
    general = status_quo_reach(_as_tables(model), start)
    for field in ("distance", "parent_state", "parent_mover"):
        assert np.array_equal(getattr(fast, field), getattr(general, field)), field
    if model.n_states <= 1 << 7:
        raw = oracle.RawCase(list(range(model.n_states)), list(model.dm_masks), model.forward_mask,
                             model.backward_mask, model.ranks.tolist())
        assert set(fast.reachable.tolist()) == oracle.status_quo_reachable(raw, start)


@pytest.mark.parametrize(("buckets", "walk_factor", "listed"),
                         [(255, 16, 1 << 17), (3, 16, 1 << 17), (255, 10**9, 1 << 17), (3, 0, 1 << 17),
                          (255, 10**9, 8)])
@settings(max_examples=25, deadline=None)
@given(model=implicit_models(max_bits=8))
def test_every_route_of_simultaneous_sanctioning_matches_brute_force(
    model: GraphModel, buckets: int, walk_factor: int, listed: int,
) -> None:
    """SIM is exact whichever route settles a pair: coarse rank buckets (three buckets leave
    most comparisons undecided), walking i's low states for every pair, for none, or only
    for pairs below a low cap of listed states."""
    from truce.conflict import buckets as bucket_module
    from truce.conflict import low_states

    raw = oracle.RawCase(list(range(model.n_states)), list(model.dm_masks), model.forward_mask,
                         model.backward_mask, model.ranks.tolist())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bucket_module, "BUCKETS", buckets)
        patch.setattr(low_states, "WALK_FACTOR", walk_factor)
        patch.setattr(low_states, "LISTED_STATES", listed)
        moves = MoveGraph(model)
        for dm in range(model.n_dms):
            fast = simultaneous.simultaneous_sanctioning(moves, dm).tolist()
            assert fast == [oracle.stable(raw, "sim", dm, s) for s in range(model.n_states)], dm


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 9), st.data())
def test_bit_layout_round_trips_and_flips_like_an_xor_of_codes(bits: int, data: st.DataObject) -> None:
    """A rotated order's copy goes back exactly, and its flipped view is ``values[s ^ flip]``."""
    from truce.conflict.buckets import BitLayout

    low = data.draw(st.integers(0, bits))
    flip = data.draw(st.integers(1, (1 << bits) - 1))
    layout = BitLayout(bits, low)
    values = np.random.default_rng(bits).permutation(1 << bits)
    ordered = layout.to(values)
    assert np.array_equal(layout.back(ordered), values)
    flipped = np.ascontiguousarray(layout.flipped(ordered.reshape((2,) * bits), flip)).reshape(-1)
    assert np.array_equal(layout.back(flipped), values[np.arange(1 << bits) ^ flip])


@given(st.lists(st.integers(-(2**62), 2**62), min_size=1, max_size=60))
def test_rank_buckets_never_reverse_an_order(ranks: list[int]) -> None:
    """A lower bucket means a lower rank; exact buckets are the ranks themselves."""
    from truce.conflict.buckets import rank_buckets

    array = np.asarray(ranks, dtype=np.int64)
    buckets, exact = rank_buckets(array)
    low, high = np.meshgrid(array, array)
    b_low, b_high = np.meshgrid(buckets.astype(int), buckets.astype(int))
    assert not np.any((b_low < b_high) & (low >= high))
    assert int(buckets.max()) < 255
    if exact:
        assert np.array_equal(buckets.astype(np.int64), array - array.min())


def test_status_quo_search_deeper_than_a_byte_widens_its_distances() -> None:
    """A chain of 300 states taken in turns by two DMs: distances beyond 127 are kept exactly."""
    n = 300
    dms = (DecisionMaker("A", (Option("a"),)), DecisionMaker("B", (Option("b"),)))
    steps = np.arange(n - 1, dtype=np.int64)
    moves_a = (steps[steps % 2 == 0], steps[steps % 2 == 0] + 1)
    moves_b = (steps[steps % 2 == 1], steps[steps % 2 == 1] + 1)
    ranks = np.tile(np.arange(n, dtype=np.int64), (2, 1))  # every step up the chain improves
    model = GraphModel(name="chain", decision_makers=dms, codes=np.arange(n, dtype=np.int64),
                       state_ids=np.arange(1, n + 1, dtype=np.int64), ranks=ranks,
                       explicit_moves=(moves_a, moves_b), status_quo=0)
    reach = status_quo_reach(MoveGraph(model), 0)
    assert reach.reachable.tolist() == list(range(n))
    assert int(reach.distance[0, n - 1]) == n - 1  # the last step, from 298, is A's
    assert int(reach.distance[1, n - 1]) == -1
    path = reach.path_to(n - 1)
    assert path is not None and len(path) == n - 1
    assert [mover for _, mover, _ in path] == [step % 2 for step in range(n - 1)]


def test_a_decision_maker_without_options_matches_brute_force() -> None:
    """A DM that controls no option has no move: every concept still agrees with the oracle."""
    rng = np.random.default_rng(3)
    sizes = [2, 0, 2, 1, 2]
    n = 1 << sum(sizes)
    ranks = rng.integers(0, n, size=(len(sizes), n))
    _assert_every_concept_matches_the_oracle(*_full_product("idle", sizes, ranks))


@pytest.mark.parametrize("seed", range(4))
def test_ranks_beyond_int32_give_the_brute_force_answers(seed: int) -> None:
    """Only the ranks' order matters: ranks up to ±2^62 (and far-apart ties) change no answer."""
    rng = np.random.default_rng(seed)
    sizes = [2, 1, 1, 2]
    n = 1 << sum(sizes)
    if seed % 2:
        ranks = rng.integers(-(2**62), 2**62, size=(len(sizes), n))
    else:
        ranks = rng.integers(0, 3, size=(len(sizes), n)) * 2**40
    _assert_every_concept_matches_the_oracle(*_full_product("wide", sizes, ranks))
