"""Review 14's findings on the day's intake rules, each both ways: a reserve only where the
source says one, classes that are not makes, days only after a verb of staying up, a load's
distance only in a distance unit, a plan's product, a prototype that is the machine, an EU
speed limit that ends its clause, a bracket in another unit, a charge time no flight."""
import pytest

from dronecalc.intake.extract import extract


def _figs(text):
    return [(f.field, f.text, f.role) for f in extract(text).figures]


def _claims(text, field):
    return [f for f in extract(text).figures if f.field == field and f.role == "claim"]


@pytest.mark.parametrize("text", [
    "It flies for 40 minutes, and fast charging brings it to 80% charge in 25 minutes.",
    "It flies 40 minutes and charges to 90% capacity in half an hour.",
    "It flies 40 minutes with 50% battery capacity retained after 500 cycles.",
])
def test_a_charge_or_ageing_share_is_no_reserve(text):
    (time,) = _claims(text, "flight_time")
    assert time.text == "40 minutes" and time.reserve is None


@pytest.mark.parametrize("text, reserve", [
    ("It flies 30 minutes with a 20% reserve.", "20 %"),
    ("It flies 30 minutes, landing with 15% left.", "15 %"),
    ("Flight time is 40 min (no wind, 25 km/h, to 10% battery).", "10 %"),
])
def test_a_reserve_said_as_one_is_kept(text, reserve):
    (time,) = _claims(text, "flight_time")
    assert time.reserve == reserve


@pytest.mark.parametrize("text", [
    "MALE drones typically stay aloft for 24 hours.",
    "Analysts say ISR drones typically fly 10 hours.",
    "Officials said German drones typically fly 30 km.",
    "Heavy-Lift Drones typically carry 20 kg.",
    "Comparable drones flying at 20,000 feet boast about 5 to 8 hours.",
])
def test_a_class_in_capitals_or_a_yardstick_is_context(text):
    assert all(role == "context" for _, _, role in _figs(text)), _figs(text)


@pytest.mark.parametrize("text", ["Zipline drones typically fly 80 km.",
                                  "EHang drones typically fly 30 minutes."])
def test_a_known_or_camel_case_make_is_its_own_claim(text):
    assert any(role == "claim" for _, _, role in _figs(text))


@pytest.mark.parametrize("text", [
    "Endurance trials took two weeks at the range in Arizona.",
    "The airborne tests spanned three weeks at Yuma.",
    "The airborne warning drones will be delivered in two weeks.",
])
def test_days_after_a_flight_word_but_no_verb_of_staying_up_stay_context(text):
    assert _claims(text, "flight_time") == []


@pytest.mark.parametrize("text", [
    "The 60 kg octocopter lifted 200 kg to 10 m during the record test.",
    "The drone can lift 10 kg up to 30 m high.",
])
def test_a_height_after_a_load_is_no_distance(text):
    fields = [f for f, _, _ in _figs(text)]
    assert "distance" not in fields and "range" not in fields
    assert "max_payload" in fields


@pytest.mark.parametrize("text", [
    "The firm will eventually offer a bigger model, whose range is 100 km.",
    "In the future the company plans a cargo version, which carries 5 kg.",
])
def test_a_relative_clause_of_a_planned_product_is_context(text):
    assert all(role == "context" for _, _, role in _figs(text)), _figs(text)


def test_a_relative_clause_of_the_machine_stays_its_claim():
    assert _claims("The company plans to use the drone, which can fly 30 km.", "range")


@pytest.mark.parametrize("text, field", [
    ("The drone carried a 2 kg prototype sensor 10 km.", "payload_mass"),
    ("The quadcopter dropped a 2 kg (4.4 lb) drone-launched bomb.", "payload_mass"),
    ("The 80 kg (176.4 lb) prototype uses 16 propellers to push itself aloft.", "takeoff_mass"),
])
def test_a_prototype_or_drone_word_is_the_machine_only_when_it_is(text, field):
    masses = [f for f, t, _ in _figs(text) if "kg" in t]
    assert masses[:1] == [field]


@pytest.mark.parametrize("text", [
    "The drone cruises at 60 km/h in EU airspace trials and 80 km/h elsewhere.",
    "The drone flew at 120 km/h in the European Union's longest BVLOS test.",
])
def test_a_flight_in_the_eu_is_still_a_flight(text):
    assert [f for f, _, role in _figs(text) if role == "claim"][:1] in (["cruise_speed"],
                                                                       ["speed"])


@pytest.mark.parametrize("text, kept", [("The drone has a range of 100 km (62.5 miles).", "100 km"),
                                        ("The drone weighs 15 kg (33.3 lb).", "15 kg"),
                                        ("It flew for > 1hr and 20 minutes (81.43 minutes).",
                                         "81.43 minutes")])
def test_a_bracket_in_another_unit_is_a_conversion(text, kept):
    assert _figs(text)[0][1] == kept


def test_a_charge_time_makes_no_area_time_a_work_rate():
    (time,) = _claims("It covers 10 hectares in 20 minutes and recharges in 30 minutes.",
                      "flight_time")
    assert time.text == "20 minutes"


def test_on_four_rotors_is_a_count_not_a_rotor_size():
    figs = _figs("The DJI quadcopter weighs 2 kg and flies 30 km on four rotors.")
    assert ("range", "30 km", "claim") in figs
    assert _figs("It has four 15-inch propellers.")[-1][:2] == ("rotor_diameter", "15-inch")
