"""Figure strings: every spelling a report may use, properties, and clean errors."""
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dronecalc import DroneCalcError, ParseError, UnitError
from dronecalc.intake.figures import Figure, parse
from dronecalc.intake.units import Q_, ureg

# text -> (kind, low, high, unit of both ends, approximate)
SPELLINGS = {
    "3 kg": ("point", 3, 3, "kg", False),
    "7km": ("point", 7, 7, "km", False),
    "60-70 km/h": ("range", 60, 70, "km/h", False),
    "60–70 km/h": ("range", 60, 70, "km/h", False),
    "60—70 km/h": ("range", 60, 70, "km/h", False),
    "60 to 70 km/h": ("range", 60, 70, "km/h", False),
    "60~70km/h": ("range", 60, 70, "km/h", False),
    "60 km/h to 70 km/h": ("range", 60, 70, "km/h", False),
    "> 120 min": ("at-least", 120, None, "min", False),
    "more than 120 minutes": ("at-least", 120, None, "min", False),
    "over 120 min": ("at-least", 120, None, "min", False),
    ">= 120 min": ("at-least", 120, None, "min", False),
    "120+ min": ("at-least", 120, None, "min", False),
    "at least 2 h": ("at-least", 2, None, "hour", False),
    "up to 40 km": ("at-most", None, 40, "km", False),
    "under 5 kg": ("at-most", None, 5, "kg", False),
    "less than 5 kg": ("at-most", None, 5, "kg", False),
    "no more than 5 kg": ("at-most", None, 5, "kg", False),
    "<= 5 kg": ("at-most", None, 5, "kg", False),
    "about 25 min": ("point", 25, 25, "min", True),
    "approximately 25 min": ("point", 25, 25, "min", True),
    "~25 min": ("point", 25, 25, "min", True),
    "≈ 25 min": ("point", 25, 25, "min", True),
    "~60-70 km/h": ("range", 60, 70, "km/h", True),
    "18500 mAh": ("point", 18500, 18500, "mAh", False),
    "18,500 mAh": ("point", 18500, 18500, "mAh", False),
    "18.5 Ah": ("point", 18.5, 18.5, "Ah", False),
    "22.2 V": ("point", 22.2, 22.2, "V", False),
    "6S": ("point", 6, 6, "cell", False),
    "6-12S": ("range", 6, 12, "cell", False),
    "21 in": ("point", 21, 21, "inch", False),
    '21"': ("point", 21, 21, "inch", False),
    "320KV": ("point", 320, 320, "rpm/V", False),
    "320 Kv": ("point", 320, 320, "rpm/V", False),
    "320kv": ("point", 320, 320, "rpm/V", False),
    "320 kV": ("point", 320, 320, "kV", False),
    "320 kilovolts": ("point", 320, 320, "kV", False),
    "3 kilograms": ("point", 3, 3, "kg", False),
    "1,200 g": ("point", 1200, 1200, "g", False),
    "65 kph": ("point", 65, 65, "km/h", False),
    "65 kmh": ("point", 65, 65, "km/h", False),
    "40 mph": ("point", 40, 40, "mph", False),
    "30 knots": ("point", 30, 30, "knot", False),
    "30 kt": ("point", 30, 30, "knot", False),
    "20 degC": ("point", 20, 20, "degC", False),
    "20 °C": ("point", 20, 20, "degC", False),
    "25 mins": ("point", 25, 25, "min", False),
    "2 hrs": ("point", 2, 2, "hour", False),
    "400 Wh": ("point", 400, 400, "Wh", False),
    "2 kgf": ("point", 2, 2, "kgf", False),
    "500 gf": ("point", 500, 500, "gf", False),
    "4": ("point", 4, 4, "dimensionless", False),
    "1-2": ("range", 1, 2, "dimensionless", False),
    "-5 kg": ("point", -5, -5, "kg", False),
}


@pytest.mark.parametrize("text", sorted(SPELLINGS))
def test_spelling(text):
    kind, low, high, unit, approximate = SPELLINGS[text]
    fig = parse(text)
    assert (fig.kind, fig.approximate, fig.text) == (kind, approximate, text)
    for end, want in ((fig.low, low), (fig.high, high)):
        assert (end is None) == (want is None)
        if want is not None:
            assert end.m_as(unit) == pytest.approx(want, rel=1e-12)


def test_siemens_is_never_read_for_cells():
    assert parse("6S").unit == ureg.cell
    assert parse("6 siemens").unit == ureg.siemens     # spelled out, read literally


def test_hours_are_not_planck():
    assert parse("2 h").low.m_as("s") == 7200


def test_nominal_and_point():
    assert parse("60-70 km/h").nominal.m_as("km/h") == 65
    assert parse("> 120 min").nominal.m_as("min") == 120
    assert parse("up to 40 km").nominal.m_as("km") == 40
    assert parse("3 kg").is_point and not parse("60-70 km/h").is_point


