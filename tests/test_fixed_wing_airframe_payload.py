"""A fixed-wing or VTOL claim's own payload flies the case's airframe (review round 2,
findings 1, 2, 5, 9, 13): its fuel or battery and its lift rotors do not change with the
payload; a ranged case payload never inverts the take-off mass; a VTOL that cannot pay for
its vertical phases cannot fly the mission; an indicated speed at a range of altitudes is
converted per sampled altitude."""
import math

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import dronecalc
from dronecalc.engine import fixed_wing as eng
from dronecalc.errors import DroneCalcError
from dronecalc.intake.case import case_from_data

import tomllib

_VTOL = '''[case]
title = "quadplane"
source = "test"
[figures.F1]
field = "airframe"
text = "VTOL quadplane"
role = "input"
[figures.F2]
field = "takeoff_mass"
text = "20 kg"
role = "input"
[figures.F3]
field = "battery_energy"
text = "1500 Wh"
role = "input"
[figures.F4]
field = "flight_time"
text = "20 min"
role = "claim"
mode = "hover"
[figures.F5]
field = "flight_time"
text = "20 min"
role = "claim"
mode = "hover"
payload = "{claim}"
[figures.F10]
field = "payload_mass"
text = "{payload}"
role = "input"
'''


def _check(text: str, samples: int = 400):
    return dronecalc.check(case_from_data(tomllib.loads(text)), samples=samples, seed=0)


def _finding(result, ident):
    return next(f for f in result.findings if f.claims == [ident] and f.estimate is not None)


@settings(max_examples=12, deadline=None)
@given(low=st.floats(0.0, 9.0), width=st.floats(0.0, 8.0), claim=st.floats(0.0, 12.0))
def test_a_claim_payload_with_a_ranged_case_payload_never_crashes(low, width, claim):
    # finding 13: "4-6 kg" against an exact 20 kg take-off mass inverted the interval
    payload = f"{low:.4f}-{low + width:.4f} kg" if width > 0.01 else f"{low:.4f} kg"
    try:
        result = _check(_VTOL.format(claim=f"{claim:.4f} kg", payload=payload), 200)
    except DroneCalcError:
        return                                # a clear library error is allowed
    f5 = next(f for f in result.findings if f.claims == ["F5"])
    assert "take-off mass" in f5.condition


def test_ranged_case_payload_gives_an_ordered_take_off_mass():
    result = _check(_VTOL.format(claim="5 kg", payload="4-6 kg"))
    f5 = _finding(result, "F5")
    assert "take-off mass 19-21 kg" in f5.condition


def _vtol_point(**extra):
    point = {"takeoff_mass": 20.0, "payload": 5.0, "wingspan": 3.0, "aspect_ratio": 10.0,
             "zero_lift_drag": 0.03, "oswald_efficiency": 0.8, "max_lift_coefficient": 1.3,
             "propeller_efficiency": 0.75, "battery_energy": 1500 * 3600.0,
             "usable_fraction": 0.85, "drive_efficiency": 0.85, "altitude": 0.0,
             "lift_disk_loading": 300.0, "figure_of_merit": 0.65, "hover_time": 90.0,
             "extra_drag": 0.005}
    point.update(extra)
    return {k: np.array([v]) for k, v in point.items()}


@pytest.mark.parametrize("claim", [0.0, 10.0])
def test_vtol_hover_at_fixed_rotor_area_goes_as_mass_to_the_1_5(claim):
    # finding 1: the rotors are the airframe's (sized at the case's 20 kg): P_hover ~ m^1.5
    case = eng.performance(_vtol_point(), "vtol-quadplane")["hover_endurance"][0]
    own = eng.performance(_vtol_point(claim_payload=claim), "vtol-quadplane")
    mass = 20.0 - 5.0 + claim
    assert own["hover_endurance"][0] == pytest.approx(case * (20.0 / mass) ** 1.5, rel=1e-9)


