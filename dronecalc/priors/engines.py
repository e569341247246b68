"""Piston engines a case describes only in part: turbocharged or not, and the BSFC class of an
engine whose power is not stated.

A turbocharged (turbo-normalised) piston engine holds its rated power up to a critical
altitude and lapses above it (physics.fixed_wing.turbo_power_lapse); a normally aspirated one
lapses from sea level (Gagg-Ferrar). Only a word that says so makes an engine turbocharged.
"""
from __future__ import annotations

import re

#: Engine words that say the piston engine is turbocharged (turbo-normalised): the word itself,
#: or a turbocharged Rotax type: 914 ("the turbocharged 914", 115 hp, Kitplanes "On the Nose!";
#: "turbo-supercharged Rotax 914 UL", Military & Aerospace Electronics 2005 on the MQ-1L),
#: 915 iS / 916 iS ("the Rotax is turbocharged", Kitplanes). "turbo"
#: must stand alone, so turboprop / turbojet / turbofan / turboshaft never match. A bare
#: "Rotax" says nothing about the turbocharger (the 912 is normally aspirated): not matched.
_TURBO_WORDS = re.compile(r"\bturbo(?:[- ]?(?:charged|charger|normali[sz]ed|supercharged))?\b"
                          r"|\brotax\s*91[456]", re.IGNORECASE)


def engine_aspiration(text: str | None) -> str:
    """``"turbocharged"`` if an engine_type text names a turbocharged piston engine
    (:data:`_TURBO_WORDS`), else ``"normally aspirated"`` (the Gagg-Ferrar default: a report
    that does not say turbo is not guessed turbo)."""
    return "turbocharged" if text and _TURBO_WORDS.search(text) else "normally aspirated"



def bsfc_for_mass(mass_low: float, mass_high: float) -> tuple[float, float, str]:
    """(low, high) BSFC [kg/J] and source for a combustion aircraft whose engine power is not
    stated: the BSFC classes (priors.fixed_wing.BSFC_BY_SIZE) that the p5-p95 shaft power of the
    fitted engine-power relation (shaft power vs take-off mass, priors.fixed_wing.fit_excluding)
    spans over the take-off mass range, as benchmarks/accuracy_fixed_wing.py does. Until 2026-12
    every class was taken (5-32 % efficiency), so a 1,180 kg aircraft could be given a micro
    glow engine's fuel consumption."""
    from . import fixed_wing as fwp            # that module re-exports this one
    law = fwp.fit_excluding(None)["engine_power"]
    p_lo, p_hi = float(law(mass_low, -1.645)), float(law(mass_high, 1.645))
    ends = [fwp.bsfc_range(p) for p in (p_lo, p_hi)]
    lo, hi = min(e[0] for e in ends), max(e[1] for e in ends)
    return lo, hi, (f"no engine power stated: the BSFC classes of {p_lo / 1e3:.3g}-"
                    f"{p_hi / 1e3:.3g} kW, the p5-p95 shaft power of P = {law.describe()} "
                    f"(priors.fixed_wing.fit_excluding) at this take-off mass")
