"""Review 6 findings the lead fixed outside intake: an input past its physical limits names
its figure, shows the value as written and says what to do; an out-of-range input kept as
written is not said to be "read as" its alternative."""
from __future__ import annotations

import pytest

import dronecalc
from dronecalc.errors import DroneCalcError

CASE = """[case]
title = "T"
source = "review 6, air.txt"
[figures.F1]
field = "airframe"
text = "quadcopter"
role = "input"
[figures.F2]
field = "flight_time"
text = "30 minutes"
role = "claim"
[figures.F3]
field = "altitude"
text = "12 km"
quote = "The drone flew 12 km in the air over the hills before landing."
role = "input"
"""


def test_an_input_past_its_physical_limits_names_its_figure_and_the_fix(tmp_path):
    path = tmp_path / "air.toml"
    path.write_text(CASE, encoding="utf-8")
    with pytest.raises(DroneCalcError) as err:
        dronecalc.check(dronecalc.load_case(path), samples=200)
    text = str(err.value)
    assert "F3" in text and "'12 km'" in text and "Quantity" not in text
    assert "kept as written" in text and "read as 12 m" not in text
    assert "context" in text                       # what to do about it
