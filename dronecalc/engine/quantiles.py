"""Percentiles of one array of samples, equal to :func:`numpy.percentile`, element for element.

``numpy.percentile`` (default ``method="linear"``, Hyndman and Fan's definition 7) chooses
its partition points with :func:`numpy.unique`, whose first call imports :mod:`numpy.ma`
(~7 ms, once per process, in every ``dronecalc check``). :func:`percentile` takes the same
order statistics (a partition at the neighbours of each virtual index) and interpolates them
with numpy's own formula (``_lerp``: from the lower neighbour below gamma = 0.5, from the
upper one from 0.5 on), so its result is the same float; a call costs the same (~1.2 ms at
61,000 samples, nearly all of it the partition). tests/test_check_time.py compares the two
on random arrays with ties, infinities and NaN.

References
----------
.. [HF1996] Hyndman, R. J. and Fan, Y. (1996). Sample quantiles in statistical packages.
   The American Statistician 50(4), 361-365, doi:10.1080/00031305.1996.10473566.
"""
from __future__ import annotations

import numpy as np


def percentile(values, q) -> np.ndarray:
    """``numpy.percentile(values, q)`` of a one-dimensional float array, for a sequence ``q``.

    NaN anywhere among ``values`` gives NaN for every percentile, as numpy does. Anything else
    (an empty, integer or multi-dimensional ``values``, a scalar ``q``, a percentile outside
    [0, 100]) is handed to numpy itself.
    """
    a = np.asarray(values)
    quantiles = np.true_divide(np.asarray(q, dtype=float), 100)
    if (a.ndim != 1 or a.size == 0 or a.dtype.kind != "f" or quantiles.ndim != 1
            or not np.all((quantiles >= 0) & (quantiles <= 1))):
        return np.percentile(a, q)
    n = a.size
    virtual = (n - 1) * quantiles
    previous = np.floor(virtual)
    following = previous + 1
    top = virtual >= n - 1                         # numpy: the last element, index -1
    previous[top] = -1
    following[top] = -1
    previous, following = previous.astype(np.intp), following.astype(np.intp)
    if np.isnan(a).any():
        return np.full(quantiles.shape, np.nan)
    part = np.partition(a, np.concatenate((previous, following)) % n)
    low, high = part[previous], part[following]
    gamma = np.asarray(virtual - previous, dtype=virtual.dtype)
    diff = high - low                              # numpy's _lerp, step for step
    out = np.add(low, diff * gamma)
    np.subtract(high, diff * (1 - gamma), out=out, where=gamma >= 0.5)
    return out
