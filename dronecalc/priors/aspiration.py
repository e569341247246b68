"""Turbocharged or normally aspirated: the reading of a piston engine's ``engine_type`` text.

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

