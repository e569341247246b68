"""units.to_si: the one conversion at the library's edge, and its errors."""
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dronecalc import DroneCalcError, InputValueError, ParseError, UnitError
from dronecalc.intake.units import COMMON_UNITS, Q_, to_si, unit, ureg


def test_quantities_and_strings_convert_to_si():
    assert to_si(Q_(3, "kg"), "kg", "payload") == 3.0
    assert to_si("3000 g", "kg", "payload") == pytest.approx(3.0)
    assert to_si("60 km/h", "m/s", "speed") == pytest.approx(16.6666666667)
    np.testing.assert_allclose(to_si("60-70 km/h", "m/s", "speed"), [16.6666667, 19.4444444])
    assert to_si("320 Kv", "rad/s/V", "motor_kv") == pytest.approx(320 * 2 * np.pi / 60)
    assert to_si("6S", "cell", "cells") == 6


def test_offset_temperature_goes_through_kelvin():
    assert to_si("20 degC", "K", "air_temperature") == pytest.approx(293.15)
    assert to_si(Q_(68, "degF"), "K", "air_temperature") == pytest.approx(293.15)


def test_arrays_and_dimensionless_numbers():
    np.testing.assert_allclose(to_si(Q_(np.array([1.0, 2.0]), "km"), "m", "d"), [1000, 2000])
    assert to_si(4, "dimensionless", "rotors") == 4
    np.testing.assert_allclose(to_si([1, 2], "", "packs"), [1, 2])


def test_common_units_are_all_known():
    for name in COMMON_UNITS:
        unit(name)


@pytest.mark.parametrize("value, units, error", [
    (Q_(3, "m"), "kg", UnitError),            # wrong dimension
    ("3 m", "kg", UnitError),
    (3.0, "kg", UnitError),                   # bare number for a dimensioned field
    ("3", "kg", UnitError),
    (Q_(float("nan"), "kg"), "kg", InputValueError),
    (float("nan"), "", InputValueError),
    (Q_(float("inf"), "kg"), "kg", InputValueError),
    ("nan kg", "kg", ParseError),
    (Q_(-3, "kg"), "kg", InputValueError),    # negative
    ("-3 kg", "kg", InputValueError),
    ("3 blargh", "kg", UnitError),            # unknown unit in the value
    (Q_(3, "kg"), "blargh", UnitError),       # unknown target unit
    (None, "kg", UnitError),
])
def test_bad_values_raise_library_errors(value, units, error):
    with pytest.raises(error) as info:
        to_si(value, units, "payload")
    assert isinstance(info.value, DroneCalcError)


def test_errors_name_field_value_and_expectation():
    with pytest.raises(UnitError) as info:
        to_si(Q_(3, "m"), "kg", "payload")
    message = str(info.value)
    assert message.startswith("payload:") and "3 m" in message and "expected" in message


def test_minimum_and_positive():
    assert to_si(Q_(-5, "degC"), "K", "air_temperature", minimum=None) == pytest.approx(268.15)
    with pytest.raises(InputValueError):
        to_si(Q_(0, "kg"), "kg", "mass", positive=True)
    with pytest.raises(InputValueError):
        to_si(Q_(1, "kg"), "kg", "mass", minimum=2.0)


UNITS = st.sampled_from([("kg", "g", 1000), ("km", "m", 1000), ("km/h", "m/s", 1 / 3.6),
                         ("Ah", "mAh", 1000), ("h", "min", 60), ("Wh", "J", 3600)])


@given(st.floats(0, 1e9), UNITS)
def test_unit_invariance(x, units):
    big, small, factor = units
    assert to_si(Q_(x, big), small, "x") == pytest.approx(to_si(Q_(x * factor, small), small, "x"),
                                                         rel=1e-9)
    assert to_si(f"{x!r} {big}", small, "x") == pytest.approx(x * factor, rel=1e-9)


def test_registry_knows_cells_and_kv():
    assert ureg.Unit("cell").dimensionality != ureg.siemens.dimensionality
    assert Q_(1, "Kv").to("rpm/V").magnitude == pytest.approx(1)


def test_to_si_reads_a_range_as_its_two_ends_and_refuses_an_open_bound():
    assert to_si("60-72 km/h", "m/s", "speed").tolist() == pytest.approx([16.6667, 20.0], rel=1e-4)
    with pytest.raises(InputValueError, match="flight_time.*open bound"):
        to_si("> 120 min", "s", "flight_time")
