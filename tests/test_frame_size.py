"""A multirotor's stated size bounds its rotors (issues 10/12, review 23 #1): the geometry
(physics.frame), the conditioned disk-loading draw (priors.disk_frame), the case fields and
the cross-check of a stated rotor that does not fit."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from dronecalc import check, load_case
from dronecalc.claims.context import Context
from dronecalc.engine.machine import vehicle
from dronecalc.physics.frame import (_max_rotor_overall, _max_rotor_wheelbase,
                                     max_rotor_diameter)
from dronecalc.priors.tables import calibrated_diameter

INCH = 0.0254
sizes = st.floats(0.1, 5.0)
positions = st.integers(3, 16)


# --------------------------------------------------------------------------- geometry

@given(sizes, st.floats(1.01, 2.0), positions)
def test_the_largest_rotor_grows_with_the_frame(w, factor, m):
    assert _max_rotor_overall(w * factor, m) > _max_rotor_overall(w, m)
    assert _max_rotor_wheelbase(w * factor, m) > _max_rotor_wheelbase(w, m)


@given(sizes, positions)
def test_more_positions_on_one_frame_fit_smaller_rotors(w, m):
    assert _max_rotor_overall(w, m + 1) < _max_rotor_overall(w, m)


@given(sizes, positions)
def test_at_the_overall_bound_neighbouring_tips_touch_and_the_narrowest_width_is_w(w, m):
    """Build the layout: rotors of D_max on the circle R that makes the m-gon's narrowest
    extent plus one rotor equal w; neighbouring axes are then exactly D_max apart."""
    d = float(_max_rotor_overall(w, m))
    radius = (w - d) / (2.0 * math.cos(math.pi / m))
    angles = 2.0 * np.pi * np.arange(m) / m
    centres = radius * np.stack([np.cos(angles), np.sin(angles)], axis=1)
    assert np.linalg.norm(centres[1] - centres[0]) == pytest.approx(d, rel=1e-9)
    # every extent of the disks is at least w (w is the narrowest): any stated extent fits
    for theta in np.linspace(0.0, np.pi, 181):
        proj = centres @ np.array([np.cos(theta), np.sin(theta)])
        assert proj.max() - proj.min() + d >= w * (1 - 1e-9)


@given(sizes, positions)
def test_at_the_wheelbase_bound_neighbouring_tips_touch(d, m):
    """The wheelbase is the m-gon's longest diagonal; at D_max neighbouring tips touch."""
    rotor = float(_max_rotor_wheelbase(d, m))
    angles = 2.0 * np.pi * np.arange(m) / m
    pts = np.stack([np.cos(angles), np.sin(angles)], axis=1)
    longest = max(np.linalg.norm(a - b) for a in pts for b in pts)
    scale = d / longest                                  # the circle's radius
    assert np.linalg.norm(pts[1] - pts[0]) * scale == pytest.approx(rotor, rel=1e-9)


def test_published_forms():
    """Quad on overall w: w/2 (a quad-X in a square box of side w fits rotors of w/2);
    on a wheelbase d: d/sqrt(2). Fewer than three positions: the size itself."""
    assert _max_rotor_overall(1.7, 4) == pytest.approx(0.85)
    assert _max_rotor_overall(1.0, 6) == pytest.approx(math.tan(math.pi / 6)
                                                       / (1 + math.tan(math.pi / 6)))
    assert _max_rotor_wheelbase(0.45, 4) == pytest.approx(0.45 / math.sqrt(2))
    assert _max_rotor_overall(1.0, 2) == pytest.approx(1.0)
    assert max_rotor_diameter(8, True, overall=1.7) == pytest.approx(0.85)   # 4 positions
    assert max_rotor_diameter(4) == np.inf


def test_published_machines_fit():
    """Makers' figures: DJI Agras T40, 8 rotors of 54 in as 4 coaxial pairs on a 2184 mm
    diagonal wheelbase (data/multirotors.toml): fits coaxial (60.8 in), not flat (32.9 in).
    DJI Flame Wheel F450 (user manual): 450 mm wheelbase, 10 in propellers on 4 arms."""
    t40 = max_rotor_diameter(8, True, wheelbase=2.184) / INCH
    assert t40 == pytest.approx(60.8, abs=0.1) and t40 >= 54
    assert max_rotor_diameter(8, False, wheelbase=2.184) / INCH < 54
    assert max_rotor_diameter(4, wheelbase=0.45) / INCH >= 10


# --------------------------------------------------------------------------- cases

CASE = """
[case]
title = "a cargo multirotor of stated size (tests)"
source = "tests"

[figures.F1]
field = "airframe"
text = "quadcopter"
role = "input"

[figures.F2]
field = "takeoff_mass"
text = "10 kg"
role = "input"
{extra}
[figures.T]
field = "flight_time"
text = "20 min"
role = "claim"
"""


def _case(tmp_path, extra=""):
    path = tmp_path / "case.toml"
    path.write_text(CASE.format(extra=extra))
    return load_case(path)


def _fig(ident, field, text, role="input"):
    return f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{text}"\nrole = "{role}"\n'


