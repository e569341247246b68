r"""Distributions, Monte Carlo, generous bounds and sensitivity for a machine described loosely.

A report rarely states everything the physics needs. Every input that is unknown, or stated
as a range, becomes a distribution; the Monte Carlo draws ``n`` machines at once, builds one
:class:`~dronecalc.vehicle.Vehicle` of arrays and calls the physics core once; estimates are the
5th, 50th and 95th percentiles. The *generous bound* is the most favourable combination of
assumptions inside their ranges, found with :func:`scipy.optimize.minimize` on the box of
ranged inputs, so that "even under the most generous assumptions, endurance stays below X" is
a computed statement, not a guess. :func:`sensitivity` ranks the assumptions by how far the
result moves across each one's range.

Everything here works on SI floats and numpy arrays; units are attached by the caller.

Which samples count
-------------------
A sample is a combination of assumptions, not yet a machine. Samples that no one could
build or fly are dropped before the physics runs (:data:`CONSTRAINTS`): a battery heavier
than a stated take-off mass; when the motor Kv is known, motors that cannot lift the machine
and its payload with a control margin, or propellers whose tips would run past Mach 0.7 on
that motor and pack. Model constants that only split what another input fixes (the induced
power factor splits the hover power set by the figure of merit) are held at the physics
modules' central values, so that the generous bound cannot combine them into a rotor with
no profile drag.

Why uniform distributions
-------------------------
A range figure ("18-22 in", "60-70 km/h") says that the value lies between its ends and
nothing about where. A uniform distribution between the ends is the maximum-entropy choice
for that information (Jaynes 1957, doi:10.1103/PhysRev.106.620): it adds no preference the
source did not state. The same holds for the prior ranges below, which are judgements of
where a value lies, not measured distributions. A point figure is taken as exact: its
rounding is far smaller than the spread of the assumptions around it.

One input is a measured distribution: when no rotor diameter is stated, the rotor size comes
from the effective disk-loading law fitted on real drones (``data/calibrated.toml``,
docs/validation.md). Its input ``disk_loading_percentile`` is drawn uniformly between 5 % and
95 %, which reproduces the calibrated log-normal (fit uncertainty and between-drone scatter)
between its p5 and p95; the generous bound and the sensitivity use that box like any other.
The law was fitted with figure of merit, drive efficiency and usable fraction held at their
central values and absorbs their errors; those three keep their literature ranges here, so
the spread they add on top of the calibrated scatter is counted twice (wider bands, never
narrower).

References
----------
.. [Leishman] Leishman, J. G. (2006). *Principles of Helicopter Aerodynamics*, 2nd ed.,
   Cambridge University Press, ch. 2-3 (figure of merit; 0.5-0.7 for small rotors, 0.75-0.8
   best full-scale). See also the figure-of-merit notes of S. Kumar,
   https://kumar-sumeet.github.io/HeliAeroNotes/ ("in practice usually 0.5-0.7").
.. [Prior] Prior, S. D. (2018). *Optimizing Small Multi-Rotor Unmanned Aircraft*, CRC Press,
   ch. 2 "Lithium Polymer Battery Power Supply", doi:10.1201/9780429428364-2
   (LiPo specific energy 150-200 Wh/kg) and ch. 4 (outrunner BLDC motors).
.. [Tyto] Tyto Robotics (RCbenchmark), "Brushless motor power and efficiency analysis",
   https://www.rcbenchmark.com/blogs/articles/brushless-motor-power-and-efficiency-analysis
   (how combined motor + ESC efficiency is measured on a thrust stand).
.. [Russell] Russell, C., Jung, J., Willink, G., Glasner, B. (2016). Wind tunnel and hover
   performance test results for multicopter UAS vehicles. AHS 72nd Forum; NASA Ames
   (drag and power of five multicopters, 1-10 kg).
.. [ArduPilot] ArduPilot Copter docs, "Hover throttle" (MOT_THST_HOVER usually 0.2-0.6,
   i.e. thrust-to-weight of about 1.7 or more),
   https://ardupilot.org/copter/docs/ac_throttlemid.html
.. [Jaynes] Jaynes, E. T. (1957). Information theory and statistical mechanics. Physical
   Review 106(4): 620-630, doi:10.1103/PhysRev.106.620
"""
from __future__ import annotations

import functools
import itertools
import math
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Mapping

import numpy as np

from ..priors import calibration

from ..physics import multirotor as mission
from ..physics.airframe import DRAG_AREA_PARAMETERS, _drag_area_from_mass
from ..physics.atmosphere import _air_density, _isa_temperature, _speed_of_sound
from ..physics.battery import CHEMISTRIES, USABLE_FRACTION
from ..errors import InputValueError, ModelError
from ..intake.figures import Figure
from ..physics.propulsion import (DRIVE_EFFICIENCY, LOADED_RPM_FRACTION, THRUST_TO_WEIGHT,
                         TIP_MACH_LIMIT, _loaded_speed, _thrust_ceiling_kv, _tip_speed)
from ..physics.rotor import _G, ROTOR_PARAMETERS
from ..intake.units import Q_, to_si
from ..physics.vehicle import Vehicle

#: Default Monte Carlo sample count.
DEFAULT_SAMPLES = 100_000
#: Percentiles reported for every estimate.
PERCENTILES = (5.0, 50.0, 95.0)

Objective = Callable[[Mapping[str, np.ndarray]], np.ndarray]


@dataclass(frozen=True)
class Variable:
    """One input the model knows: SI unit, display unit, integer or not, physical limits."""

    unit: str
    display: str
    integer: bool
    limits: tuple[float, float]
    meaning: str


#: Every input the Monte Carlo understands. Limits are physical (efficiencies <= 1), used
#: to validate stated values and to bound "what would overturn this verdict" searches.
VARIABLES: dict[str, Variable] = {
    "rotors": Variable("", "", True, (1, 32), "number of lifting rotors"),
    "rotor_diameter": Variable("m", "in", False, (0.02, 4.0), "rotor diameter"),
    "disk_loading_percentile": Variable(
        "dimensionless", "%", False, (0.001, 0.999),
        "percentile of the calibrated effective disk loading at the machine's mass (sets the "
        "rotor diameter when none is stated)"),
    "mass": Variable("kg", "kg", False, (0.01, 300.0), "take-off mass without payload"),
    "takeoff_mass": Variable("kg", "kg", False, (0.01, 400.0), "take-off mass with payload"),
    "empty_mass": Variable("kg", "kg", False, (0.005, 300.0),
                           "empty mass (no battery, no payload)"),
    "payload": Variable("kg", "kg", False, (0.0, 200.0), "payload mass"),
    "battery_energy": Variable("J", "Wh", False, (1e3, 1e9), "nominal energy of all packs"),
    "battery_capacity": Variable("C", "mAh", False, (100.0, 1e7), "charge of one pack"),
    "battery_voltage": Variable("V", "V", False, (1.0, 1000.0), "nominal pack voltage"),
    "cells": Variable("cell", "cell", True, (1, 30), "cells in series per pack"),
    "cell_voltage": Variable("V", "V", False, (1.0, 5.0), "nominal cell voltage"),
    "packs": Variable("", "", True, (1, 16), "number of packs"),
    "battery_mass": Variable("kg", "kg", False, (0.005, 300.0), "mass of all packs"),
    "battery_mass_fraction": Variable("", "", False, (0.01, 0.9),
                                      "mass of all packs / take-off mass without payload "
                                      "(when the battery is not described)"),
    "specific_energy": Variable("J/kg", "Wh/kg", False, (1e4, 1.8e7),
                                "pack specific energy"),
    "figure_of_merit": Variable("", "", False, (0.05, 1.0), "rotor hover figure of merit"),
    "drive_efficiency": Variable("", "", False, (0.05, 1.0), "motor x ESC efficiency"),
    "usable_fraction": Variable("", "", False, (0.05, 1.0), "usable share of pack energy"),
    "drag_area": Variable("m^2", "m^2", False, (0.0, 10.0), "airframe flat-plate drag area"),
    "drag_area_coefficient": Variable("", "m^2/kg^(2/3)", False, (0.0, 1.0),
                                      "c in drag area = c x (empty + battery mass)^(2/3)"),
    "payload_drag_area": Variable("m^2", "m^2", False, (0.0, 10.0), "payload drag area"),
    "air_temperature": Variable("K", "degC", False, (200.0, 340.0), "outside air temperature"),
    "altitude": Variable("m", "m", False, (-500.0, 6000.0), "altitude above sea level"),
    "motor_kv": Variable("rad/s/V", "Kv", False, (0.1, 1e4), "motor velocity constant"),
    "control_thrust_ratio": Variable("", "", False, (1.0, 10.0),
                                     "thrust-to-weight needed for control"),
    "battery_voltage_drop_1c": Variable("", "", False, (0.0, 0.2),
                                        "pack voltage drop at 1C / nominal voltage"),
    "induced_power_factor": Variable("", "", False, (1.0, 2.0), "induced power factor kappa"),
    "thrust_coefficient": Variable("", "", False, (0.002, 0.05), "rotor thrust coefficient"),
    "loaded_rpm_fraction": Variable("", "", False, (0.3, 1.0),
                                    "full-throttle loaded / no-load speed"),
    "avionics_power": Variable("W", "W", False, (0.0, 1e4), "flight controller, radio, payload"),
    "leg_speed": Variable("m/s", "km/h", False, (0.0, 100.0), "airspeed of a stated leg"),
    "leg_distance": Variable("m", "km", False, (0.0, 1e6), "distance of a stated leg"),
}


