"""International Standard Atmosphere (troposphere) with a hot- or cold-day temperature.

Private functions (``_isa_*``, ``_air_density`` ...) work on SI floats and numpy arrays of
any broadcastable shape; the public functions take Quantities or figure strings and return
Quantities.

References
----------
.. [ISO2533] ISO 2533:1975, *Standard Atmosphere*. International Organization for
   Standardization, Geneva. Identical in the troposphere to [ICAO7488].
.. [ICAO7488] ICAO Doc 7488/3, *Manual of the ICAO Standard Atmosphere* (1993), 3rd ed.
.. [NASA1976] U.S. Standard Atmosphere, 1976. NOAA/NASA/USAF, NASA-TM-X-74335.
   https://ntrs.nasa.gov/citations/19770009539
"""
from __future__ import annotations

import numpy as np

from ..errors import InputValueError
from ..intake.units import Q_, to_si

#: ISA sea-level constants and the tropospheric lapse rate [ISO2533], [NASA1976].
ISA_CONSTANTS = {
    "sea_level_temperature": 288.15,      # T0 [K]
    "sea_level_pressure": 101_325.0,      # p0 [Pa]
    "sea_level_density": 1.225,           # rho0 [kg/m^3]
    "lapse_rate": -0.0065,                # L [K/m], troposphere, 0-11 km geopotential
    "gas_constant": 287.052_87,           # R [J/(kg K)], dry air
    "gravity": 9.806_65,                  # g0 [m/s^2], standard gravity
    "heat_capacity_ratio": 1.4,           # gamma [-], dry air
    "tropopause": 11_000.0,               # [m] geopotential, top of this model's validity
    "lowest": -610.0,                     # [m] lowest altitude tabulated in ICAO Doc 7488
}

_T0 = ISA_CONSTANTS["sea_level_temperature"]
_P0 = ISA_CONSTANTS["sea_level_pressure"]
_L = ISA_CONSTANTS["lapse_rate"]
_R = ISA_CONSTANTS["gas_constant"]
_G0 = ISA_CONSTANTS["gravity"]
_GAMMA = ISA_CONSTANTS["heat_capacity_ratio"]
#: g0 / (R L) exponent of the troposphere pressure law, about -5.2559.
_EXPONENT = _G0 / (_R * _L)


def _isa_temperature(altitude):
    """ISA temperature [K] at geopotential ``altitude`` [m] (troposphere)."""
    return _T0 + _L * np.asarray(altitude, dtype=float)


def _isa_pressure(altitude):
    """ISA static pressure [Pa] at geopotential ``altitude`` [m] (troposphere)."""
    return _P0 * (_isa_temperature(altitude) / _T0) ** (-_EXPONENT)


def _air_temperature(altitude, temperature_offset=0.0):
    """Air temperature [K]: ISA at ``altitude`` [m] plus ``temperature_offset`` [K]."""
    return _isa_temperature(altitude) + temperature_offset


def _air_density(altitude, temperature_offset=0.0):
    """Density [kg/m^3] from ISA pressure at ``altitude`` [m] and ISA + offset temperature."""
    return _isa_pressure(altitude) / (_R * _air_temperature(altitude, temperature_offset))


#: Top of the ISA's lowest stratospheric layer [m] geopotential: isothermal at the
#: tropopause temperature (216.65 K) from 11 to 20 km [ISO2533], [NASA1976].
STRATOSPHERE_TOP = 20_000.0


def _air_density_to_20km(altitude, temperature_offset=0.0):
    """:func:`_air_density` continued through the isothermal layer 11-20 km [ISO2533]:
    T = T(11 km) + offset, p = p(11 km) exp(-g0 (h - 11 km) / (R T(11 km))). Equal to
    :func:`_air_density` (bitwise) at and below 11 km; used where a climb can pass the
    tropopause (physics.fixed_wing.service_ceiling)."""
    h = np.asarray(altitude, dtype=float)
    top = ISA_CONSTANTS["tropopause"]
    if not np.any(h > top):
        return _air_density(h, temperature_offset)
    low = np.minimum(h, top)
    t11 = _isa_temperature(top)
    p = _isa_pressure(low) * np.exp(-_G0 * np.maximum(h - top, 0.0) / (_R * t11))
    return p / (_R * (_isa_temperature(low) + temperature_offset))


def _speed_of_sound(temperature):
    """Speed of sound [m/s] in dry air at ``temperature`` [K]."""
    return np.sqrt(_GAMMA * _R * np.asarray(temperature, dtype=float))


def _check_altitude(altitude):
    if altitude is None:
        return 0.0
    h = to_si(altitude, "m", "altitude", minimum=ISA_CONSTANTS["lowest"])
    if np.any(np.asarray(h) > ISA_CONSTANTS["tropopause"]):
        raise InputValueError("above the troposphere model's validity", field="altitude",
                              value=altitude, expected="<= 11000 m geopotential")
    return h


