"""Drafting slips found by running ``dronecalc extract`` on public passages it had never seen
(docs/validation.md, *Unseen passages*, 2026-12-06). Each test drafts a short sentence written
for it (not the source's text) and asserts what the draft must hold."""
import pytest

from dronecalc.intake.extract import extract


def _by_written(draft):
    return {i.written: i for i in draft.items if i.kind == "figure"}


# -- a bracket in a unit of another dimension (or none pint knows) names a variant, not a
#    conversion: "1645 g (4T)" had been noted "also written as (4 T), read as the same figure"
@pytest.mark.parametrize("sentence, written", [
    ("The quadcopter weighs 1645 g (4T) with its battery.", "1645 g"),
    ("The quadcopter weighs 1665 g (4N) with its battery.", "1665 g"),
    ("The hexacopter weighs 6.3 kg (V2) ready to fly.", "6.3 kg"),
])
def test_a_variant_in_brackets_is_no_conversion(sentence, written):
    f = _by_written(extract(sentence))[written]
    assert not any("read as the same figure" in n for n in f.notes), f.notes
    assert f.field == "takeoff_mass", (f.field, f.cues)


@pytest.mark.parametrize("sentence, written, also", [
    ("The quadcopter weighs 1.2 kg (2.6 lb).", "1.2 kg", "2.6 lb"),
    ("Its engine gives 50 hp (37 kW).", "50 hp", "37 kW"),
])
def test_a_conversion_in_brackets_is_still_one(sentence, written, also):
    f = _by_written(extract(sentence))[written]
    assert any(f"also written as ({also}), read as the same figure" in n for n in f.notes), f.notes


# -- a name's number before a figure is no thousands group when the bracket says so: "Arriel 1
#    730hp (545kW)" had been read as 1,730 hp, the bracket "read as the same figure"
def test_a_name_number_before_a_converted_figure_is_not_joined():
    f = _by_written(extract("The helicopter drone has a Safran Arriel 1 730hp (545kW) "
                            "turboshaft engine."))
    assert "730hp" in f and f["730hp"].field == "engine_power", {w: i.text for w, i in f.items()}


@pytest.mark.parametrize("sentence, text", [
    ("The drone flew 1 200 km (746 miles) in one go.", "1200 km"),
    ("The wing has a 1 730hp engine.", "1730hp"),
])
def test_spaced_groups_without_contrary_evidence_stay_joined(sentence, text):
    assert text in [i.text for i in extract(sentence).items if i.kind == "figure"]


# -- operating for a duration is flying for it: "can operate for up to 30 minutes ... before
#    needing to recharge" had been context (the "before" of a schedule)
@pytest.mark.parametrize("sentence, written", [
    ("The hexacopter can operate for up to 40 minutes before it needs a new battery.",
     "up to 40 minutes"),
    ("Each quadcopter operates for 25 min while carrying a 2 kg parcel before returning.",
     "25 min"),
])
def test_operating_for_a_time_is_a_flight_time(sentence, written):
    f = _by_written(extract(sentence))[written]
    assert (f.field, f.role) == ("flight_time", "claim"), (f.field, f.role, f.cues)


def test_an_operating_time_without_for_is_unchanged():
    f = _by_written(extract("The crew operated the drone 3 hours before the storm."))["3 hours"]
    assert f.field == "context", (f.field, f.cues)


# -- a time to fly goods to their recipient is a delivery promise, order to door, no flight
#    time: "to fly packages to customers in 30 minutes or less" had been a flight-time claim
@pytest.mark.parametrize("sentence, written", [
    ("The chain plans to fly orders to shoppers in 20 minutes or less.", "20 minutes or less"),
    ("Its drones will fly medicines to patients in under 15 minutes.", "under 15 minutes"),
])
def test_flying_goods_to_recipients_in_a_time_is_context(sentence, written):
    f = _by_written(extract(sentence))[written]
    assert f.role == "context", (f.field, f.role, f.cues)


def test_a_leg_flown_to_a_recipient_is_still_a_flight():
    f = _by_written(extract("The drone flew the parcel 9 km to the clinic in 11 minutes."))
    assert f["11 minutes"].role == "claim", (f["11 minutes"].field, f["11 minutes"].cues)


# -- a mass in pounds and ounces is one figure, read as its total in pounds: "four pounds and
#    six ounces" had been two figures, the ounces a stray context
@pytest.mark.parametrize("sentence, written, text", [
    ("The quadcopter weighs 3 lb 4 oz with its battery.", "3 lb 4 oz", "3.25 lb"),
    ("The hexacopter weighs two pounds and eight ounces.", "two pounds and eight ounces",
     "2.5 lb"),
])
def test_pounds_and_ounces_are_one_figure(sentence, written, text):
    figures = [i for i in extract(sentence).items if i.kind == "figure"]
    assert [(i.written, i.text) for i in figures] == [(written, text)], [
        (i.written, i.text) for i in figures]


def test_ounces_past_a_pound_are_not_joined():
    figures = [i.written for i in extract("It weighs 2 lb 20 oz.").items if i.kind == "figure"]
    assert "2 lb 20 oz" not in figures, figures


# -- a parcel's weight with its contents between is the load's, not the drone's take-off mass
@pytest.mark.parametrize("sentence, written", [
    ("Guards found a package of tobacco, phones and chargers weighing 1.8 kg.", "1.8 kg"),
    ("A bag of cannabis weighing 900 g fell from the quadcopter.", "900 g"),
])
def test_a_parcel_of_goods_weighing_is_the_payload(sentence, written):
    f = _by_written(extract(sentence))[written]
    assert f.field == "payload_mass", (f.field, f.cues)


@pytest.mark.parametrize("sentence, written", [
    ("The drone, carrying a bag of cash, weighs 4 kg.", "4 kg"),
    ("A bundle of quadcopters weighing 3 kg each was seized.", "3 kg"),
])
def test_the_machine_weighing_is_still_its_mass(sentence, written):
    f = _by_written(extract(sentence))[written]
    assert f.field == "takeoff_mass", (f.field, f.cues)


# -- an ingress-protection rating is no drone type: "IP43, IP55" had been listed as two
#    machines, each figure attributed to one of them
@pytest.mark.parametrize("sentence", [
    "| Protection Rating | IP43 | IP55 |",
    "The hexacopter is rated IP54 and weighs 6.2 kg.",
    "The quadcopter is IPX4 rated and flies 40 minutes.",
])
def test_a_protection_rating_names_no_drone(sentence):
    assert extract(sentence).drones == [], extract(sentence).drones


def test_a_designation_is_still_a_drone_type():
    assert extract("The MQ-9 flies 27 hours.").drones == ["MQ-9"]


# -- "On a full payload, it can fly ..." flies the stated payload: the HYBRiX's two hours "on a
#    full payload" had been drafted with no load
def test_on_a_full_payload_flies_the_stated_payload():
    d = extract("The hexacopter weighs 25 kg and features a payload of 10 kg. On a full "
                "payload, the hexacopter can fly for 40 minutes.")
    f = _by_written(d)["40 minutes"]
    assert f.with_payload is True and f.payload is None, (f.payload, f.with_payload, f.notes)


def test_on_a_full_payload_takes_a_stated_maximum_payload():
    d = extract("The quadcopter can carry up to 5 kg. On a full payload, it flies 20 minutes.")
    assert _by_written(d)["20 minutes"].payload == "5 kg"
