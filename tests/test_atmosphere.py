"""ISA troposphere: published table values, hot-day handling, units and bad input."""
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dronecalc import InputValueError, UnitError
from dronecalc.physics.atmosphere import air_density, air_pressure, air_temperature, speed_of_sound
from dronecalc.intake.units import Q_


# ICAO Doc 7488/3 (Manual of the ICAO Standard Atmosphere) / ISO 2533 table, by geopotential
# altitude: density 1.2250 (0 m), 1.1117 (1000 m), 0.73612 (5000 m) kg/m^3; temperature
# 288.15 / 281.65 / 255.65 K; pressure 101325 / 89874.6 / 54019.9 Pa; a0 = 340.294 m/s.
@pytest.mark.parametrize("h, rho, t, p", [
    (0.0, 1.2250, 288.15, 101325.0),
    (1000.0, 1.1117, 281.65, 89874.6),
    (5000.0, 0.73612, 255.65, 54019.9),
])
def test_isa_table_values(h, rho, t, p):
    assert air_density(Q_(h, "m")).m_as("kg/m^3") == pytest.approx(rho, rel=2e-4)
    assert air_temperature(Q_(h, "m")).m_as("K") == pytest.approx(t, abs=1e-9)
    assert air_pressure(Q_(h, "m")).m_as("Pa") == pytest.approx(p, rel=1e-5)


def test_sea_level_speed_of_sound():
    assert speed_of_sound().m_as("m/s") == pytest.approx(340.294, abs=1e-3)


def test_degc_is_an_absolute_temperature_not_a_number():
    # 15 degC at sea level is ISA itself; 59 degF likewise.
    assert air_density(Q_(0, "m"), temperature=Q_(15, "degC")).m == pytest.approx(1.225, rel=1e-6)
    assert air_density(Q_(0, "m"), temperature=Q_(59, "degF")).m == pytest.approx(1.225, rel=1e-6)


def test_hot_afternoon_is_thinner_than_isa():
    # Baghdad is ~34 m above sea level; a 40 degC afternoon: rho = p / (R T) ~ 1.123 kg/m^3.
    hot = air_density(Q_(34, "m"), temperature=Q_(40, "degC")).m
    p = 101325 * (1 - 0.0065 * 34 / 288.15) ** 5.2559
    assert hot == pytest.approx(p / (287.05287 * 313.15), rel=1e-4)
    assert hot < 0.93 * 1.225


def test_offset_and_stated_temperature_agree():
    a = air_density(Q_(1000, "m"), temperature_offset=Q_(20, "K")).m
    b = air_density(Q_(1000, "m"), temperature=Q_(281.65 + 20, "K")).m
    assert a == pytest.approx(b, rel=1e-12)


def test_arrays_broadcast():
    out = air_density(Q_(np.array([0.0, 1000.0, 5000.0]), "m"),
                      temperature_offset=Q_(np.array([[0.0], [10.0]]), "K"))
    assert out.shape == (2, 3)


def test_wrong_dimension_and_out_of_range():
    with pytest.raises(UnitError):
        air_density(Q_(1, "kg"))
    with pytest.raises(InputValueError):
        air_density(Q_(12, "km"))
    with pytest.raises(InputValueError):
        air_density(Q_(0, "m"), temperature=Q_(20, "degC"), temperature_offset=Q_(1, "K"))


@given(st.floats(0, 10_000), st.floats(0, 10_000))
def test_density_falls_with_altitude(h1, h2):
    lo, hi = sorted((h1, h2))
    assert air_density(Q_(hi, "m")).m <= air_density(Q_(lo, "m")).m


@given(st.floats(-500, 10_000), st.floats(-30, 30))
def test_unit_invariance_feet_and_fahrenheit(h, dt):
    si = air_density(Q_(h, "m"), temperature_offset=Q_(dt, "K")).m
    imperial = air_density(Q_(h / 0.3048, "ft"), temperature_offset=Q_(dt * 1.8, "delta_degF"))
    assert imperial.m_as("kg/m^3") == pytest.approx(si, rel=1e-9)
