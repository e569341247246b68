"""The measured speed of minimum power of a power curve: the lowest measured point, and
beside it the sub-grid (parabola) estimate of priors.curve_check (issue 12, 14th round)."""
import math

import numpy as np
import pytest
from hypothesis import assume, given, strategies as st

from dronecalc.priors import calibration as cal
from dronecalc.priors.curve_check import _min_power_speed, min_power_speed_parabola


def _vertex_numerical_recipes(x, y):
    """Press et al., Numerical Recipes 3rd ed., eq. 10.3.1: the abscissa of the minimum of
    the parabola through three points (an independent form of the same vertex)."""
    (a, b, c), (fa, fb, fc) = x, y
    num = (b - a) ** 2 * (fb - fc) - (b - c) ** 2 * (fb - fa)
    den = (b - a) * (fb - fc) - (b - c) * (fb - fa)
    return b - 0.5 * num / den


speeds = st.lists(st.floats(0.0, 20.0), min_size=3, max_size=10, unique=True).map(sorted)


@given(speeds, st.floats(0.0, 1.0), st.floats(0.01, 50.0), st.floats(50.0, 500.0))
def test_parabola_recovers_the_vertex_of_a_sampled_parabola(v, where, a, p0):
    v = np.array(v)
    assume(np.min(np.diff(v)) > 0.2)
    vertex = v[1] + where * (v[-2] - v[1])      # at or inside the second and last-but-one
    p = p0 + a * (v - vertex) ** 2
    est = min_power_speed_parabola(v, p)
    assert est == pytest.approx(vertex, abs=1e-6 * (1 + abs(vertex)))


@given(speeds, st.lists(st.floats(1.0, 1000.0), min_size=10, max_size=10))
def test_parabola_estimate_lies_between_the_lowest_points_neighbours(v, p):
    v, p = np.array(v), np.array(p[:len(v)])
    i = int(np.argmin(p))
    est = min_power_speed_parabola(v, p)
    if i in (0, v.size - 1):
        assert math.isnan(est)
    else:
        assert v[i - 1] <= est <= v[i + 1]


def test_parabola_is_undefined_without_a_bracket_and_ignores_the_order_given():
    v = np.array([0.0, 2.0, 4.0, 6.0])
    assert math.isnan(min_power_speed_parabola(v, [100.0, 110.0, 120.0, 130.0]))   # first
    assert math.isnan(min_power_speed_parabola(v, [130.0, 120.0, 110.0, 100.0]))   # last
    # equal lowest points (2 and 4 m/s): the first is the lowest, its vertex midway
    assert min_power_speed_parabola(v, [110.0, 100.0, 100.0, 120.0]) == pytest.approx(3.0)
    p = np.array([120.0, 100.0, 104.0, 130.0])
    assert min_power_speed_parabola(v[::-1], p[::-1]) == min_power_speed_parabola(v, p)


def test_m100_estimate_is_the_vertex_of_its_logged_points_beside_the_lowest_point():
    # power_curves.toml, Faustino et al. 2019 (3 April 2019 orbits): the lowest measured
    # current is the 4.31 m/s orbit; the parabola through it and the 2.04 and 6.50 m/s
    # orbits (15.109, 14.365, 14.595 A) has its vertex at 4.86 m/s
    c = next(c for c in cal.load_power_curves() if c["name"].startswith("Faustino"))
    assert _min_power_speed(c["speed"], c["value"]) == 4.31
    est = min_power_speed_parabola(c["speed"], c["value"])
    assert est == pytest.approx(_vertex_numerical_recipes((2.04, 4.31, 6.50),
                                                          (15.109, 14.365, 14.595)))
    assert est == pytest.approx(4.86, abs=0.01)


def test_validation_reports_the_estimate_beside_never_instead_of_the_lowest_point():
    for result in (cal.power_curve_validation(), cal.joint_validation()):
        per = list(result["curves"].values())
        curves = cal.load_power_curves()
        for c, r, dv, dp in zip(curves, per, result["min_power_speed_errors"],
                                result["min_power_speed_errors_parabola"]):
            assert r["min_power_speed"] == _min_power_speed(c["speed"], c["value"])
            assert dv == pytest.approx(r["model_min_power_speed"] - r["min_power_speed"])
            assert r["min_power_speed_parabola"] == min_power_speed_parabola(c["speed"],
                                                                             c["value"])
            assert dp == pytest.approx(r["model_min_power_speed"]
                                       - r["min_power_speed_parabola"])


