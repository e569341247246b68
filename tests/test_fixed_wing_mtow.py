"""A fixed wing whose source states only its maximum take-off mass is flown at it (makers state
range and endurance at the maximum take-off mass), where it had been "not judged" for want of a
mass once extract drafted the phrase as max_takeoff_mass (review round 2, finding 6)."""
from __future__ import annotations

from dronecalc import load_case
from dronecalc.claims import checks

CASE = """[case]
title = "t"
source = "s"

[figures.A]
field = "airframe"
text = "fixed-wing"
role = "input"

[figures.E]
field = "engine_type"
text = "piston"
role = "input"

[figures.M]
field = "max_takeoff_mass"
text = "650 kg"
role = "input"

[figures.T]
field = "flight_time"
text = "27 h"
role = "claim"
"""


def _result(tmp_path, text):
    path = tmp_path / "c.toml"
    path.write_text(text)
    return checks.check(load_case(path), 400, 0)


def test_a_fixed_wing_with_only_its_maximum_take_off_mass_is_flown_at_it(tmp_path):
    result = _result(tmp_path, CASE)
    assert not result.not_judged and result.verdicts["T"].check == "endurance"
    assert result.samples.inputs["takeoff_mass"].low == 650.0


def test_a_stated_take_off_mass_wins_over_the_maximum(tmp_path):
    text = CASE + '\n[figures.W]\nfield = "takeoff_mass"\ntext = "500 kg"\nrole = "input"\n'
    result = _result(tmp_path, text)
    assert result.samples.inputs["takeoff_mass"].high == 500.0


def test_a_fixed_wing_maximum_payload_claim_is_judged_like_a_payload(tmp_path):
    # an unwritten TB2 passage: "a payload capacity of 150 kg" was "no model for a max_payload
    # claim yet" on a fixed wing, though its payload and warhead claims are judged
    text = CASE + '\n[figures.P]\nfield = "max_payload"\ntext = "150 kg"\nrole = "claim"\n'
    result = _result(tmp_path, text)
    assert "P" not in {n.claim for n in result.not_judged}
    assert result.verdicts["P"].check == "payload"
