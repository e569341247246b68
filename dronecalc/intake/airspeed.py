"""Indicated airspeeds ("30 kias") read as true airspeeds at the case's altitude.

An aircraft's spec page often gives its speeds in knots *indicated* airspeed (KIAS) or
*calibrated* airspeed (KCAS): what the airspeed indicator shows, which at a given dynamic
pressure is the same at every altitude. The physics flies true airspeed (TAS), the speed
through the air. With the instrument and position errors taken as zero (IAS = CAS) and the
compressibility correction neglected (CAS = EAS; below 0.3 Mach, about 200 kn at sea level, it
is under 1 %), the equivalent airspeed relates to the true one through the air density
[Anderson]_::

    TAS = IAS * sqrt(rho0 / rho(h))

with the ISA density rho(h) at the altitude flown and rho0 = 1.225 kg/m^3 [ICAO7488]_. A
figure in KIAS or KCAS of a speed field (``speed``, ``cruise_speed``, ``top_speed``, and a
claim's ``at_speed``) is converted with the claim's own ``altitude``, else the case's
(``altitude`` input figure or assumption); the figure's note says so. With no altitude stated,
or a range of altitudes, the figure is left indicated: a fixed-wing check flies it at the true airspeed of each sampled
altitude (the engine converts it per sample, ``dronecalc.engine.fixed_wing.performance``
with ``indicated``); the other kinds read it at sea level, where IAS = TAS. The note says which. A
stated ``stall_speed`` stays indicated: the fixed-wing engine compares it as an indicated
stall speed at sea-level density (docs/case-format.md). "ktas" is a true airspeed already.

References
----------
.. [Anderson] Anderson, J. D. (2016). *Introduction to Flight*, 8th ed., McGraw-Hill,
   sec. 3.7 (equivalent airspeed, V_e = V sqrt(rho / rho0)) and sec. 3.4 (the standard
   atmosphere).
.. [ICAO7488] ICAO Doc 7488/3, *Manual of the ICAO Standard Atmosphere* (1993), 3rd ed.:
   troposphere T = T0 + L h, rho = rho0 (T / T0)^(-g0 / (R L) - 1), valid 0-11 km.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from ..wording import num
from .figures import Figure

#: ISA troposphere constants [ICAO7488]: T0 [K], L [K/m], R [J/(kg K)], g0 [m/s^2],
#: rho0 [kg/m^3]; the same values as ``dronecalc.physics.atmosphere.ISA_CONSTANTS`` (a test
#: compares the densities), written here because intake ranks below physics.
ISA = {"T0": 288.15, "L": -0.0065, "R": 287.052_87, "g0": 9.806_65, "rho0": 1.225,
       "tropopause": 11_000.0}
#: Speed fields whose figures are airspeeds flown (a stall speed stays indicated).
SPEED_FIELDS = ("speed", "cruise_speed", "top_speed")
#: A figure's unit word that marks an indicated or calibrated airspeed ("30 kias", "40 KCAS").
_INDICATED = re.compile(r"(?i)\bk(?:ias|cas)\s*$")


def isa_density(altitude: float) -> float:
    """ISA air density [kg/m^3] at a geopotential ``altitude`` [m] of the troposphere
    (0-11 km [ICAO7488]_; higher altitudes are taken at the tropopause's density bound, which
    the plausible ranges of ``altitude`` never reach)."""
    h = min(max(float(altitude), 0.0), ISA["tropopause"])
    t = ISA["T0"] + ISA["L"] * h
    return ISA["rho0"] * (t / ISA["T0"]) ** (-ISA["g0"] / (ISA["R"] * ISA["L"]) - 1.0)


def true_airspeed_factor(altitude: float) -> float:
    """TAS / IAS = sqrt(rho0 / rho(h)) at ``altitude`` [m] (1 at sea level, 1.05 at 1000 m)."""
    return math.sqrt(ISA["rho0"] / isa_density(altitude))


def is_indicated(text: str | None) -> bool:
    """True when a figure's text states an indicated or calibrated airspeed ("30 kias")."""
    return isinstance(text, str) and bool(_INDICATED.search(text))


def converts_at(altitude: Figure | None) -> bool:
    """Whether :func:`to_true` converts an indicated speed at ``altitude``: one altitude
    (an open bound counts as its one end); none or a range of altitudes keeps it indicated."""
    if altitude is None:
        return False
    heights = [e.m_as("m") for e in (altitude.low, altitude.high) if e is not None]
    return min(heights) == max(heights)


