"""One glossary for every name a reader sees: inputs, checks, origins, terms, verdict words.

The library's internal names (``rotor_diameter``, ``kinematics``, ``generous bound``) stay in
the JSON, which is for machines; everything written for a person (text, Markdown, HTML,
picture labels) goes through this module, so one input is called the same everywhere and no
module or table name (``rotor.ROTOR_PARAMETERS``) reaches a reader.
"""
from __future__ import annotations

import re

from ..wording import reader_units
from .codenames import reader_note

#: The multirotor prior classes as a reader sees them: size classes, picked from the take-off
#: mass (else the rotor size or count: priors.conditioned.pick_class) or named by the case,
#: never a statement of what the machine is for (a 23 kg delivery quadcopter gets the heavy
#: class's tables, whose examples are crop sprayers). The JSON keeps the class key.
CLASS_LABELS = {"small-camera-quad": "small (camera-drone-size) quadcopter",
                "large-lift-quad": "mid-size (large-lift) quadcopter",
                "large-lift-hexa": "mid-size (large-lift) hexacopter",
                "heavy-agricultural": "heavy (agricultural-size) multirotor"}


#: The vehicle kinds whose priors are the kind's own (no size class), as a reader sees them.
KIND_LABELS = {"fixed-wing-electric": "electric fixed wing",
               "fixed-wing-piston": "piston-engined fixed wing",
               "fixed-wing-jet": "jet-powered fixed wing",
               "vtol-quadplane": "electric VTOL quadplane", "tailsitter": "electric tailsitter",
               "vtol-quadplane-piston": "hybrid VTOL quadplane (battery lift, piston cruise)"}


#: A vehicle kind's code name written bare in prose ("the 7 vtol-quadplane aircraft of
#: data/fixed_wing.toml", "beyond the fixed-wing-piston model's ..."): said in the plain words
#: of :data:`KIND_LABELS` in every report a person reads (:func:`plain_kinds`); the JSON keeps
#: it. A quoted one is a value to write ("[case] vehicle_kind = 'fixed-wing-electric'") and
#: stays; "tailsitter", a plain word too, is not one.
_KIND_NAME = re.compile(r"(?<![\w'\"`-])(" + "|".join(sorted(
    (re.escape(k) for k in KIND_LABELS if "-" in k), key=len, reverse=True)) + r")(?![\w'\"`-])")


def plain_kinds(text: str) -> str:
    """``text`` with each bare kind code name in plain words (:data:`_KIND_NAME`).

    >>> plain_kinds("the 7 vtol-quadplane aircraft; vehicle_kind = 'fixed-wing-piston'")
    "the 7 electric VTOL quadplane aircraft; vehicle_kind = 'fixed-wing-piston'"
    """
    return _KIND_NAME.sub(lambda m: KIND_LABELS[m.group(1)], str(text))


def reader_text(text: str) -> str:
    """Any text a person reads (the text, Markdown and HTML reports): no bare kind code name
    (:func:`plain_kinds`) and each temperature in the reader's unit, "0-35 °C", never pint's
    "0-35 degC" (:func:`dronecalc.wording.reader_units`; the JSON keeps it)."""
    return plain_kinds(reader_units(text))


#: A rotor count as the airframe word a label uses (:func:`class_label`).
ROTOR_WORDS = {3: "tricopter", 4: "quadcopter", 6: "hexacopter", 8: "octocopter"}


def class_label(name: str | None, rotors: float | None = None) -> str | None:
    """A prior class as a reader sees it: ``"heavy-agricultural"`` -> ``"heavy
    (agricultural-size) multirotor, a size class (heavy-agricultural)"``; a kind in plain
    words (``"electric fixed wing"``: ux6, "Priors: fixed-wing-electric." was the key alone;
    issue 13, wordfix: the key beside the words is a code name too, kept in the JSON only);
    anything else as it is. With the machine's
    ``rotors`` (one count) the label names that count, not the class's: an octocopter of the
    hexacopter size class is "mid-size (large-lift) octocopter" (issue 10: it had been "a
    large-lift hexacopter", a tricopter "a quadcopter")."""
    if name in CLASS_LABELS:
        size, word = CLASS_LABELS[name].rsplit(" ", 1)
        count = None if rotors is None or word == "multirotor" else round(rotors)
        said = ROTOR_WORDS.get(count, f"{count}-rotor multirotor") if count else word
        if said != word:
            return (f"{size} {said}, a size class ({name}: the {word} class's priors for what "
                    "the source does not state)")
        return f"{CLASS_LABELS[name]}, a size class ({name})"
    return KIND_LABELS.get(name, name)


