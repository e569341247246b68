"""Review 20 (and 19 #4): a stated maximum take-off mass bounds the multirotor draws; a small
machine's packs are drawn over its makers' packs; a payload claim is not judged on a machine
sized from that same payload."""
from __future__ import annotations

import numpy as np
import pytest

from dronecalc.engine import uncertainty as unc
from helpers import check_text

# Likiu C-30 (review 20, maker's product page): 6 rotors, 26.7 kg bare, one 14S 45000 mAh pack
# (2.33 kWh: 11.7-17.9 kg at LiPo's 130-200 Wh/kg), 56.7 kg maximum take-off mass.
C30 = {"rotors": 6, "empty_mass": "26.7 kg", "cells": "14S", "battery_capacity": "45000 mAh"}


def test_a_stated_maximum_take_off_mass_bounds_the_pack_count_and_the_draws():
    free = unc.describe(C30)
    assert free["packs"].high == 6                   # the class table: the Matrice 600's six
    box = unc.describe(C30, max_takeoff=(56.7, 56.7))
    assert box["packs"].display()[:2] == (1.0, 2.0)  # 30 kg of room: two packs at 200 Wh/kg
    values = unc.batch(unc.central_point(box), {"packs": [1, 2]})
    room = unc.margins(values)["max_takeoff"]
    assert room[0] > 0                               # one pack fits
    assert np.all(np.isfinite(room))
    mc = unc.monte_carlo(box, 2000, seed=0)
    assert np.all(unc.margins(mc.values)["max_takeoff"] >= 0.0)   # none heavier is kept
    assert 0 < len(mc.values["packs"]) < 2000                      # some drawn were dropped


@pytest.mark.parametrize("stated, small", [
    ({"mass": "930 g"}, True),                       # Likiu Spear 3T: no battery stated
    ({"mass": "930 g", "chemistry": "LiPo"}, False),  # a stated chemistry keeps its range
    ({"mass": "6 kg"}, False),                       # 2 kg and over: the chemistry's range
])
def test_a_small_machine_draws_its_makers_pack_energy(stated, small):
    box = unc.describe({"rotors": 4, **stated})
    low, high, _ = box["specific_energy"].display()
    if small:     # the small machines' pack models, Mavic 3 230, EVO Max 4T V2 257 within
        assert low < 230.0 and high >= 257.0
        assert box["max_energy_per_mass"].exact
    else:
        assert (low, high) == pytest.approx((130.0, 200.0))
        assert "max_energy_per_mass" not in box


def test_the_mavic_3_without_its_battery_reaches_its_hover_time():
    """An in-sample machine (data/multirotors.toml: 895 g, hover 40 min) stated without its
    battery: LiPo's 130-200 Wh/kg put 40 min at 0.45 % of the draws."""
    mc = unc.monte_carlo(unc.describe({"rotors": 4, "mass": "895 g"}), 4000, seed=0)
    hover = mc.performance(with_payload=False)["hover_endurance"] / 60.0
    assert np.mean(hover >= 40.0) > 0.02
    assert np.mean(hover >= 80.0) < 0.001           # doubled: still out of reach


SKYDRIVE = """
[case]
title = "SkyDrive cargo drone (review 19 #4)"
source = "test passage"
vehicle_kind = "multirotor"
[figures.P1]
field = "max_payload"
text = "up to {claim}"
role = "claim"
[figures.T1]
field = "flight_time"
text = "15 min"
role = "claim"
[figures.F7]
field = "payload_mass"
text = "30 kg"
role = "input"
"""


@pytest.mark.parametrize("claim, circular", [("30 kg", True), ("100 kg", False)])
def test_a_payload_claim_is_not_judged_on_a_machine_sized_from_it(tmp_path, claim, circular):
    result = check_text(tmp_path, SKYDRIVE.format(claim=claim))
    refused = {n.claim: n.reason for n in result.not_judged}
    assert ("P1" in refused and "circular" in refused["P1"]) is circular
    assert any(f.check == "payload" for f in result.findings) is not circular
    time = [f for f in result.findings if f.check == "endurance"][0]
    assert "states a 30 kg payload" in time.condition
