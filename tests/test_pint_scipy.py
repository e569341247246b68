"""The command's one-shot hook that keeps pint.compat from loading scipy (issue 14: check's
start-up), in a fresh interpreter: pint loads without scipy, scipy.optimize still loads
afterwards (a bound), and the hook refuses nothing but pint's own look."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CODE = """
import sys
from dronecalc import _codecache
_codecache.install()
import pint, pint.compat
print(pint.compat.HAS_SCIPY, "scipy" in sys.modules)
from scipy.optimize import minimize
print(round(float(minimize(lambda x: (x[0] - 2.0) ** 2, [0.0], method="SLSQP").x[0]), 6))
"""


def test_pint_loads_without_scipy_and_scipy_still_loads_after():
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "DRONECALC_NO_CODE_CACHE": "1"}
    out = subprocess.run([sys.executable, "-c", _CODE], capture_output=True, text=True,
                         env=env, check=True).stdout.split()
    assert out == ["False", "False", "2.0"]


def test_the_hook_refuses_only_pint_compat():
    from dronecalc._codecache import _PintScipy
    saved = _PintScipy.used
    try:
        _PintScipy.used = False
        assert _PintScipy.find_spec("numpy") is None
        assert _PintScipy.used is False
        assert _PintScipy.find_spec("scipy") is None          # asked from here, not pint
        assert _PintScipy.used is True
        assert _PintScipy.find_spec("scipy") is None          # inert from then on
    finally:
        _PintScipy.used = saved
