"""Conversions at the library's edge: a Quantity or a figure string to validated SI numbers.

Public functions accept pint Quantities, or strings such as ``"60-70 km/h"``, and
convert them once, here, to SI floats or numpy arrays for the physics core. The registry
itself lives in :mod:`.registry` (re-exported here), the figure parser in :mod:`.figures`:
registry <- figures <- units, no cycle.
"""
from __future__ import annotations

import numbers

import numpy as np
import pint

from ..errors import InputValueError, UnitError
from .figures import parse
from .registry import COMMON_UNITS, Q_, Quantity, unit, ureg

__all__ = ["COMMON_UNITS", "Q_", "Quantity", "unit", "ureg", "to_si"]


def to_si(value, units: str, field: str, *, minimum: float | None = 0.0,
          positive: bool = False) -> float | np.ndarray:
    """Convert ``value`` to a float or array in ``units`` (an SI unit string), validated.

    Parameters
    ----------
    value : Quantity, str, number or array
        A Quantity of the right dimension, a figure string (``"3 kg"``; a range such as
        ``"60-70 km/h"`` becomes the array of its two ends; ``"2.355 kg"`` is 2.355 kg, the
        point a decimal point, as a program writes it), or a bare number only when
        ``units`` is dimensionless.
    units : str
        The unit to convert to, e.g. ``"kg"`` or ``"m/s"``.
    field : str
        The argument's name, quoted in error messages.
    minimum : float or None
        Smallest allowed value in ``units`` (default 0: no negatives); None for no bound.
    positive : bool
        Reject zero as well.

    Raises
    ------
    UnitError
        Wrong dimension, unknown unit, or a bare number for a dimensioned field.
    InputValueError
        NaN, infinite, below ``minimum`` or zero when ``positive``.
    """
    target = unit(units)
    if isinstance(value, str):          # a program's string: its point is a decimal point (a
        value = _figure_value(parse(value, decimal_point=True), field)   # case file's figures
        # are read by intake.fields, which refuses "1.200 km" as ambiguous; issue 10)
    if isinstance(value, pint.Quantity):
        try:
            out = value.m_as(target)
        except pint.DimensionalityError as exc:
            raise UnitError("wrong dimension", field=field, value=f"{value:~P}",
                            expected=f"a quantity convertible to {target:~P}") from exc
    elif target.dimensionless and (isinstance(value, numbers.Real) or _is_numeric_array(value)):
        out = value
    else:
        raise UnitError("needs a unit", field=field, value=value,
                        expected=f"a Quantity or a string with a unit convertible to {target:~P}")
    return _check_numbers(out, field, minimum, positive)


def _figure_value(fig, field: str) -> pint.Quantity:
    """A point figure's value, or a range's two ends as an array; an open bound is refused."""
    if fig.kind == "point":
        return fig.low
    if fig.kind == "range":
        return Q_(np.array([fig.low.m_as(fig.unit), fig.high.m_as(fig.unit)]), fig.unit)
    raise InputValueError("an open bound is not a value to compute with", field=field,
                          value=fig.text, expected="a point such as '3 kg' or a range '2-3 kg'")


def _is_numeric_array(value) -> bool:
    return isinstance(value, (list, tuple, np.ndarray)) and np.asarray(value).dtype.kind in "iuf"


def _check_numbers(out, field: str, minimum: float | None, positive: bool):
    arr = np.asarray(out, dtype=float)
    if not np.all(np.isfinite(arr)):
        raise InputValueError("must be finite", field=field, value=out, expected="no NaN or infinity")
    if minimum is not None and np.any(arr < minimum):
        raise InputValueError("below its minimum", field=field, value=out, expected=f">= {minimum}")
    if positive and np.any(arr <= 0):
        raise InputValueError("must be positive", field=field, value=out, expected="> 0")
    return float(arr) if arr.ndim == 0 else arr
