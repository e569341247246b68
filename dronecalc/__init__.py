"""dronecalc: could a drone really do what this report says it did?

Physics (rotor momentum theory, battery energy, drag polars, Breguet fuel burn), units (pint)
and uncertainty (Monte Carlo, generous bounds) for checking claims about drones of each kind it
models: battery multirotors, fixed wings (electric, piston, small turbojet), VTOL quadplanes
and tailsitters.

Public names are imported lazily so that ``import dronecalc`` stays fast and the optional
plotting extra is only imported when a plot is asked for.
"""
from __future__ import annotations

import importlib

from .errors import (CaseError, DroneCalcError, InputValueError, MissingDependencyError,
                     ModelError, ParseError, UnitError)

__version__ = "0.1.0"

from . import _compat

_compat.install()

# public name -> module that defines it (one line per name; add yours here)
_EXPORTS = {
    "Figure": "intake.figures", "parse": "intake.figures",
    "read_figure": "intake.fields", "FIELDS": "intake.fields",
    "Flag": "intake.fields",
    "Case": "intake.case", "load_case": "intake.case",
    "Vehicle": "physics.vehicle",
    "check": "claims.checks",
    "estimate": "claims.checks",
    "Finding": "claims.results",
    "CheckResult": "claims.results",
    "EstimateResult": "claims.results",
    "NotJudged": "claims.results",
    "format_check": "report.text",
    "format_estimate": "report.text",
    "check_json": "report.text",
    "estimate_json": "report.text",
    "describe": "priors.describe",
    "monte_carlo": "engine.montecarlo",
    "generous_bound": "engine.bound",
    "sensitivity": "engine.sensitivity",
    "PRIOR_SETS": "priors.tables",
    "air_density": "physics.atmosphere",
    "air_temperature": "physics.atmosphere",
    "air_pressure": "physics.atmosphere",
    "speed_of_sound": "physics.atmosphere",
    "disk_area": "physics.rotor",
    "ideal_hover_power": "physics.rotor",
    "hover_power": "physics.rotor",
    "climb_power": "physics.rotor",
    "glauert_inflow": "physics.rotor",
    "forward_flight_power": "physics.rotor",
    "trim_tilt": "physics.rotor",
    "hover_tip_speed": "physics.rotor",
    "pack_energy": "physics.battery",
    "pack_voltage": "physics.battery",
    "pack_mass": "physics.battery",
    "rate_efficiency": "physics.battery",
    "usable_energy": "physics.battery",
    "drive_efficiency": "physics.propulsion",
    "no_load_rpm": "physics.propulsion",
    "loaded_rpm": "physics.propulsion",
    "tip_speed": "physics.propulsion",
    "tip_mach": "physics.propulsion",
    "static_thrust_ceiling": "physics.propulsion",
    "thrust_to_weight": "physics.propulsion",
    "performance": "physics.multirotor",
    "power_curve": "physics.multirotor",
    "leg": "physics.multirotor",
    "payload_curve": "physics.multirotor",
    "hover_endurance": "physics.multirotor",
    "electrical_power": "physics.multirotor",
    "endurance_at_speed": "physics.multirotor",
    "range_at_speed": "physics.multirotor",
    "best_endurance_speed": "physics.multirotor",
    "best_range_speed": "physics.multirotor",
    "max_range": "physics.multirotor",
    "max_endurance": "physics.multirotor",
    "leg_energy": "physics.multirotor",
    "drag_area_from_mass": "physics.airframe",
    "parasite_drag": "physics.airframe",
    "parasite_power": "physics.airframe",
    "takeoff_mass": "physics.airframe",
    "empty_mass_from_total": "physics.airframe",
    "load_multirotors": "priors.calibration", "calibrated_parameters": "priors.calibration",
    "effective_disk_loading": "priors.calibration",
    "write_report": "report.document",
    "plot_power_curve": "report.plots",
    "plot_payload_curves": "report.plots",
    "plot_distribution": "report.plots",
    "plot_sensitivity": "report.plots",
}


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    if name in ("ureg", "Q_"):
        # on first use: ``import dronecalc`` loads neither pint nor numpy (the CLI sets
        # numpy's thread default before numpy loads, see cli.main)
        return getattr(importlib.import_module(".intake.registry", __name__), name)
    raise AttributeError(f"module 'dronecalc' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_EXPORTS) + ["ureg", "Q_"])


__all__ = ["ureg", "Q_", "DroneCalcError", "ParseError", "UnitError", "InputValueError",
           "ModelError", "CaseError", "MissingDependencyError", *_EXPORTS]
