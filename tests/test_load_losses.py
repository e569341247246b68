"""Load-dependent drive and pack losses (physics.load_losses, issue 12 tenth round)."""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from dronecalc.physics import load_losses as ll
from dronecalc.physics.multirotor import performance, power_curve
from dronecalc.physics.vehicle import Vehicle
from dronecalc.priors import efficiency_fit as ef, load_fit as lf


def _alta(payload=0.0, **kw):
    # Freefly Alta X figures of data/multirotors.toml: 4 x 33 in, 19.63 kg, 2 x 16 Ah x 44.4 V
    return Vehicle(rotors=4, rotor_diameter=0.8382, empty_mass=19.63, battery_mass=0.0,
                   battery_energy=2 * 16 * 44.4 * 3600.0, payload_mass=payload, **kw)


def test_chen_ocv_published_points():
    # Chen & Rincon-Mora 2006 fit: 4.10 V full (3.685 + 0.2156 - 0.1178 + 0.3201 - 1.031 e^-35)
    assert ll._chen_ocv(1.0) == pytest.approx(4.1029, abs=1e-3)
    assert np.all(np.diff(ll._chen_ocv(ll._SOC)) > 0)            # monotone: invertible


def test_off_by_default_is_exactly_the_old_model():
    base = performance(_alta(9.0))
    zero = performance(_alta(9.0, drive_copper_loss=0.0, cutoff_sag_weight=0.0))
    for k in ("hover_endurance", "max_endurance", "max_range", "best_endurance_speed"):
        assert np.array_equal(base[k], zero[k])


@pytest.mark.parametrize("kw", [{"drive_copper_loss": 0.2}, {"drive_idle_loss": 0.1},
                                {"cutoff_sag_weight": 1.0}])
def test_no_payload_no_change(kw):
    # relative to the reference hover: without payload every figure is as before
    base, on = performance(_alta()), performance(_alta(**kw))
    for k in ("hover_endurance", "max_endurance", "max_range"):
        assert on[k] == pytest.approx(base[k], rel=1e-12)


def test_copper_loss_and_sag_shorten_loaded_flights_idle_loss_lengthens():
    base = performance(_alta(15.9))["hover_endurance"]
    assert performance(_alta(15.9, drive_copper_loss=0.1))["hover_endurance"] < base
    assert performance(_alta(15.9, cutoff_sag_weight=1.0))["hover_endurance"] < base
    assert performance(_alta(15.9, drive_idle_loss=0.05))["hover_endurance"] > base


def test_drive_factor_drela_limits():
    # copper only: (1 + a) / (1 + a sqrt x); at x = 4, a = 0.1: 1.1 / 1.2
    assert ll._drive_factor(4.0, 0.1, 0.0) == pytest.approx(1.1 / 1.2)
    # copper = 2 x idle share: the reference hover is the drive's best point (d/dx = 0)
    x = np.array([0.99, 1.0, 1.01])
    f = ll._drive_factor(x, 0.1, 0.05)
    assert f[1] >= f[0] and f[1] >= f[2]


@settings(max_examples=40, deadline=None)
@given(u=st.floats(0.5, 0.95), c_ref=st.floats(0.2, 4.0), dc=st.floats(0.0, 6.0),
       d=st.floats(0.002, 0.02), w=st.floats(0.0, 1.0))
def test_cutoff_factor_bounded_and_monotone(u, c_ref, dc, d, w):
    f = ll._cutoff_factor(u, c_ref + dc, c_ref, d, w)
    assert 0.0 <= f <= 1.0 + 1e-9
    assert ll._cutoff_factor(u, c_ref + dc + 0.5, c_ref, d, w) <= f + 1e-9
    assert ll._cutoff_factor(u, c_ref, c_ref, d, w) == pytest.approx(1.0, abs=2e-3)


def test_chain_and_slow_physics_agree_with_losses_on():
    v = _alta(np.array([0.0, 6.8, 15.9]), drive_copper_loss=0.15, cutoff_sag_weight=0.5)
    out = performance(v, speeds=np.arange(0.0, 26.0, 1.0))
    curve = power_curve(v, np.array([0.0]))[..., 0]
    from dronecalc.physics.multirotor import _endurance_from_power, _vehicle_arrays
    slow = _endurance_from_power(_vehicle_arrays(v), curve)
    np.testing.assert_allclose(out["hover_endurance"], slow, rtol=1e-9)


def test_losses_do_not_move_best_speeds():
    # speed-independent factors: a monotone loss on power cannot move its minimum
    base = performance(_alta(9.0))["best_endurance_speed"]
    on = performance(_alta(9.0, drive_copper_loss=0.3))["best_endurance_speed"]
    assert on == pytest.approx(base, abs=0.05)


def test_payload_pairs_found_in_data():
    rows = [r for r in ef.sized_rows() if np.isfinite(r["rotor_diameter"])]
    names = [rows[j]["drone"] for _, j in lf.payload_pairs(rows)]
    assert names.count("Freefly Alta X") == 7 and names.count("DJI Matrice 600") == 2
    assert "DJI Agras T40" in names
    assert not ef.LOAD_LOSSES                 # the checks run with the losses off


def test_switch_reaches_the_law_fit(monkeypatch):
    from dronecalc.priors import conditioned
    rows = [r for r in ef.sized_rows() if np.isfinite(r["rotor_diameter"])]
    pairs = lf.payload_pairs(rows)
    draws = ef.check_conditions(rows, n=8)
    off, maker = lf.pair_ratios(rows, pairs, {}, draws)
    monkeypatch.setattr(conditioned, "LOAD_DEPENDENT_LOSSES", {"drive_copper_loss": 0.2})
    on, _ = lf.pair_ratios(rows, pairs, {}, draws)
    assert np.all(on < off)                   # every loaded row shorter, none else changed


def test_held_out_fit_stays_in_bounds_and_leaves_the_machine_out():
    rows = [r for r in ef.sized_rows() if np.isfinite(r["rotor_diameter"])]
    draws = ef.check_conditions(rows, n=8)
    fit = lf.fit_load_coefficient(rows, "drive_copper_loss", draws=draws,
                                  exclude=("Freefly Alta X",))
    lo, hi = lf.BOUNDS["drive_copper_loss"]
    assert lo <= fit["value"] <= hi and "Freefly Alta X" not in fit["machines"]
    assert fit["pairs"] == 3
