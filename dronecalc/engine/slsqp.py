"""SLSQP without importing :mod:`scipy.optimize`: the same compiled solver, a lean driver.

``dronecalc check`` computes a generous bound for every claim with SLSQP (Kraft 1988).
Importing :mod:`scipy.optimize` costs about 0.26 s of CPU (it pulls in scipy.linalg,
sparse, special and the array-API layer), more than numpy and pint together and half of
the whole check. The solver itself is one compiled routine, ``scipy.optimize._slsqplib.slsqp``
(scipy >= 1.16, reverse communication: it returns asking for function values or gradients).
:func:`minimize_slsqp` loads that extension file directly and runs the same loop as
``scipy.optimize._slsqp_py._minimize_slsqp`` does for a callable objective with an analytic
gradient, bounds and inequality constraints with Jacobians: the same iterates and result.
Where the extension is missing or different (other scipy versions), it falls back to
:func:`scipy.optimize.minimize` itself.

References
----------
.. [Kraft1988] Kraft, D. (1988). A software package for sequential quadratic programming.
   DFVLR-FB 88-28, DLR German Aerospace Center.
"""
from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
import os
import sys
from typing import Callable

import numpy as np

_NAME = "scipy.optimize._slsqplib"


@functools.lru_cache(maxsize=1)
def _solver():
    """The compiled ``slsqp`` routine, or None where it cannot be loaded on its own."""
    if _NAME in sys.modules:
        return getattr(sys.modules[_NAME], "slsqp", None)
    try:
        spec = importlib.util.find_spec("scipy")
        if spec is None or not spec.submodule_search_locations:
            return None
        folder = os.path.join(list(spec.submodule_search_locations)[0], "optimize")
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = os.path.join(folder, "_slsqplib" + suffix)
            if os.path.exists(path):
                loader = importlib.machinery.ExtensionFileLoader(_NAME, path)
                ext = importlib.util.spec_from_file_location(_NAME, path, loader=loader)
                module = importlib.util.module_from_spec(ext)
                loader.exec_module(module)
                sys.modules[_NAME] = module        # scipy.optimize reuses it if imported
                return getattr(module, "slsqp", None)
    except (ImportError, OSError):
        return None
    return None


#: What a run asks for at a point and gets back: (objective, gradient, constraints, Jacobian).
Probe = tuple[float, np.ndarray, np.ndarray, np.ndarray]


def minimize_slsqp(fun: Callable, x0, jac: Callable, constraint: Callable,
                   constraint_jac: Callable, maxiter: int = 100,
                   ftol: float = 1e-6) -> np.ndarray:
    """Minimise ``fun`` on the unit cube subject to ``constraint(x) >= 0``; returns x.

    Same as ``scipy.optimize.minimize(fun, x0, jac=jac, method="SLSQP", bounds=[(0, 1)]
    * n, constraints=[{"type": "ineq", "fun": constraint, "jac": constraint_jac}],
    options={"maxiter": maxiter, "ftol": ftol}).x``.
    """
    if _solver() is None:
        return _scipy_minimize(fun, x0, jac, constraint, constraint_jac, maxiter, ftol)
    run = _run(x0, maxiter, ftol)
    x, wants = next(run)
    while True:                        # only what the solver asks for, as scipy does
        probe = (float(fun(x)) if wants != "gradients" else None,
                 jac(x) if wants != "values" else None,
                 constraint(x) if wants != "gradients" else None,
                 constraint_jac(x) if wants != "values" else None)
        try:
            x, wants = run.send(probe)
        except StopIteration as stop:
            return stop.value


def minimize_slsqp_many(probe_many: Callable[[list[np.ndarray]], list[Probe]], starts,
                        maxiter: int = 100, ftol: float = 1e-6) -> list[np.ndarray]:
    """Several independent SLSQP runs in lockstep, each point request of a round in one call.

    ``probe_many(xs)`` returns, for every point of ``xs``, the objective, its gradient, the
    constraint values and their Jacobian there (:data:`Probe`). Each run is exactly the run
    :func:`minimize_slsqp` makes from its start (the compiled solver keeps all of a run's
    state in its own arrays), so the results are the same; a caller whose objective costs
    mostly a fixed overhead per call (small numpy batches) pays it once per round instead of
    once per run and step.
    """
    starts = [np.asarray(x0, dtype=float) for x0 in starts]
    if _solver() is None:
        return [_scipy_minimize_probes(probe_many, x0, maxiter, ftol) for x0 in starts]
    runs = [_run(x0, maxiter, ftol) for x0 in starts]
    asks: list = [next(run) for run in runs]
    last: list = [None] * len(runs)         # each run's last point and its probe
    done: list = [None] * len(runs)

    def answer(i: int, probe: Probe) -> None:
        while True:                          # the gradient is asked where f just was: reuse
            last[i] = (asks[i][0].tobytes(), probe)
            try:
                asks[i] = runs[i].send(probe)
            except StopIteration as stop:
                asks[i], done[i] = None, stop.value
                return
            if asks[i][0].tobytes() != last[i][0]:
                return

    while any(a is not None for a in asks):
        live = [i for i, a in enumerate(asks) if a is not None]
        for i, probe in zip(live, probe_many([asks[i][0] for i in live])):
            answer(i, probe)
    return done


