"""A warhead claim on a multirotor is judged as the payload it is ("can carry a warhead of up
to 3 kg": the machine must lift 3 kg): the extractor names warheads ``warhead_mass`` since
review 22, and a multirotor had no kind for that field, so the claim was "not judged" where the
same words drafted as ``max_payload`` had been judged."""
from __future__ import annotations

import pytest

import dronecalc
from dronecalc.claims.contract import verdicts
from test_contract import assert_one_verdict_or_not_judged

CASE = """[case]
title = "a quadcopter that carries a warhead"
source = "test"
[figures.F1]
field = "airframe"
text = "quadcopter"
role = "input"
[figures.F2]
field = "takeoff_mass"
text = "12 kg"
role = "input"
[figures.F3]
field = "{field}"
text = "{mass}"
role = "claim"
quote = "can carry a warhead of up to {mass}"
"""


def _finding(tmp_path, field, mass):
    path = tmp_path / f"{field}-{mass.replace(' ', '')}.toml"
    path.write_text(CASE.format(field=field, mass=mass), encoding="utf-8")
    case = dronecalc.load_case(path)
    result = dronecalc.check(case, samples=600, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    (found,) = verdicts(case.claims, result.findings)["F3"]
    return found


@pytest.mark.parametrize("mass", ["3 kg", "30 kg"])
def test_a_warhead_is_judged_as_the_payload_it_is(tmp_path, mass):
    warhead = _finding(tmp_path, "warhead_mass", mass)
    payload = _finding(tmp_path, "payload_mass", mass)
    assert warhead.verdict in ("consistent", "needs-checking", "implausible"), warhead
    assert (warhead.verdict, warhead.probability) == (payload.verdict, payload.probability)
    assert "warhead" in warhead.statement


def test_a_heavier_warhead_is_never_more_likely(tmp_path):
    light, heavy = (_finding(tmp_path, "warhead_mass", m) for m in ("3 kg", "8 kg"))
    assert heavy.probability <= light.probability
