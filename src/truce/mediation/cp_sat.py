"""Outcome spaces as constraint programs (OR-Tools CP-SAT, Perron & Didier) for the repairs.

An outcome is one Boolean per option of each issue, exactly one per issue
true.  Utilities are linear in these Booleans (plus one Boolean per
interaction term, the conjunction of its options); red lines become Boolean
literals built from their parsed expression.  Objectives are solved
lexicographically: each optimum is fixed as a constraint before the next
objective is optimised, so ties are broken exactly as an enumeration that
sorts by the same keys would break them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from truce.arrays import IntArray
from truce.errors import TruceError
from truce.model.interactions import interaction_sum
from truce.model.outcomes import OutcomeSpace

__all__ = ["CommonScale", "OutcomeProgram", "common_units"]

_OBJECTIVE_BOUND = 1 << 60
"""Largest magnitude of a sum of utilities given to the solver as an objective."""


def common_units(space: OutcomeSpace) -> list[int]:
    """Per party, the factor that puts its exact integer utilities on one common scale.

    Integer utilities of party ``p`` are scaled by ``D_p`` (:attr:`OutcomeSpace.scale`);
    times ``lcm(D) / D_p`` they can be added across parties exactly.
    """
    import math

    common = math.lcm(*space.scale)
    return [common // d for d in space.scale]


@dataclass(frozen=True)
class CommonScale:
    """Every party's utilities as integers on one scale, to add them across parties.

    Exact (the parties' exact integers times :func:`common_units`) when every
    sum over parties stays below 2**60 in magnitude, else every utility term
    rounded to the 2**-40 grid (``exact`` False).  The enumeration and the
    solver add the same integers, so they break ties the same way.
    """

    tables: tuple[IntArray, ...]
    terms: IntArray
    exact: bool

    @classmethod
    def of(cls, space: OutcomeSpace) -> CommonScale:
        """The scale of ``space``: exact when every sum stays below 2**60, else the 2**-40 grid."""
        units = common_units(space)
        exact_tables = [t.astype(object) * np.array(units, dtype=object) for t in space.tables]
        terms = zip(space.interactions, space.integer_interactions, strict=True)
        exact_terms = np.array([int(v) * units[t.party] for t, v in terms], dtype=object)
        bound = sum(int(abs(t).max()) for t in exact_tables if t.size) * space.n_parties
        bound += int(abs(exact_terms).sum()) if len(exact_terms) else 0
        if space.arithmetic == "int64" and bound < _OBJECTIVE_BOUND:
            tables = tuple(t.astype(np.int64) for t in exact_tables)
            return cls(tables, exact_terms.astype(np.int64).reshape(-1), True)
        grid = float(1 << 40)
        return cls(
            tuple(np.rint(t * grid).astype(np.int64) for t in space.float_tables),
            np.array([round(t.value * grid) for t in space.interactions], dtype=np.int64),
            False,
        )

    def utilities(self, space: OutcomeSpace, rows: IntArray) -> IntArray:
        """Rows × parties."""
        total = np.zeros((len(rows), space.n_parties), dtype=np.int64)
        for i, table in enumerate(self.tables):
            total += table[rows[:, i]]
        if space.interactions:
            total += interaction_sum(space.interactions, rows, self.terms, space.n_parties)
        return total


def _cp_model() -> Any:
    try:
        from ortools.sat.python import cp_model
    except ImportError:  # pragma: no cover - the solver extra is part of 'all'
        raise TruceError(
            "the space is too large to enumerate and OR-Tools is not installed",
            hint="pip install 'truce[solver]'",
        ) from None
    return cp_model


@dataclass
class OutcomeProgram:
    """A CP-SAT model whose variables choose one option per issue of ``space``."""

    space: OutcomeSpace
    model: Any
    choose: list[list[Any]]
    _terms: dict[int, Any]
    _lines: dict[int, Any]
    presolve: bool = True

    @classmethod
    def of(cls, space: OutcomeSpace, *, presolve: bool = True) -> OutcomeProgram:
        """``presolve=False`` for models with one large-coefficient constraint per sample.

        OR-Tools 9.15's presolve was seen to declare such a model infeasible
        when it was not (a test compares the solver with enumeration).
        """
        cp_model = _cp_model()
        model = cp_model.CpModel()
        choose = [[model.new_bool_var(f"x{i}_{o}") for o in range(r)] for i, r in enumerate(space.radix)]
        for row in choose:
            model.add_exactly_one(row)
        return cls(space, model, choose, {}, {}, presolve)

    def linear(
        self, tables: Sequence[Any], party: int, terms: Sequence[int] | IntArray
    ) -> Any:
        """Party ``party``'s utility: ``tables[i][o, party]`` per option, ``terms[t]`` per term."""
        weights = [int(w) for table in tables for w in np.asarray(table)[:, party].tolist()]
        own = [t for t, term in enumerate(self.space.interactions) if term.party == party and int(terms[t])]
        return _cp_model().LinearExpr.weighted_sum(
            [x for row in self.choose for x in row] + [self.term(t) for t in own],
            weights + [int(terms[t]) for t in own],
        )

    def term(self, t: int) -> Any:
        """A Boolean true exactly when interaction term ``t``'s options are all chosen."""
        if t not in self._terms:
            both = self.model.new_bool_var(f"t{t}")
            options = self.space.interactions[t].options
            self.model.add_bool_and([self.choose[i][o] for i, o in options]).only_enforce_if(both)
            self.model.add_bool_or([self.choose[i][o].negated() for i, o in options]).only_enforce_if(
                both.negated()
            )
            self._terms[t] = both
        return self._terms[t]

    def point_utilities(self) -> tuple[list[Any], list[int]]:
        """Point utilities as expressions and their reservation thresholds (per party's own scale).

        Exact integers when they fit 64-bit coefficients, else the 2**-40 sampling grid.
        """
        space = self.space
        exact = space.arithmetic == "int64"
        tables = space.tables if exact else space.grid_tables
        reservation = space.integer_reservation if exact else space.grid_reservation
        terms = [int(v) for v in (space.integer_interactions if exact else space.grid_interactions)]
        utilities = [self.linear(tables, p, terms) for p in range(space.n_parties)]
        return utilities, [int(r) for r in reservation]

    def red_line(self, k: int) -> Any:
        """A Boolean equal to whether the outcome satisfies red line ``k``."""
        if k not in self._lines:
            expression = self.space.red_lines[k].expression
            self._lines[k] = self._literal(expression.ast, expression)
        return self._lines[k]

    def _literal(self, node: Any, expression: Any) -> Any:
        from truce.model.redlines import And, Comparison, Membership, Not

        if isinstance(node, Not):
            return self._literal(node.operand, expression).negated()
        literal = self.model.new_bool_var("")
        if isinstance(node, Comparison | Membership):
            i = self.space.issues.index(node.issue)
            allowed = sum(self.choose[i][o] for o in np.flatnonzero(expression.masks[id(node)]))
            self.model.add(allowed == 1).only_enforce_if(literal)
            self.model.add(allowed == 0).only_enforce_if(literal.negated())
            return literal
        parts = [self._literal(child, expression) for child in node.operands]
        if isinstance(node, And):
            self.model.add_bool_and(parts).only_enforce_if(literal)
            self.model.add_bool_or([p.negated() for p in parts]).only_enforce_if(literal.negated())
        else:
            self.model.add_bool_or(parts).only_enforce_if(literal)
            self.model.add_bool_and([p.negated() for p in parts]).only_enforce_if(literal.negated())
        return literal

    def changed(self, fixed: dict[int, int]) -> Any:
        """Number of the issues settled by ``fixed`` whose option differs."""
        return sum(1 - self.choose[i][o] for i, o in fixed.items())

    def number(self) -> Any:
        """The outcome's number in mixed radix (first issue most significant)."""
        radix = self.space.radix
        strides = [int(np.prod(radix[i + 1 :], dtype=object)) for i in range(len(radix))]
        return sum(o * strides[i] * self.choose[i][o] for i in range(len(radix)) for o in range(1, radix[i]))

    def solve(self, objectives: Sequence[tuple[Any, str]]) -> np.ndarray[Any, np.dtype[np.int64]] | None:
        """Optimise ``(expression, "min" | "max")`` in turn; the chosen row, or None when infeasible."""
        cp_model = _cp_model()
        solver = self._solver(cp_model)
        status = solver.solve(self.model)  # feasibility first: the objectives may all be constant
        _check(cp_model, status, self.model)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None
        for objective, sense in objectives:
            if isinstance(objective, int):  # e.g. no issue settled: nothing to optimise
                continue
            (self.model.minimize if sense == "min" else self.model.maximize)(objective)
            status = solver.solve(self.model)
            _check(cp_model, status, self.model)
            if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                return None
            if status != cp_model.OPTIMAL:  # pragma: no cover - a time limit is never set
                raise TruceError("the constraint solver stopped before proving its answer optimal")
            self.model.add(objective == int(solver.value(objective)))
        return np.array(
            [next(o for o, x in enumerate(row) if solver.value(x)) for row in self.choose], dtype=np.int64
        )

    def _solver(self, cp_model: Any) -> Any:
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 2
        solver.parameters.cp_model_presolve = self.presolve
        return solver

    def feasible(self, assumptions: Sequence[Any]) -> bool:
        """Whether some outcome meets the model with the Boolean ``assumptions`` true."""
        cp_model = _cp_model()
        self.model.clear_assumptions()
        self.model.add_assumptions(list(assumptions))
        status = self._solver(cp_model).solve(self.model)
        self.model.clear_assumptions()
        _check(cp_model, status, self.model)
        return bool(status in (cp_model.OPTIMAL, cp_model.FEASIBLE))

    def maximum(self, objective: Any) -> int | None:
        """The largest value of ``objective`` over the feasible outcomes (None when there is none)."""
        cp_model = _cp_model()
        solver = self._solver(cp_model)
        self.model.maximize(objective)
        status = solver.solve(self.model)
        _check(cp_model, status, self.model)
        if status != cp_model.OPTIMAL:
            return None
        return int(solver.value(objective))


def _check(cp_model: Any, status: Any, model: Any) -> None:
    """An invalid model is a defect, never an infeasible repair."""
    if status == cp_model.MODEL_INVALID:  # pragma: no cover - coefficients are kept within bounds
        raise TruceError(f"the constraint model is invalid: {model.validate()}")
