"""Repair of a rejected text to a target chance of acceptance, under the analysts' uncertainty.

Over ``S`` sampled utility models (:mod:`truce.model.uncertainty`) a party
accepts an outcome in sample ``s`` when its sampled utility reaches its
sampled reservation value and the outcome crosses none of the red lines that
bind it and hold in that sample
(:meth:`~truce.model.uncertainty.TableSample.acceptance`); its P(accept) is
the share of samples in which it accepts.  Given a text, the party that
rejected it and a target ``t`` in (0, 1], the *target repair* is the outcome
that

1. the rejecting party accepts in at least ``ceil(t S)`` samples, and **every
   other party also accepts in at least ``ceil(t S)`` samples** (each party's
   own P(accept) reaches the same target);
2. changes the fewest of the issues the text settles (issues it leaves open
   are free);
3. among those, leaves the other parties the most point utility in total
   (the least utility lost by them, added as in
   :func:`~truce.mediation.repair.repair_text`); then the lowest outcome number.

Why the same target for the other parties rather than their point estimates:
the rule is then the same for every party (the party that said no is held to
no other standard than the rest); a repair that only kept the others at or
above their *point* reservation values could leave them exactly there, where
about half of the samples have them walk away, trading one rejection for
another; and with no uncertainty every sample is the point model, so for any
target the target repair is the point repair of
:func:`~truce.mediation.repair.repair_text` (a test checks it).  The
condition is on each party's own share, not on the share of samples in which
all accept together; that joint share is reported as ``p_accept_all`` and can
be lower.

Exact on the sampling grid's integers: by enumeration when ``S`` times the
number of outcomes is at most :data:`ENUMERATION_CELLS`, otherwise by
constraint programming (OR-Tools CP-SAT, Perron & Didier) with one Boolean
``a[p, s]`` per party and sample: ``a[p, s]`` implies ``u_p^s(x) >= r_p^s``
and every red line binding ``p`` that holds in ``s``, and
``sum_s a[p, s] >= ceil(t S)``; the three criteria are then solved
lexicographically.  Where no outcome meets the targets the result says why:
the best share the rejecting party reaches while the others stay at the
target, and which constraints bind (its own acceptance when no outcome reaches
the target for it at all, else the other parties whose target, dropped alone,
would let a repair through), and when the zone is empty even under the point
estimates, the constraints that close it (:mod:`~truce.mediation.infeasible`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from truce.arrays import BoolArray, IntArray
from truce.errors import TruceError
from truce.mediation.cp_sat import CommonScale, OutcomeProgram
from truce.mediation.infeasible import ZoneConstraint, conflict_sentence, conflicting_constraints
from truce.mediation.rankers import acceptance_shares
from truce.mediation.repair import Repair, rejecting_party, text_row
from truce.model.uncertainty import TableSample, UncertaintyModel

if TYPE_CHECKING:
    from truce.model.scenario import Scenario

__all__ = [
    "ENUMERATION_CELLS",
    "TargetRepairResult",
    "repair_text_to_target",
    "repair_to_target",
    "samples_needed",
]

ENUMERATION_CELLS = 1 << 25
"""Samples times outcomes up to which the target repair enumerates."""


@dataclass(frozen=True)
class TargetRepairResult:
    """A target repair with each party's P(accept), or None with the reason (see the module docstring)."""

    repair: Repair | None
    p_accept: dict[str, float] | None
    p_accept_all: float | None
    target: float
    samples: int
    reason: str | None
    best_p_accept: float | None
    binding: tuple[str, ...]
    method: str
    provenance: dict[str, Any] = field(default_factory=dict)
    conflict: tuple[ZoneConstraint, ...] = ()
    """With no repair: constraints no outcome meets together under the point estimates, if any."""

    def to_json(self) -> dict[str, Any]:
        """The document of ``truce mediate --repair --target --json``."""
        doc: dict[str, Any] = {"repair": None}
        if self.repair is not None:
            doc["repair"] = {
                "outcome": self.repair.outcome,
                "changed_issues": list(self.repair.changed_issues),
                "utility": self.repair.utility.tolist(),
            }
        else:
            doc["reason"] = self.reason
        doc |= {
            "p_accept": self.p_accept,
            "p_accept_all": self.p_accept_all,
            "target": self.target,
            "samples": self.samples,
            "method": self.method,
        }
        if self.repair is None:
            doc |= {
                "best_p_accept": self.best_p_accept,
                "binding": list(self.binding),
                "conflict": [c.to_json() for c in self.conflict],
            }
        if self.provenance:
            doc["provenance"] = self.provenance
        return doc


def samples_needed(target: float, samples: int) -> int:
    """``ceil(t S)`` with ``t`` the decimal the target is written as (0.7 of 100 is 70, not 71)."""
    return math.ceil(Fraction(repr(float(target))) * samples)


# -- enumeration ---------------------------------------------------------------------------------


