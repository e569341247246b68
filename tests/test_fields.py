"""Fields: the plausible-range table, garbled and underspecified figures, and clean errors."""
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dronecalc import DroneCalcError, InputValueError, ParseError, UnitError
from dronecalc.intake.fields import FIELDS, Flag, ReadFigure, read_figure
from dronecalc.intake.units import ureg

DOCS = Path(__file__).resolve().parents[1] / "docs" / "case-format.md"


def test_fields_table_matches_the_documented_table():
    documented = re.findall(r"^\| `(\w+)` \|", DOCS.read_text(encoding="utf-8"), re.MULTILINE)
    assert documented == list(FIELDS)


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_every_field_has_a_source_and_a_sane_range(name):
    spec = FIELDS[name]
    assert spec.source and spec.roles
    if spec.kind != "text":
        ureg.Unit(spec.unit)
        assert spec.minimum <= spec.low < spec.high


def test_f6_kilovolts_is_a_garbled_kv_rating():
    for text in ("320 kilovolts", "320 kV"):
        read = read_figure(text, "motor_kv")
        assert read.flag.problem == "garbled"
        assert read.figure.unit == ureg.kilovolt          # as written, kept
        best = read.flag.best
        assert best.figure.nominal.m_as("rpm/V") == pytest.approx(320)
        assert "KV" in best.reason and "320 Kv" in best.reason
        assert read.value is best.figure
        assert 0 < best.score <= 1


def test_a_kv_rating_as_written_is_not_flagged():
    for text in ("320 Kv", "320KV", "320 rpm/V"):
        read = read_figure(text, "motor_kv")
        assert read.flag is None and read.value.nominal.m_as("rpm/V") == pytest.approx(320)


def test_f9_charge_is_accepted_but_underspecified():
    read = read_figure("18500 mAh", "battery_charge")
    assert read.flag.problem == "underspecified"
    assert read.value.nominal.m_as("Ah") == pytest.approx(18.5)
    assert "voltage" in read.flag.message and read.flag.reinterpretations == ()


@pytest.mark.parametrize("text, field, meant, unit", [
    ("3000 kg", "payload_mass", 3, "kg"),
    ("3 g", "takeoff_mass", 3, "kg"),           # a 3 g payload is fine; a 3 g machine is not
    ("18500 Ah", "battery_charge", 18.5, "Ah"),
    ("0.2 m", "range", 0.2, "km"),
    ("40000 km", "range", 40, "km"),
    ("120 h", "flight_time", 120, "min"),
    ("22.2 kV", "battery_voltage", 22.2, "V"),
    ("68 degC", "air_temperature", 20, "degC"),
])
def test_unit_slips_far_out_of_range_are_garbled_with_a_reason(text, field, meant, unit):
    read = read_figure(text, field)
    assert read.flag.problem == "garbled" and read.flag.best.reason
    assert read.value.nominal.m_as(unit) == pytest.approx(meant, rel=1e-9)
    assert read.figure.text == text


@pytest.mark.parametrize("text, field, alternative, unit", [
    ("120 mph", "speed", 120, "km/h"),      # 54 m/s: implausible, but not beyond reason
    ("60-70 m/s", "speed", 65, "km/h"),
    ("40 m", "range", 40, "km"),
    ("21 mm", "rotor_diameter", 21, "inch"),
])
def test_near_misses_offer_slips_as_alternatives_but_keep_the_figure(text, field, alternative,
                                                                    unit):
    read = read_figure(text, field)
    assert read.flag.problem == "out-of-range" and read.value is read.figure
    assert read.flag.best.figure.nominal.m_as(unit) == pytest.approx(alternative)
    assert read.flag.best.reason


def test_near_misses_are_out_of_range_and_kept_as_stated():
    read = read_figure("500 km", "range")
    assert read.flag.problem == "out-of-range"
    assert read.value is read.figure                          # a claim stays as claimed
    assert read_figure("4 h", "flight_time").flag.problem == "out-of-range"


def test_lowercase_s_cells_are_ambiguous_and_read_as_cells():
    read = read_figure("6s", "cell_count")
    assert read.flag.problem == "ambiguous" and read.value.nominal.m_as("cell") == 6


def test_counts_accept_bare_numbers():
    assert read_figure("6", "cell_count").value.unit == ureg.cell
    assert read_figure("1-2", "pack_count").value.kind == "range"
    assert read_figure("4", "rotors").flag is None


def test_plausible_figures_carry_no_flag():
    for text, field in [("3 kg", "payload_mass"), ("60-70 km/h", "speed"), ("7 km", "distance"),
                        ("more than 120 minutes", "flight_time"), ("40 km", "range"),
                        ("21 in", "rotor_diameter"), ("15-25 degC", "air_temperature")]:
        read = read_figure(text, field)
        assert isinstance(read, ReadFigure) and read.flag is None and read.value is read.figure


@pytest.mark.parametrize("text, field, error", [
    ("3 m", "payload_mass", UnitError),           # wrong dimension, no known garbling
    ("320", "motor_kv", UnitError),               # needs a unit
    ("-3 kg", "payload_mass", InputValueError),   # negative mass
    ("-300 degC", "air_temperature", InputValueError),
    ("NaN kg", "payload_mass", ParseError),
    ("4.5", "rotors", InputValueError),
    ("3 kg", "paint_colour", DroneCalcError),     # unknown field
    ("Pixhawk", "radio", DroneCalcError),         # text field
    ("", "speed", ParseError),
])
def test_bad_figures_raise_library_errors_naming_field_and_value(text, field, error):
    with pytest.raises(error) as info:
        read_figure(text, field)
    message = str(info.value)
    assert field in message and repr(text) in message and "expected" in message


def test_flag_is_frozen_and_id_is_set_by_the_case_layer():
    flag = read_figure("320 kV", "motor_kv").flag
    assert isinstance(flag, Flag) and flag.id is None
    with pytest.raises(AttributeError):
        flag.id = "F6"  # type: ignore[misc]


MASS_UNITS = st.sampled_from([("kg", 1.0), ("g", 1e-3), ("lb", 0.45359237)])


@given(st.floats(0.06, 59), MASS_UNITS)
def test_unit_invariance_of_plausible_masses(kilograms, unit):
    name, factor = unit
    read = read_figure(f"{kilograms / factor!r} {name}", "payload_mass")
    assert read.flag is None
    assert read.value.nominal.m_as("kg") == pytest.approx(kilograms, rel=1e-9)


@given(st.sampled_from(sorted(n for n, s in FIELDS.items() if s.kind == "quantity")),
       st.floats(-1e9, 1e9), st.sampled_from(["kg", "km", "km/h", "Ah", "V", "Kv", "kV", "min",
                                               "degC", "Wh", "in", ""]))
def test_read_figure_returns_a_read_figure_or_a_library_error(field, x, unit):
    try:
        read = read_figure(f"{x} {unit}", field)
    except DroneCalcError:
        return
    value = read.value
    spec = FIELDS[field]
    assert value.unit.dimensionality == ureg.Unit(spec.unit).dimensionality
    if read.flag is not None:
        assert read.flag.problem in ("garbled", "underspecified", "out-of-range", "ambiguous")
        scores = [r.score for r in read.flag.reinterpretations]
        assert scores == sorted(scores, reverse=True)
