"""The command's stand-in for importlib.metadata (``dronecalc/_leanmeta.py``, issue 14)
answers as the real module does, and hands it everything else."""
from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path

from dronecalc import _leanmeta

ROOT = Path(__file__).resolve().parents[1]


def test_every_installed_distributions_version_is_the_real_modules():
    names = {d.metadata["Name"] for d in importlib.metadata.distributions()}
    assert {"pint", "numpy"} <= {n.lower() for n in names if n}
    plain = 0
    for name in sorted(n for n in names if n):
        found = _leanmeta._plain_version(name)
        if found is not None:
            plain += 1
            assert found == importlib.metadata.version(name), name
    assert plain >= len(names) // 2            # most take the plain path here
    for name in ("Pint", "flexcache", "FlexParser", "typing-extensions", "typing_extensions"):
        assert _leanmeta.version(name) == importlib.metadata.version(name)


def test_the_command_start_imports_pint_without_the_metadata_module():
    code = ("import sys\n"
            "from dronecalc import _codecache\n"
            "_codecache.install()\n"
            "import numpy, pint\n"
            "stand_in = sys.modules['importlib.metadata']\n"
            "assert stand_in._dronecalc_stand_in and 'email' not in sys.modules\n"
            "print(pint.__version__)\n"
            "from importlib.metadata import PackageNotFoundError, version\n"   # the real one
            "assert not getattr(sys.modules['importlib.metadata'], '_dronecalc_stand_in', 0)\n"
            "print(version('pint'))\n"
            "try:\n"
            "    stand_in.version('no-such-distribution-dronecalc')\n"
            "except PackageNotFoundError:\n"
            "    print('not found')\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env, cwd=ROOT).stdout.split()
    assert out == [importlib.metadata.version("pint")] * 2 + ["not", "found"]


def test_no_stand_in_where_the_real_module_is_loaded():
    assert "importlib.metadata" in sys.modules
    assert _leanmeta.install() is False
    assert _leanmeta._Finder not in sys.meta_path


def test_the_command_start_defers_pints_scipy_import_and_scipy_still_works():
    code = ("import sys\n"
            "from dronecalc import _codecache\n"
            "_codecache.install()\n"
            "import numpy, pint, pint.compat\n"
            "assert pint.compat.HAS_SCIPY and sys.modules['scipy']._dronecalc_stand_in\n"
            "assert 'scipy._lib' not in sys.modules          # scipy's __init__ not run\n"
            "from dronecalc.engine import slsqp\n"
            "assert slsqp._solver() is not None and 'scipy._lib' not in sys.modules\n"
            "from scipy.special import ndtri\n"            # the first real use: real scipy
            "import scipy\n"
            "assert not hasattr(scipy, '_dronecalc_stand_in') and ndtri(0.5) == 0.0\n"
            "assert pint.compat.scipy.optimize.milp is scipy.optimize.milp\n"
            "print(scipy.__version__)\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env, cwd=ROOT).stdout.split()
    assert out == [importlib.metadata.version("scipy")]


def test_the_scipy_stand_in_answers_only_pints_import():
    assert _leanmeta._LazyScipy.find_spec("scipy") is None     # this module is not pint's
    assert _leanmeta._LazyScipy.find_spec("numpy") is None
