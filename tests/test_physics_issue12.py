"""Issue 12 physics: rotor drag, coaxial factor, maker-style flight times (fast, SI)."""
import numpy as np
import pytest
from hypothesis import given, strategies as st

from dronecalc.errors import DroneCalcError
from dronecalc.physics import rotor
from dronecalc.physics.flight_time import hover_time, maker_flight_time
from dronecalc.physics.multirotor import performance
from dronecalc.physics.vehicle import Vehicle
from dronecalc.priors import calibration as cal

WH = 3600.0
QUAD = Vehicle(rotors=4, rotor_diameter=0.254, empty_mass=1.0, battery_mass=0.4,
               battery_energy=80 * WH)


@given(st.floats(0.1, 500.0), st.floats(0.0, 40.0), st.floats(0.0, 0.1))
def test_rotor_drag_power_is_c_t_v_squared_and_non_negative(t, v, c):
    p = rotor._rotor_drag_power(t, v, c)
    assert p == pytest.approx(c * t * v * v) and p >= 0.0
    assert rotor._rotor_drag_power(2 * t, v, c) == pytest.approx(2 * p)


def test_rotor_drag_term_adds_only_in_forward_flight():
    base, _ = rotor._forward_flight_power(14.0, np.array([0.0, 10.0]), 1.225, 0.254, 4, 0.02,
                                          0.65)
    drag, parts = rotor._forward_flight_power(14.0, np.array([0.0, 10.0]), 1.225, 0.254, 4,
                                              0.02, 0.65, rotor_drag_coefficient=0.03)
    assert drag[0] == pytest.approx(base[0])                 # hover unchanged
    assert drag[1] - base[1] == pytest.approx(parts["rotor_drag"][1])
    assert parts["rotor_drag"][1] > 0.03 * 14.0 * 100 * 0.99  # thrust >= weight


def test_coaxial_factor_table_and_layouts():
    # Leishman 2006 sec. 4.4: ideal 1.28, measured ~1.16
    lo, hi = rotor.COAXIAL_FACTORS["coaxial"]["range"]
    assert (lo, hi) == (1.16, 1.28) and lo <= rotor.coaxial_factor("coaxial") <= hi
    assert rotor.coaxial_factor("flat") == 1.0
    assert rotor.layout_from_counts(8, 4) == "coaxial"
    assert rotor.layout_from_counts(6, 6) == "flat"
    with pytest.raises(DroneCalcError, match="layout"):
        rotor.coaxial_factor("tandem")
    with pytest.raises(DroneCalcError, match="arm"):
        rotor.layout_from_counts(6, 4)


def test_maker_flight_time_hover_and_reserve():
    out = performance(QUAD)
    assert hover_time(QUAD) == pytest.approx(out["hover_endurance"])
    assert hover_time(QUAD, reserve=0.2) == pytest.approx(0.8 * out["hover_endurance"])
    t = maker_flight_time(QUAD, np.array([0.0, 5.0, 10.0]))
    assert t.shape == (3,) and np.all(t <= out["max_endurance"] * (1 + 1e-9))
    with pytest.raises(DroneCalcError, match="reserve"):
        maker_flight_time(QUAD, 5.0, reserve=1.0)


def test_power_curves_load_with_provenance():
    curves = cal.load_power_curves()
    assert len(curves) >= 2
    for c in curves:
        assert c["source"] and c["retrieval"] and c["speed"].size == c["value"].size
        assert np.all(np.diff(c["speed"]) > 0)


def test_efficiency_law_reads_the_stored_fit_and_grows_with_mass():
    law = cal.efficiency_law(np.array([1.0, 6.0, 20.0]), rotors=4)
    q = law["product"]
    assert q.shape == (3, 3) and np.all(q[0] < q[1]) and np.all(q[1] < q[2])
    stored = cal.load_calibrated()["efficiency_law"]
    # bigger machines are more efficient (positive exponent fitted, issue 12)
    assert stored["theta"][1] > 0 and np.all(np.diff(q[1]) > 0)
    assert 0.2 < q[1][0] < 0.7 and law["rotor_drag_coefficient"] >= 0.0


