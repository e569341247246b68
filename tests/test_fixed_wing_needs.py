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


def test_an_ambiguous_vtol_says_that_either_kind_assumes_a_battery():
    """Tekever AR3 ('VTOL fixed-wing', no power plant stated): set to either VTOL kind it
    would be judged on a battery (its 8 h implausible as either); the entry says so."""
    result = dronecalc.check(dronecalc.load_case(HELD_OUT / "tekever-ar3.toml"), samples=100,
                             seed=0)
    assert result.not_judged and all(
        "could be a quadplane or a tailsitter" in n.reason
        and "assumes a battery" in n.reason for n in result.not_judged)
