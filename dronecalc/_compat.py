"""Old module paths (``dronecalc.checks``, ``dronecalc.mission``...) kept for one release.

Version 0.1 had every module at the top of the package. They now live in the layer packages
(``docs/architecture.md``); importing an old path still works, returns the new module and warns
with a :class:`DeprecationWarning` naming the new path.
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import warnings

#: old module name -> new module path (relative to ``dronecalc``)
MOVED = {
    "units": "intake.units", "figures": "intake.figures", "fields": "intake.fields",
    "case": "intake.case", "atmosphere": "physics.atmosphere", "battery": "physics.battery",
    "rotor": "physics.rotor", "propulsion": "physics.propulsion", "airframe": "physics.airframe",
    "vehicle": "physics.vehicle", "mission": "physics.multirotor",
    "calibration": "priors.calibration", "uncertainty": "engine.uncertainty",
    "checks": "claims.checks", "report": "report.text", "document": "report.document",
    "plots": "report.plots",
}


class _Loader(importlib.abc.Loader):
    def __init__(self, new: str) -> None:
        self.new = new

    def create_module(self, spec):
        return importlib.import_module(self.new)

    def exec_module(self, module) -> None:
        return None


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        head, _, name = fullname.rpartition(".")
        if head != "dronecalc" or name not in MOVED:
            return None
        new = f"dronecalc.{MOVED[name]}"
        warnings.warn(f"{fullname} moved to {new}; the old path goes in the next release",
                      DeprecationWarning, stacklevel=2)
        return importlib.util.spec_from_loader(fullname, _Loader(new))


def install() -> None:
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.append(_Finder())
