"""What every protocol returns, and the turn state shared by the offer protocols."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from truce.arrays import BoolArray, FloatArray, IntArray
from truce.simulation.setting import PhaseSetting, Setting
from truce.simulation.strategies import Negotiator, TurnView

__all__ = ["Played", "Protocol", "TurnMemory"]


@dataclass(frozen=True)
class Played:
    """How each negotiation of a chunk ended.

    ``round`` is the 0-based round of agreement (-1 without one); ``candidate``
    the agreed candidate outcome (-1 without one); ``phase`` the phase index at
    the end.
    """

    agreed: BoolArray
    round: IntArray
    candidate: IntArray
    phase: IntArray


class Protocol(ABC):
    """A negotiation protocol advancing every run of a chunk together, round by round."""

    name: ClassVar[str]
    summary: ClassVar[str]
    citation: ClassVar[str]
    min_parties: ClassVar[int] = 2
    max_parties: ClassVar[int | None] = None

    @abstractmethod
    def play(self, setting: Setting, negotiators: Sequence[Negotiator]) -> Played:
        """Play all ``setting.runs`` negotiations to agreement, breakdown or deadline."""


class TurnMemory:
    """Per party and run: last target and own utility of the last two offers received.

    Parameters
    ----------
    runs
        Number of negotiations of the chunk.
    parties
        Number of parties.
    """

    def __init__(self, runs: int, parties: int) -> None:
        self.last_target = np.full((parties, runs), np.nan)
        self.received = np.full((parties, runs, 2), np.nan)

    def receive(self, party: int, runs: IntArray, utility: FloatArray) -> None:
        """Record the own utility of the offer ``party`` must answer in ``runs`` (``nan``: none, skipped)."""
        seen = ~np.isnan(utility)
        idx = runs[seen]
        self.received[party, idx, 0] = self.received[party, idx, 1]
        self.received[party, idx, 1] = utility[seen]

    def view(
        self, setting: Setting, phase: PhaseSetting, party: int, runs: IntArray, time: float
    ) -> TurnView:
        """What ``party`` sees at its turn in ``runs`` at normalised ``time``, in ``phase``."""
        u_max, u_min = phase.bounds(runs, party)
        return TurnView(
            time=time,
            u_max=u_max,
            u_min=u_min,
            last_target=self.last_target[party, runs],
            received=self.received[party, runs],
            rng=setting.rng,
        )

    def next_offer(
        self, phase: PhaseSetting, negotiator: Negotiator, view: TurnView, party: int, runs: IntArray
    ) -> tuple[FloatArray, IntArray]:
        """The party's target and the allowed candidate closest above it, ties broken its way."""
        target = np.asarray(negotiator.bidding.target(view), dtype=np.float64)
        rng = view.rng if negotiator.ties == "random" else None
        # no target (nan): aim above every outcome, i.e. offer the best allowed one
        aim = np.where(np.isnan(target), np.inf, target)
        offer = phase.ladders[party].offer(runs, aim, phase.allowed[party], rng)
        return target, offer


def phase_index(setting: Setting, round_: int) -> int:
    """Index of the phase in force in round ``round_`` (0-based): the last one started by then."""
    return max(k for k, phase in enumerate(setting.phases) if phase.start_round <= round_)
