"""Mission: endurance, range, best speeds, legs, payload curves; published flight times."""
import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dronecalc import InputValueError, UnitError
from dronecalc.physics.multirotor import (DEFAULT_SPEEDS, best_endurance_speed, best_range_speed,
                               endurance_at_speed, hover_endurance, leg, leg_energy, max_range,
                               payload_curve, performance, power_curve, range_at_speed)
from dronecalc.intake.units import Q_
from dronecalc.physics.vehicle import Vehicle

WH = 3600.0


def quad(**kw):
    base = dict(rotors=4, rotor_diameter=0.56, empty_mass=6.0, battery_mass=2.5,
                battery_energy=410 * WH, drag_area=0.08)
    base.update(kw)
    return Vehicle(**base)


def _coherent(battery_mass, specific_energy, **kw):
    """A vehicle whose pack energy matches its pack mass (100-250 Wh/kg)."""
    return quad(battery_mass=battery_mass, battery_energy=battery_mass * specific_energy * WH, **kw)


vehicles = st.builds(
    _coherent,
    battery_mass=st.floats(0.2, 6.0), specific_energy=st.floats(100.0, 250.0),
    rotor_diameter=st.floats(0.2, 1.0), empty_mass=st.floats(0.5, 20.0),
    payload_mass=st.floats(0.0, 5.0), drag_area=st.floats(0.005, 0.3),
    figure_of_merit=st.floats(0.45, 0.8), drive_efficiency=st.floats(0.6, 0.9))


def test_dji_matrice_600_flight_times_within_a_generous_band():
    # DJI Onboard SDK documentation, 'Hardware Introduction', 'Payload & Flight Time' table
    # (dji-sdk/Onboard-SDK-Doc, osdk-hardware-introduction.md, 2017-11-23), as recorded in
    # dronecalc/data/multirotors.toml: Matrice 600, 6 rotors, empty 5.53 kg, six TB47S packs
    # (99 Wh each, 3.57 kg together): 35 min without payload, 16 min with 6 kg.
    # Rotor diameter 21 in (DJI 2170 propellers, DJI M600 spec sheet). Model defaults only;
    # the band is wide because drag, figure of merit and DJI's test conditions are unknown.
    m600 = Vehicle(rotors=6, rotor_diameter=21 * 0.0254, empty_mass=5.53, battery_mass=3.57,
                   battery_energy=6 * 99 * WH, payload_mass=np.array([0.0, 6.0]))
    minutes = performance(m600)["max_endurance"] / 60
    assert 0.6 * 35 <= minutes[0] <= 1.5 * 35
    assert 0.6 * 16 <= minutes[1] <= 1.5 * 16


def test_keys_and_shapes():
    out = performance(quad(payload_mass=np.linspace(0, 3, 5)))
    for key in ("hover_power", "hover_endurance", "max_endurance", "best_endurance_speed",
                "max_range", "best_range_speed"):
        assert out[key].shape == (5,)
        assert np.all(np.isfinite(out[key]))
    assert performance(quad())["max_range"].shape == ()
    pc = power_curve(quad(payload_mass=np.zeros(3)), [0, 5, 10, 20])
    assert pc.shape == (3, 4)
    assert power_curve(quad(), [0, 5]).shape == (2,)


def test_chunking_gives_the_same_answer(monkeypatch):
    v = quad(rotor_diameter=np.linspace(0.3, 0.8, 50))
    whole = performance(v)
    monkeypatch.setattr("dronecalc.physics.chain.CHUNK", 7)
    monkeypatch.setattr("dronecalc.physics.chain.SOLO_CHUNK", 7)   # chunks of one process
    parts = performance(v)
    for key in whole:
        assert np.allclose(whole[key], parts[key], rtol=1e-12, atol=0, equal_nan=True)