@dataclass(frozen=True)
class Prior:
    """A documented default: range in display units and where it comes from.

    ``judgement`` is True where the range is the analyst's judgement rather than a number
    a source states; the ``source`` then says what informed it.
    """

    low: float
    high: float
    source: str
    judgement: bool = True


def _table_range(table: Mapping[str, Any]) -> tuple[float, float]:
    return float(table["range"][0]), float(table["range"][1])


def _central(table: Mapping[str, Any], module: str) -> Prior:
    value = float(table["value"])
    return Prior(value, value, f"{module} module's central value, held fixed: "
                 + table["source"], judgement=False)


#: Percentiles of the calibrated disk-loading law that bound an unstated rotor size [%].
DISK_LOADING_PERCENTILES = (5.0, 95.0)

_MOTOR, _ESC = _table_range(DRIVE_EFFICIENCY["motor"]), _table_range(DRIVE_EFFICIENCY["esc"])

#: What the calibration on real drones (``data/calibrated.toml``) says about each parameter.
_CALIBRATED = calibration.calibrated_parameters()


def _held_fixed(name: str) -> str:
    """How the calibration treated a literature parameter it could not identify."""
    entry = _CALIBRATED[name]
    return (f"; the calibration on {entry['n_drones']} real drones held it at "
            f"{entry['value']:g} (calibration.calibrated_parameters()['{name}'], fitted = "
            f"{str(entry['fitted']).lower()}: the data identify only the effective disk "
            "loading, which absorbs its error)")


_DRAG = _CALIBRATED["drag_area_1kg"]

_SHARED_PRIORS: dict[str, Prior] = {
    "drive_efficiency": Prior(
        _MOTOR[0] * _ESC[0], _MOTOR[1] * _ESC[1],
        "motor x ESC, the product of the ranges of propulsion.DRIVE_EFFICIENCY; cf. [Tyto] "
        "thrust-stand data" + _held_fixed("drive_efficiency"), judgement=False),
    "usable_fraction": Prior(*_table_range(USABLE_FRACTION),
                             "battery.USABLE_FRACTION: " + USABLE_FRACTION["source"].rstrip(".")
                             + _held_fixed("usable_fraction")),
    "air_temperature": Prior(0.0, 35.0, "temperature not stated: a temperate to hot day; "
                             "judgement"),
    "altitude": Prior(0.0, 1000.0, "altitude not stated: low ground; judgement"),
    "payload_drag_area": Prior(0.005, 0.03, "a slung or strapped payload of a few kg, "
                               "10-20 cm across, drag coefficient near 1; judgement"),
    "control_thrust_ratio": Prior(
        THRUST_TO_WEIGHT["minimum"]["value"], THRUST_TO_WEIGHT["recommended"]["value"],
        "propulsion.THRUST_TO_WEIGHT minimum to recommended (rules of thumb); [ArduPilot] "
        "hover throttle 0.2-0.6"),
    # Model constants: held at the physics modules' central values. Their ranges describe
    # the model's own error, not unknowns of one machine, and they are not independent of
    # the figure of merit (kappa only splits the hover power that FM fixes); sampling them
    # separately would let the generous bound combine, e.g., a high FM with a high kappa
    # into a rotor with almost no profile drag.
    "induced_power_factor": _central(ROTOR_PARAMETERS["induced_power_factor"], "rotor"),
    "thrust_coefficient": _central(ROTOR_PARAMETERS["thrust_coefficient"], "rotor"),
    "loaded_rpm_fraction": _central(LOADED_RPM_FRACTION, "propulsion"),
    "drag_area_coefficient": Prior(
        *_table_range(DRAG_AREA_PARAMETERS["scaling"]),
        "airframe.DRAG_AREA_PARAMETERS (f = c m^(2/3)): "
        + DRAG_AREA_PARAMETERS["scaling"]["source"].rstrip(".")
        + f"; not identified by the calibration on {_DRAG['n_drones']} real drones "
        f"(calibrated_parameters()['drag_area_1kg']: {_DRAG['value']:.3g} "
        f"{_DRAG['unit']}, p5-p95 {_DRAG['low']:.2g}-{_DRAG['high']:.2g}, identified = "
        f"{str(_DRAG['identified']).lower()}), so this range stands"),
    # Rotor size when no diameter is stated: the calibrated law, see _DiskLoadingLaw.
    "disk_loading_percentile": Prior(
        DISK_LOADING_PERCENTILES[0], DISK_LOADING_PERCENTILES[1],
        "p5-p95 of the calibrated effective disk loading DL = DL_1kg (m / 1 kg)^beta at the "
        "machine's take-off mass m without payload (calibration.calibrated_parameters(), "
        "data/calibrated.toml; fit uncertainty and between-drone scatter, log-normal; drawn "
        "uniformly in percentile, i.e. that log-normal between its p5 and p95); the rotor "
        "diameter follows per sample from m, the rotor count and DL",
        judgement=False),
    # Battery mass when the battery is not described at all.
    "battery_mass_fraction": Prior(
        0.167, 0.429,
        "mass of all packs / take-off mass without payload, lowest to highest of the 11 "
        "machines of data/multirotors.toml that state both: DJI Inspire 1 Pro 0.168, "
        "Inspire 1 0.194, Matrice 100 0.255, Matrice 210 0.271, Freefly Astro Max 0.357, "
        "DJI Matrice 30 0.363, Mavic 3 Enterprise 0.367, Freefly Astro 0.380, DJI Matrice "
        "600 0.392, Matrice 350 RTK 0.417, Matrice 300 RTK 0.429 (0.9-9.1 kg camera and "
        "enterprise machines; for other classes an extrapolation)", judgement=False),
    "avionics_power": Prior(5.0, 20.0, "flight controller, GNSS, telemetry radio and "
                            "receiver; judgement"),
}

_FM_SOURCE = ("rotor.ROTOR_PARAMETERS: "
              + ROTOR_PARAMETERS["figure_of_merit"]["source"].rstrip(".")
              + _held_fixed("figure_of_merit"))

