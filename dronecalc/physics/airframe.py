"""Airframe: drag area, parasite drag and power, mass budget.

Private functions work on SI floats and numpy arrays; public functions take Quantities (or
figure strings) and return Quantities.

References
----------
.. [Hoerner1965] Hoerner, S. F. (1965). *Fluid-Dynamic Drag*. Hoerner Fluid Dynamics.
   (Equivalent flat-plate area f = C_D S; bluff-body C_D ~ 1.)
.. [Leishman2006] Leishman, J. G. (2006). *Principles of Helicopter Aerodynamics*, 2nd ed.
   Cambridge University Press. Sec. 5.4 (parasite power 1/2 rho f V^3).
.. [Budinger2020] Budinger, M., Reysset, A., Ochotorena, A. & Delbecq, S. (2020). Scaling
   laws and similarity models for the preliminary design of multirotor drones. Aerospace
   Science and Technology 98, 105658. doi:10.1016/j.ast.2019.105658 (geometric similarity:
   areas scale with length^2 ~ mass^(2/3)).
"""
from __future__ import annotations

import numpy as np

from ..errors import InputValueError, ModelError
from ..intake.quantity import quantity_api
from ..intake.units import Q_, to_si

#: Drag-area models selectable with ``method=``: f = coefficient x mass^(2/3).
DRAG_AREA_PARAMETERS = {
    "scaling": {
        "coefficient": 0.02, "range": (0.01, 0.05), "units": "m^2 / kg^(2/3)",
        "source": "GUESS. Exponent 2/3 from geometric similarity (frontal area ~ length^2 ~ "
                  "mass^(2/3); Budinger et al. 2020). Coefficient not fitted to measured data: "
                  "0.02 gives f ~ 0.025 m^2 for a 1.4 kg camera quad (frontal area ~0.03 m^2 "
                  "at bluff-body C_D ~ 1, Hoerner 1965) and ~0.09 m^2 for a 10 kg machine. "
                  "The range spans a factor 5 on purpose.",
    },
}


# ---------------------------------------------------------------- SI core

def _drag_area_from_mass(mass, coefficient=DRAG_AREA_PARAMETERS["scaling"]["coefficient"]):
    """Equivalent flat-plate area [m^2] from take-off mass [kg]: c m^(2/3)."""
    return coefficient * np.asarray(mass, dtype=float) ** (2.0 / 3.0)


def _parasite_drag(air_density, drag_area, speed):
    """Parasite drag [N] = 1/2 rho f V^2."""
    return 0.5 * air_density * drag_area * np.asarray(speed, dtype=float) ** 2


def _parasite_power(air_density, drag_area, speed):
    """Parasite power [W] = 1/2 rho f V^3."""
    return _parasite_drag(air_density, drag_area, speed) * speed


def _takeoff_mass(empty_mass, battery_mass, payload_mass=0.0):
    """Take-off mass [kg] = empty + battery + payload."""
    return np.asarray(empty_mass, dtype=float) + battery_mass + payload_mass


def _empty_mass_from_total(takeoff_mass, battery_mass, payload_mass=0.0):
    """Empty mass [kg] implied by a stated take-off mass."""
    return np.asarray(takeoff_mass, dtype=float) - battery_mass - payload_mass


# ---------------------------------------------------------------- public Quantity API

def drag_area_from_mass(mass, method="scaling", coefficient=None):
    r"""Default equivalent flat-plate drag area of a multirotor of a given mass.

    Parameters
    ----------
    mass : Quantity or str
        Take-off mass [kg].
    method : str
        ``"scaling"`` (``DRAG_AREA_PARAMETERS``); other names raise ``ModelError``.
    coefficient : float, optional
        c in :math:`f = c\,m^{2/3}` [m^2/kg^(2/3)]; default 0.02 (a guess, see the table).

    Returns
    -------
    Quantity
        Drag area :math:`f = C_D S` [m^2].

    Notes
    -----
    Geometric similarity (Budinger et al. 2020). Use only when nothing better is known;
    the uncertainty layer should sample the table's range (0.01-0.05).
    """
    m = to_si(mass, "kg", "mass", positive=True)
    if method == "scaling":
        c = (DRAG_AREA_PARAMETERS["scaling"]["coefficient"] if coefficient is None
             else to_si(coefficient, "", "coefficient", positive=True))
    else:
        raise ModelError("unknown drag-area model", field="method", value=method,
                         expected=f"one of {sorted(DRAG_AREA_PARAMETERS)}")
    return Q_(_drag_area_from_mass(m, c), "m^2")


@quantity_api(lambda speed, drag_area, air_density: _parasite_drag(air_density, drag_area, speed),
              positive=("air_density",))
def parasite_drag(speed, drag_area, air_density=Q_(1.225, "kg/m^3")):
    r"""Parasite (airframe and payload) drag force.

    Parameters
    ----------
    speed : Quantity or str
        Airspeed [m/s].
    drag_area : Quantity or str
        Equivalent flat-plate area of airframe plus payload [m^2].
    air_density : Quantity or str
        Air density [kg/m^3].

    Returns
    -------
    Quantity
        :math:`D = \tfrac12\rho f V^2` [N] (Hoerner 1965). Body lift and the dependence of
        f on pitch attitude are neglected.
    """


@quantity_api(lambda speed, drag_area, air_density: _parasite_power(air_density, drag_area, speed),
              positive=("air_density",))
def parasite_power(speed, drag_area, air_density=Q_(1.225, "kg/m^3")):
    r"""Power spent against parasite drag.

    Parameters
    ----------
    speed : Quantity or str
        Airspeed [m/s].
    drag_area : Quantity or str
        Equivalent flat-plate area [m^2].
    air_density : Quantity or str
        Air density [kg/m^3].

    Returns
    -------
    Quantity
        :math:`P_p = \tfrac12\rho f V^3` [W] (Leishman 2006, eq. 5.19).
    """


@quantity_api(_takeoff_mass)
def takeoff_mass(empty_mass, battery_mass, payload_mass=Q_(0.0, "kg")):
    r"""Take-off mass from the mass budget.

    Parameters
    ----------
    empty_mass : Quantity or str
        Airframe, motors, ESCs, avionics [kg].
    battery_mass : Quantity or str
        All packs [kg].
    payload_mass : Quantity or str
        Payload [kg].

    Returns
    -------
    Quantity
        :math:`m = m_e + m_b + m_p` [kg].
    """


def empty_mass_from_total(takeoff_mass, battery_mass, payload_mass=Q_(0.0, "kg")):
    r"""Empty mass implied by a stated take-off mass.

    Parameters
    ----------
    takeoff_mass : Quantity or str
        Stated all-up mass [kg].
    battery_mass : Quantity or str
        All packs [kg].
    payload_mass : Quantity or str
        Payload included in the stated total [kg].

    Returns
    -------
    Quantity
        :math:`m_e = m - m_b - m_p` [kg].

    Raises
    ------
    InputValueError
        If the stated total leaves no positive empty mass (the figures contradict).
    """
    out = _empty_mass_from_total(to_si(takeoff_mass, "kg", "takeoff_mass", positive=True),
                                 to_si(battery_mass, "kg", "battery_mass"),
                                 to_si(payload_mass, "kg", "payload_mass"))
    if np.any(np.asarray(out) <= 0):
        raise InputValueError("take-off mass leaves no empty mass", field="takeoff_mass",
                              value=takeoff_mass, expected="more than battery + payload mass")
    return Q_(out, "kg")
