"""The fused chain's bookkeeping helpers against plain reference code (issue 14, speed8).

``fused._best_row`` counts the rows before the first best one on bytes for grids of up to
256 rows and with the older loop above that; ``fused._views`` keeps the scratch arrays'
views per shape. Both must give what the plain code gives, ties and NaN included.
"""
from __future__ import annotations

import numpy as np
import pytest

from dronecalc.physics import fused


def _reference(f, largest):
    """Row index and value of the best entry of every column by a running strict
    comparison from row 0 (ties: the first row; NaN passed over unless row 0's is NaN)."""
    index = np.zeros(f.shape[1], dtype=np.intp)
    best = f[0].copy()
    for j in range(1, f.shape[0]):
        better = f[j] > best if largest else f[j] < best
        index[better] = j
        best[better] = f[j][better]
    return index, best


@pytest.mark.parametrize("rows", [1, 2, 3, 10, 256, 257, 300])
@pytest.mark.parametrize("largest", [False, True])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_best_row_is_the_running_comparison(rows, largest, dtype):
    rng = np.random.default_rng(rows)
    n = 2000
    f = rng.integers(0, 4, (rows, n)).astype(dtype)      # many ties
    f[rng.random((rows, n)) < 0.1] = np.nan               # NaN anywhere, row 0 included
    f[:, :20] = np.nan                                     # whole columns NaN
    f[-1, 20:40] = -9.0 if not largest else 9.0            # the best in the last row
    index, best = fused._best_row(f, largest)
    want_index, want_best = _reference(f, largest)
    assert np.array_equal(index, want_index)
    assert np.array_equal(best, want_best, equal_nan=True)
    assert index.dtype == np.intp


def test_views_follow_the_scratch_arrays_when_they_grow():
    fused._drop_scratch()                      # start small whatever ran before
    small = fused._scratch(np.dtype(np.float64), 64)
    views = fused._views(small, (2, 16))
    assert all(np.shares_memory(v, b) for v, b in zip(views, small))
    big = fused._scratch(np.dtype(np.float64), 640)   # larger: replaces them
    assert big is not small
    again = fused._views(big, (2, 16))
    assert all(np.shares_memory(v, b) for v, b in zip(again, big))
    assert all(v.shape == (2, 16) for v in again)
