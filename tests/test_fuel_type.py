"""Review finding 10: a fuel_type no density row describes is never silently petrol. Hydrogen,
methanol and ethanol (the piston model's BSFC is a petrol / heavy-fuel one: methanol needs
~2.2x the fuel mass per kWh) are refused by name like an unmodelled power plant; any other
unknown fuel (LPG) gets petrol's density with the finding saying it was assumed."""
from __future__ import annotations

import pytest

from dronecalc import load_case
from dronecalc.claims.crosscheck import fuel_density, fuel_mass

from test_not_judged import _not_judged

CASE = '''[case]
title = "t"
source = "s"

[figures.A]
field = "airframe"
text = "fixed-wing"
role = "input"

[figures.M]
field = "takeoff_mass"
text = "50 kg"
role = "input"

[figures.V]
field = "fuel_volume"
text = "10 L"
role = "input"

[figures.W]
field = "fuel_mass"
text = "7.4 kg"
role = "input"

[figures.C1]
field = "flight_time"
text = "10 h"
role = "claim"
'''


def _case(tmp_path, fuel: str | None):
    text = CASE + (f'\n[figures.F]\nfield = "fuel_type"\ntext = "{fuel}"\nrole = "input"\n'
                   if fuel is not None else "")
    path = tmp_path / "case.toml"
    path.write_text(text, encoding="utf-8")
    return load_case(path)


@pytest.mark.parametrize("fuel,name", [("hydrogen", "hydrogen"), ("liquid hydrogen", "hydrogen"),
                                       ("LH2", "hydrogen"),
                                       ("methanol", "methanol-fuelled engine"),
                                       ("glow fuel", "methanol-fuelled engine"),
                                       ("ethanol", "ethanol-fuelled engine"),
                                       ("E85", "ethanol-fuelled engine")])
def test_a_fuel_the_piston_model_does_not_describe_is_refused_by_name(tmp_path, fuel, name):
    case = _case(tmp_path, fuel)
    reason, needs = _not_judged(case)
    assert reason == f"dronecalc has no model for a {name} power plant (F: {fuel!r})"
    assert "fuel_type it models" in needs
    assert fuel_mass(case) == []       # no density cross-check on petrol's density


@pytest.mark.parametrize("fuel", ["LPG", "propane", "two-stroke mix"])
def test_an_unknown_fuel_gets_petrol_density_flagged_as_assumed(tmp_path, fuel):
    case = _case(tmp_path, fuel)
    assert case.kind == "fixed-wing-piston"
    row = fuel_density(case.described())
    assert row["assumed"] and row["range"] == (720.0, 775.0)
    (finding,) = fuel_mass(case)
    assert f"ASSUMED: dronecalc has no density for the fuel type {fuel!r}" in finding.statement


@pytest.mark.parametrize("fuel,low", [(None, 720.0), ("petrol", 720.0), ("Gasoline", 720.0),
                                      ("JP-8", 775.0), ("diesel", 820.0), ("AVGAS 100LL", 690.0)])
def test_a_known_fuel_keeps_its_sourced_density(tmp_path, fuel, low):
    row = fuel_density(_case(tmp_path, fuel).described())
    assert row["range"][0] == low and "assumed" not in row and "ASSUMED" not in row["source"]
