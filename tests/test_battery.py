"""Battery: pack energy, chemistries, rate losses, units and bad input."""
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dronecalc import InputValueError, ModelError, UnitError
from dronecalc.physics.battery import (CHEMISTRIES, _rate_efficiency, pack_energy, pack_mass,
                               pack_voltage, rate_efficiency, usable_energy)
from dronecalc.intake.units import Q_


def test_dji_tb48s_energy_and_specific_energy():
    # DJI TB48S (Matrice 600 Pro spec sheet): 5700 mAh, 22.8 V, 129.96 Wh, 680 g.
    e = pack_energy(Q_(5700, "mAh"), voltage=Q_(22.8, "V"))
    assert e.m_as("Wh") == pytest.approx(129.96, rel=1e-9)
    lo, hi = CHEMISTRIES["lipo"]["specific_energy_range"]
    assert lo <= 129.96 / 0.68 <= hi


def test_reference_case_packs():
    # F9: 18500 mAh; as a 6S LiPo: 18.5 Ah x 22.2 V = 410.7 Wh per pack.
    assert pack_energy(Q_(18500, "mAh"), cells=6).m_as("Wh") == pytest.approx(410.7)
    assert pack_energy(Q_(18.5, "A*h"), cells=6, packs=2).m_as("Wh") == pytest.approx(821.4)
    assert pack_voltage(6, "liion").m_as("V") == pytest.approx(21.6)
    assert pack_voltage(Q_(6, "cell"), "lihv").m_as("V") == pytest.approx(22.8)


@pytest.mark.parametrize("name", sorted(CHEMISTRIES))
def test_chemistry_table_is_complete(name):
    c = CHEMISTRIES[name]
    lo, hi = c["specific_energy_range"]
    assert lo <= c["specific_energy"] <= hi
    assert c["voltage_drop_1c_range"][0] <= c["voltage_drop_1c"] <= c["voltage_drop_1c_range"][1]
    assert c["source"]


def test_pack_mass_from_specific_energy():
    assert pack_mass(Q_(165, "Wh")).m_as("kg") == pytest.approx(1.0)
    m = pack_mass(Q_(200, "Wh"), specific_energy=Q_(200, "Wh/kg"))
    assert m.m_as("kg") == pytest.approx(1.0)


@given(st.floats(0, 20), st.floats(0.001, 0.06))
def test_rate_efficiency_bounds_and_monotonic(c_rate, d):
    e = 3600.0 * 100
    eta = _rate_efficiency(c_rate * 100, e, d)
    eta2 = _rate_efficiency(c_rate * 100 * 1.1, e, d)
    assert 0 <= eta <= 1 and eta2 <= eta
    assert not np.isnan(eta)


def test_rate_models():
    p, e = Q_(1000, "W"), Q_(400, "Wh")
    ir = rate_efficiency(p, e).m
    assert ir == pytest.approx(0.5 * (1 + np.sqrt(1 - 4 * 2.5 * 0.005)))
    assert rate_efficiency(p, e, method="none").m == 1.0
    assert rate_efficiency(p, e, method="peukert").m == pytest.approx(2.5 ** -0.05)
    assert rate_efficiency(Q_(1e6, "W"), e).m == 0.0          # beyond max-power point
    with pytest.raises(ModelError):
        rate_efficiency(p, e, method="shepherd")


@given(st.floats(1, 100), st.floats(3, 60))
def test_unit_invariance(ah, volts):
    a = pack_energy(Q_(ah, "A*h"), voltage=Q_(volts, "V")).m_as("J")
    b = pack_energy(Q_(ah * 1000, "mAh"), voltage=Q_(volts * 1000, "mV")).m_as("J")
    assert a == pytest.approx(b, rel=1e-12)


def test_usable_energy_and_arrays():
    u = usable_energy(Q_(np.array([100.0, 200.0]), "Wh"), 0.8, Q_(0, "W"))
    assert np.allclose(u.m_as("Wh"), [80, 160])
    with pytest.raises(InputValueError):
        usable_energy(Q_(100, "Wh"), 1.2)


def test_bad_input():
    with pytest.raises(UnitError):
        pack_energy(Q_(18500, "mAh"), voltage=Q_(22, "kg"))
    with pytest.raises(UnitError):
        pack_energy(Q_(18500, "W"), cells=6)
    with pytest.raises(InputValueError):
        pack_energy(Q_(18500, "mAh"))
    with pytest.raises(ModelError):
        pack_voltage(6, "nimh")


# Issue 10: every Li-ion pack of the data lies within the chemistry's specific-energy range.
# Figures from data/multirotors.toml (sources there): Mavic 4 Pro '4S Li-ion 95.3 Wh / 332 g'
# = 287 Wh/kg, Matrice 4E 'Li-ion 4S' 99.5 Wh / 401 g = 248 Wh/kg, Matrice 4D 'Li-ion 6S'
# 149.9 Wh / 640 g = 234 Wh/kg (multirotors_priors.toml), Matrice 30 TB30 'Li-ion 6S'
# 131.6 Wh / 685 g = 192 Wh/kg; the old upper end (260) left the Mavic 4 Pro out.
@pytest.mark.parametrize("name", ["DJI Mavic 4 Pro", "DJI Matrice 4E", "DJI Matrice 4D",
                                  "DJI Matrice 30"])
def test_liion_range_covers_the_datas_liion_packs(name):
    from dronecalc.physics.battery import CHEMISTRIES
    from dronecalc.priors import conditioned
    row = next(r for r in conditioned.prior_rows() if r["name"] == name)
    low, high = CHEMISTRIES["liion"]["specific_energy_range"]
    assert low <= row["specific_energy"] <= high