def test_offset_temperature_midpoint_and_conversion():
    fig = parse("15-25 degC")
    assert fig.nominal.m_as("K") == pytest.approx(293.15)
    kelvin = fig.to("K")
    assert kelvin.low.magnitude == pytest.approx(288.15) and kelvin.high.magnitude == pytest.approx(298.15)
    assert kelvin.text == "15-25 degC" and kelvin.kind == "range"


def test_to_keeps_open_ends_and_rejects_wrong_dimension():
    fig = parse("up to 40 km").to("m")
    assert fig.low is None and fig.high.magnitude == 40000
    with pytest.raises(UnitError):
        parse("3 kg").to("m")
    with pytest.raises(UnitError):
        parse("3 kg").to("blargh")


@pytest.mark.parametrize("text, error", [
    ("", ParseError), ("   ", ParseError), ("kg", ParseError), ("about", ParseError),
    ("3 blargh", UnitError), ("NaN kg", ParseError), ("nan", ParseError), ("inf km", ParseError),
    ("1e999 kg", ParseError), ("70-60 km/h", ParseError), ("over 60-70 km/h", ParseError),
    ("3 kg 4", ParseError), ("3 kg - 4 m", UnitError), ("over under 3 kg", ParseError),
])
def test_errors_are_library_errors_naming_the_text(text, error):
    with pytest.raises(error) as info:
        parse(text)
    assert repr(text) in str(info.value) and "expected" in str(info.value)


def test_reversed_range_is_an_error_not_a_swap():
    with pytest.raises(ParseError, match="reversed"):
        parse("70-60 km/h")


def test_non_string_is_a_parse_error():
    with pytest.raises(ParseError):
        parse(3)  # type: ignore[arg-type]


# ---- properties ---------------------------------------------------------------------------
UNITS = ["kg", "g", "lb", "km", "m", "mi", "in", "km/h", "mph", "knot", "m/s", "min", "h", "s",
         "mAh", "Ah", "Wh", "V", "kV", "Kv", "rpm/V", "degC", "K", "N", "kgf", "gf", "cell"]
FINITE = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)


@given(FINITE, st.sampled_from(UNITS))
def test_number_and_unit_round_trip_to_si(x, unit):
    # a program's float repr ("1.125 kg") reads its point as a decimal point; a person's text
    # with a point before three digits is refused (issue 10, tests/test_dot_groups.py)
    fig = parse(f"{x} {unit}", decimal_point=True)
    expected = Q_(x, unit).to_base_units().magnitude
    assert fig.is_point
    assert fig.low.to_base_units().magnitude == pytest.approx(expected, rel=1e-9, abs=1e-300)


FIGUREISH = st.text(alphabet="0123456789.,-+~–eE kmgsShVvKW/°C\"'<>=^*()nainfabout", max_size=25)


@given(st.one_of(st.text(max_size=30), FIGUREISH))
def test_arbitrary_text_gives_a_figure_or_a_library_error(text):
    try:
        fig = parse(text)
    except DroneCalcError:
        return
    assert isinstance(fig, Figure)


FIGURE_TEXT = st.builds(
    lambda q, a, sep, b, u: f"{q}{a}{sep}{b} {u}",
    st.sampled_from(["", "about ", "~", "over ", "up to "]),
    st.floats(-1e6, 1e6), st.sampled_from(["-", "–", " to ", "~", " - ", ""]),
    st.floats(-1e6, 1e6), st.sampled_from(UNITS))


@given(FIGURE_TEXT)
def test_range_low_never_exceeds_high(text):
    try:
        fig = parse(text)
    except DroneCalcError:
        return
    if fig.low is not None and fig.high is not None:
        assert fig.low.m_as(fig.unit) <= fig.high.m_as(fig.unit)
    assert math.isfinite(fig.nominal.magnitude)


@pytest.mark.parametrize("text, low, high", [("3770 ± 10 g", 3760, 3780),
                                             ("1.2 +/- 0.1 kg", 1.1, 1.3)])
def test_a_value_with_its_tolerance_reads_as_the_range_it_spans(text, low, high):
    # DJI Matrice 30 sheet (dronespec): "Weight: 3770 ± 10 g" could not be read
    fig = parse(text)
    assert fig.kind == "range" and str(fig) == text
    assert fig.low.magnitude == pytest.approx(low) and fig.high.magnitude == pytest.approx(high)
    with pytest.raises(ParseError):
        parse("10 ± 20 g")


@pytest.mark.parametrize("text, km", [("300 nm", 555.6), ("57NM", 105.564), ("12 nmi", 22.224),
                                      ("1,200 nautical miles", 2222.4)])
def test_nm_is_the_nautical_mile_of_aviation_not_a_nanometre(text, km):
    # Gizmodo on the Mule UAV: "31km (57nm) radius" read the conversion as 57 nanometres; a
    # range claim of "300 nm" was 3e-7 m, which every machine reaches
    assert parse(text).nominal.m_as("km") == pytest.approx(km)
