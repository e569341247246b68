"""Tests of dronecalc.priors.pack_fit: the cell count given the mass and the charge of one
pack (issue 10, sixth round; off as shipped, conditioned.CELLS_GIVEN_CHARGE)."""
from __future__ import annotations

import numpy as np
import pytest

from dronecalc.priors import conditioned as cond
from dronecalc.priors import pack_fit
from dronecalc.priors.holdout import held_out


def _rows():
    return [r for r in cond.prior_rows() if "cells" in r and "capacity" in r]


def test_the_fit_is_least_squares_on_its_data():
    rel = pack_fit.fit_cells_given_charge(cond.prior_rows())
    rows = _rows()
    assert rel.n == len(rows) == len(rel.rows) >= 20
    x = np.column_stack([np.ones(len(rows)), np.log([r["mass"] for r in rows]),
                         np.log([r["capacity"] for r in rows])])
    residual = np.log([float(r["cells"]) for r in rows]) - x @ np.array(rel.coef)
    assert np.allclose(x.T @ residual, 0.0, atol=1e-9)           # normal equations
    assert np.sqrt(residual @ residual / (len(rows) - 3)) == pytest.approx(rel.scatter)
    # the leave-one-out rms by refitting without each machine, against the hat-matrix form
    loo = []
    for i in range(len(rows)):
        keep = np.arange(len(rows)) != i
        b = np.linalg.lstsq(x[keep], np.log([float(r["cells"]) for r in rows])[keep],
                            rcond=None)[0]
        loo.append(np.log(rows[i]["cells"]) - x[i] @ b)
    assert rel.loo == pytest.approx(float(np.sqrt(np.mean(np.square(loo)))))
    # a bigger pack at one mass: fewer cells (the sign docs/theory.md reports)
    assert rel.coef[2] < 0 < rel.coef[1]


def test_the_median_of_the_prediction_is_the_fitted_line():
    rel = pack_fit.fit_cells_given_charge(cond.prior_rows())
    got = rel.quantile(np.array([2.935, 50.0]), np.array([4500.0, 30000.0]), np.array([0.5, 0.5]))
    a, b, c = rel.coef
    assert got == pytest.approx(np.exp(a + b * np.log([2.935, 50.0]) + c * np.log([4500, 30000])))


def test_a_hold_out_refits_it_and_the_matrice_300_and_350_take_the_term_away():
    assert pack_fit.cells_given_charge() is not None             # 2.8 standard errors
    with held_out(["DJI Matrice 300 RTK"]):                      # 2.1 since the seventh round
        held = pack_fit.cells_given_charge()
        assert held is not None and "DJI Matrice 300 RTK" not in held.rows
    with held_out(["DJI Matrice 300 RTK", "DJI Matrice 350 RTK"]):
        assert pack_fit.cells_given_charge() is None             # 1.2: within two
    assert pack_fit.cells_given_charge() is not None


def test_off_as_shipped_the_charge_changes_no_cell_count():
    mass, p = np.full(5, 2.935), np.linspace(0.01, 0.99, 5)
    assert not cond.CELLS_GIVEN_CHARGE
    assert np.array_equal(cond.cells_from_percentile(mass, p, np.full(5, 4500.0)),
                          cond.cells_from_percentile(mass, p))


def test_on_a_small_pack_at_one_mass_draws_more_cells(monkeypatch):
    monkeypatch.setattr(cond, "CELLS_GIVEN_CHARGE", True)
    mass, p = np.full(3, 2.935), np.full(3, 0.5)
    small, large = (cond.cells_from_percentile(mass, p, np.full(3, c)) for c in (2000.0, 20000.0))
    assert np.all(small >= large) and np.any(small > large)
