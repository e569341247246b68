"""A unit per another unit is a rate, never the quantity of its first unit: "380 Wh/kg",
"250 Wh per kilogram", "700 Wh/l", "5 kW/kg", "2 L/h", "8 g/W", "20 Wh/km", "10 kg/ha".

The unit reader of :mod:`dronecalc.intake.spotting` matched the first unit and stopped at the
slash: review 18 found "a semi-solid NMC battery pack rated at approximately 380 Wh/kg and 87
Ah" (LAE Times on Luke Bell's record quadcopter) drafted as battery_energy 380 Wh, and "Its
pack is rated at 250 Wh/kg" as 250 Wh. A specific energy says what one kilogram of the pack
(or of its cells) holds; the pack's energy is that times the pack's mass, which such an
article rarely gives. It is drafted as ``battery_specific_energy`` (the pack's specific
energy, an input), with a note; beside a stated pack mass too (check takes the two as the
pack's energy, or compares them with a stated energy: issue 10). Every other rate (a fuel flow "2 L/h", a thrust per watt "8 g/W",
a spray rate "10 kg/ha") is context with a note that names it (no case field states one).

:func:`per_unit` extends a unit match over its denominator: a slash ("Wh/kg", "Wh / kg") or
"per" ("Wh per kg", "Wh per kilogram") and a unit word of :data:`DENOMINATORS`. Units the
tables spell with their denominator ("km/h", "m/s", "miles per hour", "rpm/V") are matched
whole before this and are untouched; a slash before a number is a conversion or a second
value ("4,000 lb/1,814 kg", "5 kg/11 lb"), no rate; a count noun after "per" ("10 kg per
rotor", "30 min per battery") is no unit, and stays as it was read.
"""
from __future__ import annotations

import re

__all__ = ["DENOMINATORS", "RATE_DIMS", "per_unit", "rate_note", "unit_note", "volume_note"]

#: Unit words that can follow "/" or "per" as a rate's denominator -> their dimension key
#: (lower-case; matched without case after "per", with case after a slash for the one-letter
#: spellings, which are otherwise too often something else).
DENOMINATORS: dict[str, str] = {
    **dict.fromkeys(("kg", "kgs", "kilogram", "kilograms", "kilogramme", "g", "gram", "grams",
                     "lb", "lbs", "pound", "pounds", "tonne", "tonnes", "ton", "tons"), "mass"),
    **dict.fromkeys(("l", "litre", "litres", "liter", "liters", "gal", "gallon", "gallons",
                     "m3", "m³", "cc"), "volume"),
    **dict.fromkeys(("h", "hr", "hour", "min", "minute", "s", "sec", "second", "day", "week",
                     "month", "year"), "time"),
    **dict.fromkeys(("km", "kilometre", "kilometer", "mi", "mile", "m", "metre", "meter",
                     "ft", "nm", "nmi"), "length"),
    **dict.fromkeys(("ha", "hectare", "acre", "m2", "m²", "km2", "km²"), "area"),
    **dict.fromkeys(("wh", "kwh", "j", "kj", "mj"), "energy"),
    **dict.fromkeys(("w", "kw", "hp"), "power"),
}
_WORDS = "|".join(re.escape(w) for w in sorted(DENOMINATORS, key=len, reverse=True))
#: The denominator right after a unit: "/kg", " / kg", " per kg", " per kilogram", "/L", and
#: its power ("5 kg/m^2", a fuzzed spec table's: read as "5 kg/m" before).
#: (also "for every" / "for each", a one before the unit, a gloss in brackets between: "60 Wh
#: (watt-hour) for every pound of battery weight", "100W for every 1 pound of overall weight";
#: a delivery blog, unseen2: had been a pack's 60 Wh, an engine's 100 W and a 1-pound machine)
_PER = re.compile(r"(?:[ \t]?\([A-Za-z][A-Za-z \t-]{0,20}\))?"
                  r"(?:[ \t]?/[ \t]?|[ \t]+(?:per|for (?:every|each))[ \t]+(?:(?:1|one)[ \t]+)?)"
                  rf"({_WORDS})(?:\^-?[1-3]|[²³])?(?![A-Za-z0-9²³])", re.IGNORECASE)
