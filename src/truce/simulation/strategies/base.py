"""What a concession strategy sees and returns, for many runs at once.

A strategy follows the BOA split (Baarslag et al. 2014): a *bidding*
strategy sets the utility the party aims for in its next offer (the engine
offers the outcome closest above it), and an *acceptance condition* decides
whether to accept the offer on the table.  Both act on arrays with one entry
per negotiation still running, never on one negotiation at a time.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from truce.arrays import BoolArray, FloatArray
from truce.errors import TruceError

__all__ = ["AcceptanceCondition", "BiddingStrategy", "TurnView"]


@dataclass(frozen=True)
class TurnView:
    """A party's view of its turn in ``n`` negotiations.

    Attributes
    ----------
    time
        Normalised time in ``(0, 1)``: ``(round + 1) / (rounds + 1)`` in round
        ``round`` of ``rounds`` (the convention of NegMAS's SAO mechanism).
    u_max, u_min
        Own utility of the party's best outcome, and the larger of its worst
        outcome and its reservation value (``n``).
    last_target
        The party's previous target (``nan`` before its first offer).
    received
        Own utility of the last two offers the party had to answer, older
        first (``n x 2``, ``nan`` where there was none).
    rng
        The generator of this chunk of runs; the only source of randomness.
    """

    time: float
    u_max: FloatArray
    u_min: FloatArray
    last_target: FloatArray
    received: FloatArray
    rng: np.random.Generator

    @property
    def n(self) -> int:
        """Number of negotiations in the view."""
        return int(self.u_max.shape[0])


class _Parametrised(ABC):
    name: ClassVar[str]
    summary: ClassVar[str]
    citation: ClassVar[str]
    parameters: ClassVar[Mapping[str, float]] = {}

    def __init__(self, **params: float) -> None:
        unknown = sorted(set(params) - set(self.parameters))
        if unknown:
            raise TruceError(
                f"{self.name} has no parameter {unknown[0]!r}",
                hint="use " + (", ".join(self.parameters) or "no parameters") + " (see `truce strategies`)",
            )
        self.params: dict[str, float] = {**self.parameters, **{k: float(v) for k, v in params.items()}}

    def __repr__(self) -> str:
        args = ",".join(f"{k}={v:g}" for k, v in self.params.items() if v != self.parameters[k])
        return f"{self.name}:{args}" if args else self.name


class BiddingStrategy(_Parametrised):
    """Sets the own utility each party aims for in its next offer.

    Subclasses define ``name``, ``summary``, ``citation``, ``parameters``
    (name → default) and :meth:`target`.  The target must lie in
    ``[view.u_min, view.u_max]``; the engine then offers the allowed outcome
    closest above it.
    """

    @abstractmethod
    def target(self, view: TurnView) -> FloatArray:
        """Aspiration level of the next offer, one per negotiation."""


class AcceptanceCondition(_Parametrised):
    """Decides whether to accept the offer on the table.

    The engine also requires every accepted offer to be acceptable: at least
    the party's reservation value and crossing none of its red lines.
    """

    @abstractmethod
    def accepts(self, view: TurnView, offered: FloatArray, next_offer: FloatArray) -> BoolArray:
        """Accept ``offered`` (own utility) instead of countering with ``next_offer``?"""
