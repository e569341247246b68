"""A mission of several legs on one charge (issue 10, legs10): a statement whose refers names
two or more distance figures ("carried a 3 kg missile 7 km, then flew back 7 km empty") is
judged on the energy of its legs summed against the usable energy of the pack. Before, naming
the speeds too (refers = D1, V1, D2, V2), it was judged on its first leg alone (93 % of the
machines fly it, 25.9 % of the energy left at the median) and the return leg silently left
out; naming only the distances, it was not judged. Now: both legs, 38.3 %, -12.2 %."""
from __future__ import annotations

import numpy as np
import pytest

import dronecalc
from dronecalc.claims.context import Context
from dronecalc.claims.contract import verdicts
from dronecalc.claims.kinds.leg import evaluate_leg, leg_pairs
from dronecalc.claims.mission import fly_mission, mission_legs
from test_contract import assert_one_verdict_or_not_judged

CASE = """
[case]
title = "out with a load, back empty"
source = "tests"

[vehicle]
rotors = 4
rotor_diameter = "15 in"
empty_mass = "4 kg"

[battery]
capacity = "16000 mAh"
cells = "6S"

[figures.V1]
field = "speed"
text = "40 km/h"
role = "claim"

[figures.D1]
field = "distance"
text = "7 km"
role = "claim"
payload = "3 kg"
refers = ["V1"]

[figures.V2]
field = "speed"
text = "50-60 km/h"
role = "claim"

[figures.D2]
field = "distance"
text = "5-7 km"
role = "claim"
with_payload = false
refers = ["V2"]

[figures.S]
field = "statement"
text = "flew D1 out with the load, then D2 back empty, on one charge"
role = "claim"
refers = REFERS
asserts = "feasible"
"""


def _case(tmp_path, refers='["D1", "D2"]', case=CASE):
    path = tmp_path / "case.toml"
    path.write_text(case.replace("REFERS", refers), encoding="utf-8")
    return dronecalc.load_case(path)


def test_the_mission_is_judged_on_its_legs_summed_and_names_them(tmp_path):
    case = _case(tmp_path)
    result = dronecalc.check(case, samples=2000, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    (found,) = verdicts(case.claims, result.findings)["S"]
    assert found.check == "statement" and found.claims == ["S", "D1", "D2"]
    assert "D1 (7 km at 40 km/h, with the claim's own 3 kg payload)" in found.condition
    assert "then D2 (5-7 km at 50-60 km/h" in found.condition
    assert "2 legs (D1, then D2)" in found.statement
    legs = {i: verdicts(case.claims, result.findings)[i][0] for i in ("D1", "D2")}
    assert found.estimate.p50 < min(f.estimate.p50 for f in legs.values())


@pytest.fixture(scope="module")
def flown(tmp_path_factory):
    case = _case(tmp_path_factory.mktemp("mission"))
    ctx = Context.build(case, 3000, 2)
    legs = mission_legs(ctx, case.figures["S"])
    return legs, fly_mission(ctx, legs)


def test_the_mission_uses_each_legs_own_draws_and_energy(flown):
    """r = 1 - sum_k (1 - r_k): each leg's energy share, as its own leg finding draws it."""
    legs, mission = flown
    used = sum(1.0 - leg.reserve for leg in legs)
    assert np.all(np.isfinite(mission.reserve))
    np.testing.assert_allclose(mission.reserve, 1.0 - used, rtol=0, atol=1e-12)
    np.testing.assert_array_equal(mission.values["leg2_distance"],
                                  legs[1].values["leg_distance"])


def test_a_second_leg_never_leaves_more_energy_than_either_alone(flown):
    legs, mission = flown
    for leg in legs:
        assert np.all(mission.reserve <= leg.reserve)


def test_the_generous_bound_searches_every_legs_figures(flown):
    _, mission = flown
    names = {n for n in mission.inputs if n.startswith("leg") and n[3].isdigit()}
    assert names == {"leg1_distance", "leg1_speed", "leg1_payload", "leg2_distance",
                     "leg2_speed"}
    swung = {d.name for d in mission.sensitivity() if d.output_low != d.output_high}
    assert {"leg2_distance", "leg2_speed"} <= swung      # the ranges (D1 and its load: points)


def test_a_statement_naming_the_speeds_too_pairs_each_distance_with_its_own(tmp_path):
    case = _case(tmp_path, '["D1", "V1", "D2", "V2"]')
    ctx = Context.build(case, 200, 0)
    assert {d.id: s.id for d, s in leg_pairs(ctx)} == {"D1": "V1", "D2": "V2"}


def test_a_mission_leg_without_a_speed_is_not_judged(tmp_path):
    """Both speeds linked to D1 leave D2 none (docs: a distance's speed): the mission cannot
    be flown as written, so the statement is not judged, never judged on D1 alone."""
    case = _case(tmp_path, case=CASE.replace('refers = ["V1"]', 'refers = ["V1", "V2"]')
                 .replace('with_payload = false\nrefers = ["V2"]', "with_payload = false"))
    result = dronecalc.check(case, samples=300, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    assert "S" in {n.claim for n in result.not_judged}
    (entry,) = [n for n in result.not_judged if n.claim == "S"]
    assert "D2 has no speed" in entry.reason and entry.needs.startswith("for D2:")


def test_one_distance_is_still_one_leg(tmp_path):
    case = _case(tmp_path, '["D2", "V2"]')
    result = dronecalc.check(case, samples=500, seed=0)
    (found,) = verdicts(case.claims, result.findings)["S"]
    ctx = Context.build(case, 500, 0)
    leg = evaluate_leg(ctx, case.figures["D2"], case.figures["V2"])
    assert found.condition == leg.condition and "summed" not in found.condition
