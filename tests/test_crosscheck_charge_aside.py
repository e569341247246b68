"""A stated charge beside a stated battery mass and specific energy, with no voltage or cell
count (issue 10): main dropped the specific energy with no word (claims.crosscheck_pack returned
early) and took the energy as the charge x a drawn voltage. The model now takes the energy as
battery mass x specific energy, as it does when those two are stated alone, and a cross-check
finding says the charge is set aside and why."""
from __future__ import annotations

import pytest

from dronecalc import check, load_case

CASE = """[case]
title = "pack by mass, specific energy and charge"
source = "tests"
vehicle_kind = "multirotor"
[figures.F1]
field = "takeoff_mass"
text = "2 kg"
role = "input"
[figures.F2]
field = "battery_mass"
text = "650 g"
role = "input"
[figures.F3]
field = "battery_specific_energy"
text = "200 Wh/kg"
role = "input"
[figures.F4]
field = "battery_charge"
text = "{charge}"
role = "input"
[figures.F5]
field = "flight_time"
text = "30 min"
role = "claim"
{extra}"""


def _run(tmp_path, charge="5000 mAh", extra=""):
    path = tmp_path / "c.toml"
    path.write_text(CASE.format(charge=charge, extra=extra))
    return check(load_case(path), samples=300)


def test_the_energy_is_mass_times_specific_energy_and_the_charge_is_set_aside(tmp_path):
    result = _run(tmp_path)
    rows = {a.name: a for a in result.assumptions}
    assert rows["battery_energy"].low == pytest.approx(130.0)       # 0.65 kg x 200 Wh/kg
    assert rows["battery_energy"].high == pytest.approx(130.0)
    assert rows["specific_energy"].origin == "stated"
    assert "battery_capacity" not in rows
    (found,) = [f for f in result.findings if f.check == "cross-check" and "F4" in f.claims]
    assert {"F2", "F3"} <= set(found.claims)
    assert "set aside" in found.condition and "no voltage or cell count" in found.condition
    assert found.verdict == "consistent"    # 130 Wh / 5 Ah = 26 V, a 7-cell pack


def test_a_charge_no_pack_voltage_can_hold_that_energy_disagrees(tmp_path):
    # 130 Wh in 0.5 Ah needs 260 V, no drone pack (1-24 cells, at most ~91 V)
    (found,) = [f for f in _run(tmp_path, "500 mAh").findings
                if f.check == "cross-check" and "F4" in f.claims]
    assert found.verdict == "implausible"


def test_with_a_cell_count_the_specific_energy_is_compared_as_before(tmp_path):
    extra = '[figures.F6]\nfield = "cell_count"\ntext = "6S"\nrole = "input"\n'
    result = _run(tmp_path, extra=extra)
    (found,) = [f for f in result.findings if f.check == "cross-check" and "F3" in f.claims]
    assert "specific energy" in found.statement and "set aside" not in found.condition
