"""Rotor momentum theory: textbook values, scaling laws, Glauert inflow, the power bucket."""
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dronecalc import InputValueError, UnitError
from dronecalc.physics.rotor import (_forward_flight_power, _glauert_inflow, _hover_induced_velocity,
                             climb_power, disk_area, forward_flight_power,
                             glauert_inflow, hover_power, hover_tip_speed, ideal_hover_power,
                             trim_tilt)
from dronecalc.intake.units import Q_

masses = st.floats(0.2, 50.0)
diameters = st.floats(0.1, 1.5)
fms = st.floats(0.4, 0.85)
speeds = st.floats(0.0, 40.0)


def test_hand_calculation_leishman_ch2():
    # Leishman (2006) eq. 2.15-2.16 by hand: T = 1000 N, rho = 1.225, R = 1 m:
    # v_h = sqrt(1000 / (2 * 1.225 * pi)) = 11.398 m/s, P = T v_h = 11398 W; FM 0.7 -> /0.7.
    p = ideal_hover_power(Q_(1000, "N"), Q_(1.225, "kg/m^3"), Q_(np.pi, "m^2"))
    assert p.m_as("W") == pytest.approx(11398, rel=1e-4)
    real = hover_power(Q_(1000, "N"), Q_(1.225, "kg/m^3"), Q_(np.pi, "m^2"), figure_of_merit=0.7)
    assert real.m_as("W") == pytest.approx(11398 / 0.7, rel=1e-4)


@given(st.floats(1, 500), st.floats(0.01, 3), fms, st.floats(1.1, 4))
def test_hover_power_scales_as_thrust_to_1_5_and_falls_with_area(t, a, fm, k):
    p1 = hover_power(Q_(t, "N"), Q_(1.2, "kg/m^3"), Q_(a, "m^2"), fm).m
    p2 = hover_power(Q_(k * t, "N"), Q_(1.2, "kg/m^3"), Q_(a, "m^2"), fm).m
    assert p2 / p1 == pytest.approx(k ** 1.5, rel=1e-9)
    assert hover_power(Q_(t, "N"), Q_(1.2, "kg/m^3"), Q_(k * a, "m^2"), fm).m < p1


@given(st.floats(1, 500), st.floats(0.01, 3), fms, st.floats(1.0, 1.3))
def test_power_never_below_ideal(t, a, fm, overlap):
    ideal = ideal_hover_power(Q_(t, "N"), Q_(1.2, "kg/m^3"), Q_(a, "m^2")).m
    assert hover_power(Q_(t, "N"), Q_(1.2, "kg/m^3"), Q_(a, "m^2"), fm,
                       overlap_factor=overlap).m >= ideal * (1 - 1e-12)


@given(st.floats(1, 500), st.floats(0.01, 3))
def test_unit_invariance_lbf_inch(t, a):
    si = hover_power(Q_(t, "N"), Q_(1.225, "kg/m^3"), Q_(a, "m^2")).m_as("W")
    imp = hover_power(Q_(t / 4.4482216152605, "lbf"), Q_(1.225 * 0.062427961, "lb/ft^3"),
                      Q_(a / 0.0254 ** 2, "in^2"))
    assert imp.m_as("W") == pytest.approx(si, rel=1e-7)


@given(st.floats(0.1, 30), st.floats(0, 40), st.floats(0, 1.2))
def test_glauert_satisfies_its_equation(v_h, speed, tilt):
    v = _glauert_inflow(v_h, speed, tilt)
    lhs = v * np.sqrt((speed * np.cos(tilt)) ** 2 + (speed * np.sin(tilt) + v) ** 2)
    assert lhs == pytest.approx(v_h ** 2, rel=1e-9)
    assert 0 < v <= v_h * (1 + 1e-12)


@given(st.floats(1, 500), st.floats(0.05, 2))
def test_glauert_limits(t, a):
    rho = 1.225
    v_h = _hover_induced_velocity(t, rho, a)
    assert _glauert_inflow(v_h, 0.0) == pytest.approx(v_h, rel=1e-12)
    fast = 50.0 * v_h
    assert _glauert_inflow(v_h, fast) == pytest.approx(t / (2 * rho * a * fast), rel=1e-3)


