"""A flight-time, hover-time or range claim of zero (claims/values.py): one "not judged" entry
saying why and what would fix it, the rest of the case judged, for every vehicle kind; never
an error that stops the case (exit 2 is for input that cannot be read)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import dronecalc
from dronecalc.claims.contract import verdicts
from test_contract import assert_one_verdict_or_not_judged

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "examples" / "cases"
ELECTRIC = '''[case]
title = "an electric fixed wing"
source = "tests"
[figures.F1]
field = "airframe"
text = "electric fixed-wing"
role = "input"
[figures.F2]
field = "takeoff_mass"
text = "6 kg"
role = "input"
[figures.F3]
field = "battery_energy"
text = "300 Wh"
role = "input"
[figures.F4]
field = "wingspan"
text = "2.6 m"
role = "input"
[figures.F5]
field = "flight_time"
text = "2 h"
role = "claim"
[figures.F6]
field = "range"
text = "100 km"
role = "claim"
'''


def _edit(name: str, old: str, new: str) -> str:
    text = (CASES / name).read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


#: (vehicle kind, case text, the void claim's id, the claims still judged by a verdict)
VOID = [
    ("multirotor", _edit("green-zone-2021.toml", 'text = "more than 120 minutes"',
                         'text = "0 min"'), "F11", {"F10", "F4", "F3", "F5"}),
    ("multirotor", _edit("green-zone-2021.toml", 'text = "40 km"', 'text = "0 km"'), "F10",
     {"F11", "F4", "F3", "F5"}),
    ("multirotor", _edit("green-zone-2021.toml", 'text = "more than 120 minutes"',
                         'text = "up to 0 h"\nmode = "hover"'), "F11", {"F10", "F4", "F3"}),
    ("fixed-wing-piston", _edit("shahed-136.toml", 'text = "2000-2500 km"', 'text = "0 km"'),
     "F8", {"F7", "F9", "F10"}),
    ("fixed-wing-electric", ELECTRIC.replace('"2 h"', '"0 min"'), "F5", {"F6"}),
    ("fixed-wing-electric", ELECTRIC.replace('"100 km"', '"0 m"'), "F6", {"F5"}),
    ("vtol-quadplane", _edit("deltaquad.toml", 'text = "2 h"', 'text = "0 h"'), "F6", {"F7"}),
    ("vtol-quadplane", _edit("deltaquad.toml", 'text = "2 h"', 'text = "0 h"\nmode = "hover"'),
     "F6", {"F7"}),
    ("vtol-quadplane", _edit("deltaquad.toml", 'text = "120 km"', 'text = "0 km"'), "F7",
     {"F6"}),
    # review 3, finding 6: a distance of zero was judged "consistent" (leg; range)
    ("multirotor", _edit("green-zone-2021.toml", 'text = "7 km"', 'text = "0 km"'), "F4",
     {"F10", "F11"}),
    ("fixed-wing-piston", _edit("shahed-136.toml", 'field = "range"\ntext = "2000-2500 km"',
                                'field = "distance"\ntext = "0 km"'), "F8", {"F7", "F9"}),
]


@pytest.mark.parametrize("kind, text, void, judged", VOID,
                         ids=[f"{k}-{v}-{i}" for i, (k, _, v, _) in enumerate(VOID)])
def test_a_claim_of_zero_is_not_judged_and_the_rest_is(tmp_path, kind, text, void, judged):
    path = tmp_path / "zero.toml"
    path.write_text(text, encoding="utf-8")
    case = dronecalc.load_case(path)
    assert case.kind == kind
    result = dronecalc.check(case, samples=1500, seed=0)
    entries = [n for n in result.not_judged if n.claim == void]
    assert len(entries) == 1
    assert "says nothing a check could judge" in entries[0].reason
    assert f"figures.{void}.text" in entries[0].needs and "above 0" in entries[0].needs
    found = verdicts(case.claims, result.findings)
    assert void not in found                          # one entry, never also a verdict
    # no check divides by it (a source's statement may still refer to the figure)
    assert not [f for f in result.findings if void in f.claims and f.check != "statement"]
    assert judged <= set(found)                       # the rest of the case is judged
    assert {r.id: r.role for r in result.figures}[void] == "claim"   # shown as the source's
    assert_one_verdict_or_not_judged(case, result)    # in Python and read back from the JSON


def test_the_cli_judges_the_rest_of_a_case_with_a_zero_flight_time(tmp_path):
    # before: exit 2, "a flight-time claim of no flight cannot be judged", nothing judged
    path = tmp_path / "zero.toml"
    path.write_text(_edit("green-zone-2021.toml", 'text = "more than 120 minutes"',
                          'text = "0 min"'), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "dronecalc", "check", "--json", "--samples",
                          "1000", str(path)], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert [n["claim"] for n in doc["not_judged"]] == ["F11"]
    assert any(f["check"] == "range" and f["claims"] == ["F10"] for f in doc["findings"])


def test_a_range_of_values_reaching_above_zero_is_judged(tmp_path):
    path = tmp_path / "low.toml"
    path.write_text(ELECTRIC.replace('"2 h"', '"0-30 min"'), encoding="utf-8")
    case = dronecalc.load_case(path)
    result = dronecalc.check(case, samples=1000, seed=0)
    assert "F5" in result.verdicts and not result.not_judged


def test_a_zero_claim_of_a_case_no_kind_models_gets_the_zero_reason(tmp_path):
    path = tmp_path / "nokind.toml"
    path.write_text('[case]\ntitle = "t"\nsource = "s"\n[figures.F1]\nfield = "range"\n'
                    'text = "0 km"\nrole = "claim"\n[figures.F2]\nfield = "range"\n'
                    'text = "16 km"\nrole = "claim"\n', encoding="utf-8")
    result = dronecalc.check(dronecalc.load_case(path), samples=100)
    (zero, other) = result.not_judged
    assert zero.claim == "F1" and "says nothing" in zero.reason
    assert other.claim == "F2" and "names no vehicle kind" in other.reason


def test_a_statement_about_a_leg_of_no_distance_is_not_judged(tmp_path):
    """Review 3, finding 6: with F4 "0 km" the expert's "could not fly F4 at F3" was judged
    implausible (every machine flies a leg of no distance): it judges nothing either."""
    path = tmp_path / "zero.toml"
    path.write_text(_edit("green-zone-2021.toml", 'text = "7 km"', 'text = "0 km"'),
                    encoding="utf-8")
    case = dronecalc.load_case(path)
    result = dronecalc.check(case, samples=1500, seed=0)
    assert "F5" not in verdicts(case.claims, result.findings)
    assert {"F4", "F5"} <= {n.claim for n in result.not_judged}


SPEED0 = '''
[figures.F20]
field = "flight_time"
text = "2 h"
role = "claim"
at_speed = "0 km/h"
'''


@pytest.mark.filterwarnings("error::RuntimeWarning")
def test_a_wing_claim_flown_at_no_airspeed_is_not_judged_without_warnings(tmp_path):
    """A fixed-wing flight time "at 0 km/h" printed numpy divide-by-zero warnings (the lift
    coefficient at 0 m/s) and was judged implausible: not judged, with the reason; its
    physics-free cross-checks still compare it."""
    path = tmp_path / "speed0.toml"
    path.write_text((CASES / "shahed-136.toml").read_text(encoding="utf-8") + SPEED0,
                    encoding="utf-8")
    case = dronecalc.load_case(path)
    result = dronecalc.check(case, samples=1500, seed=0)
    (entry,) = [n for n in result.not_judged if n.claim == "F20"]
    assert "no wing flies at no airspeed" in entry.reason
    assert "figures.F20.at_speed" in entry.needs
    assert "F20" not in verdicts(case.claims, result.findings)
    assert any(f.check == "kinematics" and "F20" in f.claims for f in result.findings)
    assert_one_verdict_or_not_judged(case, result)


def test_a_multirotor_at_no_speed_hovers_and_is_judged(tmp_path):
    path = tmp_path / "hover0.toml"
    path.write_text(_edit("green-zone-2021.toml", 'text = "more than 120 minutes"',
                          'text = "more than 120 minutes"\nat_speed = "0 km/h"'),
                    encoding="utf-8")
    case = dronecalc.load_case(path)
    result = dronecalc.check(case, samples=1500, seed=0)
    assert "F11" in verdicts(case.claims, result.findings)
