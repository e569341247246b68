"""The design full load of a payload claim judged without a Kv (priors/drive.py, the payload
kind): a maker's maximum payload is its maximum take-off mass less the mass flown without
payload, so the capacity is a stated MTOW, else the MTOW / take-off-mass ratio fitted on the
real machines of data/multirotors.toml times that mass, less that mass; the thrust-to-weight
prior and the control margin, which set the MTOW, are not applied again (issue #10)."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from dronecalc import check, load_case
from dronecalc.claims.context import Context
from dronecalc.claims.kinds.payload import capacity, design_full_load
from dronecalc.priors import drive
from dronecalc.priors.holdout import held_out

CASE = """
[case]
title = "a heavy-lift octocopter, no Kv"
source = "tests"
vehicle_kind = "multirotor"

[vehicle]
rotors = 8
mass = "{mass}"
{extra}
"""


def _case(tmp_path, mass="75 kg", extra=""):
    path = tmp_path / "case.toml"
    path.write_text(CASE.format(mass=mass, extra=extra))
    return load_case(path)


def _fig(ident, field, text, role="claim"):
    return f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{text}"\nrole = "{role}"\n'


def test_the_ratio_is_fitted_on_the_machines_that_state_both_masses():
    """Every row is a maker's MTOW over its take-off mass without payload (DJI Matrice 600:
    15.1 kg / 9.1 kg; Agras T40: 101 / 50 kg); the fit is ordinary least squares of ln r on
    ln m, reproduced here with numpy, and the trend beats a constant out of sample."""
    load = drive.design_load()
    rows = {r[0]: r for r in load.rows}
    assert rows["DJI Matrice 600"][1:] == pytest.approx((9.1, 15.1))
    assert rows["DJI Agras T40"][1:] == pytest.approx((50.0, 101.0))
    assert len(load.rows) >= 15 and all(mt >= m for _, m, mt in load.rows)
    m = np.array([r[1] for r in load.rows])
    r = np.array([r[2] / r[1] for r in load.rows])
    slope, intercept = np.polyfit(np.log(m), np.log(r), 1)
    assert (load.relation.slope, load.relation.intercept) == pytest.approx((slope, intercept))
    assert load.choice == "mass" and load.loo["mass"][0] < load.loo["pooled"][0]
    # the class means (reported only: a case states no class) were behind the mass trend out
    # of sample on 15 machines; on 18 (the Autel Alpha, RobSenseTech i800 and Agras T30 added,
    # helper data10) they edge it in rms (0.112 against 0.119 in ln) but not in the largest
    # error (0.31 against 0.25)
    assert load.loo["mass"][1] < load.loo["class"][1]
    assert load.relation.slope > 0                    # heavier machines lift a larger share


def test_a_machine_stating_only_its_maximum_payload_enters_at_m_plus_that_payload():
    """The DJI Matrice 4D states 1850 g and a 220 g maximum payload but no MTOW: with the
    "all" row set (measured by benchmarks/design_load_forms.py, not shipped) its full load is
    2.07 kg; with "mtow" (shipped) it is not a row. A machine stating both keeps its MTOW
    (Matrice 600: 15.1 kg, not 9.1 + 6)."""
    assert drive.ROWS == "mtow"
    rows = {r[0]: r for r in drive._design_load_on(frozenset(), "all").rows}
    assert rows["DJI Matrice 4D"][1:] == pytest.approx((1.85, 2.07))
    assert rows["DJI Matrice 600"][2] == pytest.approx(15.1)
    mtow = {r[0] for r in drive.design_load().rows}
    assert "DJI Matrice 4D" not in mtow and "DJI Matrice 600" in mtow
    with pytest.raises(Exception, match="design-load rows"):
        drive._all_design_load_rows(None, "payload")


def test_the_fit_takes_each_machine_without_its_payload():
    """DJI's Inspire 1 / 1 Pro take-off masses (2935 g, 3396 g) hold the camera (247 g, 526
    g): the fit takes empty + battery (2118 + 570 g, 2300 + 570 g); where the take-off mass
    holds no payload the two agree (Matrice 100: 1755 + 600 = 2355 g)."""
    rows = {r[0]: r for r in drive.design_load().rows}
    assert rows["DJI Inspire 1"][1] == pytest.approx(2.688)
    assert rows["DJI Inspire 1 Pro"][1] == pytest.approx(2.870)
    assert rows["DJI Matrice 100"][1] == pytest.approx(2.355)


def test_the_ratio_never_goes_below_one_and_rises_with_the_percentile():
    load = drive.design_load()
    mass = np.array([0.1, 0.9, 5.0, 50.0, 200.0])
    low, mid, high = (load.ratio(mass, p) for p in (0.05, 0.5, 0.95))
    assert np.all(low >= 1.0) and np.all(low <= mid) and np.all(mid <= high)
    assert np.all(np.diff(mid) >= 0)


def test_a_hold_out_refits_the_ratio_without_the_machine():
    with held_out(["DJI Agras T40"]):
        assert "DJI Agras T40" not in [r[0] for r in drive.design_load().rows]
    assert "DJI Agras T40" in [r[0] for r in drive.design_load().rows]


@pytest.fixture(scope="module")
def values(tmp_path_factory):
    ctx = Context.build(_case(tmp_path_factory.mktemp("load"), "6 kg"), 300, 2)
    return ctx.drawn_except("thrust")


def test_the_capacity_is_the_stated_maximum_take_off_mass_less_the_own_mass(values):
    """Capacity = MTOW - take-off mass without payload (DJI Matrice 300 RTK: 9.0 - 6.3 kg =
    2.7 kg, its stated maximum payload), with no thrust-to-weight or control margin on top."""
    from dronecalc.engine import uncertainty as unc
    take = unc.vehicle(values, False)
    dry = take.empty_mass + take.battery_mass
    assert capacity(values, max_takeoff=9.0) == pytest.approx(np.maximum(9.0, dry) - dry)
    halved = dict(values, control_thrust_ratio=2 * np.asarray(values["control_thrust_ratio"]))
    assert capacity(halved, max_takeoff=9.0) == pytest.approx(capacity(values, max_takeoff=9.0))


def test_the_fitted_capacity_is_the_ratio_less_one_times_the_own_mass(values):
    from dronecalc.engine import uncertainty as unc
    take = unc.vehicle(values, False)
    dry = take.empty_mass + take.battery_mass
    for p in (0.05, 0.5, 0.95):
        assert capacity(values, design_percentile=p) == pytest.approx(
            (drive.design_load().ratio(dry, p) - 1.0) * dry)


@settings(max_examples=30, deadline=None)
@given(st.floats(0.5, 150.0), st.floats(1.0, 3.0))
def test_a_larger_stated_max_take_off_mass_never_lowers_the_capacity(values, mtow, more):
    assert np.all(capacity(values, max_takeoff=mtow * more)
                  >= capacity(values, max_takeoff=mtow) - 1e-9)


def test_a_maker_figure_is_consistent_and_doubled_implausible_with_the_mtow(tmp_path):
    """DJI Matrice 300 RTK (data/multirotors.toml): 6.3 kg without payload, MTOW 9 kg, maximum
    payload 2.7 kg: the maker's figure holds, 5.4 kg cannot."""
    claims = (_fig("P", "max_payload", "2.7 kg") + _fig("P2", "max_payload", "5.4 kg")
              + _fig("M", "max_takeoff_mass", "9 kg", "input"))
    found = {f.claims[0]: f for f in check(_case(tmp_path, "6.3 kg", claims), samples=1000,
                                           seed=0).findings if f.check == "payload"}
    assert found["P"].verdict == "consistent" and found["P2"].verdict == "implausible"


