"""The ninth fixed-wing round (issue #13, fwacc4): the nested leave-one-out test of predictors a
row states (benchmarks/fixed_wing_predictors.py) and the sourced Coyote row."""
import math

import pytest

from dronecalc.priors import fixed_wing as fwp
from helpers import benchmark

ROWS = {r["name"]: r for r in fwp.load_fixed_wing()}
COYOTE = "Coyote (BAE / Raytheon, expendable ISR UAV)"


@pytest.fixture(scope="module")
def pred():
    return benchmark("fixed_wing_predictors")


def _rows(ys, xs=None, classes=None):
    return [{"name": f"r{i}", "y": y, "x": None if xs is None else xs[i],
             "class3": "other" if classes is None else classes[i]} for i, y in enumerate(ys)]


def test_nested_chooses_a_line_the_rows_follow_and_it_beats_the_median(pred):
    xs = [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0]
    rows = _rows([0.3 + 0.8 * x + (0.01 if i % 2 else -0.01) for i, x in enumerate(xs)], xs)
    res = pred.nested(rows, "x", pred._line("x"))
    assert {pick for _, pick, _ in res["outer"]} == {"x"}
    assert res["rms"] < 0.05 < res["inner"]["median"]
    # every outer error is the held-out row against a line fitted without it
    name, _, err = res["outer"][0]
    others = rows[1:]
    slope = (sum((t["x"] - 1.75) * t["y"] for t in others)
             / sum((t["x"] - 1.75) ** 2 for t in others))
    icpt = sum(t["y"] for t in others) / 6 - slope * 1.75
    assert err == pytest.approx(rows[0]["y"] - icpt, abs=1e-9)


def test_nested_keeps_the_median_on_a_tie_and_rows_without_the_predictor_get_it(pred):
    flat = pred.nested(_rows([0.5] * 5, [0.0, 1.0, 2.0, 3.0, 4.0]), "x", pred._line("x"))
    assert {pick for _, pick, _ in flat["outer"]} == {"median"} and flat["rms"] == 0.0
    # a row that does not state x is predicted by the median of the others
    rows = _rows([0.0, 1.0, 2.0, 3.0, 9.0], [0.0, 1.0, 2.0, 3.0, None])
    assert pred._line("x")(rows[:4], rows[4]) == pytest.approx(1.5)


def test_class_median_needs_two_rows_of_the_class(pred):
    rows = _rows([1.0, 1.2, -1.0, -1.1, 0.0], classes=["munition", "munition", "other",
                                                      "other", "reconnaissance"])
    # the lone reconnaissance row falls back to the median of all others
    assert pred._by_class3(rows[:4], rows[4]) == pytest.approx(0.0)
    # one munition left in the fold: too few, the median of all (1.2, -1.0, -1.1)
    assert pred._by_class3(rows[1:4], rows[0]) == pytest.approx(-1.0)
    # two of its class: their median
    assert pred._by_class3(rows[1:4] + _rows([1.4], classes=["munition"]), rows[0]) \
        == pytest.approx(1.3)


@pytest.mark.parametrize("role, warhead, expected", [
    ("tube-launched loitering munition", False, "munition"),
    ("hand-launched reconnaissance", False, "reconnaissance"),
    ("VTOL quadplane (mapping / surveillance)", False, "reconnaissance"),
    ("small electric trainer", False, "other"),
    ("small electric trainer", True, "munition"),
])
def test_class3_reads_role_words_and_a_stated_warhead(pred, role, warhead, expected):
    row = {"role": role, "kind": "fixed-wing-electric"}
    if warhead:
        row["warhead"] = object()
    assert pred.class3(row) == expected


def test_span_length_and_cruise_covariates_come_from_stated_figures_only(pred):
    bench = benchmark("accuracy_fixed_wing")
    raven = pred.covariates(bench, ROWS["RQ-11 Raven"])
    assert raven["span-length"] == pytest.approx(math.log(55 / 38), rel=1e-9)
    assert raven["cruise"] is None                       # the Raven states no cruise speed
    coyote = ROWS[COYOTE]
    x = pred.covariates(bench, coyote)["cruise"]
    assert x == pytest.approx(math.log(55 * 1852 / 3600 / pred.best_endurance_speed(bench, coyote)))
    laima = pred.covariates(bench, ROWS["Aerosonde 'Laima' (Atlantic crossing, 1998)"])
    assert laima["cruise"] is None                       # a mean ground speed is no airspeed


