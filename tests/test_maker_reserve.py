"""A maker's stated landing reserve in a flight-time condition (issue 12, sixth round).

DJI's hover-time footnote (Matrice 600 family): "The hovering time is based on flying at 10 m
above sea level in a no-wind environment and landing with 10% battery level". DJI's PSDK
footnote for max flight times: "measured ... until the battery level reached 0%" (no reserve).
"""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from dronecalc.priors import calibration as cal
from dronecalc.priors import disk_fit
from dronecalc.priors import efficiency_fit as ef


@pytest.mark.parametrize("text, reserve", [
    ("The hovering time is based on flying at 10 m above sea level in a no-wind environment "
     "and landing with 10% battery level", 0.10),
    ("flown forward at 8 m/s to 20 % battery", 0.20),
    ("measured without payloads in a windless environment until the battery level reached 0%",
     0.0),
    ("DJI 'Max Flight Time (Approx.)', no payload; test conditions not stated", 0.0),
    ("", 0.0),
])
def test_stated_reserve_reads_the_makers_condition(text, reserve):
    assert disk_fit.stated_reserve(text) == pytest.approx(reserve)


def _rows_with_reserve(rows, reserve):
    return [dict(r, reserve=reserve) for r in rows]


def test_a_reserve_scales_the_disk_law_time_by_one_minus_it():
    rows, _ = cal.fit_rows(cal.load_multirotors())
    rows = rows[:3]
    theta = cal.load_calibrated()["fit"]["theta"]
    t0 = disk_fit.predict_times(disk_fit._columns(_rows_with_reserve(rows, 0.0)), theta)
    t1 = disk_fit.predict_times(disk_fit._columns(_rows_with_reserve(rows, 0.1)), theta)
    assert np.allclose(t1, 0.9 * t0)


def test_a_reserve_scales_the_efficiency_law_time_by_one_minus_it():
    rows = [r for r in cal.sized_rows() if np.isfinite(r["rotor_diameter"])][:3]
    t0 = ef.maker_time(ef._sized_cols(_rows_with_reserve(rows, 0.0)), 1.0, 0.0224, 0.0135)
    t1 = ef.maker_time(ef._sized_cols(_rows_with_reserve(rows, 0.25)), 1.0, 0.0224, 0.0135)
    assert np.allclose(t1, 0.75 * t0)


def test_the_matrice_600_enters_the_efficiency_law_as_hover_times_to_10_percent():
    """21 in rotors (two third-party restatements), flat hexacopter, DJI's hover footnote."""
    rows = [r for r in cal.sized_rows() if r["drone"] == "DJI Matrice 600"]
    assert len(rows) == 4
    for r in rows:
        assert r["mode"] == "hover" and r["reserve"] == pytest.approx(0.10)
        assert r["layout"] == "flat" and r["rotors"] == 6
        assert r["rotor_diameter"] == pytest.approx(21 * 0.0254)
    assert "DJI Matrice 600" in cal.load_calibrated()["efficiency_law"]["drones"]


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=99))
def test_any_stated_percentage_is_read_as_that_fraction(n):
    assert disk_fit.stated_reserve(f"landing with {n}% battery level") == pytest.approx(n / 100)
    assert disk_fit.stated_reserve(f"hover to {n} % charge") == pytest.approx(n / 100)


def test_the_model_time_falls_monotonically_with_the_reserve():
    rows = [r for r in cal.sized_rows() if np.isfinite(r["rotor_diameter"])][:1]
    times = [float(ef.maker_time(ef._sized_cols(_rows_with_reserve(rows, r)), 1.0, 0.0224,
                                 0.0135)[0]) for r in (0.0, 0.1, 0.2, 0.3)]
    assert all(a > b for a, b in zip(times, times[1:]))


def test_a_reserve_of_the_whole_pack_is_a_clear_error():
    from dronecalc.errors import DroneCalcError
    with pytest.raises(DroneCalcError, match="reserve"):
        disk_fit.stated_reserve("landing with 100% battery level")
