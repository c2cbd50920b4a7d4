"""Estimates: a number with an optional uncertainty range and a reason.

Weights, option values and reservation values in a real negotiation are
analysts' estimates.  An :class:`Estimate` keeps the point value used by the
exact analysis next to the range (or distribution) that mediation and
simulation sample from, and a one-line rationale so readers can challenge it.
In YAML an estimate is either a bare number or a mapping::

    weight: 0.3
    weight: {value: 0.3, range: [0.2, 0.4], rationale: "stated as a red line twice"}
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer, model_validator

__all__ = ["Distribution", "Estimate"]

Distribution = Literal["uniform", "triangular", "beta"]


class Estimate(BaseModel):
    """A point value with an optional range, distribution and rationale.

    ``distribution`` says how to sample within ``range``: ``uniform``,
    ``triangular`` (mode at ``value``) or ``beta`` (mean at ``value``,
    concentration ``concentration``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: float
    range: tuple[float, float] | None = None
    distribution: Distribution = "uniform"
    concentration: float = Field(default=20.0, gt=0)
    rationale: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_number(cls, data: Any) -> Any:
        if isinstance(data, bool):
            raise ValueError("expected a number or {value, range, rationale}, got a boolean")
        if isinstance(data, int | float):
            return {"value": float(data)}
        return data

    @model_validator(mode="after")
    def _range_contains_value(self) -> Estimate:
        if self.range is not None:
            low, high = self.range
            if not low <= self.value <= high:
                raise ValueError(
                    f"value {self.value} lies outside its range [{low}, {high}]; "
                    "widen the range or move the value inside it"
                )
        return self

    @property
    def low(self) -> float:
        """Lower end of the range (the value itself when certain)."""
        return self.range[0] if self.range else self.value

    @property
    def high(self) -> float:
        """Upper end of the range (the value itself when certain)."""
        return self.range[1] if self.range else self.value

    @model_serializer(mode="wrap")
    def _as_number_when_bare(self, handler: Any) -> Any:
        if self.range is None and self.rationale is None:
            return self.value
        data = handler(self)
        return {
            k: v
            for k, v in data.items()
            if v is not None
            and not ((k == "distribution" and v == "uniform") or (k == "concentration" and v == 20.0))
        }
