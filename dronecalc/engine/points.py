"""Points and boxes of model inputs, shared by the Monte Carlo, the bound and the sensitivity.

A *point* is one value per input (SI floats); a *box* is the set of ranged inputs between their
ends (:func:`free_names`); an :data:`Objective` maps a dict of input arrays to an array of
results, evaluated on batches of points, never point by point.
"""
from __future__ import annotations

import math
from typing import Callable, Mapping

import numpy as np

from ..priors.describe import Input

#: A result as a function of sampled inputs: dict of SI arrays -> array.
Objective = Callable[[Mapping[str, np.ndarray]], np.ndarray]


def free_names(inputs: Mapping[str, Input]) -> list[str]:
    """Names of the inputs that are ranges (the dimensions of the box)."""
    return [name for name, inp in inputs.items() if not inp.exact]


def central_point(inputs: Mapping[str, Input]) -> dict[str, float]:
    """Every input at its median draw: the middle of its range, or for an integer input
    (drawn uniformly over its values, :func:`.montecarlo.sample`) its lower median.

    The lower median is the smallest value ``m`` with P(X <= m) >= 1/2 (the inverse of the
    distribution function at 1/2: Hyndman and Fan 1996, "Sample quantiles in statistical
    packages", definition 1; numpy's ``method="inverted_cdf"``). For an odd count of values
    it is the middle one; for an even count the lower of the two middle ones (packs 1-2 -> 1:
    half the draws have one pack), where rounding the middle half up would pick the upper
    one and so a machine more capable than half of those drawn.
    """
    point = {}
    for name, inp in inputs.items():
        if inp.variable.integer:
            point[name] = float(inp.low + math.floor(0.5 * (inp.high - inp.low)))
        else:
            point[name] = 0.5 * (inp.low + inp.high)
    return point


def batch(point: Mapping[str, float], changes: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Arrays of points: ``point`` repeated, with some inputs set per row by ``changes``.

    Columns of ``changes`` are used as given (not copied) when they have the batch length.
    """
    n = max((np.size(c) for c in changes.values()), default=1)
    out = {name: np.full(n, float(value)) for name, value in point.items()
           if name not in changes}
    for name, column in changes.items():
        column = np.asarray(column, dtype=float)
        out[name] = column if column.shape == (n,) else np.full(n, float(column))
    return out


def stack(points: list[Mapping[str, float]]) -> dict[str, np.ndarray]:
    """A list of points as arrays, one row per point."""
    return {name: np.array([p[name] for p in points], dtype=float) for name in points[0]}


def row(values: Mapping[str, np.ndarray], index: int) -> dict[str, float]:
    """One sample of a set of arrays, as a point."""
    return {name: float(np.asarray(col)[index]) for name, col in values.items()}


def best_row(values: Mapping[str, np.ndarray], result: np.ndarray,
             maximize: bool = True) -> dict[str, float] | None:
    """The sample of ``values`` with the largest (or smallest) finite ``result``, as a point;
    None when no result is finite."""
    scored = np.where(np.isfinite(result), result if maximize else -result, -np.inf)
    if scored.size == 0 or not np.isfinite(scored.max()):
        return None
    return row(values, int(np.argmax(scored)))
