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


TYPOS = """[case]
title = "T"
source = "s"
[vehicle]
rotor = 4
mass = "6.5"
[figures.F1]
field = "flight_time"
text = "30 min"
role = "claims"
[figures.F3]
field = "flight_time"
text = "20 min"
role = "claim"
at_speed = "fast"
"""


def test_case_file_typos_get_the_name_they_meant_and_an_example_in_their_unit(tmp_path):
    """ux5's trial (R1, R2): '[vehicle] rotor' and role 'claims' had no did-you-mean,
    'vehicle.mass: takeoff_mass: needs a unit' named another field, and at_speed = "fast"
    was told 'e.g. "3 kg"'."""
    path = tmp_path / "typos.toml"
    path.write_text(TYPOS, encoding="utf-8")
    with pytest.raises(DroneCalcError) as err:
        dronecalc.load_case(path)
    problems = {p.split(":")[0]: p for p in err.value.problems}
    assert "did you mean 'rotors'" in problems["vehicle.rotor"]
    assert "did you mean 'claim'" in problems["figures.F1.role"]
    assert "takeoff_mass" not in problems["vehicle.mass"]
    assert "needs a unit" in problems["vehicle.mass"]
    assert 'e.g. "30 km/h"' in problems["figures.F3.at_speed"]