#: Model input -> plain name (what a reader sees in tables and on pictures).
INPUTS = {
    "rotors": "number of rotors",
    "rotor_diameter": "propeller diameter",
    "disk_loading_percentile": "propeller size relative to similar drones (percentile)",
    "mass": "take-off mass without payload",
    "takeoff_mass": "take-off mass with payload",
    "empty_mass": "empty mass (frame, motors, electronics)",
    "payload": "payload",
    "battery_energy": "battery energy (all packs)",
    "battery_capacity": "battery charge per pack",
    "battery_voltage": "battery voltage",
    "cells": "battery cells in series",
    "cell_voltage": "voltage per battery cell",
    "packs": "number of battery packs",
    "battery_mass": "battery mass (all packs)",
    "battery_mass_fraction": "battery share of the take-off mass",
    "specific_energy": "battery energy per kilogram",
    "figure_of_merit": "propeller efficiency in hover",
    "drive_efficiency": "motor and speed-controller efficiency",
    "usable_fraction": "share of the battery that can be used",
    "efficiency_percentile": "propeller, motor and battery efficiency relative to similar drones "
                             "(percentile)",
    "rotor_drag_coefficient": "propeller drag in forward flight",
    "rotor_drag_percentile": "propeller drag in forward flight, given the airframe drag "
                             "(percentile)",
    "drag_area": "airframe drag area",
    "drag_area_coefficient": "airframe drag (per size)",
    "payload_drag_area": "payload drag area",
    "air_temperature": "air temperature",
    "altitude": "altitude",
    "motor_kv": "motor speed rating (Kv)",
    "control_thrust_ratio": "thrust-to-weight needed for control",
    "battery_voltage_drop_1c": "battery voltage sag under load",
    "induced_power_factor": "propeller loss factor",
    "overlap_factor": "rotor layout factor (coaxial overlap)",
    "thrust_coefficient": "propeller thrust coefficient",
    "loaded_rpm_fraction": "motor speed under load (share of unloaded)",
    "avionics_power": "electronics power (flight controller, radio)",
    "leg_speed": "speed of the stated flight",
    "leg_distance": "distance of the stated flight",
    "leg_payload": "payload carried on the stated flight",
    **{f"leg{k}_{name}": f"{word} of leg {k} of the stated flight" for k in range(1, 7)
       for name, word in (("distance", "distance"), ("speed", "speed"),
                          ("payload", "payload carried"))},
    "radio_range": "advertised radio range",
    "cells_percentile": "battery cell count relative to similar drones (percentile)",
    "max_battery_fraction": "largest battery share of the take-off mass",
    "max_energy_per_mass": "largest battery energy per kg of take-off mass",
    "max_takeoff_mass": "maximum take-off mass (stated)",
    "frame_size": "motor-to-motor size of the frame (wheelbase, stated)",
    "overall_size": "overall length or width of the machine, rotors included (stated)",
    "min_specific_energy": "lowest energy per kilogram of battery the chemistry allows",
    "max_specific_energy": "highest energy per kilogram of battery the chemistry allows",
    # fixed wings, quadplanes and tailsitters (dronecalc.engine.fixed_wing.VARIABLES)
    "wingspan": "wingspan",
    "aspect_ratio": "wing aspect ratio (span squared over area)",
    "wing_area": "wing area",
    "zero_lift_drag": "airframe drag coefficient at zero lift (C_D0)",
    "oswald_offset": "wing span efficiency, offset from the textbook value",
    "oswald_efficiency": "wing span efficiency (Oswald factor)",
    "max_lift_coefficient": "wing's maximum lift coefficient (sets the stall speed)",
    "propeller_efficiency": "propeller efficiency in cruise",
    "engine_power": "engine power",
    "engine_power_percentile": "engine power relative to similar real aircraft of its mass "
                               "(percentile)",
    "motor_power_percentile": "electric motor power relative to similar real aircraft of its "
                              "mass (percentile)",
    "rotor_thrust_to_weight": "tailsitter rotors' full-throttle thrust over its weight (sets "
                              "their power)",
    "bsfc": "engine fuel use per kWh of work (BSFC)",
    "thrust": "jet engine thrust (static, at sea level)",
    "tsfc": "jet engine fuel use per newton of thrust per hour (TSFC, static)",
    "tsfc_mach_factor": "rise of the jet's fuel use with flight Mach number",
    "fuel_fraction": "fuel share of the take-off mass",
    "fuel_mass": "fuel mass",
    "battery_fraction": "battery share of the take-off mass",
    "reserve": "share of fuel or energy left at landing",
    "headwind": "headwind",
    "critical_altitude": "altitude up to which a turbocharged engine keeps its power",
    "ceiling_fuel_burnt": "share of the fuel burnt when the ceiling is reached",
    "lift_disk_loading": "weight per area of the lift rotors",
    "lift_disk_area": "area of the lift rotors",
    "claim_payload": "the claim's own payload",
    "hover_time": "time spent hovering at take-off and landing",
    "extra_drag": "drag of the stopped lift rotors",
    "battery_sizing": "lift battery's energy over what its hover phases take",
    "lift_system_fraction": "share of the take-off mass in lift motors, rotors and booms",
    "cruise_calibration": "cruise efficiency factor (calibrated on real aircraft)",
    "calibration_percentile": "cruise efficiency relative to similar real aircraft "
                              "(percentile)",
    "stall_speed_low": "lowest stall speed the stated stall speed allows",
    "stall_wing_speed": "stated stall speed the wing area is worked out from",
    "stall_speed_high": "highest stall speed the stated stall speed allows",
    "fuel_fraction_low": "lowest fuel share of the take-off mass the stated fuel allows",
    "fuel_fraction_high": "highest fuel share of the take-off mass the stated fuel allows",
}

