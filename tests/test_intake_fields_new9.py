"""Units and fields a new user's trial on unseen pages found misread (issue 10, trials_new9).

* "speeds of up to 18 meters (59 ft) per second" (New Atlas on DHL's Parcelcopter) was drafted
  as an 18 m range claim, "40 miles (64 km) per hour" as a 40-mile altitude: the bracket split
  the speed's unit; and "depending on wind speeds" after it made the speed a wind's;
* "is capable of travelling 2000 km" (Iran News 24 on the Mohajer-10) was a leg flown, not the
  range it states.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dronecalc.intake.extract import extract, extract_file

TRIALS = Path(__file__).parent / "fixtures" / "cases" / "trials_new9"


def _figures(text):
    return [(f.text, f.field, f.role) for f in extract(text).figures]


# --------------------------------------------------------------------------- bracket rates

def test_a_speed_split_by_its_bracket_is_a_speed():
    text = ("It will cruise at an altitude of 50 meters (164 ft) and speeds of up to 18 meters "
            "(59 ft) per second, depending on wind speeds.")
    (alt, speed) = _figures(text)          # (a multirotor's draft writes a cruise speed as a
    assert alt == ("50 meters", "altitude", "input")                # speed: the kind is unsaid)
    assert speed[0] == "up to 18 meters per second" and speed[1] in ("speed", "cruise_speed")


@pytest.mark.parametrize("text", ["It flies at 40 miles (64 km) per hour.",
                                  "It flies at 40 miles (64 kilometres) an hour."])
def test_miles_an_hour_across_a_bracket(text):
    assert _figures(text) == [("40 miles per hour", "speed", "claim")]


def test_a_bracket_before_a_per_that_is_no_time_changes_nothing():
    assert _figures("The drone flew 12 km (7.5 miles) per charge.") == [
        ("12 km", "distance", "claim")]


def test_a_wind_figure_is_still_the_winds():
    assert _figures("It can withstand winds of 40 km/h.") == [("40 km/h", "context", "context")]
    assert _figures("It flies at 60 km/h, depending on the wind conditions of 30 km/h.")[1][1:] \
        == ("context", "context")


# --------------------------------------------------------------------------- capability

@pytest.mark.parametrize("text", [
    "The minister said that Mohajer 10 drone has a speed of over 200 km/h and is capable of "
    "travelling 2000 km which makes it an exceptional drone.",
    "The drone can travel 2000 km.",
    "It is able to travel 2000 km.",
])
def test_what_it_can_travel_is_its_range(text):
    assert ("2000 km", "range", "claim") in _figures(text)


@pytest.mark.parametrize("text", ["The drone travelled 2000 km last week.",
                                  "It will travel 2000 km to the island."])
def test_a_journey_flown_or_planned_stays_a_distance(text):
    assert _figures(text) == [("2000 km", "distance", "claim")]


# --------------------------------------------------------------------------- its own weight

def test_itself_weighs_is_the_next_figures_only():
    # found probing the Parcelcopter's sentence: the "itself weighs" cue reached past the
    # figure it names and made the payload a second empty mass
    assert _figures("The quadcopter itself weighs under 5 kg and can carry 1.2 kg.") == [
        ("under 5 kg", "empty_mass", "input"), ("1.2 kg", "max_payload", "claim")]
    assert _figures("The Alpha itself tips the scales at 2,700 lb.") == [
        ("2,700 lb", "empty_mass", "input")]
