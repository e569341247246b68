"""eVTOL and lift-and-cruise airframe words (vtolclaims, issue 13): "eVTOL" names a battery
plant (it was an unknown airframe, and "eVTOL fixed-wing" a fixed wing of unknown plant), and
"lift-and-cruise" (Wing's delivery aircraft: 12 hover rotors, 2 cruise propellers) is the
quadplane layout, drafted and judged as one, never as a multirotor."""
from pathlib import Path

import pytest

import dronecalc
from dronecalc.intake import airframes, vtol_words
from dronecalc.intake.extract import extract

FIXTURES = Path(__file__).parent / "fixtures" / "vtolclaims"

CASE = """[case]
title = "airframe words"
source = "test"

[figures.A]
field = "airframe"
text = "{airframe}"
role = "input"

[figures.M]
field = "takeoff_mass"
text = "25 kg"
role = "input"
{extra}
[figures.R]
field = "range"
text = "75 km"
role = "claim"
"""
SPAN = '\n[figures.S]\nfield = "wingspan"\ntext = "2 m"\nrole = "input"\n'


def _case(tmp_path, airframe, extra=""):
    path = tmp_path / "case.toml"
    path.write_text(CASE.format(airframe=airframe, extra=extra), encoding="utf-8")
    return dronecalc.load_case(path)


def test_the_plant_table_covers_every_kind():
    assert set(vtol_words.PLANTS) == set(airframes.KINDS)


@pytest.mark.parametrize("text", ["eVTOL", "e-VTOL", "EVTOL cargo drone"])
def test_evtol_names_a_battery_and_leaves_the_layout_open(text):
    words = airframes.resolve(text)
    assert words.power == "electric"
    assert set(words.layouts) == {"multirotor", "vtol-quadplane", "tailsitter"}
    assert words.problem == "ambiguous"


@pytest.mark.parametrize("text", ["eVTOL fixed-wing", "electric VTOL fixed-wing drone"])
def test_a_winged_evtol_is_a_battery_quadplane_or_tailsitter(tmp_path, text):
    words = airframes.resolve(text)
    assert set(words.layouts) == {"vtol-quadplane", "tailsitter"} and words.power == "electric"
    case = _case(tmp_path, text)
    assert case.kind_note.kinds == ("vtol-quadplane", "tailsitter")    # no piston reading
    result = dronecalc.check(case, samples=2000, seed=0)
    assert "R" in result.verdicts


@pytest.mark.parametrize("text", ["lift-and-cruise", "Lift and cruise delivery drone",
                                  "lift+cruise VTOL", "lift-and-cruise eVTOL"])
def test_lift_and_cruise_is_a_quadplane(text):
    words = airframes.resolve(text)
    assert words.layouts == ("vtol-quadplane",)
    assert words.kind() == "vtol-quadplane"


@pytest.mark.parametrize("text", ["eVTOL", "electric VTOL"])
def test_an_electric_vtol_alone_is_not_judged_and_offers_only_battery_kinds(tmp_path, text):
    result = dronecalc.check(_case(tmp_path, text), samples=2000, seed=0)
    (entry,) = [e for e in result.not_judged if e.claim == "R"]
    assert "'vtol-quadplane'" in entry.needs and "'tailsitter'" in entry.needs
    assert "piston" not in entry.needs and "fixed-wing" not in entry.needs


def test_an_evtol_with_a_wingspan_is_read_as_both_wing_borne_kinds(tmp_path):
    case = _case(tmp_path, "eVTOL", SPAN)
    assert case.kind_note.kinds == ("vtol-quadplane", "tailsitter")
    assert "rules out a multirotor" in case.kind_note.refusal.reason
    assert "'multirotor'" not in case.kind_note.refusal.needs     # estimate's choices
    assert case.kind_note.ranges == "fixed-wing-electric"      # the wing's plausible ranges


def test_a_plain_vtol_with_a_wingspan_offers_the_hybrid_too(tmp_path):
    """"VTOL" names no plant: the wing-borne readings are those of an unstated plant."""
    case = _case(tmp_path, "VTOL", SPAN)
    assert case.kind_note.kinds == ("vtol-quadplane", "vtol-quadplane-piston", "tailsitter")


def _airframes(draft):
    return [(f.text, f.role) for f in draft.items if f.field == "airframe"]


def test_a_lift_and_cruise_article_drafts_a_quadplane_not_a_multirotor(tmp_path):
    text = (FIXTURES / "wing-lift-and-cruise.txt").read_text(encoding="utf-8")
    draft = extract(text, "wing-lift-and-cruise.txt")
    assert _airframes(draft) == [("lift-and-cruise", "input")]
    assert not any(f.field == "rotors" for f in draft.items)     # 12 hover rotors: context
    path = tmp_path / "draft.toml"
    path.write_text(draft.to_toml(), encoding="utf-8")
    case = dronecalc.load_case(path)
    assert case.kind is None or case.kind.startswith("vtol-quadplane")
    assert set(getattr(case.kind_note, "kinds", ()) or (case.kind,)) <= {
        "vtol-quadplane", "vtol-quadplane-piston"}


def test_an_evtol_article_with_a_wingspan_drafts_the_word_as_the_airframe(tmp_path):
    text = (FIXTURES / "evtol-news.txt").read_text(encoding="utf-8")
    draft = extract(text, "evtol-news.txt")
    assert _airframes(draft) == [("eVTOL", "input")]
    path = tmp_path / "draft.toml"
    path.write_text(draft.to_toml(), encoding="utf-8")
    assert dronecalc.load_case(path).kind_note.kinds == ("vtol-quadplane", "tailsitter")


def test_an_evtol_word_joins_a_lift_and_cruise_airframe():
    draft = extract("The lift-and-cruise eVTOL weighs 25 kg and flies 75 km.", "a.txt")
    assert ("lift-and-cruise eVTOL", "input") in _airframes(draft)
    assert airframes.resolve("lift-and-cruise eVTOL").kind() == "vtol-quadplane"


def test_a_fixed_wing_evtol_draft_names_its_battery():
    draft = extract("The fixed-wing eVTOL drone weighs 25 kg and can fly 75 km in 60 minutes.",
                    "a.txt")
    assert ("fixed-wing eVTOL", "input") in _airframes(draft)
    assert not any("no power plant" in w for w in draft.warnings)


def test_an_electric_vtol_draft_keeps_its_battery_word():
    draft = extract("The electric VTOL fixed-wing drone weighs 25 kg and can fly 75 km in 60 "
                    "minutes.", "b.txt")
    assert ("fixed-wing electric VTOL", "input") in _airframes(draft)
    assert not any("no power plant" in w for w in draft.warnings)
    assert airframes.resolve("fixed-wing electric VTOL").power == "electric"
