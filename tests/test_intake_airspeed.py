"""Indicated airspeeds ("30 kias") read as true airspeeds at the case's altitude
(dronecalc.intake.airspeed)."""
import tomllib

import pytest
from hypothesis import given, strategies as st

from dronecalc.intake import airspeed
from dronecalc.intake.case import case_from_data
from dronecalc.physics import atmosphere

_HEAD = """
[case]
title = "Kavik-like spec page (test)"
source = "test"
vehicle_kind = "fixed-wing-electric"

[vehicle]
wingspan = "9 ft"

[battery]
energy = "600 Wh"

[figures.M]
field = "takeoff_mass"
text = "42.5 lb"
role = "input"

[figures.R]
field = "range"
text = "15 mi"
role = "claim"
at_speed = "40 kias"

[figures.C]
field = "cruise_speed"
text = "40 kias"
role = "claim"

[figures.S]
field = "stall_speed"
text = "27.5 kias"
role = "input"
"""


def _case(extra: str = ""):
    return case_from_data(tomllib.loads(_HEAD + extra))


def _kn(fig) -> float:
    return fig.low.m_as("knot")


@pytest.mark.parametrize("altitude, density", [(0.0, 1.2250), (1000.0, 1.1117),
                                               (3000.0, 0.9093), (5000.0, 0.7364)])
def test_isa_density_published(altitude, density):
    # U.S. Standard Atmosphere 1976 (= ICAO Doc 7488/3 below 11 km), tabulated at geometric
    # altitude; the model takes it as geopotential, 0.03 % denser at 5 km
    assert airspeed.isa_density(altitude) == pytest.approx(density, rel=5e-4)


@given(st.floats(0.0, 11_000.0))
def test_isa_density_matches_physics(altitude):
    rho = atmosphere.air_density(f"{altitude} m").m_as("kg/m^3")
    assert airspeed.isa_density(altitude) == pytest.approx(rho, rel=1e-7)


@given(st.floats(0.0, 10_000.0), st.floats(1.0, 9_000.0))
def test_true_airspeed_grows_with_altitude(low, step):
    assert airspeed.true_airspeed_factor(0.0) == 1.0
    assert airspeed.true_airspeed_factor(low + step) > airspeed.true_airspeed_factor(low) >= 1.0


def test_kias_converted_at_the_stated_altitude():
    case = _case('\n[figures.A]\nfield = "altitude"\ntext = "1000 m"\nrole = "input"\n')
    factor = (1.2250 / 1.1117) ** 0.5                     # ICAO table densities, 1.0497
    assert _kn(case.figures["R"].at_speed) == pytest.approx(40 * factor, rel=1e-3)
    assert _kn(case.figures["C"].value) == pytest.approx(40 * factor, rel=1e-3)
    assert case.figures["C"].text == "40 kias"              # the claim as written stays
    assert "indicated airspeed" in case.figures["C"].note
    assert "1,000 m" in case.figures["R"].at_speed.text


def test_kias_with_an_assumed_altitude_range_stays_indicated():
    # one true airspeed for 0-3000 m would fly the top of the range below 40 kias: the
    # figure stays indicated and the fixed-wing engine converts it per sampled altitude
    case = _case('\n[assumptions.altitude]\nvalue = "0-3000 m"\nreason = "test"\n')
    value = case.figures["C"].value
    assert value.low.m_as("knot") == pytest.approx(40.0)
    assert value.high.m_as("knot") == pytest.approx(40.0)
    assert "each sampled altitude" in case.figures["C"].note


def test_claim_altitude_wins_over_the_case_altitude():
    case = _case('\n[figures.A]\nfield = "altitude"\ntext = "1000 m"\nrole = "input"\n'
                 .replace("", "") + '\n[figures.E]\nfield = "flight_time"\ntext = "30 min"\n'
                 'role = "claim"\nat_speed = "30 kias"\naltitude = "3000 m"\n')
    assert _kn(case.figures["E"].at_speed) == pytest.approx(30 * (1.225 / 0.9093) ** 0.5,
                                                            rel=1e-3)


def test_no_altitude_reads_sea_level_and_says_so():
    case = _case()
    assert _kn(case.figures["C"].value) == pytest.approx(40.0)
    assert "sea level" in case.figures["C"].note and "no altitude" in case.figures["C"].note
    assert "sea level" in case.figures["R"].note


def test_stall_speed_stays_indicated():
    case = _case('\n[figures.A]\nfield = "altitude"\ntext = "3000 m"\nrole = "input"\n')
    assert _kn(case.figures["S"].value) == pytest.approx(27.5)
    assert "indicated stall speed" in case.figures["S"].note


def test_true_and_plain_knots_are_not_converted():
    case = case_from_data(tomllib.loads(_HEAD.replace('text = "40 kias"', 'text = "40 ktas"')
                                        .replace('at_speed = "40 kias"', 'at_speed = "40 kn"')
                                        + '\n[figures.A]\nfield = "altitude"\n'
                                          'text = "3000 m"\nrole = "input"\n'))
    assert _kn(case.figures["C"].value) == pytest.approx(40.0)
    assert _kn(case.figures["R"].at_speed) == pytest.approx(40.0)
    assert case.figures["C"].note is None
