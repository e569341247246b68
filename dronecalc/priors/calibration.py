"""Calibration of dronecalc on real multirotors: the public facade.

The work is split by responsibility (every public name stays importable from here):

- :mod:`.multirotors`: read and validate ``data/multirotors.toml`` (makers' figures);
- :mod:`.disk_fit`: the effective disk-loading fit (:func:`fit_parameters`), its
  cross-validation (:func:`cross_validate`) and bands;
- :mod:`.efficiency_fit`: issue 12, the rotor-drag coefficient on measured power curves
  (:func:`fit_power_curves`) and the efficiency law on machines with a stated rotor size
  (:func:`fit_efficiency`);
- :mod:`.calibrated_file`: writing ``data/calibrated.toml``
  (``python -m dronecalc.priors.calibration --write``);
- this module: reading it back (:func:`load_calibrated`, :func:`calibrated_parameters`,
  :func:`effective_disk_loading`, :func:`efficiency_law`).

Examples
--------
>>> from dronecalc.priors.calibration import load_multirotors
>>> drones = load_multirotors()
>>> len(drones) >= 20
True
"""
from __future__ import annotations

import copy
import functools
import importlib
import tomllib
from importlib import resources

import numpy as np

from ..errors import DroneCalcError  # noqa: F401  (re-export, used as cal.DroneCalcError)
from .literature import _ETA0, _FM0, _U0, LITERATURE_EFFICIENCIES  # noqa: F401
from .multirotors import (_DATA_FILE, CLASSES, FLIGHT_TIME_FIELDS,  # noqa: F401
                          FLIGHT_TIME_MODES, FLIGHT_TIME_REQUIRED, INTEGER_FIELDS,
                          QUANTITY_FIELDS, REQUIRED_FIELDS, TEXT_FIELDS, _count,
                          _figure_sources, _flight_times, _parse_drone, _payload, _quantity,
                          _text, load_multirotors, parse_multirotors)

#: The fitting modules' names, re-exported here but imported at first use (module
#: ``__getattr__``): a check reads only the calibrated file, and importing the fits
#: (disk_fit, efficiency_fit, curve_check, calibrated_file) cost it ~17 ms of CPU.
_LAZY = {
    "calibrated_file": ("_CALIBRATED_FILE", "_MC_SAMPLES_NOTE", "_REGENERATE", "_SIZED_SAMPLES",
            "_Z95", "_fmt", "calibrate", "format_calibrated", "main", "shipped_curves",
            "write_calibrated"),
    "disk_fit": ("_LOWER", "_PLACEHOLDER_ROTORS", "_THETA0", "_UPPER", "FIT_PARAMETERS",
            "FIT_SPEEDS", "SEED", "_columns", "_fixed_parameters", "_scores", "_vehicle",
            "_weights", "cross_validate", "disk_loading", "fit_parameters", "fit_rows",
            "point_cross_validation", "predict_band", "predict_times", "sample_parameters",
            "condition_draws", "point_times"),
    "efficiency_fit": ("_CURVES_FILE", "COVARIATES", "DRAG_AREA_PRIOR_1KG",
            "LAW_COVARIATE", "_curve_power",
            "covariate_values", "_sized_cols", "fit_efficiency", "fit_power_curves",
            "load_power_curves", "maker_time", "sized_cross_validation", "sized_rows"),
    "curve_check": ("_min_power_speed", "drag_area_profile", "joint_validation",
            "power_curve_validation"),
}
_LAZY_NAMES = {name: module for module, names in _LAZY.items() for name in names}
#: ``calibrated_file._CALIBRATED_FILE`` (tests/test_calibration_lazy.py checks they agree)
_CALIBRATED = "calibrated.toml"


def load_calibrated() -> dict:
    """The raw content of the shipped ``calibrated.toml`` (read with importlib.resources).

    The file is read at every call and parsed once per distinct content (a check asks
    twice, ~3 ms a parse), so a rewritten file is never answered from an old parse; every
    call returns its own deep copy, which a caller may edit (``priors.holdout`` does)."""
    text = resources.files("dronecalc").joinpath("data", _CALIBRATED).read_text(
        encoding="utf-8")
    return copy.deepcopy(_parse_toml(text))


@functools.lru_cache(maxsize=2)
def _parse_toml(text: str) -> dict:
    return tomllib.loads(text)


def calibrated_parameters() -> dict[str, dict]:
    """Calibrated model parameters with their spread, for Monte Carlo priors.

    Returns
    -------
    dict
        Name -> ``{"value", "low", "high", "unit", "fitted", "identified", "source",
        "n_rows", "heldout_median_error_pct", ...}``; ``low``/``high`` are 5th/95th
        percentiles. Names: ``disk_loading_1kg`` [kg/m^2] and ``disk_loading_exponent``
        (effective disk loading ``DL = DL_1kg (m / 1 kg)^beta`` against take-off mass,
        see :func:`effective_disk_loading`), ``drag_area_1kg`` [m^2] (weakly identified),
        and ``figure_of_merit``, ``drive_efficiency``, ``usable_fraction`` (``fitted`` is
        False: literature values the fit held fixed, returned so that a caller using the
        fitted disk loading uses the same efficiencies).

    Examples
    --------
    >>> p = calibrated_parameters()
    >>> 0 < p["figure_of_merit"]["value"] < 1
    True
    """
    return {name: dict(entry) for name, entry in load_calibrated()["parameters"].items()}


