"""physics.fixed_wing.service_ceiling's safeguarded Illinois solver against plain bisection
(the solver it replaced, issue 14): the same ceilings to 1e-6 relative on random machines,
every power lapse, the 0 and ``top`` ends and NaN inputs as before."""
import numpy as np
import pytest

from dronecalc.physics import fixed_wing as fw


def _bisection(p, m, s, cd0, k, clmax, lapse, crit, dt=0.0, top=fw.CEILING_TOP, iterations=40):
    rho0 = fw._air_density(0.0, dt)

    def climb(h):
        rho = fw._air_density_to_20km(h, dt)
        if lapse == "piston":
            power = p * fw.piston_power_lapse(rho / rho0)
        elif lapse == "turbo":
            power = p * fw.turbo_power_lapse(rho / rho0, fw._air_density(crit, dt) / rho0)
        else:                       # a DC motor on a fixed-pitch propeller (ceilfw)
            power = p * fw.electric_power_lapse(rho / rho0)
        return fw.max_climb_rate(power, m, rho, s, cd0, k, clmax) - fw.SERVICE_CEILING_CLIMB_RATE["value"]
    lo, hi = np.zeros(np.shape(p)), np.full(np.shape(p), top)
    f_lo, f_hi = climb(lo), climb(hi)
    for _ in range(iterations):
        mid = 0.5 * (lo + hi)
        up = climb(mid) > 0.0
        lo, hi = np.where(up, mid, lo), np.where(up, hi, mid)
    return np.where(f_lo <= 0.0, 0.0, np.where(f_hi > 0.0, top, 0.5 * (lo + hi)))


@pytest.mark.parametrize("lapse", ["piston", "turbo", "electric"])
@pytest.mark.parametrize("dt", [0.0, 25.0])
def test_illinois_ceiling_equals_bisection(lapse, dt):
    rng = np.random.default_rng(7)
    n = 3000
    m = rng.uniform(5, 300, n)
    s, cd0 = rng.uniform(0.5, 15, n), rng.uniform(0.015, 0.06, n)
    k, clmax = rng.uniform(0.03, 0.09, n), rng.uniform(1.0, 1.8, n)
    p = m * rng.uniform(5, 120, n)
    crit = rng.uniform(1000, 8000, n)
    want = _bisection(p, m, s, cd0, k, clmax, lapse, crit, dt)
    got = fw.service_ceiling(p, m, s, cd0, k, clmax, lapse=lapse, temperature_offset=dt,
                             critical_altitude=crit if lapse == "turbo" else None)
    assert np.array_equal(want == 0.0, got == 0.0) and np.array_equal(want == fw.CEILING_TOP,
                                                                     got == fw.CEILING_TOP)
    inside = (want > 1.0) & (want < fw.CEILING_TOP)
    assert inside.sum() > n // 10                  # not only the ends
    assert np.max(np.abs(got[inside] - want[inside]) / want[inside]) < 1e-6
    assert np.max(np.abs(got - want)) < 5e-8                  # metres


def test_scalar_and_nan_inputs_as_before():
    got = fw.service_ceiling(np.array([np.nan, 3000.0, 10.0, 600.0]), 20.0, 2.0, 0.03, 0.05, 1.4)
    want = _bisection(np.array([np.nan, 3000.0, 10.0, 600.0]), 20.0, 2.0, 0.03, 0.05, 1.4,
                      "piston", None)
    assert got.shape == (4,)
    assert 11000.0 < got[1] < fw.CEILING_TOP and got[2] == 0.0     # past the tropopause
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-7)
    one = fw.service_ceiling(600.0, 20.0, 2.0, 0.03, 0.05, 1.4)
    assert np.ndim(one) == 0 and abs(one - want[3]) < 1e-7


@pytest.mark.parametrize("lapse", ["piston", "turbo", "electric"])
def test_a_per_sample_temperature_offset_gives_each_sample_its_own_ceiling(lapse):
    """Review 6: an array temperature_offset raised 'operands could not be broadcast' (the
    sea-level density stayed at its unflattened shape); each sample must equal its own call."""
    power = np.array([600.0, 800.0, 3000.0, 10.0])
    offset = np.array([0.0, 10.0, 20.0, 30.0])
    kw = dict(lapse=lapse, critical_altitude=3000.0 if lapse == "turbo" else None)
    together = fw.service_ceiling(power, 20.0, 2.0, 0.03, 0.05, 1.4,
                                  temperature_offset=offset, **kw)
    alone = [float(fw.service_ceiling(p, 20.0, 2.0, 0.03, 0.05, 1.4, temperature_offset=t, **kw))
             for p, t in zip(power, offset)]
    assert together == pytest.approx(alone, rel=1e-9, abs=1e-7)
    grid = fw.service_ceiling(power.reshape(2, 2), 20.0, 2.0, 0.03, 0.05, 1.4,
                              temperature_offset=np.array([[0.0], [15.0]]), **kw)
    assert grid.shape == (2, 2)


def test_the_density_runs_through_the_isothermal_layer_as_the_standard_tabulates():
    """ISA (ISO 2533; U.S. Standard Atmosphere 1976, geopotential altitudes): 0.36392 kg/m^3 at
    11 km, 0.19367 at 15 km, 0.088035 at 20 km (p 5,474.9 Pa at 216.65 K); equal to the
    troposphere formula at and below 11 km."""
    from dronecalc.physics.atmosphere import _air_density, _air_density_to_20km
    rho = _air_density_to_20km(np.array([11000.0, 15000.0, 20000.0]))
    assert rho == pytest.approx([0.36392, 0.19367, 0.088035], rel=2e-4)
    low = np.linspace(0.0, 11000.0, 12)
    assert np.array_equal(_air_density_to_20km(low, 10.0), _air_density(low, 10.0))
