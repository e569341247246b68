"""dronecalc: could a drone really do what this report says it did?

Physics (rotor momentum theory, battery energy, drag), units (pint) and uncertainty
(Monte Carlo, generous bounds) for checking claims about multirotor drones.

Public names are imported lazily so that ``import dronecalc`` stays fast and the optional
plotting extra is only imported when a plot is asked for.
"""
from __future__ import annotations

import importlib

from .errors import (CaseError, DroneCalcError, InputValueError, MissingDependencyError,
                     ModelError, ParseError, UnitError)
from .units import Q_, ureg

__version__ = "0.1.0"

# public name -> module that defines it (one line per name; add yours here)
_EXPORTS = {
    "Figure": "figures", "parse": "figures",
    "read_figure": "fields", "FIELDS": "fields",
    "Flag": "fields",
    "Case": "case", "load_case": "case",
    "Vehicle": "vehicle",
    "check": "checks",
    "estimate": "checks",
    "Finding": "checks",
    "CheckResult": "checks",
    "EstimateResult": "checks",
    "format_check": "report",
    "format_estimate": "report",
    "check_json": "report",
    "estimate_json": "report",
    "describe": "uncertainty",
    "monte_carlo": "uncertainty",
    "generous_bound": "uncertainty",
    "sensitivity": "uncertainty",
    "PRIOR_SETS": "uncertainty",
    "air_density": "atmosphere",
    "air_temperature": "atmosphere",
    "air_pressure": "atmosphere",
    "speed_of_sound": "atmosphere",
    "disk_area": "rotor",
    "ideal_hover_power": "rotor",
    "hover_power": "rotor",
    "climb_power": "rotor",
    "glauert_inflow": "rotor",
    "forward_flight_power": "rotor",
    "trim_tilt": "rotor",
    "hover_tip_speed": "rotor",
    "pack_energy": "battery",
    "pack_voltage": "battery",
    "pack_mass": "battery",
    "rate_efficiency": "battery",
    "usable_energy": "battery",
    "drive_efficiency": "propulsion",
    "no_load_rpm": "propulsion",
    "loaded_rpm": "propulsion",
    "tip_speed": "propulsion",
    "tip_mach": "propulsion",
    "static_thrust_ceiling": "propulsion",
    "thrust_to_weight": "propulsion",
    "performance": "mission",
    "power_curve": "mission",
    "leg": "mission",
    "payload_curve": "mission",
    "hover_endurance": "mission",
    "electrical_power": "mission",
    "endurance_at_speed": "mission",
    "range_at_speed": "mission",
    "best_endurance_speed": "mission",
    "best_range_speed": "mission",
    "max_range": "mission",
    "max_endurance": "mission",
    "leg_energy": "mission",
    "drag_area_from_mass": "airframe",
    "parasite_drag": "airframe",
    "parasite_power": "airframe",
    "takeoff_mass": "airframe",
    "empty_mass_from_total": "airframe",
    "load_multirotors": "calibration", "calibrated_parameters": "calibration",
    "effective_disk_loading": "calibration",
    "write_report": "document",
    "plot_power_curve": "plots",
    "plot_payload_curves": "plots",
    "plot_distribution": "plots",
    "plot_sensitivity": "plots",
}


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'dronecalc' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_EXPORTS))


__all__ = ["ureg", "Q_", "DroneCalcError", "ParseError", "UnitError", "InputValueError",
           "ModelError", "CaseError", "MissingDependencyError", *_EXPORTS]
