"""A fixed wing whose engine cannot hold level flight cannot fly a range or flight-time claim
(issue #13, fw16; found in ux8's Harop trial: 11.6 % of the machines had a 0 m ceiling and
still counted towards "reach 1,000 km"): engine.fixed_wing.level_flight and the notes of
claims.fixed_wing_feasible."""
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import dronecalc
from dronecalc.engine import fixed_wing as eng
from dronecalc.physics import fixed_wing as fw

ROOT = Path(__file__).resolve().parents[1]
HAROP = ROOT / "tests" / "fixtures" / "cases" / "ux8" / "harop-qudsnen.toml"

PISTON = {"takeoff_mass": np.array([60.0]), "payload": np.array([0.0]),
          "wingspan": np.array([4.0]), "aspect_ratio": np.array([10.0]),
          "zero_lift_drag": np.array([0.035]), "max_lift_coefficient": np.array([1.2]),
          "propeller_efficiency": np.array([0.7]), "fuel_fraction": np.array([0.25]),
          "bsfc": np.array([9e-8]), "altitude": np.array([1000.0])}
ELECTRIC = {"takeoff_mass": np.array([8.0]), "payload": np.array([0.0]),
            "wingspan": np.array([2.5]), "aspect_ratio": np.array([10.0]),
            "zero_lift_drag": np.array([0.03]), "max_lift_coefficient": np.array([1.2]),
            "propeller_efficiency": np.array([0.6]), "drive_efficiency": np.array([0.8]),
            "battery_energy": np.array([600 * 3600.0]), "specific_energy": np.array([6e5]),
            "usable_fraction": np.array([0.9])}
KINDS = (("fixed-wing-piston", PISTON), ("fixed-wing-electric", ELECTRIC))


def _power_at(v, kind, key):
    """The shaft power [W] that just holds the flight at the speed of ``key`` (sea-level
    rated, lapsed for a piston at the sample's altitude)."""
    free = eng.performance(v, kind)
    s, _, k = eng.geometry(v)
    rho = fw._air_density(float(v.get("altitude", [0.0])[0]))
    need = fw.power_required(v["takeoff_mass"], free[key], rho, s, v["zero_lift_drag"], k)
    lapse = fw.piston_power_lapse(rho / fw._air_density(0.0)) if kind == "fixed-wing-piston" \
        else 1.0
    return float(need[0] / (v["propeller_efficiency"][0] * lapse)), free


@pytest.mark.parametrize("kind, v", KINDS)
def test_power_below_the_least_level_flight_power_gives_no_range_and_no_endurance(kind, v):
    least, _ = _power_at(v, kind, "best_endurance_speed")
    out = eng.performance({**v, "engine_power": np.array([0.99 * least])}, kind,
                          cruise_speed=35.0)
    assert out["max_range"][0] == 0.0 and out["max_endurance"][0] == 0.0
    assert out["power_short_endurance"][0] and out["power_short_range"][0]
    assert np.isnan(out["range_at_speed"][0]) and np.isnan(out["endurance_at_speed"][0])
    # no speed the model flies is held: no top speed, or one below the stall margin's speed
    top = out["top_speed"][0]
    assert np.isnan(top) or top < fw.STALL_MARGIN["value"] * out["stall_speed"][0]


@pytest.mark.parametrize("kind, v", KINDS)
def test_power_that_holds_the_best_range_speed_leaves_the_results_as_without_a_power(kind, v):
    enough, free = _power_at(v, kind, "best_range_speed")
    out = eng.performance({**v, "engine_power": np.array([1.001 * enough])}, kind)
    assert not out["power_short_range"][0] and not out["power_short_endurance"][0]
    for key in ("max_range", "max_endurance", "best_range_speed"):
        assert out[key][0] == free[key][0]


@pytest.mark.parametrize("kind, v", KINDS)
def test_power_between_the_two_speeds_flies_the_range_at_the_top_speed(kind, v):
    # a cleaner wing with more lift: its best-range speed above the stall margin's speed
    v = {**v, "zero_lift_drag": np.array([0.02]), "max_lift_coefficient": np.array([1.6])}
    least, free = _power_at(v, kind, "best_endurance_speed")
    enough, _ = _power_at(v, kind, "best_range_speed")
    assert least < enough
    out = eng.performance({**v, "engine_power": np.array([0.5 * (least + enough)])}, kind)
    assert out["power_short_range"][0] and not out["power_short_endurance"][0]
    assert out["max_endurance"][0] == free["max_endurance"][0]
    assert out["best_range_speed"][0] == out["top_speed"][0]
    assert free["best_endurance_speed"][0] < out["top_speed"][0] < free["best_range_speed"][0]
    # a lower L/D than at the minimum-drag speed: a shorter range, but a range
    assert 0.5 * free["max_range"][0] < out["max_range"][0] < free["max_range"][0]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([k for k, _ in KINDS]), st.floats(0.2, 3.0), st.floats(1.0, 4.0),
       st.integers(0, 2**31 - 1))
def test_more_engine_power_never_lowers_the_feasible_share_nor_a_range(kind, scale, factor,
                                                                       seed):
    base = dict(KINDS)[kind]
    rng = np.random.default_rng(seed)
    n = 200
    least, _ = _power_at(base, kind, "best_endurance_speed")
    v = {key: np.repeat(x, n) for key, x in base.items()}
    v["zero_lift_drag"] = rng.uniform(0.015, 0.08, n)
    v["aspect_ratio"] = rng.uniform(5.0, 16.0, n)
    power = least * scale * rng.uniform(0.5, 1.5, n)
    low = eng.performance({**v, "engine_power": power}, kind)
    high = eng.performance({**v, "engine_power": power * factor}, kind)
    assert np.mean(~high["power_short_endurance"]) >= np.mean(~low["power_short_endurance"])
    assert np.mean(~high["power_short_range"]) >= np.mean(~low["power_short_range"])
    for key in ("max_range", "max_endurance"):
        assert np.all(high[key] >= low[key] * (1 - 1e-12))


def test_the_harop_trial_counts_machines_short_of_power_as_failing_and_says_how_many():
    result = dronecalc.check(dronecalc.load_case(str(HAROP)), samples=4000, seed=0)
    mc = result.samples.monte_carlo
    perf = mc.performance()
    short = float(np.mean(perf["power_short_endurance"]))
    assert 0.0 < short < 1.0
    rng = next(f for f in result.findings if f.check == "range")
    values = perf["max_range"]
    assert np.all(values[perf["power_short_endurance"]] == 0.0)
    assert rng.probability == pytest.approx(float(np.mean(values >= 1e6)))
    assert any("cannot hold level flight at any speed" in n for n in rng.notes)
    power = next(a for a in result.assumptions if a.name == "engine_power")
    assert "cannot hold level flight" in power.note
