"""A distance claim with no speed or time to fly it is judged at the best-range speed (issue
10: "flight time (and range) at a stated speed, or at the best speed when none is stated"); it
had been "not judged: needs a speed" ("carried 4 kg of contraband 9 km across the border")."""
from __future__ import annotations

import pytest

import dronecalc
from test_contract import assert_one_verdict_or_not_judged


def _case(tmp_path, distance="9 km", payload=None, name="leg"):
    own = f'payload = "{payload}"\n' if payload else ""
    path = tmp_path / f"{name}.toml"
    path.write_text(f'''[case]
title = "lone leg"
source = "test"
[figures.F1]
field = "airframe"
text = "hexacopter"
quote = "q"
role = "input"
[figures.F2]
field = "takeoff_mass"
text = "12 kg"
quote = "q"
role = "input"
[figures.F3]
field = "distance"
text = "{distance}"
quote = "q"
role = "claim"
{own}''', encoding="utf-8")
    return dronecalc.load_case(path)


def _leg(result):
    (found,) = [f for f in result.findings if f.claims == ["F3"]]
    return found


def test_a_lone_distance_is_judged_at_the_best_range_speed(tmp_path):
    case = _case(tmp_path)
    result = dronecalc.check(case, samples=2000, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    leg = _leg(result)
    assert leg.check == "leg" and not result.not_judged
    assert "best-range speed" in leg.condition and leg.statement.startswith("A distance of 9 km")
    assert leg.estimate.unit == "km" and leg.estimate.p5 > 0


def test_a_lone_distance_is_the_range_claims_physics(tmp_path):
    """The same machines, the same question: its estimate is the range claim's."""
    leg = _leg(dronecalc.check(_case(tmp_path), samples=2000, seed=0))
    text = (tmp_path / "leg.toml").read_text().replace('field = "distance"', 'field = "range"')
    (tmp_path / "as_range.toml").write_text(text)
    (rng,) = [f for f in dronecalc.check(dronecalc.load_case(tmp_path / "as_range.toml"),
                                         samples=2000, seed=0).findings if f.claims == ["F3"]]
    assert (leg.estimate.p5, leg.estimate.p50, leg.estimate.p95) == pytest.approx(
        (rng.estimate.p5, rng.estimate.p50, rng.estimate.p95))
    assert leg.verdict == rng.verdict


def test_a_heavier_own_payload_never_reaches_further(tmp_path):
    p50 = [_leg(dronecalc.check(_case(tmp_path, payload=f"{kg} kg", name=f"p{kg}"),
                                samples=2000, seed=0)).estimate.p50 for kg in (1, 3, 6)]
    assert p50[0] >= p50[1] >= p50[2] and p50[0] > p50[2]


def test_a_lone_distance_in_miles_is_the_same_claim(tmp_path):
    km = _leg(dronecalc.check(_case(tmp_path, "16.09344 km", name="km"), samples=2000))
    mi = _leg(dronecalc.check(_case(tmp_path, "10 miles", name="mi"), samples=2000))
    assert km.verdict == mi.verdict and km.probability == pytest.approx(mi.probability)


def test_a_far_lone_distance_is_implausible(tmp_path):
    leg = _leg(dronecalc.check(_case(tmp_path, "400 km"), samples=2000, seed=0))
    assert leg.verdict == "implausible"
