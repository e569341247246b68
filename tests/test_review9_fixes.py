"""Review 9's findings 3, 4, 5, 9, 12 and 13 (intake and one data row): each sentence is
written for the test in the form the reviewer found, with what its figure must be drafted as;
the forms that motivated the rules (tests/test_trials_new5.py) keep their readings there."""
from __future__ import annotations

import math

import pytest

from dronecalc.intake.extract import extract


def _found(text):
    return {f.written: (f.field, f.role) for f in extract(text).figures if f.field != "airframe"}


# -- finding 3: a fleet's own figure, or a measured flight's, is no class's figure


@pytest.mark.parametrize("sentence, written, field", [
    ("According to the maker, its drones typically fly for 45 minutes on one charge.",
     "45 minutes", "flight_time"),
    ("In the trial, the drones usually flew for 35 minutes.", "35 minutes", "flight_time"),
    ("The average drone flight in the trial lasted 22 minutes.", "22 minutes", "flight_time"),
    # ... while a class stays a class
    ("In tests, consumer drones typically fly for 25 minutes.", "25 minutes", "context"),
    ("The average consumer drone flies 25 minutes.", "25 minutes", "context"),
    ("Most drones fly for 20 minutes.", "20 minutes", "context")])
def test_a_fleet_or_a_flight_is_no_class(sentence, written, field):
    assert _found(sentence)[written][0] == field


# -- finding 4: only an order-to-door delivery time is no flight time


@pytest.mark.parametrize("sentence, written, field", [
    ("Matternet's M2 delivery drone flies in all weathers at 70 km/h for 30 minutes.",
     "30 minutes", "flight_time"),
    ("The delivery quadcopter flew in strong wind for 40 minutes.", "40 minutes",
     "flight_time"),
    ("The quadcopter delivered the package 10 km away in 12 minutes.", "12 minutes",
     "flight_time"),
    # ... while a service's delivery time stays context
    ("The drone delivers orders to customers in 30 minutes.", "30 minutes", "context"),
    ("The service promises delivery in under 10 minutes.", "under 10 minutes", "context"),
    ("The drones promise delivering parcels to homes in under 30 minutes.", "under 30 minutes",
     "context")])
def test_a_delivery_time_needs_the_order_to_door_shape(sentence, written, field):
    assert _found(sentence)[written][0] == field


# -- finding 5: a conversion after ", or" agrees within the written figures' rounding


@pytest.mark.parametrize("sentence, written", [
    ("The quadcopter cruises at 60 km/h, or 45 mph in sport mode.", ["60 km/h", "45 mph"]),
    ("It has a top speed of 60 km/h, or 40 mph with a payload.", ["60 km/h", "40 mph"]),
    ("It has a top speed of 60 km/h, or 40 mph.", ["60 km/h", "40 mph"])])
def test_another_figure_after_or_is_kept(sentence, written):
    assert [f.written for f in extract(sentence).figures] == written


@pytest.mark.parametrize("sentence, written, also", [
    ("It has a top speed of 60 km/h, or 37 mph.", "60 km/h", "37 mph"),
    ("It flew at 1,000 feet, or 300 meters.", "1,000 feet", "300 meters"),
    ("It flew 5 kilometers, or about 3 miles.", "5 kilometers", "3 miles"),
    ("It could lift up to 100 kilograms, or 220 pounds.", "up to 100 kilograms",
     "220 pounds")])
def test_a_conversion_within_rounding_is_one_figure(sentence, written, also):
    figures = extract(sentence).figures
    assert [f.written for f in figures] == [written]
    assert any(also in n for n in figures[0].notes)


def test_half_unit_is_the_rounding_of_the_written_digits():
    from dronecalc.intake.conversions import half_unit
    assert half_unit("37") == pytest.approx(0.5 / 37)
    assert half_unit("3.5") == pytest.approx(0.05 / 3.5)
    assert half_unit("40") == pytest.approx(0.5 / 40)        # two significant figures
    assert half_unit("300") == pytest.approx(5 / 300)        # zeros past them: rounding
    assert half_unit("1,000") == pytest.approx(50 / 1000)


# -- finding 9: hyphenated minutes join hyphenated hours only


@pytest.mark.parametrize("sentence, texts", [
    ("Flight time: 2 hours, 30-minute battery swap.", {"2 hours", "30-minute"}),
    ("The quadcopter flies for 1 hour, 20-minute charging included.", {"1 hour", "20-minute"}),
    ("The four-hour, 40-minute drone flight was a record.", {"280 min"}),
    ("The 2-hour 30-minute flight ended at dusk.", {"150 min"}),
    ("It flew 1 hour 50 minutes.", {"110 min"})])
def test_hyphenated_minutes_join_only_hyphenated_hours(sentence, texts):
    assert {f.text for f in extract(sentence).figures} == texts


# -- finding 12: a misspelt vehicle_class is named, with the class it is closest to


CASE = """[case]
title = "t"
source = "s"
vehicle_class = "small-camera-quadd"
[figures.F1]
field = "flight_time"
text = "30 min"
role = "claim"
"""


def test_a_misspelt_class_alone_is_an_unknown_class(tmp_path, capsys):
    from dronecalc.cli import main
    from dronecalc.errors import DroneCalcError
    from dronecalc.intake.case import load_case
    path = tmp_path / "vc.toml"
    path.write_text(CASE)
    with pytest.raises(DroneCalcError) as err:
        load_case(path)
    text = str(err.value)
    assert "vehicle_class" in text and "unknown vehicle class" in text
    assert "did you mean 'small-camera-quad'" in text
    assert "names no vehicle kind" not in text
    for command in ("case", "check"):        # the CLI says so too, as an error
        assert main([command, str(path)]) != 0
        out = capsys.readouterr()
        assert "small-camera-quad'?" in out.err and "names no vehicle kind" not in out.out


def test_a_case_naming_nothing_still_names_no_kind(tmp_path):
    from dronecalc.intake.case import load_case
    path = tmp_path / "none.toml"
    path.write_text(CASE.replace('vehicle_class = "small-camera-quadd"\n', ""))
    assert load_case(path).kind is None


# -- finding 13: the Coyote's range is in nautical miles, as its own conversion says


def test_the_coyote_range_agrees_with_its_quotes_kilometres():
    from dronecalc.priors import fixed_wing as fwp
    row = next(r for r in fwp.load_fixed_wing() if r["name"].startswith("Coyote"))
    fig = row["range"]
    assert "(93 km)" in fig.quote and fig.range_kind == "unknown"
    km = fig.low if fig.unit == "km" else None
    assert km is not None and math.isclose(km, 93, abs_tol=0.5)
    assert "nautical" in fig.note
