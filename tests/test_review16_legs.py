"""Review 16's open findings on legs and missions (issue 10):

- a leg with its own payload said it flew it "in place of the case's" payload when the case
  states none;
- ``refers = ["D1", "D1", "D2"]`` was read silently, and the mission flew D1 twice;
- a mission with a leg of 0 km (or more than six legs, or a leg with no speed) was "not
  judged" with the statement kind's list of what it needs, which those figures already are.
The cases are in tests/fixtures/cases/review16/.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import dronecalc
from dronecalc.errors import DroneCalcError
from dronecalc.claims.contract import verdicts
from test_contract import assert_one_verdict_or_not_judged

CASES = Path(__file__).resolve().parent / "fixtures" / "cases" / "review16"
#: The statement kind's generic list of needs, which misled for figures already given.
GENERIC = "2-6 distance figures"


def _run(name: str, samples: int = 300, text: str | None = None, tmp_path=None):
    path = CASES / f"{name}.toml"
    if text is not None:
        path = tmp_path / f"{name}.toml"
        path.write_text(text, encoding="utf-8")
    case = dronecalc.load_case(path)
    result = dronecalc.check(case, samples=samples, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    return case, result


def _entry(result, claim: str):
    (entry,) = [n for n in result.not_judged if n.claim == claim]
    return entry


def test_an_own_payload_is_not_said_to_replace_a_payload_the_case_does_not_state():
    case, result = _run("own-payload-no-case")
    (leg,) = verdicts(case.claims, result.findings)["D1"]
    assert leg.check == "leg" and "own 3 kg payload" in leg.condition
    assert "in place of" not in leg.condition and "states none" in leg.condition
    assert "in place of" not in leg.statement


def test_an_own_payload_names_the_case_payload_it_replaces(tmp_path):
    text = (CASES / "own-payload-no-case.toml").read_text(encoding="utf-8").replace(
        'empty_mass = "4 kg"', 'empty_mass = "4 kg"\npayload = "1 kg"')
    case, result = _run("own-payload-with-case", text=text, tmp_path=tmp_path)
    (leg,) = verdicts(case.claims, result.findings)["D1"]
    assert "in place of the case's 1 kg" in leg.condition


def test_a_figure_named_twice_in_refers_is_an_error_naming_field_value_and_fix():
    with pytest.raises(DroneCalcError) as err:
        dronecalc.load_case(CASES / "dup-refers.toml")
    text = str(err.value)
    assert "figures.S.refers" in text and '"D1"' in text and "more than once" in text
    assert "['D1', 'D1', 'D2']" in text                     # the value as written
    assert 'refers = ["D1", "D2"]' in text                  # the fix


def test_a_mission_with_a_leg_of_zero_says_that_leg_is_empty():
    """The other claims are still judged (the first leg), the 0 km leg is its own entry, and
    the statement's entry names the empty leg and its fix, not figures it already has."""
    case, result = _run("void-leg")
    assert "D1" in verdicts(case.claims, result.findings)
    s = _entry(result, "S")
    assert "D2 ('0 km')" in s.reason and "distance of zero" in s.reason
    assert "figures.D2.text" in s.needs and GENERIC not in s.needs
    speed = _entry(result, "V2")                            # that leg's speed: said so too
    assert "D2" in speed.reason and "figures.D2.text" in speed.needs
    assert {n.claim for n in result.not_judged} == {"V2", "D2", "S"}


def test_a_mission_of_seven_legs_says_so_and_judges_each_leg():
    case, result = _run("seven-legs", samples=200)
    judged = verdicts(case.claims, result.findings)
    assert all(f"D{k}" in judged for k in range(1, 8))
    s = _entry(result, "S")
    assert "7 distances" in s.reason and "at most 6" in s.reason and GENERIC not in s.needs


def test_a_mission_whose_legs_have_no_speed_names_them():
    case, result = _run("no-speeds")
    judged = verdicts(case.claims, result.findings)
    assert {"D1", "D2"} <= set(judged)                      # each at the best-range speed
    s = _entry(result, "S")
    assert "D1, D2 have no speed" in s.reason and "D1 and D2" in s.needs
    assert GENERIC not in s.needs


def test_a_report_of_lone_distances_pictures_them_as_ranges(tmp_path):
    """A distance with no speed is judged as a range in km (claims.leg_alone); the report had
    pictured every leg as energy left in %, and stopped with a unit error (km to percent)."""
    pytest.importorskip("matplotlib")
    from dronecalc.report import document
    case, result = _run("no-speeds", samples=200)
    written = document.write_report(result, tmp_path / "report.md", seed=0)
    text = Path(written[0] if isinstance(written, (list, tuple)) else written).read_text(
        encoding="utf-8")
    assert "maximum range at the best-range speed" in text
