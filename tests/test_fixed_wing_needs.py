"""A fixed-wing speed or ceiling claim that cannot be judged names the figure that would let
it be judged (issue 13: the held-out Silent Falcon and Sitaria give no motor power)."""
from pathlib import Path

import pytest

import dronecalc

HELD_OUT = Path(__file__).parent / "fixtures" / "cases" / "fixed_wing_heldout"


@pytest.mark.parametrize("name,claim", [("silent-falcon", "F7"), ("sitaria-uavos", "F7"),
                                        ("sitaria-uavos", "F8")])
def test_a_not_judged_speed_or_ceiling_names_the_engine_power_field(name, claim):
    result = dronecalc.check(dronecalc.load_case(HELD_OUT / f"{name}.toml"), samples=300,
                             seed=0)
    entry = [n for n in result.not_judged if n.claim == claim]
    assert entry, f"{name} {claim} is judged now: this test's premise is gone"
    assert "field engine_power" in entry[0].needs and "motors' maximum power" in entry[0].needs