#: Check name -> what it tests, in plain words.
CHECKS = {
    "kinematics": "Speed, distance and time together",
    "endurance": "Flight time",
    "range": "Range",
    "leg": "The stated flight",
    "statement": "The source's own conclusion",
    "lift": "Lift with the payload",
    "motor": "Motors and propellers",
    "radio": "Radio range",
    "top_speed": "Top speed",
    "range-at-speed": "Range at the stated speed",
    "endurance-at-speed": "Flight time at the stated speed",
    "speed": "Speed",
    "payload": "Payload",
    "ceiling": "Ceiling",
    "cross-check": "The source's figures against each other",
    "conflict": "Stated figures that leave no machine",
}

#: What each check's estimate is (its number has no unit of its own, or needs naming).
QUANTITIES = {
    "kinematics": "average speed",
    "endurance": "maximum flight time",
    "range": "maximum range",
    "leg": "battery energy left after the flight",
    "statement": "battery energy left after the flight",
    "lift": "thrust-to-weight ratio",
    "motor": "propeller tip speed (Mach number)",
    "radio": "advertised radio range",
    "top_speed": "top speed at full power",
    # ux7: a fixed wing's speed claim was pictured as "Result [mph]" ("Result of the
    # simulated drones"): every check that draws a distribution names what it measures
    "speed": "level-flight top speed",
    "ceiling": "service ceiling",
    "payload": "payload capacity",
    "range-at-speed": "range at the stated speed",
    "endurance-at-speed": "flight time at the stated speed",
}

#: Origin of a model input -> plain words.
ORIGINS = {
    "stated": "stated by the source",
    "assumption": "analyst's assumption",
    "prior": "typical value for this kind of drone",
    "chemistry": "typical value for the battery type",
    "calibration": "fitted on real drones",
    "derived": "worked out from other inputs",
    "conditioned": "typical for real drones like the one stated",
}

#: Verdict -> (badge word, icon, colour, one-line meaning). Word and icon carry the meaning;
#: the colour only repeats it.
VERDICTS = {
    "consistent": ("Consistent", "\u2714", "#1a7f37",
                   "the claim fits what physics allows for this drone"),
    "needs-checking": ("Needs checking", "?", "#9a6700",
                       "only a drone at the favourable edge of several assumptions makes the "
                       "claim true, or it may describe something else"),
    "implausible": ("Implausible", "\u2716", "#cf222e",
                    "even the most favourable assumptions do not reach the claim, or fewer "
                    "than one simulated drone in a thousand does"),
}

#: Terms used in the report, with their meaning (the report's glossary section).
TERMS = (
    ("simulated drones", "The report does not know the exact drone, so it builds many "
     "possible ones: every combination of the stated figures and of plausible values for "
     "what the source leaves out (the assumptions below). Only drones that could take off "
     "and be controlled are kept."),
    ("middle 90 %", "The range of results of the middle 90 % of the simulated drones: 5 % "
     "come out lower and 5 % higher (the 5th to 95th percentile, \"p5-p95\")."),
    ("median", "The middle result: half the simulated drones do better, half worse."),
    ("best case for the claim", "The result with every assumption at the end that favours "
     "the claim at once (the \"generous bound\"); if even this does not reach the claim, no "
     "drone within the assumptions does. For a claim that something cannot be done, it is "
     "the least capable drone."),
    ("thrust-to-weight ratio", "Full-throttle thrust of all motors divided by the weight; "
     "about 1.5-2 is needed to stay controllable, 1 only hovers."),
    ("tip Mach number", "Speed of the propeller tips as a share of the speed of sound; above "
     "about 0.7 losses and noise rise steeply."),
    ("Kv", "A motor's speed rating: revolutions per minute per volt, without load."),
    ("usable energy", "The share of the battery's energy that can be drawn before it must "
     "land (packs are not run flat)."),
)


