"""A hover-time claim is made with the load its clause names: "can hover for 35 minutes with a
2 kg camera" drafted the claim with no payload, and `check` judged it without one (consistent,
14.9-42.3 min); with the 2 kg it needs checking (10.4-33.9 min, seed 0)."""
from dronecalc.intake.extract import extract


def _claims(text):
    return [f for f in extract(text).figures if f.role == "claim" and f.field == "flight_time"]


def test_a_hover_claim_takes_the_load_of_its_clause():
    (hover,) = _claims("The hexacopter can hover for 35 minutes with a 2 kg camera.")
    assert hover.mode == "hover" and hover.payload == "2 kg"


def test_a_maximum_payload_is_still_no_hover_load():
    (hover,) = _claims("Max hover time: 30 min. Max payload: 2 kg.")
    assert hover.payload is None and hover.with_payload is None


def test_without_payload_stays_without():
    first, second = _claims("It hovers for 30 minutes without payload and 18 minutes with a "
                            "3 kg load.")
    assert first.with_payload is False and first.payload is None
    assert second.payload == "3 kg"