def test_sized_rows_flag_derived_energy_and_keep_the_stated_speed():
    rows = cal.sized_rows()
    solo = [r for r in rows if r["drone"] == "3DR Solo"]
    assert solo and all(r["energy_derived"] for r in solo)
    # 5200 mAh x 14.8 V (drone_awe restatement of the 3DR spec sheet)
    assert solo[0]["energy"] == pytest.approx(5.2 * 14.8 * 3600.0)
    m350 = [r for r in rows if r["drone"] == "DJI Matrice 350 RTK"]
    assert m350[0]["speed"] == pytest.approx(8.0) and not m350[0]["energy_derived"]
    mavic2 = [r for r in rows if r["drone"] == "DJI Mavic 2 Pro" and r["mode"] == "flight"]
    assert mavic2[0]["speed"] == pytest.approx(25 / 3.6)


def test_power_curve_fit_finds_a_positive_rotor_drag():
    fit = cal.fit_power_curves()
    assert fit["rotor_drag_coefficient"] > 0.0 and fit["scatter"] < 0.1


def test_rotor_drag_default_is_the_power_curve_fit_and_vehicles_use_it():
    # rotor_terms.ROTOR_DRAG must be the fit on data/power_curves.toml (rounded), not a
    # hand-set number; Vehicle's default is that value.
    fit = cal.fit_power_curves(cal.shipped_curves())
    default = rotor.ROTOR_DRAG["coefficient"]["value"]
    assert default == pytest.approx(fit["rotor_drag_coefficient"], rel=0.01)
    # the stored fit (the checks' rotor-drag prior) is the same fit, so regenerating
    # calibrated.toml reproduces it; the held-out curves do not enter it
    stored = cal.load_calibrated()["parameters"]["rotor_drag_coefficient"]
    assert stored["value"] == pytest.approx(fit["rotor_drag_coefficient"], rel=1e-4)
    assert all(c["shipped_fit"] for c in cal.shipped_curves())
    assert len(cal.shipped_curves()) < len(cal.load_power_curves())
    lo, hi = rotor.ROTOR_DRAG["coefficient"]["range"]
    assert lo < default < hi
    assert QUAD.rotor_drag_coefficient == default


def test_rotor_drag_improves_held_out_power_curves():
    # docs/validation.md section C: leave-one-curve-out, drag area at the checks' prior
    with_drag = cal.power_curve_validation(with_rotor_drag=True)
    without = cal.power_curve_validation(with_rotor_drag=False)
    assert with_drag["median_error"] < without["median_error"]
    assert with_drag["median_error"] <= 10.0


def test_rotor_drag_law_is_the_power_curves_trade_and_the_stored_one():
    # calibrated.toml [rotor_drag_law] (the checks draw c given f from it) is the fit on
    # data/power_curves.toml, not a hand-set line: c falls as the drag area rises (the two
    # trade on the curves), and its scatter is the two curves' spread at one drag area
    from dronecalc.priors.conditioned import rotor_drag_law
    from dronecalc.priors.efficiency_fit import fit_rotor_drag_law
    fit, stored = fit_rotor_drag_law(), rotor_drag_law()
    for key in ("reference", "value", "slope", "scatter"):
        assert stored[key] == pytest.approx(fit[key], rel=1e-4, abs=1e-9)
    assert fit["slope"] < 0.0 < fit["value"] and fit["scatter"] > 0.0
    per = np.array(list(fit["per_curve"].values()))
    both = np.all(per > 1e-6, axis=0)
    assert fit["scatter"] == pytest.approx(np.sqrt(np.mean(np.var(per[:, both], axis=0,
                                                                  ddof=1))))
    # the joint fits lie on the line where they are above c = 0
    f, joint = np.array(fit["grid"]), np.array(fit["joint"])
    line = fit["value"] + fit["slope"] * (f - fit["reference"])
    np.testing.assert_allclose(joint[joint > 1e-6], line[joint > 1e-6], atol=5e-4)


