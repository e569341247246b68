"""Bugs found by the third user-trial round (tests/fixtures/cases/heldout3/, real sources)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dronecalc.claims.context import Context
from dronecalc.claims.kinds import lift, motor, payload
from dronecalc.intake.case import load_case

CASES = Path(__file__).parent / "fixtures" / "cases" / "heldout3"


@pytest.fixture(scope="module")
def t40() -> Context:
    """The DJI Agras T40 spec sheet (stated Kv, rotors, masses, capacity)."""
    return Context.build(load_case(CASES / "agras-t40-dji.toml"), 20_000, 0)


def test_payload_bound_is_never_below_the_best_sampled_machine(t40):
    """The generous payload capacity is at least the best sampled machine's; before the fix
    it was 68.6 kg while sampled machines lifted 82-446 kg (p5-p95)."""
    (found,) = [f for f in payload.evaluate(t40) if f.check == "payload"]
    best = np.nanmax(payload.capacity(t40.drawn_except("thrust")))
    assert np.isfinite(found.generous_bound.value)
    assert found.generous_bound.value >= best * (1 - 1e-9)


def test_motor_bound_is_never_above_the_best_sampled_machine(t40):
    """Tip Mach is minimised: the bound is at most the lowest sampled tip Mach."""
    (found,) = motor.evaluate(t40)
    best = np.nanmin(motor.tip_mach(t40.drawn_except("thrust", "tip_mach")))
    assert np.isfinite(found.generous_bound.value)
    assert found.generous_bound.value <= best * (1 + 1e-9)


def test_claim_samples_meet_every_constraint_but_the_tested_one(t40):
    """The payload claim is judged on machines the Monte Carlo would build, the thrust
    aside: none of them breaks the specific-energy or battery-share constraint."""
    values = t40.drawn_except("thrust")
    from dronecalc.engine.machine import margins
    for name, m in margins(values).items():
        if name != "thrust":
            assert (m > 0).all(), name


def test_a_claims_own_payload_sizes_the_machine():
    """FlyCart 30 (The Register): "30 kg over 16 km", no mass stated. The machine the claim
    describes carries 30 kg, so its take-off mass is that of real machines whose maximum
    payload is 30 kg (not the 4-11 kg empty mass of a generic hexacopter); DJI's own figure
    is 65 kg with its two packs (data/multirotors.toml), inside that range."""
    from dronecalc.claims.context import carried, describe_case
    from dronecalc.priors.conditioned import payload_masses
    case = load_case(CASES / "flycart-register.toml")
    assert carried(case) == pytest.approx(30.0)
    mass = describe_case(case)["mass"]
    assert mass.origin == "conditioned"
    assert (mass.low, mass.high) == pytest.approx(payload_masses(30.0))
    assert mass.low < 65.0 < mass.high


@pytest.mark.parametrize("payload", [0.5, 3.0, 30.0])
def test_payload_masses_bracket_the_lightest_carrier(payload):
    from dronecalc.priors.conditioned import payload_mass, payload_masses
    low, high = payload_masses(payload)
    assert low == pytest.approx(payload_mass(payload)) and low < high


def test_drivers_stay_within_what_buildable_machines_do(t40):
    """One-at-a-time swings move among buildable machines: no driver of the T40's hover
    time goes past the generous bound (before the fix, the swings ran from the box's
    unbuildable 1.5-pack middle to 105 min against a 50.9 min bound)."""
    from dronecalc.claims.kinds.capability import capability
    for fig in t40.claims("flight_time"):
        found = capability(t40, fig)
        for d in found.drivers:
            assert max(d.result_at_low, d.result_at_high) <= found.generous_bound.value + 1e-9


def test_a_swing_end_that_is_not_buildable_is_pulled_in():
    """The sensitivity probes an unbuildable end back to the last buildable value."""
    from dronecalc.engine.sensitivity import sensitivity
    from dronecalc.priors.describe import Input
    inputs = {"altitude": Input("altitude", 0.0, 1600.0, "stated")}
    (d,) = sensitivity(inputs, lambda v: v["altitude"] * 1.0, None,
                       lambda v: 1000.0 - v["altitude"])
    assert (d.low, d.clipped) == (0.0, (False, True))
    assert d.high == pytest.approx(950.0) and d.output_high == pytest.approx(950.0)
    inputs = {"rotors": Input("rotors", 2.0, 10.0, "stated")}      # whole rotors only
    (d,) = sensitivity(inputs, lambda v: v["rotors"] * 1.0, None, lambda v: 8.0 - v["rotors"])
    assert (d.low, d.high, d.output_high) == (2.0, 7.0, 7.0)
