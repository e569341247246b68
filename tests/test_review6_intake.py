"""Review 6's intake findings (/work/review6.md #1, #2, #5, #6, #8, #9, #11 first bullet):
what ``extract`` drafts from the reviewer's passages, checked on the draft's figures (field,
role, text), not on its prose."""
from __future__ import annotations

import pytest

from dronecalc.intake.extract import extract


def _figures(text):
    return {f.written: f for f in extract(text).figures if f.field != "airframe"}


# --- #6: a flight time followed by "before ..." is how long it flew ------------------------

@pytest.mark.parametrize("text, written", [
    ("The quadcopter flew for 2 hours and 5 minutes before landing.", "2 hours and 5 minutes"),
    ("It can stay aloft for up to 55 minutes before returning home.", "up to 55 minutes"),
    ("The drone stays in the air for 45 minutes before its battery is flat.", "45 minutes"),
    ("The drone flew for 20 minutes until its battery ran out.", "20 minutes"),
    ("It can fly up to 55 minutes before returning home.", "up to 55 minutes"),
    ("It flies 40 minutes before the battery runs out.", "40 minutes"),
    ("The battery lasts 25 minutes before it needs a recharge.", "25 minutes"),
    ("The drone circled for 40 minutes before the strike.", "40 minutes"),
])
def test_a_flight_time_before_something_is_a_flight_time_claim(text, written):
    fig = _figures(text)[written]
    assert (fig.field, fig.role) == ("flight_time", "claim")


@pytest.mark.parametrize("text, written", [
    ("The drone was launched 45 minutes before the strike.", "45 minutes"),
    ("The crew waited for 20 minutes before launching the drone.", "20 minutes"),
    ("The team stayed for two hours before leaving.", "two hours"),
    ("In the last 20 minutes before the strike, the drone was spotted.", "20 minutes"),
])
def test_a_time_before_an_event_stays_context(text, written):
    assert _figures(text)[written].role == "context"


# --- #1: a maker's model name ("DJI Air 2S") is no cell count; "Air 3S" is not the "Air 3" --

@pytest.mark.parametrize("text", [
    "The DJI Air 2S quadcopter weighs 595 g and has a 3500 mAh battery. It can fly for 31 "
    "minutes.",
    "The DJI Air 3S quadcopter weighs 724 g.",
])
def test_a_model_names_2s_is_no_cell_count(text):
    assert not [f for f in _figures(text).values() if f.field == "cell_count"]


def test_a_stated_cell_count_after_a_model_name_is_the_input():
    figs = _figures("The DJI Air 2S quadcopter weighs 595 g and has a 3500 mAh 3S battery.")
    cells = [f for f in figs.values() if f.field == "cell_count"]
    assert [(f.written, f.role) for f in cells] == [("3S", "input")]


@pytest.mark.parametrize("written", ["135 g", "135g"])
def test_a_figure_right_after_a_model_name_is_still_a_figure(written):
    figs = _figures(f"The DJI Neo {written} drone flies 18 minutes.")
    assert figs[written].field == "takeoff_mass"


def test_the_air_3s_and_the_air_3_are_two_machines():
    draft = extract("The DJI Air 3S weighs 724 g. The DJI Air 3 weighs 720 g.")
    assert draft.several_drones and set(draft.drones) == {"DJI Air 3S", "DJI Air 3"}


def test_a_plural_is_still_one_machine():
    draft = extract("Ukraine shot down 20 Shahed-136s. The Shahed 136 weighs 200 kg.")
    assert not draft.several_drones


# --- #2: a rival's possessive figure, its name with a space, is the rival's ----------------

@pytest.mark.parametrize("text, written, owner", [
    ("The interceptor quadcopter weighs 2 kg and can fly for 20 minutes, compared with the "
     "Shahed 136's 2,500 km range.", "2,500 km", "Shahed 136"),
    ("The interceptor quadcopter weighs 2 kg and can fly for 20 minutes, compared with the "
     "Shahed-136's 2,500 km range.", "2,500 km", "Shahed-136"),
    ("The interceptor quadcopter can fly for 20 minutes, unlike the DJI Mavic 3's 46-minute "
     "flight time.", "46-minute", "DJI Mavic 3"),
    ("The interceptor quadcopter can fly for 20 minutes, unlike the DJI Mavic 3\u2019s "
     "46-minute flight time.", "46-minute", "DJI Mavic 3"),
])
def test_a_rivals_possessive_figure_is_context(text, written, owner):
    figs = _figures(text)
    assert (figs[written].role, figs[written].drone) == ("context", owner)
    assert figs["20 minutes"].role == "claim"


# --- #9: a duration in two units keeps its qualifier ---------------------------------------

