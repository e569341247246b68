"""Review 23 #3 and #14: a payload claim at or below the payload that sized a multirotor is not
judged (circular), and a claim flown with payload that refers to a payload figure carries that
figure's mass."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dronecalc.errors import CaseError
from dronecalc.intake.figures import parse
from dronecalc.intake.payload_refers import payload_figure
from helpers import check_text

# SkyDrive (review 23 p/skydrive-cargo.draft.toml): "tested with loads of 30kg" (an input) sizes
# the machine; a maximum-payload claim of another speaker on the same machine
SKYDRIVE = """
[case]
title = "SkyDrive"
source = "tests"
vehicle_kind = "multirotor"
[figures.F7]
field = "payload_mass"
text = "30 kg"
role = "input"
[figures.F9]
field = "max_payload"
text = "{claim}"
role = "claim"
"""


@pytest.mark.parametrize("claim, circular", [
    ("up to 20 kg", True), ("up to 30 kg", True), ("32 kg", True),   # within 10 % above
    ("up to 40 kg", False), ("100 kg", False)])
def test_a_payload_claim_at_or_below_the_sizing_payload_is_not_judged(tmp_path, claim,
                                                                      circular):
    result = check_text(tmp_path, SKYDRIVE.format(claim=claim))
    refused = {n.claim: n.reason for n in result.not_judged}
    assert ("F9" in refused and "circular" in refused["F9"]) is circular
    assert any(f.check == "payload" for f in result.findings) is not circular
    if circular:
        assert "sized from the 30 kg payload the source says it carries (F7" in refused["F9"]


def test_a_lighter_payload_claim_says_the_sources_figures_agree(tmp_path):
    result = check_text(tmp_path, SKYDRIVE.format(claim="up to 20 kg"))
    (entry,) = [n for n in result.not_judged if n.claim == "F9"]
    assert "20 kg is within the 30 kg it states (F7)" in entry.reason
    assert "no verdict" in entry.reason


# Wing (review 23 p/wing.fixed.toml): the 20 km range refers to the 2 kg maximum payload
WING = """
[case]
title = "Wing"
source = "tests"
[figures.F0]
field = "airframe"
text = "quadcopter"
role = "input"
[figures.F1]
field = "max_payload"
text = "{payload}"
role = "{role}"
[figures.F3]
field = "range"
text = "20 km"
role = "claim"
{keys}
"""


def _range(tmp_path, payload="up to 2 kg", keys='with_payload = true\nrefers = ["F1"]',
           role="claim"):
    result = check_text(tmp_path, WING.format(payload=payload, keys=keys, role=role), 2000)
    (finding,) = [f for f in result.findings if f.claims == ["F3"]]
    return finding


def test_a_with_payload_claim_flies_the_payload_figure_it_refers_to(tmp_path):
    referred = _range(tmp_path)
    written = _range(tmp_path, keys='payload = "2 kg"')
    empty = _range(tmp_path, keys="with_payload = true")
    assert "F1's 2 kg payload" in referred.condition
    assert "flown at its stated 2 kg" in referred.condition
    assert referred.probability == written.probability      # the same flight as payload = 2 kg
    assert referred.estimate.p50 == written.estimate.p50
    assert referred.probability < empty.probability         # 2 kg shortens the range


def test_a_max_payload_input_is_flown_too_and_a_range_as_written(tmp_path):
    assert "F1's 2 kg payload" in _range(tmp_path, role="input").condition
    finding = _range(tmp_path, payload="1-2 kg")
    assert "F1's 1-2 kg payload" in finding.condition and "stated" not in finding.condition


def test_a_warhead_claim_referred_to_is_flown_as_the_payload_it_is(tmp_path):
    text = WING.replace('field = "max_payload"', 'field = "warhead_mass"')
    result = check_text(tmp_path, text.format(payload="3 kg", role="claim",
                                              keys='with_payload = true\nrefers = ["F1"]'))
    (finding,) = [f for f in result.findings if f.claims == ["F3"]]
    assert "F1's 3 kg payload" in finding.condition


def test_without_with_payload_the_referred_figure_is_not_flown(tmp_path):
    finding = _range(tmp_path, keys='refers = ["F1"]')
    assert "F1's" not in finding.condition


def test_a_payload_input_referred_to_stays_the_cases_payload(tmp_path):
    text = WING.replace('field = "max_payload"', 'field = "payload_mass"')
    result = check_text(tmp_path, text.format(payload="2 kg", role="input",
                                              keys='with_payload = true\nrefers = ["F1"]'))
    (finding,) = [f for f in result.findings if f.claims == ["F3"]]
    assert "with the 2 kg payload, as stated" in finding.condition


def test_two_payload_figures_of_different_masses_are_a_clear_error(tmp_path):
    text = WING.format(payload="up to 2 kg", role="claim",
                       keys='with_payload = true\nrefers = ["F1", "F2"]') + (
        '[figures.F2]\nfield = "payload_mass"\ntext = "1 kg"\nrole = "claim"\n')
    with pytest.raises(CaseError, match=r"figures\.F3\.refers.*different masses"):
        check_text(tmp_path, text)


@pytest.mark.parametrize("text, low, high", [
    ("up to 2 kg", 2.0, 2.0), ("at least 3 kg", 3.0, 3.0), ("1-2 kg", 1.0, 2.0),
    ("500 g", 0.5, 0.5)])
def test_a_bound_is_flown_at_its_stated_end(text, low, high):
    figure = payload_figure(parse(text))
    assert (figure.low.m_as("kg"), figure.high.m_as("kg")) == pytest.approx((low, high))
    assert figure.kind == ("point" if low == high else "range")


# A stated machine (no sizing from the payload): more payload on the same leg, same seed
LEG = """
[case]
title = "leg"
source = "tests"
[vehicle]
rotors = 4
rotor_diameter = "15 in"
empty_mass = "4 kg"
[battery]
capacity = "16000 mAh"
cells = "6S"
[figures.P1]
field = "max_payload"
text = "up to {load:.4f} kg"
role = "claim"
[figures.V1]
field = "speed"
text = "40 km/h"
role = "claim"
[figures.D1]
field = "distance"
text = "{km} km"
role = "claim"
with_payload = true
refers = ["V1", "P1"]
"""


@settings(max_examples=8, deadline=None)
@given(st.floats(0.1, 6.0), st.floats(0.1, 6.0), st.sampled_from([10, 20]))
def test_a_leg_with_more_payload_never_gets_a_higher_probability(tmp_path_factory, a, b, km):
    light, heavy = sorted((a, b))
    p = []
    for load in (light, heavy):
        result = check_text(tmp_path_factory.mktemp("leg"), LEG.format(load=load, km=km), 400)
        (leg,) = [f for f in result.findings if f.check == "leg"]
        assert "P1's" in leg.condition
        p.append(leg.probability)
    assert p[1] <= p[0]


def test_a_referred_payload_that_sizes_the_machine_names_its_figure(tmp_path):
    text = SKYDRIVE.replace('[figures.F7]\nfield = "payload_mass"\ntext = "30 kg"\nrole = "input"',
                            '[figures.F7]\nfield = "max_payload"\ntext = "up to 30 kg"\n'
                            'role = "claim"\n[figures.T1]\nfield = "flight_time"\n'
                            'text = "15 min"\nrole = "claim"\nwith_payload = true\n'
                            'refers = ["F7"]')
    result = check_text(tmp_path, text.format(claim="up to 20 kg"))
    refused = {n.claim: n.reason for n in result.not_judged}
    assert "circular" in refused["F7"] and "circular" in refused["F9"]
    assert "(F7, flown with T1;" in refused["F9"]
    (time,) = [f for f in result.findings if f.claims == ["T1"]]
    assert "F7's 30 kg payload" in time.condition
