"""Review 8's findings on the last intake fixes (and two the lead found checking them): each
sentence a news story or spec sheet writes, with what its figure must be drafted as."""
from __future__ import annotations

import pytest

from dronecalc.intake.extract import extract


def _found(text):
    return {f.written: (f.field, f.role) for f in extract(text).figures if f.field != "airframe"}


@pytest.mark.parametrize("sentence, written, field", [
    # a rule's class is no machine ("for drones", "the heavier drones")
    ("Under the CAA's rules for drones weighing 25 kg, an operator needs a licence.", "25 kg",
     "context"),
    ("The new licence applies to the heavier drones weighing 25 kg.", "25 kg", "context"),
    # ... while one machine's or a fleet's own mass beside a rule word stays its mass
    ("Under FAA rules the company's drones weighing 24.9 kg can now fly beyond visual line of "
     "sight; the quadcopter can fly for 35 minutes.", "24.9 kg", "takeoff_mass"),
    # a payload's relative clause is the payload's
    ("The hexacopter flies for 40 minutes with the payload pod, which weighs 3 kg.", "3 kg",
     "payload_mass"),
    # a class's figure with "of" or a reporting clause is still the class's
    ("The flight time of most consumer quadcopters is about 25 minutes.", "about 25 minutes",
     "context"),
    ("Most delivery drones, Wing says, fly about 10 km per trip.", "about 10 km", "context"),
    # a charging time, a screen size
    ("The DJI Mavic 3 charges in 96 minutes.", "96 minutes", "context"),
    ("The pilot watched a 5-inch FPV monitor while flying a DJI Avata.", "5-inch", "context"),
    ("The 7-inch FPV drone carried 1.5 kg.", "7-inch", "rotor_diameter")])
def test_each_figure_is_drafted_as_the_sentence_means(sentence, written, field):
    assert _found(sentence)[written][0] == field


def test_a_drone_before_charges_or_its_launcher_keeps_its_name():
    assert "DJI Mavic 3" in extract("The DJI Mavic 3 charges in 96 minutes.").drones
    assert any("Switchblade" in d for d in extract(
        "The Switchblade 600 launcher weighs 54 kg and the drone flies 40 minutes.").drones)


def test_certification_columns_are_no_models():
    draft = extract("Title: Mavic\nOutlet: M\nURL: https://x/y\nDate: 2026\n\nDJI Mavic 3 specs"
                    "\n\n| Spec | FCC | CE |\n|---|---|---|\n| Transmission range | 15 km | 8 km |"
                    "\n| Weight | 895 g | 895 g |\n")
    assert draft.drones == ["DJI Mavic 3"]
    assert not any("FCC" in w for w in draft.warnings)
