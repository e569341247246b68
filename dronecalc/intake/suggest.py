"""Did-you-mean: the known name closest to a mistyped one (commands, fields, keys)."""
from __future__ import annotations

from typing import Iterable


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The first of ``choices`` that starts with ``word`` ('payload' -> 'payload_mass'), else
    the closest by difflib's ratio >= 0.6 ('chek' -> 'check'), else None."""
    import difflib                     # only for a misspelt name: not on every case's path
    known = list(choices)
    starts = [k for k in known if k.startswith(word)]
    if starts:
        return starts[0]
    found = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return found[0] if found else None


#: A spec sheet's labels that are no field name, with the field (and key) that says it: the
#: held-out spec-sheet trials (tests/fixtures/cases/specs_heldout/) wrote these first, and
#: difflib's closest name was wrong for several ("max_speed" -> speed, "max_flight_distance"
#: -> flight_time, "max_takeoff_mass" -> takeoff_mass, "wind_speed" -> speed).
FIELD_LABELS = {
    "hover_time": 'flight_time with mode = "hover"',
    "hovering_time": 'flight_time with mode = "hover"',
    "max_hover_time": 'flight_time with mode = "hover"',
    "max_flight_time": "flight_time (its speed, if stated, in at_speed)",
    "endurance": "flight_time",
    "max_speed": "top_speed",
    "max_horizontal_speed": "top_speed",
    "maximum_speed": "top_speed",
    "max_flight_distance": "range (its speed, if stated, in at_speed)",
    "flight_distance": "range",
    "max_range": "range",
    "max_distance": "range",
    "transmission_range": "radio_range",
    "transmission_distance": "radio_range",
    "weight": "takeoff_mass (battery in) or empty_mass (without battery and payload)",
    "mass": "takeoff_mass (battery in) or empty_mass (without battery and payload)",
    "takeoff_weight": "takeoff_mass",
    "net_weight": "takeoff_mass or empty_mass, as the sheet defines it",
    "max_takeoff_weight": "max_takeoff_mass (a maximum take-off mass is no flight's mass; "
                          "what it allows to carry is max_payload)",
    "mtow": "max_takeoff_mass (a maximum take-off mass is no flight's mass; max_payload for a "
            "payload)",
    "mtom": "max_takeoff_mass (a maximum take-off mass is no flight's mass; max_payload for a "
            "payload)",
    "capacity": "battery_charge (mAh) or battery_energy (Wh)",
    "battery_capacity": "battery_charge (mAh) or battery_energy (Wh)",
    "voltage": "battery_voltage",
    "energy": "battery_energy",
    "cells": "cell_count",
    "kv": "motor_kv",
    "propeller": "rotor_diameter",
    "propeller_diameter": "rotor_diameter",
    "prop_diameter": "rotor_diameter",
    "prop_size": "rotor_diameter",
    "wind": "context (a range claim's own headwind is its 'headwind' key)",
    "wind_speed": "context (a range claim's own headwind is its 'headwind' key)",
    "wind_resistance": "context (a range claim's own headwind is its 'headwind' key)",
    "wheelbase": "frame_size (a multirotor's motor-to-motor size; a wheelbase is no rotor size)",
    "diagonal_wheelbase": "frame_size (a multirotor's motor-to-motor size)",
    "ceiling": "service_ceiling (fixed wings and multirotors) or context",
    "max_altitude": "service_ceiling (fixed wings and multirotors) or context",
    "temperature": "air_temperature",
    "operating_temperature": "context (a range the maker allows, not the flight's temperature)",
}


#: Keys users write in [vehicle] and [battery] that are figure fields or spec labels instead.
SECTION_LABELS = {
    "takeoff_mass": "[vehicle] mass is the take-off mass without payload (a takeoff_mass "
                    "figure, with payload, is an input figure)",
    "weight": "[vehicle] mass (battery in) or empty_mass (without battery and payload)",
    "takeoff_weight": "[vehicle] mass is the take-off mass without payload",
    "type": "[battery] chemistry (LiPo, Li-ion, LiHV)",
    "battery_type": "[battery] chemistry (LiPo, Li-ion, LiHV)",
    "capacity_mah": "[battery] capacity (\"5000 mAh\")",
    "rotor_count": "[vehicle] rotors", "propellers": "[vehicle] rotors",
    "propeller_diameter": "[vehicle] rotor_diameter", "kv": "[vehicle] motor_kv",
}


