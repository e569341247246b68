"""Tests of dronecalc.engine.uncertainty: priors, sampling, the machine built from samples,
constraints, generous bounds, sensitivity."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dronecalc.engine import uncertainty as unc
from dronecalc.priors import calibration
from dronecalc.errors import InputValueError, ModelError, UnitError
from dronecalc.intake.figures import parse
from dronecalc.intake.units import Q_

BASE = {"rotors": 4, "battery_capacity": "18500 mAh", "cells": "6S", "payload": "3 kg"}


def inputs(**changes):
    values = {**BASE, **changes}
    return unc.describe({k: v for k, v in values.items() if v is not None}, "large-lift-quad")


# --------------------------------------------------------------------------- priors

@pytest.mark.parametrize("vehicle_class", sorted(unc.PRIOR_SETS))
def test_every_prior_has_a_range_and_a_source(vehicle_class):
    priors = unc.PRIOR_SETS[vehicle_class]
    for name in ("rotors", "disk_loading_percentile", "empty_mass", "cells", "packs",
                 "figure_of_merit", "drive_efficiency", "usable_fraction",
                 "drag_area_coefficient", "air_temperature", "battery_mass_fraction"):
        prior = priors[name]
        assert prior.low <= prior.high, name
        assert len(prior.source) > 10, name
        assert name in unc.VARIABLES


def test_efficiency_priors_stay_physical():
    for priors in unc.PRIOR_SETS.values():
        for name in ("figure_of_merit", "drive_efficiency", "usable_fraction"):
            assert 0 < priors[name].low <= priors[name].high <= 1


def test_describe_fills_priors_and_keeps_stated_values():
    got = inputs(rotor_diameter="18-22 in")
    assert got["rotor_diameter"].origin == "stated"
    assert got["rotor_diameter"].display() == pytest.approx((18.0, 22.0, "in"))
    assert got["empty_mass"].origin == "prior"
    assert got["empty_mass"].display() == pytest.approx((3.0, 7.0, "kg"))
    assert got["cell_voltage"].low == got["cell_voltage"].high == pytest.approx(3.7)
    assert got["specific_energy"].display()[:2] == pytest.approx((130.0, 200.0))


def test_describe_accepts_quantities_and_figures():
    a = inputs(rotor_diameter=Q_(0.5, "m"))
    b = inputs(rotor_diameter=parse("0.5 m"))
    assert a["rotor_diameter"].low == b["rotor_diameter"].low == pytest.approx(0.5)


def test_chemistry_sets_cell_voltage_and_specific_energy():
    li_ion = inputs(chemistry="Li-ion")
    assert li_ion["cell_voltage"].low == pytest.approx(3.6)
    assert li_ion["specific_energy"].display()[1] > 200


@pytest.mark.parametrize("changes, error", [
    ({"mass": "8 kg", "empty_mass": "4 kg"}, InputValueError),
    ({"payload": "more than 3 kg"}, InputValueError),
    ({"rotor_diameter": "3 kg"}, UnitError),
    ({"figure_of_merit": 1.4}, InputValueError),
    ({"packs": "1.5"}, InputValueError),
    ({"chemistry": "NiCd"}, ModelError),
    ({"wingspan": "2 m"}, ModelError),
])
def test_describe_rejects_bad_descriptions(changes, error):
    with pytest.raises(error):
        inputs(**changes)


def test_unknown_vehicle_class_is_refused():
    with pytest.raises(ModelError, match="vehicle class"):
        unc.describe(BASE, "blimp")


# --------------------------------------------------------------------------- sampling

def test_sampling_is_seeded_and_stays_in_range():
    box = inputs(packs="1-2")
    a, b = unc.sample(box, 2000, seed=7), unc.sample(box, 2000, seed=7)
    assert all(np.array_equal(a[k], b[k]) for k in a)
    assert not np.array_equal(a["empty_mass"], unc.sample(box, 2000, seed=8)["empty_mass"])
    for name, inp in box.items():
        assert np.all((a[name] >= inp.low) & (a[name] <= inp.high)), name
    assert set(np.unique(a["packs"])) == {1.0, 2.0}
    assert np.all(a["payload"] == 3.0)


def test_sample_count_must_be_positive():
    with pytest.raises(InputValueError):
        unc.sample(inputs(), 0, seed=0)


def test_vehicle_energy_and_battery_mass_from_capacity_cells_and_packs():
    values = unc.batch(unc.central_point(inputs(packs="2")), {})
    machine = unc.vehicle(values)
    energy_wh = 18.5 * 6 * 3.7 * 2
    assert machine.battery_energy[0] == pytest.approx(energy_wh * 3600)
    assert machine.battery_mass[0] == pytest.approx(energy_wh / 165.0)   # mid of 130-200
    assert machine.payload_mass[0] == 3.0
    assert unc.vehicle(values, with_payload=False).payload_mass[0] == 0.0


def test_takeoff_mass_leaves_the_empty_mass():
    box = unc.describe({**BASE, "takeoff_mass": "12 kg", "battery_mass": "2.5 kg"},
                       "large-lift-quad")
    machine = unc.vehicle(unc.batch(unc.central_point(box), {}))
    assert machine.empty_mass[0] == pytest.approx(12 - 3 - 2.5)


def test_drag_area_follows_the_airframe_scaling_law():
    values = unc.batch(unc.central_point(inputs()), {"drag_area_coefficient": [0.01, 0.02]})
    drag = unc.vehicle(values).drag_area
    assert drag[1] == pytest.approx(2 * drag[0])


def test_kv_constraints_reject_near_sonic_propellers_and_missing_thrust():
    box = inputs(motor_kv="320 Kv", rotor_diameter="22 in", cells="6-12S")
    point = unc.central_point(box)
    values = unc.batch(point, {"cells": [6.0, 12.0]})
    parts = unc.margins(values)
    assert parts["tip_mach"][0] > 0 > parts["tip_mach"][1]
    weak = unc.batch(point, {"cells": [6.0], "rotor_diameter": [Q_(6, "in").m_as("m")]})
    assert unc.margins(weak)["thrust"][0] < 0


def test_without_kv_only_the_mass_constraint_applies():
    assert set(unc.margins(unc.sample(inputs(), 10, seed=0))) == {"empty_mass"}


def test_monte_carlo_counts_rejections_and_keeps_the_rest():
    mc = unc.monte_carlo(inputs(motor_kv="320 Kv", cells="6-12S"), 3000, seed=1)
    assert mc.drawn == 3000 and 0 < mc.size < 3000
    assert mc.rejected["tip_mach"] > 0
    assert np.all(unc.margin(mc.values) > 0)


def test_monte_carlo_refuses_inputs_that_allow_no_machine():
    box = unc.describe({**BASE, "mass": "2 kg", "battery_mass": "3 kg"}, "large-lift-quad")
    with pytest.raises(InputValueError, match="constraints"):
        unc.monte_carlo(box, 100, seed=0)


def test_percentiles_of_a_known_array():
    est = unc.percentiles(np.arange(101.0), lambda x: x / 10, "min")
    assert (est.p5, est.p50, est.p95, est.unit) == (0.5, 5.0, 9.5, "min")


# --------------------------------------------------------------------------- bound, swings

def _linear(values):
    """A stand-in objective increasing in specific energy and decreasing in empty mass."""
    return values["specific_energy"] / 3600 - 10 * values["empty_mass"]


def test_generous_bound_of_a_monotone_objective_is_the_corner():
    box = inputs()
    bound = unc.generous_bound(box, _linear, maximize=True)
    assert bound.value == pytest.approx(200.0 - 30.0, rel=1e-6)
    assert bound.point["empty_mass"] == pytest.approx(3.0)
    low = unc.generous_bound(box, _linear, maximize=False)
    assert low.value == pytest.approx(130.0 - 70.0, rel=1e-6)


def test_generous_bound_is_never_worse_than_a_start():
    box = inputs()
    start = unc.central_point(box)
    assert unc.generous_bound(box, _linear, starts=[start]).value >= _linear(
        unc.stack([start]))[0]


def test_generous_bound_respects_the_constraints():
    box = inputs(motor_kv="320 Kv", cells="6-12S", rotor_diameter="15-22 in")
    bound = unc.generous_bound(box, lambda v: v["cells"] * v["rotor_diameter"], True)
    assert unc.margin(unc.stack([bound.point]))[0] > 0
    assert bound.point["cells"] == int(bound.point["cells"])       # an integer cell count


def test_sensitivity_ranks_by_swing_with_signs():
    drivers = unc.sensitivity(inputs(), _linear)
    assert [d.name for d in drivers[:2]] == ["specific_energy", "empty_mass"]
    assert drivers[0].swing > 0 > drivers[1].swing


def test_solve_for_finds_the_value_that_reaches_a_target():
    box = inputs()
    point = unc.central_point(box)
    needed = unc.solve_for(box, _linear, point, "specific_energy", 250.0 - 50.0)
    assert needed / 3600 == pytest.approx(250.0, rel=1e-3)
    assert unc.solve_for(box, _linear, point, "specific_energy", 1e9) is None


# --------------------------------------------------------------------------- properties

machines = st.fixed_dictionaries({
    "diameter": st.floats(14.0, 22.0), "spread": st.floats(0.0, 4.0),
    "cells": st.sampled_from(["6S", "6-8S", "12S"]), "payload": st.floats(0.0, 4.0),
    "seed": st.integers(0, 10_000),
})


@settings(max_examples=6)
@given(machines)
def test_generous_bound_is_never_below_the_p95(m):
    box = unc.describe({
        "rotors": 4, "battery_capacity": "16000 mAh", "cells": m["cells"],
        "rotor_diameter": f"{m['diameter']}-{m['diameter'] + m['spread']} in",
        "payload": Q_(m["payload"], "kg"), "packs": "1-2"}, "large-lift-quad")
    mc = unc.monte_carlo(box, 2000, seed=m["seed"])
    values = mc.performance(False)["max_endurance"]
    bound = unc.generous_bound(box, unc.outcome("max_endurance", False), True,
                               [mc.best(values)],
                               search=unc.quick_outcome("max_endurance", False))
    assert bound.value >= np.percentile(values, 95)
    assert bound.value >= np.max(values) * (1 - 1e-9)
    alone = unc.generous_bound(box, unc.outcome("max_endurance", False), True,
                               search=unc.quick_outcome("max_endurance", False))
    assert alone.value >= np.percentile(values, 95)      # the optimiser alone, no start


def test_a_stated_energy_needs_no_cell_count_unless_the_motor_kv_is_known():
    energy_only = unc.describe({"rotors": 4, "battery_energy": "500 Wh"}, "large-lift-quad")
    assert "cells" not in energy_only and "battery_capacity" not in energy_only
    assert np.isnan(unc.vehicle(unc.sample(energy_only, 3, seed=0)).pack_voltage).all()
    with_kv = unc.describe({"rotors": 4, "battery_energy": "500 Wh", "motor_kv": "320 Kv"},
                           "large-lift-quad")
    assert "cells" in with_kv


# --------------------------------------------------------------------------- calibrated priors

@pytest.fixture
def fresh_law():
    """The disk-loading law read again from (a possibly patched) calibrated.toml."""
    unc.disk_loading_law.cache_clear()
    yield
    unc.disk_loading_law.cache_clear()


def test_no_class_sets_a_rotor_diameter_by_hand():
    for priors in unc.PRIOR_SETS.values():
        assert "rotor_diameter" not in priors
        assert (priors["disk_loading_percentile"].low,
                priors["disk_loading_percentile"].high) == unc.DISK_LOADING_PERCENTILES


def test_an_unstated_rotor_size_comes_from_the_calibrated_law(fresh_law):
    from dronecalc.priors.calibration import effective_disk_loading
    box = inputs()
    assert "rotor_diameter" not in box
    prior = box["disk_loading_percentile"]
    assert prior.origin == "calibration" and prior.display() == pytest.approx(
        (*unc.DISK_LOADING_PERCENTILES, "%"))
    n = calibration.load_calibrated()["meta"]["n_drones"]  # the data set grows (issue 12)
    assert f"fitted on {n} " in prior.note        # calibrated.toml [meta]
    held = calibration.load_calibrated()["meta"]["heldout_median_error_pct"]
    assert f"held-out median error {held:.3g} %" in prior.note
    assert "extrapolation" in prior.note
    # The same predictive distribution as calibration.effective_disk_loading
    masses = np.array([0.9, 3.0, 10.0, 40.0])
    for q in (0.05, 0.5, 0.95):
        np.testing.assert_allclose(
            unc.disk_loading_law().disk_loading(masses, np.full(4, q)),
            effective_disk_loading(masses, (q,))[0], rtol=1e-12)
    # ... and the diameter gives that disk loading at the machine's mass (no payload)
    values = unc.batch(unc.central_point(box), {"disk_loading_percentile": [0.05, 0.5, 0.95]})
    machine = unc.vehicle(values)
    mass = machine.empty_mass + machine.battery_mass
    area = machine.rotors * np.pi * machine.rotor_diameter ** 2 / 4
    np.testing.assert_allclose(mass / area,
                               effective_disk_loading(mass[1], (0.05, 0.5, 0.95)), rtol=1e-9)
    assert machine.rotor_diameter[0] > machine.rotor_diameter[2]      # p5 DL: largest rotor


def test_the_rotor_size_prior_reads_calibrated_toml(fresh_law, monkeypatch):
    from dronecalc.priors import calibration
    box = inputs()
    point = unc.batch(unc.central_point(box), {})
    before = unc.vehicle(point).rotor_diameter[0]
    stored = calibration.load_calibrated()
    patched = {**stored, "fit": {**stored["fit"], "theta": [stored["fit"]["theta"][0]
                                                             + np.log(2.0),
                                                             *stored["fit"]["theta"][1:]]},
               "parameters": {**stored["parameters"], "disk_loading_1kg": {
                   **stored["parameters"]["disk_loading_1kg"], "value": 16.2}}}
    monkeypatch.setattr(calibration, "load_calibrated", lambda: patched)
    unc.disk_loading_law.cache_clear()
    after = unc.vehicle(point).rotor_diameter[0]
    assert after == pytest.approx(before / np.sqrt(2.0))       # twice the disk loading
    assert "DL = 16.2 kg/m^2" in inputs()["disk_loading_percentile"].note


def test_a_stated_rotor_size_is_untouched_by_the_disk_loading_law(fresh_law):
    box = inputs(rotor_diameter="15-22 in")
    assert "disk_loading_percentile" not in box
    mc = unc.monte_carlo(box, 500, seed=0)
    assert mc.values["rotor_diameter"].min() >= Q_(15, "in").m_as("m")
    assert set(unc.derived(box, mc.values)) == {"figure_of_merit", "drive_efficiency",
                                                 "usable_fraction"}


# --------------------------------------------------------------------------- efficiency law

def test_a_stated_rotor_size_draws_the_efficiencies_from_the_calibrated_law():
    box = inputs(rotor_diameter="15-22 in")
    for name in ("figure_of_merit", "drive_efficiency", "usable_fraction"):
        assert name not in box
    prior = box["efficiency_percentile"]
    assert prior.origin == "calibration" and prior.display() == pytest.approx(
        (0.5, 99.5, "%"))
    assert "[efficiency_law]" in prior.note and "extrapolation" in prior.note
    drag = box["rotor_drag_coefficient"]
    fitted = calibration.calibrated_parameters()["rotor_drag_coefficient"]
    assert (drag.low, drag.high) == pytest.approx((fitted["low"], fitted["high"]))
    assert drag.low < 0.0135 < drag.high            # rotor_terms.ROTOR_DRAG inside the box


def test_a_stated_efficiency_keeps_the_literature_priors():
    box = inputs(rotor_diameter="15-22 in", figure_of_merit="0.7")
    assert "efficiency_percentile" not in box and "rotor_drag_coefficient" not in box
    assert box["drive_efficiency"].origin == "prior"


def test_the_efficiency_split_reproduces_the_calibrated_product():
    """FM x drive efficiency x usable fraction of a sampled machine equals
    calibration.efficiency_law at its mass, in the literature proportions."""
    box = inputs(rotor_diameter="15-22 in")
    values = unc.batch(unc.central_point(box), {"efficiency_percentile": [0.05, 0.5, 0.95]})
    m = unc.vehicle(values)
    mass = m.empty_mass + m.battery_mass
    product = m.figure_of_merit * m.drive_efficiency * m.usable_fraction
    law = calibration.efficiency_law(mass[1], (0.05, 0.5, 0.95),
                                     rotors=np.broadcast_to(m.rotors, mass.shape)[1])["product"]
    np.testing.assert_allclose(product, law, rtol=1e-9)
    np.testing.assert_allclose(m.figure_of_merit / m.usable_fraction, 0.65 / 0.85, rtol=1e-12)
    assert product[0] < product[1] < product[2]
    # sampled rotor drag reaches the vehicle
    values = unc.batch(unc.central_point(box), {"rotor_drag_coefficient": [0.011, 0.016]})
    np.testing.assert_allclose(unc.vehicle(values).rotor_drag_coefficient, [0.011, 0.016])


@given(st.floats(0.3, 300.0), st.floats(0.001, 0.999))
@settings(max_examples=40, deadline=None)
def test_split_efficiencies_stay_physical(mass, q):
    eff = unc.efficiency_law().efficiencies(np.array([mass]), np.array([q]))
    for value in eff.values():
        assert 0.0 < value[0] <= 1.0


def test_literature_priors_say_where_the_calibration_held_them():
    held = unc.PRIOR_SETS["large-lift-quad"]
    for name in ("figure_of_merit", "drive_efficiency", "usable_fraction"):
        assert "calibrated_parameters()" in held[name].source
        assert "fitted = false" in held[name].source
    assert "identified = false" in held["drag_area_coefficient"].source


def test_battery_share_prior_is_the_range_of_the_data_set():
    from dronecalc.priors.calibration import load_multirotors
    shares = []
    for d in load_multirotors():
        if "takeoff_mass" not in d:
            continue
        if "battery_mass_total" in d:
            battery = d["battery_mass_total"]
        elif "battery_mass_per_pack" in d and "battery_packs" in d:
            battery = d["battery_mass_per_pack"] * d["battery_packs"]
        else:
            continue
        shares.append((battery / d["takeoff_mass"]).m_as(""))
    prior = unc.PRIOR_SETS["large-lift-quad"]["battery_mass_fraction"]
    # issue 12 added 5 machines (shares 0.32-0.38), all inside the range of the 11 it names
    assert len(shares) >= 11 and "11" in prior.source
    assert prior.low <= min(shares) < prior.low + 1e-3
    assert prior.high - 1e-3 < max(shares) <= prior.high


def test_no_battery_described_uses_the_mass_share_and_the_chemistry():
    box = unc.describe({"rotors": 4, "mass": "8 kg", "payload": "2 kg"}, "large-lift-quad")
    assert box["battery_mass_fraction"].origin == "prior"
    assert "battery_energy" not in box and "cells" not in box
    machine = unc.vehicle(unc.batch(unc.central_point(box), {
        "battery_mass_fraction": [0.2, 0.4]}))
    np.testing.assert_allclose(machine.battery_mass, [1.6, 3.2])
    np.testing.assert_allclose(machine.empty_mass, [6.4, 4.8])
    np.testing.assert_allclose(machine.battery_energy, machine.battery_mass * 165 * 3600)
    from_empty = unc.describe({"rotors": 4, "empty_mass": "6 kg"}, "large-lift-quad")
    m = unc.vehicle(unc.batch(unc.central_point(from_empty), {"battery_mass_fraction": [0.25]}))
    assert m.battery_mass[0] / (m.battery_mass[0] + m.empty_mass[0]) == pytest.approx(0.25)
    stated_mass = unc.describe({"rotors": 4, "battery_mass": "2 kg"}, "large-lift-quad")
    assert "battery_mass_fraction" not in stated_mass
    m = unc.vehicle(unc.batch(unc.central_point(stated_mass), {}))
    assert m.battery_energy[0] == pytest.approx(2 * 165 * 3600)


# --------------------------------------------------------------------------- the split

def test_import_reads_no_calibration_and_no_optimiser():
    """Importing the engine reads calibrated.toml lazily and leaves scipy.optimize unloaded."""
    import subprocess
    import sys
    code = ("import sys\n"
            "from dronecalc.priors import calibration\n"
            "calls = []\n"
            "real = calibration.load_calibrated\n"
            "calibration.load_calibrated = lambda: calls.append(1) or real()\n"
            "from dronecalc.engine import uncertainty as unc\n"
            "assert not calls, 'calibrated.toml read at import'\n"
            "assert 'scipy.optimize' not in sys.modules, 'scipy.optimize imported'\n"
            "assert len(unc.PRIOR_SETS) >= 4 and calls\n")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("word", ["LiPo", "lithium polymer", "LI-PO", "Li-ion", "lithium ion",
                                  "LiHV", "lipo hv"])
def test_chemistry_words_read_as_the_case_reader_reads_them(word):
    from dronecalc.intake.case import chemistry_name
    got = inputs(chemistry=word)["cell_voltage"].low
    assert got == pytest.approx({"LiPo": 3.7, "Li-ion": 3.6, "LiHV": 3.8}[chemistry_name(word)])
