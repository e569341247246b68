"""Review round 2, finding 6 and S5: ``dronecalc extract`` drafts a maximum take-off
weight/mass ("MTOW", "MTOM", "max. takeoff weight") as ``max_takeoff_mass`` (an input, the
design full load the payload rule reads), never as the flight's ``takeoff_mass``; a plain
take-off weight stays ``takeoff_mass``."""
from __future__ import annotations

import pytest

from dronecalc.intake.extract import extract

ART3 = ("The Falcon hexacopter weighs 8 kg. Its maximum take-off weight of 14 kg includes a 3 kg "
        "battery. It flies for 40 minutes on a 22.2 V (6S) 16000 mAh pack and can carry up to "
        "4 kg.")
ART4 = ("The Osprey quadcopter has a maximum take-off weight of 9 kg, including a 2.5 kg battery "
        "and a 1 kg gimbal. It weighs 6 kg empty. The drone can lift a payload of 3 kg.")


def _by_text(text):
    return {f.text: f for f in extract(text).figures}


@pytest.mark.parametrize("sentence, text", [
    ("The quadcopter has a maximum take-off weight of 9 kg.", "9 kg"),
    ("Its maximum takeoff mass is 12 kg.", "12 kg"),
    ("MTOW: 6 kg.", "6 kg"),
    ("The MTOM of the hexacopter is 4.5 kg.", "4.5 kg"),
    ("Max. takeoff weight: 3998 g.", "3998 g"),
    ("Max Takeoff Weight 15.1 kg", "15.1 kg"),
    ("It has 650 kilograms maximum take-off weight.", "650 kilograms"),
])
def test_a_maximum_take_off_weight_is_drafted_as_max_takeoff_mass(sentence, text):
    figure = _by_text(sentence)[text]
    assert (figure.field, figure.role) == ("max_takeoff_mass", "input")


@pytest.mark.parametrize("sentence, text", [
    ("Its take-off weight is 5 kg.", "5 kg"),
    ("The drone weighs 2.5 kg.", "2.5 kg"),
])
def test_a_plain_take_off_weight_stays_the_flight_mass(sentence, text):
    assert _by_text(sentence)[text].field == "takeoff_mass"


def test_art3_keeps_the_mass_and_the_mtow_apart():
    figures = _by_text(ART3)
    assert figures["8 kg"].field == "takeoff_mass"
    assert (figures["14 kg"].field, figures["14 kg"].role) == ("max_takeoff_mass", "input")


def test_art4_mtow_is_no_flight_mass():
    figures = _by_text(ART4)
    assert (figures["9 kg"].field, figures["9 kg"].role) == ("max_takeoff_mass", "input")
    assert not any(f.field == "takeoff_mass" and f.role == "input" for f in figures.values())


def test_a_second_mtow_is_context():
    """DJI Agras T40: 90 kg for spraying, 101 kg for spreading: one design load as input."""
    draft = extract("Max takeoff weight for spraying: 90 kg. Maximum takeoff weight for "
                    "spreading: 101 kg.")
    mtow = [(f.text, f.role) for f in draft.figures if f.field == "max_takeoff_mass"]
    assert mtow == [("90 kg", "input"), ("101 kg", "context")]


@pytest.mark.parametrize("sentence, cells, parallel", [
    ("It uses a 14.8 V (4S2P) 10000 mAh battery.", "4S", "2"),
    ("A 6S1P pack of 22.2 V.", "6S", "1"),
    ("Its 12S4P Li-ion pack holds 40 Ah.", "12S", "4"),
])
def test_a_series_parallel_pack_drafts_its_cell_count_and_notes_the_parallel(sentence, cells,
                                                                               parallel):
    """review2 S5 (art5.txt): "14.8 V (4S2P)" drafted no cell_count."""
    (count,) = [f for f in extract(sentence).figures if f.field == "cell_count"]
    assert (count.text, count.role) == (cells, "input")
    assert any(f"{parallel} parallel" in n for n in count.notes)


@pytest.mark.parametrize("sentence", ["The Model S2P drone weighs 2 kg.", "It has 4 S2P arms."])
def test_no_cell_count_from_a_name_with_s_and_p(sentence):
    assert not [f for f in extract(sentence).figures if f.field == "cell_count"]
