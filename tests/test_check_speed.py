"""What makes ``dronecalc check`` quick must not change what it computes (issue 14).

The timings themselves are measured in ``benchmarks/speed.py`` (``--check-only``), not here.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from helpers import run_python

ROOT = Path(__file__).resolve().parents[1]



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
    assert run_python(code).split() == ["True"]
    out = subprocess.run([sys.executable, "-c", code, "off"], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert out.split() == ["False"]


#: Documented spellings (docs/case-format.md, "Units are pint's, plus ...") -> the SI value of
#: "2 <spelling>" (or of the spelling itself where it carries its number), and its SI unit.
_DOCUMENTED = {
    "km/h": (2 / 3.6, "m/s"), "kph": (2 / 3.6, "m/s"), "kmh": (2 / 3.6, "m/s"),
    "mph": (2 * 0.44704, "m/s"), "knots": (2 * 1852 / 3600, "m/s"), "kt": (2 * 1852 / 3600, "m/s"),
    "min": (120.0, "s"), "mins": (120.0, "s"), "h": (7200.0, "s"), "hrs": (7200.0, "s"),
    "mAh": (7.2, "C"), "Ah": (7200.0, "C"), "Wh": (7200.0, "J"),
    "degC": (275.15, "K"), "°C": (275.15, "K"), "in": (0.0508, "m"), '"': (0.0508, "m"),
    "kgf": (2 * 9.80665, "N"), "gf": (2 * 9.80665e-3, "N"),
    "kg": (2.0, "kg"), "kgs": (2.0, "kg"), "kilo": (2.0, "kg"), "kilos": (2.0, "kg"),
    "6S": (6.0, "cell"), "320KV": (320 * 2 * 3.141592653589793 / 60, "rad/s/V"),
    "320 Kv": (320 * 2 * 3.141592653589793 / 60, "rad/s/V"),
    "320kv": (320 * 2 * 3.141592653589793 / 60, "rad/s/V"),
    "320 kV": (320e3, "V"), "320 kilovolts": (320e3, "V"),
    "mah": (7.2, "C"), "MAh": (7.2e9, "C"), "mWh": (7.2, "J"), "MWh": (7.2e9, "J"),
    "kn": (2 * 1852 / 3600, "m/s"), "kN": (2e3, "N"), "mV": (2e-3, "V"), "MV": (2e6, "V"),
    # unit words in any case and watt-seconds (review 22); pint's bare ton is the short ton
    "1.5 Tonnes": (1500.0, "kg"), "3 KILOGRAMS": (3.0, "kg"), "12 Miles": (12 * 1609.344, "m"),
    "75 Ws": (75.0, "J"), "75 watt-seconds": (75.0, "J"), "ton": (2 * 907.18474, "kg"),
    "Tonnes": (2000.0, "kg"),
}
#: Documented as refused: a spelling whose letter case was lost, and logarithmic units.
_AMBIGUOUS, _LOGARITHMIC = ("MAH", "Mah", "MWH", "Mwh", "KN", "Kn"), ("dB", "dBm", "dB/m")


def test_every_unit_the_case_format_documents_parses_to_its_value():
    import math
    import re
    import dronecalc
    from dronecalc.intake.figures import AmbiguousUnitError
    from dronecalc.errors import UnitError
    text = (ROOT / "docs" / "case-format.md").read_text(encoding="utf-8")
    paragraph = text[text.index("Units are pint's"):text.index("Errors, always")]
    spans = set()
    for span in re.findall(r"`([^`]+)`", paragraph):
        if span.startswith('"') and len(span) > 1:        # a quoted figure: "320 kV"
            spans.add(span.strip('"'))
        elif span[0].isdigit():                            # a figure: 6S, 320 Kv
            spans.add(span)
        else:                                              # unit words: `km/h kph kmh`
            spans.update(span.split())
    spans -= {"AmbiguousUnitError", "parse", "read_figure", "ambiguous", "battery_charge",
              "5000 MAH"}                                # names and an example, not units
    documented = set(_DOCUMENTED) | set(_AMBIGUOUS) | set(_LOGARITHMIC)
    assert spans <= documented, f"documented but not tested here: {spans - documented}"
    for spelling, (value, unit) in _DOCUMENTED.items():
        figure = dronecalc.parse(spelling if spelling[0].isdigit() else f"2 {spelling}")
        assert math.isclose(figure.low.m_as(unit), value, rel_tol=1e-9), spelling
    for spelling in _AMBIGUOUS:
        with pytest.raises(AmbiguousUnitError):
            dronecalc.parse(f"2 {spelling}")
    for spelling in _LOGARITHMIC:
        with pytest.raises(UnitError):
            dronecalc.parse(f"3 {spelling}")
    for name in ("furlong", "fortnight", "nautical_mile", "kilowatt_hour"):   # "pint's"
        assert dronecalc.parse(f"2 {name}").low.magnitude == 2.0


@settings(max_examples=80, deadline=None)
@given(st.lists(st.floats(-3.0, 3.0), min_size=1, max_size=6), st.floats(-0.2, 1.2),
       st.integers(0, 3), st.floats(-1.0, 1.0), st.booleans(), st.sampled_from([1, 2, 5, 48]))
def test_solve_for_on_windows_gives_the_whole_grids_answer(roots, start, gaps, target, steps,
                                                           window):
    """An elementwise objective is searched on widening windows; the answer must be the one
    the whole grid gives: same root, same tie rule, across NaN gaps, roots at grid points,
    starts outside the limits and no root at all."""
    import numpy as np
    from dronecalc.engine import sensitivity
    from dronecalc.priors.describe import Input
    box = {"empty_mass": Input("empty_mass", 1.0, 3.0, "assumption", "")}
    span = np.array(roots)

    def objective(values):
        x = np.asarray(values["empty_mass"], dtype=float)
        u = (x - 2.0) / 0.2                           # grid 0.05-60 kg: roots 1.4-2.6 kg
        out = np.prod(u[:, None] - span[None, :], axis=1)
        if steps:
            out = np.floor(out * 4.0) / 4.0           # flat runs: exact zeros and ties
        for g in range(gaps):                         # NaN and inf gaps
            out[(x > 1.0 + g) & (x < 1.2 + g)] = np.nan if g % 2 else np.inf
        return out

    def marked(values):
        return objective(values)
    marked.elementwise = True
    saved, sensitivity._WINDOW = sensitivity._WINDOW, window   # narrow: edges met often
    try:
        for x0 in (1.0 + 2.0 * start, 2.0, -5.0, 100.0):
            point = {"empty_mass": x0}
            assert (sensitivity.solve_for(box, marked, point, "empty_mass", target)
                    == sensitivity.solve_for(box, objective, point, "empty_mass", target))
    finally:
        sensitivity._WINDOW = saved


@pytest.mark.parametrize("window", [1, 5, 48])
def test_solve_for_on_windows_sees_a_nearer_root_across_a_gap_beyond_the_window(window):
    # the grid values left of 2 kg are NaN down to 1.6 kg; the sign change across that gap
    # gives a root at ~1.99 kg, nearer the current 2 kg than the one at 2.06 kg that the
    # first window finds: the window must widen before answering
    import numpy as np
    from dronecalc.engine import sensitivity
    from dronecalc.priors.describe import Input
    box = {"empty_mass": Input("empty_mass", 1.0, 3.0, "assumption", "")}

    def objective(values):
        x = np.asarray(values["empty_mass"], dtype=float)
        return np.where((x > 1.6) & (x < 1.999), np.nan, (x - 1.95) * (x - 2.06))

    def marked(values):
        return objective(values)
    marked.elementwise = True
    saved, sensitivity._WINDOW = sensitivity._WINDOW, window
    try:
        got = sensitivity.solve_for(box, marked, {"empty_mass": 2.0}, "empty_mass", 0.0)
    finally:
        sensitivity._WINDOW = saved
    assert got == sensitivity.solve_for(box, objective, {"empty_mass": 2.0}, "empty_mass", 0.0)
    assert 1.6 < got < 2.0


def test_the_command_ends_at_once_with_its_exit_code_and_all_of_its_output():
    import json
    run = lambda *args: subprocess.run([sys.executable, "-m", "dronecalc", *args],
                                       capture_output=True, text=True, cwd=ROOT)
    done = run("check", "--json", "--samples", "1000", "examples/cases/green-zone-2021.toml")
    assert done.returncode == 0 and json.loads(done.stdout)["run"]["samples_drawn"] == 1000
    assert "warning" in done.stderr                       # written before the end, not lost
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("dronecalc ")
    assert run("check").returncode == 2                   # argparse's usage error
    assert run("check", "no-such-file.toml").returncode == 2
