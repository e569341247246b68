"""A fixed wing's range too short for its flight time (claims.fixed_wing_kinematics.too_slow,
issue 13; review 17): a wing cannot fly below its stall speed, so the maximum range is at least
stall speed x endurance, and a pair allowing a slower mean speed is flagged needs-checking."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dronecalc import check, load_case

HERE = Path(__file__).parent
PISTON = """
[case]
title = "slow pair"
source = "tests"
vehicle_kind = "{kind}"

[figures.M]
field = "takeoff_mass"
text = "20 kg"
role = "input"

[figures.R]
field = "range"
text = "{range}"
role = "claim"

[figures.T]
field = "flight_time"
text = "{time}"
role = "claim"
"""


def _run(tmp_path, range_text, time_text, kind="fixed-wing-piston"):
    path = tmp_path / f"c{abs(hash((range_text, time_text, kind)))}.toml"
    path.write_text(PISTON.format(range=range_text, time=time_text, kind=kind))
    result = check(load_case(path), samples=2000, seed=0)
    return [f for f in result.findings if f.check == "kinematics"]


def test_height_drafted_as_range_is_flagged_against_the_stall_speed():
    # "stay in the air for up to 15 hours ... fly as high as 16,000 feet": 0.3 km/h
    result = check(load_case(HERE / "fixtures/cases/review17/scaneagle-height-as-range.toml"),
                   samples=2000, seed=0)
    kin = [f for f in result.findings if f.check == "kinematics"]
    assert len(kin) == 1 and kin[0].verdict == "needs-checking"
    assert "stall speed" in kin[0].statement and kin[0].probability == 0.0
    assert kin[0].claimed.low < 1.0 < kin[0].estimate.p5          # km/h


def test_a_range_the_wing_can_cover_in_that_time_is_not_flagged(tmp_path):
    kin = _run(tmp_path, "1000 km", "10 hours")
    assert kin and all("stall speed" not in f.statement for f in kin)


def test_a_range_open_above_allows_any_mean_speed(tmp_path):
    kin = _run(tmp_path, "more than 3 km", "15 hours")
    assert all("stall speed" not in f.statement for f in kin)


def test_electric_wing_without_motor_power_still_gets_the_slow_check(tmp_path):
    kin = _run(tmp_path, "5 km", "3 hours", kind="fixed-wing-electric")
    assert len(kin) == 1 and kin[0].verdict == "needs-checking"


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(km=st.sampled_from([1.0, 5.0, 20.0, 60.0, 200.0]))
def test_never_harsher_than_needs_checking_and_a_longer_range_never_flags_more(tmp_path, km):
    shorter = _run(tmp_path, f"{km} km", "10 hours")
    longer = _run(tmp_path, f"{km * 4} km", "10 hours")
    slow = [f for f in shorter + longer if "stall speed" in f.statement]
    assert all(f.verdict == "needs-checking" for f in slow)
    p = [next((f.probability for f in k if "stall speed" in f.statement), 1.0)
         for k in (shorter, longer)]
    assert p[0] <= p[1]