def key_problem(key: str, keys: Iterable[str] = ()) -> str:
    """ "unknown key", with what a [vehicle] or [battery] key a user wrote is spelt as, else
    the closest known key ('rotor' -> "did you mean 'rotors'?")."""
    hint = SECTION_LABELS.get(key.lower())
    if hint:
        return f"unknown key; {hint}"
    near = closest(key, keys) if key else None
    return f"unknown key; did you mean {near!r}?" if near else "unknown key"


def _label(word: str) -> str:
    return "_".join(word.strip().lower().replace("-", " ").replace(".", " ").split())


def unknown(what: str, word: str, choices: Iterable[str]) -> str:
    """ "unknown field 'payload'; did you mean 'payload_mass'? (known: ...)"; for a field, a
    spec sheet's label names the field that says it ("max_speed": write top_speed)."""
    known = list(choices)
    label = FIELD_LABELS.get(_label(word)) if what == "field" else None
    if label:
        hint = f"; a spec sheet's {word!r} is written as {label}"
    else:
        best = closest(word, known)
        hint = f"; did you mean {best!r}?" if best else ""
    return f"unknown {what} {word!r}{hint} (known: {', '.join(known)})"


def mean(word, choices: Iterable[str]) -> str:
    """ "; did you mean 'claim'?" for a mistyped ``word`` close to one of ``choices``, else ""."""
    near = closest(word, choices) if isinstance(word, str) and word else None
    return f"; did you mean {near!r}?" if near else ""


#: What each figure role is (docs/case-format.md: "input: describes the machine | claim: to
#: test | context: neither"), for the message of a figure that gives none.
ROLE_MEANINGS = {"input": "a figure that describes the machine or its flight",
                 "claim": "a figure the source claims, to test",
                 "context": "neither: kept with its quote, used by no check"}


def role_problem(role, field: str, allowed: Iterable[str]) -> tuple[str, str]:
    """(message, expected) for a figure's ``role`` that is missing or not one of ``allowed``:
    a missing role had been told "not a role a flight_time figure can take" (review 17)."""
    allowed = tuple(allowed)
    if role is None:
        return (f"missing: every figure needs a role; this {field} figure has none",
                "role = " + " or ".join(
                    f'"{r}" ({ROLE_MEANINGS.get(r, r)})' for r in allowed))
    return f"not a role a {field} figure can take{mean(role, allowed)}", " or ".join(allowed)


def under_path(message: str, name: str | None, field: str, path: str = "") -> str:
    """A figure's read error shown under its case-file path: without the internal field
    ``name`` the path already says ('vehicle.mass: takeoff_mass: needs a unit'), and with an
    example in ``field``'s own unit where the figure reader gave a mass ('at_speed: no number;
    ... e.g. "3 kg"'; ux5's trial). A figure's ``text`` path names no field, so there the
    message starts with ``field`` ('figures.F2.text: takeoff_mass: wrong dimension'; review of
    2026-12-06: "figures.F2.text: wrong dimension; got '915 km'" left the editor to look up
    what F2 is)."""
    from .fields import example_unit
    if name and message.startswith(f"{name}: "):
        message = message[len(name) + 2:]
    if path.startswith("figures.") and path.endswith(".text"):
        message = f"{field}: {message}"
    unit = example_unit(field)
    if unit not in (None, "dimensionless", "kg") and 'e.g. "3 kg"' in message:
        message = message.replace('e.g. "3 kg"', f'e.g. "30 {unit}"')
    return message


#: A rotor count written as words -> the airframe word the table knows (the tutorial's own
#: first try, "six-rotor drone", was refused with the whole kind list and no hint; ux7).
ROTOR_COUNT_WORDS = {"three": "tricopter", "3": "tricopter", "four": "quadcopter",
                     "4": "quadcopter", "six": "hexacopter", "6": "hexacopter",
                     "eight": "octocopter", "8": "octocopter"}


def airframe_hint(text: str) -> str:
    """``"'hexacopter' ('six-rotor' is one); or "`` for "six-rotor drone", else ``""``: the
    word to write for an airframe given as a rotor count."""
    import re
    m = re.search(r"(?i)\b(three|four|six|eight|[3468])[\s-]?(?:rotors?|props?|propellers?)\b",
                  text)
    if not m:
        return ""
    return f"'{ROTOR_COUNT_WORDS[m.group(1).lower()]}' ({m.group()!r} is one); or "
