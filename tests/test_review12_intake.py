"""Review 12's intake findings (G4-G12): the rules narrowed after review 11 must not misread
sentences they were not written for. Each sentence is the review's own input."""
from __future__ import annotations

import pytest

from dronecalc.intake.extract import extract


def _fig(text: str, written: str):
    found = [f for f in extract(text).figures if written in f.written or written in f.text]
    assert found, (written, [(f.text, f.field, f.role) for f in extract(text).figures])
    return found[0]


# G5: a dive cue in the figure's own clause, whatever qualifier stands between
@pytest.mark.parametrize("sentence, written", [
    ("The quadcopter has a dive speed of roughly 250 km/h.", "250 km/h"),
    ("The drone has a dive speed of approximately 250 km/h.", "250 km/h"),
    ("Its dive speed is estimated at 250 km/h.", "250 km/h"),
    ("The drone's dive speed: 250 km/h.", "250 km/h"),
    ("The quadcopter dives at speeds of up to 250 km/h.", "250 km/h"),
    ("The quadcopter dives at almost 250 km/h.", "250 km/h"),
    ("The quadcopter's top speed is 120 km/h; in a dive it reaches 200 km/h.", "200 km/h"),
    ("The FPV quadcopter, in a diving attack at 150 km/h, hit the tank.", "150 km/h"),
    ("When diving, the quadcopter reaches 200 km/h.", "200 km/h"),
    ("It has a dive speed of 200 km/h.", "200 km/h"),
])
def test_dive_speed_in_its_own_clause(sentence, written):
    assert _fig(sentence, written).field == "dive_speed"


@pytest.mark.parametrize("sentence, written", [
    ("Designed to dive on armour, the quadcopter flies at up to 120 km/h.", "120 km/h"),
    ("The quadcopter was filmed diving; it flew at 90 km/h.", "90 km/h"),
    ("The drone dives at 300 km/h, and flies level at 120 km/h.", "120 km/h"),
    ("The quadcopter's top speed is 120 km/h; in a dive it reaches 200 km/h.", "120 km/h"),
])
def test_level_speed_next_to_a_dive_word(sentence, written):
    assert _fig(sentence, written).field in ("speed", "top_speed")


# G4 / G12: each "<mass> over <distance>" pair is that range's load, whatever a later cue says,
# and the payload key is a value check accepts
def test_second_load_over_distance_before_an_empty_clause():
    text = "The hexacopter can carry 10 kg of payload over 20 km, or 5 kg over 35 km, or fly 50 km empty."
    figs = extract(text).figures
    five = _fig(text, "5 kg")
    assert five.field != "empty_mass" and five.role != "input"
    reach = [f for f in figs if f.written == "over 35 km"][0]
    assert (reach.field, reach.role, reach.payload) == ("range", "claim", "5 kg")


def test_open_load_over_distance_is_a_payload_check_accepts(tmp_path):
    from dronecalc import load_case
    text = ("The hexacopter weighs 25 kg; it can carry 10 kg of payload over 20 km, or up to "
            "5 kg over 35 km.")
    draft = extract(text)
    reach = [f for f in draft.figures if f.written == "over 35 km"][0]
    assert reach.payload == "5 kg"
    path = tmp_path / "c4.toml"
    path.write_text(draft.to_toml(), encoding="utf-8")
    load_case(str(path))                       # the draft loads as written


def test_first_pair_without_of_payload_after_carry():
    text = "The hexacopter can carry 10 kg over 20 km, or 5 kg over 35 km."
    figs = extract(text).figures
    for written, load in (("over 20 km", "10 kg"), ("over 35 km", "5 kg")):
        reach = [f for f in figs if f.written == written][0]
        assert (reach.field, reach.role, reach.payload) == ("range", "claim", load)


# G11: a comparison's clause ends only where a new subject (not the compared machine) follows
@pytest.mark.parametrize("sentence, written", [
    ("By comparison, the Mavic 3 flies 46 minutes but only 15 km.", "15 km"),
    ("By comparison, the Mavic 3 flies 46 minutes, but its range is 15 km.", "15 km"),
    ("For comparison, the Mavic 3 weighs 0.9 kg; it flies 46 minutes.", "46 minutes"),
])
def test_the_compared_machines_clause_goes_on(sentence, written):
    story = "Title: New hexacopter\n\nThe hexacopter flies 60 minutes. " + sentence
    assert _fig(story, written).role == "context"


