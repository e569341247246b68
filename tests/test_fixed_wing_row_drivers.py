"""benchmarks/fixed_wing_row_drivers.py (fwacc, issue 13): the value one input alone needs to
match a stated figure. A battery wing's endurance is its energy x eta over the power required,
linear in the propeller efficiency and in the energy on board, so the scan must find centre x
need there."""
import math

import numpy as np
import pytest
from helpers import benchmark

_BENCH = benchmark("fixed_wing_row_drivers")


def test_crossing_finds_the_root_and_none_without_one():
    x = np.geomspace(0.1, 10.0, 201)
    assert _BENCH._crossing(x, x ** 2, 4.0) == pytest.approx(2.0, rel=1e-3)
    assert _BENCH._crossing(x, x ** 2, 1e4) is None


@pytest.fixture(scope="module")
def results():
    return _BENCH.row_drivers(show=False)


def test_a_battery_wing_needs_centre_times_need_of_its_linear_inputs(results):
    (puma,) = [r for r in results if r["name"].startswith("Puma AE")]
    for label in ("eta_p", "share"):
        assert puma["match"][label] == pytest.approx(puma["centre"][label] * puma["need"],
                                                     rel=0.02)
    assert 0.5 < puma["need"] < 2.0          # stated 2 h: the model is not off by a factor 2


def test_every_benchmark_figure_is_scanned_once_with_a_finite_need(results):
    bench = _BENCH._B
    expected = sum(len(bench.rows_for(key)) for key in bench.FIGURES)
    assert len(results) == expected
    assert all(math.isfinite(r["need"]) and r["need"] > 0 for r in results)
