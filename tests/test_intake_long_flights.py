"""Record flights are told in days and by when they landed: "held in the air a little more than
five days", "landed on 23 October, after a total of slightly more than 121 hours" (the Vanilla
VA001, rusreality.com 2017-10-27) drafted both as context and the claims vanished; "carried out
new tests" made the flight one "stated with payload". Days stay context in dates and schedules."""
import pytest

from dronecalc.intake.extract import extract
from dronecalc.intake.figures import parse


def _times(text):
    return [f for f in extract(text).figures if f.field == "flight_time"]


@pytest.mark.parametrize("text, hours", [
    ("The VA001 held in the air a little more than five days.", 120),
    ("The Zephyr 8 stayed aloft for 64 days.", 64 * 24),
    ("The drone flew non-stop for 3 days.", 72),
    ("It took off on October 18 and landed on 23 October, after a total of slightly more than "
     "121 hours.", 121),
    ("The quadcopter landed after 25 minutes in the air.", 25 / 60),
])
def test_a_long_or_landed_flight_is_a_flight_time_claim(text, hours):
    (time,) = _times(text)
    assert time.role == "claim"
    assert parse(time.text).low.m_as("h") == pytest.approx(hours)


@pytest.mark.parametrize("text", [
    "The drone is tested every 3 days.",
    "The trials lasted two weeks.",
    "Five days later the drone was shown to the press.",
    "Police arrived after 20 minutes, and the drone landed.",
])
def test_days_in_dates_and_schedules_stay_context(text):
    assert _times(text) == []


def test_carried_out_is_no_load():
    (time,) = _times("The company carried out tests in which the drone stayed aloft for 26 hours.")
    assert time.with_payload is None
    (time,) = _times("The drone stayed aloft for 26 hours, carrying out a survey.")
    assert time.with_payload is None
    (time,) = _times("The drone stayed aloft for 26 hours while carrying a camera.")
    assert time.with_payload is True


def test_days_restated_in_hours_are_one_flight():
    (time,) = _times("The Zephyr stayed aloft for 64 days (1,536 hours).")
    assert time.text == "64 days" and "1,536 hours" in " ".join(time.notes)
