"""dronecalc extract on the wordings of the trials_new4 passages (tests/fixtures/cases/
trials_new4/, quoted from real articles) and on the same construction in other words: each
test failed before its fix."""
from pathlib import Path

from dronecalc.intake.extract import extract

PASSAGES = Path(__file__).parent / "fixtures" / "cases" / "trials_new4"


def _figures(text):
    return {f.written: f for f in extract(text).figures}


def _leg(found, dist, time):
    d, t = found[dist], found[time]
    return d.field, t.field, d.role, [r.written for r in t.refers_to]


def test_a_length_sizing_a_trip_noun_is_the_distance_of_the_leg_its_time_was_flown_in():
    # dronenewswire: "The 15-km flight took just over ten minutes" drafted 15-km as context
    # and the time as a lone flight-time claim; "flew 15 km in ten minutes" was already a leg
    text = (PASSAGES / "delivery-dronenewswire.txt").read_text()
    leg = ("distance", "flight_time", "claim")
    assert _leg(_figures(text), "15-km", "just over ten minutes") == (*leg, ["15-km"])
    assert _leg(_figures("A 20-mile trip lasting 25 minutes was flown."), "20-mile",
                "25 minutes") == (*leg, ["20-mile"])
    assert _leg(_figures("The drone made a 15-km flight in just over ten minutes."), "15-km",
                "just over ten minutes") == (*leg, ["15-km"])
    assert _leg(_figures("The drone flew 15 km in ten minutes."), "15 km",
                "ten minutes") == (*leg, ["15 km"])
    # no trip noun, no leg: a range and a time are not one flight
    found = _figures("Its range is 15 km; the charge took ten minutes.")
    assert found["ten minutes"].refers_to == []
