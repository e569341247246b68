"""The disk-loading law's predictive (leave-one-drone-out, PRESS) scatter, a measured variant
not shipped (benchmarks/disk_predictive_scatter.py, issues 10/12): the group-deletion hat-matrix
residuals are the real leave-one-out residuals (exactly for a linear fit, to the linearisation
for the law), they are never smaller than the in-sample ones, and the package is untouched
after a block."""
from __future__ import annotations

import numpy as np
import pytest

import helpers
from dronecalc.engine import machine
from dronecalc.priors import calibration, disk_fit, tables

bench = helpers.benchmark("disk_predictive_scatter")


def test_group_press_is_the_exact_leave_one_group_out_residual_of_a_linear_fit():
    """Weighted linear least squares, groups of 1-3 rows: (I - H_gg)^-1 f_g, unweighted and
    averaged per group, equals refitting without the group and predicting it."""
    rng = np.random.default_rng(4)
    names = [f"d{i}" for i in range(12) for _ in range(1 + i % 3)]
    x = rng.uniform(-1.0, 2.0, len(names))
    y = 0.3 + 0.7 * x + 0.2 * x ** 2 + rng.normal(0.0, 0.1, len(names))
    w = np.array([1.0 / np.sqrt(names.count(n)) for n in names])
    design = np.column_stack([np.ones_like(x), x])

    def solve(keep):
        return np.linalg.lstsq(design[keep] * w[keep, None], y[keep] * w[keep], rcond=None)[0]

    beta = solve(np.ones(len(x), bool))
    # model "times" whose log is the linear prediction: ln model - ln t = X b - y
    press = bench.group_press({}, w, names, lambda b: np.exp(design @ b), beta, y)
    exact = []
    for d in dict.fromkeys(names):
        out = np.array([n == d for n in names])
        exact.append(float(np.mean(design[out] @ solve(~out) - y[out])))
    np.testing.assert_allclose(press["per_drone"], exact, rtol=1e-4, atol=1e-6)
    assert press["leverage"] == pytest.approx(2.0 / 12.0, rel=1e-6)
    # held out, the residuals are larger overall than in sample (the fit's optimism)
    assert np.mean(press["per_drone"] ** 2) > np.mean(press["in_sample"] ** 2)


@pytest.fixture(scope="module")
def fits():
    drones = calibration.load_multirotors()
    out = {}
    for with_term in (False, True):
        with bench.variant(with_term) as data:
            out[with_term] = (data["fit"], disk_fit.fit_parameters(drones))
    return out


@pytest.mark.parametrize("with_term", [False, True])
def test_the_predictive_scatter_is_at_least_the_in_sample_one(fits, with_term):
    stored, fit = fits[with_term]
    assert fit["scatter"] >= fit["scatter_in_sample"] > 0.0
    assert fit["scatter_total"] >= fit["scatter_total_in_sample"]
    # the block's calibrated data carry it, on ln DL (twice the ln t scatter)
    assert stored["scatter_log_disk_loading"] == pytest.approx(2.0 * fit["scatter"], rel=1e-9)
    # the in-sample scatter is the package's (or the term variant's) own
    if not with_term:
        shipped = calibration.load_calibrated()["fit"]
        assert fit["scatter_in_sample"] == pytest.approx(shipped["scatter_log_time"], rel=2e-3)
    assert 0.0 < fit["leverage"] < 0.2                   # p / n_drones: 2-3 of 25


def test_the_linearised_press_residual_is_the_refit_one_for_the_most_leveraged_drone(fits):
    """Drone of the largest |PRESS - in-sample| gap: refit without it (shipped law), predict
    its rows under the same condition draws, compare its mean ln residual."""
    drones = calibration.load_multirotors()
    fit = fits[False][1]
    rows = disk_fit.fit_rows(drones)[0]
    names = list(dict.fromkeys(r["drone"] for r in rows))
    gap = np.abs(fit["press_residuals"] - np.asarray(
        [fit["residuals"][[i for i, r in enumerate(rows) if r["drone"] == d]].mean()
         for d in names]))
    name = names[int(np.argmax(gap))]
    draws = disk_fit.condition_draws(rows)
    refit = disk_fit.fit_parameters(drones, exclude=(name,), rows=rows, conditions=draws)
    idx = [i for i, r in enumerate(rows) if r["drone"] == name]
    pred = disk_fit.point_times(disk_fit._columns([rows[i] for i in idx]), refit["theta"],
                                {k: v[idx] for k, v in draws.items()})
    exact = float(np.mean(np.log(pred) - np.log([rows[i]["time"] for i in idx])))
    assert fit["press_residuals"][names.index(name)] == pytest.approx(exact, abs=2e-3)
    assert gap.max() > 2e-3                    # the check is not of two equal numbers


def test_the_package_is_untouched_after_the_blocks(fits):
    assert disk_fit.fit_parameters.__module__ == "dronecalc.priors.disk_fit"
    assert calibration.load_calibrated.__module__ == "dronecalc.priors.calibration"
    assert tables.DiskLoadingLaw.disk_loading.__module__ == "dronecalc.priors.tables"
    assert machine._vehicle.__module__ == "dronecalc.engine.machine"
    assert len(calibration.load_calibrated()["fit"]["theta"]) == 3


def test_the_student_block_widens_the_checks_band_by_the_t_quantile_and_restores_it():
    law = tables.disk_loading_law()
    p = np.array([0.05, 0.5, 0.95])
    normal = law.disk_loading(np.full(3, 2.0), p)
    with bench.student(23):
        t = tables.disk_loading_law().disk_loading(np.full(3, 2.0), p)
    from scipy.special import ndtri, stdtrit
    tails = [0, 2]
    np.testing.assert_allclose(np.log(t[tails] / t[1]), np.log(normal[tails] / normal[1])
                               * stdtrit(23, p[tails]) / ndtri(p[tails]), rtol=1e-9)
    assert t[2] > normal[2] and t[0] < normal[0] and t[1] == pytest.approx(normal[1])
    np.testing.assert_allclose(tables.disk_loading_law().disk_loading(np.full(3, 2.0), p),
                               normal)
