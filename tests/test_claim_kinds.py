"""Claim kinds with their own conditions (issue #10): hover time, a flight time or range at a
stated speed, with its own payload or reserve, several payload conditions per case, and a
payload capacity."""
from __future__ import annotations

import pytest

from dronecalc import CaseError, check, load_case

MACHINE = """
[case]
title = "conditions"
source = "tests"

[vehicle]
rotors = 4
rotor_diameter = "10 in"
empty_mass = "1.2 kg"
{kv}

[battery]
capacity = "5000 mAh"
cells = "4S"
"""


def run(tmp_path, figures, kv="", samples=1500):
    path = tmp_path / "case.toml"
    path.write_text(MACHINE.format(kv=kv) + figures)
    result = check(load_case(path), samples=samples, seed=2)
    return {f.claims[0]: f for f in result.findings}, result


def claim(ident, field, text, **keys):
    extra = "".join(f'{k} = "{v}"\n' for k, v in keys.items())
    return f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{text}"\nrole = "claim"\n{extra}'


def test_hover_time_is_judged_against_hover_endurance_not_the_best_speed(tmp_path):
    found, _ = run(tmp_path, claim("H", "flight_time", "1 min", mode="hover")
                   + claim("M", "flight_time", "1 min"))
    hover, best = found["H"].estimate, found["M"].estimate
    assert hover.p50 < best.p50                     # hovering costs more than cruising
    assert "hovering" in found["H"].condition
    doubled, _ = run(tmp_path, claim("H", "flight_time", f"{2 * hover.p50:.3g} min",
                                     mode="hover"))
    assert doubled["H"].verdict != "consistent"


def test_each_payload_condition_is_judged_with_its_own_payload(tmp_path):
    found, _ = run(tmp_path, claim("A", "flight_time", "5 min", payload="0.5 kg")
                   + claim("B", "flight_time", "5 min", payload="1 kg"))
    assert found["A"].estimate.p50 > found["B"].estimate.p50
    assert "0.5 kg" in found["A"].condition and "1 kg" in found["B"].condition


def test_a_flight_time_at_a_stated_speed_and_a_range_to_a_reserve(tmp_path):
    found, _ = run(tmp_path, claim("S", "flight_time", "5 min", at_speed="25 km/h")
                   + claim("R", "range", "1 km", reserve="20 %")
                   + claim("R0", "range", "1 km"))
    assert "25 km/h" in found["S"].condition
    assert found["R"].estimate.p50 == pytest.approx(0.8 * found["R0"].estimate.p50, rel=0.03)


def test_payload_capacity_with_the_motors_or_with_the_thrust_to_weight_prior(tmp_path):
    """With a Kv the motors' ceiling; without one the thrust-to-weight prior
    (priors/drive.py), and the finding says so and what would overturn it."""
    figures = claim("M", "max_payload", "0.5 kg") + claim("X", "max_payload", "30 kg")
    prior, without_kv = run(tmp_path, figures)
    assert not without_kv.not_judged
    assert prior["X"].verdict == "implausible" and prior["X"].check == "payload"
    assert any("No motor Kv is stated" in n for n in prior["M"].notes)
    assert "measured full-throttle thrust" in prior["M"].overturn
    found, _ = run(tmp_path, figures, kv='motor_kv = "900 Kv"')
    assert found["X"].verdict == "implausible" and found["X"].check == "payload"
    assert found["M"].estimate.p50 > 0
    assert not any("No motor Kv is stated" in n for n in found["M"].notes)
    assert "thrust-to-weight prior" not in found["M"].overturn


@pytest.mark.parametrize("keys, problem", [
    ({"mode": "hover", "at_speed": "20 km/h"}, "a hover time has no airspeed"),
    ({"mode": "glide"}, "unknown mode"),
    ({"reserve": "120 %"}, "not a share"),
    ({"at_speed": "over 20 km/h"}, "plausible value or range"),
])
def test_bad_conditions_are_case_errors(tmp_path, keys, problem):
    path = tmp_path / "bad.toml"
    path.write_text(MACHINE.format(kv="") + claim("T", "flight_time", "20 min", **keys))
    with pytest.raises(CaseError, match=problem):
        load_case(path)


def test_a_range_claim_takes_no_hover_mode(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(MACHINE.format(kv="") + claim("R", "range", "2 km", mode="hover"))
    with pytest.raises(CaseError, match="takes mode"):
        load_case(path)


def test_a_top_speed_is_judged_with_its_own_payload(tmp_path):
    """With ample thrust the tilt limit binds, and a heavier machine of the same drag area
    holds a higher speed at that tilt (D ~ W tan(limit)); near the lift limit power and
    thrust bind and it is slower. Either way the claim's payload must change the estimate
    (both effects can meet at the median: the band's ends, p5 and p95, tell them apart)."""
    found, _ = run(tmp_path, claim("V", "top_speed", "20 km/h")
                   + claim("W", "top_speed", "20 km/h", payload="1.5 kg"),
                   kv='motor_kv = "900 Kv"')
    band = [(e.p5, e.p50, e.p95) for e in (found["W"].estimate, found["V"].estimate)]
    assert band[0] != pytest.approx(band[1], rel=0.01)
    assert "1.5 kg" in found["W"].condition and found["W"].with_payload is True


def test_an_open_bound_input_is_the_range_up_to_it(tmp_path):
    figures = ('\n[figures.P]\nfield = "payload_mass"\ntext = "up to 2.7 kg"\nrole = "input"\n'
               + claim("T", "flight_time", "10 min", with_payload="true"))
    _, result = run(tmp_path, figures.replace('with_payload = "true"', "with_payload = true"))
    rows = {a.name: a for a in result.assumptions}
    assert (rows["payload"].low, rows["payload"].high) == (0.0, pytest.approx(2.7))
    assert "open bound" in rows["payload"].note


def test_altitude_and_headwind_conditions(tmp_path):
    found, _ = run(tmp_path, claim("R0", "range", "1 km")
                   + claim("RW", "range", "1 km", headwind="5 m/s")
                   + claim("RA", "flight_time", "1 min", mode="hover", altitude="4000 m")
                   + claim("R1", "flight_time", "1 min", mode="hover"))
    assert found["RW"].estimate.p50 < found["R0"].estimate.p50        # into the wind
    assert found["RA"].estimate.p50 < found["R1"].estimate.p50        # thinner air
    assert "headwind" in found["RW"].condition and "4000 m" in found["RA"].condition
