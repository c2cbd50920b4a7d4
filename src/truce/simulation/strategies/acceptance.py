"""Acceptance conditions (Baarslag, Hindriks & Jonker 2014, "Effective acceptance conditions").

* ``ac_next``: accept when the offer is worth at least the party's own next offer.
* ``ac_const``: accept when the offer is worth at least a constant ``c``.
* ``ac_time``: accept any acceptable offer from normalised time ``t`` on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import numpy as np

from truce.arrays import BoolArray, FloatArray
from truce.simulation.strategies.base import AcceptanceCondition, TurnView

__all__ = ["AcceptConstant", "AcceptNext", "AcceptTime"]

CITATION = "Baarslag, Hindriks & Jonker (2014), Effective acceptance conditions in multi-issue negotiation"


class AcceptNext(AcceptanceCondition):
    """Accept when the offer is at least as good as the party's next offer (AC_next, α = 1, β = 0)."""

    name = "ac_next"
    summary = "accept an offer at least as good as the party's own next offer"
    citation = CITATION

    def accepts(self, view: TurnView, offered: FloatArray, next_offer: FloatArray) -> BoolArray:
        """True where the offer is worth at least the party's own next offer."""
        return np.asarray(offered >= next_offer)


class AcceptConstant(AcceptanceCondition):
    """Accept when the offer is worth at least ``c`` (AC_const)."""

    name = "ac_const"
    summary = "accept an offer worth at least c"
    citation = CITATION
    parameters: ClassVar[Mapping[str, float]] = {"c": 0.8}

    def accepts(self, view: TurnView, offered: FloatArray, next_offer: FloatArray) -> BoolArray:
        """True where the offer is worth at least ``c``."""
        return np.asarray(offered >= self.params["c"])


class AcceptTime(AcceptanceCondition):
    """Accept any acceptable offer from normalised time ``t`` on (AC_time)."""

    name = "ac_time"
    summary = "accept any acceptable offer from normalised time t on"
    citation = CITATION
    parameters: ClassVar[Mapping[str, float]] = {"t": 0.9}

    def accepts(self, view: TurnView, offered: FloatArray, next_offer: FloatArray) -> BoolArray:
        """True in every negotiation once the normalised time reaches ``t``."""
        return np.full(offered.shape, view.time >= self.params["t"])
