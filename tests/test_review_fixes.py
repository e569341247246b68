"""Bugs a reviewer verified in this round's work, each pinned by behaviour."""
from __future__ import annotations

import pytest

from dronecalc.intake.extract import extract


def _figures(text: str) -> list:
    return [i for i in extract(text).items if i.kind == "figure"]


@pytest.mark.parametrize("text, speed", [
    ("It flies for 30 minutes at 10 m/s wind speed.", "10 m/s"),
    ("It flies 30 minutes at 12 m/s headwind resistance.", "12 m/s"),
    ("It flies 30 minutes at 12 m/s of crosswind.", "12 m/s"),
])
def test_a_wind_speed_is_no_claims_flight_speed(text, speed):
    time, wind = _figures(text)
    assert time.field == "flight_time" and time.at_speed is None
    assert wind.text == speed and wind.field == "context"


@pytest.mark.parametrize("text", [
    "Flight time 30 minutes at 14 m/s without wind.",
    "It flies 30 minutes at 14 m/s in no wind.",
    "It flies for 30 minutes at 10 m/s in winds of 5 m/s.",
])
def test_the_flight_speed_beside_wind_words_stays_linked(text):
    time = _figures(text)[0]
    assert time.field == "flight_time" and time.at_speed in ("14 m/s", "10 m/s")
