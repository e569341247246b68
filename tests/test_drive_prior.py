"""The drive's full-throttle thrust-to-weight prior (priors/drive.py, data/thrust_to_weight.toml)
and the top-speed and payload kinds that use it when no motor Kv is stated (issue #10)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from dronecalc import check, load_case
from dronecalc.claims.context import Context
from dronecalc.claims.kinds.top_speed import top_speed
from dronecalc.priors import drive

CASE = """
[case]
title = "a camera quad with no Kv"
source = "tests"
vehicle_kind = "multirotor"

[vehicle]
rotors = 4
mass = "0.9 kg"

[battery]
capacity = "5000 mAh"
cells = "4S"
{extra}
"""


def _case(tmp_path, extra=""):
    path = tmp_path / "case.toml"
    path.write_text(CASE.format(extra=extra))
    return load_case(path)


def _claim(ident, field, text):
    return f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{text}"\nrole = "claim"\n'


@pytest.fixture(scope="module")
def values(tmp_path_factory):
    ctx = Context.build(_case(tmp_path_factory.mktemp("drive")), 400, 3)
    return ctx.mc.values


def test_the_table_keeps_the_makers_figures_and_their_ratio():
    """Hobbywing X15 G2 sheet: 82 kgf max thrust, 37.5 kg recommended take-off weight per
    axis -> 2.19; every row's ratio is its max thrust over its rated load, with a source."""
    prior = drive.thrust_to_weight()
    rows = {r[0]: r for r in prior.rows}
    assert rows["Hobbywing XRotor X15 G2 propulsion system"][1] == pytest.approx(82 / 37.5,
                                                                               abs=0.01)
    import tomllib
    from importlib import resources
    table = tomllib.loads(resources.files("dronecalc").joinpath(
        "data/thrust_to_weight.toml").read_text())["ratio"]
    for entry in table:
        assert entry["source"]
        if "max_thrust_kgf" in entry:
            assert entry["value"] == pytest.approx(entry["max_thrust_kgf"]
                                                   / entry["rated_load_kg"], abs=0.01)
    used = [r[1] for r in prior.rows if r[4]]
    assert (prior.low, prior.high) == (min(used), max(used))
    assert all(r[1] >= 4 for r in prior.rows if not r[4])     # racing machines left out


@settings(max_examples=25, deadline=None)
@given(st.floats(1.0, 4.0))
def test_draws_stay_within_the_prior_and_above_the_control_margin(control):
    prior = drive.thrust_to_weight()
    drawn = drive.draw(np.random.default_rng(0), np.full(200, control))
    assert drawn.min() >= min(max(control, prior.low), prior.high) - 1e-12
    assert drawn.max() <= prior.high + 1e-12


@settings(max_examples=12, deadline=None)
@given(st.floats(1.2, 4.0), st.floats(1.01, 2.0))
def test_top_speed_rises_with_thrust_to_weight(values, ratio, step):
    slow = top_speed(values, False, None, ratio)
    fast = top_speed(values, False, None, ratio * step)
    assert np.all(fast >= slow - 1e-4)


@settings(max_examples=12, deadline=None)
@given(st.floats(1.2, 4.0), st.floats(1.05, 3.0))
def test_top_speed_falls_with_drag_area(values, ratio, factor):
    draggy = dict(values, drag_area_coefficient=values["drag_area_coefficient"] * factor)
    assert np.all(top_speed(draggy, False, None, ratio)
                  <= top_speed(values, False, None, ratio) + 1e-4)


def test_top_speed_never_exceeds_the_tilt_limit_speed(values):
    """At the trim tilt limit the parasite drag is at most W tan(limit) (the rotors' in-plane
    force takes part of the tilt): V <= sqrt(2 W tan(limit) / (rho f))."""
    from dronecalc.claims.kinds import top_speed as ts
    from dronecalc.engine import uncertainty as unc
    from dronecalc.physics import multirotor as mission
    a = mission._vehicle_arrays(unc.vehicle(values, False))
    tilt = np.sqrt(2 * a["weight"] * np.tan(ts.TILT_LIMIT)
                   / (a["air_density"] * a["total_drag_area"]))
    speed = top_speed(values, False, None, 3.0)
    assert np.all(speed <= tilt * (1 + 1e-5))
    bound = np.isclose(ts.trim(a, speed)[0], ts.TILT_LIMIT, atol=1e-4)
    assert bound.mean() > 0.2                               # tilt binds at ample thrust


def test_not_judged_becomes_judged_only_when_the_prior_applies(tmp_path):
    """No Kv: judged on the prior, which the finding names; a Kv: the motors, no prior."""
    claims = _claim("V", "top_speed", "21 m/s") + _claim("V3", "top_speed", "63 m/s")
    result = check(_case(tmp_path, claims), samples=1500, seed=1)
    found = {f.claims[0]: f for f in result.findings}
    assert not result.not_judged
    assert found["V"].verdict == "consistent" and found["V3"].verdict == "implausible"
    assert any("No motor Kv is stated" in n for n in found["V"].notes)
    assert "measured full-throttle thrust" in found["V"].overturn


@settings(max_examples=10, deadline=None)
@given(st.floats(15.0, 44.0), st.floats(1.0, 15.0))
def test_a_lower_stated_tilt_limit_never_raises_the_top_speed(values, tilt, less):
    high = top_speed(values, False, None, 2.5, np.radians(tilt))
    low = top_speed(values, False, None, 2.5, np.radians(tilt - less))
    assert np.all(low <= high + 1e-4)


def test_a_stated_max_tilt_sets_the_limit_and_the_finding_says_so(tmp_path):
    tilt = '\n[figures.A]\nfield = "max_tilt"\ntext = "35°"\nrole = "input"\n'
    claim = _claim("V", "top_speed", "21 m/s")
    plain = check(_case(tmp_path, claim), samples=1500, seed=1).findings[0]
    told = check(_case(tmp_path, claim + tilt), samples=1500, seed=1).findings[0]
    assert told.estimate.p50 < plain.estimate.p50
    assert any("35 deg (the stated maximum tilt)" in n for n in told.notes)
