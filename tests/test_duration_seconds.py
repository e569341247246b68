"""A duration in minutes then seconds is one figure, and "a mere/full/single" keeps its one
(specs14's held-out octocopter passage "lasted a mere minute and 30 seconds" had been drafted
as a 30-second flight-time claim, and "1 minute and 30 seconds" as two claims)."""
import pytest

from dronecalc.intake.extract import extract
from dronecalc.intake.figures import parse


def _read(text):
    return [(f.written, f.field, f.role) for f in extract(text).figures]


@pytest.mark.parametrize("text, seconds", [
    ("The flight lasted a mere minute and 30 seconds.", 90),
    ("Another flight took 1 minute and 30 seconds.", 90),
    ("It hovered for 2 min 15 s.", 135),
    ("The record hover was 3 minutes and 20.5 seconds.", 200.5),
])
def test_minutes_then_seconds_is_one_flight_time(text, seconds):
    times = [f for f in extract(text).figures if f.field == "flight_time"]
    assert len(times) == 1, text
    assert parse(times[0].text).low.m_as("s") == pytest.approx(seconds)


def test_minutes_alone_and_hours_then_minutes_are_unchanged():
    (time,) = [f for f in extract("It flies for 25 minutes.").figures]
    assert parse(time.text).low.m_as("min") == pytest.approx(25)
    (time,) = [f for f in extract("It stayed aloft for an hour and 20 minutes.").figures]
    assert parse(time.text).low.m_as("min") == pytest.approx(80)
    # minutes then a count of something else is no duration
    figs = _read("It flies for 10 minutes and 2 spare batteries are supplied.")
    assert [w for w, field, _ in figs if field == "flight_time"] == ["10 minutes"]


@pytest.mark.parametrize("text, hours", [("It flew for a full hour.", 1.0),
                                         ("The drone flies a whole hour on one pack.", 1.0)])
def test_an_adjective_of_amount_keeps_the_one(text, hours):
    (time,) = [f for f in extract(text).figures if f.field == "flight_time"]
    assert parse(time.text).low.m_as("h") == pytest.approx(hours)
