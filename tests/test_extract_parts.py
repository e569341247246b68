"""Review finding 13 (/tmp/rv/art2.txt): a mass a maximum take-off weight "includes" is a part
carried, never a max_payload claim, and a cell count in brackets after a voltage ("15.4 V (4S)")
is its own figure, a cell_count input, so the voltage cross-check runs."""
from __future__ import annotations

import pytest

from dronecalc.intake.extract import extract

ART2 = ("The Kestrel quadcopter weighs 2.5 kg and carries a 5000 mAh, 77 Wh battery at 15.4 V "
        "(4S). It flies for 31 minutes at 25 km/h, or hovers for 28 minutes. It can carry up to "
        "2.7 kg and reach 72 km/h. Its maximum take-off weight of 6 kg includes a 1 kg camera.")


def _by_text(draft):
    return {f.text: f for f in draft.figures}


def test_a_part_a_take_off_weight_includes_is_no_capacity():
    figures = _by_text(extract(ART2))
    camera = figures["1 kg"]
    # a part carried, no capacity: its own sentence names no carrying (the camera had been a
    # payload only while "reach 72 km/h." failed to end the sentence before it, so "carry up
    # to 2.7 kg" cued it), and a camera with no carrying verb is context (cues._COMPONENT);
    # pinned to the one reading, so a return of the old payload reading fails
    assert (camera.field, camera.role) == ("context", "context")
    assert (figures["up to 2.7 kg"].field, figures["up to 2.7 kg"].role) == ("max_payload",
                                                                              "claim")


@pytest.mark.parametrize("sentence,part", [
    ("The frame of 4 kg includes a 1 kg gimbal.", "1 kg"),
    ("Its maximum take-off mass of 6 kg, including a 1.5 kg payload.", "1.5 kg"),
    ("The maximum take-off weight of 9 kg includes the 2 kg payload it can carry.", "2 kg"),
])
def test_included_masses_are_parts(sentence, part):
    figures = _by_text(extract(sentence))
    assert figures[part].role != "claim" and figures[part].field != "max_payload"


def test_a_cell_count_in_brackets_after_a_voltage_is_a_cell_count():
    figures = _by_text(extract(ART2))
    volts = figures["15.4 V"]
    assert volts.field == "battery_voltage" and not any("same figure" in n for n in volts.notes)
    cells = next(f for f in extract(ART2).figures if f.field == "cell_count")
    assert cells.role == "input" and cells.text.replace(" ", "").upper() == "4S"


def test_a_conversion_in_brackets_is_still_one_figure():
    (figure,) = extract("It flies 31 km (19 mi) on a charge.").figures
    assert any("read as the same figure" in n for n in figure.notes)


def test_a_payload_capacity_linked_to_its_figure_is_that_figures_cue():
    # an unwritten TB2 passage: "a maximum take-off weight of 650 kg and a payload capacity of
    # 150 kg" drafted the 150 kg as context, the cue word counted as the nearer 650 kg's
    figures = _by_text(extract("It has a maximum take-off weight of 650 kg and a payload "
                               "capacity of 150 kg."))
    assert (figures["650 kg"].field, figures["650 kg"].role) == ("max_takeoff_mass", "input")
    assert (figures["150 kg"].field, figures["150 kg"].role) == ("max_payload", "claim")
