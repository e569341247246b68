"""An empty value in a case file is told as empty, with the fix (review of 2026-12-06): the
reader had said "not a non-empty string; got ''; expected a non-empty string", which names no
fix, and an empty vehicle figure's example was a mass whatever its field."""
from __future__ import annotations

import pytest

from dronecalc import DroneCalcError, load_case
from dronecalc.intake.case import CaseError

BASE = """
[case]
title = {title}
source = "review"

[vehicle]
rotors = 4
{vehicle}

[figures.F1]
field = "{field}"
text = {text}
role = "{role}"
{extra}
"""


def _problems(tmp_path, title='"t"', vehicle="", field="flight_time", text='"20 min"',
              role="claim", extra="") -> list[str]:
    path = tmp_path / "c.toml"
    path.write_text(BASE.format(title=title, vehicle=vehicle, field=field, text=text,
                                role=role, extra=extra), encoding="utf-8")
    with pytest.raises(CaseError) as info:
        load_case(path)
    assert isinstance(info.value, DroneCalcError)
    return info.value.problems


@pytest.mark.parametrize("field, text, unit", [("flight_time", '""', "min"),
                                                ("battery_charge", '"  "', "mAh"),
                                                ("range", '""', "km")])
def test_an_empty_figure_text_names_its_field_and_how_it_is_written(tmp_path, field, text,
                                                                    unit):
    (problem,) = _problems(tmp_path, field=field, text=text,
                           role="input" if field == "battery_charge" else "claim")
    assert problem.startswith("figures.F1.text: empty")
    # the fix: the figure written in its field's unit, or left out
    assert f'text = "' in problem and f' {unit}" for {field}' in problem
    assert "left out" in problem and "non-empty string" not in problem


def test_an_empty_vehicle_figure_gets_its_own_fields_example(tmp_path):
    (problem,) = _problems(tmp_path, vehicle='motor_kv = ""')
    assert problem.startswith("vehicle.motor_kv: empty")
    assert 'motor_kv = "' in problem and ' Kv" for motor_kv' in problem


@pytest.mark.parametrize("kwargs, key, optional", [
    ({"title": '""'}, "case.title", False),
    ({"field": "airframe", "text": '" "', "role": "input"}, "figures.F1.text", False),
    ({"extra": 'quote = ""'}, "figures.F1.quote", True),
])
def test_empty_words_are_told_as_empty(tmp_path, kwargs, key, optional):
    (problem,) = _problems(tmp_path, **kwargs)
    assert problem.startswith(f"{key}: empty")
    assert "non-empty string" not in problem
    assert ("or no quote line" in problem) is optional


@pytest.mark.parametrize("field, text, role, what", [
    ("takeoff_mass", '"915 km"', "input", "wrong dimension"),
    ("range", '"10-5 km"', "claim", "reversed range"),
    ("takeoff_mass", '"-915 g"', "input", "below the physical minimum"),
    ("range", '"km"', "claim", "no number"),
])
def test_a_figure_texts_read_error_names_the_field(tmp_path, field, text, role, what):
    """A figure's path (figures.F1.text) names no field: the message does, right after it
    ("figures.F2.text: wrong dimension; got '915 km'" had left the editor to look up F2)."""
    (problem,) = _problems(tmp_path, field=field, text=text, role=role)
    assert problem.startswith(f"figures.F1.text: {field}: {what}"), problem


def test_a_vehicle_figures_path_names_its_field_once(tmp_path):
    (problem,) = _problems(tmp_path, vehicle='motor_kv = "5 kg"')
    assert problem.startswith("vehicle.motor_kv: wrong dimension"), problem
