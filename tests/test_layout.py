"""Coaxial rotor layouts from intake to report (issue 12): fields, words, counts, priors."""
import json

import numpy as np
import pytest
from hypothesis import given, strategies as st

from dronecalc import check, load_case
from dronecalc.errors import CaseError
from dronecalc.intake.airframes import layout_name, resolve
from dronecalc.physics.multirotor import performance
from dronecalc.physics.rotor_terms import COAXIAL_FACTORS
from dronecalc.physics.vehicle import Vehicle
from dronecalc.priors.describe import describe
from dronecalc.priors.layout import from_counts
from dronecalc.report.text import check_dict, format_check

WH = 3600.0
LOW, HIGH = COAXIAL_FACTORS["coaxial"]["range"]


@given(mass=st.floats(0.3, 60.0), share=st.floats(0.15, 0.5), rotors=st.sampled_from([6, 8, 12]),
       loading=st.floats(30.0, 300.0), energy=st.floats(120.0, 220.0),
       fm=st.floats(0.4, 0.8), factor=st.floats(LOW, HIGH), speed=st.floats(1.0, 25.0))
def test_coaxial_never_flies_longer_than_flat_all_else_equal(mass, share, rotors, loading,
                                                             energy, fm, factor, speed):
    """More induced power at every speed: never a longer hover or best endurance."""
    diameter = float(np.sqrt(4 * mass / (np.pi * rotors * loading)))
    common = dict(rotors=rotors, rotor_diameter=diameter, empty_mass=mass * (1 - share),
                  battery_mass=mass * share, battery_energy=mass * share * energy * WH,
                  figure_of_merit=fm)
    flat = performance(Vehicle(**common, overlap_factor=1.0), speeds=[0.0, speed, 30.0])
    coax = performance(Vehicle(**common, overlap_factor=factor), speeds=[0.0, speed, 30.0])
    assert coax["hover_endurance"] <= flat["hover_endurance"]
    assert coax["hover_power"] >= flat["hover_power"]
    assert coax["max_endurance"] <= flat["max_endurance"] * (1 + 1e-9)


def test_layout_words_of_the_airframe_table():
    assert resolve("Y6").rotor_layout == "coaxial" and resolve("Y6").rotors == 6
    assert resolve("octo-quad").rotor_layout == resolve("octoquad").rotor_layout == "coaxial"
    x8 = resolve("X8")
    assert x8.problem == "ambiguous" and set(x8.layouts) == {"multirotor", "fixed-wing"}
    assert resolve("X8 octocopter").rotor_layout == "coaxial"
    assert resolve("Skywalker X8 flying wing").rotor_layout is None
    assert resolve("quadcopter").rotor_layout is None and resolve("quadcopter").rotors == 4
    # fewer than 6 rotors cannot be stacked pairs on >= 3 arms: the count word counts arms
    assert resolve("coaxial quadcopter").rotors == 8
    assert resolve("coax hexacopter").rotors == 6
    assert [layout_name(w) for w in ("flat", "Coaxial", "coax", "stacked", "X8", "Y6")] == \
        ["flat"] + ["coaxial"] * 5
    assert layout_name("flat coaxial") is None and layout_name("tandem") is None


def test_layout_from_counts():
    assert from_counts(8, 4)[0] == "coaxial" and from_counts(6, 6)[0] == "flat"
    layout, why = from_counts(6, 4)
    assert layout is None and "fit no known layout" in why


CASE = """[case]
title = "Coaxial cargo octocopter"
source = "test"
[vehicle]
rotors = 8
arms = 4
{extra}mass = "25 kg"
rotor_diameter = "30 in"
[battery]
energy = "1400 Wh"
[figures.F1]
field = "flight_time"
text = "25 min"
role = "claim"
mode = "hover"
"""


def run(tmp_path, extra="", samples=2000, name="case.toml"):
    path = tmp_path / name
    path.write_text(CASE.format(extra=extra), encoding="utf-8")
    result = check(load_case(path), samples=samples)
    return result, json.loads(json.dumps(check_dict(result)))


def test_8_rotors_on_4_arms_is_coaxial_in_check_text_and_json(tmp_path):
    result, data = run(tmp_path)
    overlap = next(a for a in data["assumptions"] if a["name"] == "overlap_factor")
    assert (overlap["low"], overlap["high"]) == (LOW, HIGH)
    assert "coaxial" in overlap["note"] and "8 rotors on 4 arms" in overlap["note"]
    finding = next(f for f in data["findings"] if "F1" in f["claims"])
    assert any("Rotor layout coaxial" in n for n in finding["notes"])
    assert not [f for f in data["findings"] if f["check"] == "cross-check"]  # nothing compared
    text = " ".join(format_check(result).split())
    assert "Rotor layout coaxial (8 rotors on 4 arms" in text and "overlap_factor" in text
    # all else equal, the same case flat (8 rotors on 8 arms) hovers longer
    flat_path = tmp_path / "flat.toml"
    flat_path.write_text(CASE.format(extra="").replace("arms = 4", "arms = 8"), encoding="utf-8")
    flat = check_dict(check(load_case(flat_path), samples=2000))
    p50 = {name: next(f for f in d["findings"] if "F1" in f["claims"])["estimate"]["p50"]
           for name, d in (("coax", data), ("flat", flat))}
    assert p50["coax"] < p50["flat"]


