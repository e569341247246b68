"""One reading of a flight time (issue 12, accworst): hover, at a stated speed, else the best
speed, to a stated reserve, shared by the fits (``efficiency_fit.maker_time``,
``disk_fit.predict_times``) and the claim checks (``capability.outcome_under``)."""
import numpy as np
import pytest

from dronecalc.errors import DroneCalcError
from dronecalc.physics.flight_time import maker_flight_time, stated_flight_time
from dronecalc.physics.multirotor import performance
from dronecalc.physics.vehicle import Vehicle

SPEEDS = np.linspace(0.0, 30.0, 11)


def _machines():
    # a 0.25 kg, a 1.4 kg and a 20 kg quad (sizes of the Mini 2, Phantom 4, Alta X class)
    return Vehicle(rotors=4, rotor_diameter=np.array([0.15, 0.24, 0.84]),
                   empty_mass=np.array([0.25, 1.4, 20.0]), battery_mass=0.0,
                   battery_energy=np.array([8.3e4, 3.3e5, 5.1e6]), payload_mass=0.0)


def test_each_entry_reads_its_own_mode_and_speed():
    v = _machines()
    out = performance(v, speeds=SPEEDS)
    t = stated_flight_time(v, hover=[True, False, False], speed=[np.nan, 8.0, np.nan],
                           reserve=[0.1, 0.0, 0.2], speeds=SPEEDS)
    assert t[0] == pytest.approx(0.9 * out["hover_endurance"][0], rel=1e-12)
    assert t[1] == pytest.approx(maker_flight_time(v, 8.0)[1], rel=1e-12)
    assert t[2] == pytest.approx(0.8 * out["max_endurance"][2], rel=1e-12)


def test_the_best_speed_reading_is_the_longest_at_any_speed():
    """A figure with no mode or speed is the maximum over airspeeds: never below the hover
    time or the time at any stated speed (the search refines between grid points)."""
    v = _machines()
    best = stated_flight_time(v, speeds=SPEEDS)
    assert np.all(best >= stated_flight_time(v, hover=True) * (1 - 1e-9))
    for speed in (4.7, 8.0, 10.0):
        assert np.all(best >= stated_flight_time(v, speed=speed) * (1 - 1e-6))


def test_hover_at_a_speed_is_refused():
    with pytest.raises(DroneCalcError, match="hover time has no airspeed"):
        stated_flight_time(_machines(), hover=True, speed=5.0)


def test_the_disk_fit_reads_a_stated_speed_as_the_efficiency_law_does():
    """Before the accworst round the disk-loading fit read the Matrice 350 RTK's 'approx.
    8 m/s' (DJI) at the best speed while the efficiency law read it at 8 m/s."""
    from dronecalc.priors import calibration as cal, disk_fit, efficiency_fit
    rows, _ = cal.fit_rows(cal.load_multirotors())
    m350 = [r for r in rows if r["drone"] == "DJI Matrice 350 RTK"]
    assert [r["speed"] for r in m350] == [pytest.approx(8.0)]
    sized = [r for r in efficiency_fit.sized_rows() if r["drone"] == "DJI Matrice 350 RTK"]
    assert sized[0]["speed"] == m350[0]["speed"] and sized[0]["mode"] == m350[0]["mode"]
    theta = cal.load_calibrated()["fit"]["theta"]
    at = disk_fit.predict_times(disk_fit._columns(m350), theta)
    best = disk_fit.predict_times(disk_fit._columns([dict(m350[0], speed=np.nan)]), theta)
    assert at[0] < best[0]


@pytest.mark.parametrize("entry, keys", [
    ({"mode": "hover", "condition": "landing with 10% battery level"},
     {"mode": "hover", "reserve": "10 %"}),
    ({"mode": "flight", "speed": "25 km/h", "condition": "at a consistent 25 kph"},
     {"at_speed": "6.94444 m/s"}),
    ({"mode": "flight", "condition": "BATTERIES: 2 x 16AH, ALTITUDE: SEA LEVEL"},
     {"altitude": "0 m"}),
    ({"mode": "flight", "condition": "test conditions not stated"}, {}),
])
def test_a_row_becomes_the_claim_the_fits_read(entry, keys):
    """benchmarks/verdicts.py and accuracy.py state a maker's row as a claim with these keys,
    so the checks read it as the fits do (before: verdicts.py dropped the reserve)."""
    from dronecalc.intake.units import Q_
    from dronecalc.priors.flight_reading import claim_conditions, row_reading
    ft = {k: (Q_(v) if k == "speed" else v) for k, v in entry.items()}
    assert claim_conditions(row_reading(ft)) == keys


def test_a_hover_row_with_a_speed_is_refused():
    from dronecalc.intake.units import Q_
    from dronecalc.priors.flight_reading import row_reading
    with pytest.raises(DroneCalcError, match="hover time has no airspeed"):
        row_reading({"mode": "hover", "speed": Q_("5 m/s"), "condition": ""})