def test_glauert_is_vectorised():
    v = _glauert_inflow(np.array([[5.0], [8.0]]), np.linspace(0, 30, 7), 0.1)
    assert v.shape == (2, 7)
    assert np.all(np.diff(v, axis=1) < 0)


def test_power_bucket():
    # 10 kg quad, 22 in rotors: power falls from hover to a minimum, then rises steeply.
    v = np.linspace(0, 30, 61)
    p, parts = _forward_flight_power(98.0665, v, 1.225, 0.5588, 4, 0.1, 0.65)
    i = np.argmin(p)
    assert 0 < i < len(v) - 1
    assert p[i] < 0.85 * p[0]
    assert p[-1] > 1.5 * p[0]
    assert np.all(np.diff(p[:i + 1]) <= 0) and np.all(np.diff(p[i:]) >= 0)
    assert parts["parasite"][-1] == pytest.approx(0.5 * 1.225 * 0.1 * 30 ** 3)


def test_forward_flight_at_zero_speed_is_hover():
    hover = 4 * hover_power(Q_(2.5 * 9.80665, "N"), Q_(1.225, "kg/m^3"),
                            disk_area(Q_(22, "inch")), 0.65).m
    ff = forward_flight_power(Q_(10, "kg"), Q_(0, "m/s"), Q_(22, "inch"), rotors=4).m
    assert ff == pytest.approx(hover, rel=1e-12)


@given(masses, diameters, speeds, st.floats(0.0, 0.5), fms)
def test_forward_power_above_ideal_and_finite(m, d, v, f, fm):
    w = m * 9.80665
    p, parts = _forward_flight_power(w, v, 1.225, d, 4, f, fm)
    # ideal: induced power of momentum theory with the same inflow, plus drag power
    t = np.hypot(w, 0.5 * 1.225 * f * v ** 2) / 4
    ideal = 4 * t * parts["induced_velocity"] + parts["parasite"]
    assert np.isfinite(p) and p >= ideal * (1 - 1e-12)


def test_climb_reduces_to_hover_and_costs_at_least_t_vc():
    args = (Q_(50, "N"), Q_(1.225, "kg/m^3"), Q_(0.2, "m^2"))
    hover = hover_power(*args).m
    assert climb_power(*args, Q_(0, "m/s")).m == pytest.approx(hover, rel=1e-12)
    assert climb_power(*args, Q_(5, "m/s")).m > hover
    assert climb_power(*args, Q_(5, "m/s")).m - hover < 50 * 5


def test_trim_tilt_and_tip_speed():
    assert trim_tilt(Q_(1, "kg"), Q_(0, "m/s"), Q_(0.1, "m^2")).m == 0
    tilt = trim_tilt(Q_(1, "kg"), Q_(20, "m/s"), Q_(0.02, "m^2")).m_as("rad")
    assert np.tan(tilt) == pytest.approx(0.5 * 1.225 * 0.02 * 400 / 9.80665)
    vt = hover_tip_speed(Q_(24.5, "N"), Q_(1.225, "kg/m^3"), Q_(0.245, "m^2"), 0.012)
    assert vt.m_as("m/s") == pytest.approx(np.sqrt(24.5 / (1.225 * 0.245 * 0.012)))


def test_bad_input():
    with pytest.raises(UnitError):
        hover_power(Q_(1, "kg"), Q_(1.2, "kg/m^3"), Q_(1, "m^2"))
    with pytest.raises(UnitError):
        forward_flight_power(Q_(10, "kg"), Q_(10, "m"), Q_(22, "inch"))
    with pytest.raises(InputValueError):
        hover_power(Q_(1, "N"), Q_(1.2, "kg/m^3"), Q_(1, "m^2"), figure_of_merit=1.2)
    with pytest.raises(InputValueError):
        glauert_inflow(Q_(1, "N"), Q_(1.2, "kg/m^3"), Q_(1, "m^2"), Q_(1, "m/s"), Q_(95, "deg"))


def test_scalar_array_broadcast():
    p = forward_flight_power(Q_(np.array([[5.0], [10.0]]), "kg"),
                             Q_(np.array([0.0, 10.0, 20.0]), "m/s"), Q_(0.5, "m"))
    assert p.shape == (2, 3)
    assert float(forward_flight_power(Q_(5, "kg"), Q_(10, "m/s"), Q_(0.5, "m")).m) == \
        pytest.approx(p.m[0, 1])