@given(st.floats(0.0, 0.2), st.floats(0.001, 0.999), st.floats(0.001, 0.999))
def test_rotor_drag_given_drag_area_is_non_negative_and_monotone(f, p, q):
    from dronecalc.priors.conditioned import rotor_drag_from_percentile
    lo, hi = sorted((p, q))
    c = rotor_drag_from_percentile(np.array([f, f, f + 0.01]), np.array([lo, hi, lo]))
    assert np.all(c >= 0.0) and c[0] <= c[1] and c[2] <= c[0]


def test_rotor_drag_given_drag_area_switch_draws_its_percentile(monkeypatch):
    # conditioned.ROTOR_DRAG_GIVEN_DRAG_AREA (off as shipped, docs/validation.md ninth
    # round): on, a stated rotor size draws rotor_drag_percentile and the vehicle's rotor drag
    # is the law's at the sample's drag-area coefficient
    from dronecalc.engine import uncertainty as unc
    from dronecalc.priors import conditioned, describe
    figures = {"rotors": 4, "rotor_diameter": "15-22 in", "takeoff_mass": "10 kg",
               "battery_energy": "500 Wh"}
    assert "rotor_drag_coefficient" in describe.describe(figures, "large-lift-quad")
    monkeypatch.setattr(conditioned, "ROTOR_DRAG_GIVEN_DRAG_AREA", True)
    box = describe.describe(figures, "large-lift-quad")
    assert "rotor_drag_coefficient" not in box
    drag = box["rotor_drag_percentile"]
    assert drag.origin == "calibration" and (drag.low, drag.high) == pytest.approx((0.005, 0.995))
    law = conditioned.rotor_drag_law()
    values = unc.batch(unc.central_point(box), {"rotor_drag_percentile": [0.05, 0.5, 0.95],
                                                "drag_area_coefficient": [0.03, 0.03, 0.03]})
    c = unc.vehicle(values).rotor_drag_coefficient
    np.testing.assert_allclose(c, np.maximum(law["value"] + np.array([-1.0, 0.0, 1.0])
                                             * 1.6448536269514722 * law["scatter"], 0.0))
    values = unc.batch(unc.central_point(box), {"drag_area_coefficient": [0.01, 0.03, 0.05]})
    c = unc.vehicle(values).rotor_drag_coefficient
    assert c[0] > c[1] >= c[2] >= 0.0
    # the efficiency law's fit draws it the same way
    from dronecalc.priors.efficiency_fit import check_conditions, drawn_rotor_drag, sized_rows
    rows = [r for r in sized_rows() if np.isfinite(r["rotor_diameter"])][:2]
    draws = check_conditions(rows, n=8)
    assert "rotor_drag_percentile" in draws and "rotor_drag_coefficient" not in draws
    assert np.all(drawn_rotor_drag(draws) >= 0.0)


def test_drawn_drag_area_power_curve_validation_holds_its_target():
    # docs/validation.md ninth round, row C drawn: leave-one-curve-out with the drag area
    # drawn over 0.01-0.05 and the rotor drag given it (the checks' joint draw)
    pv = cal.power_curve_validation(drawn=True)
    assert pv["median_error"] <= 10.0
    assert all(abs(x) < 2.5 for x in pv["min_power_speed_errors"])


def test_stored_efficiency_law_is_a_fit_on_the_sized_machines():
    # calibrated.toml [efficiency_law] must be reproducible from the data (not hand-set)
    rows = [r for r in cal.sized_rows() if np.isfinite(r["rotor_diameter"])
            and np.isfinite(r["rotors"])]
    stored = cal.load_calibrated()["efficiency_law"]
    fit = cal.fit_efficiency(rows)              # under the checks' own draws, as shipped
    assert fit["theta"][:2] == pytest.approx(stored["theta"][:2], abs=2e-3)
    assert fit["drones"] == stored["drones"]
    # issue 12, eighth round: the stored scatter is the residual's with the draws' share out
    assert fit["scatter"] ** 2 + fit["condition_sd"] ** 2 == pytest.approx(
        fit["scatter_total"] ** 2)
    assert 0.0 < fit["condition_sd"] < fit["scatter_total"]
    assert stored["scatter_log"] == pytest.approx(fit["scatter"], rel=0.02)


