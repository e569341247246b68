"""Review 18 item 1: Luke Bell's record quad (40 in props, 90 Kv, 87 Ah, ~380 Wh/kg).

A case states a pack's specific energy (``battery_specific_energy``), which replaces the
chemistry's range; a stated rotor disk sizes a machine whose battery alone would (an 87 Ah
charge with no voltage had made the 40 in quad a 73-300 kg machine). No Monte Carlo runs here
except one small check.
"""
from __future__ import annotations

import pytest

from dronecalc import check, load_case
from dronecalc.claims.context import describe_case
from dronecalc.errors import DroneCalcError
from dronecalc.priors.describe import describe

HEAD = '[case]\ntitle = "t"\nsource = "s"\n'
BELL = """
[figures.F1]
field = "airframe"
text = "quadcopter"
role = "input"

[figures.F4]
field = "rotor_diameter"
text = "40 in"
role = "input"

[figures.F5]
field = "battery_charge"
text = "87 Ah"
role = "input"

[figures.F6]
field = "chemistry"
text = "Li-ion"
role = "input"

[figures.F2]
field = "flight_time"
text = "100 min"
role = "claim"
mode = "hover"
"""


def _case(tmp_path, extra: str = ""):
    path = tmp_path / "case.toml"
    path.write_text(HEAD + BELL + extra, encoding="utf-8")
    return load_case(path)


def _se(text: str) -> str:
    return (f'\n[figures.F8]\nfield = "battery_specific_energy"\ntext = "{text}"\n'
            'role = "input"\n')


@pytest.mark.parametrize("text", ["380 Wh/kg", "0.38 kWh/kg", "380 W*h/kg"])
def test_a_stated_specific_energy_replaces_the_chemistry_range(tmp_path, text):
    inputs = describe_case(_case(tmp_path, _se(text)))
    spec = inputs["specific_energy"]
    assert spec.origin == "stated"
    assert spec.low == spec.high == pytest.approx(380 * 3600.0)
    assert describe_case(_case(tmp_path))["specific_energy"].origin == "chemistry"


def test_a_specific_energy_of_the_wrong_dimension_is_refused(tmp_path):
    with pytest.raises(DroneCalcError, match=r"F8.text: battery_specific_energy: wrong dimension.*W\*h/kg"):
        _case(tmp_path, _se("380 Wh"))


def test_a_specific_energy_beside_a_battery_mass_and_a_charge_is_read(tmp_path):
    # issue 10: check refused the three ("give either battery_mass or specific_energy"), case
    # accepted them; with no voltage the charge gives no energy, so the model takes battery
    # mass x specific energy, as for those two alone, and sets the charge aside with a
    # cross-check finding (tests/test_crosscheck_charge_aside.py; the specific energy had been
    # dropped with no word)
    extra = _se("380 Wh/kg") + '\n[battery]\nmass = "8 kg"\n'
    inputs = describe_case(_case(tmp_path, extra))
    assert inputs["battery_mass"].origin == "stated"
    assert inputs["specific_energy"].origin == "stated"
    assert "battery_capacity" not in inputs     # mass x specific energy is the energy


def test_a_stated_rotor_disk_sizes_a_machine_its_charge_alone_would_not(tmp_path):
    mass = describe_case(_case(tmp_path))["mass"]
    # 40 in x 4 rotors: 3.24 m^2 of disk; real machines hover at 41-87 N/m^2 (13-30 kg);
    # the 87 Ah charge alone gave 73-300 kg
    assert 8.0 < mass.low < mass.high < 40.0
    assert "rotor disk" in mass.note


def test_the_disk_narrows_an_overlapping_battery_interval():
    alone = describe({"rotors": 4, "battery_energy": "500 Wh"})["mass"]
    both = describe({"rotors": 4, "battery_energy": "500 Wh", "rotor_diameter": "30 in"}
                    )["mass"]
    assert alone.low <= both.low and both.high <= alone.high
    assert (both.low, both.high) != (alone.low, alone.high)


def test_a_disk_loading_outside_the_efficiency_laws_machines_is_said(tmp_path):
    extra = _se("380 Wh/kg") + '\n[assumptions.cells]\nvalue = "6S"\nreason = "r"\n' \
        '\n[assumptions.empty_mass]\nvalue = "3.5-5 kg"\nreason = "r"\n'
    result = check(_case(tmp_path, extra), samples=2000, seed=0)
    (hover,) = [f for f in result.findings if f.claims == ["F2"]]
    (note,) = [n for n in hover.notes if n.startswith("Rotor diameter stated")]
    # 8-9 kg on four 40 in rotors (one pack): ~26-29 N/m^2, below the 41-87 N/m^2 the law was fitted on
    assert "kg per rotor the law was fitted on" in note
    assert "% hover at a disk loading" in note and "N/m^2 of its machines (extrapolated)" in note


def test_a_wing_takes_the_stated_specific_energy_too(tmp_path):
    from pathlib import Path

    from dronecalc.claims.fixed_wing import describe_case as wing_inputs
    text = (Path(__file__).parents[1] / "examples" / "cases" / "deltaquad.toml").read_text(
        encoding="utf-8")
    path = tmp_path / "dq.toml"
    path.write_text(text + _se("250 Wh/kg").replace("F8", "SE"), encoding="utf-8")
    spec = wing_inputs(load_case(path))["specific_energy"]
    assert spec.origin == "stated" and spec.low == pytest.approx(250 * 3600.0)
