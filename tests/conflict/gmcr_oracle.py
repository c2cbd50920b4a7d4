"""Brute-force graph-model stability, straight from the textbook definitions.

Written independently of ``truce.conflict`` (sets and loops, no layers, no
fixed points) to serve as the oracle for the fast engine.  Definitions:
Fang, Hipel & Kilgour (1993), as restated in ``data/gmcr/FORMAT.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product


@dataclass
class RawCase:
    """A conflict as plain data: option codes of states, option masks per DM, ranks."""

    codes: list[int]          # option code of each state (index = state)
    masks: list[int]          # options each DM controls
    forward: int              # options that can only go N -> Y
    backward: int             # options that can only go Y -> N
    ranks: list[list[int]]    # ranks[i][s], larger = preferred


def moves(case: RawCase, i: int, s: int) -> set[int]:
    out = set()
    for t, code in enumerate(case.codes):
        changed = code ^ case.codes[s]
        if t == s or changed == 0 or changed & ~case.masks[i]:
            continue
        if changed & case.forward & case.codes[s]:      # forward option switched off
            continue
        if changed & case.backward & ~case.codes[s]:    # backward option switched on
            continue
        out.add(t)
    return out


def improvements(case: RawCase, i: int, s: int) -> set[int]:
    return {t for t in moves(case, i, s) if case.ranks[i][t] > case.ranks[i][s]}


def reachable(case: RawCase, group: list[int], s: int, *, ui: bool) -> set[int]:
    """R_H(s) (or R_H^+(s)): legal sequences of length >= 1, no DM twice in a row."""
    step = improvements if ui else moves
    seen: set[tuple[int, int]] = set()
    todo = [(s, -1)]
    while todo:
        x, last = todo.pop()
        for k in group:
            if k == last:
                continue
            for y in step(case, k, x):
                if (y, k) not in seen:
                    seen.add((y, k))
                    todo.append((y, k))
    return {y for y, _ in seen}


def stable(case: RawCase, concept: str, i: int, s: int) -> bool:
    n_dm = len(case.masks)
    others = [k for k in range(n_dm) if k != i]
    r = case.ranks[i]
    for s1 in improvements(case, i, s):
        if concept == "nash":
            return False
        if concept == "gmr":
            ok = any(r[s2] <= r[s] for s2 in reachable(case, others, s1, ui=False))
        elif concept == "smr":
            ok = any(
                r[s2] <= r[s] and all(r[s3] <= r[s] for s3 in moves(case, i, s2))
                for s2 in reachable(case, others, s1, ui=False)
            )
        elif concept == "seq":
            ok = any(r[s2] <= r[s] for s2 in reachable(case, others, s1, ui=True))
        elif concept == "sim":
            ok = False
            choices = [[None, *sorted(improvements(case, k, s))] for k in others]
            for combo in product(*choices):
                if all(c is None for c in combo):
                    continue
                code = case.codes[s1]
                for k, t in zip(others, combo, strict=True):
                    if t is not None:
                        code = (code & ~case.masks[k]) | (case.codes[t] & case.masks[k])
                if code in case.codes and r[case.codes.index(code)] <= r[s]:
                    ok = True
                    break
        else:
            raise ValueError(concept)
        if not ok:
            return False
    return True


def status_quo_reachable(case: RawCase, start: int) -> set[int]:
    return {start} | reachable(case, list(range(len(case.masks))), start, ui=True)
