"""The power plant of a VTOL fixed wing: which kind a quadplane or tailsitter with a
combustion engine is (docs/case-format.md, *Vehicle kinds*, step 3).

The electric quadplane and tailsitter (``vtol-quadplane``, ``tailsitter``) fly on a battery.
A quadplane whose case also states a piston engine (an ``engine_type`` or airframe word
"petrol", "two-stroke", "heavy fuel" ..., or fuel figures, which name combustion as for a
fixed wing) is the *hybrid* quadplane ``vtol-quadplane-piston``: battery lift rotors for
take-off and landing, a piston engine on fuel for the cruise (the class of the Latitude/
Textron HQ series: four lift rotors on booms and a pusher propeller, c4isrnet.com 2019-01-26).
Refused, never run as another kind:

* a tailsitter with a combustion engine: it hovers on its engine-driven cruise propeller
  (Aerovel's Flexrotor, a 19.2 kg "tailsitter" on gasoline that flew 32 h 8 min on 7.5 kg of
  fuel: aerovelco.com/Flexrotor.html, uas.noaa.gov news 706), which no kind models;
* a quadplane with a jet: no kind models it.

So an airframe that could be either ("VTOL fixed-wing") stays ambiguous when it states a
piston engine: piston tailsitters exist in the very class of the hybrid quadplanes, so the
engine does not tell them apart (:func:`choices` names the hybrid kind among the choices).
"""
from __future__ import annotations

from typing import NamedTuple

#: The hybrid quadplane kind (physics.kinds; engine.fixed_wing_vtol.HYBRID).
HYBRID = "vtol-quadplane-piston"
#: Stated fuel figures: combustion, as for a fixed wing (an engine power is a motor's too).
FUEL_NAMES = frozenset({"fuel_volume", "fuel_mass", "fuel_type"})


class VtolReading(NamedTuple):
    """A VTOL layout's kind (``kind``, with ``note`` to add to how it was found), or no kind
    and what a refusal says: ``what`` the plant, ``reason`` why no kind models it."""

    kind: str | None
    note: str = ""
    what: str = ""
    reason: str = ""


def read(layout: str, powers: set, stated_names: set) -> VtolReading:
    """The kind of a case whose airframe words name the VTOL ``layout`` (``vtol-quadplane``
    or ``tailsitter``), given the power plants its words and engine_type name (``powers``)
    and the parameter names it states."""
    fuel = powers - {"electric"} or ({"piston"} if stated_names & FUEL_NAMES else set())
    if not fuel or layout not in ("vtol-quadplane", "tailsitter"):
        return VtolReading(layout)
    what = " / ".join(sorted(fuel))
    if layout == "vtol-quadplane" and fuel == {"piston"}:
        return VtolReading(HYBRID, " and the piston engine (a hybrid quadplane: battery lift "
                                   "rotors, piston cruise on fuel)")
    if layout == "tailsitter":
        return VtolReading(None, what=what, reason="a tailsitter with a combustion engine "
                           "hovers on its engine-driven propeller (Aerovel Flexrotor), which "
                           "no kind models")
    return VtolReading(None, what=what, reason=f"no kind models a quadplane with a {what} "
                       "cruise engine (the hybrid quadplane, vtol-quadplane-piston, has a "
                       "piston engine)")


def choices(layouts) -> list[str]:
    """The VTOL kinds a choice among ``layouts`` offers: the hybrid beside the quadplane."""
    return [HYBRID] if "vtol-quadplane" in layouts else []


def engine_says(layouts, powers: set, stated_names: set) -> str:
    """What a stated combustion engine adds to an airframe that could be a quadplane or a
    tailsitter: it does not choose (piston tailsitters exist: Aerovel Flexrotor), but it rules
    out both battery kinds; "" where no engine is stated."""
    if set(layouts) != {"vtol-quadplane", "tailsitter"} or read(
            "vtol-quadplane", powers, stated_names).kind != HYBRID:
        return ""
    return ("; with its piston engine a hybrid quadplane (vtol-quadplane-piston: battery lift "
            "rotors, piston cruise) or a piston tailsitter hovering on its engine (Aerovel "
            "Flexrotor), which no kind models")