def to_true(speed: Figure, altitude: Figure | None) -> tuple[Figure, str]:
    """An indicated airspeed figure as a true airspeed, and the note saying how.

    At one altitude (an open altitude bound counts as its one end) both ends are converted
    there; at a range of altitudes, or none, the figure stays indicated and the fixed-wing
    engine converts it at each sampled altitude (one true airspeed for the whole range would
    fly the top of the range slower than the stated indicated speed).
    """
    if altitude is None:
        return speed, (f"{speed.text} is an indicated airspeed and the case states no "
                       "altitude: a fixed-wing check converts it to the true airspeed at each "
                       "sampled altitude (TAS = IAS x sqrt(rho0/rho(h)), ISA); the other kinds "
                       "read it at sea level, where the two are equal (at altitude the true "
                       f"airspeed is higher: x{num(true_airspeed_factor(1000.0))} at 1,000 m, x"
                       f"{num(true_airspeed_factor(3000.0))} at 3,000 m): state the altitude "
                       "flown to convert it there")
    heights = [e.m_as("m") for e in (altitude.low, altitude.high) if e is not None]
    h_low, h_high = min(heights), max(heights)
    if h_low != h_high:                 # a range of altitudes: converted where each is flown
        return speed, (f"{speed.text} is an indicated airspeed flown at {num(h_low)}-"
                       f"{num(h_high)} m: a fixed-wing check converts it to the true airspeed "
                       "at each sampled altitude (TAS = IAS x sqrt(rho0/rho(h)), ISA); the "
                       "other kinds read it at sea level, where the two are equal")
    ends = [None if e is None else e * true_airspeed_factor(h)
            for e, h in ((speed.low, h_low), (speed.high, h_high))]
    unit = speed.unit
    shown = [num(e.m_as(unit)) for e in ends if e is not None]
    text = "-".join(dict.fromkeys(shown)) + f" {unit:~P}"
    where = f"{num(h_low)} m" if h_low == h_high else f"{num(h_low)}-{num(h_high)} m"
    true = Figure(f"{text} true airspeed ({speed.text} at {where})", *ends, speed.kind,
                  speed.approximate)
    return true, (f"{speed.text} is an indicated airspeed: read as {text} true airspeed at "
                  f"{where} (ISA; TAS = IAS x sqrt(rho0/rho(h)), Anderson, Introduction to "
                  "Flight, sec. 3.7)")


def case_altitude(figures: dict, assumptions: dict) -> Figure | None:
    """The altitude the case states (an ``altitude`` input figure, else the assumption)."""
    for fig in figures.values():
        if fig.field == "altitude" and fig.role == "input" and isinstance(fig.value, Figure):
            return fig.value
    assumed = assumptions.get("altitude")
    return assumed.value if assumed is not None and isinstance(assumed.value, Figure) else None


def true_airspeeds(figures: dict, assumptions: dict) -> dict:
    """Case figures with every indicated airspeed (of :data:`SPEED_FIELDS`, or a claim's
    ``at_speed``) read as a true airspeed at the claim's altitude, else the case's; the
    figure's note gives the conversion (see the module docstring)."""
    default = case_altitude(figures, assumptions)
    out = {}
    for ident, fig in figures.items():
        altitude = fig.altitude if fig.altitude is not None else default
        notes, changes = [], {}
        if fig.field in SPEED_FIELDS and is_indicated(fig.text) \
                and isinstance(fig.value, Figure) and fig.flag is None:
            changes["value"], note = to_true(fig.value, altitude)
            notes.append(note)
        if fig.at_speed is not None and is_indicated(fig.at_speed.text):
            changes["at_speed"], note = to_true(fig.at_speed, altitude)
            notes.append("at_speed " + note)
        if fig.field == "stall_speed" and is_indicated(fig.text):
            notes.append(f"{fig.text} is an indicated stall speed: compared as one (at "
                         "sea-level density), never converted")
        if notes:
            changes["note"] = "; ".join(([fig.note] if fig.note else []) + notes)
            fig = replace(fig, **changes)
        out[ident] = fig
    return out


__all__ = ["ISA", "SPEED_FIELDS", "case_altitude", "is_indicated", "isa_density",
           "to_true", "true_airspeed_factor", "true_airspeeds"]
