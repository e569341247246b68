"""An electric fixed wing that states no motor power draws one from the sourced power-loading
prior (fwmotor13, priors.fixed_wing_motor), so its top speed, cruise speed and ceiling claims
get a verdict where they were "not judged"; a stated power still wins."""
from pathlib import Path

import numpy as np
import pytest

import dronecalc
from dronecalc.engine import fixed_wing_power as pw
from dronecalc.errors import DroneCalcError
from dronecalc.priors import fixed_wing_motor as fwmo
from dronecalc.priors.fixed_wing_mass import MASS_PERCENTILES

ROOT = Path(__file__).resolve().parents[1]
ZIPLINE = ROOT / "tests" / "fixtures" / "cases" / "heldout3" / "zipline-digitaltrends.toml"
SAMPLES = 3000


def _case(tmp_path, top_speed="128 km/h", extra=""):
    """A 20 kg electric wing with a top speed claim (the Zipline case's F1 and F3)."""
    text = f"""[case]
title = "an electric wing"
source = "a test"
vehicle_kind = "fixed-wing-electric"

[figures.F1]
field = "takeoff_mass"
text = "20 kg"
role = "input"

[figures.F3]
field = "top_speed"
text = "{top_speed}"
role = "claim"
{extra}"""
    path = tmp_path / f"wing-{top_speed.replace(' ', '').replace('/', '')}.toml"
    path.write_text(text, encoding="utf-8")
    return dronecalc.check(dronecalc.load_case(path), samples=SAMPLES, seed=0)


def _finding(result, fig):
    return next(f for f in result.findings if f.claims == [fig])


def test_top_and_cruise_speed_claims_on_an_electric_wing_get_a_verdict():
    result = dronecalc.check(dronecalc.load_case(ZIPLINE), samples=SAMPLES, seed=0)
    assert not result.not_judged
    for fig in ("F3", "F4"):                     # top speed 128 km/h, cruise 101 km/h
        finding = _finding(result, fig)
        assert finding.verdict in ("consistent", "needs-checking", "implausible")
        notes = " ".join(finding.notes)
        assert "no motor power" in notes and "W/kg" in notes and "judgement" in notes
    drawn = result.samples.monte_carlo.inputs
    assert pw.MOTOR_PERCENTILE in drawn and "engine_power" not in pw.drawn(drawn)


def test_a_ceiling_claim_on_an_electric_wing_gets_a_verdict(tmp_path):
    extra = '\n[figures.F4]\nfield = "service_ceiling"\ntext = "4000 m"\nrole = "claim"\n'
    result = _case(tmp_path, extra=extra)
    assert {f.check for f in result.findings if f.claims == ["F4"]} == {"ceiling"}


@pytest.mark.parametrize("speed", [60.0, 128.0, 250.0])
def test_doubling_the_claimed_top_speed_never_raises_the_probability(tmp_path, speed):
    once = _finding(_case(tmp_path, f"{speed:g} km/h"), "F3").probability
    twice = _finding(_case(tmp_path, f"{2 * speed:g} km/h"), "F3").probability
    assert once is not None and twice is not None
    assert twice <= once
    assert twice < once or once == 0.0


def test_a_stated_motor_power_overrides_the_prior(tmp_path):
    inferred = _case(tmp_path).samples.monte_carlo
    assert pw.MOTOR_PERCENTILE in inferred.inputs
    assert np.ptp(pw.with_power(inferred.values)["engine_power"]) > 1000.0   # drawn, wide
    extra = '\n[figures.F2]\nfield = "engine_power"\ntext = "3 kW"\nrole = "input"\n'
    result = _case(tmp_path, extra=extra)
    mc = result.samples.monte_carlo
    assert pw.MOTOR_PERCENTILE not in mc.inputs
    assert np.all(mc.values["engine_power"] == 3000.0)
    assert "no motor power" not in " ".join(_finding(result, "F3").notes)


def test_the_prior_is_drawn_only_where_a_claim_needs_the_power(tmp_path):
    text = (ZIPLINE.read_text(encoding="utf-8").split("[figures.F2]")[0]
            + "[figures.F5]" + ZIPLINE.read_text(encoding="utf-8").split("[figures.F5]")[1])
    path = tmp_path / "range-only.toml"
    path.write_text(text, encoding="utf-8")
    result = dronecalc.check(dronecalc.load_case(path), samples=SAMPLES, seed=0)
    assert [f.check for f in result.findings if f.claims == ["F5"]] == ["range"]
    assert "engine_power" not in result.samples.monte_carlo.inputs      # flown as before
    with_speed = dronecalc.check(dronecalc.load_case(ZIPLINE), samples=SAMPLES, seed=0)
    assert pw.MOTOR_PERCENTILE in with_speed.samples.monte_carlo.inputs


def test_each_machines_motor_power_lies_in_the_laws_band_at_its_own_mass():
    law = fwmo.motor_law()
    m = np.array([0.5, 2.0, 20.0, 20.0, 80.0])
    pct = np.array([5.0, 50.0, 5.0, 95.0, 50.0])
    p = pw.with_power({"takeoff_mass": m, pw.MOTOR_PERCENTILE: pct})["engine_power"]
    low, high = (law.at(m, q) for q in MASS_PERCENTILES)
    assert np.all(p >= low * (1 - 1e-12)) and np.all(p <= high * (1 + 1e-12))
    assert p[1] == pytest.approx(2.0 * law.loading)          # the median is the loading x m
    assert p[3] > p[2]


def test_the_data_rows_are_sourced_and_the_law_is_fitted_on_them():
    rows = fwmo.motor_rows()
    assert len(rows) == fwmo.motor_law().n >= 7
    for r in fwmo._file_rows():
        for key in ("takeoff_mass", "motor_power"):
            assert r[key].source.startswith("http") and r[key].basis
    with pytest.raises(DroneCalcError):
        fwmo.parse_motor_rows('[[aircraft]]\nname = "x"\ntakeoff_mass = { value = "2 kg", '
                              'basis = "builder", source = "http://a" }\n')
