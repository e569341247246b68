"""The fixed-wing top-speed benchmark's propeller-efficiency variant (issue 13, propj): a
measured variant that is not shipped (benchmarks/fixed_wing_top_speed.py). Its curve is the UIUC
Propeller Database's DA4002 in axial flow; the top speed it gives is gone again when its
``with`` block ends (the package never carries it)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers
from dronecalc.physics import fixed_wing as fw

bench = helpers.benchmark("fixed_wing_top_speed")


def test_the_measured_curve_is_copied_whole():
    j, ct, cp = (np.asarray(x) for x in (bench.DA4002_J, bench.DA4002_CT, bench.DA4002_CP))
    assert len(j) == len(ct) == len(cp) == 25
    assert np.all(np.diff(j) > 0) and np.all(ct > 0) and np.all(cp > 0)
    # the inversion J(C_T / J^2) needs C_T / J^2 to fall monotonically with J
    assert np.all(np.diff(ct / j ** 2) < 0)
    # UIUC DA4002, 5064 rpm: J 0.659234, C_T 0.052166, C_P 0.049923 -> eta = J C_T / C_P 0.689,
    # the curve's peak (Brandt & Selig 2011's database, as restated in the benchmark)
    eta = j * ct / cp
    assert int(np.argmax(eta)) == 17
    assert j[17] == pytest.approx(0.659234) and eta[17] == pytest.approx(0.68885, abs=1e-4)


def test_the_design_point_keeps_its_efficiency():
    assert float(bench.eta_ratio(1.0)) == pytest.approx(1.0)


@settings(max_examples=60, deadline=None)
@given(st.floats(0.05, 1.0), st.floats(0.05, 1.0))
def test_less_drag_than_the_design_point_runs_the_propeller_past_its_peak(a, b):
    """Below the design C_D the propeller runs at a higher J, past its peak: the efficiency
    ratio is at most 1 and falls as the drag ratio falls."""
    lo, hi = sorted((a, b))
    r_lo, r_hi = (float(bench.eta_ratio(x)) for x in (lo, hi))
    assert 0.0 < r_lo <= r_hi + 1e-12 <= 1.0 + 1e-12


@settings(max_examples=40, deadline=None)
@given(st.floats(1.0, 3.0))
def test_more_drag_than_the_design_point_costs_efficiency_too(q):
    assert 0.0 < float(bench.eta_ratio(q)) <= 1.0 + 1e-12


def test_the_variant_lowers_the_top_speed_a_little_and_is_gone_after():
    shipped = fw.top_speed
    args = (np.array([20e3, 2e3]), np.array([200.0, 20.0]), 1.225, np.array([3.0, 1.0]),
            np.array([0.03, 0.03]), np.array([0.08, 0.05]))
    before = shipped(*args)
    with bench.variant("eta-j"):
        assert fw.top_speed is not shipped
        after = fw.top_speed(*args)
    assert fw.top_speed is shipped
    # near C_D0 at the top speed the drag ratio is about 1/2 of the best-range design's,
    # eta falls to ~0.94 of the peak and the top speed by about a third of that
    assert np.all(after < before) and np.all(after > 0.95 * before)


def test_an_unknown_variant_is_refused():
    with pytest.raises(ValueError, match="unknown variant"):
        with bench.variant("banana"):
            pass
