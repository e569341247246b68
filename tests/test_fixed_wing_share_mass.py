"""benchmarks/fixed_wing_share_mass.py (fwdata, issue 13): the energy share against take-off
mass. The line and its leave-one-out must be exact on a power law, and a row's share must be
its stated energy over its take-off mass (the Condor's flight manual: LiPo 3S 5000 mAh,
55.5 Wh, on 2.5 kg is 22.2 Wh per kg)."""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from helpers import benchmark

from dronecalc.priors import fixed_wing as fwp

_BENCH = benchmark("fixed_wing_share_mass")


@settings(max_examples=30, deadline=None)
@given(a=st.floats(-3.0, 5.0), b=st.floats(-1.0, 1.0))
def test_a_power_law_is_fitted_exactly_and_held_out_without_error(a, b):
    ln_m = np.log([0.5, 1.0, 3.0, 7.0, 20.0])
    ln_y = a + b * ln_m
    fa, fb = _BENCH.fit_line(ln_m, ln_y)
    assert (fa, fb) == (pytest.approx(a, abs=1e-9), pytest.approx(b, abs=1e-9))
    pooled, line = _BENCH.loo_rms(ln_m, ln_y)
    assert line == pytest.approx(0.0, abs=1e-8)
    assert pooled > 0.0 or abs(b) < 1e-12


def test_a_row_share_is_its_stated_energy_over_its_take_off_mass():
    (condor,) = [r for r in fwp.load_fixed_wing() if r["name"].startswith("Condor")]
    assert _BENCH.share_of(condor) == pytest.approx(55.5 / 2.5, rel=1e-3)
    classes = _BENCH.stated_by_class()
    assert all(len(rows) >= 5 for rows in classes.values())