_CLASS_PRIORS: dict[str, dict[str, Prior]] = {
    "small-camera-quad": {
        "rotors": Prior(4, 4, "class definition", judgement=False),
        "empty_mass": Prior(0.3, 1.2, "e.g. Phantom 4: 1.38 kg with a 0.46 kg pack "
                            "(data/multirotors.toml); judgement"),
        "cells": Prior(3, 4, "3S-4S packs of consumer camera drones; judgement"),
        "packs": Prior(1, 1, "one pack; judgement"),
        "figure_of_merit": Prior(0.45, 0.65, "small rotors at low Reynolds number: low end of "
                                 + _FM_SOURCE, judgement=False),
    },
    "large-lift-quad": {
        "rotors": Prior(4, 4, "class definition", judgement=False),
        "empty_mass": Prior(3.0, 7.0, "frame, 4 large motors, ESCs, avionics; e.g. DJI "
                            "Matrice 210 2.8 kg (data/multirotors.toml); judgement"),
        "cells": Prior(6, 12, "6S-12S packs; judgement"),
        "packs": Prior(1, 2, "one or two packs in parallel; judgement"),
        "figure_of_merit": Prior(0.55, 0.75, _FM_SOURCE, judgement=False),
    },
    "large-lift-hexa": {
        "rotors": Prior(6, 6, "class definition", judgement=False),
        "empty_mass": Prior(4.0, 11.0, "e.g. Matrice 600 5.5 kg, Freefly Alta X 10.9 kg "
                            "without packs (data/multirotors.toml); judgement"),
        "cells": Prior(6, 12, "6S-12S packs; judgement"),
        "packs": Prior(1, 6, "Matrice 600 carries six; judgement"),
        "figure_of_merit": Prior(0.55, 0.75, _FM_SOURCE, judgement=False),
    },
    "heavy-agricultural": {
        "rotors": Prior(4, 8, "e.g. DJI Agras T10 (4) to T40 (8); judgement"),
        "empty_mass": Prior(12.0, 40.0, "e.g. Agras T40 38 kg without battery "
                            "(data/multirotors.toml); judgement"),
        "cells": Prior(12, 14, "12S-14S packs; judgement"),
        "packs": Prior(1, 2, "one or two smart packs, e.g. Agras T30/T40 fly one; judgement"),
        "figure_of_merit": Prior(0.60, 0.78, "large slow rotors: " + _FM_SOURCE,
                                 judgement=False),
    },
}

#: Prior sets per vehicle class: every entry a :class:`Prior` in the display unit of its
#: :data:`VARIABLES` entry (``%`` for percentiles, ``degC`` for temperature ...). Pack
#: specific energy and cell voltage come from ``battery.CHEMISTRIES``. No class sets a
#: rotor diameter: an unstated rotor size comes from the calibrated disk-loading law
#: (``disk_loading_percentile``, see :func:`vehicle`).
PRIOR_SETS: dict[str, dict[str, Prior]] = {
    name: {**_SHARED_PRIORS, **specific} for name, specific in _CLASS_PRIORS.items()}

#: Chemistry assumed when none is stated: most multirotor packs are LiPo (judgement).
DEFAULT_CHEMISTRY = "lipo"


# --------------------------------------------------------------------------- calibrated rotor size

@dataclass(frozen=True)
class _DiskLoadingLaw:
    """The calibrated effective disk-loading law of ``data/calibrated.toml`` (one reading).

    ``ln DL = ln DL_1kg + beta ln(m / 1 kg) + z sd(m)``, with ``sd(m)^2`` the fit's variance
    of ``ln DL_1kg + beta ln m`` (Gauss-Newton covariance) plus the between-drone scatter
    squared, and ``z`` the standard normal quantile of the percentile: the same predictive
    distribution as :func:`dronecalc.calibration.effective_disk_loading`.
    """

    theta: tuple[float, float]                 # ln DL_1kg [ln(kg/m^2)], beta [-]
    covariance: tuple[float, float, float]     # var ln DL_1kg, covariance, var beta
    scatter: float                             # between-drone sd of ln DL
    masses: tuple[float, float]                # take-off masses (no payload) fitted [kg]
    summary: str

    def disk_loading(self, mass: np.ndarray, percentile: np.ndarray) -> np.ndarray:
        """Effective disk loading [kg/m^2] at take-off mass ``mass`` [kg] (no payload)."""
        from scipy.special import ndtri       # imported here: only this law needs it
        lm = np.log(np.asarray(mass, dtype=float))
        c00, c01, c11 = self.covariance
        sd = np.sqrt(c00 + 2.0 * lm * c01 + lm ** 2 * c11 + self.scatter ** 2)
        return np.exp(self.theta[0] + self.theta[1] * lm + ndtri(percentile) * sd)


@functools.lru_cache(maxsize=1)
def _disk_loading_law() -> _DiskLoadingLaw:
    """Read the law from ``calibrated.toml`` and the masses it covers from the data set."""
    data = calibration.load_calibrated()
    fit, params = data["fit"], data["parameters"]
    cov = fit["covariance"]
    rows, _ = calibration.fit_rows(calibration.load_multirotors())
    masses = (min(r["reference_mass"] for r in rows), max(r["reference_mass"] for r in rows))
    dl, beta = params["disk_loading_1kg"], params["disk_loading_exponent"]
    makers = sorted({name.split()[0] for name in data["meta"]["drones"]})
    held = ", ".join(f"{name.replace('_', ' ')} {params[name]['value']:g}"
                     for name in ("figure_of_merit", "drive_efficiency", "usable_fraction"))
    summary = (
        f"DL = {dl['value']:.3g} kg/m^2 x (m / 1 kg)^{beta['value']:.2g} (DL_1kg p5-p95 "
        f"{dl['low']:.3g}-{dl['high']:.3g} kg/m^2, beta {beta['low']:.2g} to "
        f"{beta['high']:.2g}; between-drone scatter {fit['scatter_log_disk_loading']:.3g} in "
        f"ln DL), fitted on {dl['n_drones']} {'/'.join(makers)} multirotors "
        f"({dl['n_rows']} published flight times; {masses[0]:.3g}-{masses[1]:.3g} kg without "
        f"payload) with {held} held fixed; held-out median error "
        f"{dl['heldout_median_error_pct']:.3g} % (worst {dl['heldout_worst_error_pct']:.3g} "
        f"%); outside {masses[0]:.3g}-{masses[1]:.3g} kg an extrapolation")
    return _DiskLoadingLaw((float(fit["theta"][0]), float(fit["theta"][1])),
                           (float(cov[0][0]), float(cov[0][1]), float(cov[1][1])),
                           float(fit["scatter_log_disk_loading"]), masses, summary)


def _calibrated_diameter(mass: np.ndarray, rotors: np.ndarray,
                         percentile: np.ndarray) -> np.ndarray:
    """Rotor diameter [m] giving the calibrated disk loading: D = sqrt(4 m / (pi N DL))."""
    area = np.asarray(mass, dtype=float) / _disk_loading_law().disk_loading(mass, percentile)
    return np.sqrt(4.0 * area / (np.pi * np.asarray(rotors, dtype=float)))


@dataclass(frozen=True)
class Input:
    """One model input as an SI interval: exact when ``low == high``.

    Attributes
    ----------
    name : str
        Key of :data:`VARIABLES`.
    low, high : float
        Ends in the SI unit of the variable.
    origin : str
        ``"stated"``, ``"assumption"``, ``"prior"``, ``"chemistry"`` or ``"calibration"``.
    note : str
        Where the value comes from (a figure id, a reason, a source).
    """

    name: str
    low: float
    high: float
    origin: str
    note: str = ""

    @property
    def variable(self) -> Variable:
        """The :class:`Variable` this input is."""
        return VARIABLES[self.name]

    @property
    def exact(self) -> bool:
        """True for a point value."""
        return self.low == self.high

    def display(self) -> tuple[float, float, str]:
        """Both ends in the display unit, and that unit."""
        var = self.variable
        if not var.unit:
            return self.low, self.high, var.display
        ends = Q_(np.array([self.low, self.high]), var.unit).m_as(var.display)
        return float(ends[0]), float(ends[1]), var.display


