"""VTOL speeds and ceilings against the power available (issue 13, vtolspeed): a battery
quadplane's cruise motor from the electric power-loading law, a tailsitter's from its rotors at
full thrust (momentum theory), a piston quadplane's inferred engine; the ceiling rule on an
inferred power (claims.fixed_wing_ceiling); the split of claims.fixed_wing changes nothing."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import dronecalc
from dronecalc.physics import vtol
from dronecalc.physics.rotor import _G

HEAD = '[case]\ntitle = "t"\nsource = "s"\n'
SAMPLES = 2000


def _fig(ident, field, text, role="input"):
    return f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{text}"\nrole = "{role}"\n'


def _case(tmp_path, body, name="c.toml"):
    path = tmp_path / name
    path.write_text(HEAD + body)
    return dronecalc.load_case(path)


def _finding(result, fid, check):
    found = [f for f in result.findings if fid in f.claims and f.check == check]
    assert len(found) == 1, [(f.check, f.claims) for f in result.findings]
    return found[0]


#: A DeltaQuad-like battery quadplane: the maker's mass, wing and pack (examples/cases).
QUADPLANE = (_fig("A", "airframe", "VTOL quadplane") + _fig("M", "takeoff_mass", "5 kg")
             + _fig("S", "wingspan", "235 cm") + _fig("W", "wing_area", "90 dm^2")
             + _fig("E", "battery_energy", "340 Wh"))
#: A tailsitter of the CAS dual-wing's mass (examples/cases/cas-dual-wing-vtol.toml).
TAILSITTER = (_fig("A", "airframe", "tailsitter") + _fig("M", "takeoff_mass", "50 kg")
              + _fig("E", "engine_type", "electric"))


# --------------------------------------------------------------------------- physics

@settings(max_examples=40, deadline=None)
@given(m=st.floats(0.5, 200.0), r=st.floats(1.0, 4.0), dl=st.floats(50.0, 600.0),
       fm=st.floats(0.3, 0.9), rho=st.floats(0.5, 1.3))
def test_full_thrust_power_is_the_momentum_theory_closed_form(m, r, dl, fm, rho):
    """P = r^1.5 m g sqrt(DL / (2 rho)) / FM (Leishman 2006 ch. 2), and at r = 1 the hover
    power of physics.vtol.hover_power (drive efficiency 1) on the same disk area."""
    area = m * _G / dl
    p = float(vtol.full_thrust_power(m, r, area, fm, rho))
    assert p == pytest.approx(r ** 1.5 * m * _G * math.sqrt(dl / (2 * rho)) / fm, rel=1e-9)
    diameter = math.sqrt(4.0 * area / (math.pi * 4.0))             # four equal rotors
    hover = float(vtol.hover_power(m, rho, 4.0, diameter, fm, 1.0))
    assert float(vtol.full_thrust_power(m, 1.0, area, fm, rho)) == pytest.approx(hover, rel=1e-9)


# --------------------------------------------------------------------------- speeds

def test_a_quadplane_speed_far_above_its_power_is_not_consistent(tmp_path):
    """The DeltaQuad's 100 km/h is judged (it was "not judged") and consistent; three times
    that is implausible against the cruise motor the power-loading law allows."""
    ok = dronecalc.check(_case(tmp_path, QUADPLANE + _fig("V", "top_speed", "100 km/h", "claim")),
                         samples=SAMPLES)
    assert _finding(ok, "V", "speed").verdict == "consistent"
    fast = dronecalc.check(_case(tmp_path, QUADPLANE + _fig("V", "top_speed", "300 km/h",
                                                            "claim"), "f.toml"), samples=SAMPLES)
    finding = _finding(fast, "V", "speed")
    assert finding.verdict == "implausible" and finding.probability < 0.001
    assert any("no quadplane's cruise-motor power is sourced (a judgement)" in n
               for n in finding.notes)


def test_a_quadplane_without_a_power_claim_draws_as_before(tmp_path):
    """Only a speed or ceiling claim adds the inferred power: a range case keeps its inputs."""
    from dronecalc.claims.fixed_wing import describe_case
    inputs = describe_case(_case(tmp_path, QUADPLANE + _fig("R", "range", "100 km", "claim")))
    assert "engine_power" not in inputs and "motor_power_percentile" not in inputs


def test_a_tailsitter_speed_is_judged_on_its_rotors_full_thrust_power(tmp_path):
    """The tailsitter's power is its rotors' at full thrust, r = 1.5-3 (data/thrust_to_weight
    .toml): the band of the engine_power input is the closed form at the inputs' ends, and a
    speed far above the top speed it gives is not consistent."""
    from dronecalc.claims.fixed_wing import describe_case
    from dronecalc.priors.drive import thrust_to_weight
    case = _case(tmp_path, TAILSITTER + _fig("V", "top_speed", "1000 km/h", "claim"))
    inputs = describe_case(case)
    ratio, dl, fm = (inputs[k] for k in ("rotor_thrust_to_weight", "lift_disk_loading",
                                         "figure_of_merit"))
    assert (ratio.low, ratio.high) == (thrust_to_weight().low, thrust_to_weight().high)
    low = ratio.low ** 1.5 * 50 * _G * math.sqrt(dl.low / (2 * 1.225)) / fm.high
    assert inputs["engine_power"].low == pytest.approx(low, rel=1e-6)
    result = dronecalc.check(case, samples=SAMPLES)
    finding = _finding(result, "V", "speed")
    assert finding.verdict != "consistent"
    assert any("rotors it hovers on" in n for n in finding.notes)


def test_a_piston_quadplane_speed_is_judged_on_its_inferred_engine(tmp_path):
    """The piston quadplane is a piston kind: its inferred engine power judges its speed."""
    body = (_fig("A", "airframe", "quadplane") + _fig("E", "engine_type", "petrol two-stroke")
            + _fig("M", "takeoff_mass", "29 kg") + _fig("S", "wingspan", "3.5 m")
            + _fig("V", "top_speed", "2000 km/h", "claim"))
    result = dronecalc.check(_case(tmp_path, body), samples=SAMPLES)
    assert _finding(result, "V", "speed").verdict == "implausible"


# --------------------------------------------------------------------------- ceiling rule

def test_the_ceiling_rule_on_an_inferred_power():
    from dronecalc.claims.fixed_wing_ceiling import CONSISTENT_SHARE, verdict
    assert CONSISTENT_SHARE == 0.95
    assert [verdict(p) for p in (1.0, 0.95, 0.949, 0.05, 0.0)] == [
        "consistent", "consistent", "needs-checking", "needs-checking", "needs-checking"]


#: A small electric wing without a stated motor power (its power inferred).
WING = (_fig("A", "airframe", "fixed-wing") + _fig("E", "engine_type", "electric")
        + _fig("M", "takeoff_mass", "3 kg") + _fig("S", "wingspan", "2 m"))


@pytest.mark.parametrize("height", ["15000 m", "19000 m"])
def test_a_ceiling_on_an_inferred_power_is_never_implausible_nor_an_easy_pass(tmp_path,
                                                                              height):
    """With the power inferred a ceiling is consistent only where >= 95 % reach it; a ceiling
    few or no machines reach needs checking (never implausible); with a stated power the
    plain rules judge it."""
    case = _case(tmp_path, WING + _fig("C", "service_ceiling", height, "claim"))
    finding = _finding(dronecalc.check(case, samples=SAMPLES), "C", "ceiling")
    assert finding.verdict == ("consistent" if finding.probability >= 0.95
                               else "needs-checking")
    assert "inferred, not stated" in finding.statement
    stated = _case(tmp_path, WING + _fig("P", "engine_power", "100 W")
                   + _fig("C", "service_ceiling", height, "claim"), "s.toml")
    plain = _finding(dronecalc.check(stated, samples=SAMPLES), "C", "ceiling")
    assert "inferred, not stated" not in plain.statement
    assert plain.verdict == "implausible"      # 33 W/kg cannot climb to 15 km


def test_a_stated_power_ceiling_keeps_the_plain_rules(tmp_path):
    from dronecalc.claims.verdict import judge
    case = _case(tmp_path, WING + _fig("P", "engine_power", "600 W")
                 + _fig("C", "service_ceiling", "3000 m", "claim"))
    finding = _finding(dronecalc.check(case, samples=SAMPLES), "C", "ceiling")
    assert finding.verdict == judge(finding.probability, True)


# --------------------------------------------------------------------------- the split

def test_the_split_modules_are_re_exported_unchanged():
    """claims.fixed_wing re-exports the findings and payload checks it was split into (so
    claims.fixed_wing_leg and the benchmarks importing them keep working)."""
    from dronecalc.claims import fixed_wing as cfw, fixed_wing_findings as fwf
    from dronecalc.claims import fixed_wing_payload as fwp
    for name in ("_capability", "_as_stated", "_on_own", "_notes", "_loaded", "_open_top",
                 "AT_SPEED"):
        assert getattr(cfw, name) is getattr(fwf, name)
    assert cfw._payload is fwp._payload


def test_the_split_changes_no_output_of_a_range_case(tmp_path):
    """The same case, checked twice through the re-exported names, gives the same JSON;
    and a quadplane range finding's numbers do not depend on a speed claim beside it (its
    draws unchanged by the inferred power, which only adds to the draws after them)."""
    only = dronecalc.check(_case(tmp_path, QUADPLANE + _fig("R", "range", "100 km", "claim")),
                           samples=SAMPLES)
    both = dronecalc.check(_case(tmp_path, QUADPLANE + _fig("R", "range", "100 km", "claim")
                                 + _fig("V", "top_speed", "100 km/h", "claim"), "b.toml"),
                           samples=SAMPLES)
    a, b = _finding(only, "R", "range"), _finding(both, "R", "range")
    assert (a.verdict, a.estimate, a.probability) == (b.verdict, b.estimate, b.probability)
    assert np.isfinite(b.probability)


@settings(max_examples=25, deadline=None)
@given(r=st.floats(1.5, 3.0), dl=st.floats(98.0, 294.0), fm=st.floats(0.45, 0.8),
       claim=st.floats(0.0, 10.0))
def test_a_tailsitter_keeps_its_airframes_rotor_power_with_a_claims_payload(r, dl, fm, claim):
    """engine.fixed_wing_power: each machine's power is its rotors' at r x its own take-off
    mass; a claim's own payload flies the same airframe, so the same power (as a tank, a pack
    and the rotors' disk area are the airframe's)."""
    from dronecalc.engine import fixed_wing as eng
    from dronecalc.engine.fixed_wing_power import ROTOR_RATIO, with_power
    v = {"takeoff_mass": np.array([20.0]), "payload": np.array([2.0]),
         ROTOR_RATIO: np.array([r]), "lift_disk_loading": np.array([dl]),
         "figure_of_merit": np.array([fm]), "battery_energy": np.array([2e6])}
    power = float(with_power(v)["engine_power"][0])
    assert power == pytest.approx(r ** 1.5 * 20.0 * _G * math.sqrt(dl / (2 * 1.225)) / fm,
                                  rel=1e-6)                      # ISA rho0 1.225 kg/m^3
    flown = eng.carrying(v, "tailsitter", claim)
    assert float(flown["engine_power"][0]) == pytest.approx(power, rel=1e-12)
    assert ROTOR_RATIO not in flown
