"""A stated vehicle kind never replaces a stated power plant it does not model (review 17,
finding 1): the AeroVironment Puma's 9-hour fuel-cell record, with vehicle_kind
"fixed-wing-electric", was judged on a battery and came out implausible."""
from __future__ import annotations

from pathlib import Path

import pytest
from helpers import check_text

from dronecalc import load_case
from dronecalc.claims import checks
from dronecalc.errors import DroneCalcError
from dronecalc.intake.extract import extract

PUMA = Path(__file__).parent / "fixtures" / "cases" / "review17" / "puma-fuelcell.toml"


def _entries(result):
    return {e.claim: e for e in result.not_judged}


def _judged(result):
    return {c for f in result.findings for c in getattr(f, "claims", ()) or ()}


def test_a_fuel_cell_on_a_battery_kind_leaves_its_energy_claims_not_judged_and_flagged():
    case = load_case(PUMA)
    assert case.kind == "fixed-wing-electric"          # the kind stands
    flag = [f for f in case.flags if f.field == "engine_type"]
    assert flag and "fuel-cell" in flag[0].message and "fixed-wing-electric" in flag[0].message
    result = checks.check(case, 400, 0)
    entries = _entries(result)
    assert set(entries) == {"F4", "F5"}                # the 9 h and the 6 miles
    for entry in entries.values():
        assert "fuel-cell" in entry.reason and "battery" in entry.reason
        assert "fuel cell" in entry.needs
    assert not [f for f in result.findings if f.verdict in ("implausible", "consistent")
                and {"F4", "F5"} & set(f.claims)]
    # estimate would give the battery's endurance and range: refused, naming the plant
    with pytest.raises(DroneCalcError, match="cannot estimate: .*fuel-cell"):
        checks.estimate(case, 400, 0)


def test_a_hydrogen_fuel_type_does_the_same(tmp_path):
    text = PUMA.read_text().replace('field = "engine_type"\ntext = "fuel cell"',
                                    'field = "fuel_type"\ntext = "hydrogen"')
    assert 'text = "hydrogen"' in text
    result = check_text(tmp_path, text)
    entries = _entries(result)
    assert set(entries) == {"F4", "F5"} and "hydrogen" in entries["F4"].reason


CLAIMS = """
[figures.F2]
field = "takeoff_mass"
text = "20 kg"
role = "input"

[figures.F3]
field = "flight_time"
text = "20 h"
role = "claim"

[figures.F4]
field = "wingspan"
text = "4 m"
role = "input"
"""


def _case(kind: str, vehicle: str) -> str:
    return f'[case]\ntitle = "t"\nsource = "s"\nvehicle_kind = "{kind}"\n\n{vehicle}\n{CLAIMS}'


def test_a_plant_in_vehicle_and_on_a_multirotor_is_not_flown_on_a_battery(tmp_path):
    result = check_text(tmp_path, _case("fixed-wing-electric",
                                        '[vehicle]\nengine_type = "solar-electric"'))
    assert "solar" in _entries(result)["F3"].reason
    multi = _case("multirotor", '[figures.F1]\nfield = "engine_type"\ntext = "hydrogen fuel '
                  'cell"\nrole = "input"').replace('[figures.F4]\nfield = "wingspan"\ntext = '
                                                   '"4 m"', '[figures.F4]\nfield = "rotors"\n'
                                                   'text = "6"')
    assert "fuel-cell" in _entries(check_text(tmp_path, multi))["F3"].reason
    # a kind's own plant is judged as before: the hybrid quadplane is the gas-electric hybrid; the jet priors hold turbofans
    for kind, engine in (("vtol-quadplane-piston", "gas-electric hybrid"),
                         ("fixed-wing-jet", "small turbofan")):
        text = _case(kind, f'[figures.F1]\nfield = "engine_type"\ntext = "{engine}"\n'
                     'role = "input"')
        case = load_case(_write(tmp_path, text))
        assert not [f for f in case.flags if f.field == "engine_type"], kind
        assert "F3" not in _entries(checks.check(case, 400, 0)), kind


def _write(tmp_path, text):
    path = tmp_path / "c.toml"
    path.write_text(text)
    return path


def test_the_draft_carries_a_fuel_cell_as_the_engine_type():
    draft = extract((PUMA.parent / "puma-fuelcell.txt").read_text())
    engine = [f for f in draft.items if f.field == "engine_type"]
    assert engine and "fuel cell" in engine[0].written and engine[0].role == "input"
    for text in ("The drone runs on a hydrogen fuel cell and flies for 2 hours.",
                 "The fuel-cell-powered drone flies for 2 hours."):
        assert [f.field for f in extract(text).items if "fuel" in f.written] == [
            "engine_type"], text
