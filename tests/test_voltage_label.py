"""A maker's full-charge pack voltage is never multiplied into a pack energy (review 11, F9).

The RobSenseTech i800's maker states '22000mAh 6S 25.2V': 25.2 V is 6 x 4.2 V, a LiPo pack's
full-charge voltage. Energy is charge x *nominal* voltage (6 x 3.7 V = 22.2 V), so the derived
energy is 22 Ah x 22.2 V = 488.4 Wh, not 554.4 Wh.
"""
import pytest

from dronecalc.errors import DroneCalcError
from dronecalc.priors import conditioned
from dronecalc.priors.multirotors import load_multirotors, nominal_pack_voltage, parse_multirotors

_ROW = '''
[[drone]]
name = "X"
maker = "M"
class = "enterprise-lift"
source = "s"
takeoff_mass = "5 kg"
battery_capacity_per_pack = "10000 mAh"
battery_voltage_per_pack = "25.2 V"
'''


def test_charge_voltage_becomes_cells_times_nominal():
    (drone,) = parse_multirotors(_ROW + 'battery_cells = 6\nbattery_voltage_label = "charge"\n')
    assert nominal_pack_voltage(drone).m_as("V") == pytest.approx(22.2)


def test_unlabelled_voltage_is_used_as_stated():
    (drone,) = parse_multirotors(_ROW + "battery_cells = 6\n")
    assert nominal_pack_voltage(drone).m_as("V") == pytest.approx(25.2)


@pytest.mark.parametrize("extra", ['battery_voltage_label = "charge"\n',
                                   'battery_cells = 6\nbattery_voltage_label = "peak"\n'])
def test_bad_label_is_refused_naming_the_field(extra):
    with pytest.raises(DroneCalcError, match="battery_voltage_label"):
        parse_multirotors(_ROW + extra)


def test_i800_energy_derived_at_nominal_voltage():
    (i800,) = [d for d in load_multirotors() if d["name"] == "RobSenseTech i800"]
    assert i800["battery_voltage_label"] == "charge"
    assert conditioned._row(i800)["energy"] == pytest.approx(22.0 * 22.2, rel=1e-9)   # Wh
