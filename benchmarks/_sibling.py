"""Load another benchmark script of this folder as a module (benchmarks/ is no package).

Used by the scripts that reuse a sibling's data or functions (``accuracy_fixed_wing``'s rows,
``fixed_wing_predictors``' nested fits)::

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _sibling import load  # noqa: E402

    acc = load("accuracy_fixed_wing")

Each call executes the file afresh and returns a new module that is not put in
``sys.modules``, as the copies this replaces did: a script that patches its copy (as
``fixed_wing_part_load`` patches ``_draws``) changes no other script's.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

_HERE = Path(__file__).resolve().parent


def load(name: str) -> ModuleType:
    """The module ``benchmarks/NAME.py``, executed from its file, under the module name
    ``name``."""
    path = _HERE / f"{name}.py"
    if not path.is_file():
        known = sorted(p.stem for p in _HERE.glob("*.py") if not p.stem.startswith("_"))
        raise FileNotFoundError(f"no benchmark script {path}: known names are {known}")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
