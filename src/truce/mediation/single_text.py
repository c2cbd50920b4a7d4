"""The single-negotiating-text procedure and logrolling (Raiffa 1982, chs. 14 and 16).

Single negotiating text: the mediator drafts one text and improves it step by
step; a party vetoes any change that leaves it worse off or crosses one of
its red lines the text did not cross.  Each step takes the change of one
issue, or else of two issues at once (a logroll), that no party vetoes and
that gives the largest total gain, until no such change remains.  If the text
is then still Pareto-dominated (a change of three or more issues would help
everyone), the last step moves to the dominating frontier point with the
largest smallest gain, so the procedure ends on the Pareto frontier: no party
can be made better off without another objecting.

Logrolling: pairs of issues on which trading concessions raises every party's
utility although neither change alone would be accepted, ranked by joint gain.

Comparisons use the exact integer utility grid.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations

import numpy as np

from truce.analysis.frontier import pareto_frontier
from truce.arrays import BoolArray, FloatArray, IntArray
from truce.mediation.repair import common_units, text_row
from truce.model.outcomes import OutcomeSpace

__all__ = ["Logroll", "TextStep", "logrolls", "single_negotiating_text"]


@dataclass(frozen=True)
class TextStep:
    """One step of the procedure: the text after it, the issues changed and the utilities."""

    outcome: dict[str, str]
    changed_issues: tuple[str, ...]
    utility: FloatArray


@dataclass(frozen=True)
class Logroll:
    """Trading issue ``issues[0]`` against ``issues[1]``: the new options and each party's gain."""

    issues: tuple[str, str]
    options: tuple[str, str]
    gains: FloatArray


def _vetoed(space: OutcomeSpace, current: IntArray, candidates: IntArray) -> BoolArray:
    """Candidates some party vetoes: worse for it, or crossing a red line of it the text does not cross."""
    base = space.integer_utilities(current[None])[0]
    worse = (space.integer_utilities(candidates) < base).any(axis=1)
    if space.red_lines:
        crossed_now = ~space.red_line_masks(current[None])[0]
        worse |= (~space.red_line_masks(candidates) & ~crossed_now).any(axis=1)
    return np.asarray(worse)


def _neighbors(space: OutcomeSpace, current: IntArray, size: int) -> tuple[IntArray, list[tuple[int, ...]]]:
    rows, changed = [], []
    for issues in combinations(range(len(space.issues)), size):
        grids = np.stack(np.meshgrid(*(np.arange(space.radix[i]) for i in issues), indexing="ij"), -1)
        for options in grids.reshape(-1, size):
            if all(options[k] != current[i] for k, i in enumerate(issues)):
                row = current.copy()
                row[list(issues)] = options
                rows.append(row)
                changed.append(issues)
    return (np.array(rows, dtype=np.int64).reshape(-1, len(space.issues)), changed)


def _improvement(space: OutcomeSpace, current: IntArray) -> tuple[IntArray, tuple[int, ...]] | None:
    base = space.integer_utilities(current[None])[0]
    for size in (1, 2):
        rows, changed = _neighbors(space, current, size)
        if len(rows) == 0:
            continue
        gains = space.integer_utilities(rows) - base
        ok = ~_vetoed(space, current, rows) & (gains > 0).any(axis=1)
        if ok.any():
            total = (gains.astype(object) * np.array(common_units(space), dtype=object)).sum(axis=1)
            k = max(np.flatnonzero(ok), key=lambda j: (total[j], -j))  # first of the largest: deterministic
            return rows[k], changed[k]
    return None


def single_negotiating_text(
    space: OutcomeSpace, start: Mapping[str, str], *, max_steps: int = 100
) -> tuple[TextStep, ...]:
    """Improve the complete text ``start`` step by step (see the module docstring).

    The first step is the start itself.
    """
    fixed = text_row(space, start)
    current = np.array([fixed[i] for i in range(len(space.issues))], dtype=np.int64)
    steps = [TextStep(space.outcome_ids(current), (), space.utilities(current[None])[0])]
    for _ in range(max_steps):
        found = _improvement(space, current)
        if found is None:
            break
        current, changed = found
        steps.append(
            TextStep(
                space.outcome_ids(current),
                tuple(space.issues[i] for i in changed),
                space.utilities(current[None])[0],
            )
        )
    frontier = pareto_frontier(space, respect_red_lines=bool(space.red_lines))
    if len(frontier):
        base = space.integer_utilities(current[None])[0]
        points = space.integer_utilities(frontier.outcomes)
        better = (points >= base).all(axis=1) & (points > base).any(axis=1)
        better &= ~_vetoed(space, current, frontier.outcomes)
        if better.any():
            # smallest gain in utility units: exact as fractions of each party's scale
            gain = [
                [Fraction(int(g), d) for g, d in zip(row, space.scale, strict=True)] for row in points - base
            ]
            best = max(np.flatnonzero(better), key=lambda j: (min(gain[j]), -j))
            target = frontier.outcomes[best]
            changed_all = tuple(space.issues[i] for i in range(len(space.issues)) if target[i] != current[i])
            steps.append(TextStep(space.outcome_ids(target), changed_all, space.utilities(target[None])[0]))
    return tuple(steps)


def logrolls(space: OutcomeSpace, text: Mapping[str, str]) -> tuple[Logroll, ...]:
    """Pairs of issues whose joint change raises every party's utility, neither change being accepted alone.

    For each pair the best trade (largest total gain) is kept; pairs are ranked by it.
    """
    fixed = text_row(space, text)
    current = np.array([fixed[i] for i in range(len(space.issues))], dtype=np.int64)
    base = space.integer_utilities(current[None])[0]
    singles, single_changed = _neighbors(space, current, 1)
    accepted_alone = {
        (single_changed[k][0], int(singles[k][single_changed[k][0]]))
        for k in np.flatnonzero(~_vetoed(space, current, singles))
    }
    rows, changed = _neighbors(space, current, 2)
    if len(rows) == 0:
        return ()
    gains = space.integer_utilities(rows) - base
    total = (gains.astype(object) * np.array(common_units(space), dtype=object)).sum(axis=1)
    ok = (gains > 0).all(axis=1) & ~_vetoed(space, current, rows)
    best: dict[tuple[int, ...], int] = {}
    for k in np.flatnonzero(ok):
        i, j = changed[k]
        if (i, int(rows[k][i])) in accepted_alone or (j, int(rows[k][j])) in accepted_alone:
            continue  # not a trade: one half is accepted on its own
        if changed[k] not in best or total[k] > total[best[changed[k]]]:
            best[changed[k]] = int(k)
    ranked = sorted(best.values(), key=lambda k: (-total[k], k))
    float_base = space.utilities(current[None])[0]
    return tuple(
        Logroll(
            (space.issues[changed[k][0]], space.issues[changed[k][1]]),
            (
                space.options[changed[k][0]][rows[k][changed[k][0]]],
                space.options[changed[k][1]][rows[k][changed[k][1]]],
            ),
            space.utilities(rows[k][None])[0] - float_base,
        )
        for k in ranked
    )