@dataclass(frozen=True)
class Estimate:
    """Percentiles of one result, in ``unit``."""

    p5: float
    p50: float
    p95: float
    unit: str


@dataclass(frozen=True)
class Bound:
    """The most favourable value inside the box of assumptions, and where it is reached."""

    value: float
    point: dict[str, float]


@dataclass(frozen=True)
class Driver:
    """How much one assumption moves a result across its range, others at their middle.

    ``output_low`` and ``output_high`` are the result (SI) with the input at its low and at
    its high end.
    """

    name: str
    low: float
    high: float
    unit: str
    output_low: float
    output_high: float

    @property
    def swing(self) -> float:
        """``output_high - output_low`` [SI unit of the result]."""
        return self.output_high - self.output_low


# --------------------------------------------------------------------------- describing

def describe(values: Mapping[str, Any], vehicle_class: str,
             origins: Mapping[str, str] | None = None,
             notes: Mapping[str, str] | None = None) -> dict[str, Input]:
    """Turn a loose machine description into a complete set of model inputs.

    Parameters
    ----------
    values : mapping
        Known values by :data:`VARIABLES` name (plus ``"chemistry"``): Quantities, figure
        strings or :class:`~dronecalc.figures.Figure` objects (a range such as ``"18-22 in"``
        becomes an interval), or bare numbers for counts. The battery: ``battery_energy``
        (all packs together) or ``battery_capacity`` (one pack; times ``packs``); with
        neither, the energy is the battery mass (``battery_mass``, all packs together, or
        the ``battery_mass_fraction`` prior of the take-off mass) times the chemistry's
        specific energy. For the mass, at most one of ``mass`` (take-off mass without
        payload, batteries in), ``takeoff_mass`` (with payload) or ``empty_mass``; with
        none, the class prior for the empty mass is used. Without ``rotor_diameter``, the
        rotor size comes from the calibrated disk-loading law (``disk_loading_percentile``,
        origin ``"calibration"``).
    vehicle_class : str
        Key of :data:`PRIOR_SETS`; supplies everything not given.
    origins, notes : mapping, optional
        Per name: ``"stated"`` (default) or ``"assumption"``, and a note (figure id, reason).

    Returns
    -------
    dict of str to Input
        In a fixed order: the order of :data:`VARIABLES`.

    Raises
    ------
    ModelError
        Unknown vehicle class, chemistry or input name.
    InputValueError
        Two alternatives for one quantity, an open bound (``"> 3 kg"``) as an input, or a
        value outside its physical limits.
    UnitError, ParseError
        A value of the wrong dimension or an unreadable figure.

    Examples
    --------
    >>> inputs = describe({"rotors": 4, "battery_capacity": "18500 mAh", "cells": "6S",
    ...                    "payload": "3 kg"}, "large-lift-quad")
    >>> inputs["empty_mass"].display()
    (3.0, 7.0, 'kg')
    """
    priors = _prior_set(vehicle_class)
    origins, notes = dict(origins or {}), dict(notes or {})
    given = {k: v for k, v in values.items() if v is not None}
    chemistry, chem_note = _chemistry(given.pop("chemistry", None))
    unknown = sorted(set(given) - set(VARIABLES))
    if unknown:
        raise ModelError("unknown input", field=unknown[0], value=unknown[0],
                         expected=f"one of {', '.join(VARIABLES)}")
    out = {name: _stated(name, value, origins.get(name, "stated"), notes.get(name, ""))
           for name, value in given.items()}
    _check_alternatives(out)
    for name in sorted(_needed(out), key=lambda n: n != "payload"):   # payload first
        if name not in out:
            out[name] = _default(name, out, priors, chemistry, chem_note, vehicle_class)
    return {name: out[name] for name in VARIABLES if name in out}


def _default(name: str, out: Mapping[str, Input], priors: Mapping[str, Prior],
             chemistry: Mapping[str, Any], chem_note: str, vehicle_class: str) -> Input:
    """The input ``name`` when the description does not give it."""
    if name == "cell_voltage":
        volts = float(chemistry["cell_voltage"])
        return Input(name, volts, volts, "chemistry", chem_note)
    elif name == "specific_energy":
        prior = Prior(*chemistry["specific_energy_range"], chemistry["source"], judgement=False)
        return _from_prior(name, prior, "chemistry", chem_note)
    elif name == "battery_voltage_drop_1c":
        prior = Prior(*chemistry["voltage_drop_1c_range"], chemistry["source"])
        return _from_prior(name, prior, "chemistry", chem_note)
    elif name == "payload" or (name == "payload_drag_area" and _is_zero(out.get("payload"))):
        return Input(name, 0.0, 0.0, "prior", "no payload stated")
    elif name == "disk_loading_percentile":
        inp = _from_prior(name, priors[name], "calibration",
                          f"{vehicle_class}: no rotor diameter stated")
        return replace(inp, note=f"{inp.note}; {_disk_loading_law().summary}")
    elif name == "battery_mass_fraction":
        return _from_prior(name, priors[name], "prior",
                           f"{vehicle_class}: no battery energy, capacity or mass stated")
    elif name in priors:
        return _from_prior(name, priors[name], "prior", vehicle_class)
    else:
        raise ModelError("no prior for input", field=name, value=vehicle_class,
                         expected="a value for it in the description")


def _prior_set(vehicle_class: str) -> dict[str, Prior]:
    if vehicle_class not in PRIOR_SETS:
        raise ModelError("unknown vehicle class", field="vehicle_class", value=vehicle_class,
                         expected=f"one of {', '.join(PRIOR_SETS)}")
    return PRIOR_SETS[vehicle_class]


def _chemistry(text: Any) -> tuple[Mapping[str, Any], str]:
    """The ``battery.CHEMISTRIES`` entry for ``"LiPo"``, ``"Li-ion"``, ``"LiHV"`` (any case)."""
    if text is None:
        return CHEMISTRIES[DEFAULT_CHEMISTRY], "LiPo assumed (chemistry not stated)"
    key = str(text).strip().lower().replace("-", "").replace(" ", "")
    if key not in CHEMISTRIES:
        raise ModelError("unknown battery chemistry", field="chemistry", value=text,
                         expected="LiPo, Li-ion or LiHV")
    return CHEMISTRIES[key], f"{text} (stated)"


def _stated(name: str, value: Any, origin: str, note: str) -> Input:
    var = VARIABLES[name]
    if isinstance(value, Figure):
        value = _figure_quantity(name, value)
    si = np.atleast_1d(to_si(value, var.unit or "dimensionless", name, minimum=None))
    low, high = float(si.min()), float(si.max())
    if low < var.limits[0] or high > var.limits[1]:
        raise InputValueError("outside physical limits", field=name, value=value,
                              expected=f"{var.limits[0]:g}-{var.limits[1]:g} {var.unit}")
    if var.integer and (low != round(low) or high != round(high)):
        raise InputValueError("must be a whole number", field=name, value=value,
                              expected="an integer or an integer range")
    return Input(name, low, high, origin, note)


def _figure_quantity(name: str, figure: Figure):
    """A point figure as its Quantity, a range as a Quantity array of its two ends."""
    if figure.kind == "point":
        return figure.low
    elif figure.kind == "range":
        unit = figure.low.units
        return Q_(np.array([figure.low.magnitude, figure.high.m_as(unit)]), unit)
    else:
        raise InputValueError("an input must be a value or a range, not an open bound",
                              field=name, value=figure.text, expected='e.g. "3 kg", "2-4 kg"')


def _from_prior(name: str, prior: Prior, origin: str, note: str) -> Input:
    var = VARIABLES[name]
    if var.unit:
        ends = Q_(np.array([prior.low, prior.high]), var.display).m_as(var.unit)
    else:
        ends = np.array([prior.low, prior.high])
    kind = "judgement" if prior.judgement else "source"
    return Input(name, float(ends[0]), float(ends[1]), origin,
                 f"{note}: {prior.source} ({kind})")


