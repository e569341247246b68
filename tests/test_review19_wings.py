"""Review 19/20's fixed-wing and VTOL check bugs (helper fix19y), on inline cases:

1. a stated fuel against the take-off mass: at a stated mass a fuel above the largest share any
   aircraft has flown with is a conflict finding, the claims judged with it set aside; at an
   inferred mass the draws keep the fuel-fraction prior's shares;
2. a stated stall speed that needs a C_L,max no wing has at the stated (maximum) take-off mass
   is a conflict finding, not exit 2;
3. a distance with a flight time that refers to it is judged as one leg on the wing kinds.
"""
from __future__ import annotations

import numpy as np
import pytest

import dronecalc
from dronecalc.claims import fixed_wing as cfw
from dronecalc.engine import fixed_wing as eng
from dronecalc.intake.case import case_from_data

SAMPLES = 600


def _case(kind: str, figures: dict, **vehicle):
    data = {"case": {"title": "t", "source": "s", "vehicle_kind": kind}, "figures": figures}
    if vehicle:
        data["vehicle"] = vehicle
    return case_from_data(data)


def _fig(field: str, text: str, role: str = "claim", **more) -> dict:
    return {"field": field, "text": text, "role": role, **more}


MOHAJER = {"F1": _fig("speed", "over 200 km/h"), "F2": _fig("range", "2000 km"),
           "F3": _fig("fuel_volume", "450 liters", "input"),
           "F4": _fig("max_payload", "300 kilograms")}


def test_a_stated_fuel_heavier_than_any_aircraft_carries_is_a_conflict_set_aside():
    case = _case("fixed-wing-piston", {"M1": _fig("takeoff_mass", "340 kg", "input"), **MOHAJER})
    result = dronecalc.check(case, samples=SAMPLES, seed=0)
    conflict = [f for f in result.findings if f.check == "conflict"]
    assert len(conflict) == 1 and conflict[0].claims == ["F3"]
    assert "340 kg take-off mass" in conflict[0].statement and "'300 kilograms'" in \
        conflict[0].statement
    rng = next(f for f in result.findings if f.claims == ["F2"])
    assert rng.verdict in ("consistent", "needs-checking", "implausible")
    assert rng.estimate.p50 < 10_000e3           # not 37,900 km on a 4 kg airframe
    assert any("fuel is set aside" in n for n in rng.notes)


def test_a_mass_inferred_beside_a_stated_fuel_keeps_the_fuel_fraction_prior():
    inputs = cfw.describe_case(_case("fixed-wing-piston", MOHAJER))
    drawn = eng.monte_carlo(inputs, "fixed-wing-piston", 4000, 0).values
    share = np.asarray(drawn["fuel_mass"]) / np.asarray(drawn["takeoff_mass"])
    assert share.max() <= 0.4 + 1e-9 and share.min() >= 0.1 - 1e-9


def test_a_stall_needing_more_lift_than_a_wing_is_set_aside_not_exit_2():
    """review 20 #3: the Fighter VTOL sheet's 10 m/s stall at its 11.5 kg maximum on 72.5 dm^2
    needs C_L,max 2.54; the range claim is judged with the stall set aside."""
    case = _case("vtol-quadplane", {
        "F1": _fig("wingspan", "2430 mm", "input"), "F2": _fig("wing_area", "72.5 dm^2", "input"),
        "F3": _fig("stall_speed", "10 m/s", "input"),
        "F4": _fig("max_takeoff_mass", "11.5 kg", "input"),
        "F5": _fig("range", "150 km", payload="600 g", at_speed="17-20 m/s")})
    result = dronecalc.check(case, samples=SAMPLES, seed=0)
    conflict = [f for f in result.findings if f.check == "conflict"]
    assert len(conflict) == 1 and conflict[0].claims == ["F3"]
    statement = conflict[0].statement
    assert "2.54" in statement and "stated maximum take-off mass 11.5 kg" in statement
    assert "9.06 kg" in statement                  # the mass the stated stall holds at
    assert result.verdicts["F5"].verdict in ("consistent", "needs-checking", "implausible")


@pytest.mark.parametrize("minutes, verdicts", [("about 10 minutes", ("consistent",)),
                                               ("1 minute", ("needs-checking",
                                                             "implausible"))])
def test_a_distance_in_a_time_is_one_leg_on_a_quadplane(minutes, verdicts):
    """review 19 #5: "a 10-mile flight in about 10 minutes" (Zipline P2) was a best-speed range
    and an endurance apart; now one finding flies 10 mi at 96.6 km/h (965 km/h in 1 min)."""
    case = _case("vtol-quadplane", {
        "F1": _fig("payload_mass", "up to 8 pounds", "input"), "F2": _fig("distance", "10-mile"),
        "F3": _fig("flight_time", minutes, refers=["F2"])})
    result = dronecalc.check(case, samples=SAMPLES, seed=0)
    leg = result.verdicts["F2"]
    assert result.verdicts["F3"] is leg and leg.claims == ["F2", "F3"]
    assert ("96.6 km/h" if "10" in minutes else "966 km/h") in leg.statement
    assert leg.verdict in verdicts
    assert not any(f.check == "endurance" for f in result.findings)
    assert any("reachable is not judged" in n for n in leg.notes)   # no cruise motor power
