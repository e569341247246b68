"""A leg's own payload (issue 10, legs10): a distance claim takes ``payload = "3 kg"`` as a
flight-time or range claim does, so that two legs with two loads in one case are each judged
with their own; before, the key was refused on a distance ("only a claim of flight_time,
range, top_speed takes payload") and every leg flew the case's one payload input."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dronecalc
from dronecalc.claims.context import Context
from dronecalc.claims.contract import verdicts
from dronecalc.claims.kinds.leg import evaluate_leg, leg_reserve
from dronecalc.errors import DroneCalcError
from dronecalc.intake.extract import extract
from test_contract import assert_one_verdict_or_not_judged

MACHINE = """
[case]
title = "two legs"
source = "tests"

[vehicle]
rotors = 4
rotor_diameter = "15 in"
empty_mass = "4 kg"

[battery]
capacity = "16000 mAh"
cells = "6S"
"""


def _legs(first: str, second: str, payload_input: str = "3 kg") -> str:
    """Two legs of 7 km at 40 km/h, each with its own speed figure and the keys given."""
    text = MACHINE + (f'\n[figures.P]\nfield = "payload_mass"\ntext = "{payload_input}"\n'
                      'role = "input"\n' if payload_input else "")
    for ident, keys in (("1", first), ("2", second)):
        text += (f'\n[figures.V{ident}]\nfield = "speed"\ntext = "40 km/h"\nrole = "claim"\n'
                 f'\n[figures.D{ident}]\nfield = "distance"\ntext = "7 km"\nrole = "claim"\n'
                 f'refers = ["V{ident}"]\n{keys}\n')
    return text


def _run(tmp_path, text, samples=2000):
    path = tmp_path / "case.toml"
    path.write_text(text, encoding="utf-8")
    case = dronecalc.load_case(path)
    return case, dronecalc.check(case, samples=samples, seed=0)


def _leg(case, result, ident):
    (found,) = verdicts(case.claims, result.findings)[ident]
    assert found.check == "leg"
    return found


def test_two_legs_at_two_loads_are_each_judged_with_their_own(tmp_path):
    case, result = _run(tmp_path, _legs('payload = "3 kg"', 'payload = "0.5 kg"'))
    assert_one_verdict_or_not_judged(case, result)
    heavy, light = _leg(case, result, "D1"), _leg(case, result, "D2")
    assert "own 3 kg payload" in heavy.condition and "own 0.5 kg payload" in light.condition
    assert light.estimate.p50 > heavy.estimate.p50 + 10      # % of the usable energy left
    assert "P" not in heavy.claims and "P" not in light.claims   # neither is the input's


def test_a_legs_own_payload_is_the_same_flight_as_that_payload_input(tmp_path):
    """payload = "3 kg" on the leg flies exactly what the 3 kg input with with_payload = true
    flies (the same samples: the leg's payload is drawn after its distance and speed)."""
    own_case, own = _run(tmp_path, _legs('payload = "3 kg"', "with_payload = true", "3 kg"))
    as_input = _leg(own_case, own, "D2")
    by_key = _leg(own_case, own, "D1")
    assert by_key.estimate.p50 == pytest.approx(as_input.estimate.p50, rel=1e-12)
    assert by_key.probability == pytest.approx(as_input.probability)


@pytest.mark.parametrize("written", ["3000 g", "6.61387 lb"])
def test_a_legs_payload_in_other_units_is_the_same_mass(tmp_path, written):
    case, result = _run(tmp_path, _legs(f'payload = "{written}"', 'payload = "3 kg"'))
    a, b = _leg(case, result, "D1"), _leg(case, result, "D2")
    assert a.estimate.p50 == pytest.approx(b.estimate.p50, rel=1e-4)


def test_a_statement_about_a_leg_flies_the_legs_own_payload(tmp_path):
    text = _legs('payload = "3 kg"', 'payload = "0.5 kg"', payload_input="")
    text += ('\n[figures.S]\nfield = "statement"\ntext = "could not fly D2 at V2"\n'
             'role = "claim"\nrefers = ["D2", "V2"]\nasserts = "infeasible"\n')
    case, result = _run(tmp_path, text)
    assert_one_verdict_or_not_judged(case, result)
    (statement,) = verdicts(case.claims, result.findings)["S"]
    assert "own 0.5 kg payload" in statement.condition


@pytest.fixture(scope="module")
def leg(tmp_path_factory):
    path = tmp_path_factory.mktemp("legload") / "case.toml"
    path.write_text(_legs('payload = "1-4 kg"', 'payload = "0.5 kg"'), encoding="utf-8")
    case = dronecalc.load_case(path)
    ctx = Context.build(case, 500, 1)
    return evaluate_leg(ctx, case.figures["D1"], case.figures["V1"])


def test_the_legs_payload_is_drawn_within_its_stated_range(leg):
    drawn = leg.values["leg_payload"]
    assert drawn.min() >= 1.0 and drawn.max() <= 4.0 and np.ptp(drawn) > 2.0
    assert leg.inputs["leg_payload"].low == 1.0 and leg.inputs["leg_payload"].high == 4.0


@settings(max_examples=25, deadline=None)
@given(st.floats(0.0, 20.0), st.floats(0.0, 20.0))
def test_more_payload_on_a_leg_never_leaves_more_energy(leg, a, b):
    light, heavy = sorted((a, b))
    objective = leg_reserve(True, True)
    n = leg.values["leg_distance"].size
    left = {k: objective({**leg.values, "leg_payload": np.full(n, m)})
            for k, m in (("light", light), ("heavy", heavy))}
    # -inf where the packs cannot deliver the power: still "less or equal"
    assert np.all(left["heavy"] <= left["light"] + 1e-12)


@pytest.mark.parametrize("keys, message", [
    ('payload = "3 kg"\nwith_payload = false', "cannot be without payload"),
    ('payload = "up to 3 kg"', "open bound"),
    ('payload = "3 km"', "payload"),
])
def test_a_bad_leg_payload_is_a_clear_error(tmp_path, keys, message):
    path = tmp_path / "case.toml"
    path.write_text(_legs(keys, ""), encoding="utf-8")
    with pytest.raises(DroneCalcError) as err:
        dronecalc.load_case(path)
    assert message in str(err.value) and "D1" in str(err.value)


def test_a_speed_claim_still_takes_no_payload(tmp_path):
    text = _legs("", "").replace('[figures.V1]\nfield = "speed"\ntext = "40 km/h"\n'
                                 'role = "claim"\n', '[figures.V1]\nfield = "speed"\ntext = '
                                 '"40 km/h"\nrole = "claim"\npayload = "2 kg"\n')
    path = tmp_path / "case.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DroneCalcError, match="distance"):
        dronecalc.load_case(path)


@pytest.mark.parametrize("text, load", [
    ("The quadcopter carried a 3 kg missile 7 km.", "3 kg"),
    ("A quadcopter carried 2 kg of explosives 12 km to the target.", "2 kg"),
    ("It delivered 2 lb of medicine over a distance of 8 miles.", "2 lb"),
])
def test_extract_drafts_a_carried_load_as_the_legs_payload(text, load):
    (dist,) = [f for f in extract(text).figures if f.field == "distance"]
    assert dist.role == "claim" and dist.payload == load


@pytest.mark.parametrize("text", [
    "The drone carried 2 kg and then flew 3 km back.",
    "The quadcopter carried a 3 kg missile, then flew 7 km.",
    "The quadcopter flew 7 km back without payload after it carried 3 kg.",
])
def test_a_load_outside_the_legs_clause_is_not_its_payload(text):
    for fig in extract(text).figures:
        if fig.field == "distance":
            assert fig.payload is None, fig


def test_a_later_flight_with_another_load_drafts_it_as_its_payload():
    text = ("On Monday the quadcopter flew 50 km carrying 2 kg. "
            "The next day its 50 km flight carried 4 kg.")
    dists = [f for f in extract(text).figures if f.field == "distance"]
    assert [d.payload for d in dists] == [None, "4 kg"]


def test_a_fixed_wing_distance_flies_its_own_payload(tmp_path):
    """A wing-borne distance claim is flown on its own copy of the inputs with its payload
    (claims.fixed_wing_conditions), as a range claim is: 20 kg of the Shahed-136's 40-50 kg
    warhead flies further, 80 kg less far."""
    from pathlib import Path
    base = (Path(__file__).resolve().parents[1] / "examples" / "cases" / "shahed-136.toml"
            ).read_text(encoding="utf-8")
    medians = {}
    for load in ("20 kg", "80 kg"):
        text = base + (f'\n[figures.DX]\nfield = "distance"\ntext = "1500 km"\nrole = "claim"\n'
                       f'payload = "{load}"\n')
        case, result = _run(tmp_path, text, samples=1000)
        (found,) = verdicts(case.claims, result.findings)["DX"]
        assert "DX's own payload" in found.condition or load in found.condition, found.condition
        medians[load] = found.estimate.p50
    assert medians["20 kg"] > medians["80 kg"]
