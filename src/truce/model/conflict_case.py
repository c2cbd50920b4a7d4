"""The structure of a graph-model case, as a scenario's ``conflict`` section holds it.

Typing the section lets a scenario be validated as a whole: a section whose
``decision_makers`` is not a list fails when the scenario is loaded, at the
line of the field, not later in ``truce conflict``.  What the fields mean, and
the checks that need the whole case (patterns, rankings, statements), are in
:mod:`truce.io.gmcr` and ``docs/conflict.md``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from truce.model.elements import Confidence
from truce.model.frozen import FrozenData, FrozenDict, FrozenMapping

__all__ = [
    "SECTION_TAGS", "CaseClaim", "CaseDecisionMaker", "CaseOption", "CaseState", "CaseStatement",
    "CaseStatusQuo", "ConflictCase", "ConflictSection",
]


class _Case(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)  # as elements._Frozen


class CaseOption(_Case):
    """An option with its reversibility, label and sources."""

    name: str
    reversibility: Literal["both", "forward", "backward"] = "both"
    label: str | None = None
    sources: tuple[FrozenData, ...] = ()


class CaseDecisionMaker(_Case):
    """A decision maker and the options it controls."""

    name: str
    options: tuple[str | CaseOption, ...]


class CaseState(_Case):
    """A feasible state: its number, Y/N/- pattern and label."""

    id: int | None = None
    pattern: str
    label: str | None = None


class CaseClaim(_Case):
    """How sure the analyst is of a modelling claim, and on what it rests (as in scenario files).

    ``sources`` are reference numbers of the scenario's facts brief or source
    mappings (``{ref: 18, url: ..., note: ...}``).
    """

    confidence: Confidence = "firm"
    sources: tuple[int | FrozenData, ...] = ()
    note: str | None = None


class CaseStatement(CaseClaim):
    """A preference statement (option prioritisation) with its confidence and sources."""

    statement: str


class CaseStatusQuo(CaseClaim):
    """The status-quo state with its confidence and sources."""

    state: int


class ConflictCase(_Case):
    """A graph-model case (the format of ``data/gmcr/FORMAT.md``)."""

    name: str | None = None
    source: FrozenData = None
    notes: str | None = None
    decision_makers: tuple[CaseDecisionMaker, ...]
    states: tuple[CaseState, ...] | None = None
    states_count: int | None = None
    infeasible: tuple[str, ...] = ()
    moves: FrozenMapping[str, tuple[tuple[int, int], ...]] | None = None
    preferences: FrozenMapping[str, tuple[int | tuple[int, ...], ...]] = Field(default_factory=FrozenDict)
    preference_statements: FrozenMapping[str, tuple[str | int | CaseStatement, ...]] = Field(
        default_factory=FrozenDict
    )
    status_quo: int | CaseStatusQuo | None = None
    expected: FrozenData = None
    expected_status_quo: FrozenData = None


def _section_kind(value: Any) -> str:
    return "file" if isinstance(value, str) else "case"


SECTION_TAGS = ("case", "file")
"""Tags of the two forms of a section; validation errors carry them in their location."""

ConflictSection = Annotated[
    Annotated[ConflictCase, Tag("case")] | Annotated[str, Tag("file")], Discriminator(_section_kind)
]
"""A scenario's ``conflict``: an inline case, or the name of a case file next to the scenario."""
