"""Review 17's wording findings (items 2, 6, 7, 10): heights drafted as a range, a claim
lost as context, "kilos" refused, "at speeds of" not linked, a vague spoken figure judged
with no flag, a missing role told it was the wrong one. Passages and cases are the review's
own repro files (tests/fixtures/review17/)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from dronecalc import load_case
from dronecalc.errors import CaseError
from dronecalc.intake.extract import extract, extract_file
from dronecalc.intake.fields import read_figure
from dronecalc.intake.figures import parse

HERE = Path(__file__).resolve().parent / "fixtures" / "review17"


def _figures(path: str):
    return {f.text: f for f in extract_file(str(HERE / path)).figures}


# ------------------------------------------------------------------ "kilos" (item 6)

@pytest.mark.parametrize("text, low, high", [("3 kilos", 3, 3), ("1.2 kilo", 1.2, 1.2),
                                             ("up to 15 kilos", 15, 15),
                                             ("10-15 Kilos", 10, 15), ("three kilos", 3, 3)])
def test_kilos_are_kilograms(text, low, high):
    """'3 kilos' had been refused with "write '3 kg'" (pint alone reads kilo-seconds)."""
    figure = parse(text)
    assert figure.high.m_as("kg") == pytest.approx(high)
    assert figure.low is None if figure.kind == "at-most" else \
        figure.low.m_as("kg") == pytest.approx(low)


@given(st.floats(0.06, 59))
def test_kilos_read_as_kg_at_every_mass(kilograms):
    """Unit invariance: a mass in kilos is the same mass in kg, with no flag."""
    read = read_figure(f"{kilograms!r} kilos", "payload_mass")
    assert read.flag is None
    assert read.value.nominal.m_as("kg") == pytest.approx(kilograms, rel=1e-9)


def test_kilo_metres_still_get_their_hint():
    with pytest.raises(Exception) as err:
        parse("5 kilo metres")
    assert "'5 kilometres'" in str(err.value)


def test_a_case_in_kilos_loads():
    case = load_case(HERE / "unit-kilos.toml")
    assert case.figures["F9"].value.nominal.m_as("kg") == pytest.approx(3.0)


def test_a_warhead_in_kilos_is_drafted_as_a_payload_claim():
    figure = _figures("babayaga-portfolio.txt")["up to 15 kilos"]
    assert (figure.field, figure.role) == ("max_payload", "claim")


# ------------------------------------------------------------------ missing role (item 10)

def test_a_missing_role_is_called_missing_and_the_roles_are_listed():
    with pytest.raises(CaseError) as err:
        load_case(HERE / "missing-role.toml")
    message = str(err.value)
    assert "figures.F1.role: missing" in message
    assert "not a role a flight_time figure can take" not in message
    assert all(f'"{role}"' in message for role in ("input", "claim", "context"))


# ------------------------------------------------------------------ "at speeds of" (item 7)

@pytest.mark.parametrize("path, time, speed", [
    ("at-speed-s1.txt", "31 minutes", "25 km/h"),
    ("at-speeds-of-s3.txt", "31 minutes", "25 km/h"),
    ("at-speeds-between-s2.txt", "two hours", "between 29 and 39 km/h")])
def test_at_speeds_of_links_the_speed_to_the_time_as_at_does(path, time, speed):
    """"31 minutes at speeds of 25 km/h" drafted a speed claim of its own and the time was
    judged at the best-endurance speed; "at 25 km/h" linked."""
    figures = _figures(path)
    assert figures[time].at_speed == speed
    assert speed not in figures                      # no speed claim of its own


def test_at_speeds_in_a_report_links_each_mode_to_its_own_speeds():
    figures = _figures("quantum-vector-olhardigital.txt")
    assert figures["two hours"].at_speed == "between 29 and 39 km/h"
    assert figures["45 minutes"].at_speed == "between 0 and 29 km/h"
    assert not [f for f in figures.values() if f.field == "speed"]


@pytest.mark.parametrize("sentence", ["It can fly for 40 minutes at speeds of up to 60 km/h.",
                                      "It can fly for 40 minutes at speeds up to 60 km/h.",
                                      "It can fly for 40 minutes at up to 60 km/h."])
def test_an_open_bound_at_speeds_is_no_condition_as_at_up_to_is_none(sentence):
    figures = {f.text: f for f in extract(sentence).figures}
    assert figures["40 minutes"].at_speed is None
    assert figures["up to 60 km/h"].field == "speed"


# ------------------------------------------------------------------ heights (item 2)

@pytest.mark.parametrize("path, text", [
    ("scaneagle-strategypage.txt", "as high as 16,000 feet"),
    ("shadow-integrator-kcstar.txt", "upward of 15,000 feet")])
def test_how_high_it_can_fly_is_a_ceiling_claim_not_a_range(path, text):
    """Both were range claims; check then found '16,000 feet' consistent with a 1,650 km
    range and flew it at 0.325 km/h."""
    figure = _figures(path)[text]
    assert (figure.field, figure.role) == ("service_ceiling", "claim")


def test_upward_of_is_a_lower_bound():
    assert parse("upward of 15,000 feet").kind == "at-least"


@pytest.mark.parametrize("sentence, text", [
    ("The drone can fly as far as 20 km.", "as far as 20 km"),
    ("The fixed-wing drone can fly upwards of 100 miles.", "upwards of 100 miles")])
def test_distances_after_a_fly_verb_stay_ranges(sentence, text):
    figures = {f.text: f for f in extract(sentence).figures}
    assert figures[text].field == "range"


# ------------------------------------------------------------------ a lost range (item 6)

def test_a_range_increased_to_a_figure_is_a_range_claim():
    """'for the Shahed-136 it has been increased to over 2000 km' was drafted as context."""
    figures = _figures("shahed131-wp.txt")
    assert (figures["over 2000 km"].field, figures["over 2000 km"].role) == ("range", "claim")
    assert figures["about 900 km"].field == "range"


def test_another_length_raised_is_not_the_range():
    figures = {f.text: f for f in extract(
        "The range is 50 km; its wingspan was increased to 3 m.").figures}
    assert figures["3 m"].field != "range"
