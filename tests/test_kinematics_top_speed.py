"""An "up to" speed in the kinematic cross-check is a maximum, not the speed held (review 5,
finding 6): "12 km in 18 minutes, flying at up to 65 km/h" is one flight (a 40 km/h average
under a 65 km/h maximum); a maximum below the average the range and time need is not."""
from __future__ import annotations

import pytest

from dronecalc import check, load_case

CASE = """[case]
title = "delivery"
source = "review 5, e5.txt"
[figures.F1]
field = "airframe"
text = "quadcopter"
role = "input"
[figures.F2]
field = "empty_mass"
text = "9 kg"
role = "input"
[figures.F3]
field = "range"
text = "12 km"
role = "claim"
[figures.F4]
field = "flight_time"
text = "18 minutes"
role = "claim"
[figures.F5]
field = "speed"
text = "{speed}"
role = "claim"
"""


@pytest.mark.parametrize("speed, verdict", [("up to 65 km/h", "consistent"),
                                            ("up to 30 km/h", "implausible"),
                                            ("60-70 km/h", "implausible")])
def test_a_maximum_speed_bounds_the_average_from_above(tmp_path, speed, verdict):
    path = tmp_path / "c.toml"
    path.write_text(CASE.format(speed=speed))
    result = check(load_case(path), samples=2000)
    (finding,) = [f for f in result.findings if f.check == "kinematics"]
    assert finding.verdict == verdict


@pytest.mark.parametrize("range_text", ["up to 12 km", "about 12 km", "12 km"])
def test_the_kinematic_statement_reads_for_any_range_wording(tmp_path, range_text):
    """Review 6: "A up to 40 km range (F1) flown in 50 min": the range's own text went
    between the article and the noun; it now follows "A range of"."""
    path = tmp_path / "c.toml"
    path.write_text(CASE.format(speed="60-70 km/h").replace('text = "12 km"',
                                                           f'text = "{range_text}"'))
    result = check(load_case(path), samples=500)
    (finding,) = [f for f in result.findings if f.check == "kinematics"]
    assert finding.statement.startswith(f"A range of {range_text} (F3) flown in")