def test_a_new_subject_after_the_comparison_is_the_storys():
    story = ("Title: New hexacopter\n\nFor comparison, the Mavic 3 weighs 0.9 kg; the hexacopter "
             "flies 46 minutes.")
    assert _fig(story, "46 minutes").role == "claim"


# G9: a rival is the story's own only by its distinctive name, not a digit or "DJI's" the
# title names as the rival
@pytest.mark.parametrize("story", [
    "Title: Startup quadcopter flies for 3 hours\n\nThe startup's quadcopter flies 180 minutes. "
    "By comparison, the Mavic 3 flies 46 minutes.",
    "Title: New quadcopter outflies DJI's best\n\nThe new quadcopter flies 90 minutes. By "
    "comparison, the DJI Mavic flies 46 minutes.",
])
def test_a_rival_sharing_a_word_with_the_title_is_still_the_rival(story):
    assert _fig(story, "46 minutes").role == "context"
    assert _fig(story, "0 minutes").role == "claim"       # the story's own 180 / 90 minutes


# G10: a wish's list of requirements is all the buyer's; a new subject ends it
@pytest.mark.parametrize("story, written", [
    ("Title: Army drone request\n\nThe Army seeks drones that can carry 5 kg, fly for 40 minutes "
     "and reach 60 km/h.", "40 minutes"),
    ("Title: Army drone request\n\nThe Army seeks drones that can carry 5 kg, fly for 40 minutes "
     "and reach 60 km/h.", "60 km/h"),
    ("The company wants drones that can fly 30 km, carry 2 kg, and land in wind.", "2 kg"),
])
def test_a_wish_listing_its_requirements_is_the_buyers(story, written):
    assert _fig(story, written).role == "context"


def test_a_new_subject_after_a_wish_is_the_machines():
    story = "The company wants drones that can carry 5 kg, but Skyfront's quadcopter carries 8 kg."
    assert _fig(story, "8 kg").role != "context"


# G8: an actor or a launched machine is the story's own only where the title names no operator
@pytest.mark.parametrize("tail, written", [
    (" Zipline launched the P2 drone last year. It flies 16 km and carries 3 kg.", "16 km"),
    (" Competitors launched drones that fly 30 km.", "30 km"),
])
def test_another_operator_launching_a_machine_in_a_story_on_one(tail, written):
    story = ("Title: Matternet opens Zurich hospital route\n\nMatternet's M2 quadcopter flies "
             "20 km with 2 kg." + tail)
    assert _fig(story, written).role == "context"
    assert _fig(story, "20 km").role == "claim"


# G7: a later flight cancels the lift claim only when it is flown with that load
@pytest.mark.parametrize("sentence", [
    "In a test the hexacopter lifted a 30 kg payload, and on another day it flew 10 km.",
    "The quadcopter lifted a 5 kg payload; it flies 30 minutes empty.",
    "In a test, the drone picked up a 2 kg parcel and dropped it from 30 m.",
])
def test_a_lift_stays_a_claim_beside_another_flight(sentence):
    load = next(f for f in extract(sentence).figures if f.written.endswith("kg"))
    assert (load.field, load.role) == ("max_payload", "claim")


@pytest.mark.parametrize("sentence", [
    "The quadcopter lifted a 5 kg payload and flew 10 km with it.",
    "The hexacopter lifted a 20 kg payload and flew for 15 minutes.",
    "It picked up a 2 kg parcel and flew it 5 km.",
])
def test_a_lift_flown_on_is_that_flights_load(sentence):
    load = next(f for f in extract(sentence).figures if f.written.endswith("kg"))
    assert (load.field, load.role) == ("payload_mass", "input")


# G6: the machine and its load weigh together: the take-off mass, not the payload
def test_the_machine_and_its_load_weigh_its_take_off_mass():
    assert _fig("The hexacopter and its load weigh 40 kg.", "40 kg").field == "takeoff_mass"
    text = "The quadcopter with its 3 kg load weighs 12 kg and flies 20 minutes."
    assert (_fig(text, "12 kg").field, _fig(text, "12 kg").role) == ("takeoff_mass", "input")
    assert _fig(text, "3 kg").field == "payload_mass"
    # a load's own weight stays the load
    assert _fig("The load weighs 3 kg.", "3 kg").field == "payload_mass"
