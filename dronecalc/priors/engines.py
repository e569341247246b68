"""Piston engines a case describes only in part: turbocharged or not, and the BSFC class of an
engine whose power is not stated.

A turbocharged (turbo-normalised) piston engine holds its rated power up to a critical
altitude and lapses above it (physics.fixed_wing.turbo_power_lapse); a normally aspirated one
lapses from sea level (Gagg-Ferrar). Only a word that says so makes an engine turbocharged.

The BSFC classes by engine size (moved here from priors.fixed_wing, which re-exports them):
[Ausserer] and [Heywood1988] as in the references of priors.fixed_wing.
"""
from __future__ import annotations

import re

from ..errors import DroneCalcError

#: Engine words that say the piston engine is turbocharged (turbo-normalised): the word itself,
#: or a turbocharged Rotax type: 914 ("the turbocharged 914", 115 hp, Kitplanes "On the Nose!";
#: "turbo-supercharged Rotax 914 UL", Military & Aerospace Electronics 2005 on the MQ-1L),
#: 915 iS / 916 iS ("the Rotax is turbocharged", Kitplanes). "turbo"
#: must stand alone, so turboprop / turbojet / turbofan / turboshaft never match. A bare
#: "Rotax" says nothing about the turbocharger (the 912 is normally aspirated): not matched.
_TURBO_WORDS = re.compile(r"\bturbo(?:[- ]?(?:charged|charger|normali[sz]ed|supercharged))?\b"
                          r"|\brotax\s*91[456]", re.IGNORECASE)


#: Words that say the piston engine is normally aspirated: the words themselves, "non-turbo",
#: or the Rotax 912 (normally aspirated, 80-100 hp; Rotax's 912 family beside the
#: turbocharged 914).
_ASPIRATED_WORDS = re.compile(r"\b(?:normally|naturally)[- ]aspirated\b|\bnon[- ]?turbo"
                              r"|\brotax\s*912", re.IGNORECASE)


def engine_aspiration(text: str | None) -> str:
    """``"turbocharged"`` if an engine_type text names a turbocharged piston engine
    (:data:`_TURBO_WORDS`), ``"normally aspirated"`` if it says so or names a normally
    aspirated type (:data:`_ASPIRATED_WORDS`), else ``"not stated"`` (a bare "Rotax", "piston
    engine" or no engine_type: the source does not say; :func:`aspiration_unknown_possible`
    decides whether a turbocharger must be covered)."""
    if text and _ASPIRATED_WORDS.search(text):     # first: "non-turbo" holds "turbo"
        return "normally aspirated"
    if text and _TURBO_WORDS.search(text):
        return "turbocharged"
    return "not stated"


#: Shaft power [W] from which a piston engine whose aspiration is not stated may be
#: turbocharged, so its prior must cover both (critical altitude from 0 m, normally
#: aspirated, to the turbocharged engine's). The turbocharged aero engines sourced here are the
#: Rotax 914 (115 hp = 84.5 kW), 915 iS (141 hp) and 916 iS (160 hp) (Kitplanes, "On the
#: Nose!"), flown on MALE drones (the MQ-1's "turbo-supercharged Rotax 914 UL", Military &
#: Aerospace Electronics 2005); the same 80-100 hp class also has the normally aspirated Rotax
#: 912 (the Bayraktar TB2's, data/fixed_wing.toml). Every engine of data/fixed_wing.toml below
#: that class is a normally aspirated two-stroke, rotary or small four-stroke (MD-550 37 kW,
#: 3W-28 2 kW, Lycoming EL-005 82 cm3, UEL AR-741, Mugin's 180 cm3). 50 kW, between the
#: 37 kW of the largest of those and the ~74 kW (100 hp) of the 912 ULS, is a judgement.
TURBO_POSSIBLE_POWER = 50.0e3


def aspiration_unknown_possible(text: str | None, shaft_power: float) -> bool:
    """True where the engine_type ``text`` does not say whether the engine is turbocharged
    and its ``shaft_power`` [W] is in the class where turbocharged engines are made
    (:data:`TURBO_POSSIBLE_POWER`): its prior must then cover both."""
    return engine_aspiration(text) == "not stated" and shaft_power >= TURBO_POSSIBLE_POWER


