"""Issue 10 (intake round), item 5 and the extract side of item 4: review 19's leftovers.

Each test fails on main before its fix: a 490 min claim's alternative reading was "8.16667
min"; an open-bound payload claim's verdict did not say it was judged at its bound; "That
figure rises to 55 minutes" was a second, unlinked claim; "a single battery pack of 650 g" was
drafted as a payload and "Its battery weighs 650 g" as the take-off mass.
"""
from __future__ import annotations

import pytest

from dronecalc import check, load_case
from dronecalc.intake.extract import extract
from dronecalc.report.text import flag_reading, format_check
from dronecalc.wording import clock

HEAD = '[case]\ntitle = "t"\nsource = "s"\n'


def _fig(ident: str, field: str, text: str, role: str = "input") -> str:
    return f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{text}"\nrole = "{role}"\n'


def _case(tmp_path, body: str):
    path = tmp_path / "case.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    return load_case(path)


def _figure(draft, written):
    return next(i for i in draft.items if i.kind == "figure" and i.written == written)


# --------------------------------------------------------------------------- durations

@pytest.mark.parametrize("value, unit, shown", [
    (490 / 60, "min", "8 min 10 s"), (8.16667, "min", "8 min 10 s"), (125 / 60, "h", "2 h 5 min"),
    (1 / 3, "min", "20 s"), (2.5, "min", None), (45, "min", None), (1.25, "h", None),
    (3.14159, "km", None), (float("nan"), "min", None),
])
def test_a_converted_duration_reads_in_whole_units(value, unit, shown):
    assert clock(value, unit) == shown


def test_a_unit_slip_reading_of_a_claim_is_minutes_and_seconds(tmp_path):
    case = _case(tmp_path, 'vehicle_class = "quadcopter"\n'
                 + _fig("C", "flight_time", "490 min", "claim"))
    (flag,) = case.flags
    assert flag_reading(flag) == " -> kept; alternative 8 min 10 s"
    text = format_check(check(case, samples=300, seed=0))
    assert "it would read 8 min 10 s" in text and "8.16667" not in text


# --------------------------------------------------------------------------- open bounds

def test_an_open_bound_payload_claim_is_judged_at_its_bound(tmp_path):
    case = _case(tmp_path, _fig("A", "airframe", "octocopter")
                 + _fig("E", "battery_energy", "20 kWh") + _fig("C", "payload_mass",
                                                              "over 1,100 lb", "claim"))
    result = check(case, samples=400, seed=0)
    verdict = result.verdicts["C"]
    assert verdict.claimed.kind == "at-least" and verdict.claimed.low == pytest.approx(1100)
    (note,) = [n for n in verdict.notes if "open bound" in n]
    assert "at least 1,100 lb (499 kg)" in note and "no point value beyond the bound" in note


def test_a_point_payload_claim_gets_no_bound_note(tmp_path):
    case = _case(tmp_path, _fig("A", "airframe", "octocopter")
                 + _fig("E", "battery_energy", "20 kWh") + _fig("C", "payload_mass", "499 kg",
                                                              "claim"))
    verdict = check(case, samples=400, seed=0).verdicts["C"]
    assert not [n for n in verdict.notes if "open bound" in n]


# --------------------------------------------------------------------------- "that figure"

def test_that_figure_under_its_own_condition_refers_to_the_earlier_claim():
    draft = extract("The quadcopter weighs 4 kg. It can fly for 40 minutes. That figure "
                    "rises to 55 minutes without a payload.", "a.txt")
    first, later = _figure(draft, "40 minutes"), _figure(draft, "55 minutes")
    assert later.role == "claim" and later.refers == (first.id,)
    assert "'That figure' is '40 minutes'" in "; ".join(later.notes)
    assert f'refers = ["{first.id}"]' in draft.to_toml()


def test_that_figure_restated_under_the_same_conditions_is_no_new_claim():
    draft = extract("The quadcopter weighs 4 kg. It flew for 40 minutes on the test. That "
                    "figure is 45 minutes in the maker's brochure.", "a.txt")
    first, later = _figure(draft, "40 minutes"), _figure(draft, "45 minutes")
    assert later.role == "context" and later.refers == (first.id,)
    assert "not a new claim" in "; ".join(later.notes)


def test_a_draft_linked_by_that_figure_loads_and_checks(tmp_path):
    draft = extract("The quadcopter weighs 4 kg. It can fly for 40 minutes. That figure "
                    "rises to 55 minutes without a payload.", "a.txt")
    path = tmp_path / "d.toml"
    path.write_text(draft.to_toml(), encoding="utf-8")
    result = check(load_case(path), samples=300, seed=0)
    assert not result.not_judged and len(result.verdicts) == 2


# --------------------------------------------------------------------------- a pack's weight

@pytest.mark.parametrize("sentence, field", [
    ("The quadcopter carries a single battery pack of 650 g.", "battery_mass"),
    ("Its battery weighs 650 g.", "battery_mass"),
    ("The batteries weigh 650 g.", "battery_mass"),
    ("The drone with its battery weighs 650 g.", "takeoff_mass"),
    ("The drone carries a pack of 650 g of medicine.", "payload_mass"),
])
def test_a_packs_own_weight_is_the_battery_mass(sentence, field):
    draft = extract(sentence + " It flew for 30 minutes.", "a.txt")
    assert _figure(draft, "650 g").field == field


def test_a_figure_set_past_that_figure_stays_a_claim_of_its_own():
    # trials_new5's Hybrix: "surpassed that figure, going for eight hours and 10 minutes"
    draft = extract("The quadcopter weighs 20 kg. In 2017 it stayed aloft for four hours and "
                    "40 minutes. This February a new version surpassed that figure, going for "
                    "eight hours and 10 minutes.", "a.txt")
    first = _figure(draft, "four hours and 40 minutes")
    later = _figure(draft, "eight hours and 10 minutes")
    assert later.role == "claim" and later.refers == (first.id,)
    assert "past it" in "; ".join(later.notes)
