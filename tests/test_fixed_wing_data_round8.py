"""The eighth fixed-wing round (issue #13, fwacc3): the sourced electric rows it added, the
Parrot Disco's derived pack energy, and the chord Reynolds number the benchmark's Reynolds test
(``cd0-re``) scales the effective C_D0 with."""
import math

import pytest

from dronecalc.priors import fixed_wing as fwp
from helpers import benchmark

ROWS = {r["name"]: r for r in fwp.load_fixed_wing()}
NEW = ("FlyEye (WB Group)", "Skylark 1 eVTOL (Elbit, 2023)", "Skylark I (IDF, 2013)",
       "ZALA 421-16E2")


@pytest.mark.parametrize("name", NEW)
def test_each_new_row_is_a_benchmark_row_with_every_figure_sourced(name):
    row = ROWS[name]
    assert row["kind"] in fwp.BENCHMARK_KINDS and row["kind_source"].strip()
    assert "takeoff_mass" in row and "endurance" in row
    for key, fig in row.items():
        if isinstance(fig, fwp.DataFigure):
            assert fig.source.startswith("http"), (name, key)
            assert fig.basis in fwp.BASES, (name, key)


def test_new_rows_are_predicted_by_the_endurance_benchmark():
    names = {r["name"] for r in benchmark("accuracy_fixed_wing").rows_for("max_endurance")}
    assert set(NEW) <= names


def test_disco_pack_is_three_lipo_cells_of_2700_mah():
    # 3 cells (the stock firmware's 12.6 V full charge = 3 x 4.20 V) x 3.7 V x 2.7 Ah
    disco = ROWS["Parrot Disco"]
    assert disco["battery_energy"].mid == pytest.approx(3 * 3.7 * 2.7, rel=1e-3)       # Wh
    assert disco["battery_energy"].note.startswith("derived:")
    assert fwp.stated_energy(disco) == pytest.approx(29.97 * 3600.0, rel=1e-3)


def test_reynolds_number_is_rho_v_c_over_mu_at_the_reference_lift_coefficient():
    bench = benchmark("accuracy_fixed_wing")
    row = fwp.parse_fixed_wing(
        '[[aircraft]]\nname = "Test wing"\nkind = "fixed-wing-electric"\n'
        'takeoff_mass = { value = "5 kg", basis = "builder", source = "http://x" }\n'
        'wingspan = { value = "2 m", basis = "builder", source = "http://x" }\n'
        'wing_area = { value = "0.5 m^2", basis = "builder", source = "http://x" }\n')[0]
    # by hand: V = sqrt(2 m g / (rho S C_L)) at sea level, c = S / b, mu = 1.7894e-5 Pa s
    v = math.sqrt(2 * 5 * 9.80665 / (1.225 * 0.5 * 0.7))
    expected = 1.225 * v * (0.5 / 2.0) / 1.7894e-5
    assert bench.reynolds(row, fwp.fit_excluding(None)) == pytest.approx(expected, rel=1e-9)
    assert 2.5e5 < expected < 2.7e5          # a 2 m, 5 kg wing flies at Re of order 10^5