@given(vehicles)
def test_best_speeds_and_optimality(v):
    out = performance(v)
    assert all(np.all(np.isfinite(x)) for k, x in out.items() if k != "thrust_to_weight")
    # optima beyond the 45 m/s grid (absurd disk loadings) are flagged, not searched
    assume(out["feasible"] and not out["best_range_at_grid_edge"])
    assert out["best_range_speed"] > out["best_endurance_speed"]
    assert out["max_endurance"] >= out["hover_endurance"] * (1 - 1e-12)
    # range at best-range speed >= range at every sampled speed (a grid finer than the search's)
    fine = np.linspace(DEFAULT_SPEEDS[0], DEFAULT_SPEEDS[-1], 181)
    sampled = range_at_speed(v, Q_(fine, "m/s")).m_as("m")
    assert out["max_range"] >= np.max(sampled) * (1 - 1e-8)   # a flat optimum: ~1e-9 off
    # and never above the lossless bound V E u / P(V) (rate losses only lower it)
    usable = v.battery_energy * v.usable_fraction
    lossless = fine * usable / power_curve(v, fine)
    assert out["max_range"] <= np.max(lossless) * 1.01 + 1.0


@given(vehicles, st.floats(0.1, 3.0))
def test_endurance_falls_with_payload(v, extra):
    a = performance(v)
    b = performance(v.with_(payload_mass=v.payload_mass + extra))
    assume(b["feasible"])
    assert b["hover_endurance"] < a["hover_endurance"]
    assert b["max_endurance"] < a["max_endurance"]
    assert b["max_range"] < a["max_range"]


@given(vehicles, st.floats(1.0, 8.0))
def test_headwind_raises_best_range_speed_and_cuts_range(v, wind):
    calm = performance(v)
    assume(calm["feasible"] and calm["best_range_speed"] > wind + 1.0)
    head = performance(v, headwind=wind)
    tail = performance(v, headwind=-wind)
    assert head["best_range_speed"] >= calm["best_range_speed"] - 1e-6
    assert tail["best_range_speed"] <= calm["best_range_speed"] + 1e-6
    assert head["max_range"] < calm["max_range"] < tail["max_range"]


def test_hover_endurance_by_hand():
    # Without rate losses: t = E u / P with P = n T^1.5/sqrt(2 rho A) / FM / eta_d.
    v = quad(battery_voltage_drop_1c=0.0)
    t = 8.5 * 9.80665 / 4
    p = 4 * t ** 1.5 / np.sqrt(2 * 1.225 * np.pi * 0.28 ** 2) / 0.65 / 0.8
    assert performance(v)["hover_power"] == pytest.approx(p, rel=1e-12)
    assert hover_endurance(v).m_as("s") == pytest.approx(410 * WH * 0.85 / p, rel=1e-12)


def test_leg_reference_case_f2_f3_f4():
    # F2+F3+F4: 3 kg, 7 km at 60-70 km/h, on a 6 kg machine with one 410 Wh pack.
    v = quad(payload_mass=3.0)
    out = leg(v, 7000.0, np.array([60, 70]) / 3.6)
    assert np.allclose(out["time"], 7000 / (np.array([60, 70]) / 3.6))
    assert np.all(out["feasible"])
    assert np.all((out["reserve_fraction"] > 0) & (out["reserve_fraction"] < 1))
    assert np.allclose(out["energy_available"], 410 * WH * 0.85)
    e = leg_energy(v, Q_(7, "km"), Q_(65, "km/h"))
    assert 0 < e.m_as("Wh") < 410


def test_leg_impossible_cases_are_flagged_not_nan():
    v = quad()
    out = leg(v, 7000.0, 5.0, headwind=6.0)
    assert not out["feasible"] and np.isinf(out["time"]) and not np.isnan(out["energy"])
    long = leg(v, 500_000.0, 15.0)
    assert not long["feasible"] and long["reserve_fraction"] < 0


def test_payload_curve():
    out = payload_curve(quad(rotor_diameter=np.array([0.5, 0.6])), [0.0, 1.0, 2.0])
    assert out["max_endurance"].shape == (2, 3)
    assert np.all(np.diff(out["max_endurance"], axis=1) < 0)
    assert np.all(np.diff(out["max_range"], axis=1) < 0)


def test_quantity_api_units():
    v = quad()
    assert endurance_at_speed(v, Q_(0, "km/h")).m_as("s") == pytest.approx(
        hover_endurance(v).m_as("s"))
    assert range_at_speed(v, Q_(36, "km/h")).m_as("m") == pytest.approx(
        10 * endurance_at_speed(v, Q_(10, "m/s")).m_as("s"))
    assert best_range_speed(v).m_as("m/s") > best_endurance_speed(v).m_as("m/s")
    assert max_range(v).m_as("km") > 0
    with pytest.raises(UnitError):
        endurance_at_speed(v, Q_(10, "m"))
    with pytest.raises(InputValueError):
        hover_endurance({"rotors": 4})
    with pytest.raises(InputValueError):
        power_curve(v, [-1.0, 2.0])


