"""The news story's pack energy drawn jointly given the mass and the charge, a measured variant
that is not shipped (benchmarks/news_energy_joint.py, issue 10, newsx2): the relation fitted on
the data's machines, the checks drawing it inside the ``with`` block, and the package
untouched after it."""
from __future__ import annotations

import numpy as np

import helpers
from dronecalc.engine import machine
from dronecalc.engine import uncertainty as unc
from dronecalc.priors import conditioned

bench = helpers.benchmark("news_energy_joint")
STORY = {"rotors": 4, "mass": "3 kg", "battery_capacity": "4500 mAh"}


def test_the_joint_is_fitted_on_every_machine_that_sources_mass_charge_and_energy():
    rows = bench.joint_rows()
    fit = bench._fit(tuple(sorted(r["name"] for r in rows)))
    assert fit["n"] == len(rows) >= 30
    # at one mass a larger charge means fewer cells: E grows slower than C (past two s.e.)
    assert fit["coef"][2] + 2.0 * fit["errors"][2] < 0.0
    # heavier machines carry more cells in series (and packs)
    assert fit["coef"][1] - 2.0 * fit["errors"][1] > 0.0
    # the pack count makes the heavy machines' scatter the larger
    assert fit["split"][1] > fit["split"][0] > 0.0
    # the leave-one-out scatter is no smaller than the in-sample one
    assert fit["loo"] >= fit["scatter"]


def test_inside_the_block_a_stated_charge_draws_its_energy_from_the_joint():
    with bench.variant("pooled"):
        box = unc.describe(STORY)
        assert box["packs"].low == box["packs"].high == 1.0
        mc = unc.monte_carlo(box, 500, seed=2)
        v = unc.vehicle(mc.values)
        p = mc.values["cells_percentile"]                # the kept samples (constraints)
        expected = bench.joint_equivalents(np.full(p.shape, 3.0), np.full(p.shape, 4500.0),
                                           p, "pooled")
    charge = 4.5 * 3600.0                              # 4500 mAh [C]
    np.testing.assert_allclose(v.battery_energy, charge * 3.7 * expected, rtol=1e-9)
    # not rounded to whole cells: the joint's cell-equivalents fold the pack count in
    assert np.mean(np.abs(expected - np.round(expected)) > 0.01) > 0.5


def test_the_package_is_untouched_after_the_block():
    with bench.variant("split"):
        pass
    assert machine.cells_from_percentile is conditioned.cells_from_percentile
    box = unc.describe(STORY)
    assert box["packs"].low == 1.0 and box["packs"].high >= 2.0    # the Inspire 2's two
    mc = unc.monte_carlo(box, 200, seed=2)
    v = unc.vehicle(mc.values)
    cells = v.battery_energy / (4.5 * 3600.0 * 3.7 * mc.values["packs"])
    np.testing.assert_allclose(cells, np.round(cells), atol=1e-9)   # whole cells again


def test_share_and_specific_energy_correlation_is_positive_but_within_noise():
    """Part 2's measurement: the data's battery share and pack specific energy correlate
    positively (so their product spreads wider than independent draws), not significantly."""
    c = bench.share_energy_correlation()
    assert c["n"] >= 15 and c["r"] > 0.0 and abs(c["t"]) < 2.0
    assert c["ci"][0] < 0.0 < c["ci"][1]
    assert c["sd_product"] > c["sd_independent"]
