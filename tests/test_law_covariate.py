"""The efficiency law's covariate (issue 12, seventh round): mass per rotor, chosen by nested
leave-one-out (benchmarks/covariate_nested.py). Published figures, the shipped file's
consistency with the data set, and the monotonicity the covariate implies."""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from dronecalc.errors import DroneCalcError
from dronecalc.priors import calibration as cal
from dronecalc.priors import efficiency_fit as ef
from dronecalc.priors import tables


def test_covariates_on_makers_figures():
    # DJI Agras T40: 50 kg take-off weight with battery, 8 rotors of 54 in (DJI spec page)
    t40 = {"reference_mass": [50.0], "rotors": [8.0], "rotor_diameter": [54 * 0.0254]}
    assert ef.covariate_values(t40, "mass")[0] == pytest.approx(np.log(50.0))
    assert ef.covariate_values(t40, "mass_per_rotor")[0] == pytest.approx(np.log(6.25))
    # DJI Matrice 4E: 1219 g, 4 rotors of 10.8 in -> 1.219 / (4 pi 0.13716^2) = 5.157 kg/m^2
    m4e = {"reference_mass": [1.219], "rotors": [4.0], "rotor_diameter": [10.8 * 0.0254]}
    assert np.exp(ef.covariate_values(m4e, "disk_loading")[0]) == pytest.approx(5.157, rel=1e-3)
    with pytest.raises(DroneCalcError, match="covariate"):
        ef.covariate_values(m4e, "wing_span")


def test_shipped_law_is_on_mass_per_rotor_with_the_data_sets_rotor_counts():
    law = cal.load_calibrated()["efficiency_law"]
    assert law["covariate"] == ef.LAW_COVARIATE == "mass_per_rotor"
    counts = {r["drone"]: int(r["rotors"]) for r in ef.sized_rows() if np.isfinite(r["rotors"])}
    assert set(law["rotors"]) == set(law["drones"])
    assert all(law["rotors"][n] == counts[n] for n in law["drones"])
    shipped = tables.efficiency_law()
    per = [law["takeoff_mass_kg"][n] / law["rotors"][n] for n in law["drones"]]
    assert shipped.sizes == (min(per), max(per))
    assert "per rotor" in shipped.summary
    # the Matrice 600 (9.1 kg, 6 rotors) and the Agras T40 (50 kg, 8 rotors)
    assert shipped.size(np.array([9.1, 50.0]), np.array([6, 8])) == pytest.approx([9.1 / 6,
                                                                                   6.25])


def test_calibration_efficiency_law_needs_the_rotor_count_and_matches_the_table():
    with pytest.raises(DroneCalcError, match="rotor"):
        cal.efficiency_law(np.array([6.0]))
    got = cal.efficiency_law(np.array([6.0, 6.0]), (0.5,), rotors=np.array([4, 8]))["product"]
    law = tables.efficiency_law()
    want = law.product(np.array([1.5, 0.75]), np.array([0.5, 0.5]))
    np.testing.assert_allclose(got[0], want, rtol=1e-9)


@settings(max_examples=30, deadline=None)
@given(st.floats(0.2, 100.0), st.sampled_from([4, 6, 8]), st.floats(0.05, 0.95))
def test_more_mass_per_rotor_more_efficient_more_rotors_less(mass, rotors, q):
    law = tables.efficiency_law()
    assert law.theta[1] > 0                      # bigger rotor-motor units are more efficient
    p = np.array([q, q])
    heavier = law.product(law.size(np.array([mass, 1.5 * mass]), np.array([rotors] * 2)), p)
    assert heavier[0] < heavier[1]
    split = law.product(law.size(np.array([mass, mass]), np.array([rotors, 2 * rotors])), p)
    assert split[0] > split[1]


def test_a_held_out_law_keeps_the_shipped_covariate():
    from dronecalc.priors.holdout import held_out
    with held_out(["DJI Agras T40"]):
        law = tables.efficiency_law()
        assert law.covariate == "mass_per_rotor"
        assert "DJI Agras T40" not in cal.load_calibrated()["efficiency_law"]["drones"]
        # the largest unit left is the Alta X's, 19.63 kg on 4 rotors
        assert law.sizes[1] == pytest.approx(19.631477773600004 / 4)
    assert tables.efficiency_law().sizes[1] == pytest.approx(6.25)


def test_the_derived_note_measures_the_laws_covariate():
    from dronecalc.engine import uncertainty as unc
    box = unc.describe({"rotors": 16, "rotor_diameter": "30 in", "takeoff_mass": "60 kg",
                        "battery_energy": "2000 Wh", "payload": "0 kg"}, "large-lift-quad")
    values = unc.batch(unc.central_point(box), {"efficiency_percentile": [0.5]})
    note = unc.derived(box, values)["figure_of_merit"][1]
    # 60 kg on 16 rotors is 3.75 kg per rotor: inside the fitted 0.062-6.25 kg per rotor,
    # although 60 kg is above every fitted take-off mass (50 kg, the T40)
    assert "per rotor" in note and "every machine within" in note