def test_a_stated_width_bounds_the_rotors_drawn(tmp_path):
    free = Context.build(_case(tmp_path), 400, 1)
    bounded = Context.build(_case(tmp_path, _fig("F3", "width", "1.6 m")), 400, 1)
    assert bounded.inputs["overall_size"].high == pytest.approx(1.6)
    d_free = free.derived()["rotor_diameter"][0]
    d = bounded.derived()["rotor_diameter"][0]
    assert d_free.max() > 0.8                            # the law alone: bigger than fits
    assert d.max() <= 0.8 * (1 + 1e-9)                   # a quad in 1.6 m: w/2
    machine = vehicle(bounded.mc.values).as_arrays()
    law = calibrated_diameter(machine["empty_mass"] + machine["battery_mass"],
                              machine["rotors"], bounded.mc.values["disk_loading_percentile"])
    assert np.allclose(d, np.minimum(law, 0.8))          # the law's rotor, capped
    assert "the stated frame fits" in bounded.derived()["rotor_diameter"][1]
    # a capped machine's efficiencies: the efficiency law's (a known rotor); the others held
    fm = bounded.derived()["figure_of_merit"][0]
    capped = law > 0.8
    assert capped.any() and (~capped).any()
    assert np.all(fm[~capped] == bounded.inputs["figure_of_merit"].low)
    assert np.ptp(fm[capped]) > 0


def test_a_wheelbase_and_the_largest_overall_extent_are_used(tmp_path):
    ctx = Context.build(_case(tmp_path, _fig("F3", "frame_size", "1000 mm")
                              + _fig("F4", "length", "1.1 m") + _fig("F5", "width", "1.5 m")),
                        300, 1)
    assert ctx.inputs["frame_size"].high == pytest.approx(1.0)
    assert ctx.inputs["overall_size"].high == pytest.approx(1.5)
    d = ctx.derived()["rotor_diameter"][0]
    assert d.max() <= 1.0 / math.sqrt(2) * (1 + 1e-9)  # the tighter: the wheelbase's


def test_a_stated_rotor_too_big_for_the_frame_is_a_cross_check_not_an_error(tmp_path):
    result = check(_case(tmp_path, _fig("F3", "width", "1.2 m")
                         + _fig("F4", "rotor_diameter", "30 in")), samples=300, seed=0)
    found = [f for f in result.findings if f.check == "cross-check" and "F4" in f.claims]
    assert len(found) == 1 and found[0].verdict == "needs-checking"
    assert "wider than the largest rotor" in found[0].statement
    stated = _case(tmp_path, _fig("F3", "width", "1.2 m") + _fig("F4", "rotor_diameter", "30 in"))
    assert "overall_size" not in Context.build(stated, 100, 1).inputs   # the stated rotor flies
    fits = check(_case(tmp_path, _fig("F3", "width", "1.2 m")
                       + _fig("F4", "rotor_diameter", "22 in")), samples=300, seed=0)
    assert not [f for f in fits.findings if f.check == "cross-check" and "F4" in f.claims]


def test_a_zero_width_is_refused(tmp_path):
    from dronecalc.errors import DroneCalcError
    with pytest.raises(DroneCalcError, match="width"):
        check(_case(tmp_path, _fig("F3", "width", "0 m")), samples=100, seed=0)


# --------------------------------------------------------------------------- extract

def _drafted(text):
    from dronecalc.intake.extract import extract
    return {i.written: i for i in extract(text).items if i.kind == "figure"}


def test_extract_drafts_a_multirotors_wheelbase_and_width():
    """'a wheelbase of 2050 mm' is the motor-to-motor size; '1.2 m wide' of the quadcopter
    is its overall width (it was context: 'a multirotor has no wing'); a road's stays context."""
    drafted = _drafted("The octocopter has a wheelbase of 2050 mm and weighs 9 kg. "
                       "The quadcopter is 1.2 m wide. It flew over a road 8 m wide.")
    assert (drafted["2050 mm"].field, drafted["2050 mm"].role) == ("frame_size", "input")
    assert (drafted["1.2 m"].field, drafted["1.2 m"].role) == ("width", "input")
    assert drafted["8 m"].field == "context"


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "frame"


def test_the_skydrive_cargo_drone_flies_rotors_that_fit_its_1_7_m():
    """Review 23 #1: "1.3m long, 1.7 wide", 30 kg load, "flew for up to 15 minutes". Without
    the size: 39-109 in rotors, 67 % consistent. By hand (review 23): ~80 kg, four 0.8 m
    rotors, ~19 kW electric, a 15 kg pack at 150 Wh/kg x 0.85: about 6 min. With the size
    every rotor fits (quad w/2 = 0.85 m) and few machines reach 15 min."""
    ctx = Context.build(load_case(FIXTURES / "skydrive-size.toml"), 1000, 0)
    assert ctx.derived()["rotor_diameter"][0].max() <= 0.85 * (1 + 1e-9)
    result = check(load_case(FIXTURES / "skydrive-size.toml"), samples=1000, seed=0)
    f6 = next(f for f in result.findings if f.check == "endurance" and f.claims == ["F6"])
    assert f6.probability < 0.05 and f6.verdict != "consistent"
    assert 3.0 < f6.estimate.p50 < 12.0                 # the hand estimate's ~6 min, in min


def test_a_fixed_wing_says_its_width_is_not_used(tmp_path):
    path = tmp_path / "wing.toml"
    path.write_text('[case]\ntitle = "a wing (tests)"\nsource = "tests"\nvehicle_kind = '
                    '"fixed-wing-electric"\n' + _fig("F1", "takeoff_mass", "5 kg")
                    + _fig("F2", "wingspan", "2 m") + _fig("F3", "battery_energy", "300 Wh")
                    + _fig("F4", "width", "2 m") + _fig("T", "flight_time", "1 h", "claim"))
    result = check(load_case(path), samples=300, seed=0)
    notes = [n for f in result.findings for n in f.notes]
    assert any("Not used by the fixed-wing model" in n and "width" in n for n in notes)
