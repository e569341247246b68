"""Airframe: drag area default, parasite drag and power, mass budget."""
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dronecalc import InputValueError, ModelError, UnitError
from dronecalc.physics.airframe import (DRAG_AREA_PARAMETERS, drag_area_from_mass, empty_mass_from_total,
                                parasite_drag, parasite_power, takeoff_mass)
from dronecalc.intake.units import Q_


def test_parasite_power_by_hand():
    # 1/2 * 1.225 * 0.1 m^2 * (20 m/s)^3 = 490 W (Leishman 2006 eq. 5.19).
    assert parasite_power(Q_(20, "m/s"), Q_(0.1, "m^2")).m_as("W") == pytest.approx(490.0)
    assert parasite_drag(Q_(72, "km/h"), Q_(0.1, "m^2")).m_as("N") == pytest.approx(24.5)


@given(st.floats(0.1, 100), st.floats(1.01, 5))
def test_drag_area_scales_with_mass_two_thirds(m, k):
    a = drag_area_from_mass(Q_(m, "kg")).m
    b = drag_area_from_mass(Q_(k * m, "kg")).m
    assert b / a == pytest.approx(k ** (2 / 3), rel=1e-9)
    assert drag_area_from_mass(Q_(m / 0.45359237, "lb")).m_as("m^2") == pytest.approx(a)


def test_table_and_methods():
    entry = DRAG_AREA_PARAMETERS["scaling"]
    assert entry["range"][0] <= entry["coefficient"] <= entry["range"][1] and entry["source"]
    with pytest.raises(ModelError):
        drag_area_from_mass(Q_(3, "kg"), method="cfd")


def test_mass_budget():
    assert takeoff_mass(Q_(6, "kg"), Q_(2500, "g"), Q_(3, "kg")).m_as("kg") == pytest.approx(11.5)
    assert empty_mass_from_total(Q_(11.5, "kg"), Q_(2.5, "kg"), Q_(3, "kg")).m == pytest.approx(6)
    with pytest.raises(InputValueError):
        empty_mass_from_total(Q_(4, "kg"), Q_(2.5, "kg"), Q_(3, "kg"))
    with pytest.raises(UnitError):
        takeoff_mass(Q_(6, "N"), Q_(2.5, "kg"))


def test_arrays():
    p = parasite_power(Q_(np.array([0.0, 10.0, 20.0]), "m/s"), Q_(np.array([[0.05], [0.1]]), "m^2"))
    assert p.shape == (2, 3)
