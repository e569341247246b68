"""The top-speed kind's limits, inspectable apart from its bisection (issues 10 and 12: the
top-speed benchmark of data/multirotors.toml asks which limit stops each sampled machine)."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from dronecalc import load_case
from dronecalc.claims.context import Context
from dronecalc.claims.kinds import top_speed as ts

from test_drive_prior import CASE as _QUAD      # the 0.9 kg camera quad with no Kv

CASE = _QUAD.format(extra="")


@pytest.fixture(scope="module")
def values(tmp_path_factory):
    path = tmp_path_factory.mktemp("limits") / "case.toml"
    path.write_text(CASE)
    return Context.build(load_case(path), 300, 5).mc.values


@pytest.mark.parametrize("ratio", [2.5, 4.0])
def test_the_top_speed_is_the_edge_of_the_level_flight_test(values, ratio):
    speed = ts.top_speed(values, False, None, ratio)
    a, thrust, power = ts.drive_limits(values, False, None, ratio)
    flies = ts.level_flight_test(a, thrust, power)
    inside = (speed > 0.1) & (speed < ts.SPEED_CEILING - 0.1)
    assert inside.mean() > 0.9
    assert np.all(flies(speed - 1e-3)[inside])
    assert not np.any(flies(speed + 1e-3)[inside])


def test_a_lower_tilt_only_tightens_the_same_test(values):
    a, thrust, power = ts.drive_limits(values, False, None, 2.5)
    speeds = np.linspace(0.0, 40.0, 9)[:, None]
    wide = ts.level_flight_test(a, thrust, power)(speeds)
    narrow = ts.level_flight_test(a, thrust, power, np.radians(25.0))(speeds)
    assert np.all(wide | ~narrow) and (wide & ~narrow).any()


def test_the_data_benchmark_renders_every_maker_top_speed_three_times():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import top_speed_data
    from dronecalc.priors.multirotors import load_multirotors
    named = {d["name"] for d in load_multirotors() if "max_speed" in d and "takeoff_mass" in d}
    rows = top_speed_data.cases()
    assert {r[0] for r in rows} == named and len(rows) == 2 * len(named)
    for name, rendering, case, facts in rows:
        claims = {k: f["text"] for k, f in case["figures"].items() if f["role"] == "claim"}
        assert claims == {f"X{k}": f"{k * facts['speed']:.6g} km/h" for k in (1, 2, 3)}
        fields = {f["field"] for f in case["figures"].values() if f["role"] == "input"}
        assert "takeoff_mass" in fields and ("rotor_diameter" in fields) <= (rendering == "spec")
