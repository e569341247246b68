"""Stated energy figures a wing-borne kind's power plant does not burn, said in the notes.

An electric kind (battery cruise) carries no fuel and a piston or jet kind flies on its fuel,
not on a battery: a case that sets ``vehicle_kind`` to one and states the other's figures
(``vehicle_kind = "vtol-quadplane"`` with a 5 L fuel figure, vtolfuel's open item) ran with the
figure silently unused. The kind the case states is kept (it is the user's explicit choice);
each such figure is named with the kind that would use it, wherever the case states it: an
input figure (``F3``), the ``[vehicle]`` or ``[battery]`` table (``vehicle.fuel_volume``,
``battery.mass``) or ``[assumptions]`` (review 16: a fuel figure in ``[vehicle]`` of an
electric kind went unnamed, only ``[figures]`` entries were looked at).
"""
from __future__ import annotations

from .set_aside import stated_where

#: Fields of a fuel on board, and of a propulsion battery.
FUEL_FIELDS = ("fuel_volume", "fuel_mass")
BATTERY_FIELDS = ("battery_energy", "battery_charge", "battery_mass")


def plant_unused(case) -> list[str]:
    """One note per stated input figure of the other power plant than ``case.kind``'s."""
    from ..engine import fixed_wing as eng    # only a wing-borne case's notes ask (start-up)
    kind = case.kind
    if kind in eng.FUEL_KINDS and kind in eng.BATTERY_KINDS:      # the hybrid burns both
        return []
    if kind in eng.ELECTRIC_KINDS:
        fields, why = FUEL_FIELDS, (
            f"the {kind} kind cruises on its battery and carries no fuel; if the aircraft "
            "burns fuel, [case] vehicle_kind = 'fixed-wing-piston' (or "
            "'vtol-quadplane-piston' for a quadplane with a combustion cruise engine)")
    elif kind in eng.FUEL_KINDS:
        fields, why = BATTERY_FIELDS, (
            f"the {kind} kind flies on its fuel; a battery beside it powers the avionics, not "
            "the cruise; if the aircraft is battery-electric, [case] vehicle_kind = "
            "'fixed-wing-electric'")
    else:
        return []
    return [f"Not used by the fixed-wing model: {text}; {why}."
            for text in stated_inputs(case, fields)]


def stated_inputs(case, fields) -> list[str]:
    """``"field text (where)"`` of each stated input of ``fields``: the input figures in file
    order, then the ``[vehicle]``, ``[battery]`` and ``[assumptions]`` entries (a parameter is
    stated at one level only: intake.case's precedence rule)."""
    from ..intake.case import PARAMETERS
    out = [f"{f.field} {f.text} ({f.id})" for f in case.figures.values()
           if f.role == "input" and f.field in fields]
    for name, d in case.described().items():
        if name in PARAMETERS and PARAMETERS[name][0] in fields \
                and not d.source.startswith("figure "):
            out.append(f"{PARAMETERS[name][0]} {getattr(d.value, 'text', d.value)} "
                       f"({stated_where(name, d.source)})")
    return out
