"""Intake round flights9 (issue 10): a code review's misreads of ``dronecalc extract`` and
written variants of each, both directions (tests/fixtures/cases/flights9/, README there).
Each test failed on the code before its fix."""
import tomllib
from pathlib import Path

import pytest

from dronecalc.intake.case import load_case
from dronecalc.intake.extract import extract, extract_file

CASES = Path(__file__).parent / "fixtures" / "cases" / "flights9"


def _read(text):
    return [(f.text, f.field, f.role) for f in extract(text).figures]


def test_a_flight_time_beside_an_area_per_flight_is_the_claim():
    assert _read("The hexacopter flies for 18 minutes and covers 20 acres of crops per "
                 "flight.") == [("18 minutes", "flight_time", "claim")]


def test_an_areas_own_time_is_a_work_rate_and_the_flight_time_the_claim():
    # "spraying an acre of land in under 10 minutes" had become the flight-time claim and
    # "fly for 18 minutes" context: inverted
    assert _read("The quadcopter can fly for 18 minutes, spraying an acre of land in under 10 "
                 "minutes.") == [("18 minutes", "flight_time", "claim"),
                                 ("under 10 minutes", "context", "context")]
    assert _read("The octocopter stays aloft for up to 25 minutes and sprays 4 hectares in 15 "
                 "minutes.") == [("up to 25 minutes", "flight_time", "claim"),
                                 ("15 minutes", "context", "context")]


def test_a_work_rate_alone_stays_context_and_a_time_after_its_verb_a_flight():
    assert _read("Each hexacopter sprays 10 acres of cotton in 20 minutes, and its flight time "
                 "is 22 minutes.") == [("20 minutes", "context", "context"),
                                       ("22 minutes", "flight_time", "claim")]
    assert _read("It takes the quadcopter 8 minutes to spray one acre, and a battery lasts 15 "
                 "minutes.") == [("8 minutes", "context", "context"),
                                 ("15 minutes", "flight_time", "claim")]


def test_a_second_flight_with_another_load_is_no_restatement():
    draft = extract("On Monday the quadcopter flew 50 km carrying 2 kg. The next day its 50 km "
                    "flight carried 4 kg.")
    got = [(f.text, f.field, f.role) for f in draft.figures]
    assert got == [("50 km", "distance", "claim"), ("2 kg", "payload_mass", "input"),
                   ("50 km", "distance", "claim"), ("4 kg", "payload_mass", "context")]
    second = draft.figures[2]
    assert any("4 kg" in n and "another flight" in n for n in second.notes)
    assert not any("already stated" in n for n in draft.figures[3].notes)


def test_a_flight_restated_with_its_own_load_stays_one_claim():
    # the other direction: the same flight named again is drafted once
    got = _read("The quadcopter flew 30 km carrying 3 kg. The 30 km flight was its longest.")
    assert got == [("30 km", "distance", "claim"), ("3 kg", "payload_mass", "input"),
                   ("30 km", "distance", "context")]


@pytest.mark.parametrize("text", [
    "It flew 25 minutes, and 12 loaded crates were delivered.",
    "The quadcopter flew for 30 minutes, and 6 empty boxes were returned.",
    "It flew 40 minutes, and 3 hovering drones watched.",
])
def test_a_count_of_nouns_takes_no_unit_from_a_neighbour(text):
    got = [(f.text, f.field) for f in extract(text).figures]
    assert got[0][1] == "flight_time" and all(f != "flight_time" for _, f in got[1:]), got


def test_an_elliptic_pair_still_carries_its_unit():
    got = _read("The hexacopter can fly for 40 minutes empty, or 25 loaded.")
    assert [t for t, _, _ in got] == ["40 minutes", "25 minutes"]
    got = _read("It flew 40 minutes empty, and 25 loaded with a 2 kg parcel.")
    assert got[1][:2] == ("25 minutes", "flight_time")


@pytest.mark.parametrize("text", [
    "The quadcopter delivered medical supplies to the clinic; the supplies were carried over "
    "12 km.",
    "Last year the quadcopter carried medical supplies over 12 km to a remote village.",
])
def test_a_past_delivery_is_a_distance_flown_not_a_range(text):
    assert [(f.field, f.role) for f in extract(text).figures] == [("distance", "claim")]


@pytest.mark.parametrize("text", [
    "The quadcopter will allow packages up to 2kg to be delivered over 25km.",
    "The quadcopter can carry medical supplies over 12 km.",
])
def test_a_delivery_it_can_make_stays_a_range(text):
    assert extract(text).figures[-1].field == "range"


def test_a_prototypes_mass_and_its_lifting_propellers_are_inputs():
    for text in ("Developed by e-volo in Germany, the 80 kg (176.4 lb) prototype uses 16 "
                 "propellers to push itself aloft.",
                 "The 80 kg prototype uses 16 propellers to lift itself off the ground."):
        assert _read(text) == [("80 kg", "takeoff_mass", "input"), ("16", "rotors", "input")]
    # the other direction: propellers with no word of lifting stay another aircraft's
    assert _read("The aircraft uses 2 propellers.")[0][2] == "context"


def test_a_titles_kind_word_names_the_kind_when_the_body_has_none():
    draft = extract("Title: e-volo makes manned electric multicopter first flight\n\n"
                    "The machine flew for 90 seconds.")
    assert "multirotor" in draft.kinds


def test_a_more_precise_figure_in_brackets_is_used():
    got = _read("Time: > 1hr and 20 minutes (81.43 minutes)")
    assert got == [("81.43 minutes", "flight_time", "claim")]


@pytest.mark.parametrize("text, first", [
    ("The quadcopter weighs 80 kg (176.4 lb).", "80 kg"),       # a rounded conversion
    ("The quadcopter flew 10 km (6.2 miles).", "10 km"),
    ("It carries 1 gallon (3.7 liters).", "1 gallon"),          # a cut conversion
    ("It carries up to five pounds (2.26 kg).", "up to five pounds"),
    ("The quadcopter flew 2,000 km (1,250 miles).", "2,000 km"),
    ("The quadcopter weighs 3 kg (about 6.61 lb).", "3 kg"),     # a hedged bracket
])
def test_a_conversion_in_brackets_keeps_the_first(text, first):
    assert extract(text).figures[0].text == first


def _hand(path):
    return tomllib.loads(path.read_text(encoding="utf-8"))["figures"].values()


@pytest.mark.parametrize("case", sorted(CASES.glob("*.toml")), ids=lambda p: p.stem)
def test_the_fixture_drafts_give_each_hand_figure_its_field_and_role(case, tmp_path):
    draft = extract_file(str(case.with_suffix(".txt")))
    for fig in _hand(case):
        if fig["field"] == "context" and fig["text"].endswith(("acres", "hectares")):
            continue                     # an area in acres is no figure the reader spots
        same = [f for f in draft.figures if " ".join(f.quote.split()) == fig["quote"]
                and f.text == fig["text"]]
        assert [(f.field, f.role) for f in same][:1] == [(fig["field"], fig["role"])], fig
    scratch = tmp_path / "draft.toml"
    scratch.write_text(draft.to_toml(), encoding="utf-8")
    load_case(scratch)
