"""The design full load conditioned on the rotor disk (priors/disk_load.py; issue 10, payload10):
the maximum take-off mass (MTOW) disk loading of real machines fitted against rotor diameter,
four ways to combine it with the mass law, the method chosen by leave-one-out."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from dronecalc import check, load_case
from dronecalc.claims.context import Context
from dronecalc.claims.kinds.payload import capacity
from dronecalc.errors import DroneCalcError
from dronecalc.priors import disk_load as dl
from dronecalc.priors import drive
from dronecalc.priors.holdout import held_out

G = 9.80665


def _loading(name, area=dl.AREA):
    row = {r[0]: r for r in dl.disk_rows(area=area)}[name]
    return row[2] * G / float(dl.disk_area(row[3], row[4], row[5]))


def test_the_rows_are_the_makers_mtow_over_the_rotor_disk():
    """Published figures (data/multirotors.toml): DJI Matrice 300 RTK 9 kg MTOW on 4 x 21 in
    rotors = 98.7 N/m^2; Freefly Alta X 34.86 kg on 4 x 33 in = 154.9 N/m^2; DJI Agras T40
    101 kg on 8 x 54 in coaxial: 83.8 N/m^2 over 8 isolated disks, 124.7 N/m^2 over the
    effective area 8 disks / 1.22^2 (Leishman 2006 sec. 4.4 coaxial factor), 167.6 over 4."""
    assert _loading("DJI Matrice 300 RTK") == pytest.approx(
        9.0 * G / (4 * math.pi * (21 * 0.0254) ** 2 / 4), rel=1e-9)
    assert _loading("DJI Matrice 300 RTK") == pytest.approx(98.74, abs=0.01)
    assert _loading("Freefly Alta X") == pytest.approx(154.9, abs=0.05)
    assert _loading("DJI Agras T40", "isolated") == pytest.approx(83.79, abs=0.01)
    assert _loading("DJI Agras T40", "effective") == pytest.approx(83.79 * 1.22 ** 2, abs=0.02)
    assert _loading("DJI Agras T40", "projected") == pytest.approx(2 * 83.79, abs=0.02)
    assert len(dl.disk_rows()) >= 8


def test_the_disk_law_is_least_squares_of_ln_loading_on_ln_diameter():
    """Reproduced with numpy; the disk loading at the MTOW rises with rotor size."""
    rows = dl.disk_rows()
    d = np.array([r[3] for r in rows])
    w = np.array([_loading(r[0]) for r in rows])
    slope, intercept = np.polyfit(np.log(d), np.log(w), 1)
    rel = dl.disk_load().relation
    assert (rel.slope, rel.intercept) == pytest.approx((slope, intercept))
    assert rel.slope > 0 and rel.trend
    resid = np.log(w) - intercept - slope * np.log(d)
    assert rel.scatter == pytest.approx(math.sqrt(np.sum(resid ** 2) / (len(w) - 2)))


def test_the_method_is_the_smallest_leave_one_out_error():
    """The choice is the method with the least rms leave-one-out error of ln MTOW; each
    machine's mass-law error is the design-load relation refitted without it."""
    load = dl.disk_load()
    assert load.choice == min(dl.METHODS, key=lambda k: load.loo[k][0])
    errors = dl.loo_errors()
    name, m, mtow, *_ = dl.disk_rows()[0]
    with held_out([name]):
        ratio = float(drive.design_load().ratio(np.asarray(m), 0.5))
    assert errors["mass"][0] == pytest.approx(math.log(m * ratio / mtow))
    assert np.all(errors["max"] >= np.minimum(errors["mass"], errors["disk"]) - 1e-12)


def test_a_hold_out_refits_the_disk_law_without_the_machine():
    with held_out(["Freefly Alta X"]):
        assert "Freefly Alta X" not in dl.disk_load().relation.rows
    assert "Freefly Alta X" in dl.disk_load().relation.rows


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(("disk", "mean", "max")), st.floats(0.1, 1.5), st.floats(1.05, 2.0),
       st.sampled_from((4, 6, 8)), st.floats(0.02, 0.98), st.floats(0.5, 60.0))