def input_name(name: str) -> str:
    """The plain name of a model input (its internal name with spaces if not listed)."""
    return INPUTS.get(name, name.replace("_", " "))


def _spoken() -> re.Pattern:
    # every multi-word name, also those already plain ("payload drag area"), so that a
    # longer name is never read as a shorter one inside it ("drag area")
    names = sorted((k.replace("_", " ") for k in INPUTS if "_" in k), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")


_SPOKEN = _spoken()


def plain_names(text: str) -> str:
    """``text`` with the model's input names as sentences spell them ("efficiency
    percentile", "drag area coefficient") in the plain words of :data:`INPUTS`: for a
    reader's report, where the overturn sentences of the claims layer name inputs so."""
    return _SPOKEN.sub(lambda m: INPUTS[m.group(1).replace(" ", "_")], text)


def check_name(check: str) -> str:
    """What a check tests, in plain words."""
    return CHECKS.get(check, check.replace("_", " ").capitalize())


def origin_name(origin: str) -> str:
    """Where an input comes from, in plain words."""
    return ORIGINS.get(origin, origin.replace("_", " "))


def verdict_badge(verdict: str) -> tuple[str, str, str, str]:
    """(word, icon, colour, meaning) of a verdict."""
    return VERDICTS.get(verdict, (verdict.replace("-", " ").capitalize(), "\u2022", "#57606a",
                                  ""))


# --------------------------------------------------------------------------- notes

#: Code names that must not reach a reader, and what stands in their place.
_CODE = [
    (re.compile(r"\b(?:[a-z_]+\.)?calibrated_parameters\(\)\['[a-z_0-9]+'\]"), "the fit"),
    (re.compile(r"\b(?:rotor|propulsion|battery|airframe) module's central value, held fixed"),
     "a typical value, held fixed"),
    (re.compile(r"\bfitted = false\b"), "not fitted"),
    (re.compile(r"\bidentified = false\b"), "not identified"),
    (re.compile(r"\bp5-p95\b"), "middle 90 %"),
    (re.compile(r"\bGUESS\b"), "a guess"),
    (re.compile(r"\(the fit, not fitted"), "(not fitted"),
]
_TABLE = re.compile(r"\b(?:[a-z_]+\.)+([A-Z][A-Z_]+)\b")
_TAG = re.compile(r"\s*\((source|judgement)\)\s*$")
#: Chemistry notes hold one paragraph per battery input; each row shows its own.
_SEGMENTS = {"cell_voltage": "Cell voltage", "specific_energy": "Specific energy",
             "battery_voltage_drop_1c": "Voltage drop"}


def _table_words(match: re.Match) -> str:
    words = match.group(1).lower().replace("_parameters", "").replace("_", " ")
    return f"the {words} table"


def clean_note(note: str, vehicle_class: str | None = None,
               name: str | None = None) -> tuple[str, str]:
    """A reason or source note without code names; and its grade ("source", "judgement", "").

    Drops the origin already shown in its own column ("assumption: ", "large-lift-quad: "),
    replaces module and table names with plain words, keeps only the paragraph of a
    chemistry note that is about ``name``, and splits off the trailing
    "(source)"/"(judgement)" tag.
    """
    text = " ".join(str(note).split())
    grade = ""
    tag = _TAG.search(text)
    if tag:
        grade, text = tag.group(1), text[:tag.start()]
    for prefix in ("assumption: ",) + ((f"{vehicle_class}: ",) if vehicle_class else ()):
        while text.startswith(prefix):
            text = text[len(prefix):]
    label = _SEGMENTS.get(name or "")
    if label and f"{label}:" in text:
        head, _, rest = text.partition(": ") if text.startswith("LiPo") or "assumed" in \
            text.split(":")[0] else ("", "", text)
        part = rest[rest.index(f"{label}:") + len(label) + 1:]
        cut = min([part.index(f" {other}:") for other in _SEGMENTS.values()
                   if f" {other}:" in part] + [len(part)])
        text = (f"{head}: " if head else "") + part[:cut].strip()
    for pattern, repl in _CODE:
        text = pattern.sub(repl, text)
    text = _TABLE.sub(_table_words, text)
    text = re.sub(r"^the [a-z ]+ table:\s*", "", text)
    text = re.sub(r"^the [a-z ]+ table \((.*?)\):\s*", r"\1: ", text)
    text = reader_note(text)                  # no module path, script or call (codenames)
    if text:
        text = text[0].upper() + text[1:]
    return text, grade


__all__ = ["INPUTS", "CHECKS", "QUANTITIES", "ORIGINS", "VERDICTS", "TERMS", "input_name",
           "check_name", "origin_name", "verdict_badge", "clean_note", "plain_names",
           "plain_kinds", "reader_text"]
