"""The shared number formatter: three significant figures, separators, shares never 0/100 %."""
import math

from hypothesis import given, strategies as st

from dronecalc import wording


def test_three_significant_figures_and_separators():
    assert wording.num(32.94) == "32.9"
    assert wording.num(7123.0) == "7,120"
    assert wording.num(0.4149) == "0.415"
    assert wording.num(0) == "0"
    assert wording.num(float("nan")) == "n/a" and wording.num(None) == "n/a"


def test_share_never_rounds_to_the_ends():
    assert wording.percent(0.99996) != "100 %"
    assert wording.percent(0.00004) != "0 %"
    assert wording.percent(1.0) == "100 %"


@given(st.floats(min_value=1e-6, max_value=1e9, allow_nan=False))
def test_rounding_error_is_below_half_a_unit_in_the_third_figure(x):
    back = float(wording.num(x).replace(",", ""))
    assert math.isclose(back, x, rel_tol=5.01e-3)


def test_a_span_with_a_negative_end_reads_with_to():
    assert wording.span(-5460, -3940) == "-5,460 to -3,940"
    assert wording.span(10.5, 10.52) == "10.5"
    assert wording.span(34.3, 40) == "34.3-40"
