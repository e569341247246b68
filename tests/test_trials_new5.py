"""trials_new5's findings (new real passages, tests/fixtures/cases/trials_new5/): each form of
writing a news story or spec sheet uses, with what its figure must be drafted as. The sentences
are written for the test in the passages' forms, not copied from them."""
from __future__ import annotations

import pytest

from dronecalc.intake.extract import extract


def _found(text):
    return {f.written: (f.field, f.role) for f in extract(text).figures if f.field != "airframe"}


@pytest.mark.parametrize("sentence, written, field", [
    # an all-up weight is the take-off mass ("3.18 kg AUW"; "with 20kg all up weight")
    ("- 2.4 kg AUW", "2.4 kg", "takeoff_mass"),
    ("It was an octocopter with 35kg all up weight and a 12S pack.", "35kg", "takeoff_mass"),
    # "a top end of": the top speed
    ("The quadcopter cruises at 40 km/h with a top end of 70 km/h.", "70 km/h", "top_speed"),
    # the voltage a pack is left with at landing is no pack's voltage
    ("- 21.9 volts left after the flight", "21.9 volts", "context"),
    # a ground sampling distance is a resolution, a control range the radio's reach
    ("Capable of mapping 200 acres per flight at 2-inch ground sampling distance (GSD).",
     "2-inch", "context"),
    ("Minimum communication/control range of 7 miles line-of-sight.", "7 miles",
     "radio_range"),
    # a delivery's time is order to door, no flight time
    ("The drones promise delivering parcels to homes in under 30 minutes.", "under 30 minutes",
     "context")])
def test_each_figure_is_drafted_as_the_sentence_means(sentence, written, field):
    assert _found(sentence)[written][0] == field


@pytest.mark.parametrize("sentence, written, field", [
    # ... while the forms near them keep their fields
    ("The quadcopter weighs 4 kg and flies for 30 minutes.", "4 kg", "takeoff_mass"),
    ("It has a 6S pack of 22.2 volts.", "22.2 volts", "battery_voltage"),
    ("The drone can fly 30 minutes and delivers parcels.", "30 minutes", "flight_time"),
    ("The quadcopter has a top speed of 72 km/h.", "72 km/h", "top_speed"),
    ("It has a radio range of 8 km.", "8 km", "radio_range")])
def test_nearby_forms_keep_their_fields(sentence, written, field):
    assert _found(sentence)[written][0] == field


def _texts(text):
    return {f.written: f.text for f in extract(text).figures}


@pytest.mark.parametrize("sentence, written, text", [
    # a spec list's symbol is the figure's bound, never dropped ("> 1hr and 20 minutes" had
    # been drafted as a point '80 min': a claim rewritten)
    ("Time:  > 1hr and 20 minutes", "> 1hr and 20 minutes", "> 80 min"),
    ("Endurance: ≥ 45 minutes per battery", "≥ 45 minutes", "≥ 45 minutes"),
    # "or greater" after a figure is an open bound too
    ("Minimum flight time of 50 minutes or greater per charge.", "50 minutes or greater",
     "50 minutes or greater"),
    # a duration in two hyphenated units is one figure ("four-hour, 40-minute" had been two
    # flight-time claims, 4 h and 40 min)
    ("The four-hour, 40-minute drone flight was a record.", "four-hour, 40-minute", "280 min"),
    ("The 2-hour 30-minute flight ended at dusk.", "2-hour 30-minute", "150 min")])
def test_bounds_and_durations_are_read_whole(sentence, written, text):
    assert _texts(sentence)[written] == text


def test_two_durations_in_a_list_stay_two():
    assert set(_texts("It flew 5 hours, 30 minutes later it landed.")) == {"5 hours",
                                                                          "30 minutes"}


@pytest.mark.parametrize("sentence, text", [
    # an aero engine's model or an internal combustion engine names the power plant (the
    # draft had warned "names a fixed wing but no power plant" with a 100hp Rotax 912 stated)
    ("The fixed-wing drone is powered by a sole 100hp Rotax 912.", "Rotax 912"),
    ("Cameras recorded the sound of a loud internal combustion engine.",
     "internal combustion engine")])
def test_engine_words_name_the_plant(sentence, text):
    from dronecalc.intake.airframes import engine_power
    items = [i for i in extract(sentence).items if i.field == "engine_type"]
    assert [i.text for i in items] == [text] and engine_power(text) == "piston"


