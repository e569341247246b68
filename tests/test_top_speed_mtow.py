"""The top-speed kind without a motor Kv applies the thrust-to-weight prior where
data/thrust_to_weight.toml defines it, at the MAXIMUM take-off mass: available thrust =
(T/W at MTOW) x MTOW x g, the MTOW stated or the design full load fitted on real machines
(claims/kinds/payload.py), never the case's lighter take-off mass."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from dronecalc import check, load_case
from dronecalc.claims.context import Context
from dronecalc.claims.kinds import top_speed as ts

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

[figures.V]
field = "top_speed"
text = "21 m/s"
role = "claim"
{extra}
"""


def _case(tmp_path, extra=""):
    path = tmp_path / "case.toml"
    path.write_text(CASE.format(extra=extra))
    return load_case(path)


def _mtow(text):
    return (f'\n[figures.M]\nfield = "max_takeoff_mass"\ntext = "{text}"\n'
            'role = "input"\n')


@pytest.fixture(scope="module")
def values(tmp_path_factory):
    return Context.build(_case(tmp_path_factory.mktemp("mtow")), 400, 3).mc.values


@settings(max_examples=10, deadline=None)
@given(st.floats(1.01, 2.0))
def test_the_thrust_is_the_ratio_at_the_maximum_take_off_mass(values, factor):
    """At the same ratio a heavier MTOW never flies slower; at MTOW = the take-off mass the
    speed is the take-off-mass reading (the design full load is never below the mass flown)."""
    takeoff = ts.full_load(values, None)
    assert np.allclose(ts.full_load(values, dict(max_takeoff=takeoff * factor)),
                       takeoff * factor)
    at_takeoff = ts.top_speed(values, True, None, 1.7, load=dict(max_takeoff=takeoff))
    assert np.allclose(at_takeoff, ts.top_speed(values, True, None, 1.7))
    heavier = ts.top_speed(values, True, None, 1.7, load=dict(max_takeoff=takeoff * factor))
    assert np.all(heavier >= at_takeoff - 1e-4)
    # a stated MTOW below the mass flown is the mass flown (design_full_load's floor)
    assert np.allclose(ts.full_load(values, dict(max_takeoff=0.1)), takeoff)


def test_the_ratio_at_mtow_equals_the_ratio_times_mtow_over_the_take_off_mass(values):
    """T = r_MTOW x MTOW x g is the same thrust as r_MTOW x MTOW / TOM at the take-off mass."""
    takeoff = ts.full_load(values, None)
    mtow = dict(max_takeoff=1.4 * takeoff)
    assert np.allclose(ts.top_speed(values, True, None, 1.7, load=mtow),
                       ts.top_speed(values, True, None, 1.7 * 1.4), atol=1e-4)


def test_a_stated_mtow_raises_the_judged_top_speed(tmp_path):
    """Before the fix the stated MTOW did not move the top speed at all (the ratio was
    applied at the 0.9 kg take-off mass); now twice the mass of thrust base flies faster."""
    light = check(_case(tmp_path, _mtow("0.9 kg")), samples=1500, seed=1).verdicts["V"]
    heavy = check(_case(tmp_path, _mtow("1.8 kg")), samples=1500, seed=1).verdicts["V"]
    assert heavy.estimate.p50 > light.estimate.p50 * 1.05
    assert heavy.generous_bound.value > light.generous_bound.value
    (note,) = [n for n in heavy.notes if n.startswith("No motor Kv is stated")]
    assert "at the maximum take-off mass (MTOW)" in note
    assert "the stated maximum take-off mass of 1.8 kg" in note


def test_without_a_stated_mtow_the_fitted_design_load_is_named(tmp_path):
    found = check(_case(tmp_path), samples=1500, seed=1).verdicts["V"]
    (note,) = [n for n in found.notes if n.startswith("No motor Kv is stated")]
    assert "the maximum take-off mass not stated: the design full load taken as" in note


def test_a_stated_motor_kv_ignores_the_mtow(tmp_path):
    text = CASE.replace('mass = "0.9 kg"', 'mass = "0.9 kg"\nrotor_diameter = "9 in"\n'
                        'motor_kv = "920 Kv"')
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text(text.format(extra=_mtow("0.9 kg")))
    b.write_text(text.format(extra=_mtow("1.8 kg")))
    fa = check(load_case(a), samples=800, seed=1).verdicts["V"]
    fb = check(load_case(b), samples=800, seed=1).verdicts["V"]
    assert fa.estimate == fb.estimate
