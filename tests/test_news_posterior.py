"""The bound on the pack energy per kg of take-off mass measured in
benchmarks/news_posterior.py (issue 10, newsx2; not shipped): taken from the data with the
machine judged held out, drawn inside the ``with`` block only, the package untouched after."""
from __future__ import annotations

import numpy as np

import helpers
from dronecalc.engine import uncertainty as unc
from dronecalc.priors import describe
from dronecalc.priors.holdout import held_out

bench = helpers.benchmark("news_posterior")
STORY = {"rotors": 4, "mass": "3 kg", "battery_capacity": "4500 mAh"}


def test_the_bound_is_the_data_highest_and_honours_the_hold_out():
    top, name = bench.highest_energy_per_mass(None, "pooled")
    assert name == "DJI Mavic 4 Pro" and 85.0 < top < 95.0      # 89.7 Wh/kg, data/multirotors
    with held_out([name]):
        second, other = bench.highest_energy_per_mass(None, "pooled")
    assert other != name and second < top
    heavy, _ = bench.highest_energy_per_mass(50.0, "class")     # 20 kg and more: FlyCart 30
    assert heavy < top


def test_the_bound_holds_inside_the_block_only():
    shipped = describe.choose_priors
    with bench.capped("pooled"):
        box = unc.describe(STORY)
        assert "max_energy_per_mass" in box
        mc = unc.monte_carlo(box, 400, seed=2)
        v = unc.vehicle(mc.values)
        em = v.battery_energy / 3600.0 / (v.empty_mass + v.battery_mass)
        assert np.all(em <= bench.highest_energy_per_mass(None, "pooled")[0] * (1 + 1e-9))
    assert describe.choose_priors is shipped
    assert "max_energy_per_mass" not in unc.describe(STORY)