@pytest.mark.parametrize("sentence, written, field", [
    # a class's figure: a bare plural with a frequency adverb, or a generic singular
    ("With a few exceptions, battery-electric multicopter drones typically can't fly for "
     "longer than about 30 minutes.", "about 30 minutes", "context"),
    ("The normal battery drone can fly only 10 to 30 minutes.", "10 to 30 minutes", "context"),
    ("The X8 flies 2 hours, while the average drone manages 25 minutes.", "25 minutes",
     "context"),
    # ... while a fleet's own, this machine's adverb, or an apposition stay the machine's
    ("Our drones typically fly for 40 minutes.", "40 minutes", "flight_time"),
    ("The drone can typically fly 30 minutes.", "30 minutes", "flight_time"),
    ("The quadcopter, a typical drone of its class, flies 25 minutes.", "25 minutes",
     "flight_time"),
    ("The X8 flies 2 hours, while the average drone manages 25 minutes.", "2 hours",
     "flight_time")])
def test_a_class_figure_is_context(sentence, written, field):
    assert _found(sentence)[written][0] == field


def test_a_conversion_after_or_is_the_same_figure():
    # "up to 100 kilograms, or 220 pounds" had been two max_payload claims
    figures = extract("The firm is also building a drone that could lift up to 100 kilograms, "
                      "or 220 pounds, which is a lot.").figures
    assert [f.written for f in figures] == ["up to 100 kilograms"]
    assert any("220 pounds" in n for n in figures[0].notes)


@pytest.mark.parametrize("sentence, written", [
    # another figure after "or" stays its own: the same unit, another quantity, no agreement
    ("It weighs 5 kg, or 10 kg with the larger pack.", ["5 kg", "10 kg"]),
    ("It flew 30 minutes, or 2 km.", ["30 minutes", "2 km"]),
    ("It carries 2 kg, or 9 pounds with the winch.", ["2 kg", "9 pounds"])])
def test_an_alternative_after_or_stays_a_figure(sentence, written):
    assert [f.written for f in extract(sentence).figures] == written


def test_a_wings_maximum_take_off_mass_is_a_stated_mass():
    # a fixed wing is flown at its MTOW (docs/case-format.md, max_takeoff_mass): the draft had
    # warned "the article states no mass" beside "650 kilograms maximum take-off weight"
    wing = extract("The fixed-wing drone has a 650 kilograms maximum take-off weight and can "
                   "fly for 27 hours.").warnings
    assert not any("states no mass" in w for w in wing)
    # ... while a multirotor's priors do not use it: the warning stays
    quad = extract("The quadcopter has a maximum take-off weight of 6 kg and flies 30 "
                   "minutes.").warnings
    assert any("states no mass" in w for w in quad)


def _kind(tmp_path, power, extra=""):
    import dronecalc
    path = tmp_path / "case.toml"
    path.write_text('[case]\ntitle = "t"\nsource = "s"\n[figures.A]\nfield = "airframe"\n'
                    'text = "fixed-wing"\nrole = "input"\n[figures.E]\nfield = "engine_power"\n'
                    f'text = "{power}"\nrole = "input"\n' + extra + '[figures.C]\nfield = '
                    '"range"\ntext = "2000 km"\nrole = "claim"\n', encoding="utf-8")
    case = dronecalc.load_case(path)
    return case.kind, [f for f in case.flags if f.problem == "inferred"]


@pytest.mark.parametrize("power", ["50 hp", "100hp", "50-horsepower"])
def test_a_wings_engine_power_in_horsepower_is_a_piston_engine(tmp_path, power):
    # "powered by a 50-horsepower engine" (the Shahed's): a combustion engine's rating; it
    # was refused for a fixed wing ("the case does not say what powers the fixed wing")
    kind, flags = _kind(tmp_path, power)
    assert kind == "fixed-wing-piston"
    assert [f.id for f in flags] == ["E"] and "horsepower" in flags[0].message


@pytest.mark.parametrize("power, extra", [
    ("37 kW", ""),                        # a motor's power too (review 3, finding 2)
    # a stated engine_type decides (a turboprop: no model, refused by name)
    ("1500 hp", "[figures.T]\nfield = \"engine_type\"\ntext = \"turboprop\"\nrole = \"input\"\n"),
    ("50 hp", '[figures.B]\nfield = "battery_energy"\ntext = "500 Wh"\nrole = "input"\n')])
def test_other_engine_powers_name_no_piston(tmp_path, power, extra):
    kind, flags = _kind(tmp_path, power, extra)
    assert kind != "fixed-wing-piston" and not any("horsepower" in f.message for f in flags)


_SPEC = "Title: X spec\nOutlet: M\nURL: https://x/y\nDate: 2026\n\n"


@pytest.mark.parametrize("table, want", [
    # a unit column before the model columns: each model's value takes the row's unit (read
    # the old way, no figure at all was found)
    ("| Parameter | Unit | AG-10 | AG-20 |\n|---|---|---|---|\n| Max takeoff weight | kg | 25 | "
     "45 |\n| Flight time | min | 15 | 12 |\n",
     [("max_takeoff_mass", "25 kg", "input"), ("context", "45 kg", "context"),
      ("flight_time", "15 min", "claim"), ("context", "12 min", "context")]),
    # ... and one machine's unit column, before or after its values
    ("| Item | Value | Unit |\n|---|---|---|\n| Takeoff weight | 6.3 | kg |\n| Flight time | 42 "
     "| min |\n", [("takeoff_mass", "6.3 kg", "input"), ("flight_time", "42 min", "claim")]),
    ("| Item | Unit | Value |\n|---|---|---|\n| Takeoff weight | kg | 6.3 |\n",
     [("takeoff_mass", "6.3 kg", "input")])])
