"""Each claim's own payload changes the mass a fixed wing or VTOL flies (vtolclaims, issues 13
and 10): a Wingcopter-198-like battery quadplane stating a 25 kg take-off mass, "up to 75 km
with 5 kg" and "110 km without payload" was flown at 25 kg for both claims (the same range
distribution). The stated mass now carries the heaviest payload a claim states and a lighter
claim takes off lighter on the same airframe (claims.fixed_wing_conditions.heaviest_payload);
more payload never gives a longer quadplane range or a cheaper hover."""
import re
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

import dronecalc
from dronecalc.engine import fixed_wing as eng

N = 3000
FIXTURE = Path(__file__).parent / "fixtures" / "vtolclaims" / "wingcopter-payload-ranges.toml"


def _check_text(tmp_path, text):
    path = tmp_path / "case.toml"
    path.write_text(text, encoding="utf-8")
    return dronecalc.check(dronecalc.load_case(path), samples=N, seed=0)


def test_the_reproducer_flies_its_two_ranges_at_two_masses():
    result = dronecalc.check(dronecalc.load_case(FIXTURE), samples=N, seed=0)
    loaded, empty = result.verdicts["F3"], result.verdicts["F4"]
    assert "inside the stated take-off mass of 25 kg" in loaded.condition
    assert "takes off at 20 kg" in empty.condition and "F3's 5 kg" in empty.condition
    # the same airframes (same seed, same kept draws), 5 kg lighter: a longer range
    assert empty.estimate.p50 > 1.1 * loaded.estimate.p50
    assert empty.estimate.p5 > loaded.estimate.p5
    # the hover on the same lift rotors at 20 kg: (20 / 25)^1.5 = 0.72 of the energy at 25 kg
    hover = [_hover_median(f) for f in (loaded, empty)]
    assert 0.66 < hover[1] / hover[0] < 0.78


def _hover_median(finding):
    (note,) = [n for n in finding.notes if "vertical phases take" in n]
    return float(re.search(r"median ([\d.]+)\)", note).group(1))


def test_with_payload_false_beside_a_claim_payload_flies_without_it(tmp_path):
    text = FIXTURE.read_text(encoding="utf-8").replace('payload = "0 kg"',
                                                        "with_payload = false")
    result = _check_text(tmp_path, text)
    loaded, empty = result.verdicts["F3"], result.verdicts["F4"]
    assert empty.condition.startswith("without payload (F4)")
    assert "takes off at 20 kg" in empty.condition
    assert 0.66 < _hover_median(empty) / _hover_median(loaded) < 0.78
    assert empty.estimate.p50 > 1.1 * loaded.estimate.p50


def test_a_single_claim_payload_stays_inside_the_stated_mass(tmp_path):
    """No other claim payload: the stated take-off mass is flown as stated (unchanged rule)."""
    text = FIXTURE.read_text(encoding="utf-8").split("[figures.F4]")[0]
    result = _check_text(tmp_path, text)
    assert "inside the stated take-off mass of 25 kg" in result.verdicts["F3"].condition


def test_three_claim_payloads_give_ranges_in_order(tmp_path):
    text = FIXTURE.read_text(encoding="utf-8") + (
        '\n[figures.F5]\nfield = "range"\ntext = "90 km"\nrole = "claim"\npayload = "2 kg"\n')
    result = _check_text(tmp_path, text)
    p50 = [result.verdicts[i].estimate.p50 for i in ("F4", "F5", "F3")]   # 0, 2, 5 kg
    assert p50[0] > p50[1] > p50[2]
    assert "takes off at 22 kg" in result.verdicts["F5"].condition


def test_an_unbuildable_heaviest_payload_leaves_the_others_as_before(tmp_path):
    """A claim payload no airframe can carry is implausible as stated; the other claims are
    flown as without it (each inside the stated mass), not on an empty set of machines."""
    text = FIXTURE.read_text(encoding="utf-8").replace('payload = "5 kg"', 'payload = "40 kg"')
    result = _check_text(tmp_path, text)
    assert result.verdicts["F3"].verdict == "implausible"
    assert "no sampled machine can be built" in result.verdicts["F3"].statement
    assert "inside the stated take-off mass" in result.verdicts["F4"].condition


# --------------------------------------------------------------------------- engine property

def _quadplane(n=1, **over):
    """A 25 kg battery quadplane at sea level, every input exact (SI)."""
    v = {"takeoff_mass": 25.0, "payload": 5.0, "wingspan": 1.98, "wing_area": 0.8,
         "zero_lift_drag": 0.039, "extra_drag": 0.0125, "oswald_offset": 0.0,
         "max_lift_coefficient": 1.2, "propeller_efficiency": 0.6, "drive_efficiency": 0.79,
         "usable_fraction": 0.825, "specific_energy": 200 * 3600.0, "battery_fraction": 0.35,
         "lift_disk_loading": 20 * 9.80665, "figure_of_merit": 0.6, "hover_time": 90.0,
         "cruise_calibration": 1.66, "altitude": 0.0}
    v.update(over)
    return {k: np.full(n, float(x)) for k, x in v.items()}


@given(st.floats(0.0, 8.0), st.floats(0.0, 8.0), st.floats(10.0, 120.0),
       st.floats(0.45, 0.8), st.floats(0.0, 3000.0), st.floats(20.0, 45.0))
def test_more_payload_never_flies_a_quadplane_further(a, b, hover_time, merit, altitude, speed):
    light, heavy = sorted((a, b))
    v = _quadplane(hover_time=hover_time, figure_of_merit=merit, altitude=altitude)
    out = [eng.performance({**v, "claim_payload": np.full(1, p)}, "vtol-quadplane", speed)
           for p in (light, heavy)]
    for key in ("max_range", "max_endurance", "range_at_speed", "endurance_at_speed"):
        # NaN: below the stall at that mass, cannot fly it (0)
        light_value, heavy_value = (np.nan_to_num(o[key][0], nan=0.0) for o in out)
        assert heavy_value <= light_value * (1 + 1e-12)
    assert out[1]["hover_energy"][0] >= out[0]["hover_energy"][0]
