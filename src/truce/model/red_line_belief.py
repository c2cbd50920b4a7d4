"""How sure the analysts are that a party's red line holds: a share of samples per confidence level.

Red lines hold in every sample unless a *belief* is given: a red line whose
confidence is ``c`` then holds in a share ``belief[c]`` of the samples,
independently (``firm`` is always 1).  Compatibility constraints between
options (``constraints`` of the scenario) are not red lines: they always hold.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from truce.errors import TruceError

__all__ = ["DEFAULT_RED_LINE_BELIEF", "parse_red_line_belief"]

DEFAULT_RED_LINE_BELIEF: Mapping[str, float] = {
    "firm": 1.0, "reported": 0.7, "disputed": 0.3, "unverified": 0.1,
}
"""Share of samples in which a red line of each confidence holds when a belief is asked for
without naming every level; confidences not listed (``estimate``, ``unknown``) hold always."""


def parse_red_line_belief(text: str) -> dict[str, float]:
    """Parse ``reported=0.7,disputed=0.3`` into a belief (defaults fill the levels not named).

    Raises
    ------
    TruceError
        For an unknown confidence level, a missing ``=`` or a share outside [0, 1].
    """
    from truce.model.elements import Confidence

    levels = Confidence.__args__  # type: ignore[attr-defined]
    belief = dict(DEFAULT_RED_LINE_BELIEF)
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, sep, value = part.partition("=")
        name = name.strip()
        if not sep or name not in levels:
            raise TruceError(
                f"cannot read {part!r} as confidence=share",
                field="red_line_belief",
                hint=f"write e.g. reported=0.7,disputed=0.3 with levels from {', '.join(levels)}",
            )
        try:
            share = float(value)
        except ValueError:
            share = math.nan
        if not 0.0 <= share <= 1.0:
            raise TruceError(
                f"share {value.strip()!r} for {name!r} is not a number in [0, 1]",
                field="red_line_belief",
                hint="give the share of samples in which such a red line holds, between 0 and 1",
            )
        if name == "firm" and share != 1.0:
            raise TruceError("firm red lines always hold", field="red_line_belief", hint="leave out firm=")
        belief[name] = share
    return belief
