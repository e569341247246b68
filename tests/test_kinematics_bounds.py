"""A range or radius stated as a bound and a typical or average time are no one exact flight
(issue 10, tilt round): "an operating radius of up to 10 km ... deliveries take on average 3
minutes ... at up to 80 km/h" (a Manna drone-delivery article) had been read as one 10 km
flight in 3 minutes, 200 km/h against 80: a wrong IMPLAUSIBLE. A bound or an average cannot
contradict a speed x time product that fits within it; a product outside the bound's side
still disagrees, and exact figures are judged as before."""
from __future__ import annotations

import pytest

from dronecalc import check, load_case

CASE = """[case]
title = "delivery drone"
source = "tests, after a Manna drone-delivery article"
vehicle_kind = "multirotor"
[figures.F1]
field = "takeoff_mass"
text = "23 kg"
role = "input"
[figures.F2]
field = "range"
text = "{range}"
quote = "Its drones have an operating radius of {range}."
role = "claim"
[figures.F3]
field = "flight_time"
text = "{time}"
quote = "{time_quote}"
role = "claim"
[figures.F4]
field = "speed"
text = "{speed}"
quote = "They fly at {speed}."
role = "claim"
"""


def _kinematics(tmp_path, rng, time, speed, quote=None):
    path = tmp_path / "c.toml"
    path.write_text(CASE.format(range=rng, time=time, speed=speed,
                                time_quote=quote or f"A flight takes {time}."))
    (finding,) = [f for f in check(load_case(path), samples=500).findings
                  if f.check == "kinematics"]
    return finding


def test_the_manna_radius_and_average_time_are_no_contradiction(tmp_path):
    found = _kinematics(tmp_path, "up to 10 km", "3 minutes", "up to 80 km/h",
                        "Deliveries take on average 3 minutes.")
    assert found.verdict == "consistent"
    assert "bound" in found.statement and "cannot contradict" in found.statement


@pytest.mark.parametrize("rng, time, speed, quote, verdict, words", [
    # an average time: a flight of the whole range may take longer than the average one
    ("12 km", "18 minutes", "up to 30 km/h", "Deliveries take on average 18 minutes.",
     "consistent", "average"),
    # the same figures stated as one flight's: 12 km in 18 min needs 40 km/h > 30 km/h
    ("12 km", "18 minutes", "up to 30 km/h", None, "implausible", "at that maximum"),
    # a lower bound on the range outside the product: 30 km/h x 18 min = 9 km < 12 km
    ("more than 12 km", "18 minutes", "up to 30 km/h", None, "implausible", "at that maximum"),
    # a lower bound on the range with a speed held: it may be longer than 80 x 30 min
    ("more than 5 km", "30 minutes", "80 km/h", None, "consistent", "lower bound"),
    # an upper bound on the range with a speed held, outside it: 80 x 3 min = 4 km > 2 km
    ("up to 2 km", "3 minutes", "80 km/h", None, "implausible", "would cover"),
    # an approximate time within its rounding: 10.5 km in 30 min at 20 km/h is 5 % apart
    ("10.5 km", "about 30 minutes", "up to 20 km/h", None, "consistent", "approximate"),
])
def test_bounds_and_averages_are_judged_on_their_side(tmp_path, rng, time, speed, quote,
                                                      verdict, words):
    found = _kinematics(tmp_path, rng, time, speed, quote)
    assert found.verdict == verdict and words in found.statement


def test_a_leg_stated_up_to_a_distance_is_compared_as_a_bound(tmp_path):
    """The leg cross-check (distance vs speed x the leg's time) had skipped any open figure;
    "up to 10 km" against 80 km/h x 3 min = 4 km agrees, against 80 km/h x 12 min = 16 km it
    is 60 % over the bound."""
    leg = CASE.replace('field = "range"', 'field = "distance"').replace(
        'role = "claim"\n[figures.F4]', 'role = "claim"\nrefers = ["F2"]\n[figures.F4]'
    ) + 'refers = ["F2"]\n'                                   # the speed and time of F2's leg
    for time, verdict in (("3 minutes", "consistent"), ("12 minutes", "implausible")):
        path = tmp_path / "leg.toml"
        path.write_text(leg.format(range="up to 10 km", time=time, speed="80 km/h",
                                   time_quote=f"Deliveries take on average {time}."))
        (found,) = [f for f in check(load_case(path), samples=300).findings
                    if f.check == "cross-check"]
        assert found.verdict == verdict and "bound" in found.statement
        assert "average" in found.statement
