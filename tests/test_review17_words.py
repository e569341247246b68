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
    from dronecalc.intake.dot_groups import unambiguous   # "1.125 kilos" is refused (issue 10)
    read = read_figure(f"{unambiguous(repr(kilograms))} kilos", "payload_mass")
    assert read.flag is None
    assert read.value.nominal.m_as("kg") == pytest.approx(kilograms, rel=1e-9)


def test_a_case_in_kilos_loads():
    case = load_case(HERE / "unit-kilos.toml")
    assert case.figures["F9"].value.nominal.m_as("kg") == pytest.approx(3.0)
    with pytest.raises(Exception) as err:                # the spaced prefix keeps its hint
        parse("5 kilo metres")
    assert "'5 kilometres'" in str(err.value)


def test_a_warhead_in_kilos_is_drafted_as_a_payload_claim():
    # (a warhead claim: warhead_mass since review 22, the payload field of a warhead)
    figure = _figures("babayaga-portfolio.txt")["up to 15 kilos"]
    assert (figure.field, figure.role) == ("warhead_mass", "claim")


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
    ("at-speeds-of-s3.txt", "31 minutes", "25 km/h"),
    ("at-speeds-between-s2.txt", "two hours", "between 29 and 39 km/h")])
def test_at_speeds_of_links_the_speed_to_the_time_as_at_does(path, time, speed):
    """"31 minutes at speeds of 25 km/h" drafted a speed claim of its own and the time was
    judged at the best-endurance speed; "at 25 km/h" linked."""
    figures = _figures(path)
    assert figures[time].at_speed == speed
    assert speed not in figures                      # no speed claim of its own
    assert _figures("at-speed-s1.txt")["31 minutes"].at_speed == "25 km/h"   # as "at" does


def test_at_speeds_in_a_report_links_each_mode_to_its_own_speeds():
    figures = _figures("quantum-vector-olhardigital.txt")
    assert figures["two hours"].at_speed == "between 29 and 39 km/h"
    assert figures["45 minutes"].at_speed == "between 0 and 29 km/h"
    assert not [f for f in figures.values() if f.field == "speed"]


def test_an_open_bound_at_speeds_is_no_condition_as_at_up_to_is_none():
    """... and no top speed either: 'at speeds up to' (no 'of') had been a top_speed claim."""
    for sentence in ("It can fly for 40 minutes at speeds up to 60 km/h.",
                     "It can fly for 40 minutes at speeds of up to 60 km/h.",
                     "It can fly for 40 minutes at up to 60 km/h."):
        figures = {f.text: f for f in extract(sentence).figures}
        assert figures["40 minutes"].at_speed is None
        assert figures["up to 60 km/h"].field == "speed", sentence


# ------------------------------------------------------------------ heights (item 2)

@pytest.mark.parametrize("path, text", [
    ("scaneagle-strategypage.txt", "as high as 16,000 feet"),
    ("shadow-integrator-kcstar.txt", "upward of 15,000 feet")])
def test_how_high_it_can_fly_is_a_ceiling_claim_not_a_range(path, text):
    """Both were range claims; check then found '16,000 feet' consistent with a 1,650 km
    range and flew it at 0.325 km/h."""
    figure = _figures(path)[text]
    assert (figure.field, figure.role) == ("service_ceiling", "claim")
    for sentence, distance in (("The drone can fly as far as 20 km.", "as far as 20 km"),
                               ("The fixed-wing drone can fly upwards of 100 miles.",
                                "upwards of 100 miles")):      # distances stay ranges
        assert {f.text: f.field for f in extract(sentence).figures}[distance] == "range"


def test_upward_of_is_a_lower_bound():
    assert parse("upward of 15,000 feet").kind == "at-least"


# ------------------------------------------------------------------ a lost range (item 6)

def test_a_range_increased_to_a_figure_is_a_range_claim():
    """'for the Shahed-136 it has been increased to over 2000 km' was drafted as context."""
    figures = _figures("shahed131-wp.txt")
    assert (figures["over 2000 km"].field, figures["over 2000 km"].role) == ("range", "claim")
    assert figures["about 900 km"].field == "range"
    other = {f.text: f for f in extract(
        "The range is 50 km; its wingspan was increased to 3 m.").figures}
    assert other["3 m"].field != "range"                 # another length raised


# ------------------------------------------------------------------ vague claims (item 10)

@pytest.mark.parametrize("text, words", [("about an hour", "about an hour"),
                                         ("a couple of hours", "a couple of"),
                                         ("roughly two hours", "roughly two hours"),
                                         ("two hours or so", "two hours or so")])
def test_a_vague_spoken_claim_is_flagged_vague(tmp_path, text, words):
    """'about an hour' was judged as a point of 1 h with no word of its rounding."""
    path = tmp_path / "case.toml"
    path.write_text((HERE / "words-hour.toml").read_text().replace("about an hour", text))
    flag = load_case(path).figures["F1"].flag
    assert flag is not None and flag.problem == "vague" and words in flag.message
    assert load_case(path).figures["F1"].value.kind == "point"      # judged as written


def test_only_a_hedged_spoken_claim_is_flagged_vague(tmp_path):
    path = tmp_path / "case.toml"
    base = (HERE / "words-hour.toml").read_text().replace('text = "2 kg"',
                                                          'text = "about two kilograms"')
    path.write_text(base)
    case = load_case(path)
    assert [(f.id, f.problem) for f in case.flags] == [("F1", "vague")]   # no input is
    for text in ("about 1 hour", "half an hour", "an hour", "90 minutes"):
        path.write_text(base.replace("about an hour", text))
        assert load_case(path).figures["F1"].flag is None, text


def test_the_vague_flag_is_in_the_check_output():
    from dronecalc.claims.checks import check
    from dronecalc.report.text import format_check
    result = check(load_case(HERE / "words-hour.toml"), samples=2000, seed=0)
    assert [f.problem for f in result.flags] == ["vague"]
    assert "F1 vague: 'about an hour'" in " ".join(format_check(result).split())