def _is_zero(inp: Input | None) -> bool:
    return inp is not None and inp.high == 0.0


def _check_alternatives(out: Mapping[str, Input]) -> None:
    masses = [n for n in ("mass", "takeoff_mass", "empty_mass") if n in out]
    if len(masses) > 1:
        raise InputValueError("the mass is given twice", field=masses[1], value=masses,
                              expected="one of mass, takeoff_mass, empty_mass")
    for pair in (("battery_mass", "specific_energy"), ("battery_energy", "battery_capacity"),
                 ("battery_voltage", "cells")):
        if pair[0] in out and pair[1] in out:
            raise InputValueError(f"give either {pair[0]} or {pair[1]}", field=pair[0],
                                  value="both", expected="one of the two")


_ALWAYS = ("rotors", "payload", "figure_of_merit", "drive_efficiency",
           "usable_fraction", "payload_drag_area", "air_temperature", "altitude",
           "control_thrust_ratio", "battery_voltage_drop_1c", "induced_power_factor",
           "thrust_coefficient", "loaded_rpm_fraction", "avionics_power")


def _needed(out: Mapping[str, Input]) -> list[str]:
    """Names the model needs, given which alternatives the description chose."""
    names = list(_ALWAYS)
    names.append("rotor_diameter" if "rotor_diameter" in out else "disk_loading_percentile")
    names.append(next((n for n in ("mass", "takeoff_mass") if n in out), "empty_mass"))
    if "battery_capacity" in out:
        names += ["battery_capacity", "packs"]
    if "battery_voltage" in out:
        names.append("battery_voltage")
    elif "battery_capacity" in out or "motor_kv" in out or "cells" in out:
        names += ["cells", "cell_voltage"]        # the voltage sets energy or motor speed
    if "battery_energy" in out or "battery_capacity" in out:
        names.append("battery_mass" if "battery_mass" in out else "specific_energy")
    else:                                         # energy = battery mass x specific energy
        names += ["specific_energy",
                  "battery_mass" if "battery_mass" in out else "battery_mass_fraction"]
    names.append("drag_area" if "drag_area" in out else "drag_area_coefficient")
    return names + [n for n in ("battery_energy", "motor_kv", "packs") if n in out]


# --------------------------------------------------------------------------- the machine

def vehicle(values: Mapping[str, np.ndarray], with_payload: bool = True) -> Vehicle:
    r"""Build the :class:`Vehicle` of arrays from sampled inputs (SI).

    Parameters
    ----------
    values : mapping of str to array
        One array (or float) per input of :func:`describe`.
    with_payload : bool
        False drops the payload and its drag (the same machine flown empty).

    Returns
    -------
    Vehicle
        Every field an array of the samples' shape.

    Notes
    -----
    Pack voltage :math:`U` = stated, else cells x nominal cell voltage (NaN when only the
    energy is stated and no Kv: nothing uses it then). Energy stated (all
    packs), else capacity x :math:`U` x packs. Battery mass stated (all packs) or
    :math:`E / e_{spec}`. With neither energy nor capacity, the energy is
    :math:`m_{battery}\,e_{spec}`, the battery mass stated or the share
    ``battery_mass_fraction`` :math:`f` of the take-off mass without payload (:math:`f m`,
    or :math:`f/(1-f)\,m_{empty}`). Empty mass stated, else take-off mass minus battery (and
    payload, for a take-off mass with payload). Drag area stated, else the airframe scaling
    law :math:`f = c\,(m_{empty} + m_{battery})^{2/3}` (:mod:`dronecalc.airframe`; the
    payload's drag is separate). Rotor diameter stated, else the one that gives the
    calibrated effective disk loading :math:`DL` (``disk_loading_percentile`` of the law
    in ``data/calibrated.toml``) at :math:`m = m_{empty} + m_{battery}`:
    :math:`D = \sqrt{4 m / (\pi N\,DL)}` for :math:`N` rotors. Air density from ISA
    pressure at the altitude and the air temperature (:mod:`dronecalc.atmosphere`).
    """
    v = values
    if "battery_voltage" in v:
        voltage = v["battery_voltage"]
    elif "cells" in v:
        voltage = v["cells"] * v["cell_voltage"]
    else:
        voltage = math.nan                        # energy stated, no motor data: not needed
    if "battery_energy" in v or "battery_capacity" in v:
        energy = v["battery_energy"] if "battery_energy" in v else (
            v["battery_capacity"] * voltage * v["packs"])
        battery_mass = (v["battery_mass"] if "battery_mass" in v
                        else energy / v["specific_energy"])
    else:                                         # no energy stated: from the pack's mass
        battery_mass = v["battery_mass"] if "battery_mass" in v else _battery_from_fraction(v)
        energy = battery_mass * v["specific_energy"]
    if "empty_mass" in v:
        empty = v["empty_mass"]
    elif "mass" in v:
        empty = v["mass"] - battery_mass
    else:
        empty = v["takeoff_mass"] - v["payload"] - battery_mass
    altitude = v["altitude"]
    keep = 1.0 if with_payload else 0.0
    drag_area = v["drag_area"] if "drag_area" in v else _drag_area_from_mass(
        empty + battery_mass, v["drag_area_coefficient"])
    diameter = v["rotor_diameter"] if "rotor_diameter" in v else _calibrated_diameter(
        empty + battery_mass, v["rotors"], v["disk_loading_percentile"])
    return Vehicle(
        rotors=v["rotors"], rotor_diameter=diameter, empty_mass=empty,
        battery_mass=battery_mass, battery_energy=energy, payload_mass=v["payload"] * keep,
        figure_of_merit=v["figure_of_merit"], drive_efficiency=v["drive_efficiency"],
        usable_fraction=v["usable_fraction"], drag_area=drag_area,
        payload_drag_area=v["payload_drag_area"] * keep,
        air_density=_air_density(altitude, v["air_temperature"] - _isa_temperature(altitude)),
        pack_voltage=voltage, motor_kv=v.get("motor_kv", math.nan),
        induced_power_factor=v["induced_power_factor"],
        thrust_coefficient=v["thrust_coefficient"],
        battery_voltage_drop_1c=v["battery_voltage_drop_1c"],
        avionics_power=v["avionics_power"], loaded_rpm_fraction=v["loaded_rpm_fraction"])


def derived(inputs: Mapping[str, Input], values: Mapping[str, np.ndarray]
            ) -> dict[str, tuple[np.ndarray, str]]:
    """What :func:`vehicle` derived from priors because the description did not give it.

    Parameters
    ----------
    inputs : mapping of str to Input
        From :func:`describe`.
    values : mapping of str to array
        Samples of those inputs (SI), e.g. ``MonteCarlo.values``.

    Returns
    -------
    dict of str to (ndarray, str)
        ``rotor_diameter`` [m] when no diameter is stated (from the calibrated disk-loading
        law); ``battery_mass`` [kg] and ``battery_energy`` [J] when neither energy nor
        capacity is stated. Each with a note saying how, and for the rotor diameter which
        share of the samples lies outside the masses the law was fitted on.
    """
    if not values or not any(n in inputs for n in ("disk_loading_percentile",
                                                   "battery_mass_fraction",
                                                   "battery_mass")):
        return {}
    machine = vehicle(values).as_arrays()
    out = {}
    if "disk_loading_percentile" in inputs:
        mass = machine["empty_mass"] + machine["battery_mass"]
        low, high = _disk_loading_law().masses
        outside = float(np.mean((mass < low) | (mass > high)))
        out["rotor_diameter"] = (machine["rotor_diameter"], (
            "from the take-off mass without payload, the rotor count and the calibrated "
            "effective disk loading (disk_loading_percentile); "
            + (f"{100 * outside:.3g} % of the machines weigh outside the {low:.3g}-{high:.3g} "
               "kg the law was fitted on (extrapolated)" if outside > 0 else
               f"every machine within the {low:.3g}-{high:.3g} kg the law was fitted on")))
    if "battery_energy" not in inputs and "battery_capacity" not in inputs:
        share = ("battery_mass_fraction x take-off mass without payload"
                 if "battery_mass_fraction" in inputs else "stated battery mass")
        out["battery_mass"] = (machine["battery_mass"],
                               f"no battery energy or capacity stated: {share}")
        out["battery_energy"] = (machine["battery_energy"],
                                 f"no battery energy or capacity stated: {share} x "
                                 "specific_energy")
    return out