#: A length per one of these is a speed, however spaced ("120 km / h", "15 m / s"; review 22
#: found "120 km / h" drafted as a rate, context); a length per a minute stays a rate.
_SPEED_TIMES = ("h", "hr", "hour", "s", "sec", "second")
#: A length then a time to the power -1, as SI writes a speed: "18 km h⁻¹", "18 km h-1",
#: "15 m s^-1" (review 22: a sprayer blog's "18 km h⁻¹" had been "18 km", a height).
_PER_EXPONENT = re.compile(r"[ \t\u00a0·](h|hr|s)(?:⁻¹|\^?-1)(?![\w⁻¹])")
#: The rate dimensions :func:`per_unit` returns (their cues: :data:`~dronecalc.intake.cues.
#: CUES`, context only).
RATE_DIMS = ("specific-energy", "rate")
_NAMES = {("energy", "mass"): "a specific energy (energy per mass of the pack or its cells)",
          ("energy", "volume"): "an energy density (energy per volume of the pack or cells)",
          ("power", "mass"): "a specific power (power per mass)",
          ("charge", "mass"): "a specific capacity (charge per mass)"}


def per_unit(sentence: str, unit: tuple[int, int, str]) -> tuple[int, int, str]:
    """``unit`` (start, end, dimension key of a unit match in ``sentence``) extended over the
    denominator written right after it, with a rate's dimension: "specific-energy" for an
    energy per mass, "rate" for any other; ``unit`` itself when no denominator follows."""
    exp = _PER_EXPONENT.match(sentence, unit[1]) if unit[2] == "length" else None
    if exp is not None:                              # "18 km h⁻¹", "15 m s-1": SI's way
        return unit[0], exp.end(), "speed"
    m = _PER.match(sentence, unit[1])
    if m is None or unit[2] in ("speed", "kv"):      # "km/h/s" is no case's figure either
        return unit
    if unit[2] == "length" and m.group(1).lower() in _SPEED_TIMES:
        return unit[0], m.end(), "speed"             # "120 km / h", "15 m / s": a speed
    word = m.group(1)
    if len(word) == 1 and "/" in m.group() and word not in ("h", "s", "l", "L", "g", "W", "m",
                                                              "J"):
        return unit
    dim = "specific-energy" if (unit[2], DENOMINATORS[word.lower()]) == ("energy", "mass") \
        else "rate"
    return unit[0], m.end(), dim


def rate_note(written: str) -> str:
    """The note of a rate figure (``written``, as the article writes it, "about 380 Wh/kg"):
    what it is, and why it is no figure of its first unit's field."""
    m = re.search(rf"(?:[ \t]?/[ \t]?|[ \t]+(?:per|for (?:every|each))[ \t]+(?:(?:1|one)[ \t]+)?)"
                  rf"({_WORDS})(\^-?[1-3]|[²³])?$", written, re.IGNORECASE)
    den = DENOMINATORS.get(m.group(1).lower(), "") if m else ""
    if den == "length" and m.group(2):               # "kg/m^2", "kg/m²": per area
        den = "area" if m.group(2)[-1] in "2²" else "volume" if m.group(2)[-1] in "3³" else den
    num = _numerator_dim(written[:m.start()] if m else written)
    name = _NAMES.get((num, den), f"a rate ({num or 'a quantity'} per {den or 'unit'})")
    if (num, den) == ("energy", "mass"):
        return (f"{name}, not the pack's energy (battery_energy, the pack's Wh, is this times "
                "the pack's mass): battery_specific_energy (a cell maker's figure is above the "
                "pack's: case, wiring, BMS)")
    return f"{name}, no figure of the machine's {num or 'quantity'}: context"


