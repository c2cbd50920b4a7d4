"""Concession strategies: a registry of bidding strategies and acceptance conditions.

Built-in strategies are registered here; others come from installed packages
through the entry-point group ``truce.strategies`` (each entry point names a
:class:`BiddingStrategy` or :class:`AcceptanceCondition` subclass).  A
negotiator is written ``NAME[:key=value,...]``, for example
``boulware:e=0.2,accept=ac_const,c=0.7``: bidding strategy ``boulware`` with
``e = 0.2``, accepting offers worth at least 0.7.  The default acceptance
condition is ``ac_next``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.metadata import entry_points

from truce.errors import TruceError
from truce.simulation.strategies.acceptance import AcceptConstant, AcceptNext, AcceptTime
from truce.simulation.strategies.base import AcceptanceCondition, BiddingStrategy, TurnView
from truce.simulation.strategies.behaviour import (
    HardLiner,
    RandomBidding,
    TitForTatAbsolute,
    TitForTatRelative,
)
from truce.simulation.strategies.time_dependent import Boulware, Conceder, Linear, TimeDependent, aspiration

__all__ = [
    "ENTRY_POINT_GROUP",
    "TIE_BREAKS",
    "AcceptanceCondition",
    "BiddingStrategy",
    "Negotiator",
    "TurnView",
    "acceptance_conditions",
    "aspiration",
    "bidding_strategies",
    "parse_negotiator",
]

ENTRY_POINT_GROUP = "truce.strategies"

_BUILT_IN_BIDDING: tuple[type[BiddingStrategy], ...] = (
    Boulware,
    Linear,
    Conceder,
    TimeDependent,
    TitForTatAbsolute,
    TitForTatRelative,
    HardLiner,
    RandomBidding,
)
_BUILT_IN_ACCEPTANCE: tuple[type[AcceptanceCondition], ...] = (AcceptNext, AcceptConstant, AcceptTime)


@cache
def _plugins() -> tuple[type, ...]:
    found = []
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = entry.load()
        except Exception as exc:  # a broken plug-in must say which one it is
            raise TruceError(
                f"strategy plug-in {entry.name!r} ({entry.value}) failed to load: {exc}",
                hint="fix or uninstall the package that provides it",
            ) from exc
        if not (isinstance(loaded, type) and issubclass(loaded, BiddingStrategy | AcceptanceCondition)):
            raise TruceError(
                f"strategy plug-in {entry.name!r} ({entry.value}) is not a BiddingStrategy "
                "or AcceptanceCondition subclass",
                hint="point the entry point at a subclass of truce.simulation.BiddingStrategy",
            )
        found.append(loaded)
    return tuple(found)


def bidding_strategies() -> dict[str, type[BiddingStrategy]]:
    """Registered bidding strategies by name: built-in ones, then plug-ins."""
    classes = [*_BUILT_IN_BIDDING, *(c for c in _plugins() if issubclass(c, BiddingStrategy))]
    return {c.name: c for c in classes}


def acceptance_conditions() -> dict[str, type[AcceptanceCondition]]:
    """Registered acceptance conditions by name: built-in ones, then plug-ins."""
    classes = [*_BUILT_IN_ACCEPTANCE, *(c for c in _plugins() if issubclass(c, AcceptanceCondition))]
    return {c.name: c for c in classes}


TIE_BREAKS = ("opponent", "random")
"""How a negotiator picks among outcomes tied in its own utility: the best for the others, or at random."""


@dataclass(frozen=True)
class Negotiator:
    """A bidding strategy with an acceptance condition and a tie-break.

    Among the allowed outcomes closest above its aspiration level, a
    negotiator offers the one its opponents value most (``ties="opponent"``,
    an opponent-aware offering strategy in the BOA framework, Baarslag et
    al. 2014) or one drawn uniformly with the chunk's generator
    (``ties="random"``).
    """

    bidding: BiddingStrategy
    acceptance: AcceptanceCondition
    ties: str = "opponent"

    def __post_init__(self) -> None:
        if self.ties not in TIE_BREAKS:
            raise TruceError(f"unknown tie-break {self.ties!r}", hint="use ties=opponent or ties=random")

    @property
    def label(self) -> str:
        accept = "" if isinstance(self.acceptance, AcceptNext) else f"+{self.acceptance!r}"
        ties = "" if self.ties == "opponent" else f"+ties={self.ties}"
        return f"{self.bidding!r}{accept}{ties}"


def parse_negotiator(text: str) -> Negotiator:
    """Build a negotiator from ``NAME[:key=value,...]``.

    ``accept=NAME`` picks the acceptance condition (default ``ac_next``) and
    ``ties=opponent|random`` the tie-break (see :class:`Negotiator`); other
    keys are the strategy's and the acceptance condition's parameters.
    """
    name, _, rest = text.strip().partition(":")
    bidding = bidding_strategies()
    if name not in bidding:
        raise TruceError(f"unknown strategy {name!r}", hint="use one of " + ", ".join(bidding))
    params: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in rest.split(","))):
        key, sep, value = item.partition("=")
        if not sep:
            raise TruceError(
                f"strategy parameter {item!r} in {text!r} is not key=value", hint="e.g. boulware:e=0.2"
            )
        params[key.strip()] = value.strip()
    accept_name = params.pop("accept", "ac_next")
    ties = params.pop("ties", "opponent")
    conditions = acceptance_conditions()
    if accept_name not in conditions:
        raise TruceError(
            f"unknown acceptance condition {accept_name!r}", hint="use one of " + ", ".join(conditions)
        )
    strategy, condition = bidding[name], conditions[accept_name]
    return Negotiator(
        strategy(**_numbers(_pick(params, strategy.parameters), text)),
        condition(**_numbers(_pick(params, condition.parameters, strict=True, owner=text), text)),
        ties,
    )


def _pick(
    params: dict[str, str], known: Mapping[str, float], *, strict: bool = False, owner: str = ""
) -> dict[str, str]:
    picked = {k: params.pop(k) for k in list(params) if k in known}
    if strict and params:
        raise TruceError(
            f"unknown strategy parameter {next(iter(params))!r} in {owner!r}",
            hint="see `truce strategies` for each strategy's parameters",
        )
    return picked


def _numbers(params: dict[str, str], text: str) -> dict[str, float]:
    try:
        return {k: float(v) for k, v in params.items()}
    except ValueError as exc:
        raise TruceError(
            f"strategy parameters in {text!r} must be numbers", hint="e.g. boulware:e=0.2"
        ) from exc