def _battery_from_fraction(v: Mapping[str, np.ndarray]) -> np.ndarray:
    """Mass of all packs [kg] from ``battery_mass_fraction`` f of the take-off mass without
    payload: f m, f (m_takeoff - payload), or f / (1 - f) m_empty."""
    f = v["battery_mass_fraction"]
    if "mass" in v:
        return f * v["mass"]
    elif "takeoff_mass" in v:
        return f * (v["takeoff_mass"] - v["payload"])
    else:
        return f / (1.0 - f) * v["empty_mass"]


#: What makes a sampled combination of inputs a machine nobody could build or fly.
CONSTRAINTS = {
    "empty_mass": "the battery leaves some empty mass within a stated take-off mass",
    "thrust": "with its payload, full-throttle static thrust (propulsion 'kv' ceiling) reaches "
              "control_thrust_ratio x weight; only when the motor Kv is known",
    "tip_mach": "full-throttle tip Mach number at most propulsion.TIP_MACH_LIMIT (0.7): a "
                "designer fits a smaller propeller or a lower voltage rather than run the tip "
                "near sonic speed; a rule of thumb used as a design filter (judgement); only "
                "when the motor Kv is known",
}


def margins(values: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Relative margin of each of :data:`CONSTRAINTS` per sample: positive when it holds.

    Returns
    -------
    dict of str to ndarray
        ``empty_mass``: empty / take-off mass with payload [-]; ``thrust``: full-throttle
        thrust / (``control_thrust_ratio`` x weight with payload) - 1 [-]; ``tip_mach``:
        1 - tip Mach / limit [-]. The last two only when ``motor_kv`` is among the inputs.
    """
    a = vehicle(values, with_payload=True).as_arrays()
    mass = a["empty_mass"] + a["battery_mass"] + a["payload_mass"]
    out = {"empty_mass": a["empty_mass"] / mass}
    if "motor_kv" in values:
        thrust = _thrust_ceiling_kv(a["motor_kv"], a["pack_voltage"], a["rotor_diameter"],
                                    a["rotors"], a["air_density"], a["thrust_coefficient"],
                                    a["loaded_rpm_fraction"])
        out["thrust"] = thrust / (np.asarray(values["control_thrust_ratio"]) * mass * _G) - 1.0
        tip = _tip_speed(_loaded_speed(a["motor_kv"], a["pack_voltage"],
                                       a["loaded_rpm_fraction"]), a["rotor_diameter"])
        sound = _speed_of_sound(np.asarray(values["air_temperature"], dtype=float))
        out["tip_mach"] = 1.0 - tip / sound / TIP_MACH_LIMIT["value"]
    return out


def margin(values: Mapping[str, np.ndarray]) -> np.ndarray:
    """The smallest of :func:`margins`: a sample is a buildable machine where it is > 0."""
    return np.min(np.stack(list(margins(values).values())), axis=0)


# --------------------------------------------------------------------------- physics calls

#: Coarse airspeed grid [m/s] for the Monte Carlo. ``mission.performance`` refines every
#: optimum by golden-section search between the grid neighbours of the best grid point;
#: endurance and range are unimodal in airspeed in level flight, so the optimum always lies
#: in that bracket, and a 5 m/s grid gives the optima of a 1 m/s grid to 1e-6 (relative,
#: checked on the reference case) in half the time.
MC_SPEEDS = np.arange(0.0, 46.0, 5.0)
#: Airspeed grid [m/s] of the optimiser's quick objectives (grid maximum, no refinement).
SEARCH_SPEEDS = np.arange(0.0, 45.5, 1.0)


def outcome(key: str, with_payload: bool = True) -> Objective:
    """An objective: one output of ``mission.performance`` for sampled inputs (SI).

    Parameters
    ----------
    key : str
        A key of :func:`dronecalc.mission.performance` (``"max_endurance"`` ...).
    with_payload : bool
        Evaluate the machine with its payload, or flown empty.
    """
    def evaluate(values: Mapping[str, np.ndarray]) -> np.ndarray:
        return mission.performance(vehicle(values, with_payload), speeds=MC_SPEEDS)[key]
    return evaluate


def quick_outcome(key: str, with_payload: bool = True) -> Objective:
    """A cheaper stand-in for :func:`outcome`, for the optimiser's many small batches.

    The best endurance or range on :data:`SEARCH_SPEEDS` (1 m/s steps) without the golden
    section refinement: at most a fraction of a percent below the refined optimum near a
    flat power bucket. ``hover_endurance`` is exact. The generous bound is always
    re-evaluated with :func:`outcome` at the end.
    """
    if key not in ("max_endurance", "max_range", "hover_endurance"):
        return outcome(key, with_payload)

    speeds = SEARCH_SPEEDS[:1] if key == "hover_endurance" else SEARCH_SPEEDS

    def evaluate(values: Mapping[str, np.ndarray]) -> np.ndarray:
        arrays = mission._vehicle_arrays(vehicle(values, with_payload))
        column = {k: x[:, None] for k, x in arrays.items()}
        time = mission._endurance_from_power(column, mission._electrical_power(column, speeds))
        return (time * speeds if key == "max_range" else time).max(axis=-1)
    return evaluate


# --------------------------------------------------------------------------- sampling

def sample(inputs: Mapping[str, Input], n: int, seed: int) -> dict[str, np.ndarray]:
    """Draw ``n`` joint samples: uniform between the ends, integers uniform over their range.

    Parameters
    ----------
    inputs : mapping of str to Input
        From :func:`describe`. Drawn in its order, so one seed gives one set of samples.
    n : int
        Number of samples (>= 1).
    seed : int
        Seed of :func:`numpy.random.default_rng`.

    Returns
    -------
    dict of str to ndarray
        Shape ``(n,)`` each, SI units.
    """
    if int(n) < 1:
        raise InputValueError("need at least one sample", field="samples", value=n,
                              expected=">= 1")
    rng = np.random.default_rng(seed)
    out = {}
    for name, inp in inputs.items():
        if inp.exact:
            out[name] = np.full(int(n), inp.low)
        elif inp.variable.integer:
            out[name] = rng.integers(int(inp.low), int(inp.high) + 1, int(n)).astype(float)
        else:
            out[name] = rng.uniform(inp.low, inp.high, int(n))
    return out


@dataclass
class MonteCarlo:
    """Samples of the inputs, which of them are buildable machines, and cached outcomes.

    Build it with :func:`monte_carlo`. ``values`` holds only the buildable samples;
    ``drawn`` counts all samples drawn and ``rejected`` how many each constraint removed;
    ``all_values`` and ``all_margins`` keep every drawn sample and its :func:`margins`.
    """

    inputs: dict[str, Input]
    values: dict[str, np.ndarray]
    drawn: int
    rejected: dict[str, int]
    seed: int
    all_values: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    all_margins: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        """Number of buildable samples kept."""
        return int(next(iter(self.values.values())).size) if self.values else 0

    def performance(self, with_payload: bool = True) -> dict[str, np.ndarray]:
        """``mission.performance`` of every kept sample, computed once per condition."""
        if with_payload not in self._cache:
            machine = vehicle(self.values, with_payload)
            self._cache[with_payload] = mission.performance(machine, speeds=MC_SPEEDS)
        return self._cache[with_payload]

    def best(self, values: np.ndarray, maximize: bool = True) -> dict[str, float]:
        """The kept sample with the largest (or smallest) finite ``values``."""
        scored = np.where(np.isfinite(values), values if maximize else -values, -np.inf)
        return row(self.values, int(np.argmax(scored)))


def monte_carlo(inputs: Mapping[str, Input], n: int = DEFAULT_SAMPLES,
                seed: int = 0) -> MonteCarlo:
    """Draw ``n`` machines and keep those :data:`CONSTRAINTS` allow.

    Parameters
    ----------
    inputs : mapping of str to Input
    n : int
        Samples drawn (default :data:`DEFAULT_SAMPLES`).
    seed : int
        Seed; the same seed gives the same samples and results.

    Returns
    -------
    MonteCarlo

    Raises
    ------
    InputValueError
        If no sample is a buildable machine (the inputs contradict each other).
    """
    drawn = sample(inputs, n, seed)
    parts = margins(drawn)
    keep = np.min(np.stack(list(parts.values())), axis=0) > 0
    if not keep.any():
        worst = min(parts, key=lambda k: np.max(parts[k]))
        raise InputValueError("no sampled machine satisfies the constraints", field=worst,
                              value=CONSTRAINTS[worst], expected="inputs that allow a machine "
                              "to exist (check masses, Kv, voltage and propeller size)")
    rejected = {k: int(np.sum(m <= 0)) for k, m in parts.items()}
    return MonteCarlo(dict(inputs), {k: v[keep] for k, v in drawn.items()}, int(n), rejected,
                      seed, drawn, parts)


def percentiles(values: np.ndarray, scale: Callable[[np.ndarray], np.ndarray],
                unit: str) -> Estimate:
    """p5/p50/p95 of the finite entries of ``values``, converted by ``scale`` to ``unit``."""
    finite = np.asarray(values, dtype=float)
    finite = finite[np.isfinite(finite)]
    if finite.size == 0:
        return Estimate(math.nan, math.nan, math.nan, unit)
    p = scale(np.percentile(finite, PERCENTILES))
    return Estimate(float(p[0]), float(p[1]), float(p[2]), unit)


def probability(holds: np.ndarray) -> float:
    """Share of the samples for which a claim holds."""
    holds = np.asarray(holds, dtype=bool)
    return float(holds.mean()) if holds.size else math.nan


# --------------------------------------------------------------------------- points and boxes

def free_names(inputs: Mapping[str, Input]) -> list[str]:
    """Names of the inputs that are ranges (the dimensions of the box)."""
    return [name for name, inp in inputs.items() if not inp.exact]


def central_point(inputs: Mapping[str, Input]) -> dict[str, float]:
    """Every input at the middle of its range (integers rounded half up)."""
    point = {}
    for name, inp in inputs.items():
        mid = 0.5 * (inp.low + inp.high)
        point[name] = float(math.floor(mid + 0.5)) if inp.variable.integer else mid
    return point


def batch(point: Mapping[str, float], changes: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Arrays of points: ``point`` repeated, with some inputs set per row by ``changes``.

    Columns of ``changes`` are used as given (not copied) when they have the batch length.
    """
    n = max((np.size(c) for c in changes.values()), default=1)
    out = {name: np.full(n, float(value)) for name, value in point.items()
           if name not in changes}
    for name, column in changes.items():
        column = np.asarray(column, dtype=float)
        out[name] = column if column.shape == (n,) else np.full(n, float(column))
    return out


def stack(points: list[Mapping[str, float]]) -> dict[str, np.ndarray]:
    """A list of points as arrays, one row per point."""
    return {name: np.array([p[name] for p in points], dtype=float) for name in points[0]}


def row(values: Mapping[str, np.ndarray], index: int) -> dict[str, float]:
    """One sample of a set of arrays, as a point."""
    return {name: float(np.asarray(col)[index]) for name, col in values.items()}


# --------------------------------------------------------------------------- generous bound

#: Penalty per unit of relative constraint violation when ranking screened points, in units
#: of the objective's value at the centre of the box; and the margin the search keeps from
#: each constraint so that its optimum is a buildable machine.
_PENALTY, _KEEP_CLEAR = 20.0, 1e-3
#: SLSQP iterations: the optimum of these smooth, mostly monotone objectives is usually a
#: corner of the box or a constraint edge next to the best screened corner.
_MAXITER = 30
#: Best screened points the SLSQP search starts from.
_POLISHED = 2
#: Inputs whose corners are all screened before the search (2**10 = 1024 points, one batch).
_SCREENED = 10


def generous_bound(inputs: Mapping[str, Input], objective: Objective, maximize: bool = True,
                   starts: list[Mapping[str, float]] | None = None,
                   search: Objective | None = None,
                   drivers: list[Driver] | None = None) -> Bound:
    """The most favourable value of ``objective`` over the box of ranged inputs.

    Parameters
    ----------
    inputs : mapping of str to Input
        The box: each ranged input between its ends, exact inputs fixed.
    objective : callable
        Maps a dict of input arrays (SI) to an array of results. Evaluated on batches of
        points, never point by point.
    maximize : bool
        True when larger results favour the claim (endurance, range, reserve).
    starts : list of points, optional
        Extra starting points, e.g. the best Monte Carlo sample. Each start is also a
        candidate, so the bound is never worse than the best buildable start.
    search : callable, optional
        A cheaper objective for the optimiser's steps (e.g. :func:`quick_outcome`);
        candidates are always ranked with ``objective``.
    drivers : list of Driver, optional
        ``sensitivity(inputs, search)`` (at the centre of the box) when the caller has
        computed it already, e.g. to report the drivers; computed here otherwise. It picks
        the corners screened first.

    Returns
    -------
    Bound
        The value and the point; ``value`` is NaN when no candidate is buildable.

    Notes
    -----
    The box is scaled to the unit cube. One batch screens every corner of the ten inputs
    with the largest one-at-a-time swings (the others at their favourable end) and the
    starts, ranked by the objective minus a penalty for violating :data:`CONSTRAINTS`;
    :func:`scipy.optimize.minimize` (SLSQP, bounds = the box, the constraints as
    inequalities) then climbs from the best two, with forward-difference gradients of the
    objective and the constraints computed in one batched call per step. Integer inputs
    (cells, packs) are relaxed to reals during the search; the candidates are the integer
    points next to each optimum, the starts and the centre, and the bound is the best of
    them that satisfies every constraint.
    """
    from scipy import optimize       # imported here: only the bound needs it

    sense = 1.0 if maximize else -1.0
    search = search or objective
    names, base = free_names(inputs), central_point(inputs)
    candidates = [base] + [{**base, **s} for s in (starts or [])]
    if names:
        cube = _Cube(inputs, names, base, search, sense)
        if drivers is None:
            drivers = sensitivity(inputs, search, base)
        screen = cube.screen(candidates[1:], drivers)
        order = np.argsort(-cube.penalised(screen), kind="stable")
        for z0 in screen[order[:_POLISHED]]:
            res = optimize.minimize(cube.fun, z0, jac=cube.jac, method="SLSQP",
                                    bounds=[(0.0, 1.0)] * len(names),
                                    constraints=[{"type": "ineq", "fun": cube.constraints,
                                                  "jac": cube.constraint_jac}],
                                    options={"maxiter": _MAXITER, "ftol": 1e-9})
            for z in (z0, np.clip(res.x, 0.0, 1.0)):
                candidates += _integer_neighbours(inputs, names, base, cube.point(z))
    values = sense * np.asarray(objective(stack(candidates)), dtype=float)
    values = np.where(np.isfinite(values) & (margin(stack(candidates)) > 0), values, -np.inf)
    best = int(np.argmax(values))
    value = float(sense * values[best]) if np.isfinite(values[best]) else math.nan
    return Bound(value, {n: float(candidates[best][n]) for n in base})


class _Cube:
    """The box of ranged inputs as the unit cube, the objective and constraints on it."""

    def __init__(self, inputs: Mapping[str, Input], names: list[str],
                 base: Mapping[str, float], search: Objective, sense: float) -> None:
        self.inputs, self.names, self.base = inputs, names, base
        self.search, self.sense = search, sense
        self.lows = np.array([inputs[n].low for n in names])
        self.spans = np.array([inputs[n].high - inputs[n].low for n in names])
        centre = float(np.abs(np.asarray(search(batch(base, {})))[0]))
        self.unit_value = centre if np.isfinite(centre) and centre > 0 else 1.0
        self.scale = _PENALTY * self.unit_value
        self._cache: dict = {}

    def point(self, z: np.ndarray) -> np.ndarray:
        return self.lows + self.spans * np.asarray(z)

    def values(self, z: np.ndarray) -> dict[str, np.ndarray]:
        x = self.point(np.atleast_2d(z))
        return batch(self.base, {n: x[:, i] for i, n in enumerate(self.names)})

    def penalised(self, z: np.ndarray) -> np.ndarray:
        """Objective (in the favourable sense) minus a penalty outside the constraints."""
        values = self.values(z)
        f = self.sense * np.asarray(self.search(values), dtype=float)
        short = np.maximum(0.0, _KEEP_CLEAR - margin(values))
        f = f - self.scale * short
        return np.where(np.isfinite(f), f, -1e6 * self.scale)

    def _probe(self, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Objective and constraint margins at ``z`` and ``d`` forward steps, one batch."""
        key = np.asarray(z, dtype=float).tobytes()
        if key not in self._cache:
            step = 1e-4
            signs = np.where(z + step <= 1.0, 1.0, -1.0)
            probes = np.repeat(np.asarray(z, dtype=float)[None, :], len(z) + 1, axis=0)
            probes[np.arange(1, len(z) + 1), np.arange(len(z))] += signs * step
            values = self.values(probes)
            f = self.sense * np.asarray(self.search(values), dtype=float) / self.unit_value
            f = np.where(np.isfinite(f), f, -1e3)
            g = np.stack(list(margins(values).values())) - _KEEP_CLEAR
            delta = signs * step
            self._cache = {key: (f[0], (f[1:] - f[0]) / delta, g[:, 0],
                                 (g[:, 1:] - g[:, :1]) / delta)}
        return self._cache[key]

    def fun(self, z: np.ndarray) -> float:
        """Negated objective, in units of its value at the centre of the box."""
        return -float(self._probe(z)[0])

    def jac(self, z: np.ndarray) -> np.ndarray:
        return -self._probe(z)[1]

    def constraints(self, z: np.ndarray) -> np.ndarray:
        """Every constraint margin, kept a little clear of zero: >= 0 where buildable."""
        return self._probe(z)[2]

    def constraint_jac(self, z: np.ndarray) -> np.ndarray:
        return self._probe(z)[3]

    def unit(self, point: Mapping[str, float]) -> np.ndarray:
        """A point in unit-cube coordinates."""
        return ((np.array([point[n] for n in self.names]) - self.lows) / self.spans).clip(0, 1)

    def screen(self, starts: list[Mapping[str, float]], drivers: list[Driver]) -> np.ndarray:
        """Unit-cube points to start from: corners of the strongest drivers, and the starts.

        Every corner of the :data:`_SCREENED` inputs with the largest swings, the other
        inputs at the end their swing favours; then each start. One batch evaluates them
        all, which finds the right corner when constraints couple inputs (a larger
        propeller allows fewer cells) where a single swing-indicated corner would not.
        ``drivers``: the :func:`sensitivity` of the search objective at the centre.
        """
        favourable = {d.name: 1.0 if self.sense * d.swing >= 0 else 0.0 for d in drivers}
        corner = np.array([favourable.get(n, 0.5) for n in self.names])
        top = [self.names.index(d.name) for d in drivers[:_SCREENED]]
        grid = np.array(list(itertools.product((0.0, 1.0), repeat=len(top))))
        points = np.repeat(corner[None, :], len(grid), axis=0)
        points[:, top] = grid
        return np.vstack([points] + [self.unit(s)[None, :] for s in starts])


def _integer_neighbours(inputs: Mapping[str, Input], names: list[str],
                        base: Mapping[str, float], x: np.ndarray) -> list[dict[str, float]]:
    """Points at ``x`` with each integer input rounded down and up (all combinations)."""
    options = []
    for name, value in zip(names, x):
        if inputs[name].variable.integer:
            lo = max(math.floor(value), inputs[name].low)
            hi = min(math.ceil(value), inputs[name].high)
            options.append(sorted({float(lo), float(hi)}))
        else:
            options.append([float(value)])
    return [{**base, **dict(zip(names, combo))} for combo in itertools.product(*options)]


# --------------------------------------------------------------------------- sensitivity

def sensitivity(inputs: Mapping[str, Input], objective: Objective,
                base: Mapping[str, float] | None = None) -> list[Driver]:
    """One-at-a-time swings: each ranged input from its low to its high end, others at ``base``.

    Parameters
    ----------
    inputs : mapping of str to Input
    objective : callable
        As for :func:`generous_bound`.
    base : point, optional
        Where the other inputs sit; default the middle of every range.

    Returns
    -------
    list of Driver
        Largest absolute swing first; ties keep the input order.

    Notes
    -----
    Swings ignore interactions between inputs; they rank what matters most near the middle
    of the assumptions, which is what a reader wants to know first (Saltelli et al. 2008,
    *Global Sensitivity Analysis: The Primer*, Wiley, ch. 1, doi:10.1002/9780470725184).
    One batched call evaluates all ``2 d`` points.
    """
    base = dict(base or central_point(inputs))
    names = free_names(inputs)
    if not names:
        return []
    changes = {n: np.full(2 * len(names), base[n]) for n in names}
    for i, name in enumerate(names):
        changes[name][2 * i:2 * i + 2] = (inputs[name].low, inputs[name].high)
    out = np.asarray(objective(batch(base, changes)), dtype=float)
    drivers = []
    for i, name in enumerate(names):
        low, high, unit = inputs[name].display()
        drivers.append(Driver(name, low, high, unit, float(out[2 * i]), float(out[2 * i + 1])))
    return sorted(drivers, key=lambda d: -abs(d.swing) if math.isfinite(d.swing) else 0.0)


def solve_for(inputs: Mapping[str, Input], objective: Objective, point: Mapping[str, float],
              name: str, target: float, points: int = 801) -> float | None:
    """The value of input ``name`` at which ``objective`` reaches ``target``, others at ``point``.

    Searched over the variable's physical limits (bounded to a twentieth and twenty times
    its range), on one batched grid; the crossing nearest the current value, interpolated
    linearly between grid points.

    Returns
    -------
    float or None
        SI value, or None when no value inside the limits reaches the target.
    """
    inp = inputs[name]
    lo_lim, hi_lim = inp.variable.limits
    lo = max(lo_lim, inp.low / 20.0 if inp.low > 0 else lo_lim)
    hi = min(hi_lim, inp.high * 20.0 if inp.high > 0 else hi_lim)
    grid = np.unique(np.concatenate([np.linspace(lo, hi, points),
                                     np.linspace(inp.low, inp.high, 21)]))
    f = np.asarray(objective(batch(point, {name: grid})), dtype=float) - target
    ok = np.isfinite(f)
    grid, f = grid[ok], f[ok]
    cross = np.nonzero(np.sign(f[:-1]) * np.sign(f[1:]) <= 0)[0]
    if cross.size == 0:
        return None
    roots = [grid[i] - f[i] * (grid[i + 1] - grid[i]) / (f[i + 1] - f[i])
             if f[i + 1] != f[i] else grid[i] for i in cross]
    return float(min(roots, key=lambda r: abs(r - point[name])))


def display_value(name: str, value: float) -> float:
    """An SI value of input ``name`` in its display unit."""
    var = VARIABLES[name]
    return float(Q_(value, var.unit).m_as(var.display)) if var.unit else float(value)
