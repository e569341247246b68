"""A maker's flight time is measured at a stated speed to a stated share left: "46 minutes
(measured while flying at 32.4 kph in a windless environment until 0% battery)", or on the
spec sheet's next line ("Measured in a controlled test environment. ... flying at a constant
speed of 32.4 kph ... from 100% battery level until 0%", DJI's Mavic 3 Classic sheet in
specs_heldout). The speed was drafted as a speed claim of its own and the claim judged at the
best-endurance speed; the share left was not drafted."""
import pathlib

import pytest

from dronecalc.intake.extract import extract
from dronecalc.intake.figures import parse

SPECS = pathlib.Path(__file__).parent / "fixtures" / "cases" / "specs_heldout"


def _times(text):
    return [f for f in extract(text).figures if f.field == "flight_time"]


@pytest.mark.parametrize("text, speed, reserve", [
    ("Max Flight Time: 46 minutes (measured while flying at 32.4 kph in a windless environment "
     "until 0% battery)", "32.4 kph", "0 %"),
    ("Max flight time: 55 minutes (without payload, at 8 m/s)", "8 m/s", None),
    ("Flight time is 40 min (no wind, 25 km/h, to 10% battery).", "25 km/h", "10 %"),
    ("It flies 30 minutes with a 20% reserve.", None, "20 %"),
])
def test_a_measurement_note_gives_the_claims_speed_and_reserve(text, speed, reserve):
    (time,) = _times(text)
    assert (time.at_speed, time.reserve) == (speed, reserve)
    assert not [f for f in extract(text).figures if f.field in ("speed", "top_speed")]


def test_the_spec_sheets_note_on_the_next_line():
    text = (SPECS / "mavic3-classic-dronespec.txt").read_text()
    (time,) = _times(text)
    assert parse(time.at_speed).low.m_as("km/h") == pytest.approx(32.4)
    assert time.reserve == "0 %"


@pytest.mark.parametrize("text", [
    "It flies 30 minutes, and its battery is 90% recyclable.",
    "The drone flies 40 minutes and its top speed is 60 km/h (with 15% battery left).",
])
def test_a_share_that_is_not_the_claims_stays_off_it(text):
    (time,) = _times(text)
    assert time.reserve is None


def test_a_hover_time_takes_no_speed_but_its_reserve():
    (time,) = _times("Max Hover Time: 40 minutes (measured in a windless environment until 0% "
                     "battery)")
    assert time.mode == "hover" and time.at_speed is None and time.reserve == "0 %"
