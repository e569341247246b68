"""Turbo-normalised piston power lapse and the engine word that selects it (issue 13)."""
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, strategies as st

from dronecalc.physics import fixed_wing as fw
from dronecalc.physics.atmosphere import _air_density
from dronecalc.priors.fixed_wing import TURBO_CRITICAL_ALTITUDE_PRIOR, engine_aspiration


def test_critical_altitude_is_the_published_15000_ft():
    # Kitplanes, "On the Nose!": turbocharged Rotax 915/916 iS give max power up to 15,000 ft
    assert fw.TURBO_CRITICAL_ALTITUDE["value"] == pytest.approx(15000 * 0.3048, abs=1.0)
    lo, hi = TURBO_CRITICAL_ALTITUDE_PRIOR.low, TURBO_CRITICAL_ALTITUDE_PRIOR.high
    assert lo < fw.TURBO_CRITICAL_ALTITUDE["value"] < hi


def test_full_power_to_critical_altitude_then_gagg_ferrar():
    rho0 = _air_density(0.0)
    crit = fw.TURBO_CRITICAL_ALTITUDE["value"]
    s_cr = _air_density(crit) / rho0
    h = np.array([0.0, 1000.0, 3000.0, crit])
    assert np.allclose(fw.turbo_power_lapse(_air_density(h) / rho0, s_cr), 1.0)
    # above it: Gagg-Ferrar on sigma / sigma_cr (Gudmundsson 2014 ch. 7)
    s = _air_density(8000.0) / rho0
    assert fw.turbo_power_lapse(s, s_cr) == pytest.approx(1.132 * s / s_cr - 0.132)
    # sigma_cr = 1 is the normally aspirated engine
    assert fw.turbo_power_lapse(s, 1.0) == pytest.approx(fw.piston_power_lapse(s))


@given(st.floats(0.05, 1.0), st.floats(0.05, 1.0), st.floats(0.3, 1.0))
def test_turbo_lapse_bounded_monotone_and_above_aspirated(a, b, s_cr):
    lo, hi = sorted((a, b))
    p_lo, p_hi = fw.turbo_power_lapse(lo, s_cr), fw.turbo_power_lapse(hi, s_cr)
    assert 0.0 <= p_lo <= p_hi <= 1.0
    assert fw.turbo_power_lapse(lo, s_cr) >= fw.piston_power_lapse(lo) - 1e-12


def test_turbo_ceiling_above_aspirated_and_rises_with_critical_altitude():
    args = dict(sea_level_thrust_power=60e3, mass=1250.0, wing_area=20.0, zero_lift_drag=0.03,
                induced_factor=1.0 / (np.pi * 0.8 * 13.8), max_lift_coefficient=1.2)
    na = fw.service_ceiling(lapse="piston", **args)
    turbo = fw.service_ceiling(lapse="turbo", critical_altitude=np.array([3000.0, 4572.0]),
                               **args)
    assert na < turbo[0] < turbo[1]
    with pytest.raises(ValueError):
        fw.service_ceiling(lapse="turbo", **args)


@pytest.mark.parametrize("text,expected", [
    ("turbocharged Rotax 914", "turbocharged"), ("Rotax 914 UL", "turbocharged"),
    ("turbo-supercharged four-stroke", "turbocharged"), ("115 hp turbo piston", "turbocharged"),
    ("Rotax gasoline engine", "not stated"),   # a bare "Rotax": neither guessed
    ("Rotax 912", "normally aspirated"), ("normally aspirated flat-four", "normally aspirated"),
    ("non-turbo Rotax", "normally aspirated"), ("turboprop", "not stated"),
    ("turbojet", "not stated"), ("two-stroke piston", "not stated"), (None, "not stated")])
def test_engine_aspiration_words(text, expected):
    assert engine_aspiration(text) == expected


