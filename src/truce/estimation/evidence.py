"""Coded evidence: the dated statements and no-deal items estimates are computed from.

An evidence file lists, for one scenario, what each party said (a
:class:`Statement`: party, date, issue, the options it names, its kind and its
confidence) and what makes no agreement costlier or cheaper for it (a
:class:`NoDealItem` from the brief's costs-of-no-agreement section).  The
rules of :mod:`truce.estimation.rules` turn it into weights, option values,
reservation values and red lines; nothing in the evidence says which party
a rule favours, so the same rule treats every party alike.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import model_validator

from truce.model.elements import Source, _Frozen

__all__ = [
    "COUNTED",
    "LIMITING_KINDS",
    "Evidence",
    "EvidenceConfidence",
    "NoDealItem",
    "Reference",
    "Statement",
    "StatementKind",
    "VariantSpec",
]

StatementKind = Literal["demand", "offer", "accept", "reject", "non_negotiable", "precondition"]
"""``demand``, ``offer``, ``accept``, ``reject`` name options; ``non_negotiable`` and
``precondition`` state what any deal must contain (their ``options`` are the options
the statement leaves acceptable, empty when it names no option)."""

EvidenceConfidence = Literal["firm", "reported", "disputed", "unverified"]

COUNTED: frozenset[str] = frozenset({"firm", "reported"})
"""Confidences that move a number; ``disputed`` and ``unverified`` evidence is listed only."""

LIMITING_KINDS: frozenset[str] = frozenset({"non_negotiable", "precondition"})


class Reference(_Frozen):
    """One numbered reference of the facts brief.

    ``confidence`` labels the reference wherever it is cited: ``reported`` for
    relayed or single-outlet accounts (as the brief tags them), else ``firm``;
    the claim itself carries its own confidence.
    """

    number: int
    title: str
    url: str
    date: dt.date | None = None
    confidence: EvidenceConfidence = "firm"


class Statement(_Frozen):
    """What a party said or signed on one issue on one date.

    ``reading`` says why ``options`` are the options the words name or leave
    open (the coder's reading, open to challenge).
    """

    id: str
    party: str
    date: dt.date
    issue: str
    kind: StatementKind
    options: tuple[str, ...] = ()
    text: str
    reading: str | None = None
    confidence: EvidenceConfidence
    sources: tuple[int, ...]

    @property
    def counted(self) -> bool:
        """True when the statement moves an estimate (confidence ``firm`` or ``reported``)."""
        return self.confidence in COUNTED


class NoDealItem(_Frozen):
    """Something that makes no agreement costlier (``cost``) or cheaper (``leverage``) for a party.

    Conditions that held before the period (hostages held, prisoners held)
    are dated at its start; running totals of one condition are one item.
    """

    id: str
    party: str
    date: dt.date
    kind: Literal["cost", "leverage"]
    text: str
    confidence: EvidenceConfidence
    sources: tuple[int, ...]

    @property
    def counted(self) -> bool:
        """True when the item moves the reservation value (confidence ``firm`` or ``reported``)."""
        return self.confidence in COUNTED


class VariantSpec(_Frozen):
    """A dated stage of the talks; its change is computed from the evidence up to ``date``."""

    id: str
    name: str
    date: dt.date
    description: str


class Evidence(_Frozen):
    """Everything the estimates of one scenario are computed from.

    ``favours`` says, per negotiating party, which end of every ordinal issue's
    option list it prefers (``first`` or ``last``); the rules use nothing else
    about a party.
    """

    scenario: str
    favours: dict[str, Literal["first", "last"]]
    statements: tuple[Statement, ...]
    no_deal: tuple[NoDealItem, ...] = ()
    variants: tuple[VariantSpec, ...] = ()
    references: tuple[Reference, ...] = ()

    @model_validator(mode="after")
    def _check(self) -> Evidence:
        ids = [s.id for s in self.statements] + [n.id for n in self.no_deal]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(
                f"duplicate evidence id {repeated[0]!r}; give every statement and item its own id"
            )
        known = {r.number for r in self.references}
        items: list[Statement | NoDealItem] = [*self.statements, *self.no_deal]
        for item in items:
            missing = [n for n in item.sources if n not in known]
            if missing:
                raise ValueError(f"{item.id}: reference {missing[0]} is not in the references list")
        return self

    @property
    def parties(self) -> tuple[str, ...]:
        """The negotiating parties the rules estimate (those with a ``favours`` entry)."""
        return tuple(self.favours)

    def sources(self, numbers: tuple[int, ...]) -> tuple[Source, ...]:
        """Scenario :class:`~truce.model.elements.Source` entries for reference numbers."""
        by_number = {r.number: r for r in self.references}
        return tuple(
            Source(
                ref=f"[{n}]",
                title=by_number[n].title,
                url=by_number[n].url,
                date=by_number[n].date,
                confidence=by_number[n].confidence,
            )
            for n in numbers
        )
