"""Propulsion: Kv and RPM, tip speed and Mach, thrust ceiling, thrust-to-weight."""
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dronecalc import InputValueError, ModelError, UnitError
from dronecalc.physics.atmosphere import speed_of_sound
from dronecalc.physics.propulsion import (drive_efficiency, loaded_rpm, no_load_rpm,
                                  static_thrust_ceiling, thrust_to_weight, tip_mach, tip_speed)
from dronecalc.physics.rotor import hover_power, disk_area
from dronecalc.intake.units import Q_


def test_reference_case_f6_as_kv():
    # F6 read as 320 Kv on a 6S LiPo (22.2 V): 7104 rpm no load.
    assert no_load_rpm(Q_(320, "Kv"), Q_(22.2, "V")).m_as("rpm") == pytest.approx(7104)
    assert loaded_rpm(Q_(320, "Kv"), Q_(22.2, "V")).m_as("rpm") == pytest.approx(7104 * 0.85)


def test_tip_speed_and_mach():
    vt = tip_speed(Q_(6000, "rpm"), Q_(22, "inch"))
    assert vt.m_as("m/s") == pytest.approx(6000 / 60 * np.pi * 22 * 0.0254)
    m = tip_mach(vt, speed_of_sound())
    assert m.m == pytest.approx(vt.m_as("m/s") / 340.294, rel=1e-5)


def test_thrust_ceiling_models_agree_with_momentum_theory():
    # The "power" ceiling inverts hover power: at the hover power, thrust = weight.
    a = disk_area(Q_(0.5, "m"))
    p_rotor = hover_power(Q_(30, "N"), Q_(1.225, "kg/m^3"), a, 0.65,
                          induced_power_factor=1.0 / 0.65)
    t = static_thrust_ceiling(Q_(0.5, "m"), 4, method="power",
                              electrical_power=4 * p_rotor / 0.8, drive_efficiency=0.8)
    assert t.m_as("N") == pytest.approx(120, rel=1e-9)
    tk = static_thrust_ceiling(Q_(22, "inch"), 4, kv=Q_(320, "Kv"), voltage=Q_(22.2, "V"))
    assert tk.m_as("N") > 0
    with pytest.raises(ModelError):
        static_thrust_ceiling(Q_(22, "inch"), 4, method="magic")
    with pytest.raises(InputValueError):
        static_thrust_ceiling(Q_(22, "inch"), 4, method="kv")


@given(st.floats(50, 3000), st.floats(3, 60), st.floats(0.1, 1.5))
def test_unit_invariance_and_scaling(kv, volts, d):
    a = static_thrust_ceiling(Q_(d, "m"), 4, kv=Q_(kv, "Kv"), voltage=Q_(volts, "V")).m_as("N")
    b = static_thrust_ceiling(Q_(d / 0.0254, "inch"), 4, kv=Q_(kv * 2 * np.pi / 60, "rad/s/V"),
                              voltage=Q_(volts, "V")).m_as("lbf") * 4.4482216152605
    assert a == pytest.approx(b, rel=1e-9)
    c = static_thrust_ceiling(Q_(d, "m"), 4, kv=Q_(kv, "Kv"), voltage=Q_(2 * volts, "V")).m_as("N")
    assert c == pytest.approx(4 * a, rel=1e-9)          # thrust ~ RPM^2


def test_thrust_to_weight_and_efficiency():
    assert thrust_to_weight(Q_(2 * 9.80665, "N"), Q_(1, "kg")).m == pytest.approx(2)
    assert drive_efficiency().m == pytest.approx(0.85 * 0.95)
    with pytest.raises(InputValueError):
        drive_efficiency(1.1, 0.9)


def test_bad_input():
    with pytest.raises(UnitError):
        no_load_rpm(Q_(320, "V"), Q_(22.2, "V"))
    with pytest.raises(UnitError):
        tip_speed(Q_(6000, "rpm"), Q_(1, "kg"))
