"""Jet fixed wings (issue #13): the jet physics against its defining equations, and the checks
on jet cases (the BQM-74E example, a stated thrust, the claim contract)."""
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dronecalc
from dronecalc.physics import fixed_wing as fw
from dronecalc.physics import fixed_wing_jet as fwj
from dronecalc.physics.atmosphere import _air_density, _air_density_to_20km
from tests.test_contract import assert_one_verdict_or_not_judged

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "cases" / "bqm-74e-target-drone.toml"
G = 9.80665
HEAD = '[case]\ntitle = "t"\nsource = "s"\n'


def _polar(ar=6.0, e=0.8, cd0=0.025):
    return cd0, 1.0 / (np.pi * e * ar)


@settings(max_examples=30, deadline=None)
@given(m=st.floats(50, 500), s=st.floats(0.5, 3.0), zeta=st.floats(0.05, 0.5),
       cl=st.floats(0.1, 0.8), h=st.floats(0, 9000))
def test_breguet_jet_range_is_the_integral_of_its_fuel_burn(m, s, zeta, cl, h):
    """dR = -V dW / (c_t g D) at constant C_L and altitude (Anderson 1999, ch. 5), integrated
    numerically over the fuel burnt, equals breguet_range_jet's closed form."""
    cd0, k = _polar()
    rho, ct = _air_density(h), 0.13 / 3600
    cd = fw.drag_coefficient(cl, cd0, k)
    w = np.linspace(m * G * (1 - zeta), m * G, 20001)
    v = np.sqrt(2 * w / (rho * s * cl))
    integrand = v / (ct * w * cd / cl)          # dR/dW (W in N: fuel weight flow c_t g T)
    numeric = np.trapezoid(integrand, w) / G
    closed = fw.breguet_range_jet(cl, cd, ct, rho, s, m, zeta)
    assert closed == pytest.approx(numeric, rel=1e-6)
    # endurance: dE = -dW / (c_t g D), D = W / (L/D)
    e_numeric = np.trapezoid(cl / cd / (ct * w), w) / G
    assert fw.breguet_endurance_jet(cl / cd, ct, zeta) == pytest.approx(e_numeric, rel=1e-6)


def test_the_constant_speed_range_is_the_endurance_times_the_speed():
    ld, ct, zeta, v = 10.0, 0.15 / 3600, 0.3, 150.0
    assert fwj.range_at_speed(v, ld, ct, zeta) == pytest.approx(
        v * fw.breguet_endurance_jet(ld, ct, zeta))


def test_tsfc_rises_with_mach_as_anderson_has_it():
    assert fwj.tsfc_at_mach(1.0, 0.8, 0.5) == pytest.approx(1.4)    # c_t = 1.0 + 0.5 M
    assert fwj.mach_number(340.294, 0.0) == pytest.approx(1.0, rel=1e-4)
    assert fwj.thrust_lapse(0.5) == 0.5


@settings(max_examples=30, deadline=None)
@given(t=st.floats(300, 5000), m=st.floats(50, 400), s=st.floats(0.5, 3.0),
       h=st.floats(0, 9000))
def test_top_speed_is_where_thrust_equals_drag_and_none_below_the_least_drag(t, m, s, h):
    cd0, k = _polar()
    rho = _air_density(h)
    v = fwj.top_speed(t, m, rho, s, cd0, k)
    least_drag = m * G / fw.max_lift_to_drag(cd0, k)
    if t < least_drag:
        assert np.isnan(v)
    else:
        assert fw.drag(m, v, rho, s, cd0, k) == pytest.approx(t, rel=1e-9)
        assert v >= fw.min_drag_speed(m, rho, s, cd0, k) * (1 - 1e-9)


@pytest.mark.parametrize("t,m,s,h", [(1000, 250, 1.2, 0), (1500, 150, 0.8, 5000),
                                     (800, 300, 2.0, 8000)])
def test_the_closed_form_best_climb_is_the_grid_maximum_of_excess_power(t, m, s, h):
    cd0, k = _polar()
    rho = _air_density(h)
    v = np.linspace(5, 400, 200001)
    grid = np.max((t * v - fw.power_required(m, v, rho, s, cd0, k)) / (m * G))
    assert fwj.max_climb_rate(t, m, rho, s, cd0, k) == pytest.approx(grid, rel=1e-6)


def test_the_service_ceiling_climbs_at_100_ft_per_min_and_falls_with_mass():
    cd0, k = _polar()
    h = fwj.service_ceiling(np.array([1000.0, 1000.0]), np.array([150.0, 300.0]), 1.2, cd0, k)
    assert h[0] > h[1] > 0
    rho, rho0 = _air_density_to_20km(h[1]), _air_density(0.0)      # above 11 km: ISA to 20
    assert fwj.max_climb_rate(1000 * rho / rho0, 300.0, rho, 1.2, cd0, k) == pytest.approx(
        0.508, abs=1e-6)
    assert fwj.service_ceiling(100.0, 300.0, 1.2, cd0, k) == 0.0   # cannot even hold level


