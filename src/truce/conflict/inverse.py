"""Inverse analysis: which preference changes make a target state stable for everyone.

Kinsara, Kilgour & Hipel (2015), "Inverse approach to the graph model for
conflict resolution", IEEE Trans. SMC: Systems 45(5):734-742, characterise the
preferences under which a desired state is an equilibrium.  The key fact used
here: whether a target state t is stable for DM i (under Nash, GMR, SMR, SEQ
or SIM, with the others' preferences fixed) depends on i's preference only
through the set D_i of states i does *not* prefer to t.  Stability is
monotone in D_i, so the smallest change is the smallest set of states that i
must stop preferring to t.  For each DM we enumerate every minimum-size set
(a hitting-set search over the states i's improvements and the others'
sanctions can reach) and give the ranking that results when each of them is
moved into a tie with t.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations, product
from math import comb
from typing import Any

import numpy as np

from truce.arrays import IntArray
from truce.conflict.coalitions import coalition_reachable
from truce.conflict.model import GraphModel
from truce.conflict.moves import MoveGraph
from truce.conflict.stability import STABILITY_CONCEPTS
from truce.errors import ConflictModelError

__all__ = ["DecisionMakerChange", "InverseResult", "inverse_analysis"]

#: Give up on a DM when the subsets to test exceed this number.
SEARCH_LIMIT = 300_000
#: Alternatives listed per decision maker.
ALTERNATIVE_LIMIT = 12


@dataclass(frozen=True)
class DecisionMakerChange:
    """What must change in one DM's preferences for the target to be stable for it.

    ``alternatives`` lists minimum-size sets of state numbers the DM now
    prefers to the target and would have to value no more than the target
    (empty list inside = already stable; no alternatives = none found within
    ``max_changes``).  ``new_ranking`` is the ranking (tiers, most preferred
    first) after the first alternative.
    """

    decision_maker: str
    stable_now: bool
    alternatives: list[list[int]]
    new_ranking: list[list[int]] | None


@dataclass(frozen=True)
class InverseResult:
    """Inverse analysis of one target state under one concept."""

    target: int
    concept: str
    changes: list[DecisionMakerChange]
    equilibrium_after: bool | None

    def to_json(self) -> dict[str, Any]:
        """JSON form (state numbers as the case gives them)."""
        return {
            "target": self.target,
            "concept": self.concept,
            "equilibrium_after_changes": self.equilibrium_after,
            "decision_makers": {
                c.decision_maker: {
                    "stable_now": c.stable_now,
                    "demote_below_target": c.alternatives,
                    "new_ranking": c.new_ranking,
                }
                for c in self.changes
            },
        }


def _tiers(model: GraphModel, ranks: IntArray) -> list[list[int]]:
    levels = sorted(set(ranks.tolist()), reverse=True)
    return [model.ids(np.flatnonzero(ranks == level)) for level in levels]


Sanctions = dict[int, Any]


def _own_moves(moves: MoveGraph, dm: int, state: int) -> set[int]:
    return {int(layer[state]) for layer in moves.moves(dm) if layer[state] >= 0}


def _reach(moves: MoveGraph, others: list[int], start: int, *, improvements: bool) -> set[int]:
    return {s for s, _ in coalition_reachable(moves, others, start, improvements=improvements)}


def _reach_sanctions(moves: MoveGraph, dm: int, target: int, others: list[int],
                     concept: str) -> Sanctions:
    """GMR and SEQ: per move s1 of ``dm``, the others' (improvement) reach from s1."""
    return {s1: _reach(moves, others, s1, improvements=concept == "seq")
            for s1 in _own_moves(moves, dm, target)}


def _smr_sanctions(moves: MoveGraph, dm: int, target: int, others: list[int],
                   concept: str) -> Sanctions:
    """SMR: per move s1, the pairs (s2, dm's moves from s2) over the others' reach."""
    return {s1: [(s2, _own_moves(moves, dm, s2))
                 for s2 in _reach(moves, others, s1, improvements=False)]
            for s1 in _own_moves(moves, dm, target)}


def _joint_state(model: GraphModel, start: int, target: int, combo: tuple[int, ...]) -> int:
    """The state reached from ``start`` when the others' moves ``combo`` from target apply."""
    codes = model.codes
    code = int(codes[start])
    for t in combo:
        if t >= 0:
            changed = int(codes[target]) ^ int(codes[t])
            code = (code & ~changed) | (int(codes[t]) & changed)
    return int(model.lookup(np.asarray([code], dtype=np.int64))[0])


def _sim_sanctions(moves: MoveGraph, dm: int, target: int, others: list[int],
                   concept: str) -> Sanctions:
    """SIM: per move s1, the feasible states of the others' joint UIs from the target."""
    choices = [[-1, *(int(layer[target]) for layer in moves.improvements(k)
                      if layer[target] >= 0)] for k in others]
    combos = [combo for combo in product(*choices) if any(c >= 0 for c in combo)]
    sanctions: Sanctions = {}
    for s1 in _own_moves(moves, dm, target):
        reached = {_joint_state(moves.model, s1, target, combo) for combo in combos}
        sanctions[s1] = reached - {-1}
    return sanctions


