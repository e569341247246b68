"""An inferred engine power is drawn at each sampled machine's own take-off mass (issue #13,
fw17; fw16 found 70 % of the Harop case's draws outside the power law's p5-p95 at their own
mass): engine.fixed_wing_power and its use by engine.fixed_wing."""
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import dronecalc
from dronecalc.engine import fixed_wing as eng, fixed_wing_power as pw
from dronecalc.priors.fixed_wing_mass import MASS_PERCENTILES, power_law

ROOT = Path(__file__).resolve().parents[1]
HAROP = ROOT / "tests" / "fixtures" / "cases" / "ux8" / "harop-qudsnen.toml"
SHAHED = ROOT / "examples" / "cases" / "shahed-136.toml"


@pytest.fixture(scope="module")
def harop():
    return dronecalc.check(dronecalc.load_case(str(HAROP)), samples=4000, seed=0)


def test_each_machines_power_lies_in_the_laws_band_at_its_own_mass(harop):
    mc = harop.samples.monte_carlo
    m = mc.values["takeoff_mass"]
    assert np.ptp(m) > 100.0                      # the mass is inferred, 40-234 kg
    power = pw.with_power(mc.values)["engine_power"]
    law = power_law()
    low, high = (law.at(m, p) for p in MASS_PERCENTILES)
    assert np.all(power >= low * (1 - 1e-12)) and np.all(power <= high * (1 + 1e-12))
    # the law's residual scatter around P(m): half the draws above the median at their mass
    assert np.mean(power > law.median(m)) == pytest.approx(0.5, abs=0.03)
    # and a heavier machine a larger engine: rank correlation with the mass
    ranks = [np.argsort(np.argsort(x)) for x in (m, power)]
    assert np.corrcoef(*ranks)[0, 1] > 0.7


def test_the_power_is_drawn_once_through_its_percentile_not_apart(harop):
    inputs = harop.samples.monte_carlo.inputs
    assert pw.PERCENTILE in inputs and "engine_power" in inputs     # the band stays shown
    assert "engine_power" not in pw.drawn(inputs)
    assert "engine_power" not in harop.samples.monte_carlo.values
    for finding in harop.findings:
        assert all(d.assumption != "engine_power" for d in finding.drivers)
    power = next(a for a in harop.assumptions if a.name == "engine_power")
    assert "own take-off mass" in " ".join(n for f in harop.findings for n in f.notes)
    assert "drawn apart" not in power.note


def test_a_stated_power_is_drawn_as_before():
    case = dronecalc.load_case(str(SHAHED))
    result = dronecalc.check(case, samples=2000, seed=0)
    assert pw.PERCENTILE not in result.samples.monte_carlo.inputs
    assert "engine_power" in result.samples.monte_carlo.values


@settings(max_examples=40, deadline=None)
@given(st.floats(5.0, 2000.0), st.floats(1.01, 3.0), st.floats(5.0, 95.0), st.floats(0.0, 20.0))
def test_power_rises_with_mass_and_percentile_and_a_carried_payload_keeps_the_engine(
        mass, factor, pct, payload):
    v = {"takeoff_mass": np.array([mass, mass * factor, mass]),
         pw.PERCENTILE: np.array([pct, pct, min(95.0, pct + 1.0)]),
         "payload": np.zeros(3)}
    p = pw.with_power(v)["engine_power"]
    assert p[1] > p[0] and p[2] >= p[0]
    assert pw.with_power({"takeoff_mass": v["takeoff_mass"]}) == {"takeoff_mass":
                                                                  v["takeoff_mass"]}
    carried = eng.carrying({**v, "fuel_fraction": np.full(3, 0.2)}, "fixed-wing-piston",
                           payload)
    assert np.array_equal(carried["engine_power"], p)         # the airframe's engine
    assert pw.PERCENTILE not in carried
