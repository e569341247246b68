"""Review 15 (a read-only review of stop 27's changes): the findings outside the extractor.

Each test states the input the reviewer reproduced and what a user should get instead."""
from __future__ import annotations

import warnings

import pytest

import dronecalc
from dronecalc.intake.figures import parse
from test_contract import assert_one_verdict_or_not_judged


def _case(tmp_path, *figures, name="case"):
    """A case file of (field, text, role) figures, loaded."""
    body = ['[case]', f'title = "{name}"', 'source = "review 15"']
    for i, (field, text, role) in enumerate(figures, 1):
        body += [f"[figures.F{i}]", f'field = "{field}"', f'text = "{text}"', 'quote = "q"',
                 f'role = "{role}"']
    path = tmp_path / f"{name}.toml"
    path.write_text("\n".join(body) + "\n", encoding="utf-8")
    return dronecalc.load_case(path)


def _assumed(result, name):
    return next(a for a in result.assumptions if a.name == name)


# --- 8. a 0 kg payload beside a wingspan: the span sizes the machine, never exit 2 ----------

def test_zero_payload_with_a_wingspan_is_sized_by_the_span(tmp_path):
    case = _case(tmp_path, ("airframe", "electric fixed-wing", "input"),
                 ("wingspan", "3 m", "input"), ("payload_mass", "0 kg", "input"),
                 ("flight_time", "2 hours", "claim"))
    result = dronecalc.check(case, samples=400)
    assert_one_verdict_or_not_judged(case, result)
    assert not result.not_judged and any("F4" in f.claims for f in result.findings)
    mass = _assumed(result, "takeoff_mass")
    assert mass.low < mass.high and "span" in mass.note


# --- 9. a tolerance after the unit is built from its numbers --------------------------------

@pytest.mark.parametrize("text, low, high, unit", [
    ("3e1 min ± 5", 25, 35, "min"), ("1e3 kg ± 1", 999, 1001, "kg"),
    ("25 °C ± 5", 20, 30, "degC"), ("-5 °C ± 3", -8, -2, "degC"),
    ("1,500 km ± 100", 1400, 1600, "km")])
def test_tolerance_ends_are_the_centre_plus_and_minus_the_tolerance(text, low, high, unit):
    figure = parse(text)
    assert figure.kind == "range" and figure.text == text
    assert (figure.low.m_as(unit), figure.high.m_as(unit)) == pytest.approx((low, high))


def test_a_zero_tolerance_is_the_figure_itself():
    figure = parse("5 kg ± 0")
    assert figure.kind == "point" and figure.low.m_as("kg") == pytest.approx(5.0)


def test_a_temperature_tolerance_in_another_scale_is_refused_by_its_unit():
    with pytest.raises(dronecalc.DroneCalcError) as err:
        parse("25 °C ± 5 °F")
    assert "tolerance in '°F'" in str(err.value)


# --- 11. a stated pack whose machine lies past the model: not judged, never clamped ---------

def test_a_pack_implying_a_machine_past_the_model_is_not_judged(tmp_path):
    case = _case(tmp_path, ("airframe", "octocopter", "input"),
                 ("battery_mass", "200 kg", "input"), ("flight_time", "30 min", "claim"))
    result = dronecalc.check(case, samples=400)
    assert_one_verdict_or_not_judged(case, result)
    assert [e.claim for e in result.not_judged] == ["F3"]
    reason = result.not_judged[0].reason
    assert "0.01-300 kg" in reason and "implied by the stated battery" in reason
    assert "the stated take-off" not in reason
    with pytest.raises(dronecalc.errors.BeyondModelError):
        dronecalc.estimate(case, samples=400)


def test_a_light_pack_still_sizes_the_machine(tmp_path):
    case = _case(tmp_path, ("airframe", "quadcopter", "input"),
                 ("battery_mass", "95 g", "input"), ("flight_time", "16 min", "claim"))
    result = dronecalc.check(case, samples=400)
    mass = _assumed(result, "mass")
    assert 0.1 < mass.low < mass.high < 1.0 and "95 g" in mass.note


# --- 15. estimate says "the class prior's default machine" only when nothing sizes it -------

def test_a_payload_input_sizes_the_estimate(tmp_path):
    sized = _case(tmp_path, ("airframe", "quadcopter", "input"),
                  ("payload_mass", "20 kg", "input"), name="sized")
    bare = _case(tmp_path, ("airframe", "quadcopter", "input"), name="bare")
    from dronecalc.report.text import format_estimate
    assert "default machine" not in format_estimate(dronecalc.estimate(sized, samples=400))
    assert "default machine" in format_estimate(dronecalc.estimate(bare, samples=400))


# --- a payload above the take-off mass: the conflict, and no RuntimeWarning on stderr -------

def test_a_payload_above_the_take_off_mass_warns_nothing(tmp_path):
    case = _case(tmp_path, ("airframe", "quadcopter", "input"),
                 ("takeoff_mass", "0.3 kg", "input"), ("payload_mass", "5 kg", "input"),
                 ("flight_time", "30 min", "claim"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = dronecalc.check(case, samples=400)
    assert_one_verdict_or_not_judged(case, result)
    assert any(f.check == "conflict" and "F3" in f.claims for f in result.findings)


# --- an open bound on a fixed wing's input is a range, as on a multirotor -------------------

@pytest.mark.parametrize("field, text, unit, bound", [
    ("takeoff_mass", "up to 20 kg", "kg", 20.0), ("wingspan", "up to 3 m", "m", 3.0)])
def test_an_open_bound_on_a_fixed_wing_input_is_drawn_as_a_range(tmp_path, field, text, unit,
                                                                  bound):
    figures = [("airframe", "electric fixed-wing", "input"), (field, text, "input"),
               ("flight_time", "2 hours", "claim")]
    result = dronecalc.check(_case(tmp_path, *figures), samples=400)
    stated = _assumed(result, field)
    assert stated.high == pytest.approx(bound) and stated.low < 0.5 * bound
    assert "open bound" in stated.note
