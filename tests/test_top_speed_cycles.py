"""physics.fixed_wing.top_speed stops once every sample's Newton iteration has settled into
a cycle of one to three values (issue 14): bitwise the value that running every step gives."""
from __future__ import annotations

import numpy as np
import pytest

from dronecalc.physics import fixed_wing as fw


def _every_step(p, mass, rho, s, cd0, k, iterations):
    """The iteration run to the end, with no early stop (the definition)."""
    a = 0.5 * rho * s * cd0
    b = 2.0 * k * (mass * fw._G) ** 2 / (rho * s)
    v = np.cbrt(p / a)
    v_star = np.cbrt(p / (4.0 * a))
    feasible = a * v_star ** 4 - p * v_star + b <= 0.0
    for _ in range(iterations):
        v = v - (a * v ** 4 - p * v + b) / (4.0 * a * v ** 3 - p)
    return np.where(feasible, v, np.nan)


def _machines(n, seed):
    rng = np.random.default_rng(seed)
    m = rng.uniform(5.0, 300.0, n)
    return (m * rng.uniform(5.0, 150.0, n) * rng.uniform(0.3, 1.2, n), m,
            rng.uniform(0.4, 1.3, n), rng.uniform(0.5, 15.0, n), rng.uniform(0.015, 0.06, n),
            rng.uniform(0.03, 0.09, n))


@pytest.mark.parametrize("iterations", [3, 4, 10, 11, 12, 40, 41])
def test_early_stop_is_bitwise_the_full_iteration(iterations):
    args = _machines(20_000, iterations)
    with np.errstate(all="ignore"):
        want = _every_step(*args, iterations)
    got = fw.top_speed(*args, iterations=iterations)
    assert np.array_equal(got, want, equal_nan=True)


def test_cycling_samples_are_met_and_settled():
    # a narrow set like the Shahed-136 priors': many samples end alternating between floats
    rng = np.random.default_rng(7)
    n = 20_000
    args = (rng.uniform(15_000, 25_000, n), rng.uniform(180.0, 220.0, n), rng.uniform(0.9, 1.2, n),
            rng.uniform(2.5, 3.5, n), rng.uniform(0.025, 0.035, n), rng.uniform(0.04, 0.06, n))
    with np.errstate(all="ignore"):
        ends = [_every_step(*args, it) for it in (38, 39, 40)]
    assert np.sum(ends[2] != ends[1]) > 0             # the case the early stop is for
    assert np.array_equal(fw.top_speed(*args), ends[2], equal_nan=True)


def test_one_machine():
    assert fw.top_speed(20000.0, 200.0, 1.2, 3.0, 0.03, 0.05) == pytest.approx(69.937, rel=1e-4)
    assert np.isnan(fw.top_speed(10.0, 200.0, 1.2, 3.0, 0.03, 0.05))