def test_stated_layout_against_the_counts_is_a_cross_check_finding(tmp_path):
    _, data = run(tmp_path, 'rotor_layout = "flat"\n')
    found = [f for f in data["findings"] if f["check"] == "cross-check"]
    assert len(found) == 1 and found[0]["verdict"] == "implausible"
    assert "vehicle.rotor_layout" in found[0]["claims"] and "vehicle.arms" in found[0]["claims"]
    assert "coaxial" in found[0]["condition"]            # the model uses the counts' layout
    overlap = next(a for a in data["assumptions"] if a["name"] == "overlap_factor")
    assert overlap["low"] == LOW
    _, agree = run(tmp_path, 'rotor_layout = "X8"\n', name="agree.toml")
    assert [f["verdict"] for f in agree["findings"] if f["check"] == "cross-check"] == \
        ["consistent"]


def test_counts_that_fit_no_layout_need_checking(tmp_path):
    path = tmp_path / "odd.toml"
    path.write_text(CASE.format(extra="").replace("arms = 4", "arms = 5"), encoding="utf-8")
    data = check_dict(check(load_case(path), samples=1000))
    found = [f for f in data["findings"] if f["check"] == "cross-check"]
    assert [f["verdict"] for f in found] == ["needs-checking"]
    assert "8 rotors on 5 arms" in found[0]["statement"]


def test_unknown_layout_word_is_an_error_naming_the_field(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(CASE.format(extra='rotor_layout = "tandem"\n'), encoding="utf-8")
    with pytest.raises(CaseError, match="vehicle.rotor_layout.*tandem.*flat or coaxial"):
        load_case(path)


def test_airframe_word_states_the_layout(tmp_path):
    path = tmp_path / "y6.toml"
    path.write_text('[case]\ntitle = "t"\nsource = "s"\n[vehicle]\nmass = "3 kg"\n'
                    '[figures.F1]\nfield = "airframe"\ntext = "Y6"\nrole = "input"\n',
                    encoding="utf-8")
    described = load_case(path).described()
    assert described["rotor_layout"].value == "coaxial"
    assert described["rotor_layout"].source == "figure F1"


def test_unstated_layout_stays_flat_and_says_so_from_6_rotors():
    base = {"mass": "10 kg", "battery_energy": "500 Wh"}
    assert "overlap_factor" not in describe({**base, "rotors": 4})   # Vehicle default 1
    six = describe({**base, "rotors": 6})["overlap_factor"]
    assert (six.low, six.high) == (1.0, 1.0) and "16-28 %" in six.note
    coax = describe({**base, "rotors": 8, "rotor_layout": "coaxial"})["overlap_factor"]
    assert (coax.low, coax.high) == (LOW, HIGH) and "Leishman 2006" in coax.note


def test_extract_picks_up_props_on_arms_and_coaxial_not_coaxial_cable():
    from dronecalc.intake.extract import extract
    draft = extract("The coaxial octocopter has 8 props on 4 arms and weighs 25 kg. Its "
                    "coaxial cable telemetry link reaches 10 km.")
    got = {(f.field, f.text, f.role) for f in draft.items}
    assert ("rotor_layout", "coaxial", "input") in got and ("arms", "4", "input") in got
    assert sum(f.field == "rotor_layout" for f in draft.items) == 1      # not the cable
    assert [f.text for f in extract("A coaxial quadcopter.").items
            if f.field == "airframe"] == ["coaxial quadcopter"]
    assert not [f for f in extract("The fixed-wing drone has 2 props on 2 arms.").items
                if f.field in ("arms", "rotors")]


def test_arms_and_layout_give_the_rotors_and_too_few_to_stack_needs_checking(tmp_path):
    path = tmp_path / "arms.toml"
    path.write_text(CASE.format(extra='rotor_layout = "coaxial"\n').replace("rotors = 8\n", ""),
                    encoding="utf-8")
    data = check_dict(check(load_case(path), samples=500))
    rotors = next(a for a in data["assumptions"] if a["name"] == "rotors")
    assert (rotors["low"], rotors["high"]) == (8, 8) and "4 arms, coaxial" in rotors["note"]
    path.write_text(CASE.format(extra='rotor_layout = "coaxial"\n')
                    .replace("rotors = 8", "rotors = 4")
                    .replace("arms = 4\n", ""), encoding="utf-8")
    data = check_dict(check(load_case(path), samples=500))
    found = [f for f in data["findings"] if f["check"] == "cross-check"]
    assert [f["verdict"] for f in found] == ["needs-checking"]
    assert "the machine has 8 rotors" in found[0]["statement"]


def test_describe_reads_layout_words_and_refuses_unknown_ones():
    from dronecalc.errors import ModelError
    base = {"mass": "10 kg", "battery_energy": "500 Wh", "rotors": 8}
    assert describe({**base, "rotor_layout": "X8"})["overlap_factor"].low == LOW
    with pytest.raises(ModelError, match="rotor_layout.*tandem.*flat or coaxial"):
        describe({**base, "rotor_layout": "tandem"})