@pytest.mark.parametrize("text, written, canonical, kind", [
    ("The drone can fly for up to 1 hour 50 minutes.", "up to 1 hour 50 minutes",
     "up to 110 min", "at-most"),
    ("It can remain airborne for about 1 hour and 20 minutes, the maker says.",
     "about 1 hour and 20 minutes", "about 80 min", "point"),
    ("It flies for over 1 hour 30 minutes.", "over 1 hour 30 minutes", "over 90 min",
     "at-least"),
    ("It flies for 1 hour 30 minutes or more.", "1 hour 30 minutes or more", "90 min or more",
     "at-least"),
    ("It flies for 1 hour 30 minutes.", "1 hour 30 minutes", "90 min", "point"),
])
def test_a_two_unit_duration_keeps_its_qualifier(text, written, canonical, kind):
    from dronecalc import parse
    fig = _figures(text)[written]
    assert fig.text == canonical
    assert parse(fig.text).kind == kind


# --- #5: a distance flown "in the air" stays a distance ------------------------------------

@pytest.mark.parametrize("text, written, field", [
    ("The quadcopter can fly for 30 minutes. The drone flew 12 km in the air over the hills "
     "before landing.", "12 km", "distance"),
    ("The drone flew 8 miles in the air to the target.", "8 miles", "distance"),
    ("The drone flew 500 feet in the air.", "500 feet", "altitude"),
])
def test_in_the_air_is_a_height_only_in_a_heights_unit(text, written, field):
    assert _figures(text)[written].field == field


# --- #8: "can reach targets 20 km away at 60 km/h": a range, flown at a speed ---------------

def test_reaching_targets_away_is_a_range_and_the_at_speed_no_top_speed():
    figs = _figures("The 3 kg quadcopter can reach targets 20 km away at 60 km/h.")
    assert (figs["20 km"].field, figs["20 km"].role) == ("range", "claim")
    assert figs["20 km"].at_speed == "60 km/h"        # the speed it flies the 20 km at
    assert "60 km/h" not in figs                      # no top-speed claim of its own


@pytest.mark.parametrize("text, written, field", [
    ("It can fly for 40 minutes at speeds of up to 60 km/h.", "up to 60 km/h", "speed"),
    ("It can fly for 12 hours at up to 60 km/h.", "up to 60 km/h", "speed"),
    ("It can reach up to 80 MPH.", "up to 80 MPH", "top_speed"),
    ("It can reach speeds of 120 km/h.", "120 km/h", "top_speed"),
    ("It can travel at speeds of up to 144 kilometers per hour for 105 minutes.",
     "up to 144 kilometers per hour", "top_speed"),
])
def test_which_speeds_are_top_speeds(text, written, field):
    assert _figures(text)[written].field == field


def test_a_place_away_stays_context():
    assert _figures("The base is 20 km away.")["20 km"].role == "context"


# --- #11: "2 Mm" is megametres as SI writes it, never millimetres; "MM" stays ambiguous -----

def test_mm_spellings():
    from dronecalc import parse
    from dronecalc.errors import DroneCalcError
    assert parse("2 Mm").nominal.to("km").magnitude == pytest.approx(2000)
    assert parse("2 mm").nominal.to("m").magnitude == pytest.approx(0.002)
    assert parse("2 CM").nominal.to("m").magnitude == pytest.approx(0.02)
    with pytest.raises(DroneCalcError, match="ambiguous"):
        parse("2 MM")


@pytest.mark.parametrize("text, drones", [
    ("The DJI Mavic 3 Classic flies 46 minutes.", ["DJI Mavic 3 Classic"]),
    ("The Autel EVO II weighs 1.1 kg.", ["Autel EVO II"]),
    ("The DJI Mavic Pro weighs 734 g.", ["DJI Mavic Pro"]),
    ("The DJI Neo 135 g drone flies 18 minutes.", ["DJI Neo"]),      # a mass, no model number
    ("The DJI Neo 135g drone flies 18 minutes.", ["DJI Neo"]),
    ("The DJI Matrice 350, which weighs 6.47 kg, flies 55 minutes.", ["DJI Matrice 350"]),
    ("The DJI Matrice 300 RTK flies 55 minutes.", ["DJI Matrice 300 RTK"]),
    ("The Mavic 3 flies 46 minutes. The DJI Mavic 3 Pro flies 43 minutes.",
     ["Mavic 3", "DJI Mavic 3 Pro"]),
])
def test_maker_model_names(text, drones):
    # a name inside a longer one at the same place is the longer one ("Mavic 3" of "DJI Mavic
    # 3 Classic"); a model number the other name goes on after is another model
    assert extract(text).drones == drones
