"""A fuel the piston model has no BSFC for (hydrogen, methanol/glow, ethanol) under an
explicit ``vehicle_kind = "fixed-wing-piston"`` (claims/values.no_bsfc): the stated kind
overrides the airframe words but cannot make petrol's BSFC true for that fuel, so the claims
flown on the fuel burn are "not judged" with that reason; the others are judged."""
from __future__ import annotations

from pathlib import Path

import pytest

import dronecalc
from dronecalc.claims.contract import verdicts
from test_contract import assert_one_verdict_or_not_judged

SHAHED = Path(__file__).resolve().parents[1] / "examples" / "cases" / "shahed-136.toml"
EXTRA = '''
[figures.F30]
field = "{field}"
text = "{text}"
role = "input"

[figures.F31]
field = "flight_time"
text = "10 h"
role = "claim"
'''


def _case(tmp_path, field, text):
    body = SHAHED.read_text(encoding="utf-8")
    assert 'vehicle_class = "fixed-wing"' in body
    body = body.replace('vehicle_class = "fixed-wing"', 'vehicle_kind = "fixed-wing-piston"')
    if field == "engine_type":          # the case's own engine_type figure says it
        body = body.replace('text = "piston engine"', f'text = "{text}"')
        extra = EXTRA.split("[figures.F31]")[1]
        body += "\n[figures.F31]" + extra
    else:
        body += EXTRA.format(field=field, text=text)
    path = tmp_path / "fuel.toml"
    path.write_text(body, encoding="utf-8")
    return dronecalc.load_case(path)


@pytest.mark.parametrize("field, text, fuel", [
    ("fuel_type", "methanol", "methanol"), ("fuel_type", "glow fuel", "methanol"),
    ("fuel_type", "nitromethane", "methanol"), ("fuel_type", "hydrogen", "hydrogen"),
    ("fuel_type", "ethanol", "ethanol"), ("fuel_type", "E85", "ethanol"),
    ("engine_type", "glow engine", "methanol")])
def test_a_stated_piston_kind_does_not_fly_methanol_on_petrols_bsfc(tmp_path, field, text,
                                                                     fuel):
    case = _case(tmp_path, field, text)
    assert case.kind == "fixed-wing-piston"          # the stated kind stands
    result = dronecalc.check(case, samples=1500, seed=0)
    entries = {n.claim: n for n in result.not_judged}
    for ident in ("F8", "F31"):                      # the range and the flight time
        assert "no sourced brake-specific fuel consumption" in entries[ident].reason
        article = "an" if fuel[0] in "aeiou" else "a"      # review 3 #7: "a ethanol engine"
        assert f"for {article} {fuel} engine" in entries[ident].reason
        assert f"BSFC for {fuel}" in entries[ident].needs
    found = verdicts(case.claims, result.findings)
    assert {"F7", "F9", "F10"} <= set(found)          # speeds and payload: judged as usual
    assert "F8" not in found and "F31" not in found
    assert_one_verdict_or_not_judged(case, result)


def test_a_petrol_fuel_under_the_same_stated_kind_is_judged(tmp_path):
    case = _case(tmp_path, "fuel_type", "gasoline")
    result = dronecalc.check(case, samples=1500, seed=0)
    assert {"F8", "F31"} <= set(result.verdicts) and not result.not_judged


def test_without_the_stated_kind_the_methanol_plant_is_still_refused_by_name(tmp_path):
    case = _case(tmp_path, "fuel_type", "methanol")
    body = Path(case.path).read_text(encoding="utf-8").replace(
        'vehicle_kind = "fixed-wing-piston"', 'vehicle_class = "fixed-wing"')
    Path(case.path).write_text(body, encoding="utf-8")
    case = dronecalc.load_case(case.path)
    assert case.kind is None and "methanol" in case.kind_note.refusal.reason


