"""Where the performance chain's search starts: the parabola through the best grid points.

:func:`_vertex` is the vertex of the parabola through the best grid point and its two
neighbours; :func:`_half_step_vertex` (best endurance) adds the power at the two half-step
points beside the best one and takes the parabola through the best of those five points and
its neighbours. Both in the grid's dtype, for :mod:`dronecalc.physics.chain` (Press et al.
2007, sec. 10.3: parabolic interpolation).
"""
from __future__ import annotations

import numpy as np

from .fused import _fast_power


_COLUMNS = [np.arange(0)]


def _columns(n):
    """``np.arange(n)`` (read-only; a view of one kept array, grown as asked: a chunk asks
    for its length's ~6 times)."""
    if _COLUMNS[0].size < n:
        cols = np.arange(n)
        cols.flags.writeable = False
        _COLUMNS[0] = cols
    return _COLUMNS[0][:n]


def _subset(c, mask):
    return {key: (val[mask] if np.ndim(val) else val) for key, val in c.items()}  # None: 0-d


def _vertex(speeds, f, i, low, high, taken=None):
    """Abscissa of the parabola through the grid points i-1, i, i+1 (clamped inside the
    grid), kept in [low, high] and in ``f``'s dtype.

    On an evenly spaced grid (the default) the vertex is x_j + (dx / 2) (f0 - f2) /
    (f0 - 2 f1 + f2), four passes in ``f``'s dtype; otherwise the general formula.
    ``taken``: a dict that receives the three points' values (``"points"``, left unchanged)
    for :func:`_half_step_vertex`, which needs the same ones where every i is inside.
    """
    k = len(speeds)
    if k < 3:
        return speeds[i].astype(f.dtype)
    j = np.minimum(np.maximum(i, 1), k - 2)
    f0, f1, f2 = _beside(f, j, _columns(f.shape[1]))
    if taken is not None:
        taken["points"] = (f0, f1, f2)
    step = np.diff(speeds)
    with np.errstate(divide="ignore", invalid="ignore"):
        if np.all(step == step[0]):
            den = f1 * -2.0
            den += f0
            den += f2                                      # f0 - 2 f1 + f2
            shift = np.subtract(f0, f2)
            shift /= den
            shift *= f.dtype.type(0.5 * step[0])
            x = speeds.astype(f.dtype).take(j)
            x += shift
        else:
            x0, x1, x2 = speeds[j - 1], speeds[j], speeds[j + 1]
            a, b = x1 - x0, x1 - x2
            num = a * a * (f1 - f2) - b * b * (f1 - f0)
            den = a * (f1 - f2) - b * (f1 - f0)
            x = (x1 - 0.5 * num / den).astype(f.dtype)
    bad = ~np.isfinite(x)
    if bad.any():
        x[bad] = speeds.astype(f.dtype)[i[bad]]
    np.maximum(x, low, out=x)
    np.minimum(x, high, out=x)
    return x


def _beside(grid, rows, cols):
    """``grid[rows - 1, cols]``, ``grid[rows, cols]``, ``grid[rows + 1, cols]``: three flat
    takes with one index array shifted in place (the grid's speeds on the leading axis)."""
    n = grid.shape[1]
    at = rows * n
    at += cols
    flat = grid.reshape(-1)
    mid = flat.take(at)
    at -= n
    below = flat.take(at)
    at += 2 * n
    return below, mid, flat.take(at)


def _half_step_vertex(f, speeds, p_grid, i, bufs, x, low, high, steps, grid_points=None):
    """Where the least grid power is inside the grid, the power at the two half-way points
    beside it too, and ``x`` set to the vertex of the parabola through the least of those
    five points and its two neighbours (half a grid step apart), kept in [low, high];
    ``x`` in place; the half-step powers with ``steps`` Glauert steps. An evenly spaced grid
    only (the default); elsewhere ``x`` is kept. ``grid_points``: the grid's powers at
    i - 1, i, i + 1 if known (:func:`_vertex`'s ``taken``), used where every i is inside."""
    k, n = p_grid.shape
    if k < 3 or not np.all(np.diff(speeds) == speeds[1] - speeds[0]):
        return
    inner = (i > 0) & (i < k - 1)
    every = bool(inner.all())
    if not every:
        inner = np.flatnonzero(inner)
        if not inner.size:
            return
        f, i = _subset(f, inner), i[inner]
    m = i.size
    dt = p_grid.dtype
    half = dt.type(0.5 * (speeds[1] - speeds[0]))
    centre = speeds.astype(dt).take(i)
    v = np.empty((2, m), dtype=dt)
    np.subtract(centre, half, out=v[0])
    np.add(centre, half, out=v[1])
    # the five points' powers (p_lo, pm0, p_c, pm1, p_hi) as the rows of one array
    points = np.empty((5, m), dtype=dt)
    pm = points[1::2]
    _fast_power(f, v, steps, bufs, pm)
    points[0], points[2], points[4] = (grid_points if every and grid_points is not None
                                       else _beside(p_grid, i, _columns(n) if every else inner))
    p_c = points[2]
    # the least of (p_lo, pm0, p_c, pm1, p_hi), the first on ties (p_lo > p_c <= p_hi)
    lo = (pm[0] < p_c) & ~(pm[1] < pm[0])
    hi = (pm[1] < p_c) & ~lo
    # f0, f1, f2: rows first, first + 1, first + 2 with first = 0 (lo), 2 (hi) or 1; three
    # flat takes (3.9 against 13 ns per sample for the six equivalent np.where, measured)
    at = np.add(hi, 1, dtype=np.intp)
    at -= lo
    at *= m
    at += _columns(m)
    flat = points.reshape(-1)
    f0 = flat.take(at)
    at += m
    f1 = flat.take(at)
    at += m
    f2 = flat.take(at)
    centre += (hi.astype(dt) - lo.astype(dt)) * half
    with np.errstate(divide="ignore", invalid="ignore"):
        den = f1 * -2.0
        den += f0
        den += f2
        f0 -= f2
        f0 /= den
        f0 *= 0.5 * half
        centre += f0
    if every:
        np.copyto(x, centre, where=np.isfinite(centre))
        np.maximum(x, low, out=x)
        np.minimum(x, high, out=x)
        return
    y = np.where(np.isfinite(centre), centre, x[inner])
    np.maximum(y, low[inner], out=y)
    np.minimum(y, high[inner], out=y)
    x[inner] = y
