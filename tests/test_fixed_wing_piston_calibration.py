"""A piston cruise calibration (issue 13, fuelcal): the engine's piston branch takes the factor
on its cruise eta L/D / BSFC, and the benchmark's fit of it is a fit of its rows' needs."""
import math
import statistics

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from dronecalc.engine import fixed_wing as eng
from dronecalc.priors import fixed_wing as fwp
from helpers import benchmark

PISTON = "fixed-wing-piston"
#: A ScanEagle-sized piston wing at the literature priors' centres (an illustration, not a row).
BASE = {"takeoff_mass": np.array([18.0]), "payload": np.array([0.0]),
        "wingspan": np.array([3.1]), "aspect_ratio": np.array([10.0]),
        "zero_lift_drag": np.array([0.039]), "max_lift_coefficient": np.array([1.2]),
        "propeller_efficiency": np.array([0.7]), "oswald_offset": np.array([0.0]),
        "fuel_mass": np.array([4.3]), "bsfc": np.array([1.5e-7]),
        "engine_power": np.array([2000.0]), "altitude": np.array([1000.0])}


@settings(max_examples=25, deadline=None)
@given(st.floats(0.05, 20.0))
def test_the_calibration_multiplies_the_piston_cruise_and_not_its_power_available(f):
    one = eng.performance({**BASE, "cruise_calibration": np.array([1.0])}, PISTON,
                          cruise_speed=np.array([25.0]))
    cal = eng.performance({**BASE, "cruise_calibration": np.array([f])}, PISTON,
                          cruise_speed=np.array([25.0]))
    # Breguet's range and endurance are linear in eta_p / BSFC (Raymer 2018 eqs. 17.28, 17.30)
    for key in ("max_range", "max_endurance", "range_at_speed", "endurance_at_speed"):
        assert cal[key][0] == pytest.approx(f * one[key][0], rel=1e-9)
    # the power available (shaft power x eta_p) is no cruise efficiency: speed and ceiling stay
    for key in ("top_speed", "ceiling", "best_range_speed", "stall_speed"):
        assert cal[key][0] == pytest.approx(one[key][0], rel=1e-12)


def test_no_piston_calibration_is_shipped_and_its_priors_stay_drawn():
    # measured held out and not shipped (docs/validation.md, fuelcal): the factor 1, every
    # literature range drawn
    assert PISTON not in fwp.KIND_CALIBRATION
    assert fwp.prior_set(PISTON) == fwp.prior_set(PISTON, calibrated=False)
    assert float(eng.calibration_factor(BASE, PISTON)) == 1.0


@pytest.fixture(scope="module")
def piston_fit():
    """The candidate fit of benchmarks/fixed_wing_drivers.py's part 3 for the pistons: the
    kind's absorbed priors held, the factor fitted under the checks' draws."""
    acc = benchmark("accuracy_fixed_wing")
    saved = dict(fwp.KIND_CALIBRATION)
    fwp.KIND_CALIBRATION[PISTON] = {"factor": 1.0, "sigma_ln": 0.0, "n": 2, "names": (),
                                    "speed": "best", "source": "test candidate"}
    try:
        rows = {r["name"]: r for r in fwp.load_fixed_wing()}
        full = acc.kind_calibration(PISTON, None, "best")
        logs = {n: statistics.mean(acc.figure_factor(n, k, "best")
                                   for k, _ in acc._figures(rows[n])) for n in full.names}
        fold = acc.kind_calibration(PISTON, full.names[0], "best")
        yield acc, rows, full, logs, fold
    finally:
        fwp.KIND_CALIBRATION.clear()
        fwp.KIND_CALIBRATION.update(saved)


def test_the_piston_calibration_is_a_fit_of_the_rows_that_state_their_fuel(piston_fit):
    acc, rows, full, logs, _ = piston_fit
    assert set(full.names) == {n for n, r in rows.items() if r["kind"] == PISTON
                               and "takeoff_mass" in r and fwp.stated_energy(r) is not None
                               and any(True for _ in acc._figures(r))}
    # the factor is the geometric mean of the per-aircraft needs, inside their spread
    ln = list(logs.values())
    assert math.log(full.factor) == pytest.approx(statistics.mean(ln), abs=1e-12)
    assert min(ln) < math.log(full.factor) < max(ln)
    assert full.sigma_ln == pytest.approx(statistics.stdev(ln), abs=1e-12)


def test_the_piston_fold_leaves_its_aircraft_out_and_is_reproducible(piston_fit):
    acc, _, full, logs, fold = piston_fit
    out = full.names[0]
    assert out not in fold.names and fold.n == full.n - 1
    rest = [x for n, x in logs.items() if n != out]
    assert math.log(fold.factor) == pytest.approx(statistics.mean(rest), abs=1e-12)
    assert fold.sigma_ln == pytest.approx(statistics.stdev(rest), abs=1e-12)
    # seeded per aircraft and figure: a second fit gives the same factor to the bit
    acc.figure_factor.cache_clear()
    acc.kind_calibration.cache_clear()
    assert acc.kind_calibration(PISTON, out, "best").factor == fold.factor


def test_each_fitted_factor_meets_its_stated_figure_under_the_checks_draws(piston_fit):
    acc, rows, full, _, _ = piston_fit
    name = "ScanEagle (gasoline, two-stroke)"         # endurance 15 h, fuel 4.3 kg stated
    assert name in full.names
    r = rows[name]
    fits = fwp.fit_excluding(name)
    i = next(i for i, x in enumerate(fwp.load_fixed_wing()) if x["name"] == name)
    rng = np.random.default_rng([acc.SEED, i, 0])
    v = acc._draws(r, fits, acc.FIT_SAMPLES, rng, False, figure="endurance", checks=True)
    f = math.exp(acc.figure_factor(name, "max_endurance", "best"))
    y = acc.predict(r, "max_endurance", fits, "best",
                    draws={**v, "cruise_calibration": f * v["cruise_calibration"]})
    assert float(np.median(y)) == pytest.approx(15.0 * 3600.0, rel=1e-6)