def test_bsfc_without_stated_power_follows_the_mass_relation():
    from dronecalc.priors import fixed_wing as fwp
    # a 1,180 kg aircraft: p5-p95 power of the fitted relation is far above 7 kW, so only the
    # conventional-scale class (20-32 % efficiency: 256-409 g/kWh) remains
    lo, hi, src = fwp.bsfc_for_mass(1180.0, 1180.0)
    assert lo == pytest.approx(fwp.bsfc_from_efficiency(0.32))
    assert hi == pytest.approx(fwp.bsfc_from_efficiency(0.20))
    assert "no engine power stated" in src
    # a small aircraft spans the smaller classes too, never fewer than the large one
    lo_s, hi_s, _ = fwp.bsfc_for_mass(5.0, 20.0)
    assert hi_s > hi and lo_s >= lo


def test_benchmark_checks_column_draws_the_bsfc_the_checks_draw():
    # benchmarks/accuracy_fixed_wing.py's ``checks`` column: a piston row stating no engine
    # power gets bsfc_for_mass's classes (the fold's power law), as claims.fixed_wing gives a
    # case, not every class down to 5 % glow engines (the column's draw until fwbounds13)
    from helpers import benchmark
    from dronecalc.priors import fixed_wing as fwp
    bench = benchmark("accuracy_fixed_wing")
    row = next(r for r in fwp.load_fixed_wing() if r["name"] == "RQ-7 Shadow")
    assert "engine_power" not in row
    fits = fwp.fit_excluding(row["name"])
    v = bench._draws(row, fits, 400, np.random.default_rng(0), False, figure="endurance",
                     checks=True)
    lo, hi, _ = fwp.bsfc_for_mass(row["takeoff_mass"].mid, row["takeoff_mass"].mid,
                                  law=fits["engine_power"])
    assert lo <= v["bsfc"].min() and v["bsfc"].max() <= hi
    assert hi < fwp.bsfc_from_efficiency(0.05)


def _piston_case(tmp_path, engine):
    import dronecalc
    path = tmp_path / "c.toml"
    figures = [("airframe", "fixed-wing"), ("engine_type", engine), ("engine_power", "100 hp"),
               ("takeoff_mass", "1,250 kg"), ("wingspan", "16.6 m")]
    text = '[case]\ntitle = "t"\nsource = "s"\n' + "".join(
        f'[figures.F{i}]\nfield = "{f}"\ntext = "{t}"\nrole = "input"\n'
        for i, (f, t) in enumerate(figures, 1))
    path.write_text(text)
    return dronecalc.load_case(path)


def test_only_a_turbo_word_gives_the_critical_altitude_and_a_higher_ceiling(tmp_path):
    from dronecalc.claims.fixed_wing import describe_case
    from dronecalc.engine import fixed_wing as eng
    plain = describe_case(_piston_case(tmp_path, "Rotax 912"))
    turbo = describe_case(_piston_case(tmp_path, "turbocharged Rotax 914"))
    assert "critical_altitude" not in plain and "critical_altitude" in turbo
    # the same 100 hp either way, so the same BSFC class: only the power lapse differs
    assert plain["bsfc"] == turbo["bsfc"]
    c_plain = eng.performance(eng.central_point(plain), "fixed-wing-piston")["ceiling"]
    c_turbo = eng.performance(eng.central_point(turbo), "fixed-wing-piston")["ceiling"]
    assert float(c_turbo) > float(c_plain)


def test_a_ceiling_claim_on_an_aspirated_engine_says_what_a_turbo_would_reach(tmp_path):
    import dronecalc
    notes = {}
    for engine in ("Rotax 912", "turbocharged Rotax 914"):
        path = Path(_piston_case(tmp_path, engine).path)
        path.write_text(path.read_text() + '[figures.F9]\nfield = "service_ceiling"\n'
                        'text = "30,000 ft"\nrole = "claim"\n')
        result = dronecalc.check(dronecalc.load_case(path), samples=500, seed=0)
        notes[engine] = " ".join(n for f in result.findings for n in f.notes)
    assert "would reach" in notes["Rotax 912"]
    assert "would reach" not in notes["turbocharged Rotax 914"]


def _with_ceiling_claim(case, text="30,000 ft"):
    import dronecalc
    path = Path(case.path)
    path.write_text(path.read_text() + '[figures.F9]\nfield = "service_ceiling"\n'
                    f'text = "{text}"\nrole = "claim"\n')
    return dronecalc.load_case(path)


