"""Review 18's extractor items 6 and 7 (issues 10 and 13): the Lancet-3 draft that judged
nothing (a maker and a trade fair listed as drone types hid the one type name the airframe
table knows; an attack's speed drafted as a level speed) and the UV20 draft (a generic example's
figures drafted as the UV20's claims; "electric flight endurance" left it with no plant). The
sentences are the articles' own (the URLs in the comments); each test drafts them and asserts
what the draft must hold."""
import pytest

from dronecalc.intake.extract import extract

#: eng.obozrevatel.com, 17 July 2023 (https://eng.obozrevatel.com/section-war/news-russian-
#: propagandists-spread-fake-news-about-200000-lancet-attack-drones-how-many-uavs-does-the-
#: enemy-actually-have-17-07-2023.html), the passage of review 18's lancet3-obozrevatel.txt
LANCET = ("The ZALA Lancet UAV is a Russian barrage munition developed by the Zala Aero Group "
          "that can also be used for reconnaissance missions. It was first presented in June "
          "2019 at the Army-2019 exhibition in Moscow.\n\nThe maximum speed of the latest "
          "Lancet-3 kamikaze drone is 110 km/h during horizontal flight and 300 km/h during an "
          "attack on a target. The drone has a maximum range of 40-50 km, depending on the "
          "sub-version, and can stay in the air for almost an hour.")

#: juyeuav.com (https://juyeuav.com/?p=15007), the passage of review 18's uv20-juyeuav.txt
UV20 = ("UV20 fixed-wing mapping drone\n\nFor instance, an electric fixed-wing drone with a "
        "flight endurance of 2.5 hours and a cruising speed of 80 km/h can cover an area of "
        "20 km² per flight.\n\nThe UV20 drone system is a fully autonomous unmanned aerial "
        "vehicle system based on GPS navigation. Its electric flight endurance is 1 hour and 30 "
        "minutes.")


def _by_written(draft):
    return {i.written: i for i in draft.items}


def test_a_maker_and_a_fair_are_no_drone_types_and_the_type_name_gives_the_airframe():
    # main: "Lancet UAV, Zala Aero, Army-2019", so named_kind (one name only) drafted no
    # airframe and the draft warned "names no multirotor"; the only kind was "kamikaze"
    d = extract(LANCET)
    assert d.drones == ["Lancet-3"], d.drones
    air = [i for i in d.items if i.field == "airframe" and i.role == "input"]
    assert [i.text for i in air] == ["Lancet-3"], [(i.text, i.role) for i in d.items]
    assert "Lancet-3" in air[0].quote
    assert not any("names no multirotor" in w for w in d.warnings), d.warnings


@pytest.mark.parametrize("sentence, names", [
    ("It was shown at the MAKS-2021 air show. The Orlan-10 flies for 16 hours.", ["Orlan-10"]),
    ("Kalashnikov showed the drone at IDEX-2023 exhibition; the Lancet-3 flies for 40 minutes.",
     ["Lancet-3"]),
    ("The Zala Aero Group says the Lancet-3 flies for 40 minutes.", ["Lancet-3"]),
    ("The Heron UAV can stay aloft for 45 hours.", ["Heron"]),
])
def test_events_makers_and_a_generic_noun_tail_are_not_drone_names(sentence, names):
    assert extract(sentence).drones == names


def test_a_speed_during_an_attack_is_a_dive_speed_with_its_note():
    # main: "speed" (out of the multirotor range), a level speed the power model judged
    f = _by_written(extract(LANCET))["300 km/h"]
    assert f.field == "dive_speed" and f.role == "claim", (f.field, f.role)
    assert any("dive" in n for n in f.notes), f.notes
    for sentence in ("The drone reaches 250 km/h when attacking.",
                     "The munition flies at 280 km/h in a strike on armour."):
        (g,) = extract(sentence).figures
        assert g.field == "dive_speed", (sentence, g.field)
    (level,) = extract("The drone flies at 110 km/h during horizontal flight.").figures
    assert level.field != "dive_speed"


def test_a_generic_example_is_context_and_electric_endurance_names_the_plant():
    # main: 2.5 hours and 80 km/h drafted as the UV20's claims, and a warning that the
    # article names a fixed wing but no power plant
    d = extract(UV20)
    got = _by_written(d)
    for written in ("2.5 hours", "80 km/h", "20 km²"):
        f = got[written]
        assert f.role == "context" and f.field == "context", (written, f.field, f.role)
        assert any("generic example" in n for n in f.notes), f.notes
        assert f.drone is None
    own = got["1 hour and 30 minutes"]
    assert own.field == "flight_time" and own.role == "claim" and own.drone == "UV20"
    plant = [i for i in d.items if i.field == "engine_type" and i.role == "input"]
    assert [i.text for i in plant] == ["electric"], [(i.field, i.text) for i in d.items]
    assert not any("no power plant" in w for w in d.warnings), d.warnings


@pytest.mark.parametrize("sentence", [
    "For example, a quadcopter with a 5 kg payload flies for 20 minutes.",
    "Typically, a fixed-wing drone flies for 3 hours.",
    "As an example, a hexacopter with six rotors carries 6 kg for 25 minutes.",
    "E.g. an FPV drone flies at 150 km/h.",
])
def test_generic_example_openings(sentence):
    assert all(f.role == "context" for f in extract(sentence).figures), \
        [(f.written, f.field, f.role) for f in extract(sentence).figures]


def test_a_definite_subject_after_an_example_word_is_the_machine_and_an_examples_plant_is_not():
    # "For example, the UV20 ..." is the article's machine: its claim stays
    (f,) = extract("For example, the UV20 flies for 90 minutes.").figures
    assert f.role == "claim" and f.field == "flight_time"
    # an example's "electric fixed-wing" says nothing of the article's wing: still no plant
    d = extract("For instance, an electric fixed-wing drone flies for 2 hours. The X-9 "
                "fixed-wing drone has an endurance of 3 hours.")
    assert any("no power plant" in w for w in d.warnings), d.warnings
    assert [f.written for f in d.figures if f.role == "claim"] == ["3 hours"]