def _offset_from(altitude_si, temperature_offset, temperature):
    """Temperature offset [K] from either an offset or a stated air temperature."""
    if temperature is not None and temperature_offset is not None:
        raise InputValueError("give either temperature or temperature_offset, not both",
                              field="temperature", value=temperature,
                              expected="one of the two")
    elif temperature is not None:
        t = to_si(temperature, "K", "temperature", positive=True)   # degC via .m_as("K")
        return t - _isa_temperature(altitude_si)
    elif temperature_offset is not None:
        return to_si(temperature_offset, "delta_degC", "temperature_offset", minimum=None)
    else:
        return 0.0


def air_temperature(altitude=None, temperature_offset=None, temperature=None):
    r"""Outside air temperature: ISA troposphere plus a hot- or cold-day offset [ISO2533]_.

    Parameters
    ----------
    altitude : Quantity or str
        Geopotential (pressure) altitude above mean sea level [m]; -610 m to 11 000 m.
        Default (None): sea level.
    temperature_offset : Quantity or str, optional
        Difference from the ISA temperature at that altitude ("ISA+20") [delta_degC or K].
    temperature : Quantity or str, optional
        Stated outside air temperature [K or degC]; overrides ISA. Not with
        ``temperature_offset``.

    Returns
    -------
    Quantity
        Air temperature [K].

    Notes
    -----
    :math:`T = T_0 + L h + \Delta T`, with :math:`T_0` = 288.15 K and :math:`L` = -6.5 K/km.
    Valid in the troposphere (geopotential altitude below 11 km).
    """
    h = _check_altitude(altitude)
    return Q_(_air_temperature(h, _offset_from(h, temperature_offset, temperature)), "K")


def air_pressure(altitude=None):
    r"""ISA static pressure at a geopotential altitude (troposphere) [ISO2533]_.

    Parameters
    ----------
    altitude : Quantity or str
        Geopotential (pressure) altitude [m]; -610 m to 11 000 m.

    Returns
    -------
    Quantity
        Static pressure [Pa].

    Notes
    -----
    :math:`p = p_0 (T_{ISA}/T_0)^{-g_0/(R L)}`, the hydrostatic equation integrated for a
    constant lapse rate. A temperature offset does not change the pressure at a given
    *pressure* altitude; that is the convention of aviation performance charts.
    """
    return Q_(_isa_pressure(_check_altitude(altitude)), "Pa")


def air_density(altitude=None, temperature_offset=None, temperature=None):
    r"""Air density from ISA pressure and the actual air temperature [ISO2533]_.

    Parameters
    ----------
    altitude : Quantity or str
        Geopotential (pressure) altitude [m]; -610 m to 11 000 m.
    temperature_offset : Quantity or str, optional
        Difference from ISA temperature [delta_degC or K].
    temperature : Quantity or str, optional
        Stated outside air temperature [K or degC], e.g. ``"35 degC"`` for a hot afternoon.

    Returns
    -------
    Quantity
        Density [kg/m^3].

    Notes
    -----
    Ideal gas, dry air: :math:`\rho = p_{ISA}(h) / (R\,(T_{ISA}(h) + \Delta T))`,
    :math:`R` = 287.05287 J/(kg K). Humidity lowers density by up to about 1-2 % in hot
    humid air and is neglected. ISA values: 1.2250 kg/m^3 at 0 m, 1.1117 at 1000 m,
    0.7361 at 5000 m [ICAO7488]_.

    Examples
    --------
    >>> from dronecalc.units import Q_
    >>> round(float(air_density(Q_(0, "m")).m), 4)
    1.225
    >>> bool(air_density(Q_(34, "m"), temperature=Q_(40, "degC")).m < 1.14)
    True
    """
    h = _check_altitude(altitude)
    return Q_(_air_density(h, _offset_from(h, temperature_offset, temperature)), "kg/m^3")


def speed_of_sound(altitude=None, temperature_offset=None, temperature=None):
    r"""Speed of sound in dry air at the actual air temperature [NASA1976]_.

    Parameters
    ----------
    altitude : Quantity or str
        Geopotential altitude [m]; -610 m to 11 000 m.
    temperature_offset : Quantity or str, optional
        Difference from ISA temperature [delta_degC or K].
    temperature : Quantity or str, optional
        Stated outside air temperature [K or degC].

    Returns
    -------
    Quantity
        Speed of sound [m/s].

    Notes
    -----
    :math:`a = \sqrt{\gamma R T}`, :math:`\gamma` = 1.4; 340.29 m/s at ISA sea level.
    """
    h = _check_altitude(altitude)
    t = _air_temperature(h, _offset_from(h, temperature_offset, temperature))
    return Q_(_speed_of_sound(t), "m/s")