@given(st.lists(st.floats(0.0, 0.2), min_size=1, max_size=6), st.floats(0.0, 0.3))
def test_condition_variance_is_the_drones_mean_spread_and_never_makes_scatter_negative(
        sds, total):
    # each drone's rows share their conditions: the spread of its mean is its rows' mean sd
    from dronecalc.priors.disk_fit import condition_variance, deconvolved_scatter
    rng = np.random.default_rng(0)
    z = rng.standard_normal(4000)
    z = (z - z.mean()) / z.std(ddof=1)
    names = [f"d{i // 2}" for i in range(len(sds))]
    logs = np.array([s * z for s in sds])
    per = [np.mean([s for s, n in zip(sds, names) if n == d]) ** 2 for d in dict.fromkeys(names)]
    v = condition_variance(names, logs)
    assert v == pytest.approx(np.mean(per), rel=1e-9, abs=1e-15)
    sigma = deconvolved_scatter(total, v)
    assert 0.0 <= sigma <= total
    assert sigma == pytest.approx(np.sqrt(max(total ** 2 - v, 0.0)))


def _sized():
    return [r for r in cal.sized_rows() if np.isfinite(r["rotor_diameter"])
            and np.isfinite(r["rotors"])]


def test_fit_draws_are_the_checks_priors():
    # issue 12, third round: the law is fitted under the distribution the checks draw
    from dronecalc.engine import uncertainty as unc
    from dronecalc.priors.efficiency_fit import _row_inputs, check_conditions
    rows = _sized()
    sweep = [r for r in rows if r["payload"] > 0               # Alta X: payload, "sea level"
             and r["drone"] == "Freefly Alta X"][0]
    draws = check_conditions([rows[0], sweep], n=32)
    for i, r in enumerate((rows[0], sweep)):
        inputs = unc.describe(_row_inputs(r), "large-lift-quad")
        for name, x in draws.items():
            assert inputs[name].low <= x[i].min() and x[i].max() <= inputs[name].high
    assert np.all(draws["altitude"][1] == 0.0)               # the maker's stated sea level
    assert np.all(draws["payload_drag_area"][0] == 0.0)      # no payload, no payload drag
    assert np.ptp(draws["drag_area_coefficient"][0]) > 0.03  # spans 0.01-0.05


def test_maker_time_under_draws_is_the_checks_vehicle():
    # the fit's model time equals the checks' own machine for the same draws
    from dronecalc.engine import uncertainty as unc
    from dronecalc.priors.efficiency_fit import _row_inputs, check_conditions, maker_time
    rows = [r for r in _sized() if r["mode"] == "hover"][:1] + \
        [r for r in _sized() if r["payload"] > 0][:1]
    draws = check_conditions(rows, n=8)
    law = cal.load_calibrated()["efficiency_law"]
    cols = cal._sized_cols(rows)
    size = cal.covariate_values(cols, law["covariate"])          # ln(m / rotors), shipped
    eff = np.exp(law["theta"][0] + law["theta"][1] * size)
    t = maker_time(cols, eff[:, None], None, "drawn", conditions=draws)
    for i, r in enumerate(rows):
        inputs = unc.describe(_row_inputs(r), "large-lift-quad")
        values = {k: np.full(8, 0.5 * (v.low + v.high)) for k, v in inputs.items()}
        values.update({k: v[i] for k, v in draws.items()}, efficiency_percentile=np.full(8, 0.5))
        out = performance(unc.vehicle(values))
        want = out["hover_endurance" if r["mode"] == "hover" else "max_endurance"]
        want = want * (1.0 - r["reserve"])            # to the maker's stated landing reserve
        assert t[i] == pytest.approx(want, rel=2e-3)