def test_vehicle_from_quantities_is_unit_invariant():
    a = Vehicle.from_quantities(rotors=4, rotor_diameter=Q_(22, "inch"), empty_mass=Q_(6, "kg"),
                                battery_capacity=Q_(18500, "mAh"), battery_cells=6,
                                battery_packs=2, payload_mass=Q_(3, "kg"),
                                motor_kv=Q_(320, "Kv"))
    b = Vehicle.from_quantities(rotors=4, rotor_diameter=Q_(0.5588, "m"),
                                empty_mass=Q_(6000 / 453.59237, "lb"),
                                battery_energy=Q_(2 * 18.5 * 22.2, "Wh"),
                                pack_voltage=Q_(22.2, "V"),
                                battery_mass=Q_(2 * 18.5 * 22.2 / 165, "kg"),
                                payload_mass=Q_(3000, "g"),
                                motor_kv=Q_(320 * 2 * np.pi / 60, "rad/s/V"))
    pa, pb = performance(a), performance(b)
    for key in pa:
        assert np.allclose(pa[key], pb[key], rtol=1e-9, equal_nan=True)
    assert 1 < pa["thrust_to_weight"] < 10


def test_vehicle_from_stated_total_and_errors():
    v = Vehicle.from_quantities(rotors=4, rotor_diameter=Q_(22, "inch"), takeoff_mass=Q_(12, "kg"),
                                battery_energy=Q_(800, "Wh"), battery_mass=Q_(5, "kg"),
                                payload_mass=Q_(3, "kg"))
    assert v.empty_mass == pytest.approx(4.0) and v.takeoff_mass == pytest.approx(12.0)
    with pytest.raises(UnitError):
        Vehicle.from_quantities(rotors=4, rotor_diameter=Q_(22, "kg"), empty_mass=Q_(6, "kg"),
                                battery_energy=Q_(800, "Wh"))
    with pytest.raises(InputValueError):
        Vehicle.from_quantities(rotors=4, rotor_diameter=Q_(22, "inch"), empty_mass=Q_(6, "kg"))
    with pytest.raises(InputValueError):
        Vehicle.from_quantities(rotors=4, rotor_diameter=Q_(22, "inch"), takeoff_mass=Q_(5, "kg"),
                                battery_energy=Q_(800, "Wh"), payload_mass=Q_(3, "kg"))


def _windowed_machines(n, seed):
    """Machines whose flyable speed window (between the headwind and the speed where the
    pack's power limit is reached) is a few m/s wide and placed at random, so that it often
    falls between two points of the 5 m/s search grid."""
    rng = np.random.default_rng(seed)
    v = quad(rotor_diameter=rng.uniform(0.3, 0.8, n), empty_mass=rng.uniform(2.0, 12.0, n),
             battery_mass=rng.uniform(1.0, 4.0, n), payload_mass=rng.uniform(0.0, 4.0, n),
             battery_energy=rng.uniform(150.0, 1200.0, n) * WH,
             drag_area=rng.uniform(0.02, 0.3, n), figure_of_merit=rng.uniform(0.45, 0.8, n))
    cutoff = rng.uniform(2.0, 44.0, n)               # speed at which the pack gives out
    curve = power_curve(v, np.linspace(0.0, 45.0, 451))
    p_cut = np.take_along_axis(curve, np.round(cutoff * 10).astype(int)[:, None], axis=1)[:, 0]
    p_cut = np.maximum(p_cut, curve[:, 0] * rng.uniform(0.9, 1.1, n))   # or near hover power
    drop = v.battery_energy / (4.0 * WH * p_cut)      # 1 - 4 c d = 0 at that power
    wind = cutoff - rng.uniform(0.0, 6.0, n)
    return v.with_(battery_voltage_drop_1c=drop), wind


