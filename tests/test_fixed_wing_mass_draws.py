"""An inferred take-off mass is drawn from its law's predictive distribution at each machine's
own payload or wingspan, not uniformly in kilograms over the p5-p95 band (issue #13, fw18: the
Lyutyi's 50-75 kg warhead gave 91.9-832 kg drawn with a median of 459 kg where the law's is
280 kg, and 75 % of its machines could not hold level flight): engine.fixed_wing_mass_draws."""
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import dronecalc
from dronecalc.claims.fixed_wing import describe_case
from dronecalc.engine import fixed_wing as eng
from dronecalc.engine.fixed_wing_mass_draws import with_inferred_mass
from dronecalc.priors.fixed_wing_mass import MASS_PERCENTILES, mass_law
from dronecalc.priors.fixed_wing_span_mass import span_mass_law

ROOT = Path(__file__).resolve().parents[1]
LYUTYI = ROOT / "tests" / "fixtures" / "cases" / "fixed_wing_heldout" / "lyutyi-news.toml"
SHAHED = ROOT / "examples" / "cases" / "shahed-136.toml"


def _inputs(path):
    return describe_case(dronecalc.load_case(str(path)))


def test_a_warheads_mass_follows_the_law_at_each_machines_own_warhead():
    inputs = _inputs(LYUTYI)
    mass = inputs["takeoff_mass"]
    values = eng.sample(inputs, 40_000, 0)
    m, x = values["takeoff_mass"], values["payload"]
    law = mass_law()
    low, high = (law.at(x, p) for p in MASS_PERCENTILES)
    assert np.all(m >= low * (1 - 1e-12)) and np.all(m <= high * (1 + 1e-12))
    assert np.all(m >= mass.low) and np.all(m <= mass.high)       # inside the input's band
    # half the machines above the law's median at their own warhead (uniform in kg: 0.74)
    assert np.mean(m > law.median(x)) == pytest.approx(0.5, abs=0.01)
    # the draws' median near the law's at the band's middle warhead (280 kg), not the uniform draws'
    # (459 kg)
    assert np.median(m) == pytest.approx(float(law.median(62.5)), rel=0.05)


def test_the_other_inputs_draws_do_not_move():
    inputs = _inputs(LYUTYI)
    rng = np.random.default_rng(0)
    n = 2000
    plain = {name: np.full(n, i.low) if i.exact else rng.uniform(i.low, i.high, n)
             for name, i in eng.pw.drawn(inputs).items()}
    drawn = eng.sample(inputs, n, 0)
    for name in plain:
        if name != "takeoff_mass":
            assert np.array_equal(plain[name], drawn[name]), name
    # the mass is the same random number re-read: its rank order within a warhead is kept
    assert np.corrcoef(np.argsort(np.argsort(plain["takeoff_mass"])),
                       np.argsort(np.argsort(drawn["takeoff_mass"])))[0, 1] > 0.8


def test_a_span_only_mass_follows_the_span_law():
    inputs = _inputs(LYUTYI)
    span = inputs["wingspan"]
    from dronecalc.priors.fixed_wing_span_mass import inferred_mass_from_span
    inputs = {k: v for k, v in inputs.items() if k not in ("payload", "takeoff_mass")}
    inputs["takeoff_mass"] = eng.Input("takeoff_mass", *inferred_mass_from_span(span))
    values = eng.sample(inputs, 20_000, 1)
    law = span_mass_law()
    assert np.median(values["takeoff_mass"]) == pytest.approx(float(law.median(span.low)),
                                                              rel=0.05)


def test_a_stated_mass_is_drawn_as_before():
    inputs = _inputs(SHAHED)
    values = {"takeoff_mass": np.array([1.0, 2.0])}
    assert with_inferred_mass(inputs, values) is values


@settings(max_examples=30, deadline=None)
@given(st.floats(2.0, 200.0), st.floats(1.0, 2.0), st.integers(0, 2**31 - 1))
def test_draws_stay_inside_the_band_and_rise_with_the_warhead(low, ratio, seed):
    payload = eng.Input("payload", low, low * ratio, "stated", "F1: a warhead")
    from dronecalc.priors.fixed_wing_mass import inferred_mass
    inputs = {"payload": payload,
              "takeoff_mass": eng.Input("takeoff_mass", *inferred_mass(payload))}
    mass = inputs["takeoff_mass"]
    rng = np.random.default_rng(seed)
    values = {"payload": rng.uniform(payload.low, payload.high, 500),
              "takeoff_mass": rng.uniform(mass.low, mass.high, 500)}
    m = with_inferred_mass(inputs, values)["takeoff_mass"]
    assert np.all((m >= mass.low) & (m <= mass.high))
    # at one percentile a heavier warhead gives a heavier machine
    same = dict(values, takeoff_mass=np.full(500, 0.5 * (mass.low + mass.high)))
    m2 = with_inferred_mass(inputs, same)["takeoff_mass"]
    order = np.argsort(values["payload"])
    assert np.all(np.diff(m2[order]) >= -1e-9 * m2[order][1:])


def test_a_claims_own_payload_is_not_what_the_mass_was_inferred_from():
    # a mass inferred from a stated maximum payload, flown with a claim's own 20 kg payload in
    # place of the case's (claims.fixed_wing_conditions): not re-read at the claim's payload
    from dronecalc.priors.fixed_wing_mass import inferred_mass
    capacity = eng.Input("payload", 50.0, 50.0, "stated", "F1: the stated maximum payload")
    inputs = {"takeoff_mass": eng.Input("takeoff_mass", *inferred_mass(capacity)),
              "payload": eng.Input("payload", 20.0, 20.0, "stated", "F5's own payload 20 kg")}
    rng = np.random.default_rng(3)
    mass = inputs["takeoff_mass"]
    values = {"payload": np.full(200, 20.0),
              "takeoff_mass": rng.uniform(mass.low, mass.high, 200)}
    assert with_inferred_mass(inputs, values) is values
    # the same mass with the payload it was inferred from is re-read
    inputs["payload"] = capacity
    assert with_inferred_mass(inputs, dict(values, payload=np.full(200, 50.0))) is not values
