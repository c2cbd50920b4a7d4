"""Statistics shared by the engines: interval estimates of a proportion.

Mediation (the chance that every party accepts) and simulation (the
agreement rate over runs) both report a share of successes with its
interval, computed here once.
"""

from __future__ import annotations

import math

__all__ = ["Z95", "proportion", "wilson_interval"]

Z95 = 1.959963984540054
"""The two-sided 95 % quantile of the standard normal distribution."""


def wilson_interval(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson (1927) score interval of a binomial proportion (95 % by default).

    The ends are exactly 0 when there are no successes and exactly 1 when
    every trial succeeds; with no trials the interval is ``(0, 1)``.

    Wilson, E. B. (1927). Probable inference, the law of succession, and
    statistical inference. *JASA* 22(158), 209-212.
    """
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (
        0.0 if successes == 0 else max(0.0, centre - half),
        1.0 if successes == n else min(1.0, centre + half),
    )


def proportion(successes: int, n: int, z: float = Z95) -> tuple[float, tuple[float, float]]:
    """The share ``successes / n`` (0 when ``n`` is 0) and its :func:`wilson_interval`."""
    return (successes / n if n else 0.0), wilson_interval(successes, n, z)
