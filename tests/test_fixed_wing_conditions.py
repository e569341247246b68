"""A fixed-wing or VTOL claim's own conditions (review findings 1, 2, 9, 11): payload,
altitude, reserve, headwind and mode = "hover" change the flight the claim is judged on and
the condition line says so; an indicated at_speed is flown in the air the check flies; a flight
time of zero is refused with a clear error."""
import math

import numpy as np
import pytest

import dronecalc
from dronecalc.engine import fixed_wing as eng
from dronecalc.physics.atmosphere import _air_density

N = 3000

PISTON = """[case]
title = "piston wing"
source = "test"

[figures.A]
field = "airframe"
text = "fixed-wing drone with a piston engine"
role = "input"

[figures.M]
field = "takeoff_mass"
text = "150 kg"
role = "input"

[figures.P]
field = "engine_power"
text = "30 kW"
role = "input"
{extra}
"""

ELECTRIC = """[case]
title = "tailsitter"
source = "test"

[figures.A]
field = "airframe"
text = "{airframe}"
role = "input"

[figures.M]
field = "takeoff_mass"
text = "8 kg"
role = "input"

[figures.E]
field = "battery_energy"
text = "500 Wh"
role = "input"
{extra}
"""


def _claim(ident, field, text, **conditions):
    lines = [f"\n[figures.{ident}]", f'field = "{field}"', f'text = "{text}"',
             'role = "claim"']
    lines += [f'{k} = "{v}"' for k, v in conditions.items()]
    return "\n".join(lines) + "\n"


def _check(tmp_path, text):
    path = tmp_path / "case.toml"
    path.write_text(text, encoding="utf-8")
    return dronecalc.check(dronecalc.load_case(path), samples=N, seed=0)


def _verdict(result, ident):
    return result.verdicts[ident]


def test_a_claim_altitude_and_reserve_change_the_estimate_and_the_condition(tmp_path):
    extra = (_claim("T0", "flight_time", "8 h") + _claim("T1", "flight_time", "8 h",
                                                         altitude="4500 m")
             + _claim("T2", "flight_time", "8 h", reserve="30 %"))
    result = _check(tmp_path, PISTON.format(extra=extra))
    t0, t1, t2 = (_verdict(result, i) for i in ("T0", "T1", "T2"))
    assert "4500 m" in t1.condition and "T1's own altitude" in t1.condition
    assert "30 % of the usable fuel" in t2.condition and "no reserve" not in t2.condition
    assert t1.estimate.p50 != t0.estimate.p50
    # Breguet (piston): a 30 % reserve burns 0.7 of the fuel fraction, so the endurance drops
    # by more than nothing and less than the whole 30 %
    assert 0.6 * t0.estimate.p50 < t2.estimate.p50 < 0.95 * t0.estimate.p50


def test_a_headwind_shortens_a_range_over_the_ground(tmp_path):
    extra = (_claim("R0", "range", "700 km") + _claim("R1", "range", "700 km",
                                                      headwind="15 m/s"))
    result = _check(tmp_path, PISTON.format(extra=extra))
    r0, r1 = _verdict(result, "R0"), _verdict(result, "R1")
    assert "headwind of 15 m/s" in r1.condition
    assert r1.estimate.p50 < r0.estimate.p50


def test_headwind_scales_the_range_by_ground_over_air_speed_and_leaves_endurance():
    v = {"takeoff_mass": np.array([8.0]), "payload": np.array([0.0]),
         "wingspan": np.array([2.5]), "aspect_ratio": np.array([10.0]),
         "zero_lift_drag": np.array([0.03]), "max_lift_coefficient": np.array([1.2]),
         "propeller_efficiency": np.array([0.6]), "drive_efficiency": np.array([0.8]),
         "battery_energy": np.array([600 * 3600.0]), "specific_energy": np.array([6e5]),
         "usable_fraction": np.array([0.9])}
    still = eng.performance(v, "fixed-wing-electric", cruise_speed=20.0)
    windy = eng.performance({**v, "headwind": np.array([5.0])}, "fixed-wing-electric",
                            cruise_speed=20.0)
    assert windy["range_at_speed"][0] == pytest.approx(still["range_at_speed"][0] * 15 / 20)
    vbr = still["best_range_speed"][0]
    assert windy["max_range"][0] == pytest.approx(still["max_range"][0] * (vbr - 5) / vbr)
    assert windy["max_endurance"][0] == still["max_endurance"][0]
    reserve = eng.performance({**v, "reserve": np.array([0.2])}, "fixed-wing-electric")
    assert reserve["max_endurance"][0] == pytest.approx(0.8 * still["max_endurance"][0])


