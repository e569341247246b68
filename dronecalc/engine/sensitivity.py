"""Which assumptions matter: one-at-a-time swings; the value of one input that meets a target."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Mapping

import numpy as np

from ..priors.describe import Input
from .points import Objective, batch, central_point, free_names


@dataclass(frozen=True)
class Driver:
    """How much one assumption moves a result across its range, others at their middle.

    ``output_low`` and ``output_high`` are the result (SI) with the input at its low and at
    its high end.
    """

    name: str
    low: float
    high: float
    unit: str
    output_low: float
    output_high: float
    #: Whether the low / high end was pulled in to the last buildable value (the input's
    #: own end leaves the buildable set, others at the base): ``low`` / ``high`` say where.
    clipped: tuple[bool, bool] = (False, False)

    @property
    def swing(self) -> float:
        """``output_high - output_low`` [SI unit of the result]."""
        return self.output_high - self.output_low


#: Steps from the base to an end at which a swing whose end is not buildable is probed.
_PROBES = 16


def sensitivity(inputs: Mapping[str, Input], objective: Objective,
                base: Mapping[str, float] | None = None,
                buildable: Callable[[Mapping[str, np.ndarray]], np.ndarray] | None = None
                ) -> list[Driver]:
    """One-at-a-time swings: each ranged input from its low to its high end, others at ``base``.

    Parameters
    ----------
    inputs : mapping of str to Input
    objective : callable
        As for :func:`generous_bound`.
    base : point, optional
        Where the other inputs sit; default the middle of every range.
    buildable : callable, optional
        Margins of the constraints the Monte Carlo applies (> 0: a buildable machine, e.g.
        :func:`~dronecalc.engine.machine.margin`). An end of a swing that is not buildable
        is pulled in to the last buildable value on :data:`_PROBES` steps from the base
        (one batch for all of them), and the driver says so (``clipped``); so the swings
        stay within what buildable machines do. Not applied when the base itself is not
        buildable.

    Returns
    -------
    list of Driver
        Largest absolute swing first; ties keep the input order.

    Notes
    -----
    Swings ignore interactions between inputs; they rank what matters most near the middle
    of the assumptions, which is what a reader wants to know first (Saltelli et al. 2008,
    *Global Sensitivity Analysis: The Primer*, Wiley, ch. 1, doi:10.1002/9780470725184).
    One batched call evaluates all ``2 d`` points.
    """
    base = dict(base or central_point(inputs))
    names = free_names(inputs)
    if not names:
        return []
    ends = np.array([(inputs[n].low, inputs[n].high) for n in names], dtype=float).ravel()
    clipped = np.zeros(ends.size, dtype=bool)
    if buildable is not None:
        ends, clipped = _buildable_ends(inputs, names, base, ends, buildable)
    changes = {n: np.full(2 * len(names), base[n]) for n in names}
    for i, name in enumerate(names):
        changes[name][2 * i:2 * i + 2] = ends[2 * i:2 * i + 2]
    out = np.asarray(objective(batch(base, changes)), dtype=float)
    drivers = []
    for i, name in enumerate(names):
        low, high, unit = inputs[name].display()
        cut = (bool(clipped[2 * i]), bool(clipped[2 * i + 1]))
        if any(cut):
            low, high, unit = Input(name, *ends[2 * i:2 * i + 2], "").display()
        drivers.append(Driver(name, low, high, unit, float(out[2 * i]), float(out[2 * i + 1]),
                              cut))
    return sorted(drivers, key=lambda d: -abs(d.swing) if math.isfinite(d.swing) else 0.0)


def _buildable_ends(inputs: Mapping[str, Input], names: list[str], base: Mapping[str, float],
                    ends: np.ndarray, buildable) -> tuple[np.ndarray, np.ndarray]:
    """``ends`` (low, high per name, flat) with each unbuildable one pulled in to the last
    buildable value of :data:`_PROBES` even steps from the base; and which were pulled."""
    d = len(names)
    owner = np.repeat(np.arange(d), 2)
    changes = {n: np.full(2 * d + 1, base[n]) for n in names}   # the ends, then the base
    for i, name in enumerate(names):
        changes[name][2 * i:2 * i + 2] = ends[2 * i:2 * i + 2]
    ok = np.asarray(buildable(batch(base, changes))) > 0
    bad = np.flatnonzero(~ok[:-1])
    if bad.size == 0 or not ok[-1]:
        return ends, np.zeros(ends.size, dtype=bool)
    steps = np.arange(1, _PROBES + 1) / _PROBES
    start = np.array([base[names[owner[k]]] for k in bad])
    probes = start[:, None] + steps[None, :] * (ends[bad] - start)[:, None]
    for row_, k in enumerate(bad):
        if inputs[names[owner[k]]].variable.integer:
            probes[row_] = np.where(ends[k] > start[row_], np.floor(probes[row_] + 1e-9),
                                    np.ceil(probes[row_] - 1e-9))
    changes = {n: np.full(probes.size, base[n]) for n in names}
    for row_, k in enumerate(bad):
        changes[names[owner[k]]][row_ * _PROBES:(row_ + 1) * _PROBES] = probes[row_]
    fine = (np.asarray(buildable(batch(base, changes))) > 0).reshape(probes.shape)
    reach = np.argmin(np.concatenate([fine, np.zeros((len(bad), 1), bool)], axis=1), axis=1)
    out = ends.copy()
    for row_, k in enumerate(bad):           # the last step before the first unbuildable one
        out[k] = start[row_] if reach[row_] == 0 else probes[row_, reach[row_] - 1]
    clipped = np.zeros(ends.size, dtype=bool)
    clipped[bad] = True
    return out, clipped


def solve_for(inputs: Mapping[str, Input], objective: Objective, point: Mapping[str, float],
              name: str, target: float, points: int = 801) -> float | None:
    """The value of input ``name`` at which ``objective`` reaches ``target``, others at ``point``.

    Searched over the variable's physical limits (bounded to a twentieth and twenty times
    its range), on one batched grid; the crossing nearest the current value, interpolated
    linearly between grid points.

    An objective marked ``elementwise = True`` (each point's result depends on that point
    alone, as :func:`~dronecalc.engine.montecarlo.quick_outcome`'s does) is evaluated on
    windows of the grid widening around the current value, until the crossing found is
    nearer than any point not yet evaluated could give (:func:`_windowed`): the same grid
    values, so the same answer, from a fraction of the grid when the crossing is near.

    Returns
    -------
    float or None
        SI value, or None when no value inside the limits reaches the target.
    """
    inp = inputs[name]
    lo_lim, hi_lim = inp.variable.limits
    lo = max(lo_lim, inp.low / 20.0 if inp.low > 0 else lo_lim)
    hi = min(hi_lim, inp.high * 20.0 if inp.high > 0 else hi_lim)
    grid = np.sort(np.concatenate([np.linspace(lo, hi, points),
                                   np.linspace(inp.low, inp.high, 21)]))
    grid = grid[np.concatenate(([True], grid[1:] != grid[:-1]))]   # np.unique's, without
    #                                     its first call's import of numpy.ma (~7 ms)
    if getattr(objective, "elementwise", False):
        return _windowed(objective, point, name, grid, target)
    f = np.asarray(objective(batch(point, {name: grid})), dtype=float) - target
    found = nearest_root(grid, f, point[name])
    return None if found is None else found[0]


def nearest_root(grid: np.ndarray, f: np.ndarray, x0: float):
    """Among the sign changes of ``f`` (finite entries, in grid order), the linearly
    interpolated root nearest ``x0`` (the first of equally near ones), with the first and
    last finite grid values; None when ``f`` changes sign nowhere."""
    ok = np.isfinite(f)
    grid, f = grid[ok], f[ok]
    cross = np.nonzero(np.sign(f[:-1]) * np.sign(f[1:]) <= 0)[0]
    if cross.size == 0:
        return None
    roots = [grid[i] - f[i] * (grid[i + 1] - grid[i]) / (f[i + 1] - f[i])
             if f[i + 1] != f[i] else grid[i] for i in cross]
    return float(min(roots, key=lambda r: abs(r - x0))), grid[0], grid[-1]


#: Grid points on each side of the current value in :func:`_windowed`'s first window; the
#: second is the whole grid. (Reference case: 8 of its 11 searches end in the first window,
#: its crossings lying 8-34 grid points from the current value.)
_WINDOW = 48


def _windowed(objective: Objective, point: Mapping[str, float], name: str,
              grid: np.ndarray, target: float) -> float | None:
    """:func:`solve_for`'s answer from windows of ``grid`` widening around ``point[name]``.

    A window is a run of consecutive grid points, so its sign changes are the whole grid's
    that lie inside it. A root outside it lies beyond its first (or last) finite point, so
    once the nearest root inside is strictly nearer than both, no other can be nearer or as
    near (an equally near one would come first in grid order only if it lay to the left,
    beyond the first finite point: strictly farther). Otherwise the rest of the grid is
    evaluated too (no root anywhere: None).
    """
    x0, n = point[name], grid.size
    f = np.empty(n)
    lo = hi = int(np.searchsorted(grid, x0))
    width = _WINDOW
    while True:
        new_lo, new_hi = max(0, lo - width), min(n, hi + width)
        rows = np.concatenate([np.arange(new_lo, lo), np.arange(hi, new_hi)])
        f[rows] = np.asarray(objective(batch(point, {name: grid[rows]})), dtype=float) - target
        lo, hi = new_lo, new_hi
        found = nearest_root(grid[lo:hi], f[lo:hi], x0)
        if found is not None:
            root, first, last = found
            near = abs(root - x0)
            if (lo == 0 or x0 - first > near) and (hi == n or last - x0 > near):
                return root
        elif lo == 0 and hi == n:
            return None
        width = n                    # then the rest at once: one more call at most