def _run(x0: np.ndarray, maxiter: int, ftol: float):
    """One SLSQP run as a generator: yields ``(x, wants)`` for each point it needs and is
    sent its :data:`Probe` (``wants``: "all", "values" = objective and constraints, or
    "gradients"; the entries not wanted may be None); returns the solution.

    The loop of ``scipy.optimize._slsqp_py._minimize_slsqp`` for a callable objective with an
    analytic gradient, bounds [0, 1] and inequality constraints with Jacobians.
    """
    slsqp = _solver()
    x = np.clip(np.asarray(x0, dtype=float).reshape(-1), 0.0, 1.0).copy()
    n = x.size
    fx, g, c, cj = yield x.copy(), "all"
    fx, g = float(fx), np.asarray(g, dtype=float).reshape(-1)
    c = np.atleast_1d(c).ravel()
    m = int(c.size)
    state = {"acc": ftol, "alpha": 0.0, "f0": 0.0, "gs": 0.0, "h1": 0.0, "h2": 0.0,
             "h3": 0.0, "h4": 0.0, "t": 0.0, "t0": 0.0, "tol": 10.0 * ftol, "exact": 0,
             "inconsistent": 0, "reset": 0, "iter": 0, "itermax": int(maxiter), "line": 0,
             "m": m, "meq": 0, "mode": 0, "n": n}
    indices = np.zeros(max(m + 2 * n + 2, 1), dtype=np.int32)
    size = n * (n + 1) // 2 + 3 * m * n + 9 * m + 8 * n * n + 35 * n + 28   # scipy's, meq = 0
    if m == 0:
        size += 2 * n * (n + 1)
    buffer = np.zeros(max(size, 1), dtype=np.float64)
    lower, upper = np.zeros(n), np.ones(n)
    mult = np.zeros(max(1, m + 2 * n + 2), dtype=np.float64)
    C = np.zeros((max(1, m), n), dtype=np.float64, order="F")
    d = np.zeros(max(1, m), dtype=np.float64)
    if m:
        C[:m] = np.atleast_2d(cj)
        d[:m] = c
    while True:
        slsqp(state, fx, g, C, d, x, mult, lower, upper, buffer, indices)
        if state["mode"] == 1:         # objective and constraints wanted at x
            fx, _, c, _ = yield x.copy(), "values"
            fx = float(fx)
            if m:
                d[:m] = np.atleast_1d(c).ravel()
        elif state["mode"] == -1:      # gradients wanted at x
            _, g, _, cj = yield x.copy(), "gradients"
            g = np.asarray(g, dtype=float).reshape(-1)
            if m:
                C[:m] = np.atleast_2d(cj)
        else:
            break
    return x


def _scipy_minimize(fun, x0, jac, constraint, constraint_jac, maxiter, ftol):
    from scipy import optimize         # the full package: only where the lean path fails
    res = optimize.minimize(fun, x0, jac=jac, method="SLSQP",
                            bounds=[(0.0, 1.0)] * len(x0),
                            constraints=[{"type": "ineq", "fun": constraint,
                                          "jac": constraint_jac}],
                            options={"maxiter": maxiter, "ftol": ftol})
    return res.x


def _scipy_minimize_probes(probe_many, x0, maxiter, ftol):
    """:func:`_scipy_minimize` on a ``probe_many`` callable, one point at a time."""
    cache: dict = {}

    def probe(x):
        key = np.asarray(x, dtype=float).tobytes()
        if key not in cache:
            cache.clear()
            cache[key] = probe_many([np.asarray(x, dtype=float)])[0]
        return cache[key]
    return _scipy_minimize(lambda x: float(probe(x)[0]), x0, lambda x: probe(x)[1],
                           lambda x: probe(x)[2], lambda x: probe(x)[3], maxiter, ftol)
