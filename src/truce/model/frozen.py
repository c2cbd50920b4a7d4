"""Immutable mappings for the frozen model.

Pydantic's ``frozen=True`` stops assignment to a field but not changes inside
a ``dict`` field: ``scenario.preferences[0].weights["x"] = 0.9`` would succeed
and leave a validated scenario invalid.  Every mapping field of the model is
therefore a :data:`FrozenMapping`: validated as a dict (same YAML, same JSON
Schema) and stored as a :class:`FrozenDict`, which has no mutating methods,
hashes, compares equal to a dict with the same items, and pickles.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, PlainSerializer, SerializerFunctionWrapHandler, WrapSerializer

__all__ = ["FrozenData", "FrozenDict", "FrozenMapping", "freeze", "thaw"]

K = TypeVar("K")
V = TypeVar("V")


class FrozenDict(Mapping[K, V]):
    """A read-only dict: lookups, iteration in insertion order, equality, hashing.

    Parameters
    ----------
    data
        The items, copied: later changes to ``data`` do not show.
    """

    __slots__ = ("_data", "_hash")

    def __init__(self, data: Mapping[K, V] | None = None) -> None:
        self._data: dict[K, V] = dict(data or {})
        self._hash: int | None = None

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._data.items()))
        return self._hash

    def __repr__(self) -> str:
        return f"FrozenDict({self._data!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (self._data,))


def _freeze(data: Mapping[Any, Any]) -> FrozenDict[Any, Any]:
    return data if isinstance(data, FrozenDict) else FrozenDict(data)


def _thaw(data: Mapping[Any, Any], handler: SerializerFunctionWrapHandler) -> Any:
    return handler(dict(data))


FrozenMapping = Annotated[Mapping[K, V], AfterValidator(_freeze), WrapSerializer(_thaw)]
"""A mapping field: validated and serialised as a dict, stored as a :class:`FrozenDict`."""


def freeze(data: Any) -> Any:
    """``data`` with every dict made a :class:`FrozenDict` and every list a tuple, recursively."""
    if isinstance(data, Mapping):
        return FrozenDict({key: freeze(value) for key, value in data.items()})
    if isinstance(data, list | tuple):
        return tuple(freeze(item) for item in data)
    return data


def thaw(data: Any) -> Any:
    """Plain dicts and lists again, for serialisation."""
    if isinstance(data, Mapping):
        return {key: thaw(value) for key, value in data.items()}
    if isinstance(data, tuple | list):
        return [thaw(item) for item in data]
    return data


FrozenData = Annotated[Any, AfterValidator(freeze), PlainSerializer(thaw)]
"""Free-form data (case metadata, sources): any YAML value, stored deeply immutable."""
