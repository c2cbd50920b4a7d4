"""Estimates: a number with an optional uncertainty range and a reason.

Weights, option values and reservation values in a real negotiation are
analysts' estimates.  An :class:`Estimate` keeps the point value used by the
exact analysis next to the range (or distribution) that mediation and
simulation sample from, and a one-line rationale so readers can challenge it.
In YAML an estimate is either a bare number or a mapping::

    weight: 0.3
    weight: {value: 0.3, range: [0.2, 0.4], rationale: "stated as a red line twice"}
    value: 1/3

Exact analysis computes with the rational number each value stands for
(:attr:`Estimate.exact`): a decimal is the decimal as written (``0.15`` is
3/20, not the binary float nearest to it) and ``p/q`` is that fraction.  A
number given as a Python float is read as the shortest decimal that gives back
the same float, which is the literal itself for decimals of up to 15
significant digits.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidatorFunctionWrapHandler,
    WithJsonSchema,
    model_serializer,
    model_validator,
)

__all__ = ["Distribution", "Estimate", "exact_number"]

_RATIONAL = re.compile(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?(\s*/\s*\d+)?\s*")


def exact_number(number: float | int | str | Fraction) -> Fraction:
    """The rational number a scenario value stands for.

    Integers and fractions are themselves; a string is a decimal (``"0.15"``)
    or a fraction (``"1/3"``); a float is read as the shortest decimal that
    gives back the same float (``0.15`` -> 3/20), which is the literal a YAML
    file or a GENIUS attribute wrote for decimals of up to 15 significant
    digits.

    Raises
    ------
    ValueError
        For strings that are not a decimal or a fraction, a zero denominator,
        and for infinite or NaN floats.
    """
    if isinstance(number, bool):
        raise ValueError("expected a number, got a boolean")
    if isinstance(number, int | Fraction):
        return Fraction(number)
    if isinstance(number, float):
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError(f"{number} is not a finite number")
        return Fraction(repr(number))
    if not _RATIONAL.fullmatch(number):
        raise ValueError(f"{number!r} is not a number; write a decimal (0.25) or a fraction (1/4)")
    numerator, _, denominator = number.partition("/")
    if denominator and int(denominator) == 0:
        raise ValueError(f"{number!r} divides by zero")
    return Fraction(numerator.strip()) / (int(denominator) if denominator else 1)


ExactValue = Annotated[
    float,
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number"},
                {"type": "string",
                 "pattern": r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?(\s*/\s*\d+)?\s*$"},
            ]
        }
    ),
]

Distribution = Literal["uniform", "triangular", "beta"]


class Estimate(BaseModel):
    """A point value with an optional range, distribution and rationale.

    ``distribution`` says how to sample within ``range``: ``uniform``,
    ``triangular`` (mode at ``value``) or ``beta`` (mean at ``value``,
    concentration ``concentration``).  ``value`` is the nearest float;
    :attr:`exact` is the rational number the input wrote.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)  # as elements._Frozen

    value: ExactValue
    range: tuple[float, float] | None = None
    distribution: Distribution = "uniform"
    concentration: float = Field(default=20.0, gt=0)
    rationale: str | None = None
    _exact: Fraction | None = PrivateAttr(default=None)

    @model_validator(mode="wrap")
    @classmethod
    def _from_number(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        if isinstance(data, bool):
            raise ValueError("expected a number or {value, range, rationale}, got a boolean")
        if isinstance(data, int | float | str | Fraction):
            data = {"value": data}
        exact = None
        if isinstance(data, dict) and isinstance(data.get("value"), str | Fraction):
            exact = exact_number(data["value"])
            data = {**data, "value": float(exact)}
        estimate = handler(data)
        if exact is not None and exact != Fraction(repr(estimate.value)):
            estimate._exact = exact
        return estimate

    @classmethod
    def of(cls, number: Fraction) -> Estimate:
        """The certain estimate of ``number`` (no range), as validating ``number`` gives it.

        For readers that compute exact numbers themselves (GENIUS files): it
        skips pydantic's validation, whose schema costs more to build than a
        small domain costs to analyse.
        """
        value = float(number)
        if Fraction(repr(value)) == number:
            return cls.model_construct(value=value)
        return cls.model_construct(value=value, _exact=number)

    @property
    def exact(self) -> Fraction:
        """The rational number ``value`` stands for (see :func:`exact_number`)."""
        return self._exact if self._exact is not None else Fraction(repr(self.value))

    @model_validator(mode="after")
    def _range_contains_value(self) -> Estimate:
        if self.range is not None:
            low, high = self.range
            if low > high:
                raise ValueError(
                    f"range [{low}, {high}] is inverted; write the lower end first: [{high}, {low}]"
                )
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
        value: float | str = self.value if self._exact is None else str(self._exact)
        if self.range is None and self.rationale is None:
            return value
        data = {**handler(self), "value": value}
        return {
            k: v
            for k, v in data.items()
            if v is not None
            and not ((k == "distribution" and v == "uniform") or (k == "concentration" and v == 20.0))
        }
