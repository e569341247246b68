"""An airframe figure with role ``context`` is the report's background ("unlike a quadcopter,
the X is a fixed wing"): it adds nothing to the kind the case's own words or figures name, a
kind they name against it is refused, and only when nothing else names a kind is it read as
the machine's, flagged ``inferred`` (review 3: a context airframe decided the kind)."""
from __future__ import annotations

import dronecalc

HEAD = '[case]\ntitle = "t"\nsource = "s"\n'
CLAIM = '[figures.C]\nfield = "range"\ntext = "300 km"\nrole = "claim"\n'


def _fig(ident, field, text, role="input"):
    return f'[figures.{ident}]\nfield = "{field}"\ntext = "{text}"\nrole = "{role}"\n'


def _load(tmp_path, *figures):
    path = tmp_path / "case.toml"
    path.write_text(HEAD + "".join(figures) + CLAIM, encoding="utf-8")
    return dronecalc.load_case(path)


def test_a_context_word_does_not_refine_the_stated_airframe(tmp_path):
    case = _load(tmp_path, _fig("A", "airframe", "fixed-wing"),
                 _fig("B", "airframe", "quadplane", "context"),
                 _fig("E", "battery_energy", "500 Wh"))
    assert case.kind == "fixed-wing-electric"           # before: vtol-quadplane


def test_a_context_type_name_gives_no_power_plant(tmp_path):
    # "like the Shahed-136, the X is a fixed wing": before, a piston fixed wing
    case = _load(tmp_path, _fig("A", "airframe", "fixed-wing"),
                 _fig("B", "airframe", "Shahed-136", "context"))
    assert case.kind is None and case.kind_note.refusal.cause == "no-plant"


def test_figures_naming_another_kind_than_the_only_context_word_are_refused(tmp_path):
    # /tmp/review3/v1.toml: a context "hybrid VTOL quadplane", a wingspan and a piston engine
    case = _load(tmp_path, _fig("A", "airframe", "hybrid VTOL quadplane", "context"),
                 _fig("W", "wingspan", "3.5 m"), _fig("E", "engine_type", "two-stroke gasoline"))
    refusal = case.kind_note.refusal
    assert case.kind is None and refusal.cause == "ambiguous"
    assert "context" in refusal.reason and "'hybrid VTOL quadplane'" in refusal.reason
    assert "fixed-wing-piston" in refusal.reason and "vehicle_kind" in refusal.needs
    assert not [f for f in case.flags if f.problem == "inferred"]


def test_figures_of_the_context_word_s_kind_decide_it(tmp_path):
    case = _load(tmp_path, _fig("A", "airframe", "fixed wing", "context"),
                 _fig("W", "wingspan", "3.5 m"), _fig("E", "engine_type", "two-stroke gasoline"))
    assert case.kind == "fixed-wing-piston"
    assert "wingspan" in case.kind_note                 # read from the wing, not the word
    case = _load(tmp_path, _fig("A", "airframe", "quadcopter", "context"),
                 _fig("N", "rotors", "4"))
    assert case.kind == "multirotor" and "rotor figures" in case.kind_note


def test_a_wing_left_unpowered_says_why_the_context_word_was_not_used(tmp_path):
    case = _load(tmp_path, _fig("A", "airframe", "Shahed-136", "context"),
                 _fig("W", "wingspan", "2.5 m"))
    assert case.kind is None and "context figure" in case.kind_note.refusal.reason
    assert 'role = "input"' in case.kind_note.refusal.needs


def test_the_only_word_of_a_case_is_read_flagged(tmp_path):
    """A draft writes a count-less multirotor word as context ("multicopter"): with nothing
    else naming a kind it is the machine's, never silently."""
    case = _load(tmp_path, _fig("A", "airframe", "multicopter", "context"))
    assert case.kind == "multirotor"
    (flag,) = [f for f in case.flags if f.problem == "inferred"]
    assert flag.id == "A" and "context" in flag.message and "vehicle_kind" in flag.message
