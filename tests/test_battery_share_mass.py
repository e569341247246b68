"""A stated battery mass with no take-off mass bounds the mass the machine is flown at through
the battery share real machines show (priors.conditioned.battery_share_masses, issue #10):
without it the DJI Spark's held-out case (16.87 Wh, a 95 g pack, no mass) was flown on
machines of 0.13 kg, a 73 % battery share, above every machine of the data (17-43 %)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from dronecalc.priors import conditioned
from dronecalc.priors.describe import describe


def _shares() -> tuple[float, float]:
    rows = [r["battery_fraction"] for r in conditioned.rows_in_use() if "battery_fraction" in r]
    return min(rows), max(rows)


@settings(max_examples=25, deadline=None)
@given(grams=st.floats(min_value=20.0, max_value=20000.0))
def test_battery_mass_alone_sizes_within_observed_shares(grams):
    # the relation is pooled on today's data: its prior is the lowest-highest share observed
    assert not conditioned.relations()["battery_mass_fraction"].trend
    low_share, high_share = _shares()
    inputs = describe({"rotors": 4, "battery_mass": f"{grams} g"})
    mass = inputs["mass"]
    assert mass.origin == "conditioned"
    battery = grams / 1000.0
    assert battery / mass.low == pytest.approx(high_share, rel=1e-6)
    assert battery / mass.high == pytest.approx(low_share, rel=1e-6)


def test_spark_energy_and_pack_mass_intersect():
    # DJI Spark figures of tests/fixtures/cases/specs_heldout/spark-8796-camerajabber.txt
    energy_only = describe({"rotors": 4, "battery_energy": "16.87 Wh"})["mass"]
    both = describe({"rotors": 4, "battery_energy": "16.87 Wh", "battery_mass": "95 g"})["mass"]
    low_share, high_share = _shares()
    assert both.low == pytest.approx(max(energy_only.low, 0.095 / high_share), rel=1e-6)
    assert both.high == pytest.approx(min(energy_only.high, 0.095 / low_share), rel=1e-6)
    assert 0.095 / both.low <= high_share * (1 + 1e-6)
    assert both.low > energy_only.low                  # the 0.13 kg machines are gone
    assert "battery share" in both.note


def test_a_stated_mass_is_left_alone():
    inputs = describe({"rotors": 4, "mass": "300 g", "battery_mass": "95 g"})
    assert inputs["mass"].origin == "stated"
    assert inputs["mass"].low == pytest.approx(0.3)


def test_no_overlap_keeps_the_energy_interval():
    # 16.87 Wh in a 5 kg pack: the share interval (11.7-29.8 kg) misses the energy's
    energy_only = describe({"rotors": 4, "battery_energy": "16.87 Wh"})["mass"]
    both = describe({"rotors": 4, "battery_energy": "16.87 Wh", "battery_mass": "5 kg"})["mass"]
    assert (both.low, both.high) == pytest.approx((energy_only.low, energy_only.high))
    assert "does not overlap" in both.note
