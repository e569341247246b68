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
#: What gives a wing, or a fuel-burning machine, the take-off mass check judges it at: a stated
#: mass, or a wingspan it infers one from (priors.fixed_wing_span_mass). A fixed wing with
#: none of them is not judged (claims: "judged at the machine's take-off mass, which the case
#: does not state"), whatever battery, fuel, wing area or engine power it states; review 19 had
#: the Mohajer-10's 450 litres of fuel told it "states no mass, rotor size or battery", the
#: words of a battery multirotor, and a drafted "fixed-wing drone" still was.
_WING_SIZED = ("takeoff_mass", "empty_mass", "max_takeoff_mass", "wingspan")
#: Loads a wing's take-off mass is inferred from where no mass or span is stated
#: (priors.fixed_wing_mass; a maximum payload also as a claim, as check reads it).
_LOADS = ("payload_mass", "warhead_mass", "max_payload")


def _wing_rest(fuel: bool) -> str:
    """What else a wing's verdicts take from the source, where stated, instead of the priors."""
    more = " and engine power" if fuel else ", engine power and fuel or battery"
    return f"and its wing area{more} where a source states them (else the priors' ranges stand in)"


def no_size_warning(items: list[Any], stated: set, wing: str | None) -> str | None:
    """The warning for a draft with claims and nothing that sizes its machine, in the words of
    its kind: a wing, or a machine with a stated fuel figure, needs a mass or a wingspan (a
    payload gives an inferred mass, which the warning names); a battery machine a mass, rotor
    size or battery. None when it is sized."""
    if not any(i.role == "claim" for i in items):
        return None
    fuel = [i for i in items if i.role == "input" and i.field in ("fuel_volume", "fuel_mass")]
    if fuel or wing:
        if any(i.role == "input" and i.field in _WING_SIZED for i in items):
            return None
        fuels = ", ".join(i.id or i.written for i in fuel)
        machine = (f"the fuel of a fuel-burning machine ({fuels}) but no mass or wingspan: as a "
                   "fixed wing, check" if fuel else "no mass or wingspan of this fixed wing: check")
        loads = [i for i in items if i.field in _LOADS and i.role in ("input", "claim")]
        if loads:
            return (f"the article states {machine} infers its take-off mass from the payload "
                    f"({', '.join(i.id or i.written for i in loads)}) by a wide fleet law, and "
                    "every verdict rests on it; add a take-off mass or wingspan another source "
                    f"states, with its quote, {_wing_rest(bool(fuel))}")
        return (f"the article states {machine} judges none of its claims (each 'not judged': "
                "it needs a take-off, empty or maximum take-off mass, or a wingspan or payload "
                "to infer one from); add what another source states, with its quote, "
                f"{_wing_rest(bool(fuel))}")
    if stated & _SIZED:
        return None
    return ("the article states no mass, rotor size or battery: every verdict would rest on the "
            "priors' default machine, not on this one; add what another source states, with "
            "its quote")
