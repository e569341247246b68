"""Issue 10 / review 23 F10-F12, F15: notations that are no figure get a clear error naming
the field, the value and what to write; British unit spellings are read; a short flight time
is shown in minutes whatever unit its claim is stated in."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dronecalc.errors import DroneCalcError, ParseError, UnitError
from dronecalc.intake.extract import extract
from dronecalc.intake.fields import read_figure
from dronecalc.intake.figures import parse


# --------------------------------------------------------------------------- F10: spellings

@pytest.mark.parametrize("text, kg", [("2 kilogrammes", 2.0), ("1 kilogramme", 1.0),
                                      ("500 grammes", 0.5), ("250 gramme", 0.25)])
def test_british_spellings_of_the_kilogram_and_gram_are_read(text, kg):
    assert parse(text).nominal.m_as("kg") == pytest.approx(kg)


def test_extract_drafts_british_masses_and_a_propeller_size():
    items = {i.written: i for i in extract(
        "The quadcopter weighs 2 kilogrammes and carries a payload of 500 grammes. It uses "
        "16x5.5 propellers and flew for 25 minutes.").items}
    assert items["2 kilogrammes"].field == "takeoff_mass"
    assert items["500 grammes"].field == "payload_mass"
    prop = items["16x5.5"]
    assert (prop.field, prop.role, prop.text) == ("rotor_diameter", "input", "16 in")
    assert any("pitch 5.5 in" in n for n in prop.notes)


@pytest.mark.parametrize("sentence, diameter", [
    ('It flies 10 x 4.7" props.', "10 in"), ("It has 15x5.5-inch carbon propellers.", "15 in")])
def test_extract_reads_other_propeller_spellings(sentence, diameter):
    (prop,) = [i for i in extract(sentence).items if i.field == "rotor_diameter"]
    assert prop.text == diameter


def test_a_box_and_a_count_times_a_figure_are_not_propellers():
    items = {i.written: i for i in extract("The box is 365 x 215 x 195 mm. It carries "
                                           "2 x 5 kg bombs.").items}
    assert items["365 x 215 x 195 mm"].field == "context"
    assert items["2 x 5 kg"].text == "10 kg"


# --------------------------------------------------------------------------- F11: notation

@pytest.mark.parametrize("text", ["16x5.5", "16 x 5.5 in", '16x5.5"'])
def test_propeller_notation_is_told_to_write_the_diameter(text):
    with pytest.raises(ParseError) as info:
        read_figure(text, "rotor_diameter")
    err = info.value
    assert err.field == "rotor_diameter" and f"got {text!r}" in str(err)
    assert "propeller notation" in str(err) and "expected the diameter alone: rotor_diameter " \
        "'16 in'" in str(err)
    assert "pack_count" not in str(err)
    assert parse("16 in").nominal.m_as("inch") == 16


def test_run_together_propeller_digits_as_a_diameter_name_the_diameter():
    with pytest.raises(UnitError, match="needs a unit") as info:
        read_figure("1655", "rotor_diameter")
    assert "'16 in'" in str(info.value) and "5.5 in" in str(info.value)
    with pytest.raises(UnitError) as other:         # another field: no propeller hint
        read_figure("1655", "takeoff_mass")
    assert "propeller" not in str(other.value)


def test_a_count_times_a_figure_keeps_its_own_advice():
    with pytest.raises(ParseError, match="a count times a figure.*pack_count = 2"):
        read_figure("2 x 274 Wh", "battery_energy")


@pytest.mark.parametrize("text", ["0x1F kg", "0x10", "0XFF m"])
def test_a_hex_looking_value_is_not_a_number(text):
    with pytest.raises(ParseError, match="not a number") as info:
        read_figure(text, "takeoff_mass")
    assert info.value.field == "takeoff_mass" and "pack_count" not in str(info.value)


# --------------------------------------------------------------------------- F12: C, F, k

@pytest.mark.parametrize("text, field, meant", [
    ("35 C", "air_temperature", "'35 degC'"), ("95 F", "air_temperature", "'95 degF'"),
    ("about 35 C", "air_temperature", "'about 35 degC'"),
    ("30-35C", "air_temperature", "'30-35 degC'"), ("35 C", "takeoff_mass", "'35 degC'")])
def test_a_lone_c_or_f_of_the_wrong_dimension_suggests_degrees(text, field, meant):
    with pytest.raises(UnitError, match="wrong dimension") as info:
        read_figure(text, field)
    assert info.value.field == field and f"got {text!r}" in str(info.value)
    assert f"did you mean {meant}" in str(info.value)
    assert parse(meant.strip("'")).nominal.check("[temperature]")


@pytest.mark.parametrize("text, field, plain", [
    ("0.1k Wh", "battery_energy", "100 Wh"), ("1.5k mAh", "battery_charge", "1500 mAh"),
    ("1.5 k mAh", "battery_charge", "1500 mAh"), ("5k m", "range", "5000 m")])
def test_a_thousand_k_spaced_off_the_unit_is_written_out(text, field, plain):
    with pytest.raises(UnitError, match="a 'k' for a thousand") as info:
        read_figure(text, field)
    assert info.value.field == field and f"'{plain}'" in str(info.value)
    read_figure(plain, field)                           # the fix reads


@given(st.floats(0.1, 999, allow_nan=False).map(lambda x: round(x, 1)),
       st.sampled_from(["Wh", "mAh", "m", "g"]))
def test_the_k_fix_is_a_thousand_times_the_number(number, unit):
    with pytest.raises(UnitError) as info:
        parse(f"{number:g}k {unit}")
    fix = info.value.expected.split("'")[1]
    assert parse(fix).nominal.m_as(unit) == pytest.approx(number * 1000)


def test_joined_prefixes_are_read_as_before():
    assert parse("0.1 kWh").nominal.m_as("Wh") == pytest.approx(100)
    assert parse("2 km").nominal.m_as("m") == 2000


# --------------------------------------------------------------------------- F15: minutes

@pytest.mark.parametrize("text, unit", [
    ("half an hour", "min"), ("1.5 h", "min"), ("90 min", "min"), ("600 min", "min"),
    ("3 min", "min"), ("2 h", "h"), ("26 hours", "h"), ("14 days", "h")])
def test_a_flight_time_under_two_hours_is_shown_in_minutes(text, unit):
    from dronecalc.claims.context import time_display
    scale, shown = time_display(parse(text).nominal)
    assert shown == unit and scale == {"min": 60.0, "h": 3600.0}[unit]


def test_half_an_hour_on_a_multirotor_is_answered_in_minutes(tmp_path):
    from helpers import check_text
    result = check_text(tmp_path, """
