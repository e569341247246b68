"""The disk-loading law's pack-energy term (issues 10/12): ln DL gains gamma ln(e / e_ref), e
the pack energy per take-off mass without payload, fitted jointly with DL_1kg and beta on the
makers' rows, and applied in the checks to each Monte Carlo sample's own drawn or stated
energy per mass (vectorised, no new prior)."""
from __future__ import annotations

import numpy as np
import pytest

from dronecalc.engine import uncertainty as unc
from dronecalc.priors import calibration, disk_fit, tables

STORED = calibration.load_calibrated()


@pytest.fixture
def fresh_law():
    unc.disk_loading_law.cache_clear()
    yield
    unc.disk_loading_law.cache_clear()


def test_the_shipped_law_carries_a_fitted_energy_term_with_its_spread():
    theta, cov = STORED["fit"]["theta"], np.array(STORED["fit"]["covariance"])
    assert len(theta) == 4 and disk_fit.ENERGY_TERM
    entry = STORED["parameters"]["disk_loading_energy_exponent"]
    assert entry["fitted"] and entry["low"] < entry["value"] < entry["high"]
    assert entry["value"] == pytest.approx(theta[3])
    # identified by the data: the fit's own p5-p95 excludes zero (more Wh/kg, bigger rotors)
    assert entry["high"] < 0.0 and cov[3, 3] > 0.0
    assert STORED["fit"]["specific_energy_reference"] == disk_fit.SPECIFIC_ENERGY_REFERENCE
    assert tables.disk_loading_law().energy_exponent == pytest.approx(theta[3])


def test_the_energy_term_is_applied_per_sample_and_vectorised(fresh_law):
    mass = np.full(5, 2.0)
    rotors = np.full(5, 4.0)
    pct = np.full(5, 0.5)
    per_kg = np.array([30.0, 50.0, 70.0, 90.0, 120.0])               # Wh/kg
    energy = per_kg * 3600.0 * mass
    d = tables.calibrated_diameter(mass, rotors, pct, energy)
    assert d.shape == (5,) and np.all(np.diff(d) > 0)                 # gamma < 0
    one = [tables.calibrated_diameter(mass[i:i + 1], rotors[i:i + 1], pct[i:i + 1],
                                      energy[i:i + 1])[0] for i in range(5)]
    np.testing.assert_allclose(d, one, rtol=1e-12)
    # at the reference energy the term is zero: the law without an energy
    np.testing.assert_allclose(d[2], tables.calibrated_diameter(mass, rotors, pct)[2],
                               rtol=1e-12)
    # DL ratio is (e1 / e2)^gamma at the median
    gamma = STORED["fit"]["theta"][3]
    dl = mass / (rotors * np.pi * d ** 2 / 4.0)
    assert dl[4] / dl[0] == pytest.approx((120.0 / 30.0) ** gamma, rel=1e-9)


def test_a_case_stating_more_pack_energy_per_kg_draws_larger_rotors(fresh_law):
    """All else equal (rotors, take-off mass, the same percentile draws), the case whose stated
    pack holds more energy per kg gets a larger rotor from the law, sample by sample."""
    base = {"rotors": 4, "takeoff_mass": "6.3 kg", "battery_mass": "1.35 kg"}
    low = unc.describe({**base, "battery_energy": "300 Wh"}, "large-lift-quad")
    high = unc.describe({**base, "battery_energy": "550 Wh"}, "large-lift-quad")
    assert "disk_loading_percentile" in low and "disk_loading_percentile" in high
    mc_low = unc.monte_carlo(low, 400, seed=3)
    mc_high = unc.monte_carlo(high, 400, seed=3)
    a, b = unc.vehicle(mc_low.values), unc.vehicle(mc_high.values)
    np.testing.assert_allclose(a.empty_mass + a.battery_mass, b.empty_mass + b.battery_mass)
    np.testing.assert_array_equal(mc_low.values["disk_loading_percentile"],
                                  mc_high.values["disk_loading_percentile"])
    ratio = b.rotor_diameter / a.rotor_diameter
    gamma = STORED["fit"]["theta"][3]
    # D ~ DL^-1/2: (e_high / e_low)^(-gamma / 2), to the small change the term's fit variance
    # makes in each sample's spread (its z times a few 1e-3 in ln DL)
    np.testing.assert_allclose(ratio, (550.0 / 300.0) ** (-gamma / 2.0), rtol=2e-3)
    assert np.all(ratio > 1.0)


def test_a_drawn_pack_energy_sizes_each_sample_its_own_rotor(fresh_law):
    """A news story (rotors, one mass, mAh, no voltage): the energy is drawn per sample and
    the rotor follows it; the correlation is what the fitted term says."""
    box = unc.describe({"rotors": 4, "takeoff_mass": "1.2 kg", "battery_capacity": "5000 mAh"},
                       "large-lift-quad")
    mc = unc.monte_carlo(box, 2000, seed=1)
    v = unc.vehicle(mc.values)
    mass = v.empty_mass + v.battery_mass
    dl = mass / (v.rotors * np.pi * v.rotor_diameter ** 2 / 4.0)
    law = tables.disk_loading_law()
    expected = law.disk_loading(mass, mc.values["disk_loading_percentile"], v.battery_energy)
    np.testing.assert_allclose(dl, expected, rtol=1e-9)
    at_ref = law.disk_loading(mass, mc.values["disk_loading_percentile"])
    x = disk_fit.energy_covariate(v.battery_energy, mass)
    assert np.std(x) > 0.05                                  # the energy is drawn, not fixed
    assert np.corrcoef(x, np.log(dl / at_ref))[0, 1] < -0.9       # up to the z x (change of spread) part


def test_a_law_without_the_term_is_read_as_before(fresh_law, monkeypatch):
    stored = calibration.load_calibrated()
    fit = dict(stored["fit"], theta=stored["fit"]["theta"][:3])
    monkeypatch.setattr(calibration, "load_calibrated", lambda: {**stored, "fit": fit})
    unc.disk_loading_law.cache_clear()
    law = tables.disk_loading_law()
    assert law.energy_exponent == 0.0
    m, p = np.array([1.0, 5.0]), np.array([0.5, 0.5])
    np.testing.assert_allclose(law.disk_loading(m, p, np.array([1e5, 9e5])),
                               law.disk_loading(m, p), rtol=1e-12)
