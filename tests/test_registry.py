"""The claim-kind registry: one module per kind, registered once, looked up by name."""
from __future__ import annotations

from pathlib import Path

import pytest

from dronecalc.claims import registry
from dronecalc.errors import DroneCalcError

ROOT = Path(__file__).resolve().parents[1]


def test_every_kind_module_registers_and_runs_in_order():
    kinds = registry.load_kinds()
    names = [k.name for k in kinds]
    first = ["kinematics", "endurance", "range", "leg", "statement", "lift", "motor", "radio"]
    assert [n for n in names if n in first] == first and "top_speed" in names
    assert [k.order for k in kinds] == sorted(k.order for k in kinds)


def test_a_kind_registered_twice_is_refused():
    kind = registry.lookup("endurance")
    with pytest.raises(ValueError, match="registered twice"):
        registry.register(kind)


def test_an_unknown_kind_names_the_known_ones():
    with pytest.raises(DroneCalcError, match="unknown claim kind") as exc:
        registry.lookup("teleport")
    assert "endurance" in str(exc.value) and "teleport" in str(exc.value)


def test_no_claims_module_is_over_700_lines():
    for path in (ROOT / "dronecalc" / "claims").rglob("*.py"):
        assert len(path.read_text().splitlines()) <= 700, path


# --------------------------------------------------------------------------- top speed

TOP_SPEED = """
[case]
title = "top speed"
source = "tests"

[vehicle]
rotors = 4
rotor_diameter = "15 in"
empty_mass = "2 kg"
motor_kv = "400 Kv"

[battery]
capacity = "10000 mAh"
cells = "6S"

[figures.V]
field = "top_speed"
text = "{speed}"
role = "claim"
"""


def _top_speed(tmp_path, speed):
    from dronecalc import check, load_case
    path = tmp_path / "top.toml"
    path.write_text(TOP_SPEED.format(speed=speed))
    found = [f for f in check(load_case(path), samples=2000, seed=1).findings
             if f.check == "top_speed"]
    assert len(found) == 1
    return found[0]


def test_top_speed_at_the_model_median_holds_and_three_times_it_does_not(tmp_path):
    median = _top_speed(tmp_path, "10 km/h").estimate.p50
    assert _top_speed(tmp_path, f"{0.9 * median:.0f} km/h").verdict == "consistent"
    assert _top_speed(tmp_path, f"{3 * median:.0f} km/h").verdict == "implausible"


def test_top_speed_respects_the_tilt_limit():
    """At the top speed found, no machine's trim (parasite and rotor in-plane drag) is tilted
    beyond the 60 deg limit."""
    import numpy as np
    from dronecalc.claims.kinds import top_speed as ts
    from dronecalc.engine import uncertainty as unc
    inputs = unc.describe({"rotors": 4, "rotor_diameter": "15 in", "empty_mass": "2 kg",
                           "motor_kv": "400 Kv", "battery_capacity": "10000 mAh",
                           "cells": "6S"}, "large-lift-quad")
    values = unc.sample(inputs, 500, 0)
    speed = ts.top_speed(values, True)
    a = ts.drive_limits(values, True)[0]
    assert np.all(ts.trim(a, speed)[0] <= ts.TILT_LIMIT + 1e-6)
    assert np.all((speed > 0) & (speed <= ts.SPEED_CEILING))
