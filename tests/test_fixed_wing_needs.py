"""A fixed-wing speed or ceiling claim that cannot be judged names the figure that would let
it be judged (issue 13: the held-out Silent Falcon and Sitaria gave no motor power; since
fwmotor13 a plain electric wing draws one from a prior, since vtolspeed a VTOL kind too)."""
from pathlib import Path

import pytest

import dronecalc

HELD_OUT = Path(__file__).parent / "fixtures" / "cases" / "fixed_wing_heldout"


@pytest.mark.parametrize("kind,field,text,check", [
    ("vtol-quadplane", "top_speed", "120 km/h", "speed"),
    ("tailsitter", "service_ceiling", "3000 m", "ceiling")])
def test_a_vtol_speed_or_ceiling_is_judged_on_an_inferred_power_naming_engine_power(
        tmp_path, kind, field, text, check):
    """The held-out Silent Falcon and Sitaria (plain electric wings) are judged on the motor
    power prior since fwmotor13 (tests/test_fixed_wing_motor.py); a VTOL kind's speed or
    ceiling since vtolspeed too (a quadplane's cruise motor on that prior, a tailsitter's on
    its rotors at full thrust: claims.fixed_wing_vtol_power), and the finding says a stated
    engine_power would replace the inferred one."""
    path = tmp_path / "vtol.toml"
    path.write_text(f"""[case]
title = "a VTOL wing"
source = "a test"
vehicle_kind = "{kind}"

[figures.F1]
field = "takeoff_mass"
text = "20 kg"
role = "input"

[figures.F2]
field = "{field}"
text = "{text}"
role = "claim"
""", encoding="utf-8")
    result = dronecalc.check(dronecalc.load_case(path), samples=300, seed=0)
    assert not [n for n in result.not_judged if n.claim == "F2"]
    (finding,) = [f for f in result.findings if f.claims == ["F2"] and f.check == check]
    assert any("a stated engine_power replaces it" in n for n in finding.notes)


def test_an_ambiguous_vtol_is_judged_on_a_battery_and_as_the_hybrid():
    """Tekever AR3 ('VTOL fixed-wing', no power plant stated): it had no claim judged, and set
    to either battery kind its 8 h would be judged on a battery alone. Since vtoltwo13 it is
    read as the battery quadplane, the hybrid quadplane and the (battery) tailsitter, and the
    8 h, which only the hybrid reaches, needs checking, each reading shown."""
    result = dronecalc.check(dronecalc.load_case(HELD_OUT / "tekever-ar3.toml"), samples=500,
                             seed=0)
    found = result.verdicts["F5"]
    said = {r.kind: r.verdict for r in found.readings}
    assert said["vtol-quadplane-piston"] == "consistent" and found.verdict == "needs-checking"
    assert said["tailsitter"] != "consistent" and said["vtol-quadplane"] != "consistent"
    assert "could be a quadplane or a tailsitter" in found.statement
