"""An averaging word is a figure's only when no other figure stands between them, and the
draft's note says whose typical figure it is by the figure's field (review of 2026-12-06):
"flies at an average altitude of 120 m for 30 minutes" had made the 30 minutes an average
flight time (the kinematics and cross-checks then treat it as no one flight's), and "typically
carries 3 kg on its deliveries" was noted as "the typical machine's" because it is an input."""
from __future__ import annotations

import pytest

from dronecalc.intake.extract import extract
from dronecalc.intake.vague import typical_words


def _notes(text: str) -> dict[str, str]:
    return {f.written: " ".join(f.notes) for f in extract(text).figures}


@pytest.mark.parametrize("quote, text", [
    ("The drone flies at an average altitude of 120 m for 30 minutes.", "30 minutes"),
    ("Its average speed is 40 km/h over 25 km.", "25 km"),
])
def test_a_figure_between_keeps_the_word_from_the_next(quote, text):
    assert typical_words(text, quote) is None


@pytest.mark.parametrize("quote, text, word", [
    ("The drone flies at an average altitude of 120 m for 30 minutes.", "120 m", "average"),
    ("Deliveries take on average 3 minutes.", "3 minutes", "on average"),
    ("It typically flies 20-25 minutes.", "20-25 minutes", "typically"),
    ("The average flight time is about three minutes.", "about three minutes", "average"),
])
def test_the_word_right_before_its_figure_is_read(quote, text, word):
    assert typical_words(text, quote) == word


def test_the_draft_notes_only_the_averaged_figure():
    notes = _notes("The drone flies at an average altitude of 120 m for 30 minutes.")
    assert "average or typical" in notes["120 m"]
    assert "average or typical" not in notes["30 minutes"]


@pytest.mark.parametrize("text, written, whose", [
    ("The quadcopter typically carries 3 kg on its deliveries.", "3 kg", "flight"),
    ("The drone flies at an average altitude of 120 m.", "120 m", "flight"),
    ("The hexacopter typically weighs 9 kg.", "9 kg", "machine"),
    ("Typical Standard Empty weight: 10.86 kg", "10.86 kg", "machine"),
    ("The quadcopter flies on average 25 minutes per charge.", "25 minutes", "flight"),
])
def test_whose_typical_figure_follows_the_field(text, written, whose):
    assert f"the typical {whose}'s" in _notes(text)[written]


def test_a_word_right_after_a_figure_is_that_figures():
    quote = "The drone flies for 90 minutes on average, carrying 2 kg at 80 km/h."
    assert typical_words("2 kg", quote) is None
    notes = _notes(quote)
    assert "'on average': an average" in notes["90 minutes"]
    assert "average or typical" not in notes["2 kg"]
