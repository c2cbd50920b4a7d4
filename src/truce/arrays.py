"""The array types of truce's numpy code, in one place.

Engines pass outcomes as integer option indices, utilities as floats and masks
as booleans; these aliases name those arrays in signatures.  Each is the type
``numpy.typing.NDArray`` gives (``IntArray`` is ``NDArray[np.int64]``), written
without importing :mod:`numpy.typing`, so this module costs nothing beyond
numpy at start-up.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import numpy as np

__all__ = ["AnyArray", "BoolArray", "FloatArray", "Int32Array", "IntArray", "ObjectArray"]

IntArray: TypeAlias = np.ndarray[tuple[Any, ...], np.dtype[np.int64]]
"""Integers: option indices of outcomes (one row per outcome), counts, codes."""
FloatArray: TypeAlias = np.ndarray[tuple[Any, ...], np.dtype[np.float64]]
"""Floats: utilities, probabilities, weights."""
BoolArray: TypeAlias = np.ndarray[tuple[Any, ...], np.dtype[np.bool_]]
"""Masks: which outcomes, states or samples pass a test."""
Int32Array: TypeAlias = np.ndarray[tuple[Any, ...], np.dtype[np.int32]]
"""Integers below ``2**31``, in half the bytes of ``IntArray``: states, ranks, positions in sorted lists."""
ObjectArray: TypeAlias = np.ndarray[tuple[Any, ...], np.dtype[np.object_]]
"""Python objects (exact fractions)."""
AnyArray: TypeAlias = np.ndarray[tuple[Any, ...], np.dtype[Any]]
"""Any dtype: functions that accept integer and float arrays alike."""
