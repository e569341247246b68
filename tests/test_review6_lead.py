"""Review 6 findings the lead fixed outside intake: an input past its physical limits names
its figure, shows the value as written and says what to do; an out-of-range input kept as
written is not said to be "read as" its alternative."""
from __future__ import annotations

import pytest

import dronecalc
from dronecalc.errors import DroneCalcError
from test_contract import assert_one_verdict_or_not_judged

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
    """ux9: an altitude past the model's reach is a machine it cannot judge, so ``check``
    gives each claim "not judged" with the same words ``estimate`` raises."""
    path = tmp_path / "air.toml"
    path.write_text(CASE, encoding="utf-8")
    with pytest.raises(DroneCalcError) as err:
        dronecalc.estimate(dronecalc.load_case(path), samples=200)
    text = str(err.value)
    assert "F3" in text and "'12 km'" in text and "Quantity" not in text
    assert "kept as written" in text and "read as 12 m" not in text
    assert "context" in text                       # what to do about it
    result = dronecalc.check(dronecalc.load_case(path), samples=200)
    assert_one_verdict_or_not_judged(dronecalc.load_case(path), result)
    (entry,) = result.not_judged
    text = entry.reason + " " + entry.needs
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


CEILING = """[case]
title = "Overpowered electric wing"
source = "made-up (review 6)"
vehicle_kind = "fixed-wing-electric"
[vehicle]
wingspan = "3 m"
engine_power = "{power}"
[battery]
energy = "1000 Wh"
[figures.F1]
field = "takeoff_mass"
text = "15 kg"
role = "input"
[figures.F2]
field = "service_ceiling"
text = "25,000 m"
role = "claim"
"""


def test_a_ceiling_claim_above_the_models_atmosphere_is_not_ruled_out(tmp_path):
    """Review 6: samples still climbing at 11 km (the ISA troposphere's top, where the solver
    stopped) were counted as ceilings of exactly 11 km, so a 13 km claim was implausible for a
    machine that may well reach it. The density model now runs to 20 km (the isothermal
    layer); a claim above that, with machines still climbing there, is not judged. (12 kW: since
    ceilfw an electric drive's power lapses with density, physics.electric_lapse, and the 1.2 kW
    of review 6 climbs to 4.8-10.2 km, judged; 800 W/kg still climbs past 20 km.)"""
    path = tmp_path / "ceil.toml"
    path.write_text(CEILING.format(power="12 kW"), encoding="utf-8")
    case = dronecalc.load_case(path)
    result = dronecalc.check(case, samples=2000)
    assert_one_verdict_or_not_judged(case, result)
    assert [n.claim for n in result.not_judged] == ["F2"]
    assert "20,000 m" in result.not_judged[0].reason
    # a machine that stops climbing well below 11 km is still judged (and fails)
    path.write_text(CEILING.format(power="150 W"), encoding="utf-8")
    weak = dronecalc.check(dronecalc.load_case(path), samples=2000)
    (found,) = [f for f in weak.findings if f.claims == ["F2"]]
    assert found.verdict == "implausible" and not weak.not_judged


ART = ("Ukrainian forces used an FPV quadcopter carrying a 1.5 kg RPG-7 warhead to strike a tank "
       "8 km behind the front line. The drone, built on a 7-inch frame with a 6S 4000 mAh battery, "
       "flew at about 100 km/h and stayed in the air for 12 minutes, the unit said.")


def test_an_fpv_frame_size_is_the_propeller_and_a_warhead_no_drone_type():
    """ux5's trial (R3): "a 7-inch frame" was drafted as a distance claim (judged as a
    0.18 m leg) and "RPG-7" listed as the drone type of every figure."""
    from dronecalc.intake.extract import extract
    draft = extract(ART)
    fields = {f.written: (f.field, f.role) for f in draft.figures}
    assert fields["7-inch"] == ("rotor_diameter", "input")
    assert "RPG-7" not in draft.drones
    assert extract("It flew 7 km in ten minutes.").figures[0].field == "distance"


def test_a_tip_mach_conflict_states_the_limit_in_force_and_the_true_minimum(tmp_path):
    """Review 7: the conflict message converted the margin back with the old 0.7 limit ("at
    least 1.33", "Mach 0.7") after the filter moved to 0.9. 10 in, 6S, 2400 Kv: loaded
    0.85 x 2400 x 22.2 V = 45,288 rpm, tip 602 m/s, Mach 1.71 at 35 degC (a = 351.9 m/s)."""
    import math
    import re
    from dronecalc.physics.propulsion import TIP_MACH_LIMIT
    path = tmp_path / "tip.toml"
    path.write_text(TIP, encoding="utf-8")
    result = dronecalc.check(dronecalc.load_case(path), samples=2000)
    (conflict,) = [f for f in result.findings if f.check == "conflict"]
    least = float(re.search(r"tip Mach is at least ([\d.]+)", conflict.statement).group(1))
    by_hand = 0.85 * 2400 * 22.2 / 60 * math.pi * 0.254 / math.sqrt(1.4 * 287.05 * 308.15)
    assert least == pytest.approx(by_hand, rel=0.01)
    assert f"Mach {TIP_MACH_LIMIT['value']:g}" in conflict.statement


TIP = """[case]
title = "tip"
source = "review 7"
[vehicle]
rotors = 4
rotor_diameter = "10 in"
motor_kv = "2400 Kv"
mass = "1.5 kg"
[battery]
cells = "6S"
capacity = "5000 mAh"
[figures.F1]
field = "flight_time"
text = "20 min"
role = "claim"
"""