def test_vtol_without_payload_keeps_the_airframe_rotors():
    case = eng.performance(_vtol_point(), "vtol-quadplane")["hover_endurance"][0]
    light = eng.performance(eng.without_payload(_vtol_point(), "vtol-quadplane"),
                            "vtol-quadplane")["hover_endurance"][0]
    assert light == pytest.approx(case * (20.0 / 15.0) ** 1.5, rel=1e-9)


def test_vtol_that_cannot_pay_for_its_vertical_phases_flies_nothing():
    # finding 2: 1 % of the pack left to burn is far below the take-off and landing hovers
    perf = eng.performance(_vtol_point(reserve=0.99), "vtol-quadplane", cruise_speed=22.0)
    assert perf["hover_short"][0]
    for key in ("max_range", "max_endurance", "range_at_speed", "endurance_at_speed"):
        assert perf[key][0] == 0.0
    full = eng.performance(_vtol_point(), "vtol-quadplane", cruise_speed=22.0)
    assert not full["hover_short"][0] and full["max_endurance"][0] > 90.0


def test_vtol_short_of_energy_is_noted_and_zero():
    text = _VTOL.format(claim="5 kg", payload="5 kg") + (
        '[figures.F7]\nfield = "flight_time"\ntext = "2 h"\nrole = "claim"\n'
        'reserve = "99 %"\n')
    f7 = _finding(_check(text), "F7")
    assert f7.estimate.p95 == 0.0 and f7.verdict == "implausible"
    assert any("cannot take off and land" in n for n in f7.notes)


_PISTON = '''[case]
title = "piston wing"
source = "test"
[vehicle]
mass = "100 kg"
[figures.F1]
field = "airframe"
text = "fixed-wing"
role = "input"
[figures.F2]
field = "engine_type"
text = "{engine}"
role = "input"
[figures.F3]
field = "range"
text = "1000 km"
role = "claim"
payload = "0 kg"
[figures.F4]
field = "range"
text = "1000 km"
role = "claim"
payload = "60 kg"
'''


@pytest.mark.parametrize("engine", ["piston engine", "electric"])
def test_a_claim_payload_does_not_grow_the_fuel_or_battery(engine):
    # finding 5: the share of the take-off mass is the airframe's, not the payload's
    result = _check(_PISTON.format(engine=engine))
    empty, loaded = _finding(result, "F3"), _finding(result, "F4")
    assert loaded.estimate.p50 < 0.8 * empty.estimate.p50


def test_piston_claim_payload_keeps_the_fuel_mass():
    point = {"takeoff_mass": 100.0, "payload": 0.0, "fuel_fraction": 0.3}
    flown = eng.carrying({k: np.array([v]) for k, v in point.items()}, "fixed-wing-piston",
                         np.array([60.0]))
    assert flown["fuel_mass"][0] == pytest.approx(30.0)
    assert flown["takeoff_mass"][0] == pytest.approx(160.0)
    assert "fuel_fraction" not in flown


_KIAS = '''[case]
title = "kias"
source = "test"
[figures.F1]
field = "airframe"
text = "fixed-wing"
role = "input"
[figures.F2]
field = "takeoff_mass"
text = "25 kg"
role = "input"
[figures.F3]
field = "engine_type"
text = "piston engine"
role = "input"
[figures.F4]
field = "engine_power"
text = "3 kW"
role = "input"
[figures.F5]
field = "wingspan"
text = "3 m"
role = "input"
[figures.F10]
field = "fuel_mass"
text = "5 kg"
role = "input"
[figures.F8]
field = "flight_time"
text = "8 h"
role = "claim"
at_speed = "50 kias"
altitude = "{altitude}"
'''


def test_indicated_speed_over_an_altitude_range_lies_between_its_ends():
    # finding 9: converted at the low end and flown at every altitude, the range's estimate
    # lay outside both ends; per sample it lies between them
    p50 = {alt: _finding(_check(_KIAS.format(altitude=alt), 2000), "F8").estimate.p50
           for alt in ("0 m", "4000 m", "0-4000 m")}
    assert p50["4000 m"] < p50["0-4000 m"] < p50["0 m"]
    assert math.isfinite(p50["0-4000 m"])
