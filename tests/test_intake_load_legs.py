"""A load, then how far it went, is the leg's distance (or, in the present, its range).

"A quadcopter carried a 3 kg missile 7 km" (the project's own example claim), "carried 20 kg
over 30 km" and "carried 2 kg of explosives 12 km to the target" had no distance cue: `extract`
drafted the load as the payload input and the distance as context, so the leg claim vanished."""
import pytest

from dronecalc.intake.extract import extract


def _by_field(text):
    return {f.field: (f.written, f.role) for f in extract(text).figures}


@pytest.mark.parametrize("text, distance", [
    ("The quadcopter carried a 3 kg missile 7 km.", "7 km"),
    ("The quadcopter carried 20 kg over 30 km.", "30 km"),
    ("A quadcopter carried 2 kg of explosives 12 km to the target.", "12 km"),
    ("The drone carried a 3-kilogram warhead for 40 km.", "40 km"),
    ("It delivered 2 lb of medicine over a distance of 8 miles.", "8 miles"),
])
def test_a_past_load_then_a_length_is_the_distance_flown(text, distance):
    figs = _by_field(text)
    assert "distance" in figs, figs
    assert distance in figs["distance"][0] and figs["distance"][1] == "claim"
    # (a warhead is warhead_mass since review 22, a payload of its own field)
    assert figs.get("payload_mass", figs.get("warhead_mass"))[1] == "input"


def test_the_present_tense_is_what_it_can_do_its_range():
    figs = _by_field("The quadcopter carries 20 kg over 30 km.")
    assert figs["range"][1] == "claim" and "30 km" in figs["range"][0]


@pytest.mark.parametrize("text", [
    "The drone carried 2 kg and crashed 3 km from the border.",
    "The drone, which carried 2 kg, was found 3 km away.",
])
def test_a_length_in_another_clause_is_not_the_leg(text):
    figs = _by_field(text)
    assert "distance" not in figs and "range" not in figs, figs


def test_a_second_thing_carried_keeps_its_own_field():
    figs = _by_field("The hexacopter carried a 5 kg camera and a 10 km radio link.")
    assert figs.get("radio_range", ("", ""))[0] == "10 km" and "distance" not in figs


@pytest.mark.parametrize("text", ["The Hawk 2 covers 35 km on one battery.",
                                  "The drone can cover 35 km."])
def test_covers_a_distance_is_its_range(text):
    assert _by_field(text)["range"] == ("35 km", "claim")


def test_covering_a_height_is_no_range():
    assert "range" not in _by_field("They can cover up to 92m altitude.")
