r"""Prior tables: documented defaults for what a report leaves out, and the calibrated rotor size.

Every entry is a :class:`Prior`: a range in the display unit of its
:data:`~dronecalc.priors.variables.VARIABLES` entry and the source it comes from
(``judgement`` says when the range is the analyst's judgement rather than a sourced number).

:data:`PRIOR_SETS` holds one prior set per vehicle class. The shared entries (efficiencies,
weather, model constants held at the physics modules' central values) come from the physics
tables; their notes say how the calibration on real drones (``data/calibrated.toml``) treated
each one. The tables are built on first use, not at import: reading ``calibrated.toml`` (never
re-fitting it) is deferred until a prior is asked for.

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
docs/validation.md), :func:`disk_loading_law`. Its input ``disk_loading_percentile`` is drawn
uniformly between 0.5 % and 99.5 % (:data:`DISK_LOADING_PERCENTILES`), which reproduces the
calibrated log-normal (fit uncertainty and between-drone scatter) between its p0.5 and p99.5,
so the samples' own p5-p95 is the law's within 3 % of its width; the generous bound and the
sensitivity use that box like any other. The law was fitted with figure of merit, drive
efficiency and usable fraction held at their central values and absorbs their errors and
their spread between machines, so with it those three are held at the same values
(:func:`disk_law_efficiency`; drawing their literature ranges on top counted that spread
twice and biased the checks low), and it was fitted under the checks' own draws of the inputs it does not absorb (drag area,
pack voltage drop, air temperature and altitude, a payload's drag area;
``disk_fit.CHECK_CONDITIONS``), so the checks, which draw those the same way, reproduce it.

When the rotor diameter IS stated, that law is bypassed, and the efficiencies it absorbed
must come from somewhere else: the efficiency law fitted on machines whose rotor count,
rotor size and pack energy are all sourced (``calibrated.toml`` ``[efficiency_law]``,
:func:`efficiency_law`, issue 12). Its input ``efficiency_percentile`` is drawn uniformly
between 0.5 % and 99.5 % of that law's log-normal at the machine's take-off mass without
payload over its rotor count (the law's covariate since issue 12's seventh round,
:meth:`EfficiencyLaw.size`), and the product FM x drive efficiency x usable fraction is split into the three in the
proportions of the literature values the fit scaled together (0.65 : 0.76 : 0.85); the
rotor-drag coefficient it was fitted with is drawn over its fitted p5-p95
(``rotor_drag_coefficient``, fitted on measured power curves) instead of held at the
default. A case that states one of the three efficiencies keeps the literature priors.

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
import math
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

from ..errors import ModelError
from ..intake.units import Q_
from ..physics.airframe import DRAG_AREA_PARAMETERS
from ..physics.battery import USABLE_FRACTION
from ..physics.propulsion import DRIVE_EFFICIENCY, LOADED_RPM_FRACTION, THRUST_TO_WEIGHT
from ..physics.rotor import ROTOR_PARAMETERS
from ..physics.rotor_terms import ROTOR_DRAG
from . import calibration
from .normal import ndtri   # numpy; importing scipy.special costs 0.1 s


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
#: Drawn uniformly between them, so the samples follow the law's log-normal truncated there.
#: Issue 12, fifth round: until then 5-95 %, whose own p5-p95 is the law's p9.5-p90.5 (z =
#: +/-1.31 instead of +/-1.645): every band drawn from the law was 20 % too narrow in ln (the
#: checks' band p95/p5 1.36-1.37 against the law's own 1.47). Between 0.5 % and 99.5 % the
#: samples' p5-p95 is the law's p5.45-p94.55 (97 % of its width); the box's corners, which the
#: generous bound uses, lie at z = +/-2.58.
DISK_LOADING_PERCENTILES = (0.5, 99.5)

#: Percentiles of the calibrated efficiency law that bound the efficiencies of a machine whose
#: rotor size is stated [%] (the same choice and reason as :data:`DISK_LOADING_PERCENTILES`;
#: at 5-95 % the checks' band was 1.25-1.28 against the law's own 1.31).
EFFICIENCY_PERCENTILES = (0.5, 99.5)

#: Percentiles of the fitted cell-count relation (priors.conditioned, Student t prediction
#: distribution) between which ``cells_percentile`` is drawn [%]: the same choice and reason
#: as :data:`DISK_LOADING_PERCENTILES` (until issue 12's fifth round 5-95 %, which drew the
#: relation's middle 90 % only, so the cells' band was its p9.5-p90.5).
CELLS_PERCENTILES = (0.5, 99.5)

#: The inputs the efficiency law replaces when the rotor size is stated.
EFFICIENCY_INPUTS = ("figure_of_merit", "drive_efficiency", "usable_fraction")

#: Chemistry assumed when none is stated: most multirotor packs are LiPo (judgement).
DEFAULT_CHEMISTRY = "lipo"


def _held_fixed(calibrated: Mapping[str, Mapping[str, Any]], name: str) -> str:
    """How the calibration treated a literature parameter it could not identify."""
    entry = calibrated[name]
    return (f"; the calibration on {entry['n_drones']} real drones held it at "
            f"{entry['value']:g} (calibration.calibrated_parameters()['{name}'], fitted = "
            f"{str(entry['fitted']).lower()}: the data identify only the effective disk "
            "loading, which absorbs its error)")


def _shared_priors(calibrated: Mapping[str, Mapping[str, Any]]) -> dict[str, Prior]:
    """Priors every vehicle class shares."""
    motor, esc = _table_range(DRIVE_EFFICIENCY["motor"]), _table_range(DRIVE_EFFICIENCY["esc"])
    drag = calibrated["drag_area_1kg"]
    return {
        "drive_efficiency": Prior(
            motor[0] * esc[0], motor[1] * esc[1],
            "motor x ESC, the product of the ranges of propulsion.DRIVE_EFFICIENCY; cf. [Tyto] "
            "thrust-stand data" + _held_fixed(calibrated, "drive_efficiency"), judgement=False),
        "usable_fraction": Prior(*_table_range(USABLE_FRACTION),
                                 "battery.USABLE_FRACTION: "
                                 + USABLE_FRACTION["source"].rstrip(".")
                                 + _held_fixed(calibrated, "usable_fraction")),
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
            + (f"; not identified by the calibration on {drag['n_drones']} real drones "
               f"(calibrated_parameters()['drag_area_1kg']: {drag['value']:.3g} "
               f"{drag['unit']}, p5-p95 {drag['low']:.2g}-{drag['high']:.2g}, identified = "
               f"{str(drag['identified']).lower()}), so this range stands"
               if drag.get("fitted", True) else
               f"; not identified by the makers' figures (calibrated_parameters()"
               f"['drag_area_1kg']: identified = false, fitted = false): both calibrated laws "
               f"(on {drag['n_drones']} real drones for the disk-loading law) are fitted under "
               f"the checks' own draws of this range (median {drag['value']:.2g} "
               f"{drag['unit']})")),
        # Rotor size when no diameter is stated: the calibrated law, see DiskLoadingLaw.
        "disk_loading_percentile": Prior(
            DISK_LOADING_PERCENTILES[0], DISK_LOADING_PERCENTILES[1],
            "p0.5-p99.5 of the calibrated effective disk loading DL = DL_1kg (m / 1 kg)^beta "
            "at the machine's take-off mass m without payload "
            "(calibration.calibrated_parameters(), data/calibrated.toml; fit uncertainty and "
            "between-drone scatter, log-normal; drawn uniformly in percentile over 0.5-99.5 %, "
            "i.e. that log-normal between its p0.5 and p99.5, so the samples' p5-p95 is the "
            "law's); the rotor diameter follows per sample from m, the rotor count and DL",
            judgement=False),
        # Efficiencies when the rotor size is stated: the calibrated law, see EfficiencyLaw.
        "efficiency_percentile": Prior(
            EFFICIENCY_PERCENTILES[0], EFFICIENCY_PERCENTILES[1],
            "p0.5-p99.5 of the calibrated efficiency law FM x drive efficiency x usable "
            "fraction = 0.42 x exp(a) (x / 1 kg)^b at the law's covariate x of the machine "
            "(its take-off mass m without payload over its rotor count N, the law below) "
            "(calibration.efficiency_law(), data/calibrated.toml [efficiency_law]; fit "
            "uncertainty and between-drone scatter, log-normal; drawn uniformly in percentile "
            "over 0.5-99.5 %, i.e. that log-normal between its p0.5 and p99.5, so the samples' "
            "p5-p95 is the law's); used only when the rotor diameter "
            "is stated", judgement=False),
        "rotor_drag_coefficient": _rotor_drag_prior(calibrated),
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


def _rotor_drag_prior(calibrated: Mapping[str, Mapping[str, Any]]) -> Prior:
    """The in-plane rotor-drag coefficient [s/m]: the fit's p5-p95 when it gives a usable spread
    (identified, 0 < low < value < high), else held at the model default, saying so."""
    entry = calibrated.get("rotor_drag_coefficient")
    if entry and entry.get("identified") and 0.0 < entry["low"] < entry["value"] < entry["high"]:
        return Prior(float(entry["low"]), float(entry["high"]),
                     f"p5-p95 of the fitted rotor-drag coefficient ({entry['value']:.3g} s/m, "
                     "calibration.calibrated_parameters()['rotor_drag_coefficient'], "
                     "data/calibrated.toml): " + entry["source"], judgement=False)
    value = float(ROTOR_DRAG["coefficient"]["value"])
    return Prior(value, value, "held at the model default rotor_terms.ROTOR_DRAG: the fit in "
                 "data/calibrated.toml gives no usable spread; " + ROTOR_DRAG["coefficient"][
                     "source"], judgement=False)


def _class_priors(calibrated: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Prior]]:
    """What sets the vehicle classes apart."""
    fm_source = ("rotor.ROTOR_PARAMETERS: "
                 + ROTOR_PARAMETERS["figure_of_merit"]["source"].rstrip(".")
                 + _held_fixed(calibrated, "figure_of_merit"))
    return {
        "small-camera-quad": {
            "rotors": Prior(4, 4, "class definition", judgement=False),
            "empty_mass": Prior(0.3, 1.2, "e.g. Phantom 4: 1.38 kg with a 0.46 kg pack "
                                "(data/multirotors.toml); judgement"),
            "cells": Prior(3, 4, "3S-4S packs of consumer camera drones; judgement"),
            "packs": Prior(1, 1, "one pack; judgement"),
            "figure_of_merit": Prior(0.45, 0.65, "small rotors at low Reynolds number: low end "
                                     "of " + fm_source, judgement=False),
        },
        "large-lift-quad": {
            "rotors": Prior(4, 4, "class definition", judgement=False),
            "empty_mass": Prior(3.0, 7.0, "frame, 4 large motors, ESCs, avionics; e.g. DJI "
                                "Matrice 210 2.8 kg (data/multirotors.toml); judgement"),
            "cells": Prior(6, 12, "6S-12S packs; judgement"),
            "packs": Prior(1, 2, "one or two packs in parallel; judgement"),
            "figure_of_merit": Prior(0.55, 0.75, fm_source, judgement=False),
        },
        "large-lift-hexa": {
            "rotors": Prior(6, 6, "class definition", judgement=False),
            "empty_mass": Prior(4.0, 11.0, "e.g. Matrice 600 5.5 kg, Freefly Alta X 10.9 kg "
                                "without packs (data/multirotors.toml); judgement"),
            "cells": Prior(6, 12, "6S-12S packs; judgement"),
            "packs": Prior(1, 6, "Matrice 600 carries six; judgement"),
            "figure_of_merit": Prior(0.55, 0.75, fm_source, judgement=False),
        },
        "heavy-agricultural": {
            "rotors": Prior(4, 8, "e.g. DJI Agras T10 (4) to T40 (8); judgement"),
            "empty_mass": Prior(12.0, 40.0, "e.g. Agras T40 38 kg without battery "
                                "(data/multirotors.toml); judgement"),
            "cells": Prior(12, 14, "12S-14S packs; judgement"),
            "packs": Prior(1, 2, "one or two smart packs, e.g. Agras T30/T40 fly one; judgement"),
            "figure_of_merit": Prior(0.60, 0.78, "large slow rotors: " + fm_source,
                                     judgement=False),
        },
    }


@functools.cache
def prior_sets() -> dict[str, dict[str, Prior]]:
    """Build the prior set of every vehicle class (once; reads ``calibrated.toml``)."""
    calibrated = calibration.calibrated_parameters()
    shared = _shared_priors(calibrated)
    return {name: {**shared, **specific}
            for name, specific in _class_priors(calibrated).items()}


class _PriorSets(Mapping):
    """:func:`prior_sets` as a read-only mapping, built on first access."""

    def __getitem__(self, name: str) -> dict[str, Prior]:
        return prior_sets()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(prior_sets())

    def __len__(self) -> int:
        return len(prior_sets())

    def __repr__(self) -> str:
        return f"PRIOR_SETS({list(self)!r})"


#: Prior sets per vehicle class: every entry a :class:`Prior` in the display unit of its
#: :data:`~dronecalc.priors.variables.VARIABLES` entry (``%`` for percentiles, ``degC`` for
#: temperature ...). Pack specific energy and cell voltage come from ``battery.CHEMISTRIES``.
#: No class sets a rotor diameter: an unstated rotor size comes from the calibrated
#: disk-loading law (``disk_loading_percentile``, see :func:`calibrated_diameter`). Built on
#: first access (it reads ``calibrated.toml``).
PRIOR_SETS: Mapping[str, dict[str, Prior]] = _PriorSets()


def prior_set(vehicle_class: str) -> dict[str, Prior]:
    """The prior set of ``vehicle_class``; raises ModelError naming the known classes."""
    if vehicle_class not in PRIOR_SETS:
        raise ModelError(_unknown_class(vehicle_class), field="vehicle_class",
                         value=vehicle_class, expected=_classes_expected())
    return PRIOR_SETS[vehicle_class]


def class_word(vehicle_class: str | None) -> tuple[str | None, int | None]:
    """A ``[case] vehicle_class`` read as a prior class or as an airframe word.

    docs/case-format.md lets a class be an airframe word ("quadcopter", "hexacopter"): such
    a word names the vehicle kind (``intake.airframes``) and, for a multirotor, its rotor
    count, but no prior set; the priors are then picked from the stated figures as if no
    class were named.

    Returns
    -------
    prior_class : str or None
        ``vehicle_class`` when it names a prior set; None for an airframe word (or None).
    rotors : int or None
        The rotor count the airframe word implies (None for a prior class or no count).

    Raises
    ------
    ModelError
        Neither a prior class nor a multirotor airframe word: the message lists both.
    """
    if vehicle_class is None or vehicle_class in PRIOR_SETS:
        return vehicle_class, None
    from ..intake.airframes import resolve
    words = resolve(vehicle_class)
    if words.problem is None and words.layouts == ("multirotor",):
        return None, words.rotors
    raise ModelError(_unknown_class(vehicle_class), field="vehicle_class",
                     value=vehicle_class, expected=_classes_expected())


def _unknown_class(vehicle_class: str) -> str:
    """"unknown vehicle class", with the closest prior class when one is near
    ('small-camera-quadd' -> "did you mean 'small-camera-quad'?", as fields and keys do)."""
    from ..intake.suggest import closest
    near = closest(str(vehicle_class), PRIOR_SETS) if isinstance(vehicle_class, str) else None
    return "unknown vehicle class" + (f"; did you mean {near!r}?" if near else "")


def _classes_expected() -> str:
    """What a multirotor ``vehicle_class`` may be: the prior classes and the airframe words."""
    from ..intake.airframes import AIRFRAME_WORDS
    words = [w for w, e in AIRFRAME_WORDS.items()
             if e.layouts == ("multirotor",) and w not in PRIOR_SETS]
    return (f"a prior class, one of {', '.join(PRIOR_SETS)}, or a multirotor airframe word "
            f"(the priors are then picked from the stated figures), one of {', '.join(words)}; "
            "or leave vehicle_class out")


def calibrated_figure_of_merit(prior: Prior) -> Prior:
    """A class's figure-of-merit prior for a rotor size from the calibrated law.

    The law's effective disk loading was fitted with the figure of merit held at one value
    (``calibration.calibrated_parameters()['figure_of_merit']``) and absorbs the error of that
    value on the machines it was fitted on; a class range not centred on it (small rotors:
    0.45-0.65 about the held 0.65) would count the small-rotor loss twice and bias every
    such machine low. So the range keeps its width and is centred on the held value.
    """
    held = float(calibration.calibrated_parameters()["figure_of_merit"]["value"])
    half = 0.5 * (prior.high - prior.low)
    if abs(0.5 * (prior.low + prior.high) - held) < 1e-12:
        return prior
    return Prior(held - half, min(held + half, 1.0),
                 f"{prior.source}; the rotor size comes from the calibrated disk-loading law, "
                 f"fitted with the figure of merit held at {held:g}: this range's width "
                 f"({prior.low:g}-{prior.high:g}) centred on {held:g}", prior.judgement)


def disk_law_efficiency(name: str, prior: Prior) -> Prior:
    """Figure of merit, drive efficiency or usable fraction when the rotor size comes from the
    calibrated disk-loading law: held at the value the law was fitted with.

    The makers' rows the law is fitted on identify only the product FM x drive efficiency x
    usable fraction x sqrt(disk area), so the law was fitted with the three held at one value
    each (``calibration.calibrated_parameters()[name]``) and its effective disk loading and
    between-drone scatter carry their real spread between machines. Drawing them again over
    their literature ranges (``prior``) counts that spread twice and shifts the centre where a
    range is not centred on the held value (docs/theory.md 9.8: no-rotor-size checks -7.7 %
    low, p95/p5 1.91 against the law's own 1.45): the same reason the efficiency law replaces
    all three by one draw when the rotor size is stated.
    """
    held = float(calibration.calibrated_parameters()[name]["value"])
    return Prior(held, held,
                 f"held at {held:g}, the value the calibrated disk-loading law was fitted with "
                 "(no rotor diameter stated: the law's effective disk loading and between-drone "
                 "scatter carry this input's spread between machines, so its literature range "
                 f"{prior.low:g}-{prior.high:g} is not drawn on top; data/calibrated.toml)",
                 judgement=False)


# --------------------------------------------------------------------------- calibrated rotor size

def _log_normal_law(theta, covariance, scatter, mass, percentile) -> np.ndarray:
    """``exp(a + b ln m + z sd(m))`` of a fitted power law in take-off mass ``mass`` [kg]:
    ``sd(m)^2`` the fit's variance of ``a + b ln m`` (covariance: var a, cov, var b) plus the
    between-drone ``scatter`` squared, ``z`` the standard normal quantile of ``percentile``.
    The predictive distribution of both calibrated laws (:class:`DiskLoadingLaw`,
    :class:`EfficiencyLaw`)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        # a non-positive mass (a stated payload above the stated take-off mass, the conflict
        # the engine reports) gives NaN, a machine that is not built, not a warning on stderr
        lm = np.log(np.asarray(mass, dtype=float))
    c00, c01, c11 = covariance
    sd = np.sqrt(c00 + 2.0 * lm * c01 + lm ** 2 * c11 + scatter ** 2)
    return np.exp(theta[0] + theta[1] * lm + _deviate(percentile) * sd)


@dataclass(frozen=True)
class DiskLoadingLaw:
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
        return _log_normal_law(self.theta, self.covariance, self.scatter, mass, percentile)


@functools.lru_cache(maxsize=1)
def disk_loading_law() -> DiskLoadingLaw:
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
    return DiskLoadingLaw((float(fit["theta"][0]), float(fit["theta"][1])),
                          (float(cov[0][0]), float(cov[0][1]), float(cov[1][1])),
                          float(fit["scatter_log_disk_loading"]), masses, summary)


def calibrated_diameter(mass: np.ndarray, rotors: np.ndarray,
                        percentile: np.ndarray) -> np.ndarray:
    """Rotor diameter [m] giving the calibrated disk loading: D = sqrt(4 m / (pi N DL))."""
    area = np.asarray(mass, dtype=float) / disk_loading_law().disk_loading(mass, percentile)
    return np.sqrt(4.0 * area / (np.pi * np.asarray(rotors, dtype=float)))


# --------------------------------------------------------------------------- calibrated efficiencies

#: Results already computed, keyed by the arguments' bytes: a ``check`` evaluates the laws
#: ~220 times (machine assembly for the Monte Carlo, every claim's margins, the generous
#: bound's probes), about half of them on the same samples again (measured on the
#: reference case: 219 calls, 104 distinct mass/percentile pairs, 69 distinct percentile
#: arrays). The cached arrays are read-only and never handed out: callers get new arrays.
_DEVIATES: dict = {}
_FACTORS: dict = {}
_CACHE_ENTRIES = 256
#: Bytes a cache may hold (keys and values) before it is emptied: a few Monte Carlo runs of
#: 10^5 samples, so a long-running process checking many cases stays bounded.
_CACHE_BYTES = 32 * 2 ** 20


def _remember(cache: dict, key: tuple, value: np.ndarray) -> None:
    """Store ``value`` (made read-only) under ``key``, emptying ``cache`` when it would
    exceed :data:`_CACHE_ENTRIES` entries or :data:`_CACHE_BYTES`."""
    size = sum(len(part) for part in key if isinstance(part, bytes)) + np.asarray(value).nbytes
    held = cache.get(None, 0)
    if len(cache) > _CACHE_ENTRIES or held + size > _CACHE_BYTES:
        cache.clear()
        held = 0
    if isinstance(value, np.ndarray):
        value.flags.writeable = False
    cache[key] = value
    cache[None] = held + size                     # the bytes held, under a key no array has


def _deviate(percentile) -> np.ndarray:
    """:func:`~.normal.ndtri` of ``percentile``, computed once per distinct array."""
    p = np.asarray(percentile, dtype=float)
    key = (p.shape, p.tobytes())
    z = _DEVIATES.get(key)
    if z is None:
        z = np.asarray(ndtri(p), dtype=float)
        _remember(_DEVIATES, key, z)
    return z


@dataclass(frozen=True)
class EfficiencyLaw:
    """The calibrated efficiency law of ``data/calibrated.toml`` ``[efficiency_law]``.

    ``ln(P / P_0) = a + b ln(m / 1 kg) + z sd(m)`` for the product ``P`` = FM x drive
    efficiency x usable fraction, ``P_0`` the literature product the fit scaled (0.65 x 0.76 x
    0.85), ``sd(m)^2`` the fit's variance of ``a + b ln m`` plus the between-drone scatter
    squared, ``z`` the standard normal quantile of the percentile: the same predictive
    distribution as :func:`dronecalc.priors.calibration.efficiency_law`.
    """

    theta: tuple[float, float]                 # a [-], b [-]
    covariance: tuple[float, float, float]     # var a, covariance, var b
    scatter: float                             # between-drone sd of ln P
    split: tuple[float, float, float]          # literature FM, drive efficiency, usable fraction
    masses: tuple[float, float]                # take-off masses (no payload) fitted [kg]
    summary: str
    #: what m is: "mass" (take-off mass without payload [kg]) or "mass_per_rotor" (that mass
    #: over the rotor count [kg]; calibrated.toml ``covariate``, issue 12 seventh round)
    covariate: str = "mass"
    sizes: tuple[float, float] = (math.nan, math.nan)   # covariate values fitted [kg]

    def size(self, mass: np.ndarray, rotors: np.ndarray) -> np.ndarray:
        """The law's covariate [kg] of machines of take-off mass ``mass`` [kg] (no payload)
        with ``rotors`` rotors: the mass itself, or the mass per rotor."""
        mass = np.asarray(mass, dtype=float)
        return mass / calibration.rotor_count(rotors) if self.covariate == "mass_per_rotor" \
            else mass

    def product(self, mass: np.ndarray, percentile: np.ndarray) -> np.ndarray:
        """FM x drive efficiency x usable fraction [-] at covariate ``mass`` [kg]
        (:meth:`size`: the take-off mass, or the mass per rotor)."""
        return float(np.prod(self.split)) * _log_normal_law(
            self.theta, self.covariance, self.scatter, mass, percentile)

    def efficiencies(self, mass: np.ndarray, percentile: np.ndarray) -> dict[str, np.ndarray]:
        """The product split into :data:`EFFICIENCY_INPUTS`: each literature value times the
        cube root of the fitted factor (their ratios unchanged), capped at 1 (physical limit;
        reached only far outside the fitted masses)."""
        mass, percentile = np.asarray(mass, dtype=float), np.asarray(percentile, dtype=float)
        # the law's own parameters are part of the key: a refitted law (priors.holdout) must
        # never be answered from the shipped law's results
        key = (tuple(map(float, self.theta)), tuple(map(float, self.covariance)),
               float(self.scatter), tuple(map(float, self.split)),
               mass.shape, mass.tobytes(), percentile.shape, percentile.tobytes())
        factor = _FACTORS.get(key)
        if factor is None:
            factor = np.cbrt(self.product(mass, percentile) / float(np.prod(self.split)))
            _remember(_FACTORS, key, factor)
        return {name: np.minimum(value * factor, 1.0)
                for name, value in zip(EFFICIENCY_INPUTS, self.split)}


def _takeoff_masses(names: set[str]) -> dict[str, float]:
    """Take-off mass without payload [kg] of each named drone, from the data set.

    The fitted drones each have a sized flight-time row (``calibration.sized_rows``) whose
    reference mass is the drone's ``takeoff_mass``. Only the ``[[drone]]`` tables that name
    one of them are parsed, up to their first sub-table (about 2 ms with the 9 unit
    conversions); validating every figure of the data set with pint took ~140 ms and
    parsing the whole file ~15 ms. Where a name is not found that way, the whole file is
    parsed. ``calibrated.toml`` carries these masses (``[efficiency_law.takeoff_mass_kg]``,
    written by :mod:`.calibrated_file`), so a check reads them from there;
    tests/test_check_time.py checks both against the validated data set.
    """
    text = resources.files("dronecalc").joinpath("data", calibration._DATA_FILE).read_text(
        encoding="utf-8")
    drones = []
    try:
        for table in text.split("\n[[drone]]")[1:]:
            if any(f'"{name}"' in table for name in names):
                # the drone's own keys: TOML puts them before its first sub-table
                drones += tomllib.loads("[[drone]]" + table.split("\n[", 1)[0])["drone"]
    except tomllib.TOMLDecodeError:
        drones = []
    if not names <= {d.get("name") for d in drones}:
        drones = tomllib.loads(text)["drone"]
    return {d["name"]: Q_(d["takeoff_mass"]).m_as("kg") for d in drones
            if d.get("name") in names}


def _takeoff_mass_span(names: set[str], stored: Mapping[str, float] | None = None
                       ) -> tuple[float, float]:
    """Smallest and largest take-off mass without payload [kg] of the named drones:
    from ``stored`` (``calibrated.toml``'s per-drone masses) when it names them all, else
    from the data set (:func:`_takeoff_masses`)."""
    masses = (stored if stored is not None and names <= set(stored)
              else _takeoff_masses(names))
    values = [float(masses[name]) for name in names if name in masses]
    return (min(values), max(values))


@functools.lru_cache(maxsize=1)
def efficiency_law() -> EfficiencyLaw:
    """Read the law from ``calibrated.toml`` and the masses it covers from the data set."""
    law = calibration.load_calibrated()["efficiency_law"]
    cov = law["covariance"]
    drones = set(law["drones"])
    span = _takeoff_mass_span(drones, law.get("takeoff_mass_kg"))
    split = tuple(float(calibration.LITERATURE_EFFICIENCIES[n]) for n in EFFICIENCY_INPUTS)
    a, b = float(law["theta"][0]), float(law["theta"][1])
    covariate = str(law.get("covariate", "mass"))
    per_rotor = covariate == "mass_per_rotor"
    rotors = law.get("rotors", {})
    sizes = span
    if per_rotor:
        masses = law.get("takeoff_mass_kg") or _takeoff_masses(drones)
        per = [float(masses[n]) / float(rotors[n]) for n in drones if n in rotors]
        sizes = (min(per), max(per)) if per else (math.nan, math.nan)
    m_is = "m / N the take-off mass over the rotor count; " if per_rotor else ""
    fitted = (f"{sizes[0]:.3g}-{sizes[1]:.3g} kg per rotor, {span[0]:.3g}-{span[1]:.3g} kg "
              "without payload" if per_rotor else f"{span[0]:.3g}-{span[1]:.3g} kg without "
              "payload")
    summary = (
        f"FM x drive efficiency x usable fraction = {np.prod(split):.2f} x {np.exp(a):.3g} "
        f"({'m / N' if per_rotor else 'm'} / 1 kg)^{b:+.3g} ({m_is}between-drone scatter "
        f"{law['scatter_log']:.3g} in ln), fitted "
        f"on {len(drones)} machines whose rotor count, rotor size and pack energy are sourced "
        f"({fitted}; data/calibrated.toml "
        f"[efficiency_law]) under the checks' own draws of what the machines do not state "
        f"(drag area, pack voltage drop, air temperature and altitude, rotor drag about "
        f"{float(law['theta'][2]):.3g} s/m): the priors here; held-out median error "
        f"{law['heldout_median_error_pct']:.3g} % (median signed "
        f"{law['heldout_median_signed_error_pct']:+.3g} %, p5-p95 coverage "
        f"{100 * law['heldout_coverage_p5_p95']:.0f} %); split into figure of merit, drive "
        f"efficiency and usable fraction in the proportions "
        f"{split[0]:g} : {split[1]:g} : {split[2]:g}, each capped at 1; outside "
        f"{sizes[0]:.3g}-{sizes[1]:.3g} kg{' per rotor' if per_rotor else ''} an "
        "extrapolation")
    return EfficiencyLaw((a, b), (float(cov[0][0]), float(cov[0][1]), float(cov[1][1])),
                         float(law["scatter_log"]), split, span, summary, covariate, sizes)
