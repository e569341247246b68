"""Leave-one-out priors for the validation benchmarks (dronecalc.priors.holdout, issue #10)."""
from __future__ import annotations

import numpy as np
import pytest

from dronecalc.priors import calibration, conditioned, holdout, tables

NAME = "DJI Matrice 300 RTK"


def test_a_refit_without_anyone_reproduces_the_shipped_laws():
    # the hold-out refits the laws as calibrated.toml was made; if that recipe changes, the
    # benchmark's leave-one-out would judge with another model than the checks use
    shipped, refit = calibration.load_calibrated(), holdout.refitted([])
    for section in ("fit", "efficiency_law"):
        assert np.allclose(refit[section]["theta"], shipped[section]["theta"],
                           rtol=1e-4, atol=1e-5), section
    assert refit["efficiency_law"]["scatter_log"] == pytest.approx(
        shipped["efficiency_law"]["scatter_log"], rel=1e-4)


def test_inside_a_hold_out_no_fit_sees_the_machine_and_after_it_all_is_restored():
    before = (tables.efficiency_law(), conditioned.relations(), calibration.load_calibrated)
    with holdout.held_out([NAME]):
        assert NAME not in calibration.load_calibrated()["efficiency_law"]["drones"]
        assert NAME not in calibration.load_calibrated()["meta"]["drones"]
        assert all(NAME not in rel.rows for rel in conditioned.relations().values())
        assert tables.efficiency_law().theta != before[0].theta
    assert calibration.load_calibrated is before[2]
    assert tables.efficiency_law().theta == before[0].theta
    assert conditioned.relations() is before[1]
    assert NAME in conditioned.relations()["cells"].rows