def test_no_silent_zero_range_when_the_window_falls_between_grid_points():
    # Before issue 14 the grid search returned a range of 0, unflagged, for 35 of these 400
    # machines on the 1.5 m/s grid and 100 on the 5 m/s grid. The reference here is the
    # range on a 0.02 m/s grid, from the same power curve and rate-loss law.
    v, wind = _windowed_machines(400, seed=14)
    out = performance(v, headwind=wind)
    fine = np.linspace(0.0, 45.0, 2251)               # every 0.02 m/s
    power = power_curve(v, fine)
    energy = v.battery_energy * v.usable_fraction
    c_rate = power * WH / v.battery_energy[:, None]
    disc = 1.0 - 4.0 * c_rate * v.battery_voltage_drop_1c[:, None]
    eta = np.where(disc >= 0, 0.5 * (1 + np.sqrt(np.maximum(disc, 0))), 0.0)
    ground = fine - wind[:, None]
    dense = np.where(ground > 0, ground * energy[:, None] * eta / power, 0.0).max(axis=1)
    assert np.sum(dense > 0) > 100                    # the set does have flyable windows
    assert np.all(out["max_range"] >= dense * (1 - 1e-6))
    flyable = out["max_range"] > 0
    assert np.all(out["best_range_speed"][flyable] > wind[flyable])


def test_flags_grid_edge_and_tilt():
    # nearly no drag (airframe and, since issue 12, rotor drag off): least power and best
    # range lie beyond the 45 m/s grid -> flagged
    slick = performance(quad(drag_area=1e-5, rotor_diameter=0.25, empty_mass=12.0,
                             rotor_drag_coefficient=0.0))
    assert slick["best_range_at_grid_edge"] and slick["best_endurance_at_grid_edge"]
    normal = performance(quad())
    assert not normal["best_range_at_grid_edge"] and not normal["best_endurance_at_grid_edge"]
    assert not normal["tilt_beyond_validity"] and not normal["inflow_unconverged"]
    # a light machine with a huge drag area trims past 45 deg at its best-range speed
    kite = performance(quad(empty_mass=0.3, battery_mass=0.2, battery_energy=40 * WH,
                            drag_area=2.0, rotor_diameter=0.2))
    assert kite["tilt_beyond_validity"] == (
        0.5 * 1.225 * 2.0 * kite["best_range_speed"] ** 2 > kite["takeoff_mass"] * 9.80665)


def test_glauert_flags_non_convergence():
    from dronecalc.physics.rotor import _glauert_solve
    # hover, V = v_h at 11 deg of tilt, V = 4 v_h, V = v_h at 44 deg (the hardest case):
    # near V = v_h three steps leave ~1e-9 and are flagged; four reach rounding
    vh2 = np.full(4, 25.0)
    V2, vz = np.array([0.0, 25.0, 400.0, 25.0]), np.array([0.0, 1.0, 2.0, 3.5])
    v1, ok1 = _glauert_solve(vh2, V2, vz, steps=1)
    v3, ok3 = _glauert_solve(vh2, V2, vz, steps=3)
    v5, ok5 = _glauert_solve(vh2, V2, vz, steps=5)
    assert not ok1[1:].any() and ok3[[0, 2]].all() and not ok3[[1, 3]].any() and ok5.all()
    assert np.all(v5 <= v3 + 1e-15) and np.all(v3 <= v1 + 1e-15)   # monotone from above
    lhs = v5 ** 2 * (V2 + 2 * vz * v5 + v5 ** 2)
    assert np.allclose(lhs, vh2 ** 2, rtol=1e-12)
    assert np.allclose(v3[[0, 2]], v5[[0, 2]], rtol=1e-10)
    assert np.allclose(v3, v5, rtol=1e-6)


def test_edges_of_the_search():
    v = quad()
    fine = performance(v, speeds=np.linspace(0, 45, 91))
    for grid in ([0.0, 45.0], [0.0, 20.0, 45.0], np.arange(3.0, 46.0, 7.0)):
        out = performance(v, speeds=grid)
        assert out["best_range_speed"] == pytest.approx(fine["best_range_speed"], rel=1e-6)
        assert out["hover_power"] == pytest.approx(fine["hover_power"], rel=1e-12)
    wind = performance(v, headwind=np.array([0.0, 5.0, 60.0]))   # scalar machine, wind array
    assert wind["max_range"].shape == (3,) and wind["max_range"][2] == 0.0
    assert performance(quad(rotor_diameter=np.array([])))["max_range"].shape == (0,)


