"""The level trim with the rotors' in-plane drag and the sourced tilt limit of the top-speed
kind (issues 10 and 12, tilt round: physics/rotor_terms._level_trim, claims/kinds/top_speed)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from dronecalc import check, load_case
from dronecalc.claims.context import Context
from dronecalc.claims.kinds import top_speed as ts
from dronecalc.physics.rotor_terms import ROTOR_DRAG, _level_trim, level_trim

from test_drive_prior import CASE as _QUAD, _claim      # the 0.9 kg camera quad with no Kv


@settings(max_examples=60, deadline=None)
@given(st.floats(0.0, 500.0), st.floats(1.0, 500.0), st.floats(0.0, 60.0),
       st.floats(0.0, 0.05))
def test_the_trim_balances_thrust_in_plane_force_drag_and_weight(drag, weight, speed, c):
    """T sin(theta) - H cos(theta) = D and T cos(theta) + H sin(theta) = W with the in-plane
    force H = c T V cos(theta), to rounding; the tilt is never below the parasite one."""
    tilt, thrust = _level_trim(drag, weight, speed, c)
    h = c * thrust * speed * np.cos(tilt)
    assert thrust * np.sin(tilt) - h * np.cos(tilt) == pytest.approx(drag, abs=1e-9 * weight)
    assert thrust * np.cos(tilt) + h * np.sin(tilt) == pytest.approx(weight, rel=1e-9)
    assert tilt >= np.arctan2(drag, weight) - 1e-12
    assert thrust <= np.hypot(drag, weight) * (1 + 1e-12)     # H carries part of the load


def test_without_rotor_drag_the_trim_is_the_parasite_trim_and_small_c_is_first_order():
    drag, weight = np.array([0.0, 3.0, 10.0, 40.0]), 10.0
    tilt, thrust = _level_trim(drag, weight, 30.0, 0.0)
    assert np.allclose(tilt, np.arctan2(drag, weight)) and np.allclose(thrust,
                                                                     np.hypot(drag, weight))
    phi, k = np.arctan2(drag, weight), 1e-4 * 30.0          # theta = phi + c V cos(phi) + O(k^2)
    assert np.allclose(_level_trim(drag, weight, 30.0, 1e-4)[0], phi + k * np.cos(phi),
                       atol=k * k)


def test_the_quantity_wrapper_takes_units_and_names_a_bad_field():
    tilt, thrust = level_trim("0.7 kgf", "1 kgf", "97.2 km/h", "0.0135 s/m")
    assert tilt.m_as("deg") == pytest.approx(48.556, abs=1e-3)   # 35 deg + the rotor force
    assert thrust.m_as("kgf") == pytest.approx(1.18661, rel=1e-4)
    with pytest.raises(Exception, match="weight"):
        level_trim("1 N", "-1 N", "10 m/s", "0.01 s/m")


def test_every_tilt_default_has_a_source_and_the_limit_is_their_highest():
    assert {e["value"] for e in ts.TILT_SOURCE.values()} == {30.0, 45.0, 60.0}
    assert all(len(e["source"]) > 40 for e in ts.TILT_SOURCE.values())
    assert np.degrees(ts.TILT_LIMIT) == pytest.approx(60.0)
    assert np.degrees(ts.MODEL_TILT) == pytest.approx(45.0)


@pytest.fixture(scope="module")
def values(tmp_path_factory):
    path = tmp_path_factory.mktemp("tilt") / "case.toml"
    path.write_text(_QUAD.format(extra=""))
    return Context.build(load_case(path), 300, 7).mc.values


def _with_rotor_drag(monkeypatch, c):
    inner = ts.mission._vehicle_arrays

    def arrays(machine):
        a = inner(machine)
        a["rotor_drag_coefficient"] = np.full_like(a["weight"], c)
        return a
    monkeypatch.setattr(ts.mission, "_vehicle_arrays", arrays)


@settings(max_examples=8, deadline=None)
@given(st.floats(1.3, 4.0), st.floats(0.001, 0.03))
def test_rotor_drag_never_raises_the_top_speed(values, ratio, c):
    """In the power (c T V^2) and in the trim (c T V cos theta) the in-plane drag only takes
    away: with c > 0 no machine is faster than with c = 0."""
    with pytest.MonkeyPatch.context() as mp:
        _with_rotor_drag(mp, 0.0)
        free = ts.top_speed(values, False, None, ratio)
        _with_rotor_drag(mp, c)
        dragged = ts.top_speed(values, False, None, ratio)
    assert np.all(dragged <= free + 1e-4)
    assert not np.any(free > 0) or np.any(dragged < free - 1e-3)


@settings(max_examples=8, deadline=None)
@given(st.floats(1.0, 3.0))
def test_more_power_never_lowers_the_top_speed(values, more):
    """The level-flight test with a larger power limit passes every speed the smaller passes,
    so the top speed (its edge) is monotone in the power the drive gives."""
    a, thrust, power = ts.drive_limits(values, False, None, 2.0)
    speeds = np.linspace(0.0, ts.SPEED_CEILING, 31)[:, None]
    low = ts.level_flight_test(a, thrust, power)(speeds)
    high = ts.level_flight_test(a, thrust, power * more)(speeds)
    assert np.all(high | ~low)


def test_top_speed_stays_within_the_tilt_limit_with_the_rotor_force(values):
    """At the top speed found no machine's trim (parasite and in-plane drag) passes 60 deg;
    at ample thrust the tilt binds for some, and the parasite tilt alone stays below it."""
    speed = ts.top_speed(values, False, None, 4.0)
    a = ts.drive_limits(values, False, None, 4.0)[0]
    tilt = ts.trim(a, speed)[0]
    assert np.all(tilt <= ts.TILT_LIMIT + 1e-6)
    assert np.any(np.isclose(tilt, ts.TILT_LIMIT, atol=1e-4))
    parasite = np.arctan2(0.5 * a["air_density"] * a["total_drag_area"] * speed ** 2,
                          a["weight"])
    assert np.all(parasite < ts.TILT_LIMIT)


def _finding(tmp_path, extra):
    path = tmp_path / "case.toml"
    path.write_text(_QUAD.format(extra="") + _claim("V", "top_speed", "25 m/s") + extra)
    return check(load_case(path), samples=1500, seed=1).findings[0]


def test_the_finding_says_when_the_trim_is_past_the_power_models_45_degrees(tmp_path):
    plain = _finding(tmp_path, "")
    assert any("past 45 deg" in n and "extrapolation" in n for n in plain.notes)
    assert any("60 deg (flight controllers' defaults" in n for n in plain.notes)
    tilt = '\n[figures.A]\nfield = "max_tilt"\ntext = "40°"\nrole = "input"\n'
    told = _finding(tmp_path, tilt)
    assert not any("past 45 deg" in n for n in told.notes)
    assert any("40 deg (the stated maximum tilt)" in n for n in told.notes)
    assert told.estimate.p50 < plain.estimate.p50


def test_the_trim_converges_over_the_whole_input_box():
    """Random draws over the property test's box (a fixed seed): the force balance holds to
    1e-9 W everywhere, also where c V is near 3 and the closed-form start passed 90 deg (four
    sweeps from that start left 1.5 % of draws unbalanced by up to 3e-4 W)."""
    rng = np.random.default_rng(1)
    drag, weight = rng.uniform(0.0, 500.0, 20000), rng.uniform(1.0, 500.0, 20000)
    speed, c = rng.uniform(0.0, 60.0, 20000), rng.uniform(0.0, 0.05, 20000)
    tilt, thrust = _level_trim(drag, weight, speed, c)
    h = c * thrust * speed * np.cos(tilt)
    assert np.all(np.abs(thrust * np.sin(tilt) - h * np.cos(tilt) - drag) <= 1e-9 * weight)
    assert np.all(np.abs(thrust * np.cos(tilt) + h * np.sin(tilt) - weight) <= 1e-9 * weight)
