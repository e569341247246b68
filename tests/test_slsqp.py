"""engine.slsqp: scipy's SLSQP solver driven without importing scipy.optimize."""
import subprocess
import sys

import numpy as np
import pytest

from dronecalc.engine import slsqp


def _problem(seed):
    rng = np.random.default_rng(seed)
    n = 6
    centre, scale = rng.uniform(-0.5, 1.5, n), rng.uniform(0.5, 3.0, n)
    a, b = rng.normal(size=(3, n)), rng.uniform(0.5, 2.0, 3)

    def fun(x):
        return float(np.sum(scale * (x - centre) ** 2) + 0.3 * np.sin(3 * x).sum())

    def jac(x):
        return 2 * scale * (x - centre) + 0.9 * np.cos(3 * x)
    return (fun, rng.uniform(0, 1, n), jac, lambda x: b - a @ x ** 2,
            lambda x: -2 * a * x[None, :])


@pytest.mark.parametrize("seed", range(5))
def test_same_iterates_as_scipy_minimize(seed):
    from scipy import optimize
    fun, x0, jac, con, con_jac = _problem(seed)
    ours = slsqp.minimize_slsqp(fun, x0, jac, con, con_jac, maxiter=40, ftol=1e-9)
    ref = optimize.minimize(fun, x0, jac=jac, method="SLSQP", bounds=[(0.0, 1.0)] * len(x0),
                            constraints=[{"type": "ineq", "fun": con, "jac": con_jac}],
                            options={"maxiter": 40, "ftol": 1e-9})
    assert np.array_equal(ours, ref.x)


def test_fallback_is_scipy_itself(monkeypatch):
    fun, x0, jac, con, con_jac = _problem(7)
    fast = slsqp.minimize_slsqp(fun, x0, jac, con, con_jac)
    monkeypatch.setattr(slsqp, "_solver", lambda: None)
    assert np.array_equal(slsqp.minimize_slsqp(fun, x0, jac, con, con_jac), fast)


def test_does_not_import_scipy_optimize():
    code = ("import sys, numpy as np; from dronecalc.engine.slsqp import minimize_slsqp; "
            "minimize_slsqp(lambda x: float(x @ x), np.full(2, .5), lambda x: 2 * x, "
            "lambda x: np.array([x.sum() - .1]), lambda x: np.ones((1, 2))); "
            "print('scipy.optimize' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_lockstep_runs_equal_separate_runs():
    """minimize_slsqp_many: several runs, one probe call per round, each run unchanged."""
    problems = [_problem(seed) for seed in range(3)]
    fun, _, jac, con, con_jac = problems[0]
    starts = [p[1] for p in problems]
    calls = []

    def probe_many(xs):
        calls.append(len(xs))
        return [(fun(x), jac(x), con(x), con_jac(x)) for x in xs]
    together = slsqp.minimize_slsqp_many(probe_many, starts, maxiter=40, ftol=1e-9)
    for x0, x in zip(starts, together):
        assert np.array_equal(x, slsqp.minimize_slsqp(fun, x0, jac, con, con_jac, maxiter=40,
                                                      ftol=1e-9))
    assert max(calls) == 3 and len(calls) < sum(calls)


def test_lockstep_fallback_is_scipy_itself(monkeypatch):
    fun, x0, jac, con, con_jac = _problem(8)

    def probe_many(xs):
        return [(fun(x), jac(x), con(x), con_jac(x)) for x in xs]
    fast = slsqp.minimize_slsqp_many(probe_many, [x0, 1 - x0])
    monkeypatch.setattr(slsqp, "_solver", lambda: None)
    slow = slsqp.minimize_slsqp_many(probe_many, [x0, 1 - x0])
    assert all(np.array_equal(a, b) for a, b in zip(fast, slow))