def test_a_sized_machine_of_unstated_layout_stays_out_of_the_efficiency_fit():
    """The DJI FlyCart 30 (8 rotors, layout in no retrieved source) is a sized row only on
    request: its induced-power factor (1 flat, 1.16-1.28 coaxial) is not known to the fit."""
    from dronecalc.priors.efficiency_fit import _row_layout
    assert _row_layout({"rotors": 4}) == "flat"
    assert _row_layout({"rotors": 8}) == "unstated"
    assert _row_layout({"rotors": 8, "rotor_layout": "coaxial: 8 rotors as 4 pairs"}) == "coaxial"
    assert _row_layout({"rotors": 8, "rotor_layout": "flat: 8 arms"}) == "flat"
    default = {r["drone"] for r in cal.sized_rows()}
    every = {r["drone"]: r["layout"] for r in cal.sized_rows(unstated_layout=True)}
    assert "DJI FlyCart 30" not in default
    assert every["DJI FlyCart 30"] == "unstated"
    assert {name for name, lay in every.items() if lay != "unstated"} <= default


def test_the_checks_draws_of_a_calibrated_law_keep_its_own_p5_p95():
    """Issue 12, fifth round: the percentile inputs are drawn uniformly over
    tables.EFFICIENCY_PERCENTILES / DISK_LOADING_PERCENTILES; the samples' own p5-p95 must be
    (nearly) the law's p5-p95. Over 5-95 % it was the law's p9.5-p90.5, 20 % too narrow in ln."""
    from dronecalc.priors import tables
    law = tables.efficiency_law()
    rng = np.random.default_rng(0)
    for lo, hi in (tables.EFFICIENCY_PERCENTILES, tables.DISK_LOADING_PERCENTILES):
        u = rng.uniform(lo / 100.0, hi / 100.0, 200_000)
        drawn = law.product(np.full(u.size, 5.0), u)
        width = np.log(np.percentile(drawn, 95.0) / np.percentile(drawn, 5.0))
        own = np.log(law.product(np.full(2, 5.0), np.array([0.95, 0.05])))
        assert 0.96 <= width / (own[0] - own[1]) <= 1.0
    narrow = law.product(np.full(u.size, 5.0), rng.uniform(0.05, 0.95, u.size))
    ratio = np.log(np.percentile(narrow, 95.0) / np.percentile(narrow, 5.0)) / (own[0] - own[1])
    assert ratio == pytest.approx(1.31 / 1.645, abs=0.01)


def _faustino():
    return next(c for c in cal.load_power_curves() if c["name"].startswith("Faustino"))


def test_faustino_m100_curve_is_its_logs_transcribed_and_its_stated_vehicle():
    # power_curves.toml: the mean current of each orbit is the logged capacity drop over the
    # logged duration (alex-faustino/brg-qr-Optend data/3April2019); the vehicle is the one the
    # same source states (m = 3.29 kg, r = 17.2 cm, a quadrotor), none of it assumed
    import tomllib
    from importlib import resources
    raw = next(c for c in tomllib.loads(resources.files("dronecalc").joinpath(
        "data", "power_curves.toml").read_text(encoding="utf-8"))["curve"]
        if c["name"].startswith("Faustino"))
    np.testing.assert_allclose(raw["value"], np.array(raw["capacity_drop_mah"]) * 3.6
                               / np.array(raw["duration_s"]), rtol=2e-4)
    c = _faustino()
    assert c["mass"] == pytest.approx(3.29) and c["rotors"] == 4
    assert c["rotor_diameter"] == pytest.approx(2 * 0.172) and c["turn_radius"] == 25.0
    assert c["measured"] == "current" and c["speed"][0] == 0.0