def bsfc_for_mass(mass_low: float, mass_high: float, law=None) -> tuple[float, float, str]:
    """(low, high) BSFC [kg/J] and source for a combustion aircraft whose engine power is not
    stated: the BSFC classes (priors.fixed_wing.BSFC_BY_SIZE) that the p5-p95 shaft power of the
    fitted engine-power relation (shaft power vs take-off mass, priors.fixed_wing.fit_excluding)
    spans over the take-off mass range, as benchmarks/accuracy_fixed_wing.py does. Until 2026-12
    every class was taken (5-32 % efficiency), so a 1,180 kg aircraft could be given a micro
    glow engine's fuel consumption. ``law``: that relation fitted otherwise (the benchmark's
    fold without its held-out aircraft); default the fit on every row."""
    from . import fixed_wing as fwp            # that module re-exports this one
    if law is None:
        law = fwp.fit_excluding(None)["engine_power"]
    p_lo, p_hi = float(law(mass_low, -1.645)), float(law(mass_high, 1.645))
    ends = [fwp.bsfc_range(p) for p in (p_lo, p_hi)]
    lo, hi = min(e[0] for e in ends), max(e[1] for e in ends)
    return lo, hi, (f"no engine power stated: the BSFC classes of {p_lo / 1e3:.3g}-"
                    f"{p_hi / 1e3:.3g} kW, the p5-p95 shaft power of P = {law.describe()} "
                    f"(priors.fixed_wing.fit_excluding) at this take-off mass")


_GASOLINE_LHV = 44.0e6   # J/kg, Heywood 1988 App. D


def bsfc_from_efficiency(efficiency: float) -> float:
    """BSFC [kg/J] of an engine of overall fuel conversion ``efficiency``: 1 / (eta LHV)."""
    return 1.0 / (efficiency * _GASOLINE_LHV)


#: Specific power of small model/UAV piston engines [W per cm^3 of displacement], used to turn
#: the displacement classes of [Ausserer] into shaft-power limits (a case states power, not
#: displacement): 76 W/cm^3 (two-stroke) and 73 W/cm^3 (four-stroke), averages over makers' data
#: compiled by Barnard Microsystems (http://www.barnardmicrosystems.com/L3_engines.htm); the
#: DA150 UAV engine makes 9.9 kW from 150 cm^3 = 66 W/cm^3 (designworldonline.com, "Reliability
#: concerns drive UAV propulsion technologies"). 70 W/cm^3 is taken: 10 cm^3 = 0.7 kW,
#: 100 cm^3 = 7 kW.
ENGINE_SPECIFIC_POWER = 70.0

#: BSFC by engine size [kg/J], from the fuel conversion efficiency of [Ausserer] and the LHV of
#: gasoline: (shaft power limits [W], efficiency range, source). The limits are Ausserer's
#: displacement classes (<10, 10-100, >100 cm^3) times :data:`ENGINE_SPECIFIC_POWER`. (Until
#: 2026-12 they were 1.5 kW and 10 kW, which put a 20 cm^3 engine such as the Aerosonde's
#: 1.6 hp one, and a 150 cm^3 DA150, one class below their displacement.) Heavy-fuel engines
#: are taken at the same efficiencies (judgement).
BSFC_BY_SIZE = (
    ((0.0, 10 * ENGINE_SPECIFIC_POWER), (0.05, 0.15),
     "micro engines (<10 cm3): Ausserer, <5 % for glow engines to ~15 %; judgement within"),
    ((10 * ENGINE_SPECIFIC_POWER, 100 * ENGINE_SPECIFIC_POWER), (0.10, 0.25),
     "10-100 cm3 engines of 10-25 kg aircraft: between the <5 % and ~30 % ends of Ausserer; "
     "judgement"),
    ((100 * ENGINE_SPECIFIC_POWER, 1e9), (0.20, 0.32),
     "conventional-scale engines (>100 cm3): ~30 % (Ausserer); 0.20 lower end for simple "
     "two-strokes (judgement)"),
)


def bsfc_range(shaft_power: float) -> tuple[float, float, str]:
    """(low, high) BSFC [kg/J] and source for an engine of ``shaft_power`` [W]."""
    for (lo, hi), (e_lo, e_hi), source in BSFC_BY_SIZE:
        if lo <= shaft_power < hi:
            return bsfc_from_efficiency(e_hi), bsfc_from_efficiency(e_lo), source
    raise DroneCalcError("engine power outside every BSFC class", field="engine_power",
                         value=shaft_power, expected="> 0 W")
