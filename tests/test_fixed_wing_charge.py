"""Review finding 7: a fixed wing's or VTOL's stated battery charge x voltage is its battery
energy, as the same pack written in Wh (and as on the multirotor path,
``priors.describe.charge_energy``); a charge with neither voltage nor cells is not used, and
the finding says so instead of "the source states no battery"."""
from __future__ import annotations

import pytest

from dronecalc import check, load_case
from dronecalc.claims.fixed_wing import describe_case

AIRFRAMES = {"fixed-wing-electric": "fixed-wing", "vtol-quadplane": "quadplane",
             "tailsitter": "tailsitter"}


def _case(tmp_path, airframe: str, **battery: str):
    fields = {"airframe": airframe, "takeoff_mass": "10 kg", "engine_type": "electric",
              **battery}
    text = '[case]\ntitle = "t"\nsource = "s"\n' + "".join(
        f'\n[figures.{k.upper()}]\nfield = "{k}"\ntext = "{v}"\nrole = "input"\n'
        for k, v in fields.items()) + (
        '\n[figures.C]\nfield = "flight_time"\ntext = "3 h"\nrole = "claim"\n')
    path = tmp_path / "case.toml"
    path.write_text(text, encoding="utf-8")
    return load_case(path)


@pytest.mark.parametrize("kind", AIRFRAMES)
def test_charge_times_voltage_is_the_battery_energy(tmp_path, kind):
    charged = describe_case(_case(tmp_path, AIRFRAMES[kind], battery_charge="22000 mAh",
                                  battery_voltage="22.2 V"))
    energy = charged["battery_energy"]
    assert energy.origin == "stated" and "battery_fraction" not in charged
    assert energy.low == energy.high == pytest.approx(22.0 * 22.2 * 3600.0)
    written = describe_case(_case(tmp_path, AIRFRAMES[kind], battery_energy="488.4 Wh"))
    assert written["battery_energy"].low == pytest.approx(energy.low)
    assert set(written) == set(charged)          # the same machine, whichever way it is written


def test_cells_times_the_chemistry_voltage_and_the_pack_count(tmp_path):
    cells = describe_case(_case(tmp_path, "fixed-wing", battery_charge="22 Ah",
                                cell_count="6S"))["battery_energy"]
    assert cells.low == pytest.approx(22.0 * 6 * 3.7 * 3600.0)     # LiPo, 3.7 V nominal
    assert "3.7 V per cell" in cells.note
    two = describe_case(_case(tmp_path, "fixed-wing", battery_charge="16 Ah",
                              battery_voltage="22.2 V", pack_count="2"))["battery_energy"]
    assert two.low == pytest.approx(2 * 16.0 * 22.2 * 3600.0)       # charge is per pack


def test_a_charge_alone_is_not_used_and_the_finding_says_why(tmp_path):
    case = _case(tmp_path, "fixed-wing", battery_charge="22000 mAh")
    inputs = describe_case(case)
    assert "battery_energy" not in inputs and inputs["battery_fraction"].origin == "prior"
    notes = [n for f in check(case, samples=300, seed=0).findings for n in f.notes]
    assert any(n.startswith("The source states a battery charge of 22000 mAh (figure "
                            "BATTERY_CHARGE) but no voltage or cell count") for n in notes)
    assert not any("states no battery:" in n for n in notes)


def test_a_piston_wing_takes_no_battery_energy_from_a_charge(tmp_path):
    case = _case(tmp_path, "fixed-wing", engine_type="two-stroke piston",
                 battery_charge="2 Ah", battery_voltage="7.4 V", fuel_volume="10 L")
    assert case.kind == "fixed-wing-piston"
    assert "battery_energy" not in describe_case(case)
