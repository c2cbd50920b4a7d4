"""What a simulation reports: agreement rate, timing, outcomes, payoffs, per strategy pair, per shock."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from truce.arrays import FloatArray, IntArray
from truce.stats import wilson_interval

__all__ = ["ComboSummary", "ShockEffect", "SimulationResult", "wilson_interval"]

QUANTILES = (0.05, 0.25, 0.5, 0.75, 0.95)


def _mean_or_none(values: FloatArray) -> float | None:
    return float(values.mean()) if values.size else None


class _AgreementCount:
    """Agreement rate and its Wilson interval from ``agreements`` out of ``runs``."""

    runs: int
    agreements: int

    @property
    def agreement_rate(self) -> float:
        """Share of runs that reach an agreement."""
        return self.agreements / self.runs

    @property
    def agreement_ci(self) -> tuple[float, float]:
        """95 % Wilson score interval of the agreement rate."""
        return wilson_interval(self.agreements, self.runs)


@dataclass(frozen=True)
class ComboSummary(_AgreementCount):
    """Results of one strategy combination (one negotiator per party)."""

    strategies: dict[str, str]
    runs: int
    agreements: int
    mean_steps: float | None
    utility_mean: tuple[float, ...]

    def to_json(self) -> dict[str, Any]:
        """A ``by_strategy`` entry of ``truce simulate --json``, with the agreement rate and its interval."""
        return {
            "strategies": self.strategies,
            "runs": self.runs,
            "agreement_rate": self.agreement_rate,
            "agreement_ci": list(self.agreement_ci),
            "mean_steps": self.mean_steps,
            "utility_mean": list(self.utility_mean),
        }


@dataclass(frozen=True)
class ShockEffect:
    """What one timeline shock did: runs whose result differs without it (same random numbers)."""

    date: str
    title: str
    round: int
    changed: float
    agreement_rate_without: float

    def to_json(self) -> dict[str, Any]:
        """A ``shocks`` entry of ``truce simulate --json``."""
        return {
            "date": self.date,
            "title": self.title,
            "round": self.round,
            "changed": self.changed,
            "agreement_rate_without": self.agreement_rate_without,
        }


@dataclass(frozen=True)
class SimulationResult(_AgreementCount):
    """A Monte Carlo simulation of a negotiation, pooled over strategy combinations.

    ``rounds_to_agreement[k]`` counts agreements reached in round ``k + 1``;
    ``outcomes`` lists the most frequent agreements with their share of all
    runs; ``utility`` gives each party's payoff (discounted utility of the
    agreement, or reservation value without one) as mean and quantiles.
    """

    parties: tuple[str, ...]
    runs: int
    agreements: int
    rounds_to_agreement: tuple[int, ...]
    outcomes: tuple[tuple[dict[str, str], float], ...]
    utility: tuple[dict[str, float], ...]
    by_strategy: tuple[ComboSummary, ...]
    shocks: tuple[ShockEffect, ...]
    provenance: dict[str, Any]

    @property
    def seed(self) -> int:
        """The seed the runs were drawn with (from the provenance)."""
        return int(self.provenance["seed"])

    @property
    def mean_steps(self) -> float | None:
        """Mean round of agreement (1-based) over the runs that agree; None when none does."""
        total = sum(self.rounds_to_agreement)
        if total == 0:
            return None
        return sum((k + 1) * c for k, c in enumerate(self.rounds_to_agreement)) / total

    def to_json(self) -> dict[str, Any]:
        """The stable JSON document of ``truce simulate --json``."""
        return {
            "runs": self.runs,
            "seed": self.seed,
            "parties": list(self.parties),
            "agreement_rate": self.agreement_rate,
            "agreement_ci": list(self.agreement_ci),
            "mean_steps": self.mean_steps,
            "rounds_to_agreement": list(self.rounds_to_agreement),
            "outcomes": [{"outcome": o, "frequency": f} for o, f in self.outcomes],
            "utility_mean": [u["mean"] for u in self.utility],
            "utility": [dict(u) for u in self.utility],
            "by_strategy": [c.to_json() for c in self.by_strategy],
            "shocks": [s.to_json() for s in self.shocks],
            "provenance": self.provenance,
        }


def utility_summary(payoff: FloatArray) -> tuple[dict[str, float], ...]:
    """Per party (column of ``payoff``, runs x parties): the mean and the :data:`QUANTILES` (``q05`` ...)."""
    found = []
    for p in range(payoff.shape[1]):
        column = payoff[:, p]
        quantiles = np.quantile(column, QUANTILES) if column.size else [math.nan] * len(QUANTILES)
        found.append(
            {
                "mean": float(column.mean()),
                **{f"q{int(q * 100):02d}": float(v) for q, v in zip(QUANTILES, quantiles, strict=True)},
            }
        )
    return tuple(found)


def rounds_histogram(rounds: Sequence[int] | IntArray, total_rounds: int) -> tuple[int, ...]:
    """Number of agreements in each round, from the 0-based rounds of agreement (``total_rounds`` counts)."""
    counts = np.bincount(np.asarray(rounds, dtype=np.int64), minlength=total_rounds)
    return tuple(int(c) for c in counts)
