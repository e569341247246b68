"""Fixed-wing and quadplane physics: textbook values, Breguet properties, edges (issue #13)."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dronecalc.intake.units import Q_
from dronecalc.physics import fixed_wing as fw
from dronecalc.physics import vtol
from dronecalc.physics.rotor import _G

FT, LB, HP = 0.3048, 0.45359237, 745.69987    # exact conversions (NIST SP 811)
# Anderson (1999), *Aircraft Performance and Design*, the CP-1 example airplane (after the
# Beech Bonanza) used throughout ch. 5: W = 2950 lb, S = 174 ft^2, b = 35.8 ft, C_D0 = 0.025,
# e = 0.8, 230 hp, eta_p = 0.8, SFC 0.45 lb/(hp h); (L/D)max = 13.6, the value of its ch. 5 worked examples.
CP1 = dict(mass=2950 * LB, wing_area=174 * FT ** 2, span=35.8 * FT, cd0=0.025, e=0.8)


def cp1_k():
    return fw.induced_drag_factor(fw.aspect_ratio(CP1["span"], CP1["wing_area"]), CP1["e"])


def test_cp1_max_lift_to_drag_is_anderson_13_6():
    assert float(fw.max_lift_to_drag(CP1["cd0"], cp1_k())) == pytest.approx(13.6, abs=0.05)


def test_drag_at_min_drag_speed_is_weight_over_max_lift_to_drag():
    k, rho = cp1_k(), 1.225
    v = fw.min_drag_speed(CP1["mass"], rho, CP1["wing_area"], CP1["cd0"], k)
    d = fw.drag(CP1["mass"], v, rho, CP1["wing_area"], CP1["cd0"], k)
    assert float(d) == pytest.approx(CP1["mass"] * _G / fw.max_lift_to_drag(CP1["cd0"], k))
    # induced = parasite at (L/D)max (Anderson, ch. 5)
    cl = fw.lift_coefficient(CP1["mass"], v, rho, CP1["wing_area"])
    assert float(k * cl ** 2) == pytest.approx(CP1["cd0"])


def test_min_power_speed_is_the_minimum_of_power_required():
    k, rho = cp1_k(), 1.0
    v = np.linspace(20, 120, 20001)
    p = fw.power_required(CP1["mass"], v, rho, CP1["wing_area"], CP1["cd0"], k)
    v_mp = fw.min_power_speed(CP1["mass"], rho, CP1["wing_area"], CP1["cd0"], k)
    assert v[np.argmin(p)] == pytest.approx(float(v_mp), abs=0.01)
    # at minimum power, induced drag is three times parasite drag (Anderson, ch. 5)
    cl = fw.lift_coefficient(CP1["mass"], v_mp, rho, CP1["wing_area"])
    assert float(k * cl ** 2) == pytest.approx(3 * CP1["cd0"])


def test_breguet_piston_in_si_equals_the_imperial_375_form():
    # Raymer (2018) ch. 17 in imperial units: R [statute mi] = 375 eta/c (L/D) ln(W0/W1),
    # c in lb/(hp h): 375 = 550 ft lbf/s/hp x 3600 s/h / 5280 ft/mi.
    eta, c_imp, ld, w0, w1 = 0.8, 0.45, 13.6, 2950.0, 2950.0 - 366.6
    miles = 375 * eta / c_imp * ld * math.log(w0 / w1)
    bsfc = c_imp * LB / (HP * 3600.0)                        # kg/J
    metres = fw.breguet_range_piston(ld, eta, bsfc, 1 - w1 / w0)
    assert float(metres) == pytest.approx(miles * 1609.344, rel=2e-3)


def test_stall_speed_by_hand():
    # V_s = sqrt(2 W / (rho S C_Lmax)): 1000 kg, 15 m^2, C_Lmax 1.5, sea level: sqrt(19613 / 27.56) = 26.68 m/s
    v = fw.stall_speed(1000.0, 1.225, 15.0, 1.5)
    assert float(v) == pytest.approx(math.sqrt(2 * 1000 * _G / (1.225 * 15 * 1.5)))
    assert float(v) == pytest.approx(26.68, abs=0.01)


def test_raymer_oswald_fit_values():
    # Raymer (2018) eq. 12.48: e = 1.78 (1 - 0.045 A^0.68) - 0.64
    assert float(fw.oswald_efficiency(8.0)) == pytest.approx(
        1.78 * (1 - 0.045 * 8 ** 0.68) - 0.64)
    assert 0.7 < float(fw.oswald_efficiency(10.0)) < 0.85


def test_gagg_ferrar_lapse():
    assert float(fw.piston_power_lapse(1.0)) == pytest.approx(1.0)
    assert float(fw.piston_power_lapse(0.5)) == pytest.approx(0.434)


def test_top_speed_balances_power_and_is_nan_when_it_cannot_fly():
    k = cp1_k()
    p = 230 * HP * 0.8
    v = fw.top_speed(p, CP1["mass"], 1.225, CP1["wing_area"], CP1["cd0"], k)
    pr = fw.power_required(CP1["mass"], v, 1.225, CP1["wing_area"], CP1["cd0"], k)
    assert float(pr) == pytest.approx(p, rel=1e-9)
    assert 70 < float(v) < 90                      # ~270 km/h: a Bonanza-class top speed
    assert np.isnan(fw.top_speed(100.0, CP1["mass"], 1.225, CP1["wing_area"], CP1["cd0"], k))


def test_service_ceiling_has_the_defining_climb_rate():
    k = cp1_k()
    p = 230 * HP * 0.8
    h = fw.service_ceiling(p, CP1["mass"], CP1["wing_area"], CP1["cd0"], k, 1.6)
    rho = fw._air_density(h)
    rate = fw.max_climb_rate(p * fw.piston_power_lapse(rho / 1.225), CP1["mass"], rho,
                             CP1["wing_area"], CP1["cd0"], k, 1.6)
    assert float(rate) == pytest.approx(0.508, abs=1e-3)
    assert 4000 < float(h) < 8000


def test_electric_endurance_by_hand_and_range_is_endurance_times_speed():
    t = fw.electric_endurance(100 * 3600.0, 50.0, 0.5, 0.0)      # 100 Wh, 50 W thrust, 50 %
    assert float(t) == pytest.approx(3600.0)
    assert float(fw.electric_range(100 * 3600.0, 50.0, 0.5, 20.0)) == pytest.approx(72000.0)


def test_fuel_mass_from_volume():
    assert float(fw.fuel_mass(0.030, fw.FUEL_DENSITY["gasoline"]["value"])) == \
        pytest.approx(22.4, abs=0.05)


@settings(max_examples=60, deadline=None)
@given(st.floats(3, 30), st.floats(0.3, 0.9), st.floats(4e-8, 2e-7), st.floats(0.01, 0.6),
       st.floats(1.0001, 2.0))
def test_breguet_piston_is_monotonic_in_fuel_fraction_and_lift_to_drag(ld, eta, c, zeta, up):
    r = fw.breguet_range_piston(ld, eta, c, zeta)
    assert r > 0
    assert fw.breguet_range_piston(ld * up, eta, c, zeta) > r
    assert fw.breguet_range_piston(ld, eta, c, min(zeta * up, 0.95)) > r


@settings(max_examples=60, deadline=None)
@given(st.floats(1, 500), st.floats(0.2, 20), st.floats(0.015, 0.08), st.floats(0.02, 0.1),
       st.floats(5, 100), st.floats(0.4, 1.3))
def test_power_required_is_positive_and_at_least_the_minimum(m, s, cd0, k, v, rho):
    p = fw.power_required(m, v, rho, s, cd0, k)
    v_mp = fw.min_power_speed(m, rho, s, cd0, k)
    assert p > 0
    assert p >= fw.power_required(m, v_mp, rho, s, cd0, k) * (1 - 1e-12)


@settings(max_examples=40, deadline=None)
@given(st.floats(1, 500), st.floats(0.2, 20), st.floats(0.015, 0.08), st.floats(0.02, 0.1))
def test_unit_invariance_of_stall_speed_via_quantities(m, s, cd0, k):
    # the same machine stated in lb and ft^2 gives the same stall speed
    si = fw.stall_speed(m, 1.225, s, 1.4)
    lb = Q_(m, "kg").m_as("lb") * LB
    ft2 = Q_(s, "m^2").m_as("ft^2") * FT ** 2
    assert float(fw.stall_speed(lb, 1.225, ft2, 1.4)) == pytest.approx(float(si), rel=1e-12)


@settings(max_examples=40, deadline=None)
@given(st.floats(2, 40), st.floats(0.3, 0.9), st.floats(1e-5, 5e-5), st.floats(0.01, 0.5),
       st.floats(1.0001, 2.0))
def test_breguet_jet_endurance_monotonic(ld, _eta, ct, zeta, up):
    e = fw.breguet_endurance_jet(ld, ct, zeta)
    assert fw.breguet_endurance_jet(ld * up, ct, zeta) > e > 0


def test_breguet_endurance_piston_matches_time_integration():
    # integrate dW/dt = -g c P_req(W)/eta at constant C_L (speed falls as sqrt(W))
    rho, s, cd0, k, eta, c, m0, zeta = 1.0, 1.2, 0.03, 0.05, 0.7, 1.5e-7, 25.0, 0.2
    cl = math.sqrt(3 * cd0 / k)
    cd = cd0 + k * cl ** 2
    e = fw.breguet_endurance_piston(cl, cd, eta, c, rho, s, m0, zeta)
    m, t, dt = m0, 0.0, 1.0
    while m > m0 * (1 - zeta):
        v = math.sqrt(2 * m * _G / (rho * s * cl))
        p = 0.5 * rho * v ** 3 * s * cd
        m -= c * p / eta * dt
        t += dt
    assert float(e) == pytest.approx(t, rel=1e-3)


def test_arrays_broadcast():
    v = fw.min_drag_speed(np.array([1.0, 2.0, 4.0]), 1.225, np.array([[0.2], [0.4]]), 0.03, 0.05)
    assert v.shape == (2, 3) and np.all(np.isfinite(v))


def test_quadplane_hover_energy_uses_the_rotor_model_and_cuts_cruise():
    args = dict(mass=10.0, air_density=1.225, wing_area=0.8, zero_lift_drag=0.035,
                induced_factor=0.045, max_lift_coefficient=1.2, propulsive_efficiency=0.55,
                lift_rotors=4, rotor_diameter=0.38, figure_of_merit=0.6, drive_efficiency=0.8)
    energy = 500 * 3600.0
    with_hover = vtol.quadplane_endurance(energy, **args, hover_time=90.0)
    no_hover = vtol.quadplane_endurance(energy, **args, hover_time=0.0)
    e_hover = vtol.hover_energy(10.0, 1.225, 4, 0.38, 0.6, 0.8, 90.0)
    # hover power by hand: T = 24.5 N per rotor, v_h = sqrt(T/(2 rho A)), P = 4 T v_h/FM/eta
    a = math.pi * 0.19 ** 2
    t = 10 * _G / 4
    p = 4 * t * math.sqrt(t / (2 * 1.225 * a)) / 0.6 / 0.8
    assert float(e_hover) == pytest.approx(p * 90.0, rel=1e-9)
    assert float(no_hover) > float(with_hover) > 0
    assert float(vtol.quadplane_range(energy, **args)) > 0
