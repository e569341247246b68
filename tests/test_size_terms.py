"""Issue 12, eleventh round: size terms of the efficiency law (Reynolds number, avionics load)."""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from dronecalc.physics.rotor_terms import AIR_VISCOSITY, _hover_blade_reynolds
from dronecalc.priors import calibration as cal
from dronecalc.priors import efficiency_fit as ef
from dronecalc.priors import size_terms


def test_uiuc_da4002_static_data_as_restated_and_its_figure_of_merit():
    # UIUC DA4002 static test (data/propeller_static.toml): first and last points as restated
    (p,) = size_terms.load_propeller_static()
    assert (p["rpm"][0], p["ct"][0], p["cp"][0]) == (1546.667, 0.125931, 0.088432)
    assert (p["rpm"][-1], p["ct"][-1], p["cp"][-1]) == (5943.333, 0.140450, 0.080081)
    # FM = sqrt(2/pi) C_T^1.5 / C_P (actuator disk in the UIUC coefficients), by hand
    assert p["figure_of_merit"][0] == pytest.approx(0.7979 * 0.125931 ** 1.5 / 0.088432, rel=1e-4)
    assert p["figure_of_merit"][0] == pytest.approx(0.403, abs=1e-3)
    assert p["figure_of_merit"][-1] == pytest.approx(0.524, abs=1e-3)


def test_figure_of_merit_rises_with_reynolds_number_and_the_law_slope_agrees():
    fit = size_terms.fit_reynolds_exponent()
    assert 0.15 < fit["exponent"] < 0.30 and fit["sd"] < 0.03
    # FM ~ Re^k and Re ~ sqrt(T) in hover: slope k/2 on ln(mass per rotor); the shipped law's
    # fitted slope (makers' flight times, no propeller data) lies within 2 of its sd of it
    law = cal.load_calibrated()["efficiency_law"]
    b, sd = law["theta"][1], np.sqrt(law["covariance"][1][1])
    assert size_terms.reynolds_law_exponent() == pytest.approx(fit["exponent"] / 2)
    assert abs(size_terms.reynolds_law_exponent() - b) < 2 * sd


def test_hover_reynolds_matches_its_definition_on_the_uiuc_propeller():
    # DA4002, 9 in, 5943.333 rpm: T = C_T rho n^2 D^4; rotor C_T = T / (rho A (Omega R)^2)
    rho, d, n = 1.225, 9 * 0.0254, 5943.333 / 60
    thrust = 0.140450 * rho * n ** 2 * d ** 4
    tip = np.pi * d * n
    ct_rotor = thrust / (rho * np.pi * (d / 2) ** 2 * tip ** 2)
    direct = rho * 0.75 * tip * 0.1787 * (d / 2) / AIR_VISCOSITY
    assert _hover_blade_reynolds(thrust, d, rho, ct_rotor) == pytest.approx(direct, rel=1e-12)
    assert 6e4 < direct < 9e4          # Deters et al. 2014: small propellers below 100,000


@given(st.floats(0.1, 500.0), st.floats(0.05, 2.0), st.floats(1.1, 4.0))
def test_hover_reynolds_ignores_the_diameter_and_grows_as_root_thrust(thrust, diameter, k):
    re = _hover_blade_reynolds(thrust, diameter)
    assert _hover_blade_reynolds(thrust, k * diameter) == pytest.approx(re, rel=1e-9)
    assert _hover_blade_reynolds(k * thrust, diameter) == pytest.approx(np.sqrt(k) * re,
                                                                        rel=1e-9)


def _sized():
    return [r for r in ef.sized_rows() if np.isfinite(r["rotor_diameter"])
            and np.isfinite(r["rotors"])]


def test_an_avionics_load_shortens_every_flight_and_small_machines_most():
    cols = ef._sized_cols(_sized())
    base = ef.maker_time(cols, 1.0, 0.03, 0.0135)
    loaded = ef.maker_time(cols, 1.0, 0.03, 0.0135, avionics=5.0)
    assert np.all(loaded < base)
    share = 1.0 - loaded / base
    light, heavy = np.argmin(cols["reference_mass"]), np.argmax(cols["reference_mass"])
    assert share[light] > 10 * share[heavy]


@settings(max_examples=5, deadline=None)
@given(st.floats(0.0, 0.3))
def test_a_held_exponent_is_kept_and_carries_no_variance(b):
    fit = ef.fit_efficiency(_sized(), exponent=b)
    assert fit["theta"][1] == b and fit["covariance"][1][1] == 0.0
    assert fit["covariance"][0][0] > 0.0 and fit["avionics_power"] == 0.0


def test_size_terms_are_off_in_the_checks(monkeypatch):
    assert size_terms.LAW_AVIONICS is False and size_terms.LAW_REYNOLDS is False
    assert size_terms.law_avionics_power({"avionics_power": 6.0}) == 0.0
    assert size_terms.fit_avionics_argument() == 0.0
    assert size_terms.fit_exponent_argument() is None
    monkeypatch.setattr(size_terms, "LAW_AVIONICS", True)
    assert size_terms.law_avionics_power({"avionics_power": 6.0}) == 6.0
    assert size_terms.fit_avionics_argument() is None
