"""Sampling and the Monte Carlo: ``n`` machines drawn at once, kept when buildable, percentiles.

:func:`sample` draws every ranged input uniformly between its ends (integers uniformly over
their range; see :mod:`dronecalc.priors.tables` for why uniform), seeded, in the inputs' order.
:func:`monte_carlo` keeps the samples that :data:`~dronecalc.engine.machine.CONSTRAINTS` allow;
:class:`MonteCarlo` computes the physics of the kept machines once per condition.
:func:`outcome` and :func:`quick_outcome` turn one physics result into an objective for the
bound and the sensitivity. Estimates are the 5th, 50th and 95th percentiles.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Mapping

import numpy as np

from ..errors import InputValueError
from ..physics import multirotor as mission
from ..priors.describe import Input
from .machine import CONSTRAINTS, margins, vehicle
from .points import Objective, best_row, row
from .quantiles import percentile

#: Default Monte Carlo sample count.
DEFAULT_SAMPLES = 100_000
#: Percentiles reported for every estimate.
PERCENTILES = (5.0, 50.0, 95.0)


@dataclass(frozen=True)
class Estimate:
    """Percentiles of one result, in ``unit``."""

    p5: float
    p50: float
    p95: float
    unit: str



#: Coarse airspeed grid [m/s] for the Monte Carlo. ``mission.performance`` refines every
#: optimum by golden-section search between the grid neighbours of the best grid point;
#: endurance and range are unimodal in airspeed in level flight, so the optimum always lies
#: in that bracket, and a 5 m/s grid gives the optima of a 1 m/s grid to 1e-6 (relative,
#: checked on the reference case) in half the time.
MC_SPEEDS = np.arange(0.0, 46.0, 5.0)
#: Airspeed grid [m/s] of the optimiser's quick objectives (grid maximum, no refinement).
SEARCH_SPEEDS = np.arange(0.0, 45.5, 1.0)


def outcome(key: str, with_payload: bool = True) -> Objective:
    """An objective: one output of ``mission.performance`` for sampled inputs (SI).

    Parameters
    ----------
    key : str
        A key of :func:`dronecalc.mission.performance` (``"max_endurance"`` ...).
    with_payload : bool
        Evaluate the machine with its payload, or flown empty.
    """
    def evaluate(values: Mapping[str, np.ndarray]) -> np.ndarray:
        return mission.performance(vehicle(values, with_payload), speeds=MC_SPEEDS)[key]
    return evaluate


def quick_outcome(key: str, with_payload: bool = True) -> Objective:
    """A cheaper stand-in for :func:`outcome`, for the optimiser's many small batches.

    The best endurance or range on :data:`SEARCH_SPEEDS` (1 m/s steps) without the golden
    section refinement: at most a fraction of a percent below the refined optimum near a
    flat power bucket. ``hover_endurance`` is exact. The generous bound is always
    re-evaluated with :func:`outcome` at the end.
    """
    if key not in ("max_endurance", "max_range", "hover_endurance"):
        return outcome(key, with_payload)

    speeds = SEARCH_SPEEDS[:1] if key == "hover_endurance" else SEARCH_SPEEDS

    def evaluate(values: Mapping[str, np.ndarray]) -> np.ndarray:
        arrays = mission._vehicle_arrays(vehicle(values, with_payload))
        column = {k: x[:, None] for k, x in arrays.items()}
        time = mission._endurance_from_power(column, mission._electrical_power(column, speeds))
        return (time * speeds if key == "max_range" else time).max(axis=-1)
    evaluate.elementwise = True      # each point's result is its own (engine.sensitivity)
    return evaluate


# --------------------------------------------------------------------------- sampling

def sample(inputs: Mapping[str, Input], n: int, seed: int) -> dict[str, np.ndarray]:
    """Draw ``n`` joint samples: uniform between the ends, integers uniform over their range.

    Parameters
    ----------
    inputs : mapping of str to Input
        From :func:`describe`. Drawn in its order, so one seed gives one set of samples.
    n : int
        Number of samples (>= 1).
    seed : int
        Seed of :func:`numpy.random.default_rng`.

    Returns
    -------
    dict of str to ndarray
        Shape ``(n,)`` each, SI units.
    """
    if int(n) < 1:
        raise InputValueError("need at least one sample", field="samples", value=n,
                              expected=">= 1")
    rng = np.random.default_rng(seed)
    drawn = [name for name, inp in inputs.items() if not inp.exact]
    rows = _block(len(drawn), int(n))
    out = {}
    for name, inp in inputs.items():
        if inp.exact:   # one value: a read-only broadcast view, not n copies of it
            out[name] = np.broadcast_to(np.float64(inp.low), (int(n),))
            continue
        into = rows[drawn.index(name)]
        if inp.variable.integer:
            into[:] = rng.integers(int(inp.low), int(inp.high) + 1, int(n))
        else:
            into[:] = rng.uniform(inp.low, inp.high, int(n))
        out[name] = into
    return out


def _block(count: int, n: int) -> np.ndarray:
    """``count`` rows of ``n`` floats in one allocation (each row contiguous).

    The draws are the largest arrays a check keeps (10^5 samples x ~20 inputs, 16 MB): as
    one block numpy asks the kernel for 2 MB pages (above 4 MB it advises transparent huge
    pages) where ~20 separate arrays faulted in 4 kB pages, ~4,000 page faults at a few
    microseconds each on this virtual machine. The values are the generator's own, copied
    (an integer draw converted to float as ``astype(float)`` does).
    """
    return np.empty((count, n)) if count else np.empty((0, n))


@dataclass
class MonteCarlo:
    """Samples of the inputs, which of them are buildable machines, and cached outcomes.

    Build it with :func:`monte_carlo`. ``values`` holds only the buildable samples;
    ``drawn`` counts all samples drawn and ``rejected`` how many each constraint removed;
    ``all_values`` and ``all_margins`` keep every drawn sample and its :func:`margins`.
    """

    inputs: dict[str, Input]
    values: dict[str, np.ndarray]
    drawn: int
    rejected: dict[str, int]
    seed: int
    all_values: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    all_margins: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        """Number of buildable samples kept."""
        return int(next(iter(self.values.values())).size) if self.values else 0

    def performance(self, with_payload: bool = True) -> dict[str, np.ndarray]:
        """``mission.performance`` of every kept sample, computed once per condition."""
        if with_payload not in self._cache:
            machine = vehicle(self.values, with_payload)
            self._cache[with_payload] = mission.performance(machine, speeds=MC_SPEEDS)
        return self._cache[with_payload]

    def best(self, values: np.ndarray, maximize: bool = True) -> dict[str, float]:
        """The kept sample with the largest (or smallest) finite ``values`` (the first kept
        sample when none is finite)."""
        found = best_row(self.values, values, maximize)
        return found if found is not None else row(self.values, 0)


def monte_carlo(inputs: Mapping[str, Input], n: int = DEFAULT_SAMPLES,
                seed: int = 0) -> MonteCarlo:
    """Draw ``n`` machines and keep those :data:`CONSTRAINTS` allow.

    Parameters
    ----------
    inputs : mapping of str to Input
    n : int
        Samples drawn (default :data:`DEFAULT_SAMPLES`).
    seed : int
        Seed; the same seed gives the same samples and results.

    Returns
    -------
    MonteCarlo

    Raises
    ------
    InputValueError
        If no sample is a buildable machine (the inputs contradict each other).
    """
    drawn = sample(inputs, n, seed)
    parts = margins(drawn)
    keep = np.min(np.stack(list(parts.values())), axis=0) > 0
    if not keep.any():
        worst = min(parts, key=lambda k: np.max(parts[k]))
        raise InputValueError("no sampled machine satisfies the constraints", field=worst,
                              value=CONSTRAINTS[worst], expected="inputs that allow a machine "
                              "to exist (check masses, Kv, voltage and propeller size)")
    rejected = {k: int(np.sum(m <= 0)) for k, m in parts.items()}
    rows = np.flatnonzero(keep)                   # gathering by index: ~2.5x a boolean mask
    kept = int(rows.size)
    gathered = iter(_block(sum(v.strides != (0,) for v in drawn.values()), kept))
    values = {k: np.broadcast_to(v[:1], (kept,)) if v.strides == (0,) else
              np.take(v, rows, out=next(gathered))
              for k, v in drawn.items()}          # exact inputs stay broadcast views
    return MonteCarlo(dict(inputs), values, int(n), rejected, seed, drawn, parts)


def percentiles(values: np.ndarray, scale: Callable[[np.ndarray], np.ndarray],
                unit: str) -> Estimate:
    """p5/p50/p95 of the finite entries of ``values``, converted by ``scale`` to ``unit``."""
    finite = np.asarray(values, dtype=float)
    finite = finite[np.isfinite(finite)]
    if finite.size == 0:
        return Estimate(math.nan, math.nan, math.nan, unit)
    p = scale(percentile(finite, PERCENTILES))
    return Estimate(float(p[0]), float(p[1]), float(p[2]), unit)


def probability(holds: np.ndarray) -> float:
    """Share of the samples for which a claim holds."""
    holds = np.asarray(holds, dtype=bool)
    return float(holds.mean()) if holds.size else math.nan
