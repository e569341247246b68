"""Stacked rotor pairs in a draft (issue 10, extract4): "coaxial four-rotor", a quadcopter
"with four coaxial pairs" and "X8 coaxial" are 8 rotors on 4 arms, coaxial
(docs/case-format.md, "Rotor layout"): the draft loads to that machine, and the layout's
cross-check finds the counts agree."""
import pytest

from dronecalc.claims.layouts import reconcile_layout
from dronecalc.intake.case import load_case
from dronecalc.intake.extract import extract
from dronecalc.priors.layout import point_count


def _machine(tmp_path, text: str) -> tuple[dict, list]:
    """The rotors, arms and layout the checked case uses, and the layout findings."""
    path = tmp_path / "draft.toml"
    path.write_text(extract(text).to_toml(), encoding="utf-8")
    described, findings = load_case(path).described(), []
    reconcile_layout(load_case(path), described, findings)
    counts = {k: point_count(described[k].value) for k in ("rotors", "arms") if k in described}
    return {**counts, "layout": described["rotor_layout"].value}, findings


@pytest.mark.parametrize("text", [
    # a sprayer maker's wording: the compound with the stacking word before or after it
    "The coaxial four-rotor drone weighs 25 kg and can spray for 12 minutes.",
    "Its four-rotor coaxial frame folds for transport; the drone weighs 25 kg.",
    # a cargo quadcopter's press release: the pairs after the kind word
    "The quadcopter, with four coaxial pairs of rotors, weighs 65 kg and can fly for 18 "
    "minutes.",
    "The heavy-lift quadcopter uses four pairs of coaxial rotors and weighs 65 kg.",
    # a hobby build's forum post: X8 beside a stacking word is the layout, not the flying wing
    "My X8 coaxial build weighs 25 kg and hovers for 20 minutes.",
    "The coaxial X8 weighs 25 kg and hovers for 20 minutes.",
])
def test_stacked_pairs_are_8_rotors_on_4_arms(tmp_path, text):
    machine, findings = _machine(tmp_path, text)
    assert machine["layout"] == "coaxial"
    assert machine["rotors"] == 8
    assert machine.get("arms", 4) == 4
    assert all(f.verdict == "consistent" for f in findings)


def test_the_compound_beside_coaxial_is_drafted_as_4_arms():
    draft = extract("The coaxial four-rotor drone weighs 25 kg.")
    arms = next(i for i in draft.items if i.written == "four-rotor")
    assert (arms.field, arms.text, arms.role) == ("arms", "4", "input")
    assert "8 rotors" in " ".join(arms.notes)


def test_a_quadcopter_with_coaxial_pairs_is_a_coaxial_quadcopter():
    draft = extract("The quadcopter, with four coaxial pairs of rotors, weighs 65 kg.")
    frame = next(i for i in draft.items if i.kind == "airframe")
    assert frame.text == "coaxial quadcopter"
    # the pairs' 8 agree with the airframe's 8: no second, conflicting rotor count is an input
    assert [i.text for i in draft.items if i.field == "rotors" and i.role == "input"] == []


def test_x8_with_wing_words_beside_coaxial_is_kept_as_rotors():
    """fix_rotor_counts makes rotor counts context in an article with engine or wing words;
    an "X8 coaxial" names its own stacked pairs, so it stays the rotor count."""
    draft = extract("The X8 coaxial drone, with a petrol engine driving a generator, weighs "
                    "25 kg.")
    rotors = next(i for i in draft.items if i.written == "X8 coaxial")
    assert (rotors.field, rotors.text, rotors.role) == ("rotors", "8", "input")
    assert any(i.field == "rotor_layout" and i.role == "input" for i in draft.items)


@pytest.mark.parametrize("text", [
    "The Skywalker X8 flying wing weighs 3 kg.",          # the wing: no rotor count
    "The drone has six rotors and weighs 9 kg.",          # no stacking word: flat, as stated
    "The four-rotor drone weighs 2 kg.",
])
def test_no_stacking_word_no_stacked_pairs(text):
    draft = extract(text)
    assert not any(i.field == "arms" for i in draft.items)
    assert not any(i.written.lower().startswith("x8") for i in draft.items if i.kind == "count")