def test_orbit_load_factor_raises_the_model_power_only_in_the_turn():
    c = _faustino()
    straight = dict(c, turn_radius=np.inf)
    v = np.array([0.0, 8.66])
    turn, flat = (cal._curve_power(x, v, 0.03, 0.0135) for x in (c, straight))
    assert turn[0] == pytest.approx(flat[0])
    n = np.sqrt(1.0 + (8.66 ** 2 / (9.80665 * 25.0)) ** 2)       # 1.044
    assert 1.0 < turn[1] / flat[1] < n ** 1.5


def test_shipped_rotor_drag_predicts_the_held_out_m100_curve():
    # the shipped default was fitted on the two drone_awe curves only; on the M100 orbits it
    # was not fitted on, anchored at hover, it must stay within the 10 % (measured:
    # 1.1 % median, docs/validation.md issue 12 curves round)
    c = _faustino()
    p = cal._curve_power(c, c["speed"], cal.DRAG_AREA_PRIOR_1KG[0],
                         rotor.ROTOR_DRAG["coefficient"]["value"])
    pred = p / p[0] * c["value"][0]
    err = np.abs(pred[1:] / c["value"][1:] - 1.0)
    assert np.median(err) < 0.10 and err.max() < 0.15


def test_drag_area_profile_bounds_it_above_but_not_below():
    # issue 12, 13th round (docs/validation.md): on the three measured curves the profile
    # deviance of the drag-area coefficient rejects the upper part of the checks' 0.01-0.05
    # prior at 5 %, and does not bound it below: the drag area is not identified
    from dronecalc.physics.airframe import DRAG_AREA_PARAMETERS
    prof = cal.drag_area_profile()
    dev = np.array(prof["deviance"])
    assert dev.min() == 0.0 and np.all(dev >= 0.0)
    assert prof["interval"][0] <= prof["best"] <= prof["interval"][1]
    assert prof["bounded_above"] and not prof["bounded_below"] and not prof["identified"]
    assert prof["interval"][1] < DRAG_AREA_PARAMETERS["scaling"]["range"][1]
    # the rotor drag at each drag area is the fit at that drag area
    i = len(prof["grid"]) // 2
    assert prof["rotor_drag"][i] == pytest.approx(cal.fit_power_curves(
        drag_area_1kg=prof["grid"][i])["rotor_drag_coefficient"])


def test_joint_fit_held_out_meets_the_curve_targets_but_not_every_fold_identifies_it():
    # drag area and rotor drag both fitted on the other curves: every held-out speed of
    # minimum power within the 1.5 m/s and the median |error| within 10 %; but only
    # the fold without Chang bounds the drag area on both sides (the drag area is not
    # identified without Di Franco, nor without Chang's neighbour the M100)
    jv = cal.joint_validation()
    assert jv["median_error"] <= 10.0
    assert all(abs(x) <= 1.5 for x in jv["min_power_speed_errors"])
    assert not all(c["profile"]["identified"] for c in jv["curves"].values())


def test_m100_replicate_is_its_logs_and_disagrees_with_the_curve_it_repeats():
    # power_curves.toml [[replicate]] (alex-faustino/brg-qr-Optend data/16April2019, a day
    # the authors' commit calls very windy): 1 hover flight and 10 orbits at 8 m/s; current
    # ratio = hover s-per-percent over each orbit's (measured 1.21, 1.10-1.34), where the
    # calm 3 April curve has 0.98 at 8.66 m/s
    from dronecalc.priors.curve_check import load_replicates, replicate_check
    rep = next(r for r in load_replicates() if r["curve"].startswith("Faustino"))
    assert rep["speed"].size == 11 and rep["relative_current"][0] == 1.0
    assert rep["turn_radius"] == 25.0
    (check,) = replicate_check(((0.0224, 0.0135),))
    assert check["measured"] == pytest.approx(1.215, abs=0.002)
    assert 8.4 < check["speed"] < 8.6
    c = _faustino()
    i = int(np.argmax(c["speed"]))
    assert c["value"][i] / c["value"][0] < 1.0 < check["measured_range"][0]
