"""Issue 10 (intake round), items 3 and 4: rotor counts written as the airframe, class labels
that agree with the stated rotor count, and one pack for a stated battery mass and charge.

Each test fails on main before its fix: "six-rotor drone" was an unknown airframe; an
octocopter of the hexacopter size class was labelled "mid-size (large-lift) hexacopter", a
tricopter "quadcopter"; a stated 650 g battery with its charge drew 1-2 packs.
"""
from __future__ import annotations

import pytest

from dronecalc import check, load_case
from dronecalc.claims.context import describe_case
from dronecalc.intake.airframes import resolve
from dronecalc.priors.describe import describe
from dronecalc.report.glossary import class_label
from dronecalc.report.text import format_check

HEAD = '[case]\ntitle = "t"\nsource = "s"\n'
CLAIM = '\n[figures.C]\nfield = "flight_time"\ntext = "30 min"\nrole = "claim"\n'


def _fig(ident: str, field: str, text: str, role: str = "input") -> str:
    return f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{text}"\nrole = "{role}"\n'


def _case(tmp_path, body: str):
    path = tmp_path / "case.toml"
    path.write_text(HEAD + body + CLAIM, encoding="utf-8")
    return load_case(path)


# --------------------------------------------------------------------------- item 3

@pytest.mark.parametrize("text, rotors", [
    ("six-rotor drone", 6), ("eight-rotor drone", 8), ("4-rotor drone", 4),
    ("twelve rotors", 12), ("a drone with 6 rotors", 6), ("Six Rotor drone", 6),
    ("three-rotored drone", 3), ("16_rotor", 16),
])
def test_a_rotor_count_names_a_multirotor_with_that_many_rotors(text, rotors):
    words = resolve(text)
    assert words.problem is None and words.layouts == ("multirotor",)
    assert words.rotors == rotors


@pytest.mark.parametrize("text", ["two-rotor drone", "one rotor", "2.5 rotors", "rotor blade",
                                  "tail rotor"])
def test_one_or_two_rotors_or_no_count_name_no_multirotor(text):
    assert resolve(text).rotors is None


def test_a_rotor_count_against_another_count_word_conflicts():
    assert resolve("six-rotor octocopter").problem == "conflicting"


def test_a_rotor_count_as_the_case_airframe_reaches_the_model(tmp_path):
    case = _case(tmp_path, _fig("A", "airframe", "six-rotor drone")
                 + _fig("M", "takeoff_mass", "5 kg"))
    assert case.kind == "multirotor"
    assert describe_case(case)["rotors"].low == 6


@pytest.mark.parametrize("name, rotors, word", [
    ("large-lift-hexa", 8, "octocopter"), ("large-lift-quad", 3, "tricopter"),
    ("small-camera-quad", 6, "hexacopter"), ("large-lift-hexa", 12, "12-rotor multirotor"),
])
def test_a_class_label_names_the_stated_rotor_count(name, rotors, word):
    label = class_label(name, rotors)
    assert f") {word}, a size class ({name}:" in label
    other = "hexacopter" if name.endswith("hexa") else "quadcopter"
    assert f"the {other} class's priors" in label and label.count(other) == 1


@pytest.mark.parametrize("name, rotors", [("large-lift-hexa", 6), ("large-lift-quad", 4),
                                          ("heavy-agricultural", 8), ("large-lift-quad", None)])
def test_a_label_that_agrees_with_the_count_is_unchanged(name, rotors):
    assert class_label(name, rotors) == class_label(name)


@pytest.mark.parametrize("word, wrong", [("octocopter", "hexacopter"),
                                         ("tricopter", "quadcopter")])
def test_the_report_header_agrees_with_the_airframe(tmp_path, word, wrong):
    case = _case(tmp_path, _fig("A", "airframe", word) + _fig("M", "takeoff_mass", "5 kg"))
    text = format_check(check(case, samples=300, seed=0))
    header = text.split("Monte Carlo")[0]
    assert f"mid-size (large-lift) {word}" in header
    assert f"(large-lift) {wrong}" not in text


# --------------------------------------------------------------------------- item 4

def test_a_stated_battery_mass_and_charge_are_one_pack():
    base = {"rotors": 4, "takeoff_mass": "3.5 kg", "battery_mass": "650 g",
            "battery_capacity": "5000 mAh"}
    packs = describe(base)["packs"]
    assert (packs.low, packs.high, packs.origin) == (1.0, 1.0, "assumption")
    assert "one pack" in packs.note and "pack_count" in packs.note
    stated = describe({**base, "packs": "2"})["packs"]      # a stated count is kept
    assert (stated.low, stated.high, stated.origin) == (2.0, 2.0, "stated")
    drawn = describe({k: v for k, v in base.items() if k != "battery_mass"})["packs"]
    assert drawn.origin != "assumption"            # no battery mass: the count is drawn


def test_a_stated_single_pack_is_no_conflict(tmp_path):
    # 6000 mAh x 22.2 V in 650 g: 205 Wh/kg, a real LiPo pack; with 1-2 packs drawn every
    # machine broke the chemistry's 200 Wh/kg and the stated voltage was set aside
    case = _case(tmp_path, _fig("A", "airframe", "quadcopter")
                 + _fig("M", "takeoff_mass", "3.5 kg") + _fig("B", "battery_mass", "650 g")
                 + _fig("Q", "battery_charge", "6000 mAh") + _fig("V", "battery_voltage",
                                                                  "22.2 V"))
    result = check(case, samples=400, seed=0)
    assert not [f for f in result.findings if f.check == "conflict"]
    assert result.run.kept == result.run.drawn
    (packs,) = [a for a in result.assumptions if a.name == "packs"]
    assert (packs.low, packs.high) == (1.0, 1.0)