@pytest.fixture(scope="module")
def example():
    case = dronecalc.load_case(EXAMPLE)
    return case, dronecalc.check(case, samples=4000, seed=0)


def test_the_jet_example_runs_as_a_jet_and_keeps_the_claim_contract(example):
    case, result = example
    assert case.kind == "fixed-wing-jet"
    assert_one_verdict_or_not_judged(case, result)
    verdicts = {f.claims[0]: f.verdict for f in result.findings if f.check != "cross-check"}
    assert set(verdicts) == {"F4", "F5"}                      # endurance, range
    not_judged = {n.claim: n for n in result.not_judged}
    assert set(not_judged) == {"F6", "F7"}                    # top speed, ceiling
    assert all("engine thrust" in n.needs for n in not_judged.values())
    notes = " ".join(n for f in result.findings for n in f.notes)
    assert "thrust-specific fuel consumption" in notes and "No wingspan stated" in notes


def _jet(tmp_path, thrust: str, extra: str = ""):
    path = tmp_path / "jet.toml"
    path.write_text(HEAD + '[figures.A]\nfield = "airframe"\ntext = "turbojet fixed-wing target drone"\n'
                    'role = "input"\n[figures.M]\nfield = "takeoff_mass"\ntext = "250 kg"\n'
                    f'role = "input"\n[figures.T]\nfield = "engine_thrust"\ntext = "{thrust}"\n'
                    'role = "input"\n[figures.V]\nfield = "top_speed"\ntext = "600 km/h"\n'
                    'role = "claim"\n' + extra, encoding="utf-8")
    return dronecalc.load_case(path)


def test_a_stated_thrust_judges_the_top_speed_and_too_little_cannot_fly(tmp_path):
    strong = dronecalc.check(_jet(tmp_path, "1000 lbf"), samples=2000)
    (speed,) = [f for f in strong.findings if f.check == "speed"]
    assert speed.verdict == "consistent" and strong.not_judged == []
    weak = dronecalc.check(_jet(tmp_path, "100 N"), samples=2000)  # below 250 kg's least drag
    (speed,) = [f for f in weak.findings if f.check == "speed"]
    assert speed.verdict == "implausible"


def test_a_jet_fuel_volume_is_weighed_at_jet_fuel_density(tmp_path):
    from dronecalc.claims.fixed_wing import describe_case
    case = _jet(tmp_path, "1000 lbf", '[figures.F]\nfield = "fuel_volume"\ntext = "100 L"\n'
                                      'role = "input"\n')
    fuel = describe_case(case)["fuel_mass"]
    assert (fuel.low, fuel.high) == pytest.approx((77.5, 84.0))      # 775-840 kg/m^3
    assert "fuel_fraction" not in describe_case(case)


def test_a_jet_stating_an_engine_power_keeps_its_thrust_speed(tmp_path):
    extra = '[figures.P]\nfield = "engine_power"\ntext = "50 kW"\nrole = "input"\n'
    result = dronecalc.check(_jet(tmp_path, "1000 lbf", extra), samples=500)
    (speed,) = [f for f in result.findings if f.check == "speed"]
    assert speed.verdict == "consistent" and speed.estimate is not None


@settings(max_examples=25, deadline=None)
@given(zeta=st.floats(0.05, 0.45), c=st.floats(0.08, 0.25), h=st.floats(0, 9000),
       m=st.floats(40, 400))
def test_a_jet_goes_further_on_more_fuel_and_less_far_on_a_thirstier_engine(zeta, c, h, m):
    from dronecalc.engine import fixed_wing as eng
    base = {"takeoff_mass": m, "payload": 0.0, "wingspan": 3.0, "aspect_ratio": 6.0,
            "zero_lift_drag": 0.03, "oswald_offset": 0.0, "max_lift_coefficient": 1.2,
            "tsfc_mach_factor": 0.5, "altitude": h}
    v = {k: np.array([x, x, x]) for k, x in base.items()}
    v["fuel_fraction"] = np.array([zeta, zeta + 0.04, zeta])
    v["tsfc"] = np.array([c, c, c * 1.1]) / 3600
    perf = eng.performance(v, "fixed-wing-jet")
    for key in ("max_range", "max_endurance"):
        r = perf[key]
        assert r[1] > r[0] > r[2] > 0
    assert np.isnan(perf["top_speed"]).all()                   # no thrust stated