def _numerator_dim(text: str) -> str:
    from .unit_words import UNITS, UNITS_CS
    word = re.search(r"[A-Za-z°º]+$", text.strip())
    if word is None:
        return ""
    w = word.group()
    return UNITS_CS.get(w) or UNITS.get(w.lower(), "")
def volume_note(written: str) -> str:
    """What a volume is to dronecalc: a fixed wing's fuel_volume, or a liquid load's size
    (moved here from :mod:`~dronecalc.intake.spotting`, at its line cap)."""
    from .figures import parse                       # a late import: figures is heavier
    try:
        water = f" ({parse(written).nominal.m_as('L'):.3g} kg of water)"
    except Exception:                                # noqa: BLE001 - "50-litre": no mass shown
        water = ""
    return ("a volume: as a fixed wing's fuel it is fuel_volume; a tank of liquid payload "
            "(spray, fertiliser, water) is a payload only as a mass, its volume times its "
            f"density{water}: write that as payload_mass or max_payload if it is the load")


def unit_note(fig: dict, after: str) -> None:
    """Add the note a figure's unit calls for to ``fig`` (a figure of
    :func:`~dronecalc.intake.spotting.find_figures`; ``after``, the sentence after it): a
    volume's (:func:`volume_note`), a "4S2P" pack's
    (:func:`~dronecalc.intake.unit_words.parallel_note`), a rate's (:func:`rate_note`); a
    specific energy's unit spelt as the parser reads it ("380 Wh/Kg" -> "380 Wh/kg")."""
    from .unit_words import parallel_note
    dim, written = fig.get("dim"), fig["written"]
    if dim in RATE_DIMS:            # "60 Wh (watt-hour) for every pound": read "60 Wh per pound"
        plain = _EVERY.sub(" per ", _GLOSS.sub("", written))
        if plain != written and not fig.get("canonical"):
            fig["canonical"] = written = plain
    more = (volume_note(written) if dim == "volume" else parallel_note(written, after)
            if dim == "cells" else rate_note(written) if dim in RATE_DIMS else None)
    if more:
        fig["note"] = "; ".join(x for x in (fig.get("note"), more) if x)
    if dim == "speed" and not fig.get("canonical"):  # "120 km / h", "18 km h⁻¹": "km/h"
        spelt = _SPEED_SPELT.sub(lambda m: "/" + (m.group(1) or m.group(2)), written)
        if spelt != written:
            fig["canonical"] = spelt
    if dim == "specific-energy":
        spelt = _SPELT.sub(lambda m: f"{m.group(1).lower()}Wh{m.group(2)}kg", written)
        if spelt != written and not fig.get("canonical"):
            fig["canonical"] = spelt


#: A specific energy's unit in capitals or lower case ("Wh/Kg", "wh/kg", "WH/KG").
#: A rate's gloss in brackets and its "for every (1)" (the parser reads "Wh per pound").
_GLOSS = re.compile(r"[ \t]?\([A-Za-z][A-Za-z \t-]{0,20}\)(?=[ \t]*(?:/|per\b|for\b))")
_EVERY = re.compile(r"(?i)[ \t]+for (?:every|each)[ \t]+(?:(?:1|one)[ \t]+)?|"
                    r"[ \t]+per[ \t]+(?:1|one)[ \t]+")
_SPELT = re.compile(r"(?i)\b(k?)wh([ \t]?/[ \t]?|[ \t]+per[ \t]+)kg\b")
#: A speed's time unit after a spaced slash or as a power -1 (parse reads "km/h").
_SPEED_SPELT = re.compile(r"[ \t]?/[ \t]?(h|hr|hour|s|sec|second)\b|[ \t\u00a0·](h|hr|s)(?:⁻¹|"
                          r"\^?-1)(?![\w⁻¹])")
