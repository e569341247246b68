"""A jet whose thrust cannot hold its best speeds (issue #13, fw17): 0 where no speed is held
(it was NaN, left out of the band), its range flown at its top speed where only the best-range
speed is beyond it, as the propeller kinds' engine.fixed_wing.level_flight (fw16)."""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from dronecalc.engine import fixed_wing as eng
from dronecalc.physics import fixed_wing as fw
from dronecalc.physics.fixed_wing_jet import thrust_lapse

KIND = "fixed-wing-jet"
JET = {"takeoff_mass": np.array([200.0]), "payload": np.array([0.0]),
       "wingspan": np.array([3.0]), "aspect_ratio": np.array([6.0]),
       "zero_lift_drag": np.array([0.025]), "max_lift_coefficient": np.array([1.4]),
       "tsfc": np.array([0.15 / 3600]), "fuel_fraction": np.array([0.3]),
       "altitude": np.array([2000.0])}


def _thrust_for(v, key):
    """The static sea-level thrust [N] whose lapsed thrust equals the drag at ``key``."""
    free = eng.performance(v, KIND)
    s, _, k = eng.geometry(v)
    rho = fw._air_density(float(v["altitude"][0]))
    drag = fw.drag(v["takeoff_mass"], free[key], rho, s, v["zero_lift_drag"], k)
    return float(drag[0] / thrust_lapse(rho / fw._air_density(0.0))), free


def test_thrust_below_the_least_drag_gives_no_range_and_no_endurance_not_nan():
    least, _ = _thrust_for(JET, "best_endurance_speed")
    out = eng.performance({**JET, "thrust": np.array([0.99 * least])}, KIND, cruise_speed=80.0)
    assert out["max_range"][0] == 0.0 and out["max_endurance"][0] == 0.0
    assert out["power_short_endurance"][0] and out["power_short_range"][0]
    assert out["power_short_at_speed"][0] and np.isnan(out["range_at_speed"][0])


def test_enough_thrust_leaves_the_results_as_without_a_thrust():
    enough, free = _thrust_for(JET, "best_range_speed")
    out = eng.performance({**JET, "thrust": np.array([1.001 * enough])}, KIND)
    assert not out["power_short_range"][0] and not out["power_short_endurance"][0]
    for key in ("max_range", "max_endurance", "best_range_speed"):
        assert out[key][0] == free[key][0]


def test_thrust_between_the_two_speeds_flies_the_range_at_the_top_speed():
    least, free = _thrust_for(JET, "best_endurance_speed")
    enough, _ = _thrust_for(JET, "best_range_speed")
    assert least < enough
    out = eng.performance({**JET, "thrust": np.array([0.5 * (least + enough)])}, KIND)
    assert out["power_short_range"][0] and not out["power_short_endurance"][0]
    assert out["max_endurance"][0] == free["max_endurance"][0]
    assert out["best_range_speed"][0] == out["top_speed"][0]
    assert free["best_endurance_speed"][0] < out["top_speed"][0] < free["best_range_speed"][0]
    # below the best-range C_L's sqrt(C_L)/C_D: a shorter range, but a range
    assert 0.5 * free["max_range"][0] < out["max_range"][0] < free["max_range"][0]


@settings(max_examples=40, deadline=None)
@given(st.floats(0.3, 3.0), st.floats(1.0, 4.0), st.integers(0, 2**31 - 1))
def test_more_thrust_never_lowers_a_range_or_the_share_that_flies(scale, factor, seed):
    rng = np.random.default_rng(seed)
    n = 200
    least, _ = _thrust_for(JET, "best_endurance_speed")
    v = {key: np.repeat(x, n) for key, x in JET.items()}
    v["zero_lift_drag"] = rng.uniform(0.015, 0.06, n)
    v["aspect_ratio"] = rng.uniform(4.0, 10.0, n)
    thrust = least * scale * rng.uniform(0.5, 1.5, n)
    low = eng.performance({**v, "thrust": thrust}, KIND)
    high = eng.performance({**v, "thrust": thrust * factor}, KIND)
    # (within 1 %: the best-range C_L sqrt(C_D0 / 3K) ignores the TSFC's rise with Mach, so a
    # machine held just below that speed by its thrust can go 0.1 % further, seed 0 here)
    for key in ("max_range", "max_endurance"):
        assert np.all(np.isfinite(low[key])) and np.all(high[key] >= low[key] * 0.99)
    assert np.mean(~high["power_short_endurance"]) >= np.mean(~low["power_short_endurance"])
