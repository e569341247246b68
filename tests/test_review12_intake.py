"""Review 12's intake findings (G4-G12): the rules narrowed after review 11 must not misread
sentences they were not written for. Each sentence is the review's own input."""
from __future__ import annotations

import pytest

from dronecalc.intake.extract import extract


def _fig(text: str, written: str):
    found = [f for f in extract(text).figures if written in f.written or written in f.text]
    assert found, (written, [(f.text, f.field, f.role) for f in extract(text).figures])
    return found[0]


# G5: a dive cue in the figure's own clause, whatever qualifier stands between
@pytest.mark.parametrize("sentence, written", [
    ("The quadcopter has a dive speed of roughly 250 km/h.", "250 km/h"),
    ("The drone has a dive speed of approximately 250 km/h.", "250 km/h"),
    ("Its dive speed is estimated at 250 km/h.", "250 km/h"),
    ("The drone's dive speed: 250 km/h.", "250 km/h"),
    ("The quadcopter dives at speeds of up to 250 km/h.", "250 km/h"),
    ("The quadcopter dives at almost 250 km/h.", "250 km/h"),
    ("The quadcopter's top speed is 120 km/h; in a dive it reaches 200 km/h.", "200 km/h"),
    ("The FPV quadcopter, in a diving attack at 150 km/h, hit the tank.", "150 km/h"),
    ("When diving, the quadcopter reaches 200 km/h.", "200 km/h"),
    ("It has a dive speed of 200 km/h.", "200 km/h"),
])
def test_dive_speed_in_its_own_clause(sentence, written):
    assert _fig(sentence, written).field == "dive_speed"


@pytest.mark.parametrize("sentence, written", [
    ("Designed to dive on armour, the quadcopter flies at up to 120 km/h.", "120 km/h"),
    ("The quadcopter was filmed diving; it flew at 90 km/h.", "90 km/h"),
    ("The drone dives at 300 km/h, and flies level at 120 km/h.", "120 km/h"),
    ("The quadcopter's top speed is 120 km/h; in a dive it reaches 200 km/h.", "120 km/h"),
])
def test_level_speed_next_to_a_dive_word(sentence, written):
    assert _fig(sentence, written).field in ("speed", "top_speed")
