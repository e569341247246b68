"""The hybrid quadplane, ``vtol-quadplane-piston`` (issue 13, vtolfuel): battery lift rotors for
take-off and landing, a piston engine on fuel for the cruise. Its physics (the energy split,
zero fuel, unit invariance), the airframe words that name it or stay ambiguous, and a case
without a battery figure (its battery from the sizing prior)."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import dronecalc
from dronecalc.physics import fixed_wing as fw, vtol
from dronecalc.physics.rotor import _G

HEAD = '[case]\ntitle = "t"\nsource = "s"\n'


def _fig(ident, field, text, role="input"):
    return f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{text}"\nrole = "{role}"\n'


def _case(tmp_path, body, name="c.toml"):
    path = tmp_path / name
    path.write_text(HEAD + body)
    return dronecalc.load_case(path)


#: A 29 kg quadplane with a petrol engine (the Tekever AR3's mass and span, the engine made up).
HYBRID = (_fig("A", "airframe", "quadplane") + _fig("E", "engine_type", "petrol two-stroke")
          + _fig("M", "takeoff_mass", "29 kg") + _fig("S", "wingspan", "3.5 m")
          + _fig("P", "payload_mass", "4 kg") + _fig("T", "flight_time", "8 h", "claim"))


# --------------------------------------------------------------------------- the kind

@pytest.mark.parametrize("body", [
    _fig("A", "airframe", "quadplane") + _fig("E", "engine_type", "two-stroke piston"),
    _fig("A", "airframe", "petrol VTOL quadplane"),
    _fig("A", "airframe", "fixed-wing VTOL quadplane") + _fig("F", "fuel_mass", "6 kg"),
    _fig("A", "airframe", "quadplane") + _fig("E", "engine_type", "heavy fuel"),
])
def test_a_quadplane_with_a_piston_engine_or_fuel_is_the_hybrid(tmp_path, body):
    assert _case(tmp_path, body + _fig("T", "flight_time", "8 h", "claim")).kind \
        == "vtol-quadplane-piston"


def test_the_kind_name_resolves_to_its_layout_and_plant():
    from dronecalc.intake.airframes import KINDS, resolve
    from dronecalc.physics.kinds import KINDS as MODELS
    words = resolve("vtol-quadplane-piston")
    assert (words.layouts, words.power, words.kind()) == (
        ("vtol-quadplane",), "piston", "vtol-quadplane-piston")
    from dronecalc.claims.registry import modelled
    assert set(KINDS) == set(MODELS) and modelled("vtol-quadplane-piston")
    assert resolve("petrol quadplane").kind() == "vtol-quadplane-piston"
    assert resolve("quadplane").kind() == "vtol-quadplane"           # no engine: electric


def test_a_vtol_fixed_wing_with_a_petrol_engine_is_still_ambiguous(tmp_path):
    """Piston tailsitters exist (Aerovel Flexrotor): the engine does not choose the layout."""
    case = _case(tmp_path, _fig("A", "airframe", "VTOL fixed-wing")
                 + _fig("E", "engine_type", "petrol engine") + _fig("M", "takeoff_mass", "29 kg")
                 + _fig("T", "flight_time", "8 h", "claim"))
    assert case.kind is None
    (entry,) = dronecalc.check(case, samples=100).not_judged
    assert "could be a quadplane or a tailsitter; with its piston engine a hybrid quadplane" \
        in entry.reason and "Flexrotor" in entry.reason
    assert "assumes a battery" not in entry.reason       # an engine is stated
    assert "'vtol-quadplane-piston'" in entry.needs


def test_a_tailsitter_or_a_jet_quadplane_is_still_refused(tmp_path):
    """Each says why: the tailsitter hovers on its engine, the hybrid has a piston engine."""
    for body, what, why in ((_fig("A", "airframe", "tailsitter")
                             + _fig("E", "engine_type", "gasoline"), "tailsitter with a piston",
                             "engine-driven propeller (Aerovel Flexrotor)"),
                            (_fig("A", "airframe", "quadplane")
                             + _fig("E", "engine_type", "turbojet"), "quadplane with a jet",
                             "vtol-quadplane-piston, has a piston engine")):
        case = _case(tmp_path, body + _fig("T", "flight_time", "8 h", "claim"))
        assert case.kind is None
        (entry,) = dronecalc.check(case, samples=100).not_judged
        assert f"no model for a {what} power plant" in entry.reason and why in entry.reason


# --------------------------------------------------------------------------- physics

def _machine(n=1, **over):
    """A 29 kg hybrid at sea level, every input exact (SI)."""
    v = {"takeoff_mass": 29.0, "payload": 4.0, "wingspan": 3.5, "aspect_ratio": 12.0,
         "zero_lift_drag": 0.03, "extra_drag": 0.01, "oswald_offset": 0.0,
         "max_lift_coefficient": 1.3, "propeller_efficiency": 0.7, "bsfc": 400 / 3.6e9,
         "fuel_fraction": 0.25, "lift_disk_loading": 20 * 9.80665, "figure_of_merit": 0.6,
         "drive_efficiency": 0.85, "usable_fraction": 0.8, "specific_energy": 165 * 3600.0,
         "hover_time": 90.0, "battery_sizing": 1.5, "lift_system_fraction": 0.1,
         "altitude": 0.0}
    v.update(over)
    return {k: np.full(n, float(x)) if np.ndim(x) == 0 else np.asarray(x, dtype=float)
            for k, x in v.items()}


def _perf(v, **kw):
    from dronecalc.engine import fixed_wing as eng
    return eng.performance(v, "vtol-quadplane-piston", **kw)


def test_endurance_falls_when_the_hover_time_rises():
    """The energy split: a longer hover needs a heavier battery, paid for in fuel."""
    times = np.linspace(30.0, 400.0, 12)
    perf = _perf(_machine(times.size, hover_time=times))
    assert np.all(np.diff(perf["max_endurance"]) < 0)
    assert np.all(np.diff(perf["max_range"]) < 0)
    assert np.all(np.diff(perf["hover_energy"]) > 0)


def test_zero_fuel_flies_no_cruise():
    """No fuel: no cruise; the flight time is the hover phases' alone, the range 0."""
    perf = _perf(_machine(fuel_mass=0.0, battery_energy=500 * 3600.0))
    assert perf["max_range"][0] == 0.0
    assert perf["max_endurance"][0] == pytest.approx(90.0)
    # and the physics functions alike
    args = (1.0, 29.0, 1.225, 0.03, 0.05, 0.7, 400 / 3.6e9, 4, 1.0, 0.6, 0.85, 90.0)
    assert vtol.hybrid_range(0.0, *args) == 0.0


