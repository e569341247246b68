"""Review 7's intake findings on the restated-figure passes (intake/restated.py): a class of
machines in a superlative or a comparison frame is not the figure's subject; a headline claim
the body restates only as an input stays the claim; a machine's own mass in a sentence with a
rule word is its mass; a load heading separated from its table by a blank line still heads it.
Plus a machine's "weighs" outweighing an earlier "with the" (lead's trial)."""
from __future__ import annotations

import pytest

from dronecalc.intake.extract import extract


def _found(text):
    return {f.written: (f.field, f.role) for f in extract(text).figures if f.field != "airframe"}


@pytest.mark.parametrize("sentence, written, field", [
    ("The Bayraktar TB2, one of the most successful military drones of the war, can stay "
     "aloft for 27 hours.", "27 hours", "flight_time"),
    ("Unlike most multicopters, Skyfront's Perimeter 8 can fly for 5 hours.", "5 hours",
     "flight_time"),
    ("The Zipline P2, like many delivery drones, carries 3.6 kg.", "3.6 kg", "payload_mass"),
    ("The DJI Agras T50 is one of the most popular agricultural drones and can carry 40 kg.",
     "40 kg", "max_payload"),
    ("The new interceptor, among the most advanced drones in Ukraine's arsenal, can reach "
     "300 km/h.", "300 km/h", "top_speed")])
def test_a_superlative_or_comparison_frame_names_no_class(sentence, written, field):
    assert _found(sentence)[written][0] == field


@pytest.mark.parametrize("sentence, written", [
    ("Compared with most quadcopters, which manage 20 minutes, the Skydio X10 flies for 40 "
     "minutes.", "20 minutes"),
    ("While most consumer drones can fly only 25 minutes, the new quadcopter stays aloft for 2 "
     "hours.", "25 minutes")])
def test_a_class_figure_stays_the_classs(sentence, written):
    assert _found(sentence)[written] == ("context", "context")


@pytest.mark.parametrize("sentence, written", [
    ("The DJI Agras T50, which needs a Part 107 waiver to operate, is an aircraft weighing 92 kg "
     "with a full tank.", "92 kg"),
    ("The regulator has certified the quadcopter, an aircraft with a take-off mass of 25 kg, for "
     "deliveries beyond visual line of sight.", "25 kg"),
    ("Under FAA rules the company's drones weighing 24.9 kg can now fly beyond visual line of "
     "sight; the quadcopter can fly for 35 minutes.", "24.9 kg"),
    ("The quadcopter, registered with the CAA, weighs 4 kg.", "4 kg")])
def test_the_machines_own_mass_beside_a_rule_word_is_its_mass(sentence, written):
    assert _found(sentence)[written] == ("takeoff_mass", "input")


def test_a_rule_threshold_is_still_context():
    found = _found("Drones weighing over 250 g must be registered with the FAA. The quadcopter "
                   "weighs 895 g and flies for 46 minutes.")
    assert found["over 250 g"] == ("context", "context")
    assert found["895 g"] == ("takeoff_mass", "input")


HEADLINE = """Title: New quadcopter can carry 20 kg
Outlet: T
URL: https://example.com/h
Date: 2026-11-01

New quadcopter can carry 20 kg

The 45 kg quadcopter has been tested with a 20 kg payload and flew for 25 minutes.
"""


def test_a_headline_claim_the_body_restates_as_an_input_stays_a_claim():
    roles = [(f.field, f.role) for f in extract(HEADLINE).figures if f.written == "20 kg"]
    assert ("max_payload", "claim") in roles


BLOCKS = """Title: Specs
Outlet: M
URL: https://example.com/s
Date: 2026-11-01

The X quadcopter weighs 12 kg and has a maximum payload of 5 kg.

Flight performance with maximum payload:

| Flight time | 25 min |
| Range | 12 km |

Without payload:

| Flight time | 45 min |
"""


def test_a_load_heading_before_a_blank_line_heads_its_table():
    figs = {f.written: f for f in extract(BLOCKS).figures}
    assert figs["25 min"].payload is not None and figs["12 km"].payload is not None
    assert figs["45 min"].with_payload is False


def test_a_flight_limit_is_no_distance_flown():
    """Review 7 (minor): 'a 500 m flight limit' became a distance claim with the trip-noun rule."""
    assert _found("The drone has a 500 m flight limit near airports.")["500 m"][0] != "distance"


@pytest.mark.parametrize("sentence, written, field", [
    ("From landing with a depleted spray tank we can be back in the air, all loaded up again "
     "in just over a minute.", "just over a minute", "context"),
    ("The battery can be swapped in 2 minutes, and the drone flies for 25 minutes.",
     "2 minutes", "context"),
    ("It flies 20 minutes per battery and recharges in 60 minutes.", "60 minutes", "context"),
    ("The battery can be swapped in 2 minutes, and the drone flies for 25 minutes.",
     "25 minutes", "flight_time"),
    ("The battery lasts 25 minutes before it needs a recharge.", "25 minutes", "flight_time"),
    ("On a single charge it flies 30 minutes.", "30 minutes", "flight_time")])
def test_a_turnaround_between_flights_is_no_flight_time(sentence, written, field):
    """Lead's trial on a spray-drone operator's FAQ (dronecommander.com.au): "back in the air,
    all loaded up again in just over a minute" was drafted as a one-minute flight-time claim."""
    assert _found(sentence)[written][0] == field
