"""Endurance flown at a stated cruise speed (issue #13, third round) and the data set's
``doubt`` tag: the engine's ``endurance_at_speed``, the ``endurance-at-speed`` check and the
benchmark group without doubtful figures."""
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import dronecalc
from dronecalc.engine import fixed_wing as eng
from dronecalc.physics import fixed_wing as fw
from dronecalc.priors import fixed_wing as fwp

BASE = {"takeoff_mass": np.array([8.0]), "payload": np.array([0.0]),
        "wingspan": np.array([2.5]), "aspect_ratio": np.array([10.0]),
        "zero_lift_drag": np.array([0.03]), "max_lift_coefficient": np.array([1.2]),
        "propeller_efficiency": np.array([0.6]), "drive_efficiency": np.array([0.8]),
        "battery_energy": np.array([600 * 3600.0]), "specific_energy": np.array([6e5]),
        "usable_fraction": np.array([0.9])}


def test_electric_endurance_at_speed_is_the_battery_over_the_power_at_that_speed():
    v = 20.0
    out = eng.performance(BASE, "fixed-wing-electric", cruise_speed=v)
    s, _, k = eng.geometry(BASE)
    p = fw.power_required(8.0, v, 1.225, s, 0.03, k)
    by_hand = 600 * 3600.0 * 0.9 / (p / (0.6 * 0.8))          # Traub 2011, E eta / P
    assert out["endurance_at_speed"][0] == pytest.approx(by_hand[0], rel=1e-3)
    assert out["endurance_at_speed"][0] * v == pytest.approx(out["range_at_speed"][0])
    # never longer than the best-endurance flight (the minimum-power speed)
    assert out["endurance_at_speed"][0] <= out["max_endurance"][0] * (1 + 1e-9)


def test_quadplane_endurance_at_speed_adds_the_hover_time():
    q = {**BASE, "lift_disk_loading": np.array([150.0]), "figure_of_merit": np.array([0.6]),
         "hover_time": np.array([90.0]), "extra_drag": np.array([0.01])}
    out = eng.performance(q, "vtol-quadplane", cruise_speed=18.0)
    assert out["endurance_at_speed"][0] - 90.0 == pytest.approx(out["range_at_speed"][0] / 18.0)


def test_endurance_at_a_speed_below_the_stall_speed_is_undefined():
    out = eng.performance(BASE, "fixed-wing-electric", cruise_speed=3.0)
    assert np.isnan(out["endurance_at_speed"][0])


@settings(max_examples=30, deadline=None)
@given(st.floats(0.05, 0.5), st.floats(15.0, 60.0))
def test_piston_endurance_at_speed_is_the_range_at_that_speed_over_the_speed(zeta, v):
    p = {**{k: x for k, x in BASE.items() if k not in ("battery_energy", "specific_energy",
                                                       "usable_fraction", "drive_efficiency")},
         "takeoff_mass": np.array([60.0]), "wingspan": np.array([4.0]),
         "fuel_fraction": np.array([zeta]), "bsfc": np.array([9e-8])}
    out = eng.performance(p, "fixed-wing-piston", cruise_speed=v)
    r, t = out["range_at_speed"][0], out["endurance_at_speed"][0]
    assert (np.isnan(r) and np.isnan(t)) or t == pytest.approx(r / v)


def test_a_flight_time_with_a_cruise_speed_has_one_verdict_and_the_cruise_as_a_note(tmp_path):
    """A flight time with no speed of its own is a maximum: one verdict at the best speed; the
    case's cruise speed gives a note of that finding, never a second verdict (the claim
    contract). Stated at the cruise speed (at_speed), it is judged there, and shorter."""
    path = Path(__file__).resolve().parents[1] / "examples" / "cases" / "deltaquad.toml"
    result = dronecalc.check(dronecalc.load_case(path), samples=4000, seed=0)
    # the range-in-time cross-check and (with the inferred motor power, vtolspeed) the
    # kinematics cross-check name F6 too, and are no verdict (the claim contract)
    from dronecalc.claims.contract import CROSS_CHECKS
    (best,) = [f for f in result.findings if "F6" in f.claims and f.check not in CROSS_CHECKS]
    assert best.check == "endurance" and result.verdicts["F6"] is best
    (note,) = [n for n in best.notes if n.startswith("At the stated cruise speed of 65 km/h")]
    assert "this claim would be" in note
    text = path.read_text(encoding="utf-8").replace(
        "[figures.F6]\n", '[figures.F6]\nat_speed = "65 km/h"\n')
    (tmp_path / "dq.toml").write_text(text, encoding="utf-8")
    stated = dronecalc.check(dronecalc.load_case(tmp_path / "dq.toml"), samples=4000, seed=0)
    (at_speed,) = [f for f in stated.findings
                   if "F6" in f.claims and f.check not in CROSS_CHECKS]
    assert at_speed.check == "endurance-at-speed"
    # the same machines flown faster than their minimum-power speed stay up less long
    assert at_speed.estimate.p50 < best.estimate.p50


def test_a_doubt_must_say_why():
    bad = ('[[aircraft]]\nname = "X"\nkind = "fixed-wing"\nendurance = { value = "2 h", '
           'basis = "maker", source = "https://x", doubt = " " }\n')
    with pytest.raises(dronecalc.DroneCalcError, match="X.endurance"):
        fwp.parse_fixed_wing(bad)
    rows = {r["name"]: r for r in fwp.load_fixed_wing()}
    assert rows["Mugin-5 Pro"]["endurance"].doubt
    assert rows["Penguin B (endurance record flight)"]["endurance"].doubt is None
