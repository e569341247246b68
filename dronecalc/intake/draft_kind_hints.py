"""What a draft's figures say about the machine's kind where its words name none (review 17):
a stated wingspan or wing area is a wing's, and a rotor count ("the Baba Yaga six-rotor drone")
is a multirotor's. ``dronecalc check`` reads them so (a wingspan with an engine_type is judged as
that fixed wing; a rotor count as a multirotor), so the draft's warnings and the field rules'
ranges must too: a drafted ScanEagle (3.3 m span, 24 h, a heavy-fuel engine) had been told it
"names no multirotor", that it "states no mass" (its 48 kg MTOW counts only for a wing), and
its 24 h flagged out of the multirotor range."""
from __future__ import annotations

from typing import Any

#: The warning for a draft whose words, wingspan and rotor count name no kind at all.
NO_MULTIROTOR = ("the article names no multirotor (quadcopter, hexacopter...): for a fixed-wing, "
                 "one-way attack or VTOL drone set vehicle_class in [case] (e.g. \"fixed-wing\", "
                 "\"delta\", \"quadplane\"; docs/case-format.md) so that check uses the "
                 "fixed-wing physics and its plausible ranges; the out-of-range flags of this "
                 "draft are those of multirotors; for a multirotor (a maker's spec table often "
                 "names none) set vehicle_kind = \"multirotor\" in [case], or check refuses a case "
                 "whose kind it cannot tell")

#: Fields only a wing has: stated as an input, they make the draft's machine a fixed wing.
WING_FIELDS = ("wingspan", "wing_area")


def span_wing(items: list[Any], multirotor_named: bool) -> str | None:
    """``"fixed-wing"`` when a wingspan or wing area is stated as an input and no multirotor
    word is; else None."""
    if multirotor_named:
        return None
    return "fixed-wing" if any(i.field in WING_FIELDS and i.role == "input"
                               for i in items) else None


def counts_rotors(items: list[Any]) -> bool:
    """Whether a rotor count is drafted as an input (``check`` reads it as a multirotor)."""
    return any(i.field == "rotors" and i.role == "input" for i in items)


def span_warning(items: list[Any]) -> str:
    """The warning for a draft whose wing comes from a wingspan alone and whose power plant
    is not stated: ``check`` then cannot choose the kind (it needs a plant or an airframe)."""
    ids = ", ".join(i.id for i in items if i.field in WING_FIELDS and i.role == "input")
    return (f"the article states a wingspan or wing area ({ids}) but names no airframe and no "
            "power plant: this draft's out-of-range flags are those of fixed wings; check "
            "judges it once an engine_type, fuel or battery figure says what powers it, or "
            "with [case] vehicle_kind (\"fixed-wing-piston\", \"fixed-wing-electric\", "
            "\"vtol-quadplane\"...; docs/case-format.md)")


#: What sizes the machine a draft judges: a battery machine's mass, rotors or pack; a wing's
#: span counts where the draft's machine is a wing.
_SIZED = {"mass", "takeoff_mass", "empty_mass", "rotor_diameter", "energy", "capacity",
          "battery_mass", "max_takeoff_mass"}
#: What sizes a fuel-burning machine (review 19: the Mohajer-10's 450 litres of fuel had been
#: told it "states no mass, rotor size or battery", the words of a battery multirotor).
_FUEL_SIZED = ("takeoff_mass", "empty_mass", "max_takeoff_mass", "wingspan", "wing_area",
               "engine_power")


def no_size_warning(items: list[Any], stated: set, wing: str | None) -> str | None:
    """The warning for a draft with claims and nothing that sizes its machine, in the words of
    its kind: a stated fuel figure makes it a fuel-burning machine (sized by its mass, wing or
    engine power), else a battery one (mass, rotor size or battery); None when it is sized."""
    if not any(i.role == "claim" for i in items):
        return None
    fuel = [i for i in items if i.role == "input" and i.field in ("fuel_volume", "fuel_mass")]
    if fuel:
        if any(i.role == "input" and i.field in _FUEL_SIZED for i in items):
            return None
        return (f"the article states the fuel of a fuel-burning machine "
                f"({', '.join(i.id or i.written for i in fuel)}) but no mass, wingspan or engine "
                "power: every verdict would rest on the priors' default size for its kind, not "
                "on this machine; add what another source states, with its quote")
    if stated & (_SIZED | ({"wingspan"} if wing else set())):
        return None
    return ("the article states no mass, rotor size or battery: every verdict would rest on the "
            "priors' default machine, not on this one; add what another source states, with "
            "its quote")
