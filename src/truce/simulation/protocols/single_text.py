"""The mediated single negotiating text (Raiffa 1982, ch. 14; Fisher 1978 on Camp David).

A mediator puts one text forward each round; every party accepts it or
vetoes it; an accepted-by-all text is the agreement.  After a veto the mediator
moves the text towards those who vetoed.  The mediator works from the
analysts' point estimates (it does not know a party's sampled preferences):
it proposes, among efficient texts that cross no red line, the one maximising
``sum_p lambda_p u_p``, and multiplies the weight ``lambda_p`` of every
vetoing party by ``1 + step`` before the next round.  Parties answer with
their acceptance condition, comparing the text with the offer their own
bidding strategy would make now.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import numpy as np

from truce.simulation.protocols.base import Played, Protocol, TurnMemory, phase_index
from truce.simulation.setting import Setting
from truce.simulation.strategies import Negotiator

__all__ = ["SingleText"]


class SingleText(Protocol):
    """Mediated single negotiating text with veto."""

    name = "single-text"
    summary = "a mediator proposes one text a round; parties accept or veto; the text moves toward vetoers"
    citation = "Raiffa (1982), The Art and Science of Negotiation, ch. 14 (single negotiating text)"
    step: ClassVar[float] = 0.25

    def play(self, setting: Setting, negotiators: Sequence[Negotiator]) -> Played:
        """Each round the mediator proposes a text; it is agreed when all accept, else vetoers gain weight."""
        n, parties = setting.runs, len(negotiators)
        memory = TurnMemory(n, parties)
        weights = np.full((n, parties), 1.0 / parties)
        active = np.ones(n, dtype=bool)
        agreed = np.zeros(n, dtype=bool)
        agree_round = np.full(n, -1, dtype=np.int64)
        text = np.full(n, -1, dtype=np.int64)
        final_phase = np.zeros(n, dtype=np.int64)
        for round_ in range(setting.rounds):
            runs = np.flatnonzero(active)
            if runs.size == 0:
                break
            k = phase_index(setting, round_)
            phase, time = setting.phases[k], setting.time(round_)
            final_phase[runs] = k
            if phase.texts.size == 0:
                continue  # red lines leave no text; wait for a shock to open one
            scores = weights[runs] @ phase.point_utilities[phase.texts].T
            current = phase.texts[np.argmax(scores, axis=1)]
            text[runs] = current
            all_accept = np.ones(runs.size, dtype=bool)
            for p, negotiator in enumerate(negotiators):
                offered = phase.utility(runs, current, p)
                memory.receive(p, runs, offered)
                view = memory.view(setting, phase, p, runs, time)
                target, own = memory.next_offer(phase, negotiator, view, p, runs)
                memory.last_target[p, runs] = target
                accept = np.asarray(
                    negotiator.acceptance.accepts(view, offered, phase.utility(runs, own, p)), dtype=bool
                ) & phase.acceptable(runs, current, p)
                weights[runs[~accept], p] *= 1.0 + self.step
                all_accept &= accept
            weights[runs] /= weights[runs].sum(axis=1, keepdims=True)
            done = runs[all_accept]
            agreed[done] = True
            agree_round[done] = round_
            active[done] = False
        return Played(agreed, agree_round, np.where(agreed, text, -1), final_phase)