def test_claim_payloads_fly_different_masses_when_the_mass_excludes_the_payload(tmp_path):
    """[vehicle] mass is the mass without payload: a claim's payload is added to it."""
    text = PISTON.format(extra=_claim("R4", "range", "500 km", payload="40 kg")
                         + _claim("R5", "range", "500 km", payload="5 kg"))
    text = text.replace('[figures.M]\nfield = "takeoff_mass"\ntext = "150 kg"\nrole = "input"\n',
                        "").replace("[case]\n", '[vehicle]\nmass = "150 kg"\n\n[case]\n')
    result = _check(tmp_path, text)
    r4, r5 = _verdict(result, "R4"), _verdict(result, "R5")
    assert "R4's own payload of 40 kg" in r4.condition and "190 kg" in r4.condition
    assert "R5's own payload of 5 kg" in r5.condition
    assert r4.estimate.p50 < r5.estimate.p50


def test_a_claim_payload_inside_a_stated_takeoff_mass_is_said_so(tmp_path):
    result = _check(tmp_path, PISTON.format(extra=_claim("R4", "range", "500 km",
                                                         payload="40 kg")))
    r4 = _verdict(result, "R4")
    assert "R4's own payload of 40 kg" in r4.condition
    assert "inside the stated take-off mass" in r4.condition
    assert "no payload" not in r4.condition


def test_a_vtol_hover_time_is_judged_on_the_lift_rotors(tmp_path):
    extra = _claim("H", "flight_time", "2 h", mode="hover") + _claim("F", "flight_time", "2 h")
    result = _check(tmp_path, ELECTRIC.format(airframe="tailsitter VTOL", extra=extra))
    hover, forward = _verdict(result, "H"), _verdict(result, "F")
    assert hover.check == "endurance" and "hovering on the lift rotors" in hover.condition
    assert "hover endurance on the lift rotors" in hover.statement
    # a hover on rotors sized for take-off costs far more power than wing-borne flight
    assert hover.estimate.p95 < forward.estimate.p5
    assert hover.verdict == "implausible"


def test_a_plain_fixed_wing_hover_time_is_not_judged_with_the_reason(tmp_path):
    extra = _claim("H", "flight_time", "1 h", mode="hover")
    result = _check(tmp_path, ELECTRIC.format(airframe="electric fixed-wing", extra=extra))
    assert "H" not in result.verdicts
    (entry,) = [e for e in result.not_judged if e.claim == "H"]
    assert "cannot hover" in entry.reason


def test_claims_with_the_same_conditions_share_one_monte_carlo(tmp_path, monkeypatch):
    calls = []
    real = eng.monte_carlo
    monkeypatch.setattr(eng, "monte_carlo", lambda *a, **k: calls.append(1) or real(*a, **k))
    extra = (_claim("T1", "flight_time", "8 h", altitude="4500 m")
             + _claim("R1", "range", "700 km", altitude="4500 m")
             + _claim("T2", "flight_time", "8 h"))
    result = _check(tmp_path, PISTON.format(extra=extra))
    assert len(calls) == 2              # the case's run and one for the 4500 m claims
    # each in its own words
    assert "T1's own altitude" in _verdict(result, "T1").condition
    assert "R1's own altitude" in _verdict(result, "R1").condition


