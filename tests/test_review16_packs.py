"""Review 16's claim-layer findings on the wing-borne kinds' stated batteries and masses.

1. A figure of the other power plant stated in [vehicle] / [battery] is named as not used.
2. A stated battery_mass (hybrid, electric quadplane, electric fixed wing) and an electric fixed
   wing's empty_mass are used; a charge without voltage is named as not used, never "no
   battery".
3. A hybrid whose stated battery leaves no buildable machine gets a conflict finding.
Each case is tests/fixtures/cases/review16/NAME.toml.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import dronecalc
from dronecalc.errors import InputValueError
from dronecalc.intake.case import case_from_data

CASES = Path(__file__).parent / "fixtures" / "cases" / "review16"
SAMPLES = 600


def _check(name: str, samples: int = SAMPLES):
    return dronecalc.check(dronecalc.load_case(CASES / f"{name}.toml"), samples=samples, seed=0)


def _notes(result) -> list[str]:
    return [n for f in result.findings for n in f.notes]


def _input(result, name: str):
    return next((a for a in result.assumptions if a.name == name), None)


def _endurance(result) -> float:
    return next(f for f in result.findings if f.check == "endurance").estimate.p50


def test_the_other_plants_figures_in_the_tables_are_named_as_unused():
    electric = _notes(_check("electric-wing-fuel-table"))
    assert any("Not used by the fixed-wing model: fuel_volume 5 L (vehicle.fuel_volume)" in n
               for n in electric)
    piston = _notes(_check("piston-wing-battery-table"))
    for named in ("battery_energy 200 Wh (battery.energy)", "battery_mass 1.5 kg (battery.mass)"):
        assert any(f"Not used by the fixed-wing model: {named}" in n for n in piston), named


@pytest.mark.parametrize("name", ["hybrid-battery-mass", "quadplane-battery-mass",
                                  "wing-battery-mass", "wing-empty-mass"])
def test_a_stated_battery_or_empty_mass_is_used(name):
    result = _check(name)
    notes = _notes(result)
    assert not any("states no battery:" in n for n in notes)
    mass = _input(result, "battery_mass")
    assert mass is not None and mass.origin == "stated"
    assert _input(result, "battery_fraction") is None and _input(result, "battery_sizing") is None
    assert any("battery mass" in n and "specific energy" in n for n in notes)


def test_a_heavier_stated_pack_flies_an_electric_wing_longer():
    """The stated mass is the pack: twice the battery on the same take-off mass flies longer
    (the battery-share prior, which had replaced it, is the same for both)."""
    case = dronecalc.load_case(CASES / "wing-battery-mass.toml")
    light = dronecalc.check(case, samples=SAMPLES, seed=0)
    heavy_case = case_from_data(
        {"case": {"title": "t", "source": "s", "vehicle_kind": "fixed-wing-electric"},
         "vehicle": {"mass": "12 kg", "wingspan": "3 m"}, "battery": {"mass": "8 kg"},
         "figures": {"E": {"field": "flight_time", "text": "2 h", "role": "claim"}}})
    heavy = dronecalc.check(heavy_case, samples=SAMPLES, seed=0)
    assert _endurance(heavy) > 1.5 * _endurance(light)


def test_the_empty_mass_budget_gives_the_battery():
    result = _check("wing-empty-mass")            # 12 kg without payload, 9 kg empty
    mass = _input(result, "battery_mass")
    assert mass.low == pytest.approx(3.0) and mass.high == pytest.approx(3.0)


def test_a_hybrids_charge_without_voltage_is_named_not_no_battery():
    notes = _notes(_check("hybrid-charge-no-voltage"))
    assert not any("states no battery" in n for n in notes)
    assert any("22000 mAh" in n and "not used" in n for n in notes)


def test_a_hybrid_battery_heavier_than_the_aircraft_is_a_conflict_finding():
    result = _check("hybrid-battery-too-heavy")     # 40 kg battery, 25 kg take-off mass
    conflict = [f for f in result.findings if f.check == "conflict"]
    assert len(conflict) == 1 and conflict[0].claims == ["battery.mass"]
    assert conflict[0].verdict == "needs-checking"
    assert "'40 kg'" in conflict[0].statement and "25 kg take-off mass" in conflict[0].statement
    assert "16.5 kg short" in conflict[0].statement    # 40 + 6 % lift system of 25 - 25
    assert [f.verdict for f in result.findings if f.claims == ["E"]] == ["consistent"]
    assert any("set aside" in n for n in _notes(result))
    with pytest.raises(InputValueError, match="battery.mass|battery mass '40 kg'"):
        dronecalc.estimate(dronecalc.load_case(CASES / "hybrid-battery-too-heavy.toml"),
                           samples=SAMPLES, seed=0)


def test_the_other_models_figures_in_vehicle_are_named_as_unused():
    """[vehicle] rotor figures on a wing and a [vehicle] wingspan on a multirotor, as their
    [figures] entries are (only [figures] were looked at)."""
    wing = case_from_data(
        {"case": {"title": "t", "source": "s", "vehicle_kind": "fixed-wing-electric"},
         "vehicle": {"mass": "12 kg", "wingspan": "3 m", "rotors": 4,
                     "rotor_diameter": "15 in"}, "battery": {"energy": "500 Wh"},
         "figures": {"E": {"field": "flight_time", "text": "2 h", "role": "claim"}}})
    notes = _notes(dronecalc.check(wing, samples=SAMPLES, seed=0))
    assert any("rotors 4 (vehicle.rotors)" in n and "rotor_diameter 15 in "
               "(vehicle.rotor_diameter)" in n for n in notes)
    rotor = case_from_data(
        {"case": {"title": "t", "source": "s", "vehicle_kind": "multirotor"},
         "vehicle": {"rotors": 4, "rotor_diameter": "15 in", "empty_mass": "4 kg",
                     "wingspan": "1 m"}, "battery": {"energy": "300 Wh", "cells": "6S"},
         "figures": {"E": {"field": "flight_time", "text": "20 min", "role": "claim"}}})
    notes = _notes(dronecalc.check(rotor, samples=SAMPLES, seed=0))
    assert any("Not used by the multirotor model" in n and "wingspan 1 m (vehicle.wingspan)"
               in n for n in notes)
