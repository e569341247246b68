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


def minimize_slsqp(fun: Callable, x0, jac: Callable, constraint: Callable,
                   constraint_jac: Callable, maxiter: int = 100,
                   ftol: float = 1e-6) -> np.ndarray:
    """Minimise ``fun`` on the unit cube subject to ``constraint(x) >= 0``; returns x.

    Same as ``scipy.optimize.minimize(fun, x0, jac=jac, method="SLSQP", bounds=[(0, 1)]
    * n, constraints=[{"type": "ineq", "fun": constraint, "jac": constraint_jac}],
    options={"maxiter": maxiter, "ftol": ftol}).x``.
    """
    slsqp = _solver()
    if slsqp is None:
        return _scipy_minimize(fun, x0, jac, constraint, constraint_jac, maxiter, ftol)
    x = np.clip(np.asarray(x0, dtype=float).reshape(-1), 0.0, 1.0).copy()
    n = x.size
    m = int(np.atleast_1d(constraint(x)).size)
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

    def inside(z):                     # as scipy: SLSQP may step 1-2 ULP outside the bounds
        return np.clip(z, 0.0, 1.0) if (z < 0.0).any() or (z > 1.0).any() else z

    fx = float(fun(inside(x)))
    g = np.asarray(jac(inside(x)), dtype=float).reshape(-1)
    if m:
        C[:m] = np.atleast_2d(constraint_jac(x))
        d[:m] = np.atleast_1d(constraint(x)).ravel()
    while True:
        slsqp(state, fx, g, C, d, x, mult, lower, upper, buffer, indices)
        if state["mode"] == 1:         # objective and constraints wanted at x
            fx = float(fun(x))
            if m:
                d[:m] = np.atleast_1d(constraint(x)).ravel()
        if state["mode"] == -1:        # gradients wanted at x
            g = np.asarray(jac(x), dtype=float).reshape(-1)
            if m:
                C[:m] = np.atleast_2d(constraint_jac(x))
        if abs(state["mode"]) != 1:
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