[case]
title = "t"
source = "t"
[figures.F1]
field = "airframe"
text = "quadcopter"
quote = "q"
role = "input"
[figures.F2]
field = "takeoff_mass"
text = "2 kg"
quote = "m"
role = "input"
[figures.F3]
field = "battery_energy"
text = "100 Wh"
quote = "b"
role = "input"
[figures.F4]
field = "flight_time"
text = "half an hour"
quote = "f"
role = "claim"
""", samples=500)
    (finding,) = [f for f in result.findings if f.claims == ["F4"]]
    assert finding.estimate.unit == "min" and 5 < finding.estimate.p50 < 120
    assert finding.claimed.unit == "min" and finding.claimed.low == pytest.approx(30)


def test_every_error_here_is_a_library_error():
    for text, field in (("16x5.5", "rotor_diameter"), ("0x1F kg", "takeoff_mass"),
                        ("35 C", "air_temperature"), ("1.5k mAh", "battery_charge")):
        with pytest.raises(DroneCalcError):
            read_figure(text, field)


def test_run_together_propeller_digits_with_a_propeller_word_name_the_diameter():
    with pytest.raises(DroneCalcError, match="propeller notation run together") as info:
        read_figure("1655 props", "rotor_diameter")
    assert "'16 in'" in str(info.value) and "pitch 5.5 in" in str(info.value)


def test_a_pitch_above_the_diameter_is_no_propeller():
    # ux7's hexa.txt: "23x88 inch propeller" is garbled (8.8?), not a 23 in rotor
    items = [i for i in extract("It has a 120KV rotor and a 23x88 inch propeller.").items
             if i.field == "rotor_diameter"]
    assert items == []
