"""A maximum-payload claim with a stated maximum take-off mass and a stated mass without
payload and no Kv: its capacity is MTOW - mass, a subtraction of the source's own figures, so
it is judged as the cross-checks compare figures (claims/crosscheck.py TOLERANCE), not on a
sample spread of zero (trials_new2: Freefly's 8.7 - 5.831 = 2.87 kg against its stated 3.0 kg,
4.4 % short, was "implausible")."""
from __future__ import annotations

from pathlib import Path

import pytest

import dronecalc
from dronecalc.claims.contract import verdicts
from test_contract import assert_one_verdict_or_not_judged

ASTRO = (Path(__file__).resolve().parent / "fixtures" / "cases" / "trials_new2"
         / "astro-freefly.toml")


def _check(tmp_path, payload="3,000 g", mtow="8,700 g"):
    body = ASTRO.read_text(encoding="utf-8")
    body = body.replace('text = "3,000 g"', f'text = "{payload}"').replace(
        'text = "8,700 g"', f'text = "{mtow}"')
    path = tmp_path / "astro.toml"
    path.write_text(body, encoding="utf-8")
    case = dronecalc.load_case(path)
    result = dronecalc.check(case, samples=1000, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    (found,) = verdicts(case.claims, result.findings)["F3"]
    return found


@pytest.mark.parametrize("payload, verdict", [
    ("3,000 g", "consistent"),          # 4.4 % over 2.869 kg: the figures agree
    ("2,500 g", "consistent"),          # within the capacity
    ("3,500 g", "needs-checking"),      # 18 % over
    ("6 kg", "implausible")])           # 52 % over
def test_the_source_figures_are_compared_with_the_cross_checks_tolerance(tmp_path, payload,
                                                                         verdict):
    found = _check(tmp_path, payload)
    assert found.check == "payload" and found.verdict == verdict
    assert found.probability is None                # no share of sampled machines
    assert "the source's figures" in found.statement
    assert "may count the same items differently" in found.statement
    assert found.generous_bound.value == pytest.approx(8.7 - 5.831)


def test_a_stated_mtow_range_takes_its_upper_end(tmp_path):
    found = _check(tmp_path, "3,000 g", "8.5-8.9 kg")
    assert found.verdict == "consistent" and "agree" in found.statement
    assert found.generous_bound.value == pytest.approx(8.9 - 5.831)


OVERLOADED = """
[case]
title = "Overloaded quad"
source = "made-up (review 6)"

[vehicle]
rotors = 4
rotor_diameter = "10 in"
mass = "2 kg"
payload = "{payload}"

[battery]
voltage = "14.8 V"
energy = "80 Wh"

[figures.F2]
field = "max_payload"
text = "10 kg"
role = "claim"
"""


@pytest.mark.parametrize("payload", ["10 kg", "0.5 kg"])
def test_a_stated_payload_does_not_prove_a_maximum_payload_claim(tmp_path, payload):
    """Review 6: the design full load was floored at the mass flown with the stated payload,
    so a 2 kg quad stated to carry 10 kg passed a 10 kg maximum-payload claim (the design
    full load, 1-1.52 x 2 kg, leaves at most 1.04 kg) while the same claim with a 0.5 kg
    payload was implausible. The capacity must not depend on the stated payload."""
    path = tmp_path / "over.toml"
    path.write_text(OVERLOADED.format(payload=payload), encoding="utf-8")
    case = dronecalc.load_case(path)
    result = dronecalc.check(case, samples=2000, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    (found,) = verdicts(case.claims, result.findings)["F2"]
    assert found.check == "payload" and found.verdict == "implausible"
    assert found.estimate.p95 < 1.1