def test_the_cross_checks_that_need_no_fuel_model_stay(tmp_path):
    """Review 3, finding 5: setting a methanol range aside as context also dropped the
    kinematics cross-check "2000-2500 km in 2 h needs 1000 km/h; the top speed is 199-345
    km/h". Only the fuel-burn verdicts go; the cross-checks stay, and no verdict either."""
    case = _case(tmp_path, "fuel_type", "methanol")
    body = Path(case.path).read_text(encoding="utf-8").replace(
        'text = "10 h"\nrole = "claim"', 'text = "2 h"\nrole = "claim"\nat_speed = "150 km/h"')
    Path(case.path).write_text(body, encoding="utf-8")
    case = dronecalc.load_case(case.path)
    result = dronecalc.check(case, samples=1500, seed=0)
    (kin,) = [f for f in result.findings if f.check == "kinematics"]
    assert kin.claims == ["F8", "F31"] and kin.verdict == "implausible"
    found = verdicts(case.claims, result.findings)
    assert "F8" not in found and "F31" not in found
    entries = {n.claim: n for n in result.not_judged}
    assert "no sourced brake-specific fuel consumption" in entries["F31"].reason
    assert_one_verdict_or_not_judged(case, result)


@pytest.mark.parametrize("words, fuel, kind", [
    ("hydrogen-powered delta wing", "hydrogen", 'vehicle_kind = "fixed-wing-piston"'),
    ("methanol-fuelled delta wing", "methanol", 'vehicle_kind = "fixed-wing-piston"'),
    ("methanol-fuelled delta wing", "methanol", 'vehicle_class = "fixed-wing"')])
def test_a_fuel_named_in_the_airframe_words_is_not_flown_on_petrols_bsfc(tmp_path, words,
                                                                         fuel, kind):
    """Review 3, finding 4: no_bsfc read only fuel_type / engine_type, so a "hydrogen-powered
    delta wing" under a stated piston kind flew 2000-2500 km on petrol's BSFC (consistent)."""
    body = SHAHED.read_text(encoding="utf-8").replace(
        'vehicle_class = "fixed-wing"', kind).replace(
        'text = "Shahed-136 delta-wing one-way attack drone"', f'text = "{words}"')
    path = tmp_path / "words.toml"
    path.write_text(body, encoding="utf-8")
    case = dronecalc.load_case(path)
    assert case.kind == "fixed-wing-piston"
    result = dronecalc.check(case, samples=1500, seed=0)
    entries = {n.claim: n for n in result.not_judged}
    assert f"for a {fuel} engine (F1: '{words}')" in entries["F8"].reason
    assert "the airframe without that word" in entries["F8"].needs
    assert {"F7", "F9", "F10"} <= set(verdicts(case.claims, result.findings))


@pytest.mark.parametrize("words", ["hydrogen sensor delta wing", "Shahed-136 delta wing"])
def test_an_airframe_word_that_is_no_power_plant_is_judged(tmp_path, words):
    body = SHAHED.read_text(encoding="utf-8").replace(
        'vehicle_class = "fixed-wing"', 'vehicle_kind = "fixed-wing-piston"').replace(
        'text = "Shahed-136 delta-wing one-way attack drone"', f'text = "{words}"')
    path = tmp_path / "words.toml"
    path.write_text(body, encoding="utf-8")
    case = dronecalc.load_case(path)
    result = dronecalc.check(case, samples=1500, seed=0)
    assert "F8" in verdicts(case.claims, result.findings)


def test_an_assumed_fuel_is_named_by_its_toml_key(tmp_path):
    """Review 3, finding 7: the entry said ``assumption.fuel_type``; the key is
    ``assumptions.fuel_type``."""
    body = SHAHED.read_text(encoding="utf-8").replace(
        'vehicle_class = "fixed-wing"', 'vehicle_kind = "fixed-wing-piston"')
    body += '\n[assumptions.fuel_type]\nvalue = "ethanol"\nreason = "tests"\n'
    path = tmp_path / "assumed.toml"
    path.write_text(body, encoding="utf-8")
    case = dronecalc.load_case(path)
    result = dronecalc.check(case, samples=1500, seed=0)
    entries = {n.claim: n for n in result.not_judged}
    assert "for an ethanol engine (assumptions.fuel_type: 'ethanol')" in entries["F8"].reason
