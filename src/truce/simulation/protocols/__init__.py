"""Negotiation protocols, by name."""

from __future__ import annotations

from truce.errors import TruceError
from truce.simulation.protocols.base import Played, Protocol
from truce.simulation.protocols.single_text import SingleText
from truce.simulation.protocols.turns import AlternatingOffers, RoundRobin

__all__ = ["PROTOCOLS", "Played", "Protocol", "protocol_named"]

PROTOCOLS: dict[str, Protocol] = {p.name: p for p in (AlternatingOffers(), RoundRobin(), SingleText())}
"""Registered protocols by name."""


def protocol_named(name: str, parties: int) -> Protocol:
    """The protocol called ``name``, checked against the number of parties."""
    if name not in PROTOCOLS:
        raise TruceError(f"unknown protocol {name!r}", hint="use one of " + ", ".join(PROTOCOLS))
    protocol = PROTOCOLS[name]
    if parties < protocol.min_parties or (
        protocol.max_parties is not None and parties > protocol.max_parties
    ):
        raise TruceError(
            f"protocol {name!r} is for {protocol.max_parties} parties, the scenario has {parties}",
            hint="use --protocol round-robin or single-text for more than two parties",
        )
    return protocol
