"""What keeps ``dronecalc check`` fast (issue #14) stays equal to what it replaced.

The wall time itself is measured by benchmarks/speed.py, not here; these tests pin the
shortcuts: the numpy normal quantile against scipy's, the efficiency law's mass span read
from the raw data file against the validated data set, and the heavy scipy packages kept out
of a check that does not need them.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from dronecalc.engine.quantiles import percentile
from dronecalc.priors import calibration, tables
from dronecalc.priors.calibrated_file import takeoff_mass_lines
from dronecalc.priors.normal import ndtri
from helpers import run_python

ROOT = Path(__file__).resolve().parents[1]


def test_ndtri_equals_scipy_in_the_centre_and_within_an_ulp_in_the_tails():
    from scipy.special import ndtri as scipy_ndtri
    rng = np.random.default_rng(14)
    centre = rng.uniform(0.1354, 0.8646, 200_000)
    assert np.array_equal(ndtri(centre), scipy_ndtri(centre))
    tails = np.concatenate([rng.uniform(0.0, 0.1354, 100_000),
                            10.0 ** rng.uniform(-300, -1, 100_000),
                            1.0 - 10.0 ** rng.uniform(-16, -1, 100_000)])
    np.testing.assert_allclose(ndtri(tails), scipy_ndtri(tails), rtol=1.2e-15, atol=0)


def test_ndtri_published_values_and_edges():
    # Abramowitz & Stegun (1964), Handbook of Mathematical Functions, table 26.5 (to 9 decimals)
    assert ndtri(0.975) == pytest.approx(1.959963985, abs=5e-10)
    assert ndtri(0.05) == pytest.approx(-1.644853627, abs=5e-10)
    assert ndtri(0.995) == pytest.approx(2.575829304, abs=5e-10)
    assert ndtri(0.5) == 0.0
    edges = ndtri(np.array([0.0, 1.0, -0.1, 1.1, np.nan]))
    assert edges[0] == -np.inf and edges[1] == np.inf and np.isnan(edges[2:]).all()
    assert ndtri(np.zeros((2, 3)) + 0.3).shape == (2, 3)
    assert np.ndim(ndtri(0.3)) == 0


def test_efficiency_law_mass_span_equals_the_validated_data_set():
    law = calibration.load_calibrated()["efficiency_law"]
    names = set(law["drones"])
    masses = [r["reference_mass"] for r in calibration.sized_rows(calibration.load_multirotors())
              if r["drone"] in names]
    assert {r["drone"] for r in calibration.sized_rows() if r["drone"] in names} == names
    assert tables._takeoff_mass_span(names) == (min(masses), max(masses))
    # a name the per-table search misses falls back to parsing the whole file
    assert tables._takeoff_mass_span(names | {"no such drone"}) == (min(masses), max(masses))
    # calibrated.toml's per-drone masses, which a check reads, are the data set's, written
    # as calibrated_file writes them; a stored table missing a name falls back to the data
    stored = law["takeoff_mass_kg"]
    assert stored == tables._takeoff_masses(names)
    assert "\n".join(takeoff_mass_lines(law["drones"])) in (
        resources.files("dronecalc").joinpath("data", "calibrated.toml").read_text("utf-8"))
    assert tables.efficiency_law().masses == (min(masses), max(masses))
    partial = {k: v for k, v in stored.items() if k != min(stored, key=stored.get)}
    assert tables._takeoff_mass_span(names, partial) == (min(masses), max(masses))



def test_a_multirotor_check_imports_no_heavy_scipy_nor_numpy_ma_nor_the_fixed_wing_kinds():
    code = (
        "import sys, io, contextlib\n"
        "import dronecalc, dronecalc.cli\n"
        "heavy = ('scipy.optimize', 'scipy.special', 'scipy.linalg', 'numpy.ma',\n"
        "         'dronecalc.claims.fixed_wing', 'dronecalc.engine.fixed_wing')\n"
        "assert not [m for m in heavy if m in sys.modules], 'imported by import dronecalc.cli'\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    dronecalc.cli.main(['check', 'examples/cases/green-zone-2021.toml'])\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "from dronecalc.claims import registry\n"
        "print(registry.lookup('fixed-wing').name)\n")       # looked up: loaded then
    assert run_python(code).split() == ["[]", "fixed-wing"]


def test_import_dronecalc_loads_neither_numpy_nor_pint_and_the_cli_runs_blas_on_one_thread():
    code = (
        "import os, sys\n"
        "os.environ.pop('OPENBLAS_NUM_THREADS', None)\n"
        "import dronecalc, dronecalc.cli\n"
        "assert 'numpy' not in sys.modules and 'pint' not in sys.modules\n"
        "dronecalc.cli.main(['case', 'examples/cases/green-zone-2021.toml'])\n"
        "assert 'numpy' in sys.modules\n"
        "assert dronecalc.Q_('2 km').m_as('m') == 2000.0 and 'ureg' in dir(dronecalc)\n"
        "try:\n"
        "    status = open('/proc/self/status').read().split('Threads:')[1].split()[0]\n"
        "except (OSError, IndexError):\n"
        "    status = '1'\n"
        "print(os.environ.get('OPENBLAS_NUM_THREADS'), status)\n")
    assert run_python(code).strip().splitlines()[-1] == "1 1"     # no OpenBLAS worker threads


def test_a_refitted_efficiency_law_is_never_answered_from_another_laws_cached_factors():
    # the law's results are cached per sample array (a check evaluates it ~220 times); a law
    # refitted without one machine (priors.holdout, the leave-one-out benchmarks) must give
    # its own factors on the same arrays, not the shipped law's
    import dataclasses
    shipped = tables.efficiency_law()
    mass, q = np.array([1.0, 5.0, 20.0]), np.array([0.1, 0.5, 0.9])
    first = shipped.efficiencies(mass, q)
    shifted = dataclasses.replace(shipped, theta=(shipped.theta[0] - 0.3, shipped.theta[1]))
    second = shifted.efficiencies(mass, q)
    ratio = second["figure_of_merit"] / first["figure_of_merit"]
    assert np.allclose(ratio, np.exp(-0.1))          # cube root of the factor exp(-0.3)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(allow_nan=True, allow_infinity=True, width=64), min_size=1,
                max_size=60),
       st.lists(st.floats(0.0, 100.0), min_size=1, max_size=4), st.integers(0, 3))
def test_percentile_is_numpys_float_for_float(values, q, repeat):
    # ties (repeated values), infinities and NaN included; numpy.percentile is the reference
    a = np.array(values * (repeat + 1))
    with np.errstate(invalid="ignore"):
        expected = np.percentile(a, q)
        got = percentile(a, q)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    assert np.array_equal(got, expected, equal_nan=True)


def test_percentile_of_a_large_sample_and_numpys_own_cases():
    rng = np.random.default_rng(3)
    for a in (rng.normal(size=61_000), np.exp(30 * rng.normal(size=9_999)),
              rng.integers(0, 4, 5_000).astype(float)):
        for q in ((5.0, 50.0, 95.0), (5.0, 95.0), (0.0, 100.0)):
            assert np.array_equal(percentile(a, q), np.percentile(a, q))
    for a, q in ((np.arange(5), (50.0,)), (np.ones((2, 3)), (5.0, 95.0)), (np.array([1.0]), 50.0)):
        assert np.array_equal(percentile(a, q), np.percentile(a, q))   # handed to numpy


def test_percentile_from_brackets_is_numpys_on_large_arrays():
    # arrays of BRACKET_MIN entries or more take their order statistics from brackets
    # placed by a subsample (engine/quantiles._bracketed); ties, infinities, sorted and
    # reversed input, few distinct values and a constant array (no bracket: the partition)
    from dronecalc.engine import quantiles
    rng = np.random.default_rng(9)
    n = 40_000
    arrays = (rng.lognormal(0.0, 0.3, 77_884), rng.integers(0, 4, n).astype(float),
              np.full(n, 20.0), np.exp(30 * rng.normal(size=n)), np.sort(rng.normal(size=n)),
              np.sort(rng.normal(size=n))[::-1].copy(), np.round(rng.normal(size=n), 2),
              np.concatenate([rng.normal(size=n), np.full(n // 2, np.inf),
                              np.full(99, -np.inf)]))
    with np.errstate(invalid="ignore"):
        for a in arrays:
            assert a.size >= quantiles.BRACKET_MIN
            for q in ((5.0, 50.0, 95.0), (5.0, 95.0), (0.0, 100.0), (0.0, 5.0, 100.0),
                      (99.99,), (0.001, 50.0), (50.0, 50.0)):
                assert np.array_equal(percentile(a, q), np.percentile(a, q), equal_nan=True)
    a = arrays[0]
    k = np.array([a.size // 20, a.size // 2])
    assert quantiles._bracketed(a, k, k + 1) is not None       # the brackets were used
    assert quantiles._bracketed(arrays[2], k, k + 1) is None    # one value: the partition


def test_shared_machines_build_once_only_for_the_very_batch():
    from dronecalc.engine import machine
    from dronecalc.claims import checks
    case = checks.load_machine(str(ROOT / "examples" / "cases" / "green-zone-2021.toml"))
    ctx = checks.Context.build(case, 2_000, 0)
    values, other = dict(ctx.mc.values), dict(ctx.mc.values)
    with machine.shared_machines(values):
        first = machine.vehicle(values)
        assert machine.vehicle(values) is first and machine.vehicle(values, True) is first
        assert machine.vehicle(values, False) is not first
        assert machine.vehicle(other) is not first            # another mapping: built anew
    assert machine.vehicle(values) is not first               # outside the block: anew
    again = machine.vehicle(values).as_arrays()
    for name, column in first.as_arrays().items():
        assert np.array_equal(column, again[name], equal_nan=True)


def test_calibrated_file_parsed_once_per_content_and_copies_handed_out():
    first, second = calibration.load_calibrated(), calibration.load_calibrated()
    assert first == second and first is not second
    first["fit"]["theta"][0] = -1.0                      # a caller's edit stays its own
    assert calibration.load_calibrated() == second
    text = resources.files("dronecalc").joinpath("data", "calibrated.toml").read_text("utf-8")
    assert calibration._parse_toml(text) == second       # keyed on the file's content


def test_ndtri_in_blocks_equals_ndtri_of_the_whole_array():
    from dronecalc.priors import normal
    rng = np.random.default_rng(11)
    p = np.concatenate([rng.uniform(0.0, 1.0, 3 * normal._BLOCK + 17),
                        [0.0, 1.0, np.nan, -0.5, 1.5, 1e-300, 1.0 - 1e-16]])
    rng.shuffle(p)
    with np.errstate(invalid="ignore"):
        whole = normal._ndtri(p)
        blocked = ndtri(p)
        assert np.array_equal(blocked, whole, equal_nan=True)
        assert np.array_equal(ndtri(p.reshape(-1, 8)), whole.reshape(-1, 8), equal_nan=True)


def test_margins_in_blocks_equal_margins_of_the_whole_batch():
    from dronecalc.claims import checks
    from dronecalc.engine import machine, montecarlo
    case = checks.load_machine(str(ROOT / "examples" / "cases" / "green-zone-2021.toml"))
    inputs = checks.Context.build(case, 1_000, 0).inputs
    drawn = montecarlo.sample(inputs, 2 * machine._BLOCK + 123, 5)
    blocked, whole = machine.margins(drawn), machine._margins(drawn)
    assert blocked.keys() == whole.keys()
    for name in whole:
        assert np.array_equal(blocked[name], whole[name], equal_nan=True)


def test_motor_and_lift_figures_in_blocks_equal_those_of_the_whole_batch():
    from dronecalc.claims import checks
    from dronecalc.claims.kinds import lift, motor
    from dronecalc.engine import machine, montecarlo
    case = checks.load_machine(str(ROOT / "examples" / "cases" / "green-zone-2021.toml"))
    inputs = checks.Context.build(case, 1_000, 0).inputs
    drawn = montecarlo.sample(inputs, 2 * machine._BLOCK + 77, 3)
    blocked = machine.blockwise(motor._full_throttle, drawn)
    whole = motor._full_throttle(drawn)
    for name in whole:
        assert blocked[name].shape == (2 * machine._BLOCK + 77,)
        assert np.array_equal(blocked[name], whole[name], equal_nan=True)
    assert np.array_equal(motor.tip_mach(drawn), blocked["tip_mach"], equal_nan=True)
    ratio = machine.blockwise(lambda b: {"r": lift.thrust_to_weight(b)}, drawn)["r"]
    assert np.array_equal(ratio, lift.thrust_to_weight(drawn), equal_nan=True)


def test_the_constraint_machine_is_the_machine_without_what_the_constraints_never_read():
    from dataclasses import fields
    from dronecalc.claims import checks
    from dronecalc.engine import machine, montecarlo
    case = checks.load_machine(str(ROOT / "examples" / "cases" / "green-zone-2021.toml"))
    inputs = checks.Context.build(case, 1_000, 0).inputs
    assert "efficiency_percentile" in inputs        # the law is what the lean build skips
    drawn = montecarlo.sample(inputs, 3_000, 4)
    lean, full = machine.constraint_machine(drawn), machine.vehicle(drawn, True)
    unread = {"figure_of_merit", "drive_efficiency", "usable_fraction", "drag_area"}
    assert "drag_area" not in inputs                # derived from the mass: skipped too
    for f in fields(full):
        got, want = np.asarray(getattr(lean, f.name)), np.asarray(getattr(full, f.name))
        if f.name in unread:
            assert np.isnan(got).all() and np.isfinite(want).all()
        else:
            assert np.array_equal(got, want, equal_nan=True), f.name
    with machine.shared_machines(drawn):            # the bound's probes: one shared machine
        assert machine.constraint_machine(drawn) is machine.vehicle(drawn, True)
        shared = machine.margins(drawn)
    alone = machine.margins(drawn)
    assert shared.keys() == alone.keys()
    for name in alone:
        assert np.array_equal(shared[name], alone[name], equal_nan=True)
