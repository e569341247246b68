"""Bugs a reviewer verified in this round's work, each pinned by behaviour."""
from __future__ import annotations

import warnings

import numpy as np
import pytest

from dronecalc.intake.extract import extract


def _figures(text: str) -> list:
    return [i for i in extract(text).items if i.kind == "figure"]


@pytest.mark.parametrize("text, speed", [
    ("It flies for 30 minutes at 10 m/s wind speed.", "10 m/s"),
    ("It flies 30 minutes at 12 m/s headwind resistance.", "12 m/s"),
    ("It flies 30 minutes at 12 m/s of crosswind.", "12 m/s"),
])
def test_a_wind_speed_is_no_claims_flight_speed(text, speed):
    time, wind = _figures(text)
    assert time.field == "flight_time" and time.at_speed is None
    assert wind.text == speed and wind.field == "context"


@pytest.mark.parametrize("text", [
    "Flight time 30 minutes at 14 m/s without wind.",
    "It flies 30 minutes at 14 m/s in no wind.",
    "It flies for 30 minutes at 10 m/s in winds of 5 m/s.",
])
def test_the_flight_speed_beside_wind_words_stays_linked(text):
    time = _figures(text)[0]
    assert time.field == "flight_time" and time.at_speed in ("14 m/s", "10 m/s")


@pytest.mark.parametrize("written, value", [("1.234,5", 1234.5), ("12.345.678", 12345678.0)])
def test_thousands_points_are_refused_by_parse_and_read_whole_by_extract(written, value):
    from dronecalc import parse
    from dronecalc.errors import ParseError
    with pytest.raises(ParseError, match=f"write '{value:.12g}'"):
        parse(f"{written} km")
    (figure,) = _figures(f"The drone has a range of {written} km.")
    assert figure.text == f"{value:.12g} km" and figure.written == f"{written} km"
    assert any("thousands grouped by a point" in n for n in figure.notes)


def test_a_dot_thousands_capacity_is_never_a_silent_decimal_in_extract():
    (figure,) = _figures("It carries a 3.850 mAh battery.")
    assert figure.flag and "3850" in figure.flag and "3.85" in figure.flag   # both readings


@pytest.mark.parametrize("text, minutes", [("1 h 50 min", 110), ("2 hours 15 minutes", 135),
                                           ("30 min 20 s", 30 + 20 / 60),
                                           ("about 1 h 50 min", 110)])
def test_a_two_unit_duration_hint_names_the_sum_not_the_first_part(text, minutes):
    # ux9: no longer a hint: the duration is read as its sum (never "the figure alone
    # ('1 h')"), the text kept as written
    from dronecalc import parse
    figure = parse(text)
    assert figure.text == text
    assert figure.nominal.to("minute").magnitude == pytest.approx(minutes)
    assert figure.approximate == text.startswith("about")


@pytest.mark.parametrize("field, unit", [("rotor_diameter", " in"), ("flight_time", " min"),
                                         ("battery_charge", " mAh"), ("rotors", "")])
def test_a_bare_number_hint_takes_the_fields_unit(tmp_path, field, unit):
    from dronecalc import load_case
    from dronecalc.errors import CaseError
    path = tmp_path / "bare.toml"
    path.write_text(f'[case]\ntitle = "t"\nsource = "s"\n[figures.F1]\nfield = "{field}"\n'
                    'text = 21\nrole = "input"\nquote = "q"\n')
    with pytest.raises(CaseError, match=f'text = "21{unit}"'):
        load_case(path)


@pytest.mark.parametrize("condition, reserve", [
    ("charged to 100 % charge, landing with 15 % battery", 0.15),
    ("landing at 10% battery", 0.10),
    ("landing with 10 percent battery", 0.10),
    ("10% remaining battery", 0.10),
    ("15 % battery left", 0.15),
    ("until 20 % battery", 0.20),
    ("landing with 10% battery level", 0.10),          # DJI's Matrice 600 footnote
    ("flying forward until battery 0%", 0.0),
    ("charged to 100 %", 0.0),
    ("charged to 100 % battery, flown to 20 % battery", 0.20),
    ("no payload, windless", 0.0),
])
def test_the_landing_reserve_reader_takes_the_landing_figure(condition, reserve):
    from dronecalc.priors.disk_fit import stated_reserve
    assert stated_reserve(condition) == pytest.approx(reserve)


def test_a_full_landing_reserve_is_still_refused():
    from dronecalc.errors import DroneCalcError
    from dronecalc.priors.disk_fit import stated_reserve
    with pytest.raises(DroneCalcError, match="reserve"):
        stated_reserve("landing with 100 % battery")


@pytest.mark.parametrize("rotors", [None, 0, np.array([4.0, 0.0]), np.nan, -4])
def test_the_per_rotor_law_refuses_a_missing_or_zero_rotor_count(rotors):
    from dronecalc.errors import DroneCalcError
    from dronecalc.priors import calibration, tables
    law = tables.efficiency_law()
    if law.covariate != "mass_per_rotor":
        pytest.skip("the fitted law is not per rotor")
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        with pytest.raises(DroneCalcError, match="rotors") as caught:
            law.size(np.array([5.0, 5.0]), rotors)
        assert "at least 1" in str(caught.value) and "4" in str(caught.value)
        with pytest.raises(DroneCalcError, match="rotors"):
            calibration.efficiency_law(np.array([5.0, 5.0]), rotors=rotors)
    assert law.size(np.array([5.0]), 4)[0] == pytest.approx(1.25)


@pytest.mark.parametrize("reserve", [1.0, -0.1, np.nan])
def test_every_fit_scales_to_a_reserve_through_the_one_checked_function(reserve):
    """disk_fit, efficiency_fit and flight_time share physics.flight_time.time_to_reserve:
    a reserve outside [0, 1) is refused by all of them (the fits gave 0 s or a negative time)."""
    from dronecalc.errors import InputValueError
    from dronecalc.physics.flight_time import time_to_reserve
    from dronecalc.priors import calibration as cal
    from dronecalc.priors import disk_fit
    from dronecalc.priors import efficiency_fit as ef
    assert time_to_reserve(np.array([600.0, 1200.0]), 0.1) == pytest.approx([540.0, 1080.0])
    rows, _ = cal.fit_rows(cal.load_multirotors())
    cols = disk_fit._columns([dict(r, reserve=reserve) for r in rows[:2]])
    with pytest.raises(InputValueError, match="reserve"):
        disk_fit.predict_times(cols, cal.load_calibrated()["fit"]["theta"])
    sized = [dict(r, reserve=reserve) for r in cal.sized_rows()
             if np.isfinite(r["rotor_diameter"])][:2]
    with pytest.raises(InputValueError, match="reserve"):
        ef.maker_time(ef._sized_cols(sized), 1.0, 0.0224, 0.0135)
    with pytest.raises(InputValueError, match="reserve"):
        time_to_reserve(600.0, reserve)


def test_a_dot_thousands_capacity_is_flagged_when_read_for_its_field():
    """A point before three digits has two readings (issue 10): "3.850 mAh" is refused with
    both, 3.85 and 3850 mAh; written "3850 mAh" it is read."""
    from dronecalc.errors import AmbiguousNumberError
    from dronecalc.intake.fields import read_figure
    with pytest.raises(AmbiguousNumberError, match="3850 mAh.*3.85 mAh"):
        read_figure("3.850 mAh", "battery_charge")
    assert read_figure("3850 mAh", "battery_charge").value.nominal.m_as("mAh") == 3850