def test_coyote_row_is_sourced_and_an_endurance_datum_not_a_range_one():
    row = ROWS[COYOTE]
    assert row["kind"] == "fixed-wing-electric" and "electric-powered" in row["kind_source"]
    for key, fig in row.items():
        if isinstance(fig, fwp.DataFigure):
            assert fig.source.startswith("http") and fig.basis in fwp.BASES, key
    assert row["takeoff_mass"].mid == pytest.approx(13 * 0.45359237)
    assert row["wingspan"].mid == pytest.approx(58 * 0.0254)
    bench = benchmark("accuracy_fixed_wing")
    assert COYOTE in {r["name"] for r in bench.rows_for("max_endurance")}
    # "up to 50 miles from its host aircraft": no still-air flight distance
    assert COYOTE not in {r["name"] for r in bench.rows_for("max_range")}


def test_cruise_wing_area_flies_the_cruise_at_the_minimum_drag_lift_coefficient(pred):
    # a flying wing (fixed e): the closed form S = 4 W^2 / (rho^2 V^4 b^2 C_D0 pi e)
    import numpy as np
    v = {"takeoff_mass": np.array([5.0]), "altitude": np.array([0.0]), "wingspan": np.array([2.0]),
         "aspect_ratio": np.array([6.0]), "zero_lift_drag": np.array([0.03]),
         "oswald_efficiency": np.array([0.8])}
    w, rho, speed = 5.0 * 9.80665, 1.225, 20.0
    closed = 4 * w ** 2 / (rho ** 2 * speed ** 4 * 2.0 ** 2 * 0.03 * math.pi * 0.8)
    area = pred.cruise_wing_area(v, speed, 1.0)
    assert float(area[0]) == pytest.approx(closed, rel=1e-6)
    # at Carson's speed (C_L / sqrt(3)) the same cruise needs three times the area
    assert float(pred.cruise_wing_area(v, speed, 1 / math.sqrt(3))[0]) == pytest.approx(
        3 * closed, rel=1e-6)


def test_nested_models_picks_the_model_whose_factor_is_constant_across_aircraft(pred):
    # the alternative physics leaves every aircraft at the same factor (y_alt = 0.4): held out it
    # predicts each one exactly, where the plain priors' factors scatter
    rows = [{"name": f"r{i}", "y": y, "alt": 0.4} for i, y in enumerate([0.1, 0.9, -0.3, 0.5, 0.2])]
    res = pred.nested_models(rows, "alt")
    assert {pick for _, pick, _ in res["outer"]} == {"alt"}
    assert res["rms"] == 0.0 < res["inner"]["y"]
    # and with the roles swapped the plain priors are kept
    swapped = [{"name": r["name"], "y": 0.4, "alt": r["y"]} for r in rows]
    assert {pick for _, pick, _ in pred.nested_models(swapped, "alt")["outer"]} == {"y"}


def test_the_raven_row_takes_mass_span_and_length_from_its_endurance_source():
    # the ninth round's audit: the row mixed the Raven A's 4.2 lb / 51 in (National Guard, 2008)
    # with the Raven B's 60-90 min (Army roundtable, 2011); one version's figures now
    raven = ROWS["RQ-11 Raven"]
    source = raven["endurance"].source
    assert all(raven[k].source == source for k in ("takeoff_mass", "wingspan", "length"))
    assert raven["takeoff_mass"].mid == pytest.approx(4.5 * 0.45359237)
    assert (raven["wingspan"].mid, raven["length"].mid) == pytest.approx((55 * 0.0254, 38 * 0.0254))


def test_the_skylark_i_states_the_span_its_sources_give():
    skylark = ROWS["Skylark I (IDF, 2013)"]
    assert skylark["wingspan"].mid == pytest.approx(3.0) and skylark["length"].mid == 1.5
    assert skylark["wingspan"].source.startswith("https://sarabic.ae/")
    assert skylark["endurance"].at_speed == "cruise"     # CBN: three hours at about 50 mph
