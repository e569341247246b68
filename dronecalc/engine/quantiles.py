"""Percentiles of one array of samples, equal to :func:`numpy.percentile`, element for element.

``numpy.percentile`` (default ``method="linear"``, Hyndman and Fan's definition 7) chooses
its partition points with :func:`numpy.unique`, whose first call imports :mod:`numpy.ma`
(~7 ms, once per process, in every ``dronecalc check``). :func:`percentile` takes the same
order statistics (a partition at the neighbours of each virtual index) and interpolates them
with numpy's own formula (``_lerp``: from the lower neighbour below gamma = 0.5, from the
upper one from 0.5 on), so its result is the same float. The partition is taken at the lower
neighbours only; each upper neighbour (the next order statistic) is the smallest entry of the
segment that follows its lower one (:func:`_order_statistics`): a partition at 3 points
instead of 6 (1.36 -> 0.7 ms at 47,000 samples; a check takes ~10). From
:data:`BRACKET_MIN` entries on, only the entries in a bracket around each rank are
partitioned (:func:`_bracketed`; 4.0 -> 2.6 M instructions for three percentiles of 77,884
values). tests/test_check_time.py compares the two with numpy on random arrays with ties,
infinities and NaN.

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
    low, high = _order_statistics(a, previous % n, following % n)
    gamma = np.asarray(virtual - previous, dtype=virtual.dtype)
    diff = high - low                              # numpy's _lerp, step for step
    out = np.add(low, diff * gamma)
    np.subtract(high, diff * (1 - gamma), out=out, where=gamma >= 0.5)
    return out


#: Smallest array [entries] whose order statistics are taken from brackets
#: (:func:`_bracketed`) rather than one partition of the whole array.
BRACKET_MIN = 8192
#: Entries of the sorted subsample that places the brackets.
_SUBSAMPLE = 2048


def _order_statistics(a: np.ndarray, lower: np.ndarray, upper: np.ndarray
                      ) -> tuple[np.ndarray, np.ndarray]:
    """The order statistics of ``a`` at ``lower`` and ``upper`` (see :func:`_partitioned`):
    from brackets where ``a`` is large, else from one partition."""
    if a.size >= BRACKET_MIN:
        found = _bracketed(a, lower, upper)
        if found is not None:
            return found
    return _partitioned(a, lower, upper)


def _bracketed(a: np.ndarray, lower: np.ndarray, upper: np.ndarray):
    """:func:`_partitioned`'s order statistics from a few entries around each rank.

    A sorted subsample of ~:data:`_SUBSAMPLE` entries (every ``n // 2048``-th) places a
    value bracket [lo, hi] around each rank k, wide enough that it holds the rank but for a
    chance of ~1e-4 (four binomial standard deviations of the subsample's count below the
    k-th value, plus two entries; a miss costs the whole partition); then ``below`` =
    #(a < lo) and the entries in [lo, hi] are the order statistics below + 0 ...
    below + m - 1 of ``a`` (every entry below lo is smaller than them, every entry above
    hi larger), so the k-th is the
    (k - below)-th of those, found by partitioning only them. Exact whenever
    below <= k and k + 1 < below + m (checked; None otherwise, for a whole partition):
    the same values as a sort gives, ties included. Passes over ``a``: three comparisons
    per rank, against a partition of all of it (callgrind, three ranks of 77,884 entries:
    2.6 M instructions against 4.0 M). NaN-free ``a`` (the caller's case)."""
    n = a.size
    step = max(1, n // _SUBSAMPLE)
    sub = np.sort(a[::step])
    m = sub.size
    low = np.empty(len(lower), dtype=a.dtype)
    high = np.empty(len(lower), dtype=a.dtype)
    done: dict[tuple[int, int], tuple] = {}
    for j, (k, up) in enumerate(zip(lower.tolist(), upper.tolist())):
        key = (k, up)
        if key not in done:
            share = k / n
            spread = 4.0 * np.sqrt(m * share * (1.0 - share)) + 2.0
            i_lo, i_hi = int(share * m - spread), int(share * m + spread) + 1
            lo = sub[i_lo] if i_lo >= 0 else -np.inf
            hi = sub[i_hi] if i_hi < m else np.inf
            below = int(np.count_nonzero(a < lo))
            inside = a.take(np.flatnonzero((a >= lo) & (a <= hi)))
            need = max(k, up) - below
            if below > k or need >= inside.size or 2 * inside.size > n:
                return None
            kth = sorted({k - below, need})
            part = np.partition(inside, kth)
            done[key] = (part[k - below], part[up - below])
        low[j], high[j] = done[key]
    return low, high


def _partitioned(a: np.ndarray, lower: np.ndarray, upper: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray]:
    """The order statistics of ``a`` at the indices ``lower`` and ``upper`` (each ``upper``
    entry ``lower + 1``, or equal to it at the top end), from one partition at ``lower``.

    After ``np.partition(a, kth)`` with sorted distinct ``kth``, the entries between two
    consecutive kth positions are no smaller than the first one's value and no larger than
    the second's, so the order statistic just above ``kth[i]`` is the smallest entry of
    ``part[kth[i] + 1 : kth[i + 1] + 1]`` (the segment always holds it: the next kth, or the
    array's end, lies beyond). Values only, so ties give the same numbers as a full sort.
    NaN-free ``a`` (the caller's case).
    """
    kth = np.array(sorted(set(lower.tolist())), dtype=np.intp)   # not np.unique: its first
    part = np.partition(a, kth)                   # call imports numpy.ma (module docstring)
    ends = list(kth[1:] + 1) + [a.size]
    following = {int(k): part[k + 1:e].min() if k + 1 < a.size else part[k]
                 for k, e in zip(kth, ends)}
    low = part[lower]
    high = np.array([part[up] if up == lo else following[int(lo)]
                     for lo, up in zip(lower, upper)], dtype=a.dtype)
    return low, high
