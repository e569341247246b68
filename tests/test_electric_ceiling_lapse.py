"""An electric drive's full-throttle power lapses with the air's density (ceilfw, issue 13).

Before, an electric motor's power did not lapse at all, so nearly every sampled electric wing
climbed to the model's 20 km top (UAVOS Sitaria, maker 6,000 m: 17.9-20 km). A DC motor on a
fixed-pitch propeller gives less power in thin air (physics.electric_lapse)."""
from pathlib import Path

import numpy as np

import dronecalc
from dronecalc.physics import fixed_wing as fw

HELDOUT = Path(__file__).parent / "fixtures" / "cases" / "fixed_wing_heldout"


def test_the_lapse_is_one_at_sea_level_and_falls_more_slowly_than_density():
    from dronecalc.physics.electric_lapse import electric_power_lapse
    sigma = np.linspace(0.05, 0.95, 19)
    lapse = electric_power_lapse(sigma)
    assert abs(float(electric_power_lapse(1.0)) - 1.0) < 1e-12
    assert float(electric_power_lapse(0.0)) == 0.0
    assert np.all(np.diff(lapse) > 0.0)                     # thinner air, less power
    assert np.all((lapse > sigma) & (lapse < 1.0))          # the motor speeds up: not as sigma
    # a motor loaded further below its no-load speed (x0 lower) lapses more gently
    assert np.all(electric_power_lapse(sigma, 0.75) > electric_power_lapse(sigma, 0.92))


def test_an_electric_ceiling_is_where_the_lapsed_power_meets_the_climb_rate():
    m, s, cd0, k, clmax, p = 15.0, 1.0, 0.03, 0.04, 1.2, 1500.0
    h = float(fw.service_ceiling(p, m, s, cd0, k, clmax, lapse="electric"))
    assert 0.0 < h < fw.CEILING_TOP
    rho = fw._air_density_to_20km(h)
    lapsed = p * float(fw.electric_power_lapse(rho / fw._air_density(0.0)))
    climb = float(fw.max_climb_rate(lapsed, m, rho, s, cd0, k, clmax))
    assert abs(climb - fw.SERVICE_CEILING_CLIMB_RATE["value"]) < 1e-6
    # the unlapsed power would still climb there
    assert float(fw.max_climb_rate(p, m, rho, s, cd0, k, clmax)) > 2 * climb


def test_the_sitaria_ceiling_no_longer_sits_at_the_models_top():
    case = dronecalc.load_case(HELDOUT / "sitaria-uavos.toml")
    result = dronecalc.check(case, samples=2000, seed=0)
    (found,) = [f for f in result.findings if f.claims == ["F8"] and f.check == "ceiling"]
    assert found.verdict == "consistent"                    # the maker's 6,000 m still holds
    assert found.estimate.p50 < 0.8 * fw.CEILING_TOP        # main: 20,000 m (p5 17,900 m)
