"""dronecalc extract on the wordings of the trials_new6 passages (tests/fixtures/cases/
trials_new6/, quoted from real pages) and on the same construction in other words: each test
failed before its fix."""
from pathlib import Path

from dronecalc.intake.extract import extract
from dronecalc.intake.figures import parse

PASSAGES = Path(__file__).parent / "fixtures" / "cases" / "trials_new6"


def _figures(text):
    return {f.written: f for f in extract(text).figures}


def _read(text):
    return [(f.written, f.field, f.role) for f in extract(text).figures]


def test_km_per_hour_is_a_speed_not_a_distance():
    # tinuku (AT200): "maximum flying speed of 313 km per hour" was drafted as "313 km", a
    # range claim: a speed claim rewritten into another quantity
    found = _figures((PASSAGES / "at200-tinuku.txt").read_text())
    assert found["313 km per hour"].field == "top_speed"
    assert "313 km" not in found
    assert _read("It cruises at 90 km an hour.")[0][0] == "90 km an hour"
    assert abs(parse("313 km per hour").nominal.to("km/h").magnitude - 313) < 1e-9
    # a distance per charge stays a distance
    assert _read("It flew 313 km per charge.")[0][0] == "313 km"


def test_a_conversion_with_a_second_unit_after_a_slash_is_one_figure():
    # hardocp: "55 knots, or about 63 mph/101 km/h in terms of ground speed" gave two speed
    # claims beside the 55 knots; newatlas: "up to 2 US tons (4,000 lb/1,814 kg)" gave two
    # capacity claims and no "2 US tons" (US tons were no unit)
    found = _figures("Its top speed is 55 knots, or about 63 mph/101 km/h in terms of ground "
                     "speed.")
    assert list(found) == ["55 knots"]
    found = _figures("It can carry payloads of up to 2 US tons (4,000 lb/1,814 kg).")
    assert list(found) == ["up to 2 US tons"]
    assert abs(parse("2 US tons").nominal.to("kg").magnitude - 1814.37) < 0.01
    # a second figure with a condition of its own stays a figure
    assert len(_figures("It flies at 45 mph, or 72 km/h in sport mode.")) == 2


def test_a_spoken_conversion_in_brackets_is_the_same_figure():
    # engx (Sikorsky): "a 10.3ft (three metre) composite wingspan" drafted 10.3ft as context
    # and "three metre" as the wingspan
    found = _figures("The prototype features a 10.3ft (three metre) composite wingspan.")
    assert list(found) == ["10.3ft"] and found["10.3ft"].field == "wingspan"
    assert list(_figures("It has a 3.1 m (ten feet) wingspan.")) == ["3.1 m"]


def test_a_rule_a_class_maximum_and_a_buyers_requirement_are_no_claims_of_a_machine():
    # hardocp: the ultralight rules' "limited to flying under 700 feet" was a range claim and
    # "Maximum speed for ultralights is 55 knots" a top-speed claim; raksha-anirveda: the US
    # Army's "interested in platforms that can fly 500 nautical miles at 20,000 feet" gave a
    # range and a ceiling claim, "meaning drones weighing more than 1,320 pounds" a mass input
    judged = [(w, f.field) for w, f in _figures(
        (PASSAGES / "hexa-hardocp.txt").read_text()).items() if f.role != "context"]
    assert judged == [("18-rotor", "rotors"), ("about 10-15 minutes", "flight_time")]
    found = _figures((PASSAGES / "army-raksha.txt").read_text())
    assert all(f.role == "context" for f in found.values())
    assert _read("Operators are restricted to operating below 120 m.")[0][2] == "context"
    assert _read("The Navy seeks drones that can carry 5 kg.")[0][2] == "context"
    # the machine's own figures stay: a fleet's maximum, its own limit, a maker's machine
    assert _read("The maximum speed of its drones is 80 km/h.")[0][2] == "claim"
    assert _read("The drone is limited to 120 km/h by its firmware.")[0][2] == "claim"
    found = _figures("The Army wants drones that can fly 500 km. The X-1 can fly 600 km.")
    assert (found["500 km"].role, found["600 km"].role) == ("context", "claim")
