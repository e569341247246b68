"""The no-rotor-size path is consistent with the disk-loading law it uses (issue 12, fourth
round): the law absorbs figure of merit, drive efficiency and usable fraction, so the checks
hold them at the values it was fitted with, and the law is fitted under the checks' own draws
of what it does not absorb. Fast: describe() calls and one fit (~1 s)."""
import numpy as np
import pytest

from dronecalc.priors import calibration as cal
from dronecalc.priors import disk_fit
from dronecalc.priors.describe import describe

NEWS = {"rotors": 4, "takeoff_mass": "3.4 kg", "battery_energy": "130 Wh"}


@pytest.mark.parametrize("name", ["figure_of_merit", "drive_efficiency", "usable_fraction"])
def test_without_rotor_size_the_absorbed_efficiencies_are_held_where_the_law_was_fitted(name):
    inp = describe(NEWS, "large-lift-quad")[name]
    held = cal.calibrated_parameters()[name]["value"]
    assert inp.low == inp.high == pytest.approx(held)
    assert "disk-loading law" in inp.note


def test_with_rotor_size_and_a_stated_efficiency_the_literature_ranges_stay():
    inp = describe({**NEWS, "rotor_diameter": "0.5 m", "figure_of_merit": 0.6},
                   "large-lift-quad")
    assert inp["drive_efficiency"].low < inp["drive_efficiency"].high
    assert inp["usable_fraction"].low < inp["usable_fraction"].high


def test_a_stated_efficiency_without_rotor_size_is_kept():
    assert describe({**NEWS, "usable_fraction": 0.9}, "large-lift-quad")[
        "usable_fraction"].low == pytest.approx(0.9)


def test_the_law_is_fitted_under_draws_that_span_the_checks_priors():
    rows, _ = cal.fit_rows(cal.load_multirotors())
    draws = disk_fit.condition_draws(rows)
    inputs = describe(NEWS, "large-lift-quad")
    for name in disk_fit.CHECK_CONDITIONS:
        d = draws[name]
        assert d.shape[0] == len(rows) and d.shape[1] >= 32
        if name != "payload_drag_area":        # zero for rows without payload
            assert d.min() >= inputs[name].low - 1e-12 and d.max() <= inputs[name].high + 1e-12
            assert d.max() - d.min() > 0.8 * (inputs[name].high - inputs[name].low)
    # the fit's centre reproduces the makers' figures under those draws: median log residual ~0
    fit = cal.fit_parameters(cal.load_multirotors(), rows=rows, conditions=draws)
    assert fit["conditions"] == "checks" and abs(np.median(fit["residuals"])) < 0.05
    assert fit["covariance"][2, 2] == 0.0        # drag area drawn, not fitted
