"""What makes ``dronecalc check`` quick must not change what it computes (issue 14).

The timings themselves are measured in ``benchmarks/speed.py`` (``--check-only``), not here.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _python(code: str) -> str:
    """Standard output of ``code`` run in a fresh interpreter from the repository root."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True).stdout


def test_the_cli_collects_garbage_again_after_loading_and_leaves_a_disabled_collector_off():
    code = (
        "import gc, io, contextlib, sys\n"
        "import dronecalc.cli as cli\n"
        "off = sys.argv[1:] == ['off']\n"
        "if off:\n"
        "    gc.disable()\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    cli.main(['check', '--samples', '1000', 'examples/cases/green-zone-2021.toml'])\n"
        "    cli.main(['case', 'examples/cases/green-zone-2021.toml'])\n"
        "print(gc.isenabled())\n")
    assert _python(code).split() == ["True"]
    out = subprocess.run([sys.executable, "-c", code, "off"], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert out.split() == ["False"]