@settings(max_examples=30, deadline=None)
@given(st.floats(0.01, 0.99), st.floats(0.01, 0.99))
def test_the_design_load_is_never_below_the_mass_flown(p, q):
    dry, loaded = np.array([0.3, 5.0, 80.0]), np.array([0.5, 5.0, 200.0])
    full = design_full_load(dry, loaded, design_percentile=min(p, q))
    assert np.all(full >= loaded)
    assert np.all(design_full_load(dry, loaded, design_percentile=max(p, q)) >= full)


def test_a_griff_like_heavy_lifter_rests_on_the_fitted_load_and_says_so(tmp_path):
    """A 75 kg octocopter claiming 225 kg (the Griff 300's maker figure, MTOW / m = 4): the
    fit gives about 1.6-2.7 (extrapolated above the 50 kg of its heaviest machine); the
    finding names that and a stated MTOW as what would overturn it. Tripled, it is out of
    reach; with a stated 300 kg MTOW the maker's figure is within reach."""
    claims = _fig("P", "max_payload", "225 kg") + _fig("P3", "max_payload", "675 kg")
    found = {f.claims[0]: f for f in check(_case(tmp_path, extra=claims), samples=3000,
                                           seed=0).findings if f.check == "payload"}
    assert "fitted on" in found["P"].statement and "extrapolated" in found["P"].statement
    assert "max_takeoff_mass" in found["P"].overturn
    assert found["P3"].verdict == "implausible"
    stated = claims + _fig("M", "max_takeoff_mass", "300 kg", "input")
    told = {f.claims[0]: f for f in check(_case(tmp_path, extra=stated), samples=3000,
                                          seed=0).findings if f.check == "payload"}
    assert told["P"].verdict == "consistent" and "300 kg" in told["P"].statement
    assert "max_takeoff_mass" not in told["P"].overturn
    assert told["P"].estimate.p50 > found["P"].estimate.p50
    assert math.isfinite(told["P"].generous_bound.value)


