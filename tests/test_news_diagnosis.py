"""The news-story diagnosis of benchmarks/verdicts.py and the fits of benchmarks/priors_news.py
(issue #10, fifth round): the probes state only figures the data hold for the configuration
judged, and the leave-one-out residuals are what their name says."""
from __future__ import annotations

import numpy as np
import pytest

from helpers import benchmark

from dronecalc.priors.calibration import load_multirotors
from dronecalc.priors.conditioned import prior_rows


@pytest.fixture(scope="module")
def verdicts():
    return benchmark("verdicts")


def _inspire(verdicts):
    drones = verdicts.with_supplements(load_multirotors())
    return next(d for d in drones if d["name"] == "DJI Inspire 1")


def test_probes_state_the_configurations_own_pack(verdicts):
    drone = _inspire(verdicts)
    tb47 = next(e for e in drone["flight_time"] if "battery_energy_per_pack" not in e)
    labels = [label for label, _ in verdicts.probes(drone, tb47)]
    # o-gs wiki: the TB47 is a 4500 mAh, 22.2 V LiPo 6S pack; DJI: one pack, 99 Wh
    assert labels == ["6S", "1 pack(s)", "6S + 1 pack(s)", "99 Wh of all packs"]


def test_probes_leave_out_the_cells_of_another_pack_model(verdicts):
    drone = _inspire(verdicts)
    tb48 = next(e for e in drone["flight_time"] if "battery_energy_per_pack" in e)
    found = verdicts.probes(drone, tb48)
    assert not any(label.endswith("S") for label, _ in found)      # the TB48's cells: unsourced
    energy = tb48["battery_energy_per_pack"].m_as("W*h") * tb48.get("battery_packs", 1)
    assert found[-1][0] == f"{energy:.4g} Wh of all packs"


def test_probe_figures_make_a_case_that_loads(verdicts, tmp_path):
    from dronecalc import load_case
    drone = _inspire(verdicts)
    entry = drone["flight_time"][0]
    text = verdicts.render(drone, entry, "news story") + verdicts.probes(drone, entry)[2][1]
    path = tmp_path / "case.toml"
    path.write_text(text, encoding="utf-8")
    fields = {f.field for f in load_case(path).figures.values()}
    assert {"cell_count", "pack_count", "battery_charge", "takeoff_mass"} <= fields


def test_fit_leave_one_out_residual_is_the_held_out_prediction():
    news = benchmark("priors_news")
    found = {f["name"]: f for f in news.fits()}
    assert set(found) == {name for name, *_ in news.FITS}
    rows = [r for r in prior_rows() if "cells" in r and "capacity" in r]
    fit = found["ln n_s ~ ln m"]
    assert fit["n"] == len(rows)
    name = rows[0]["name"]
    others = [r for r in rows if r["name"] != name]
    slope, intercept = np.polyfit(np.log([r["mass"] for r in others]),
                                  np.log([float(r["cells"]) for r in others]), 1)
    expected = np.log(rows[0]["cells"]) - (intercept + slope * np.log(rows[0]["mass"]))
    assert fit["loo"][name] == pytest.approx(expected, rel=1e-9)
