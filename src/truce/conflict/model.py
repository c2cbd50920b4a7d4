"""The graph model of a conflict: decision makers, options, states, preferences.

A state is an integer *code*: bit ``j`` is set when option ``j`` (in the
global option order: decision makers in order, each one's options in order) is
taken.  Feasible states are stored as a sorted-by-listing array of codes with
their published state numbers, and each decision maker's preference is an
integer payoff rank per state (larger = more preferred, equal = tie).  This is
the option form of Fang, Hipel & Kilgour (1993), *Interactive Decision Making:
The Graph Model for Conflict Resolution*, Wiley, ch. 2-3.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from truce.arrays import IntArray
from truce.errors import ConflictModelError

__all__ = [
    "DecisionMaker",
    "GraphModel",
    "Option",
    "Reversibility",
    "ranks_from_ranking",
]

Reversibility = Literal["both", "forward", "backward"]

#: Largest number of options for which code lookups use a dense table.
DENSE_LOOKUP_BITS = 24


@dataclass(frozen=True)
class Option:
    """One option of a decision maker.

    ``forward`` options can only be taken (N to Y, e.g. an irreversible
    release of hostages), ``backward`` ones only dropped (Y to N).
    """

    name: str
    reversibility: Reversibility = "both"
    label: str | None = None
    sources: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class DecisionMaker:
    """A decision maker and the options it controls."""

    name: str
    options: tuple[Option, ...]


def ranks_from_ranking(ranking: Sequence[Sequence[int]], n_states: int) -> IntArray:
    """Payoff ranks from a ranking of state indices, most preferred tier first.

    Each tier is a list of equally preferred state indices; the most preferred
    tier gets the highest rank.  Every index in ``range(n_states)`` must appear
    exactly once (the caller validates and reports errors with file context).
    """
    ranks = np.full(n_states, -1, dtype=np.int64)
    for level, tier in enumerate(ranking):
        ranks[list(tier)] = len(ranking) - level
    return ranks


@dataclass(frozen=True, eq=False)
class GraphModel:
    """A conflict in graph-model (option) form.

    Parameters
    ----------
    name
        Case identifier.
    decision_makers
        Decision makers in order; their options define the global option order.
    codes
        Option code of each feasible state (bit ``j`` = option ``j`` taken).
    state_ids
        State number of each feasible state, as the case file gives it.
    ranks
        ``(n_dm, n_states)`` payoff ranks; larger is more preferred.
    wildcards
        Per state, bits of options left open (``-`` in a pattern); zero for
        ordinary states.
    explicit_moves
        When given, per decision maker ``(from_index, to_index)`` arrays that
        replace the moves derived from options.
    status_quo
        Index of the status-quo state, if any.
    labels
        Optional human-readable label per state index.
    metadata
        Free-form case metadata (source, notes, option sources), kept for output.
    """

    name: str
    decision_makers: tuple[DecisionMaker, ...]
    codes: IntArray
    state_ids: IntArray
    ranks: IntArray
    wildcards: IntArray | None = None
    explicit_moves: tuple[tuple[IntArray, IntArray], ...] | None = None
    status_quo: int | None = None
    labels: Mapping[int, str] = field(default_factory=dict)
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        n = len(self.codes)
        if self.ranks.shape != (len(self.decision_makers), n):
            raise ConflictModelError(
                f"preference ranks have shape {self.ranks.shape}, expected "
                f"({len(self.decision_makers)}, {n})",
                field="preferences",
            )
        if len(self.state_ids) != n:
            raise ConflictModelError("one state number is needed per state", field="states")
        # sorted copy, not a set of Python ints (about 100 bytes per state)
        ids = np.sort(self.state_ids)
        if n > 1 and bool(np.any(ids[1:] == ids[:-1])):
            raise ConflictModelError("a state number is listed twice", field="states",
                                     hint="give every state its own id")
        if len(self.decision_makers) < 2:
            raise ConflictModelError("a conflict needs at least two decision makers",
                                     field="decision_makers")
        names = [dm.name for dm in self.decision_makers]
        if len(set(names)) != len(names):
            raise ConflictModelError("a decision maker is listed twice", field="decision_makers")

    # -- sizes and option structure -------------------------------------------------

    @property
    def n_states(self) -> int:
        """Number of feasible states."""
        return len(self.codes)

    @property
    def n_dms(self) -> int:
        """Number of decision makers."""
        return len(self.decision_makers)

    @cached_property
    def options(self) -> tuple[Option, ...]:
        """All options in the global order."""
        return tuple(option for dm in self.decision_makers for option in dm.options)

    @property
    def n_options(self) -> int:
        """Number of options over all decision makers."""
        return len(self.options)

    @cached_property
    def dm_names(self) -> tuple[str, ...]:
        """Decision-maker names in order."""
        return tuple(dm.name for dm in self.decision_makers)

    @cached_property
    def dm_masks(self) -> tuple[int, ...]:
        """Bit mask of the options each decision maker controls."""
        masks: list[int] = []
        offset = 0
        for dm in self.decision_makers:
            masks.append(((1 << len(dm.options)) - 1) << offset)
            offset += len(dm.options)
        return tuple(masks)

    @cached_property
    def forward_mask(self) -> int:
        """Options that can only be taken (N to Y)."""
        return sum(1 << j for j, o in enumerate(self.options) if o.reversibility == "forward")

    @cached_property
    def backward_mask(self) -> int:
        """Options that can only be dropped (Y to N)."""
        return sum(1 << j for j, o in enumerate(self.options) if o.reversibility == "backward")

    def dm_index(self, name: str) -> int:
        """Index of the decision maker called ``name``."""
        try:
            return self.dm_names.index(name)
        except ValueError:
            raise ConflictModelError(
                f"unknown decision maker {name!r}",
                hint="use one of: " + ", ".join(self.dm_names),
            ) from None

    # -- states ---------------------------------------------------------------------

    @cached_property
    def _id_to_index(self) -> dict[int, int]:
        return {int(sid): k for k, sid in enumerate(self.state_ids.tolist())}

    def index_of(self, state_id: int) -> int:
        """Index of the state with number ``state_id``."""
        try:
            return self._id_to_index[int(state_id)]
        except KeyError:
            raise ConflictModelError(f"unknown state {state_id}",
                                     hint="use a state number the case lists") from None

    def ids(self, mask_or_indices: npt.NDArray[Any]) -> list[int]:
        """State numbers of a boolean mask or an index array, in listing order."""
        array = np.asarray(mask_or_indices)
        indices = np.flatnonzero(array) if array.dtype == np.bool_ else np.sort(array)
        return [int(v) for v in self.state_ids[indices]]

    def pattern(self, index: int) -> str:
        """The ``Y``/``N``/``-`` pattern of a state, one character per option."""
        code = int(self.codes[index])
        wild = int(self.wildcards[index]) if self.wildcards is not None else 0
        return "".join(
            "-" if wild >> j & 1 else ("Y" if code >> j & 1 else "N")
            for j in range(self.n_options)
        )

    def label(self, index: int) -> str | None:
        """Label of a state, if the case gives one."""
        return self.labels.get(index)

    @cached_property
    def lookup(self) -> _CodeLookup:
        """Map option codes (including codes covered by ``-``) to state indices."""
        return _CodeLookup(self)

    def with_ranks(self, ranks: IntArray) -> GraphModel:
        """The same conflict with other preferences (used by inverse analysis)."""
        return GraphModel(
            name=self.name, decision_makers=self.decision_makers, codes=self.codes,
            state_ids=self.state_ids, ranks=ranks, wildcards=self.wildcards,
            explicit_moves=self.explicit_moves, status_quo=self.status_quo,
            labels=self.labels, metadata=self.metadata,
        )


class _CodeLookup:
    """Code to state-index map: a dense table for up to 2^24 codes, else binary search."""

    def __init__(self, model: GraphModel) -> None:
        codes = model.codes
        wild = model.wildcards
        if wild is not None and bool(np.any(wild)):
            expanded: list[int] = []
            owners: list[int] = []
            for k, (code, w) in enumerate(zip(codes.tolist(), wild.tolist(), strict=True)):
                sub = w
                while True:
                    expanded.append(code | sub)
                    owners.append(k)
                    if sub == 0:
                        break
                    sub = (sub - 1) & w
            all_codes = np.asarray(expanded, dtype=np.int64)
            all_owners = np.asarray(owners, dtype=np.int64)
        else:
            all_codes = codes.astype(np.int64)
            all_owners = np.arange(len(codes), dtype=np.int64)
        order = np.argsort(all_codes, kind="stable")
        sorted_codes = all_codes[order]
        if len(sorted_codes) > 1:
            dup = np.flatnonzero(sorted_codes[1:] == sorted_codes[:-1])
            if len(dup):
                a, b = all_owners[order[dup[0]]], all_owners[order[dup[0] + 1]]
                raise ConflictModelError(
                    f"states {model.state_ids[a]} and {model.state_ids[b]} have the same "
                    "option pattern (a state listed twice)",
                    field="states", hint="remove one of them or fix its pattern",
                )
        self.dense: IntArray | None = None
        if model.n_options <= DENSE_LOOKUP_BITS:
            table = np.full(1 << model.n_options, -1, dtype=np.int64)
            table[all_codes] = all_owners
            self.dense = table
        self.sorted_codes = sorted_codes
        self.sorted_owners = all_owners[order]

    def __call__(self, codes: IntArray) -> IntArray:
        """State index of each code, ``-1`` where no feasible state has it."""
        if self.dense is not None:
            return self.dense[codes]
        pos = np.searchsorted(self.sorted_codes, codes)
        pos = np.minimum(pos, len(self.sorted_codes) - 1)
        found = self.sorted_codes[pos] == codes
        return np.where(found, self.sorted_owners[pos], -1)
