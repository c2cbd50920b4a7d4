"""Behaviour-dependent and simple tactics: tit-for-tat, hard-liner, random.

Tit-for-tat imitates the opponent's last concession (Faratin, Sierra &
Jennings 1998, imitative tactics with a window of one move).  Concessions are
measured in the party's own utility of the offers it receives, since the
other side's utility is private:

* absolute: ``target = last_target - (u(o_last) - u(o_prev))``
* relative: ``target = last_target * min(1, u(o_prev) / u(o_last))``

Both start at ``u_max`` and stay in ``[u_min, u_max]``.  The absolute tactic
raises its target when the opponent's offers get worse for the party; the
relative one never raises it (its ratio is capped at 1).
"""

from __future__ import annotations

import numpy as np

from truce.arrays import FloatArray
from truce.simulation.strategies.base import BiddingStrategy, TurnView

__all__ = ["HardLiner", "RandomBidding", "TitForTatAbsolute", "TitForTatRelative"]

FSJ = "Faratin, Sierra & Jennings (1998), Negotiation decision functions for autonomous agents"


def _start(view: TurnView) -> FloatArray:
    return np.where(np.isnan(view.last_target), view.u_max, view.last_target)


class TitForTatAbsolute(BiddingStrategy):
    """Concede as much own utility as the opponent's last offer gave."""

    name = "tit-for-tat"
    summary = "absolute tit-for-tat: concede what the opponent conceded (own utility)"
    citation = FSJ

    def target(self, view: TurnView) -> FloatArray:
        """The previous target (``u_max`` at first) less the opponent's last concession, in own utility."""
        gain = view.received[:, 1] - view.received[:, 0]
        step = np.where(np.isnan(gain), 0.0, gain)
        return np.clip(_start(view) - step, view.u_min, view.u_max)


class TitForTatRelative(BiddingStrategy):
    """Concede in the ratio the opponent's last offer conceded."""

    name = "tit-for-tat-relative"
    summary = "relative tit-for-tat: concede in the opponent's ratio (own utility)"
    citation = FSJ

    def target(self, view: TurnView) -> FloatArray:
        """The previous target (``u_max`` at first) times ``u(o_prev) / u(o_last)``, never raised."""
        previous, last = view.received[:, 0], view.received[:, 1]
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where((last > 0) & ~np.isnan(previous), previous / last, 1.0)
        return np.clip(_start(view) * np.minimum(ratio, 1.0), view.u_min, view.u_max)


class HardLiner(BiddingStrategy):
    """Never concede: always offer the best outcome."""

    name = "hard-liner"
    summary = "never concedes (always its best outcome)"
    citation = "Baarslag et al. (2014), the HardHeaded/hard-liner baseline of ANAC"

    def target(self, view: TurnView) -> FloatArray:
        """``u_max`` in every negotiation."""
        return view.u_max.copy()


class RandomBidding(BiddingStrategy):
    """Aim for a utility drawn uniformly between ``u_min`` and ``u_max``."""

    name = "random"
    summary = "random offers at or above its reservation value"
    citation = "Baarslag et al. (2014), the random-bidding baseline of the BOA framework"

    def target(self, view: TurnView) -> FloatArray:
        """A utility drawn uniformly from ``[u_min, u_max]`` per negotiation, with ``view.rng``."""
        return np.asarray(view.u_min + (view.u_max - view.u_min) * view.rng.random(view.n))