# --- issue 12, helper vmin12: the speeds a curve cannot tell from its minimum (curve_noise)

from dronecalc.priors import curve_noise as cn  # noqa: E402


@given(speeds, st.floats(-5.0, 5.0), st.floats(0.1, 10.0))
def test_pseudo_residuals_vanish_on_any_straight_line_in_log_power(v, slope, p0):
    v = np.array(v)
    assume(np.min(np.diff(v)) > 0.05)
    value = p0 * np.exp(0.05 * slope * v)
    assert cn.pseudo_residual_sd(v, value) == pytest.approx(0.0, abs=1e-9)
    # and a curved reference divides out: ln(value / reference) is the straight line
    ref = np.exp(0.01 * (v - 7.0) ** 2)
    assert cn.pseudo_residual_sd(v, value * ref, reference=ref) == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize("robust", [False, True])
def test_pseudo_residual_sd_recovers_white_noise(robust):
    rng = np.random.default_rng(0)
    v = np.sort(rng.uniform(0.0, 16.0, 4000))
    value = 200.0 * np.exp(0.002 * (v - 7.0) ** 2 + 0.02 * rng.standard_normal(v.size))
    assert cn.pseudo_residual_sd(v, value, robust=robust) == pytest.approx(0.02, rel=0.08)


@given(st.floats(2.0, 12.0), st.floats(0.002, 0.05), st.floats(0.002, 0.05))
def test_flat_range_of_a_parabola_is_its_analytic_band(v0, a, sd):
    v = np.linspace(0.0, 20.0, 2001)
    value = 100.0 * np.exp(a * (v - v0) ** 2)
    g = cn.flat_range(v, value, sd)
    half = math.sqrt(cn.Z_ONE_SIDED_95 * math.sqrt(2.0) * sd / a)
    assert g["threshold"] == pytest.approx(cn.Z_ONE_SIDED_95 * math.sqrt(2.0) * sd)
    assert g["open_low"] == (v0 - half <= 0.0) and g["open_high"] == (v0 + half >= 20.0)
    assert g["low"] == pytest.approx(max(v0 - half, 0.0), abs=0.02)
    assert g["high"] == pytest.approx(min(v0 + half, 20.0), abs=0.02)


def test_every_curve_gets_a_range_about_its_lowest_point_and_the_model_placed_in_it():
    r = cn.resolvability()
    assert r["n"] == len(cal.load_power_curves())
    for name, c in r["curves"].items():
        g = c["range"]
        assert g["low"] <= c["min_power_speed"] <= g["high"], name
        assert c["sd"] > 0 and c["raw_sd"] > 0
        inside = (g["open_low"] or g["low"] <= c["model_min_power_speed"]) and \
            (g["open_high"] or c["model_min_power_speed"] <= g["high"])
        assert c["inside"] == inside and (c["outside_by"] == 0.0) == inside, name
    # the M100's orbits rise by less than its noise from 4.3 m/s to its last, 8.7 m/s:
    # the data do not bound its minimum above
    m100 = next(c for n, c in r["curves"].items() if "Matrice 100" in n)
    assert m100["range"]["open_high"]


@pytest.mark.parametrize("f_true, c_true", [(0.02, 0.015), (0.04, 0.0)])
def test_family_interval_holds_the_minimum_of_a_curve_the_model_made(f_true, c_true):
    from dronecalc.priors.efficiency_fit import _curve_power
    base = next(c for c in cal.load_power_curves() if "Di Franco" in c["name"])
    fine = np.linspace(0.0, 20.0, 401)
    truth = fine[int(np.argmin(_curve_power(base, fine, f_true, c_true)))]
    wiggle = 1.0 + 0.005 * np.where(np.arange(base["speed"].size) % 2, 1.0, -1.0)
    curve = dict(base, value=3.0 * _curve_power(base, base["speed"], f_true, c_true) * wiggle)
    fam = cn.family_interval(curve)
    assert fam["low"] - 0.05 <= truth <= fam["high"] + 0.05
    plo, phi = fam["prior_interval"]
    assert fam["low"] <= plo <= phi <= fam["high"]
    assert fam["best"]["sd"] < 0.01