def test_a_unit_column_gives_each_value_its_unit(table, want):
    assert [(f.field, f.text, f.role) for f in extract(_SPEC + table).items] == want


def test_a_table_without_a_unit_column_is_read_as_before():
    draft = extract(_SPEC + "| Spec | X1 | X2 |\n|---|---|---|\n| Weight | 2.5 kg | 4 kg |\n")
    assert [(f.field, f.text) for f in draft.items] == [("takeoff_mass", "2.5 kg"),
                                                        ("context", "4 kg")]


@pytest.mark.parametrize("sentence, written, field", [
    # an earlier machine's figure is no figure of this one
    ("Wing's previous drones could carry up to 2.5lb (1.1kg).", "up to 2.5lb", "context"),
    ("Earlier versions flew for 20 minutes; the new one flies 40 minutes.", "20 minutes",
     "context"),
    ("Its predecessor carried 2 kg.", "2 kg", "context"),
    # ... while a comparison frame or the new machine's own clause keep theirs
    ("Earlier versions flew for 20 minutes; the new one flies 40 minutes.", "40 minutes",
     "flight_time"),
    ("Compared with previous models, the X flies 40 minutes.", "40 minutes", "flight_time"),
    ("Unlike earlier versions, it can fly 40 minutes.", "40 minutes", "flight_time")])
def test_an_earlier_machines_figure_is_context(sentence, written, field):
    assert _found(sentence)[written][0] == field


@pytest.mark.parametrize("sentence, written, field", [
    # a limit the pilot sets is no range claim (heldout3's DJI T40 sheet)
    ("Max flight radius can be set 1500 m", "1500 m", "context"),
    ("The geofence is adjustable to 500 m.", "500 m", "context"),
    # ... while a range stays one
    ("It has a range of 15 km and can be set up in 5 minutes.", "15 km", "range")])
def test_a_settable_limit_is_no_range(sentence, written, field):
    assert _found(sentence)[written][0] == field


@pytest.mark.parametrize("sentence, text", [
    # a multirotor's battery words are its chemistry (the specific-energy prior), where the
    # draft had written "- Li-Ion battery" of a record octocopter as an engine_type
    ("The hexacopter has a Li-Ion battery and flies 40 minutes.", "Li-ion"),
    ("The quadcopter has a lithium-ion battery.", "Li-ion"),
    ("The octocopter uses a lithium polymer battery.", "LiPo")])
def test_a_multirotors_battery_chemistry_is_its_chemistry(sentence, text):
    items = [(i.field, i.text) for i in extract(sentence).items if i.field != "airframe"]
    assert ("chemistry", text) in items and not any(f == "engine_type" for f, _ in items)


def test_a_wings_battery_stays_its_power_plant():
    items = extract("The fixed-wing drone has a Li-ion battery and flies 3 hours.").items
    assert [i.text for i in items if i.field == "engine_type"] == ["Li-ion battery"]


def test_a_load_in_a_participle_after_a_claim_is_its_load():
    # heldout3's bomber: "capable of flying up to 2,000 km, carrying a 250-kg bomb" had drafted
    # the bomb as a capacity claim; the range is flown with it
    got = _found("It's capable of flying up to 1,500 km, carrying a 200-kg bomb, and returning "
                 "to base.")
    assert got["200-kg"] == ("payload_mass", "input") and got["up to 1,500 km"][1] == "claim"
    assert _found("The drone can carry up to 10 kg.")["up to 10 kg"] == ("max_payload", "claim")


def test_a_fuels_conversion_after_its_noun_is_the_same_figure():
    # "2.5+ hours with 1 gallon of gasoline (3.7 liters)" had been two figures
    figures = extract("It flies 2.5+ hours with 1 gallon of gasoline (3.7 liters).").figures
    assert [f.written for f in figures] == ["2.5+ hours", "1 gallon"]
    assert figures[1].field == "fuel_volume" and "3.7 liters" in figures[1].notes[0]


def test_a_count_word_before_the_multirotor_noun_gives_the_rotors():
    # "It was a Hexa multirotor" had been a count-less multirotor (context) and no rotors
    items = [(i.text, i.role) for i in extract("It was a Hexa multirotor with 20kg all up "
                                               "weight.").items if i.field == "airframe"]
    assert items == [("Hexa multirotor", "input")]
    from dronecalc.intake.airframes import resolve
    assert resolve("Hexa multirotor").rotors == 6
