"""Time-dependent tactics (Faratin, Sierra & Jennings 1998).

The aspiration level at normalised time ``t`` is

    u(t) = u_max - (u_max - u_min) * t ** (1 / e)

Boulware (``e < 1``) holds out until late, linear (``e = 1``) concedes
evenly, Conceder (``e > 1``) gives ground early.  NegMAS's
``PolyAspiration`` writes the same curve with exponent ``1 / e``: its
Boulware exponent 4 is ``e = 0.25`` here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import numpy as np

from truce.arrays import FloatArray
from truce.simulation.strategies.base import BiddingStrategy, TurnView

__all__ = ["Boulware", "Conceder", "Linear", "TimeDependent", "aspiration"]

CITATION = "Faratin, Sierra & Jennings (1998), Negotiation decision functions for autonomous agents"


def aspiration(time: float, u_max: FloatArray, u_min: FloatArray, e: float) -> FloatArray:
    """Faratin–Sierra–Jennings aspiration ``u_max - (u_max - u_min) * t ** (1 / e)``."""
    return np.asarray(u_max - (u_max - u_min) * time ** (1.0 / e), dtype=np.float64)


class TimeDependent(BiddingStrategy):
    """Concede on the clock only: ``u(t) = u_max - (u_max - u_min) t^(1/e)``."""

    name = "time-dependent"
    summary = "Faratin-Sierra-Jennings time-dependent tactic with concession exponent e"
    citation = CITATION
    parameters: ClassVar[Mapping[str, float]] = {"e": 1.0}

    def target(self, view: TurnView) -> FloatArray:
        """:func:`aspiration` at the view's time with exponent ``e``."""
        return aspiration(view.time, view.u_max, view.u_min, self.params["e"])


class Boulware(TimeDependent):
    """Time-dependent tactic that holds out until near the deadline (``e = 0.25``)."""

    name = "boulware"
    summary = "time-dependent, concedes late (e < 1)"
    parameters: ClassVar[Mapping[str, float]] = {"e": 0.25}


class Linear(TimeDependent):
    """Time-dependent tactic that concedes evenly (``e = 1``)."""

    name = "linear"
    summary = "time-dependent, concedes evenly (e = 1)"
    parameters: ClassVar[Mapping[str, float]] = {"e": 1.0}


class Conceder(TimeDependent):
    """Time-dependent tactic that concedes early (``e = 4``)."""

    name = "conceder"
    summary = "time-dependent, concedes early (e > 1)"
    parameters: ClassVar[Mapping[str, float]] = {"e": 4.0}