def test_the_agras_rows_enter_the_design_load_at_their_printed_masses():
    """The Agras T50 and T20P rows (a page restating DJI's specs, data/multirotors.toml):
    52 kg with battery, 103 kg spreading MTOW; 32 kg and 58 kg. Each pair agrees with the
    page's spreading load (50 kg, 25 kg) within 2 kg, so the fit sees the figures DJI prints,
    not arithmetic (no pack count is entered: the page prints none)."""
    rows = {r[0]: r for r in drive.design_load().rows}
    assert rows["DJI Agras T50"][1:] == pytest.approx((52.0, 103.0))
    assert rows["DJI Agras T20P"][1:] == pytest.approx((32.0, 58.0))
    from dronecalc.priors.multirotors import load_multirotors
    data = {d["name"]: d for d in load_multirotors()}
    for name in ("DJI Agras T50", "DJI Agras T20P"):
        d = data[name]
        gap = (d["max_takeoff_mass"] - d["takeoff_mass"] - d["max_payload"]).m_as("kg")
        assert abs(gap) <= 2.0 and "battery_packs" not in d
    assert data["Freefly Alta X"]["max_payload"].m_as("kg") == pytest.approx(15.9)


def test_the_held_out_forms_benchmark_scores_the_shipped_fit():
    """benchmarks/design_load_forms.py: every machine stating m and an MTOW or a maximum
    payload held out in turn; the shipped form ('ratio, MTOW rows') refits on the rest, so with
    nothing held out it is the shipped relation; its 90 % interval covers at least 80 % of the
    held-out machines, and a true maximum payload is never above a band a doubled one is
    always inside (the true rate is at least the x2 rate)."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import design_load_forms as forms
    rows = forms.machines()
    full = forms.fit_form("ratio, MTOW rows", rows)
    shipped = drive.design_load().relation
    assert (full.intercept, full.slope) == pytest.approx((shipped.intercept, shipped.slope))
    result = forms.evaluate("ratio, MTOW rows", rows)
    assert result["n"] == len(rows) >= 20
    assert result["coverage"] >= 0.8 and result["true"] >= result["x2"]