def _nash_sanctions(moves: MoveGraph, dm: int, target: int, others: list[int],
                    concept: str) -> Sanctions:
    """Nash: no sanctions at all."""
    return {}


SANCTIONS: dict[str, Callable[[MoveGraph, int, int, list[int], str], Sanctions]] = {
    "nash": _nash_sanctions, "gmr": _reach_sanctions, "seq": _reach_sanctions,
    "smr": _smr_sanctions, "sim": _sim_sanctions,
}


def _relevant(concept: str, own: set[int], sanctions: Sanctions) -> set[int]:
    """The states whose preference can change the test's answer."""
    relevant = set(own)
    for found in sanctions.values():
        if concept == "smr":
            for s2, escapes in found:
                relevant |= {s2} | escapes
        else:
            relevant |= found
    return relevant


def _stability_test(
    moves: MoveGraph, dm: int, target: int, concept: str
) -> tuple[Callable[[set[int]], bool], set[int]]:
    """A fast test ``D -> stable?`` at ``target`` for ``dm``, and the states it looks at."""
    if concept not in SANCTIONS:
        raise ConflictModelError(f"unknown stability concept {concept!r}",
                                 hint="use one of: " + ", ".join(STABILITY_CONCEPTS))
    others = [k for k in range(moves.model.n_dms) if k != dm]
    own_moves = _own_moves(moves, dm, target)
    sanctions = SANCTIONS[concept](moves, dm, target, others, concept)

    def sanctioned(s1: int, not_preferred: set[int]) -> bool:
        if concept == "nash":
            return False
        if concept == "smr":
            return any(s2 in not_preferred and escapes <= not_preferred
                       for s2, escapes in sanctions[s1])
        return bool(sanctions[s1] & not_preferred)

    def test(not_preferred: set[int]) -> bool:
        return all(sanctioned(s1, not_preferred) for s1 in own_moves - not_preferred)

    return test, _relevant(concept, own_moves, sanctions)


def _minimum_sets(test: Callable[[set[int]], bool], not_preferred: set[int],
                  candidates: list[int], max_changes: int) -> list[tuple[int, ...]]:
    """Every smallest set of candidates (at most ``max_changes``) whose demotion passes."""
    if test(not_preferred):
        return [()]
    for size in range(1, min(max_changes, len(candidates)) + 1):
        if comb(len(candidates), size) > SEARCH_LIMIT:
            break
        found = [subset for subset in combinations(candidates, size)
                 if test(not_preferred | set(subset))]
        if found:
            return found
    return []


def inverse_analysis(
    model: GraphModel, target: int, concept: str = "gmr", *, max_changes: int = 3
) -> InverseResult:
    """Smallest preference changes that make state ``target`` an equilibrium under ``concept``.

    Parameters
    ----------
    model
        The conflict.
    target
        State number (as the case gives it) that should become an equilibrium.
    concept
        Stability concept key (``nash``, ``gmr``, ``smr``, ``seq``, ``sim``).
    max_changes
        Largest number of states per DM to demote below the target.
    """
    t = model.index_of(target)
    moves = MoveGraph(model)
    changes: list[DecisionMakerChange] = []
    new_ranks = model.ranks.copy()
    feasible = True
    for dm, name in enumerate(model.dm_names):
        ranks = model.ranks[dm]
        not_preferred = set(np.flatnonzero(ranks <= ranks[t]).tolist())
        test, relevant = _stability_test(moves, dm, t, concept)
        stable_now = test(not_preferred)
        candidates = sorted(s for s in relevant if ranks[s] > ranks[t])
        found = _minimum_sets(test, not_preferred, candidates, max_changes)
        alternatives = [model.ids(np.asarray(s, dtype=np.int64)) for s in found]
        alternatives = alternatives[:ALTERNATIVE_LIMIT]
        ranking: list[list[int]] | None = None
        if found:
            adjusted = ranks.copy()
            adjusted[list(found[0])] = ranks[t]  # tie with the target
            new_ranks[dm] = adjusted
            ranking = _tiers(model, adjusted)
        else:
            feasible = False
        changes.append(DecisionMakerChange(name, stable_now, alternatives, ranking))
    equilibrium_after: bool | None = None
    if feasible:
        check = MoveGraph(model.with_ranks(new_ranks))
        function = STABILITY_CONCEPTS[concept].function
        equilibrium_after = all(bool(function(check, dm)[t]) for dm in range(model.n_dms))
    return InverseResult(target=int(target), concept=concept, changes=changes,
                         equilibrium_after=equilibrium_after)