def effective_disk_loading(mass, quantiles=(0.05, 0.5, 0.95)) -> np.ndarray:
    """Calibrated effective disk loading [kg/m^2] at take-off mass ``mass`` [kg].

    Quantiles combine the fit's parameter uncertainty and the between-drone scatter (normal
    in ln DL). Valid for electric multirotors of about 0.9-15 kg (the fitted range) with FM,
    drive efficiency and usable fraction at the values in :func:`calibrated_parameters`.

    Returns
    -------
    ndarray
        Shape ``(len(quantiles),) + shape(mass)``.
    """
    from scipy.special import ndtri
    data = load_calibrated()["fit"]
    th, cov = np.array(data["theta"]), np.array(data["covariance"])
    lm = np.log(np.asarray(mass, dtype=float))
    mean = th[0] + th[1] * lm
    var = cov[0, 0] + 2.0 * lm * cov[0, 1] + lm ** 2 * cov[1, 1] \
        + data["scatter_log_disk_loading"] ** 2
    z = ndtri(np.asarray(quantiles, dtype=float)).reshape((-1,) + (1,) * np.ndim(mean))
    return np.exp(mean + z * np.sqrt(var))



def efficiency_law(mass, quantiles=(0.05, 0.5, 0.95), rotors=None) -> dict:
    """Calibrated FM x drive efficiency x usable fraction [-] at take-off mass ``mass`` [kg].

    The law's covariate is ``calibrated.toml``'s ``covariate``: with ``"mass_per_rotor"``
    (shipped since issue 12's seventh round) ``rotors`` is required and the law is evaluated
    at ``mass / rotors``; with ``"mass"`` at ``mass``.

    From ``calibrated.toml`` ``[efficiency_law]`` (issue 12): fitted on machines whose rotor
    count, rotor size and pack energy are sourced, together with the rotor-drag coefficient;
    use the two together with a *stated* rotor size (the disk-loading law of
    :func:`effective_disk_loading` is its counterpart when the rotor size is unknown).
    Quantiles combine the fit covariance and the between-drone scatter (log-normal). Valid
    for electric multirotors of about 0.9-20 kg (the fitted range).

    Returns
    -------
    dict
        ``product`` [-] of shape ``(len(quantiles),) + shape(mass)`` (FM eta_d u, to split as
        the caller likes; the fit used FM 0.65, eta_d 0.76, u 0.85 scaled together),
        ``rotor_drag_coefficient`` [s/m] and ``drag_area_1kg`` [m^2] it was fitted with.
    """
    from scipy.special import ndtri
    law = load_calibrated()["efficiency_law"]
    th, cov = np.array(law["theta"]), np.array(law["covariance"])
    size = np.asarray(mass, dtype=float)
    if law.get("covariate", "mass") == "mass_per_rotor":
        size = size / rotor_count(rotors)
    lm = np.log(size)
    mean = th[0] + th[1] * lm
    var = cov[0, 0] + 2.0 * lm * cov[0, 1] + lm ** 2 * cov[1, 1] + law["scatter_log"] ** 2
    z = ndtri(np.asarray(quantiles, dtype=float)).reshape((-1,) + (1,) * np.ndim(mean))
    return {"product": _FM0 * _ETA0 * _U0 * np.exp(mean + z * np.sqrt(var)),
            "rotor_drag_coefficient": float(th[2]), "drag_area_1kg": float(law["drag_area_1kg"])}




def rotor_count(rotors) -> np.ndarray:
    """``rotors`` as floats for the mass-per-rotor law, refused when missing, not finite or
    below one rotor (mass / 0 or / NaN would give inf or NaN with no word of why)."""
    if rotors is None:
        raise DroneCalcError("the efficiency law is fitted on the mass per rotor", field="rotors",
                             value=None, expected="the rotor count, at least 1 (e.g. rotors=4)")
    count = np.asarray(rotors, dtype=float)
    bad = ~(np.isfinite(count) & (count >= 1.0))
    if bad.any():
        raise DroneCalcError("a rotor count must be a finite number of at least 1", field="rotors",
                             value=float(count[bad].flat[0]) if count.ndim else float(count),
                             expected="a rotor count of at least 1, e.g. 4 for a quadcopter")
    return count


def __getattr__(name: str):
    """A re-exported name of the fitting modules (:data:`_LAZY`), imported at first use."""
    module = _LAZY_NAMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__package__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY_NAMES))


if __name__ == "__main__":
    from .calibrated_file import main
    raise SystemExit(main())