def test_a_kias_at_speed_with_a_claim_altitude_is_flown_at_that_altitude(tmp_path):
    """Finding 2: converted at 4,000 m and flown there (not at the case's 3,000 m)."""
    extra = ('\n[figures.H]\nfield = "altitude"\ntext = "3000 m"\nrole = "input"\n'
             + _claim("T", "flight_time", "8 h", at_speed="50 kias", altitude="4000 m"))
    result = _check(tmp_path, PISTON.format(extra=extra))
    t = _verdict(result, "T")
    assert t.check == "endurance-at-speed" and "4000 m" in t.condition
    case = dronecalc.load_case(tmp_path / "case.toml")
    factor = math.sqrt(1.225 / _air_density(4000.0))
    assert case.figures["T"].at_speed.low.m_as("knot") == pytest.approx(50 * factor, rel=1e-3)


def test_a_kias_at_speed_with_no_altitude_is_converted_per_sampled_altitude():
    """Finding 11: TAS = IAS sqrt(rho0/rho(h)) at each sample's own altitude."""
    v = {"takeoff_mass": np.array([8.0, 8.0]), "payload": np.array([0.0, 0.0]),
         "wingspan": np.array([2.5, 2.5]), "aspect_ratio": np.array([10.0, 10.0]),
         "zero_lift_drag": np.array([0.03, 0.03]), "max_lift_coefficient": np.array([1.2, 1.2]),
         "propeller_efficiency": np.array([0.6, 0.6]), "drive_efficiency": np.array([0.8, 0.8]),
         "battery_energy": np.array([2.16e6, 2.16e6]), "specific_energy": np.array([6e5, 6e5]),
         "usable_fraction": np.array([0.9, 0.9]), "altitude": np.array([0.0, 3000.0])}
    out = eng.performance(v, "fixed-wing-electric", cruise_speed=20.0, indicated=True)
    assert out["flown_speed"][0] == pytest.approx(20.0)
    assert out["flown_speed"][1] == pytest.approx(20.0 * math.sqrt(1.225 / _air_density(3000.0)))
    true = eng.performance({k: x[1:] for k, x in v.items()}, "fixed-wing-electric",
                           cruise_speed=float(out["flown_speed"][1]))
    assert out["endurance_at_speed"][1] == pytest.approx(true["endurance_at_speed"][0])


def test_a_kias_at_speed_with_no_altitude_says_it_is_converted_per_sample(tmp_path):
    result = _check(tmp_path, PISTON.format(extra=_claim("T", "flight_time", "8 h",
                                                        at_speed="80 kias")))
    t = _verdict(result, "T")
    assert any("each sampled machine flies it as the true airspeed" in n for n in t.notes)
    case = dronecalc.load_case(tmp_path / "case.toml")
    assert "each sampled altitude" in case.figures["T"].note


@pytest.mark.parametrize("text", ["0 h", "0 min"])
def test_a_zero_flight_time_claim_is_not_judged_and_the_range_is(tmp_path, text):
    # it was an error stopping the case; now one "not judged" entry (tests/test_void_claims.py)
    extra = _claim("R", "range", "700 km") + _claim("T", "flight_time", text)
    result = _check(tmp_path, PISTON.format(extra=extra))
    (entry,) = [n for n in result.not_judged if n.claim == "T"]
    assert "figures.T.text" in entry.needs
    assert "R" in result.verdicts


def test_a_claim_payload_no_machine_can_hold_is_implausible_not_a_crash(tmp_path):
    extra = _claim("R", "range", "500 km", payload="200 kg") + _claim("T", "flight_time", "8 h")
    result = _check(tmp_path, PISTON.format(extra=extra))
    r = _verdict(result, "R")
    assert r.verdict == "implausible" and "no sampled machine can be built" in r.statement
    assert _verdict(result, "T").estimate is not None       # the other claims are judged


def test_a_kias_top_speed_with_no_altitude_is_compared_as_indicated(tmp_path):
    result = _check(tmp_path, PISTON.format(extra=_claim("S", "top_speed", "120 kias")
                                             + _claim("K", "top_speed", "120 kn")))
    s, k = _verdict(result, "S"), _verdict(result, "K")
    assert "as indicated" in s.statement and "as indicated" not in k.statement
    # at altitude the indicator shows less than the true airspeed
    assert s.estimate.p50 < k.estimate.p50
