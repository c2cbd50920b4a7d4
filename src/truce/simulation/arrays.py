"""Array types shared by the simulation's modules (one entry per run, per candidate outcome, ...)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["BoolArray", "FloatArray", "IndexArray", "IntArray"]

IntArray = npt.NDArray[np.int64]
IndexArray = npt.NDArray[np.int32]
"""Positions in a party's sorted candidates (at most ``2**31 - 1`` of them): half the bytes of int64."""
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
