"""What makes ``dronecalc check`` quick must not change what it computes (issue 14).

The timings themselves are measured in ``benchmarks/speed.py`` (``--check-only``), not here.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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


def _same_form_and_bits(a, b) -> bool:
    """Two Vehicle fields: both floats or both arrays of one shape, both or neither a view of
    one value (the chain treats that as a scalar), the same bits everywhere."""
    import numpy as np
    from dronecalc.engine.gather import _one_value
    if np.ndim(a) != np.ndim(b) or np.shape(a) != np.shape(b) or _one_value(a) != _one_value(b):
        return False
    bits = [np.ascontiguousarray(x, dtype=float).view(np.uint64) for x in (a, b)]
    return bool(np.array_equal(*bits))


@pytest.mark.parametrize("name", ["green-zone-2021", "news-story-small-quad", "dji-matrice-600"])
def test_gathered_machines_are_the_assembled_ones_bit_for_bit(name, monkeypatch):
    import numpy as np
    from dataclasses import fields
    from dronecalc.claims import checks
    from dronecalc.engine import machine, montecarlo
    from dronecalc.physics import multirotor as mission
    from dronecalc.physics.vehicle import Vehicle
    monkeypatch.setattr(machine, "_BLOCK", 700)          # several blocks to join
    case = checks.load_machine(str(ROOT / "examples" / "cases" / f"{name}.toml"))
    inputs = checks.Context.build(case, 1_000, 0).inputs
    mc = montecarlo.monte_carlo(inputs, 2_500, 3)
    assert len(mc.all_machines) > 1
    names = [f.name for f in fields(Vehicle)]
    for loaded in (True, False):
        gathered, built = mc.machine(loaded), machine._vehicle(mc.values, loaded)
        assert all(_same_form_and_bits(getattr(gathered, n), getattr(built, n)) for n in names)
        ours, theirs = (mission.performance(m, speeds=montecarlo.MC_SPEEDS)
                        for m in (gathered, built))
        assert all(_same_form_and_bits(ours[k], theirs[k]) for k in theirs)
    rows = np.flatnonzero(mc.all_margins["empty_mass"] > 0)[::3]
    subset = {k: np.broadcast_to(v[:1], rows.shape) if v.strides == (0,) else v.take(rows)
              for k, v in mc.all_values.items()}
    gathered, built = mc.drawn_machine(rows), machine._vehicle(subset, True)
    assert all(_same_form_and_bits(getattr(gathered, n), getattr(built, n)) for n in names)
    assert mc.drawn_machine(None) is mc.all_machines[0]   # joined once
    points = {k: v[:40] for k, v in mc.values.items()}
    with machine.shared_machines(points):                  # flown empty: from the loaded one
        empty = machine.vehicle(points, False)
        assert machine.vehicle(points, False) is empty
    built = machine._vehicle(points, False)
    assert all(_same_form_and_bits(getattr(empty, n), getattr(built, n)) for n in names)