@pytest.mark.parametrize("engine,power,covered", [
    ("Rotax gasoline engine", "100 hp", True),     # the IAI Heron's (a 914 is turbocharged)
    ("piston engine", "115 hp", True),
    ("Rotax 912", "100 hp", False),                # says normally aspirated
    ("piston engine", "50 hp", False),             # below the turbocharged engines' class
])
def test_an_unstated_aspiration_covers_a_turbocharger_in_its_class(tmp_path, engine, power,
                                                                   covered):
    from dronecalc.claims.fixed_wing import describe_case
    case = _piston_case(tmp_path, engine)
    path = Path(case.path)
    path.write_text(path.read_text().replace('"100 hp"', f'"{power}"'))
    import dronecalc
    inputs = describe_case(dronecalc.load_case(path))
    if covered:
        crit = inputs["critical_altitude"]
        # from the normally aspirated engine (0 m) to the turbocharged end, both covered
        assert crit.low == 0.0 and crit.high == TURBO_CRITICAL_ALTITUDE_PRIOR.high
    else:
        assert "critical_altitude" not in inputs


def test_a_zero_critical_altitude_is_the_aspirated_engine():
    from dronecalc.engine import fixed_wing as eng
    from dronecalc.claims.fixed_wing import describe_case
    import dronecalc
    case = dronecalc.load_case(Path(__file__).parent / "fixtures" / "cases"
                               / "fixed_wing_heldout" / "heron-iai.toml")
    point = eng.central_point(describe_case(case))
    aspirated = {k: v for k, v in point.items() if k != "critical_altitude"}
    a = eng.performance(aspirated, "fixed-wing-piston")
    z = eng.performance({**point, "critical_altitude": 0.0}, "fixed-wing-piston")
    assert float(z["ceiling"]) == pytest.approx(float(a["ceiling"]), rel=1e-9)
    assert float(z["top_speed"]) == pytest.approx(float(a["top_speed"]), rel=1e-12)


def test_a_ceiling_is_higher_with_its_fuel_burnt_and_unchanged_without(tmp_path):
    from dronecalc.claims.fixed_wing import describe_case
    from dronecalc.engine import fixed_wing as eng
    plain = describe_case(_piston_case(tmp_path, "Rotax 912"))
    assert "ceiling_fuel_burnt" not in plain           # no ceiling claim: no such input
    claimed = describe_case(_with_ceiling_claim(_piston_case(tmp_path, "Rotax 912")))
    burnt = claimed["ceiling_fuel_burnt"]
    assert (burnt.low, burnt.high) == (0.0, 1.0)
    point = eng.central_point(plain)
    at_takeoff = eng.performance(point, "fixed-wing-piston")
    none = eng.performance({**point, "ceiling_fuel_burnt": 0.0}, "fixed-wing-piston")
    full = eng.performance({**point, "ceiling_fuel_burnt": 1.0}, "fixed-wing-piston")
    assert float(none["ceiling"]) == float(at_takeoff["ceiling"])
    # fuel fraction 0.25 burnt: the ceiling of a 937.5 kg aircraft, the same wing and engine
    lighter = eng.performance({**point, "takeoff_mass": point["takeoff_mass"]
                               * (1 - point["fuel_fraction"])}, "fixed-wing-piston")
    assert float(full["ceiling"]) == pytest.approx(float(lighter["ceiling"]), rel=1e-6)
    assert float(full["ceiling"]) > float(none["ceiling"]) + 1000.0
    # the other results keep the take-off mass
    assert float(full["max_endurance"]) == float(none["max_endurance"])


def test_the_herons_published_ceiling_is_not_implausible():
    """IAI Heron, 30,000 ft (Flight International; its Heron 1 flies the turbocharged Rotax
    914): a maker's figure that the aspirated-only model judged implausible (1.1e3-1.5e4 ft)."""
    import dronecalc
    case = dronecalc.load_case(Path(__file__).parent / "fixtures" / "cases"
                               / "fixed_wing_heldout" / "heron-iai.toml")
    result = dronecalc.check(case, samples=2000, seed=0)
    assert result.verdicts["F7"].verdict != "implausible"