def test_a_bigger_disk_never_lowers_the_full_load(method, diameter, more, rotors, p, dry):
    """Monotonicity: a larger rotor, more rotors or a higher percentile never lowers M, and M
    is never below the mass without payload."""
    load = dl.disk_load()
    base = load.full_load(dry, diameter, rotors, p, method)
    assert base >= dry
    assert load.full_load(dry, diameter * more, rotors, p, method) >= base - 1e-9
    assert load.full_load(dry, diameter, rotors + 2, p, method) >= base - 1e-9
    assert load.full_load(dry, diameter, rotors, min(p + 0.01, 0.99), method) >= base - 1e-9
    if method == "disk":
        assert load.full_load(dry, diameter * more, rotors, p, method) > base or base == dry


def test_the_mass_method_is_the_mass_law_and_an_unknown_one_raises():
    load = dl.disk_load()
    dry = np.array([0.9, 6.3, 50.0])
    for p in (0.05, 0.5, 0.95):
        assert load.full_load(dry, 0.5, 4, p, "mass") == pytest.approx(
            drive.design_load().ratio(dry, p) * dry)
    with pytest.raises(DroneCalcError, match="method"):
        load.full_load(dry, 0.5, 4, 0.5, "largest")
    with pytest.raises(DroneCalcError, match="area"):
        dl.disk_rows(area="swept")


CASE = """
[case]
title = "a hexacopter with a stated rotor size, no Kv, no MTOW"
source = "tests"
vehicle_kind = "multirotor"

[figures.N]
field = "rotors"
text = "6"
role = "input"

[figures.D]
field = "rotor_diameter"
text = "{diameter}"
role = "input"

[figures.E]
field = "empty_mass"
text = "5.5 kg"
role = "input"

[figures.B]
field = "battery_mass"
text = "2.5 kg"
role = "input"

[figures.P]
field = "max_payload"
text = "15 kg"
role = "claim"

[figures.P2]
field = "max_payload"
text = "2 kg"
role = "claim"
"""


def test_each_payload_claim_ends_in_one_finding_that_says_what_the_disk_gives(tmp_path):
    """The claim contract with a stated disk: each maximum-payload claim gets exactly one
    payload finding with a verdict, whose notes give the disk's full load and the chosen
    method; the capacity is the chosen method's (the mass law's as shipped)."""
    path = tmp_path / "case.toml"
    path.write_text(CASE.format(diameter="20.4 in"))
    result = check(load_case(path), samples=800, seed=0)
    found = [f for f in result.findings if f.check == "payload"]
    assert sorted(f.claims[0] for f in found) == ["P", "P2"]
    assert all(f.verdict in ("consistent", "needs-checking", "implausible") for f in found)
    note = [n for n in found[0].notes if "rotor disk" in n]
    assert len(note) == 1 and f"chose '{dl.disk_load().choice}'" in note[0]
    ctx = Context.build(load_case(path), 300, 1)
    values = ctx.drawn_except("thrust")
    from dronecalc.engine import uncertainty as unc
    take = unc.vehicle(values, True)
    dry = take.empty_mass + take.battery_mass
    for p in (0.05, 0.5, 0.95):
        full = dl.disk_load().full_load(dry, take.rotor_diameter, take.rotors, p,
                                        overlap=take.overlap_factor)
        assert capacity(values, design_percentile=p, disk=True) == pytest.approx(full - dry)
    if dl.disk_load().choice == "mass":         # as shipped: the verdicts are the mass law's
        assert capacity(values, design_percentile=0.5, disk=True) == pytest.approx(
            capacity(values, design_percentile=0.5))


def test_without_a_stated_diameter_the_finding_has_no_disk_note(tmp_path):
    path = tmp_path / "case.toml"
    path.write_text(CASE.format(diameter="20.4 in").replace(
        '[figures.D]\nfield = "rotor_diameter"\ntext = "20.4 in"\nrole = "input"\n', ""))
    found = [f for f in check(load_case(path), samples=500, seed=0).findings
             if f.check == "payload"]
    assert len(found) == 2 and not any("rotor disk" in n for f in found for n in f.notes)