def test_flag_shares_name_only_the_flags_that_are_set():
    from dronecalc.physics.multirotor import FLAG_MEANINGS, flag_shares
    out = performance(quad(drag_area=np.array([0.08, 0.08, 1e-5, 1e-5]), rotor_diameter=0.25,
                           empty_mass=12.0, rotor_drag_coefficient=0.0))   # no drag at all
    shares = flag_shares(out)
    assert shares["best_range_at_grid_edge"] == pytest.approx(0.5)
    assert set(shares) <= set(FLAG_MEANINGS) and "feasible" not in shares
    assert flag_shares(performance(quad())) == {}


def test_a_grid_edge_optimum_reaches_the_finding_as_a_warning():
    """A search flag of the chain is said in the endurance/range finding (issue 14)."""
    from dronecalc.claims.kinds.capability import model_warnings

    class _MC:
        def performance(self, with_payload):
            edge, none = np.array([True, False, False, False]), np.zeros(4, bool)
            return {"best_range_at_grid_edge": edge, "best_endurance_at_grid_edge": none,
                    "inflow_unconverged": np.ones(4, bool), "tilt_beyond_validity": none}

    class _Ctx:
        mc = _MC()

    notes = model_warnings(_Ctx(), True)
    assert len(notes) == 2 and "top of the speed grid" in notes[0] and "25 %" in notes[0]
    assert "induced velocity had not converged" in notes[1] and "100 %" in notes[1]


def test_no_silent_zero_range_on_a_wide_random_set_with_wind():
    # the old chain (benchmarks/old_chain.py, rotor drag off) returned 0 for 17 of the 1,223
    # flyable machines here on the 5 m/s grid and 3 on its 1.5 m/s grid. Wide priors (2-8
    # rotors, 0.2-1 m, 0.5-20 kg, packs 50-1500 Wh with rate losses up to 5 % at 1C, rotor
    # drag on or off) and headwinds from a 10 m/s tailwind to 30 m/s, past
    # many machines' top speed: wherever a 0.05 m/s grid finds a range, the chain finds at
    # least as much; where it finds none, the chain returns 0, not a guess
    rng = np.random.default_rng(2024)
    n = 1500
    v = Vehicle(rotors=rng.choice([2.0, 4.0, 6.0, 8.0], n), rotor_diameter=rng.uniform(0.2, 1.0, n),
                empty_mass=rng.uniform(0.5, 20.0, n), battery_mass=rng.uniform(0.2, 6.0, n),
                battery_energy=rng.uniform(50.0, 1500.0, n) * WH,
                payload_mass=rng.uniform(0.0, 5.0, n), drag_area=rng.uniform(0.005, 0.3, n),
                figure_of_merit=rng.uniform(0.45, 0.8, n), drive_efficiency=rng.uniform(0.6, 0.9, n),
                rotor_drag_coefficient=rng.choice([0.0, 0.0135, 0.03], n),
                battery_voltage_drop_1c=rng.uniform(0.002, 0.05, n))
    wind = rng.uniform(-10.0, 30.0, n)
    out = performance(v, headwind=wind)
    fine = np.linspace(0.0, 45.0, 901)
    power = power_curve(v, fine)
    disc = 1.0 - 4.0 * power * WH / v.battery_energy[:, None] * v.battery_voltage_drop_1c[:, None]
    eta = np.where(disc >= 0, 0.5 * (1 + np.sqrt(np.maximum(disc, 0))), 0.0)
    ground = fine - wind[:, None]
    energy = (v.battery_energy * v.usable_fraction)[:, None]
    dense = np.where(ground > 0, ground * energy * eta / power, 0.0).max(axis=1)
    inside = ~out["best_range_at_grid_edge"]
    assert 0.2 * n < np.sum(dense == 0) and np.sum(dense > 0) > 0.5 * n   # both kinds occur
    assert np.all(np.isfinite(out["max_range"]))
    assert np.all(out["max_range"][inside] >= dense[inside] * (1 - 1e-6))
    assert np.all(out["max_range"][dense > 0] > 0)
    flyable = out["max_range"] > 0
    assert np.all(out["best_range_speed"][flyable] > wind[flyable])
