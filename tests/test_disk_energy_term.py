"""The pack-energy (Wh/kg) term of the disk-loading law, a measured variant that is not shipped
(benchmarks/disk_energy_term.py, issues 10/12): fitted jointly with DL_1kg and beta on the
law's own rows, applied in the checks to each Monte Carlo sample's own drawn or stated pack
energy per mass, and gone again when its ``with`` block ends (the package never carries it)."""
from __future__ import annotations

import numpy as np
import pytest

import helpers
from dronecalc.engine import machine
from dronecalc.engine import uncertainty as unc
from dronecalc.priors import calibration, disk_fit, tables

bench = helpers.benchmark("disk_energy_term")


@pytest.fixture(scope="module")
def fitted():
    """The variant's fit on every row (one ~3 s fit, shared by the tests below)."""
    with bench.variant() as data:
        fit = data["fit"]
    return fit


def test_the_term_is_fitted_jointly_on_the_same_rows_and_identified(fitted):
    shipped = calibration.load_calibrated()
    rows, _ = disk_fit.fit_rows(calibration.load_multirotors())
    assert all(r["energy"] > 0 for r in rows)          # every row states its pack energy
    assert len(fitted["theta"]) == 4 and np.shape(fitted["covariance"]) == (4, 4)
    gamma, sd = fitted["theta"][3], np.sqrt(fitted["covariance"][3][3])
    # more Wh/kg, lower disk loading (bigger rotors), its p95 below zero
    assert gamma + 1.645 * sd < 0.0
    # the between-drone scatter of the shipped law, less what the term explains
    assert 0.0 < fitted["scatter_log_disk_loading"] < shipped["fit"]["scatter_log_disk_loading"]


def test_a_case_stating_more_pack_energy_per_kg_draws_larger_rotors(fitted):
    """All else equal (rotors, take-off mass, the same percentile draws), the case whose pack
    holds more energy gets a larger rotor from the law, sample by sample, by the fitted term."""
    base = {"rotors": 4, "takeoff_mass": "6.3 kg", "battery_mass": "1.35 kg"}
    low = unc.describe({**base, "battery_energy": "300 Wh"}, "large-lift-quad")
    high = unc.describe({**base, "battery_energy": "550 Wh"}, "large-lift-quad")
    assert "disk_loading_percentile" in low
    with bench.variant():
        a = unc.vehicle(unc.monte_carlo(low, 400, seed=3).values)
        mc = unc.monte_carlo(high, 400, seed=3)
        b = unc.vehicle(mc.values)
    np.testing.assert_allclose(a.empty_mass + a.battery_mass, b.empty_mass + b.battery_mass)
    ratio = b.rotor_diameter / a.rotor_diameter
    # D ~ DL^-1/2: (550 / 300)^(-gamma / 2), to the small change the term's fit variance makes
    # in each sample's spread (its z times a few 1e-3 in ln DL)
    np.testing.assert_allclose(ratio, (550.0 / 300.0) ** (-fitted["theta"][3] / 2.0), rtol=3e-3)
    assert np.all(ratio > 1.0)


def test_a_drawn_pack_energy_sizes_each_sample_its_own_rotor(fitted):
    """A news story (rotors, one mass, mAh without voltage): the energy is drawn per sample and
    each sample's rotor follows its own energy per mass, in one vectorised call."""
    box = unc.describe({"rotors": 4, "takeoff_mass": "1.2 kg", "battery_capacity": "5000 mAh"},
                       "large-lift-quad")
    with bench.variant():
        mc = unc.monte_carlo(box, 2000, seed=1)
        v = unc.vehicle(mc.values)
        shipped_dl = tables.disk_loading_law().disk_loading(
            v.empty_mass + v.battery_mass, mc.values["disk_loading_percentile"])
    mass = v.empty_mass + v.battery_mass
    dl = mass / (v.rotors * np.pi * v.rotor_diameter ** 2 / 4.0)
    expected = bench.disk_loading(fitted, mass, mc.values["disk_loading_percentile"],
                                  v.battery_energy)
    np.testing.assert_allclose(dl, expected, rtol=1e-9)
    x = bench.energy_covariate(v.battery_energy, mass)
    assert np.std(x) > 0.05                                    # drawn, not one value
    assert np.corrcoef(x, np.log(dl / shipped_dl))[0, 1] < -0.9


def test_the_package_is_untouched_after_the_block(fitted):
    assert machine._vehicle is bench._CHECK_VEHICLE and disk_fit._vehicle is bench._FIT_VEHICLE
    assert len(disk_fit._LOWER) == 3 and disk_fit.fit_parameters is not bench.fit_parameters
    assert len(calibration.load_calibrated()["fit"]["theta"]) == 3