def _all_counts(sample: TableSample) -> IntArray:
    """Samples in which each party accepts each outcome (outcomes × parties)."""
    space = sample.space
    per = max(1, (1 << 22) // (sample.size * space.n_parties))
    counts = np.empty((space.size, space.n_parties), dtype=np.int64)
    for start, rows in zip(range(0, space.size, per), space.chunks(per), strict=True):
        counts[start : start + len(rows)] = sample.acceptance(rows).sum(axis=0)
    return counts


def _best_of(sample: TableSample, feasible: BoolArray, fixed: dict[int, int], party: int) -> IntArray | None:
    space = sample.space
    numbers = np.flatnonzero(feasible)
    if len(numbers) == 0:
        return None
    rows = space.decode(numbers)
    changed = np.zeros(len(rows), dtype=np.int64)
    for i, o in fixed.items():
        changed += rows[:, i] != o
    rows = rows[changed == changed.min()]
    others = [p for p in range(space.n_parties) if p != party]
    kept = CommonScale.of(space).utilities(space, rows)[:, others].sum(axis=1)
    return np.asarray(rows[int(np.argmax(kept))], dtype=np.int64)  # the first of the best: lowest number


def _by_enumeration(
    sample: TableSample, fixed: dict[int, int], party: int, need: int
) -> tuple[IntArray | None, int | None, int, tuple[int, ...]]:
    """The repair, and for the reason: the best count with the others at target, alone, binding parties."""
    counts = _all_counts(sample)
    ok = counts >= need
    others = [p for p in range(sample.space.n_parties) if p != party]
    row = _best_of(sample, np.asarray(ok.all(axis=1)), fixed, party)
    others_ok = ok[:, others].all(axis=1)
    best_with = int(counts[others_ok, party].max()) if others_ok.any() else None
    alone = int(counts[:, party].max())
    binding = tuple(
        q for q in others if (ok[:, party] & ok[:, [o for o in others if o != q]].all(axis=1)).any()
    )
    return row, best_with, alone, binding


# -- constraint programming ----------------------------------------------------------------------


def _sample_program(sample: TableSample, at_target: list[int], need: int) -> tuple[OutcomeProgram, list[Any]]:
    """A program whose outcomes every party in ``at_target`` accepts in ``need`` samples; counts per party."""
    space = sample.space
    program = OutcomeProgram.of(space, presolve=False)
    binds = [
        [k for k, r in enumerate(space.red_lines) if r.party == party or r.party not in space.parties]
        for party in space.parties
    ]
    counts = []
    for p in range(space.n_parties):
        low = _extreme(sample, p, np.min)
        high = _extreme(sample, p, np.max)
        accepted = []
        for s in range(sample.size):
            floor = int(sample.quantized_reservation[s, p])
            if high[s] < floor:
                continue  # no outcome reaches the reservation value in this sample
            a = program.model.new_bool_var(f"a{p}_{s}")
            if low[s] < floor:
                utility = program.linear([t[s] for t in sample.tables], p, sample.quantized_interactions[s])
                program.model.add(utility >= floor).only_enforce_if(a)
            for k in binds[p]:
                if sample.red_lines[s, k]:
                    program.model.add_implication(a, program.red_line(k))
            accepted.append(a)
        count = sum(accepted) if accepted else 0
        if p in at_target:
            if accepted:
                program.model.add(count >= need)
            elif need > 0:
                program.model.add_bool_or([])  # accepted in no sample: the target cannot be met
        counts.append(count)
    return program, counts


def _extreme(sample: TableSample, party: int, pick: Any) -> IntArray:
    """Per sample, the least (``np.min``) or greatest (``np.max``) utility of ``party`` over all outcomes."""
    total = sum(pick(t[:, :, party], axis=1) for t in sample.tables)
    return np.asarray(total + sample.term_extremes(largest=pick is np.max)[:, party], dtype=np.int64)


def _by_cp_sat(
    sample: TableSample, fixed: dict[int, int], party: int, need: int
) -> tuple[IntArray | None, int | None, int, tuple[int, ...]]:
    space = sample.space
    everyone = list(range(space.n_parties))
    others = [p for p in everyone if p != party]
    program, _ = _sample_program(sample, everyone, need)
    scale = CommonScale.of(space)
    kept = sum(program.linear(scale.tables, p, scale.terms) for p in others)
    row = program.solve([(program.changed(fixed), "min"), (kept, "max"), (program.number(), "min")])
    if row is not None:
        return row, None, 0, ()
    best_with = _maximum(*_sample_program(sample, others, need), party)
    alone = _maximum(*_sample_program(sample, [], need), party) or 0
    binding = tuple(
        q
        for q in others
        if alone >= need
        and _sample_program(sample, [party, *(o for o in others if o != q)], need)[0].solve([]) is not None
    )
    return None, best_with, alone, binding


def _maximum(program: OutcomeProgram, counts: list[Any], party: int) -> int | None:
    """The most samples in which ``party`` accepts an outcome of ``program`` (None: no outcome)."""
    if isinstance(counts[party], int):
        return counts[party] if program.solve([]) is not None else None
    return program.maximum(counts[party])


# -- the repair ----------------------------------------------------------------------------------


def _reason(
    sample: TableSample,
    party: int,
    target: float,
    best_with: int | None,
    alone: int,
    binding: tuple[int, ...],
) -> tuple[str, tuple[str, ...]]:
    space = sample.space
    name, n = space.parties[party], sample.size
    if alone < samples_needed(target, n):
        return (
            f"no outcome is accepted by {name} in {target:g} of the samples: the most is {alone / n:.3f}, "
            f"so {name}'s own reservation value and red lines bind",
            (name,),
        )
    names = tuple(space.parties[q] for q in binding) or tuple(p for p in space.parties if p != name)
    reached = (
        "no outcome keeps every other party at the target"
        if best_with is None
        else f"with every other party at the target the most {name} reaches is {best_with / n:.3f}"
    )
    return (
        f"no outcome brings {name} to P(accept) {target:g} while every other party stays at {target:g}: "
        f"{reached}; binding: the target of {', '.join(names)}",
        names,
    )


def repair_to_target(
    sample: TableSample,
    text: Mapping[str, str],
    rejected_by: str,
    *,
    target: float = 0.8,
    method: Literal["auto", "enumerate", "cp-sat"] = "auto",
) -> TargetRepairResult:
    """The smallest change of ``text`` that every party accepts in a ``target`` share of the samples.

    See the module docstring for the criteria and the condition on the other parties.

    Parameters
    ----------
    sample
        All the samples at once (:meth:`~truce.model.uncertainty.UncertaintyModel.sample`).
    text
        Issue id → option id; issues left out are free.
    rejected_by
        The negotiating party that rejected the text.
    target
        Share of samples in (0, 1] in which each party must accept.
    method
        ``enumerate``, ``cp-sat`` or ``auto`` (enumeration up to
        :data:`ENUMERATION_CELLS` samples × outcomes).
    """
    space = sample.space
    party = rejecting_party(space, rejected_by)
    if not 0.0 < target <= 1.0:
        raise TruceError(
            f"the target must be in (0, 1], got {target}", field="target", hint="e.g. --target 0.8"
        )
    if sample.size < 1:
        raise TruceError("the target repair needs at least 1 sample", field="samples")
    fixed = text_row(space, text, complete=False)
    need = samples_needed(target, sample.size)
    use_cp_sat = method == "cp-sat" or (method == "auto" and space.size * sample.size > ENUMERATION_CELLS)
    solve = _by_cp_sat if use_cp_sat else _by_enumeration
    row, best_with, alone, binding = solve(sample, fixed, party, need)
    name: Literal["enumerate", "cp-sat"] = "cp-sat" if use_cp_sat else "enumerate"
    if row is None:
        reason, names = _reason(sample, party, target, best_with, alone, binding)
        conflict = conflicting_constraints(space, method=name)
        if conflict:
            reason += f"; under the point estimates the zone is empty: {conflict_sentence(conflict)}"
        best = None if best_with is None else best_with / sample.size
        return TargetRepairResult(
            None, None, None, target, sample.size, reason, best, names, name, conflict=conflict
        )
    shares = acceptance_shares(sample.acceptance(row[None])[:, 0, :], space.parties)
    changed = tuple(space.issues[i] for i, o in fixed.items() if row[i] != o)
    repair = Repair(space.outcome_ids(row), row, changed, space.utilities(row[None])[0])
    return TargetRepairResult(
        repair, shares.p_accept, shares.p_accept_all, target, sample.size, None, None, (), name
    )


def repair_text_to_target(
    scenario: Scenario,
    text: Mapping[str, str],
    rejected_by: str,
    *,
    target: float = 0.8,
    samples: int = 1000,
    seed: int = 0,
    rng: np.random.Generator | None = None,
    red_line_belief: Mapping[str, float] | None = None,
    method: Literal["auto", "enumerate", "cp-sat"] = "auto",
) -> TargetRepairResult:
    """:func:`repair_to_target` over ``samples`` models drawn from ``scenario``'s estimates, with provenance.

    ``rng`` is the only source of randomness (default ``numpy.random.default_rng(seed)``);
    ``red_line_belief`` as in :func:`~truce.mediation.proposals.bridging_proposals`.
    """
    import dataclasses

    from truce import __version__
    from truce.mediation.proposals import check_sampling, scenario_hash

    check_sampling(samples, seed)
    model = UncertaintyModel.from_scenario(scenario, red_line_belief=red_line_belief)
    generator = rng if rng is not None else np.random.default_rng(seed)
    (sample,) = model.sample(samples, generator, chunk=samples)
    result = repair_to_target(sample, text, rejected_by, target=target, method=method)
    provenance = {
        "truce_version": __version__,
        "scenario_hash": scenario_hash(scenario),
        "seed": seed if rng is None else None,
        "parameters": {
            "target": target,
            "samples": samples,
            "rejected_by": rejected_by,
            "red_line_belief": None if red_line_belief is None else dict(red_line_belief),
            "method": result.method,
        },
    }
    return dataclasses.replace(result, provenance=provenance)