def test_a_battery_that_cannot_pay_for_the_hover_flies_nothing():
    e_need = float(_perf(_machine(battery_energy=1e9))["hover_energy"][0])
    usable = 0.8
    perf = _perf(_machine(2, battery_energy=np.array([0.99, 1.01]) * e_need / usable))
    assert list(perf["hover_short"]) == [True, False]
    assert perf["max_endurance"][0] == 0.0 and perf["max_range"][0] == 0.0
    assert perf["max_endurance"][1] > 3600.0


def test_the_cruise_is_breguet_on_the_fuel_less_the_battery():
    """Anderson 1999 ch. 5: R = eta / (g c) L/D ln(W0 / W1), with the fuel the energy stores'
    share less the battery sized for the hover (both computed here by hand)."""
    v = _machine()
    perf = _perf(v)
    e_hover = float(perf["hover_energy"][0])
    battery_kg = 1.5 * e_hover / 0.8 / (165 * 3600.0)
    fuel = 0.25 * 29.0 - battery_kg
    ar, cd0 = 12.0, 0.04
    k = 1.0 / (math.pi * float(fw.oswald_efficiency(ar)) * ar)
    cl = min(math.sqrt(cd0 / k), 1.3 / fw.STALL_MARGIN["value"] ** 2)
    ld = cl / (cd0 + k * cl ** 2)
    expected = 0.7 / (_G * 400 / 3.6e9) * ld * -math.log1p(-fuel / 29.0)
    assert perf["max_range"][0] == pytest.approx(expected, rel=1e-9)


@settings(max_examples=40, deadline=None)
@given(st.floats(0.5, 0.99), st.floats(1.0, 3.0))
def test_more_battery_energy_never_shortens_a_stated_fuels_flight(share, more):
    """With the fuel stated, the battery pays the hover only: more of it changes nothing once
    the hover is paid for, and never shortens the flight."""
    e_need = float(_perf(_machine(battery_energy=1e9))["hover_energy"][0]) / 0.8
    a = _perf(_machine(fuel_mass=5.0, battery_energy=e_need * share))
    b = _perf(_machine(fuel_mass=5.0, battery_energy=e_need * share * more))
    assert b["max_endurance"][0] >= a["max_endurance"][0]


# --------------------------------------------------------------------------- cases

def test_units_do_not_change_the_verdicts_or_the_numbers(tmp_path):
    si = _case(tmp_path, HYBRID, "si.toml")
    imperial = _case(tmp_path, HYBRID.replace('"29 kg"', '"63.9341 lb"').replace(
        '"3.5 m"', '"11.4829 ft"').replace('"4 kg"', '"8.81849 lb"').replace(
        '"8 h"', '"480 min"'), "imp.toml")
    a, b = (dronecalc.check(c, samples=2000, seed=1) for c in (si, imperial))
    assert len(a.findings) == len(b.findings) == 1
    for fa, fb in zip(a.findings, b.findings):
        assert fa.verdict == fb.verdict
        assert fa.estimate.p50 * (60.0 if fa.estimate.unit == "h" else 1.0) == pytest.approx(
            fb.estimate.p50 * (60.0 if fb.estimate.unit == "h" else 1.0), rel=1e-4)


def test_no_battery_figure_draws_the_sizing_prior(tmp_path):
    from dronecalc.claims.fixed_wing import describe_case
    inputs = describe_case(_case(tmp_path, HYBRID))
    sizing = inputs["battery_sizing"]
    assert (sizing.origin, sizing.low, sizing.high) == ("prior", 1.0, 2.0)
    assert "GUESS" in sizing.note and "battery_energy" not in inputs
    assert inputs["lift_system_fraction"].origin == "prior"
    stated = describe_case(_case(tmp_path, HYBRID + _fig("B", "battery_energy", "400 Wh"),
                                 "b.toml"))
    assert "battery_sizing" not in stated
    assert stated["battery_energy"].low == pytest.approx(400 * 3600.0)


def test_the_hybrid_case_judges_its_claims_and_says_how(tmp_path):
    result = dronecalc.check(_case(tmp_path, HYBRID), samples=2000)
    (found,) = result.findings
    assert found.check == "endurance" and not result.not_judged
    notes = " ".join(found.notes)
    assert "lift battery is paid for in fuel" in notes and "vertical phases" in notes
