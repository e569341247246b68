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
    "Case": "case", "load_case": "case",
    "Vehicle": "vehicle",
    "load_multirotors": "calibration",
}


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'dronecalc' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_EXPORTS))


__all__ = ["ureg", "Q_", "DroneCalcError", "ParseError", "UnitError", "InputValueError",
           "ModelError", "CaseError", "MissingDependencyError", *_EXPORTS]
