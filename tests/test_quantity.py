"""The Quantity front built from docstring units (dronecalc.intake.quantity)."""
import numpy as np
import pytest
from hypothesis import given, strategies as st

from dronecalc import InputValueError, UnitError
from dronecalc.intake.quantity import docstring_units, quantity_api
from dronecalc.intake.registry import Q_
from dronecalc.physics import airframe


def _power(thrust, speed):
    return thrust * speed


@quantity_api(_power, positive=("thrust",))
def power(thrust, speed=Q_(0.0, "m/s")):
    """Thrust times speed.

    Parameters
    ----------
    thrust : Quantity or str
        Force [N].
    speed : Quantity or str
        Speed [m/s].

    Returns
    -------
    Quantity
        Power [W].
    """


def test_units_come_from_the_docstring():
    assert docstring_units(power.__doc__) == ({"thrust": "N", "speed": "m/s"}, "W")
    assert power("2 kgf", "10 km/h").m_as("W") == pytest.approx(2 * 9.80665 * 10 / 3.6)


def test_validation_is_to_si_s():
    with pytest.raises(UnitError, match="thrust"):
        power("2 kg", "1 m/s")
    with pytest.raises(InputValueError, match="thrust"):
        power("0 N", "1 m/s")
    with pytest.raises(InputValueError, match="speed"):
        power("1 N", "-1 m/s")


def test_a_docstring_unit_pint_cannot_read_fails_at_import():
    with pytest.raises(ValueError, match="not a pint unit"):
        @quantity_api(_power)
        def bad(thrust, speed):
            """Bad.

            Parameters
            ----------
            thrust : Quantity
                Force [newtonz].
            speed : Quantity
                Speed [m/s].
            """


def test_an_undocumented_parameter_fails_at_import():
    with pytest.raises(ValueError, match="not documented"):
        @quantity_api(_power)
        def bad(thrust, speed):
            """Bad.

            Parameters
            ----------
            thrust : Quantity
                Force [N].
            """


@given(st.floats(0.1, 100.0), st.floats(0.0, 60.0))
def test_unit_invariance_on_a_real_physics_front(speed, area):
    si = airframe.parasite_power(Q_(speed, "m/s"), Q_(area / 100, "m^2")).m_as("W")
    other = airframe.parasite_power(Q_(speed * 3.6, "km/h"), Q_(area * 100, "cm^2")).m_as("W")
    assert np.isclose(si, other, rtol=1e-12, atol=1e-12)
