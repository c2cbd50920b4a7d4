"""Offer protocols: bilateral alternating offers and multilateral round-robin with unanimity.

Alternating offers (Rubinstein 1982) as run in ANAC's Stacked Alternating
Offers Protocol (Aydoğan et al. 2017): parties speak in a fixed order; the
first makes an offer; each next party accepts the offer on the table or
replaces it with its own.  An offer is agreed once every other party has
accepted it in turn (for two parties: once the other accepts).  A round is one
turn of every party; the negotiation ends without agreement after the last
round, or when a party has no outcome it may offer (its red lines exclude them
all).  An acceptance only counts when the offer is acceptable to every party in
the current phase (a shock between the offer and its acceptance can make it
unacceptable); otherwise the party counters.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from truce.simulation.protocols.base import Played, Protocol, TurnMemory, phase_index
from truce.simulation.setting import Setting
from truce.simulation.strategies import Negotiator

__all__ = ["AlternatingOffers", "RoundRobin"]


class RoundRobin(Protocol):
    """Multilateral round-robin offers; agreement needs every other party's acceptance."""

    name = "round-robin"
    summary = "parties speak in turn; an offer is agreed when all others accept it in turn"
    citation = (
        "Aydoğan, Festen, Hindriks & Jonker (2017), Alternating offers protocols for multilateral negotiation"
    )

    def play(self, setting: Setting, negotiators: Sequence[Negotiator]) -> Played:
        """Each party in turn accepts the offer on the table or counters it, until all have accepted it.

        A run ends without agreement after the last round, or when a party has nothing left it may offer.
        """
        n, parties = setting.runs, len(negotiators)
        memory = TurnMemory(n, parties)
        active = np.ones(n, dtype=bool)
        agreed = np.zeros(n, dtype=bool)
        agree_round = np.full(n, -1, dtype=np.int64)
        table = np.full(n, -1, dtype=np.int64)
        count = np.zeros(n, dtype=np.int64)
        final_phase = np.zeros(n, dtype=np.int64)
        for round_ in range(setting.rounds):
            k = phase_index(setting, round_)
            phase, time = setting.phases[k], setting.time(round_)
            final_phase[active] = k
            for p, negotiator in enumerate(negotiators):
                runs = np.flatnonzero(active)
                if runs.size == 0:
                    return Played(agreed, agree_round, np.where(agreed, table, -1), final_phase)
                on_table = table[runs]
                offered = phase.utility(runs, on_table, p)
                memory.receive(p, runs, offered)
                view = memory.view(setting, phase, p, runs, time)
                target, offer = memory.next_offer(phase, negotiator, view, p, runs)
                next_utility = phase.utility(runs, offer, p)
                accept = (on_table >= 0) & np.asarray(
                    negotiator.acceptance.accepts(view, offered, next_utility), dtype=bool
                )
                # few runs accept in a turn: check acceptability only where the condition says yes
                if accept.any():
                    accept[accept] = phase.acceptable(runs[accept], on_table[accept], p)
                last = count[runs] + 1 >= parties - 1
                done = accept & last
                if done.any():
                    done[done] = phase.acceptable_to_all(runs[done], on_table[done])
                accept &= ~last | done
                agreed[runs[done]] = True
                agree_round[runs[done]] = round_
                active[runs[done]] = False
                count[runs[accept & ~done]] += 1
                counter = ~accept
                broken = counter & (offer < 0)
                active[runs[broken]] = False
                moving = runs[counter & ~broken]
                table[moving] = offer[counter & ~broken]
                count[moving] = 0
                memory.last_target[p, moving] = target[counter & ~broken]
        return Played(agreed, agree_round, np.where(agreed, table, -1), final_phase)


class AlternatingOffers(RoundRobin):
    """Bilateral alternating offers (Rubinstein; ANAC's SAOP) with a deadline in rounds."""

    name = "alternating"
    summary = "two parties alternate offers; the responder accepts or counter-offers"
    citation = "Rubinstein (1982); Baarslag et al. (2014), ANAC's stacked alternating offers protocol"
    max_parties = 2
