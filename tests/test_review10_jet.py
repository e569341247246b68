"""Review 10's findings on the jet kind (issue 13): supersonic speeds judged on an
incompressible polar, bands that left out the machines that cannot fly without saying so,
pulse jets and ducted fans flown as turbojets, the troposphere continued above 11 km."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dronecalc import check, load_case
from dronecalc.intake.airframes import resolve
from dronecalc.physics import fixed_wing_jet as fwj
from dronecalc.physics.atmosphere import _air_density, _air_density_to_20km

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "cases" / "bqm-74e-target-drone.toml"


def _with(tmp_path, extra: str):
    path = tmp_path / "jet.toml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return check(load_case(path), samples=3000, seed=2)


def _finding(result, check_name):
    return next(f for f in result.findings if f.check == check_name)


def test_a_jets_top_speed_stops_at_mach_0_9(tmp_path):
    result = _with(tmp_path, '\n[figures.F8]\nfield = "engine_thrust"\ntext = "19000 N"\n'
                             'role = "input"\n')
    speed = _finding(result, "speed")
    limit = fwj.speed_limit(0.0) * 3.6                       # km/h at sea level, the top
    assert speed.estimate.p95 <= limit * 1.0001 and limit < 1_200
    assert speed.verdict == "consistent"                     # 900 km/h is below Mach 0.9


def test_a_supersonic_claim_is_implausible(tmp_path):
    result = _with(tmp_path, '\n[figures.F8]\nfield = "engine_thrust"\ntext = "4400 N"\n'
                             'role = "input"\n\n[figures.F9]\nfield = "top_speed"\n'
                             'text = "2000 km/h"\nrole = "claim"\n')
    assert next(f for f in result.findings if "F9" in f.claims).verdict == "implausible"


def test_a_band_that_leaves_out_machines_that_cannot_fly_says_so(tmp_path):
    result = _with(tmp_path, '\n[figures.F8]\nfield = "engine_thrust"\ntext = "300 N"\n'
                             'role = "input"\n')
    notes = " ".join(_finding(result, "range").notes)
    # (fw17: the band keeps them, at 0 km, as the propeller kinds' level flight does)
    assert "cannot hold level flight at any speed" in notes and "counts as failing" in notes
    assert "static thrust lapsed" in notes and "propeller" not in notes


@pytest.mark.parametrize("words", ["pulse jet fixed-wing drone", "pulse-jet fixed wing",
                                   "ramjet fixed wing", "EDF jet fixed wing"])
def test_jets_the_turbojet_model_is_not_name_no_modelled_kind(words):
    assert resolve(words).kind() is None
    assert resolve("turbojet fixed wing").kind() == "fixed-wing-jet"


def test_the_jet_reads_the_isothermal_layer_above_11_km():
    assert float(fwj.air_temperature_to_20km(15_000.0)) == pytest.approx(216.65)
    assert float(fwj.air_temperature_to_20km(5_000.0)) == pytest.approx(255.65)
    h = np.array([0.0, 5_000.0, 11_000.0])
    assert np.array_equal(_air_density_to_20km(h), _air_density(h))   # bitwise below 11 km
    assert float(fwj.mach_number(295.07, 15_000.0)) == pytest.approx(1.0, rel=1e-3)


@pytest.mark.parametrize("text, fix", [("1000 pounds", "'1000 lbf'"), ("136.8 kg", "'136.8 kgf'"),
                                       ("3 tonnes", "'3000 kgf'")])
def test_a_thrust_in_mass_units_gets_the_force_to_write(text, fix):
    from dronecalc.errors import DroneCalcError
    from dronecalc.intake.fields import read_figure
    with pytest.raises(DroneCalcError, match=fix):
        read_figure(text, "engine_thrust")


def test_the_cruise_speed_note_keeps_the_sources_unit(tmp_path):
    shahed = EXAMPLE.parent / "shahed-136.toml"
    path = tmp_path / "shahed-kn.toml"
    path.write_text(shahed.read_text(encoding="utf-8").replace('text = "150-170 km/h"',
                                                                'text = "81-92 kn"'),
                    encoding="utf-8")
    result = check(load_case(path), samples=2000, seed=1)
    notes = " ".join(n for f in result.findings for n in f.notes)
    assert "cruise speed of 81-92 kn (" in notes


@pytest.mark.parametrize("text, expected", [
    ("Mach 0.8", "980 km/h at sea level"), ("0.8 Mach", "Mach 0.8"), ("M0.8", "Mach 0.8"),
    ("5 kilo metres", "'5 kilometres'")])
def test_figures_a_reader_cannot_compute_with_get_what_to_write(text, expected):
    """'Mach 0.8' had looped between 'the figure alone' and 'needs a unit'; '5 kilo metres'
    was told '5 kg metres' ('3 kilos', once refused with "write '3 kg'", is read as
    kilograms since review 17: tests/test_review17_words.py)."""
    from dronecalc.errors import DroneCalcError
    from dronecalc.intake.figures import parse
    with pytest.raises(DroneCalcError) as err:
        parse(text)
    assert expected in str(err.value)


def test_a_thrust_stated_for_a_piston_wing_is_said_unused(tmp_path):
    shahed = EXAMPLE.parent / "shahed-136.toml"
    path = tmp_path / "shahed-thrust.toml"
    path.write_text(shahed.read_text(encoding="utf-8") + '\n[figures.F99]\nfield = '
                    '"engine_thrust"\ntext = "1000 N"\nrole = "input"\n', encoding="utf-8")
    result = check(load_case(path), samples=1000, seed=1)
    assert all(a.name != "thrust" for a in result.assumptions)
    assert any("engine thrust (F99, 1000 N) is not used" in n for f in result.findings
               for n in f.notes)


def test_a_ceiling_claimed_in_feet_is_answered_in_feet(tmp_path):
    result = _with(tmp_path, '\n[figures.F8]\nfield = "engine_thrust"\ntext = "1100 N"\n'
                             'role = "input"\n').findings
    path = tmp_path / "ft.toml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8").replace('text = "12000 m"',
                                                                'text = "39,000 ft"')
                    + '\n[figures.F8]\nfield = "engine_thrust"\ntext = "1100 N"\n'
                      'role = "input"\n', encoding="utf-8")
    feet = check(load_case(path), samples=3000, seed=2)
    ceiling = next(f for f in feet.findings if f.check == "ceiling")
    assert ceiling.estimate.unit == "ft" and "ft" in ceiling.statement
    metres = next(f for f in result if f.check == "ceiling")
    assert ceiling.estimate.p50 == pytest.approx(metres.estimate.p50 / 0.3048, rel=1e-3)


def test_wing_inputs_of_a_multirotor_are_said_unused(tmp_path):
    path = tmp_path / "quad.toml"
    path.write_text('[case]\ntitle = "quad"\nsource = "review 10"\n\n[figures.F1]\nfield = '
                    '"airframe"\ntext = "quadcopter"\nrole = "input"\n\n[figures.F2]\nfield = '
                    '"takeoff_mass"\ntext = "2 kg"\nrole = "input"\n\n[figures.F3]\nfield = '
                    '"engine_thrust"\ntext = "60 N"\nrole = "input"\n\n[figures.F4]\nfield = '
                    '"wingspan"\ntext = "1 m"\nrole = "input"\n\n[figures.F5]\nfield = '
                    '"flight_time"\ntext = "25 min"\nrole = "claim"\n', encoding="utf-8")
    result = check(load_case(path), samples=1000, seed=1)
    notes = " ".join(n for f in result.findings for n in f.notes)
    assert "Not used by the multirotor model" in notes and "(F3)" in notes and "(F4)" in notes


@pytest.mark.parametrize("field, text, claim, value", [
    ("wingspan", "1.2 m", "top_speed", "60 km/h"),       # review 21: not said on a top speed
    ("engine_power", "1.5 kW", "top_speed", "60 km/h"),  # ... nor an engine power at all
    ("cruise_speed", "40 km/h", "service_ceiling", "3000 m"),
])
def test_wing_inputs_of_a_multirotor_are_said_unused_on_every_claim_kind(
        tmp_path, field, text, claim, value):
    path = tmp_path / "quad.toml"
    path.write_text('[case]\ntitle = "quad"\nsource = "review 21"\n\n[figures.F1]\nfield = '
                    '"airframe"\ntext = "quadcopter"\nrole = "input"\n\n[figures.F2]\nfield = '
                    '"takeoff_mass"\ntext = "5 kg"\nrole = "input"\n\n[figures.F3]\nfield = '
                    f'"{field}"\ntext = "{text}"\nrole = "input"\n\n[figures.F4]\nfield = '
                    f'"{claim}"\ntext = "{value}"\nrole = "claim"\n', encoding="utf-8")
    result = check(load_case(path), samples=500, seed=1)
    judged = [f for f in result.findings if f.claims == ["F4"]]
    assert judged and all(any("Not used by the multirotor model" in n and "(F3)" in n
                              for n in f.notes) for f in judged)
