"""The generous bound: the most favourable value of a result over the box of assumptions.

"Even under the most generous assumptions, endurance stays below X" is a computed statement,
not a guess: :func:`generous_bound` screens the corners of the strongest drivers and climbs
from the best with :func:`scipy.optimize.minimize` (SLSQP) inside the box, subject to
:data:`~dronecalc.engine.machine.CONSTRAINTS`.
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Mapping

import numpy as np

from ..priors.describe import Input
from .machine import margin, margins, shared_machines
from .points import Objective, batch, central_point, free_names, stack
from .slsqp import minimize_slsqp_many
from .sensitivity import Driver, sensitivity


@dataclass(frozen=True)
class Bound:
    """The most favourable value inside the box of assumptions, and where it is reached."""

    value: float
    point: dict[str, float]



#: Penalty per unit of relative constraint violation when ranking screened points, in units
#: of the objective's value at the centre of the box; and the margin the search keeps from
#: each constraint so that its optimum is a buildable machine.
_PENALTY, _KEEP_CLEAR = 20.0, 1e-3
#: SLSQP iterations: the optimum of these smooth, mostly monotone objectives is usually a
#: corner of the box or a constraint edge next to the best screened corner.
_MAXITER = 30
#: Best screened points the SLSQP search starts from.
_POLISHED = 2
#: Inputs whose corners are all screened before the search (2**10 = 1024 points, one batch).
_SCREENED = 10


def generous_bound(inputs: Mapping[str, Input], objective: Objective, maximize: bool = True,
                   starts: list[Mapping[str, float]] | None = None,
                   search: Objective | None = None,
                   drivers: list[Driver] | None = None,
                   exempt: tuple[str, ...] = ()) -> Bound:
    """The most favourable value of ``objective`` over the box of ranged inputs.

    Parameters
    ----------
    inputs : mapping of str to Input
        The box: each ranged input between its ends, exact inputs fixed.
    objective : callable
        Maps a dict of input arrays (SI) to an array of results. Evaluated on batches of
        points, never point by point.
    maximize : bool
        True when larger results favour the claim (endurance, range, reserve).
    starts : list of points, optional
        Extra starting points, e.g. the best Monte Carlo sample. Each start is also a
        candidate, so the bound is never worse than the best buildable start.
    search : callable, optional
        A cheaper objective for the optimiser's steps (e.g. :func:`quick_outcome`);
        candidates are always ranked with ``objective``.
    drivers : list of Driver, optional
        ``sensitivity(inputs, search)`` (at the centre of the box) when the caller has
        computed it already, e.g. to report the drivers; computed here otherwise. It picks
        the corners screened first.
    exempt : tuple of str
        Constraints (names in :data:`CONSTRAINTS`) the bound does not impose: the ones the
        claim itself tests (a payload claim tests the thrust), so that the bound searches
        the same set of machines as the claim's samples and a sampled start stays a
        candidate.

    Returns
    -------
    Bound
        The value and the point; ``value`` is NaN when no candidate is buildable.

    Notes
    -----
    The box is scaled to the unit cube. One batch screens every corner of the ten inputs
    with the largest one-at-a-time swings (the others at their favourable end) and the
    starts, ranked by the objective minus a penalty for violating :data:`CONSTRAINTS`;
    :func:`scipy.optimize.minimize` (SLSQP, bounds = the box, the constraints as
    inequalities) then climbs from the best two in lockstep, with forward-difference
    gradients of the objective and the constraints for both runs computed in one batched
    call per round (:func:`~dronecalc.engine.slsqp.minimize_slsqp_many`; each run is the
    run it would be alone). Integer inputs
    (cells, packs) are relaxed to reals during the search; the candidates are the integer
    points next to each optimum, the starts and the centre, and the bound is the best of
    them that satisfies every constraint.
    """
    sense = 1.0 if maximize else -1.0
    search = search or objective
    exempt = tuple(name for name in exempt if name != "empty_mass")
    names, base = free_names(inputs), central_point(inputs)
    candidates = [base] + [{**base, **s} for s in (starts or [])]
    if names:
        cube = _Cube(inputs, names, base, search, sense, exempt)
        if drivers is None:
            drivers = buildable_sensitivity(inputs, search, base, exempt)
        screen = cube.screen(candidates[1:], drivers)
        order = np.argsort(-cube.penalised(screen), kind="stable")
        starts = list(screen[order[:_POLISHED]])
        # scipy's SLSQP without importing scipy.optimize, the runs in lockstep: one batch
        # of physics per round for all of them (see engine/slsqp.py)
        ends = minimize_slsqp_many(cube.probe_many, starts, maxiter=_MAXITER, ftol=1e-9)
        for z0, x in zip(starts, ends):
            for z in (z0, np.clip(x, 0.0, 1.0)):
                candidates += _integer_neighbours(inputs, names, base, cube.point(z))
    with shared_machines(stack(candidates)) as points:
        values = sense * np.asarray(objective(points), dtype=float)
        values = np.where(np.isfinite(values) & (_margin(points, exempt) > 0), values, -np.inf)
    best = int(np.argmax(values))
    value = float(sense * values[best]) if np.isfinite(values[best]) else math.nan
    return Bound(value, {n: float(candidates[best][n]) for n in base})


def _margins(values: Mapping[str, np.ndarray], exempt: tuple[str, ...]) -> dict:
    """:func:`margins` without the ``exempt`` constraints."""
    return {k: v for k, v in margins(values).items() if k not in exempt}


def _margin(values: Mapping[str, np.ndarray], exempt: tuple[str, ...]) -> np.ndarray:
    """The smallest of :func:`_margins` (``empty_mass`` is never exempt)."""
    if not exempt:
        return margin(values)
    return np.min(np.stack(list(_margins(values, exempt).values())), axis=0)


def buildable_sensitivity(inputs: Mapping[str, Input], objective: Objective,
                          base: Mapping[str, float] | None = None,
                          exempt: tuple[str, ...] = (),
                          samples: Mapping[str, np.ndarray] | None = None) -> list[Driver]:
    """:func:`~dronecalc.engine.sensitivity.sensitivity` whose swings stay among buildable
    machines: every constraint of :data:`CONSTRAINTS` but the ``exempt`` ones (the ones a
    claim tests), as the Monte Carlo applies them.

    ``samples``: buildable machines (e.g. the Monte Carlo's kept samples). When no ``base``
    is given and the middle of the box is not buildable (a 1.5-pack machine whose packs
    break the specific-energy limit), the swings are taken around a typical buildable
    machine instead: the sample nearest the samples' per-input medians (in the unit cube of
    the ranged inputs; every :data:`_TYPICAL_STRIDE`-th sample), so that they describe what
    buildable machines do.
    """
    exempt = tuple(name for name in exempt if name != "empty_mass")
    buildable = lambda values: _margin(values, exempt)                      # noqa: E731
    if base is None and samples is not None:
        base = _buildable_base(inputs, samples, buildable)
    return sensitivity(inputs, objective, base, buildable)


#: Every how many-th sample the typical buildable machine is picked from.
_TYPICAL_STRIDE = 16


def _buildable_base(inputs: Mapping[str, Input], samples: Mapping[str, np.ndarray],
                    buildable) -> dict[str, float] | None:
    """The middle of the box when it is buildable, else the sample nearest the samples'
    medians (None when there are no samples)."""
    base = central_point(inputs)
    if float(np.asarray(buildable(stack([base])))[0]) > 0:
        return base
    names = [n for n in free_names(inputs) if n in samples]
    if not names or np.size(samples[names[0]]) == 0:
        return None
    cols = {n: np.asarray(samples[n], dtype=float)[::_TYPICAL_STRIDE] for n in names}
    distance = np.zeros(cols[names[0]].size)
    for n in names:
        span = inputs[n].high - inputs[n].low
        distance += ((cols[n] - np.median(cols[n])) / span) ** 2
    index = int(np.argmin(distance))
    return {**base, **{n: float(cols[n][index]) for n in names}}


class _Cube:
    """The box of ranged inputs as the unit cube, the objective and constraints on it."""

    def __init__(self, inputs: Mapping[str, Input], names: list[str],
                 base: Mapping[str, float], search: Objective, sense: float,
                 exempt: tuple[str, ...] = ()) -> None:
        self.inputs, self.names, self.base, self.exempt = inputs, names, base, exempt
        self.search, self.sense = search, sense
        self.lows = np.array([inputs[n].low for n in names])
        self.spans = np.array([inputs[n].high - inputs[n].low for n in names])
        self.unit_value = self.scale = math.nan      # set by penalised(), from the centre
        self._cache: dict = {}

    def point(self, z: np.ndarray) -> np.ndarray:
        return self.lows + self.spans * np.asarray(z)

    def values(self, z: np.ndarray) -> dict[str, np.ndarray]:
        x = self.point(np.atleast_2d(z))
        return batch(self.base, {n: x[:, i] for i, n in enumerate(self.names)})

    def penalised(self, z: np.ndarray) -> np.ndarray:
        """Objective (in the favourable sense) minus a penalty outside the constraints.

        The first call also sets the scale of the objective, its absolute value at the
        centre of the box (the penalty's unit and the SLSQP runs' objective unit): the
        centre is one more row of the same batch (each row is computed on its own).
        """
        x = self.point(np.atleast_2d(z))
        rows = {n: np.append(x[:, i], self.base[n]) for i, n in enumerate(self.names)}
        with shared_machines(batch(self.base, rows)) as values:
            f = np.asarray(self.search(values), dtype=float)
            short = np.maximum(0.0, _KEEP_CLEAR - _margin(values, self.exempt))
        if not math.isfinite(self.unit_value):
            centre = float(np.abs(f[-1]))
            self.unit_value = centre if np.isfinite(centre) and centre > 0 else 1.0
            self.scale = _PENALTY * self.unit_value
        f = self.sense * f[:-1] - self.scale * short[:-1]
        return np.where(np.isfinite(f), f, -1e6 * self.scale)

    def probe_many(self, zs: list[np.ndarray]) -> list[tuple]:
        """At each ``z``: the objective to minimise (:meth:`fun`), its forward-difference
        gradient, the constraint margins and their Jacobian (``d`` forward steps per point);
        all points in one batch.

        Every row is computed on its own (the physics is elementwise), so a point's result
        does not depend on the other points of the batch.
        """
        step, d = 1e-4, len(self.names)
        rows, deltas = [], []
        for z in zs:
            z = np.asarray(z, dtype=float)
            signs = np.where(z + step <= 1.0, 1.0, -1.0)
            probes = np.repeat(z[None, :], d + 1, axis=0)
            probes[np.arange(1, d + 1), np.arange(d)] += signs * step
            rows.append(probes)
            deltas.append(signs * step)
        with shared_machines(self.values(np.vstack(rows))) as values:
            f = self.sense * np.asarray(self.search(values), dtype=float) / self.unit_value
            g = np.stack(list(_margins(values, self.exempt).values())) - _KEEP_CLEAR
        f = np.where(np.isfinite(f), f, -1e3)
        out = []
        for k, delta in enumerate(deltas):
            fk, gk = f[k * (d + 1):(k + 1) * (d + 1)], g[:, k * (d + 1):(k + 1) * (d + 1)]
            out.append((-float(fk[0]), -(fk[1:] - fk[0]) / delta, gk[:, 0],
                        (gk[:, 1:] - gk[:, :1]) / delta))
        return out

    def _probe(self, z: np.ndarray) -> tuple:
        """:meth:`probe_many` at one point, the last one kept."""
        key = np.asarray(z, dtype=float).tobytes()
        if key not in self._cache:
            self._cache = {key: self.probe_many([z])[0]}
        return self._cache[key]

    def fun(self, z: np.ndarray) -> float:
        """Negated objective, in units of its value at the centre of the box."""
        return self._probe(z)[0]

    def jac(self, z: np.ndarray) -> np.ndarray:
        return self._probe(z)[1]

    def constraints(self, z: np.ndarray) -> np.ndarray:
        """Every constraint margin, kept a little clear of zero: >= 0 where buildable."""
        return self._probe(z)[2]

    def constraint_jac(self, z: np.ndarray) -> np.ndarray:
        return self._probe(z)[3]

    def unit(self, point: Mapping[str, float]) -> np.ndarray:
        """A point in unit-cube coordinates."""
        return ((np.array([point[n] for n in self.names]) - self.lows) / self.spans).clip(0, 1)

    def screen(self, starts: list[Mapping[str, float]], drivers: list[Driver]) -> np.ndarray:
        """Unit-cube points to start from: corners of the strongest drivers, and the starts.

        Every corner of the :data:`_SCREENED` inputs with the largest swings, the other
        inputs at the end their swing favours; then each start. One batch evaluates them
        all, which finds the right corner when constraints couple inputs (a larger
        propeller allows fewer cells) where a single swing-indicated corner would not.
        ``drivers``: the :func:`sensitivity` of the search objective at the centre.
        """
        favourable = {d.name: 1.0 if self.sense * d.swing >= 0 else 0.0 for d in drivers}
        corner = np.array([favourable.get(n, 0.5) for n in self.names])
        top = [self.names.index(d.name) for d in drivers[:_SCREENED]]
        bits = np.arange(len(top) - 1, -1, -1)      # the rows of itertools.product((0, 1),
        grid = ((np.arange(2 ** len(top))[:, None] >> bits) & 1).astype(float)  # repeat=k)
        points = np.repeat(corner[None, :], len(grid), axis=0)
        points[:, top] = grid
        return np.vstack([points] + [self.unit(s)[None, :] for s in starts])


def _integer_neighbours(inputs: Mapping[str, Input], names: list[str],
                        base: Mapping[str, float], x: np.ndarray) -> list[dict[str, float]]:
    """Points at ``x`` with each integer input rounded down and up (all combinations)."""
    options = []
    for name, value in zip(names, x):
        if inputs[name].variable.integer:
            lo = max(math.floor(value), inputs[name].low)
            hi = min(math.ceil(value), inputs[name].high)
            options.append(sorted({float(lo), float(hi)}))
        else:
            options.append([float(value)])
    return [{**base, **dict(zip(names, combo))} for combo in itertools.product(*options)]
