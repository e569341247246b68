"""The word tables of running text (for dronecalc extract): unit spellings per dimension,
the qualifiers written before or after a figure, vehicle kind words, named parts and drone
type names. Tables only; :mod:`dronecalc.intake.spotting` uses them.
"""
from __future__ import annotations

import re

#: Unit spellings -> dimension key. ``UNITS_CS`` are matched with their case, ``UNITS`` without.
UNITS: dict[str, str] = {
    **{w: "mass" for w in ("kilograms", "kilogram", "kilogrammes", "kilogramme", "kilos",
                           "kilo", "grams", "gram", "grammes", "gramme", "pounds", "pound",
                           "tonnes", "tonne", "tons", "ton", "ounces", "ounce", "lbs", "lb",
                           "metric tons", "metric ton", "metric tonnes", "metric tonne",
                           # "up to 2 US tons (4,000 lb/1,814 kg)" (Rhaegal): short tons
                           "us tons", "us ton", "short tons", "short ton")},
    **{w: "length" for w in ("kilometres", "kilometre", "kilometers", "kilometer", "metres",
                             "metre", "meters", "meter", "miles", "mile", "nautical miles",
                             "statute miles", "statute mile", "nmi",
                             "feet", "foot", "centimetres", "centimetre", "centimeters",
                             "centimeter", "millimetres", "millimetre", "millimeters",
                             "millimeter", "inches", "inch")},
    **{w: "speed" for w in ("kilometres per hour", "kilometers per hour", "kilometre per hour",
                            "kilometer per hour", "kilometres an hour", "kilometers an hour",
                            "miles per hour", "miles an hour", "metres per second",
                            "meters per second", "knots", "knot", "km/h", "km/hr", "kmh",
                            "kph", "kmph", "mph", "m/s", "kias", "ktas", "kcas",
                            # "maximum flying speed of 313 km per hour" (AT200) was 313 km
                            "km per hour", "km an hour")},
    **{w: "time" for w in ("hours", "hour", "minutes", "minute", "seconds", "second", "hrs",
                           "hr", "mins", "min", "secs", "sec")},
    **{w: "long-time" for w in ("days", "day", "weeks", "week", "months", "month", "years",
                                "year")},
    # "flew above the clouds for 14 consecutive days" (spokesman.com on the Zephyr,
    # trials_new8): a duration, its word between number and unit (parse reads it so too)
    **{f"{a} {w}": d for a in ("consecutive",) for w, d in (
        ("days", "long-time"), ("weeks", "long-time"), ("hours", "time"))},
    **{w: "charge" for w in ("mah", "milliamp-hours", "milliamp hours", "amp-hours",
                             "amp hours", "ampere-hours")},
    **{w: "energy" for w in ("wh", "kwh", "watt-hours", "watt hours", "kilowatt-hours",
                             "kilowatt hours", "watt-seconds", "watt seconds")},
    **{w: "voltage" for w in ("volts", "volt", "kilovolts", "kilovolt")},
    **{w: "power" for w in ("watts", "watt", "kilowatts", "kilowatt", "horsepower", "hp",
                            "bhp")},
    **{w: "temperature" for w in ("degrees celsius", "degrees fahrenheit", "°c", "ºc", "°f")},
    **{w: "frequency" for w in ("mhz", "ghz", "khz", "megahertz", "gigahertz")},
    **{w: "cells" for w in ("cells", "cell")},
    # a tank's or a hopper's volume ("18 gallons of liquid fertilizer", "a 50-litre tank",
    # "fuel for 30 litres"): read as fuel_volume after a fuel word, else context with a note
    **{w: "volume" for w in ("litres", "litre", "liters", "liter", "gallons", "gallon",
                             "us gallons", "us gallon", "cubic metres", "cubic metre",
                             "cubic meters", "cubic meter")},
    "rpm/v": "kv",
    # an area is no length: "fires covering up to 200m²" (aero-mag, trials_new7) had been read
    # as "up to 200m", a range claim
    **{w: "area" for w in ("square metres", "square metre", "square meters", "square meter",
                           "square kilometres", "square kilometre", "square kilometers",
                           "square kilometer", "square feet", "square foot", "sq m", "sq ft",
                           "sq km")},
}
UNITS_CS: dict[str, str] = {
    "kg": "mass", "kgs": "mass", "g": "mass", "t": "mass", "oz": "mass",
    # a spec table's capitals ("3.3 Kg", "5 KG", "120 KM", "17 CM"): no other unit is spelt so
    **{w: "mass" for w in ("Kg", "KG", "Kgs", "KGs", "KGS")},
    **{w: "length" for w in ("Km", "KM", "Kms", "KMs", "KMS", "CM", "Cm", "FT", "Ft")},
    "fl oz": "volume", "fl. oz": "volume", "fl. oz.": "volume",
    "km": "length", "kms": "length", "m": "length", "mi": "length", "ft": "length",
    "sm": "length",                 # statute miles, as aviation writes them ("300 sm")
    "cm": "length", "mm": "length", "nm": "length",
    "h": "time", "kt": "speed", "kts": "speed", "kn": "speed",
    "L": "volume", "l": "volume", "gal": "volume",
    "Ah": "charge", "Ws": "energy", "V": "voltage", "kV": "voltage", "W": "power", "kW": "power",
    "KV": "kv", "Kv": "kv", "kv": "kv", "S": "cells", "s": "cells-or-seconds",
    "m²": "area", "km²": "area", "ft²": "area", "cm²": "area",
}
#: "4S2P": 4 cells in series (a cell count, the "S"), 2 strings in parallel (the "P": more
#: charge at the same voltage; not a figure of its own, said in a note); also "4s 1P" (the
#: PX4 docs' Amovlab F410 sheet, review 20: "Configuration | 4s 1P" had been a 4 s flight).
SERIES_PARALLEL = re.compile(r"[Ss](?= ?\d{1,2}[Pp](?![A-Za-z0-9]))")
_PARALLEL = re.compile(r" ?(\d{1,2})[Pp](?![A-Za-z0-9])")


def parallel_note(written: str, after: str) -> str | None:
    """The note of a cell count written "4S2P" (``after``: the text after its "S"), or None."""
    m = _PARALLEL.match(after)
    return None if m is None else (
        f"written {written}{m.group()}: {m.group(1)} parallel string(s) of cells, which add "
        "charge, not voltage (no figure of its own: the pack's capacity counts them)")


#: Dimension key -> the unit parse reads, for a canonical text when the written one fails.
_CANONICAL = {"cells-or-seconds": "S"}

#: Qualifiers written before a figure (longest first when matched).
QUALIFIERS = ("more than", "greater than", "over", "above", "at least", "no less than",
              "not less than", "a minimum of", "minimum of", "in excess of", "upwards of",
              "upward of",          # "both can fly upward of 15,000 feet" (review 17)
              "up to", "upto", "under", "below", "less than", "at most", "no more than",
              "not more than", "not exceeding", "not to exceed", "a maximum of", "maximum of",
              "as much as", "as many as", "as far as", "as long as", "as high as", "about",
              "approximately", "approx.", "around", "roughly", "circa", "nearly", "almost",
              "some", "an estimated", "just over", "just under", "well over", "a little over",
              "a little under", "~",
              # a spec list's symbols ("Time:  > 1hr and 20 minutes", "≥ 60 min")
              ">=", "≥", ">", "<=", "≤", "<", "≈")
TRAILING = ("or more", "or longer", "or further", "and more", "or less", "or fewer",
            "at the most", "at most", "at least", "or so", "or greater", "or higher")
#: Vehicle kind words -> kind label (rotor counts come from case.AIRFRAMES).
KIND_WORDS = (
    (r"quad-?copters?|quadrotors?|quadr[io]copters?|quadricopt[eè]res?", "quadcopter"), (r"hexa-?copters?|hexarotors?", "hexacopter"),
    (r"octo-?copters?|octorotors?", "octocopter"), (r"tricopters?", "tricopter"),
    # "It was a Hexa multirotor" (i-hls.com, the Owling): the count word before the noun
    (r"hexa[- ]multi-?(?:rotors?|copters?)", "hexacopter"),
    (r"octo[- ]multi-?(?:rotors?|copters?)", "octocopter"),
    (r"multi-?rotors?|multi-?copters?", "multirotor"),
    # "fixed - wing" (spaced hyphen, as in a UAVOS press release) is the same word
    (r"fixed(?:\s?-\s?|\s)wings?|delta[- ]wings?|flying[- ]wings?", "fixed-wing"),
    # a drone made from a light aeroplane (ndtv.com 7608983: "a modified civilian sport plane",
    # "propeller-driven Aeroprakt A-22 sport planes"); a bare "plane" is too often a manned one
    (r"(?:sport|light|ultra-?light|propeller-driven) (?:air|aero)?planes?|light aircraft|"
     r"propeller-driven aircraft", "fixed-wing"),
    (r"quad-?planes?", "quadplane"), (r"tail-?sitters?", "tailsitter"),
    (r"tilt-?rotors?", "tilt-rotor"),
    # vtolclaims: an electric VTOL (a battery, any layout) and Wing's lift-and-cruise layout (a
    # quadplane's separate lift and cruise propulsion; intake.vtol_words)
    (r"e-?VTOLs?", "evtol"), (r"lift[- ]?(?:and|\+|&)[- ]?cruise", "lift-and-cruise"),
    (r"VTOL|vertical take-?\s?off and landing", "vtol"), (r"FPV", "fpv"),
    (r"one-way attack|kamikaze|suicide drones?|loitering munitions?", "one-way attack"),
)
#: Named parts: (regex, field, role).
PARTS = (
    (r"Pixhawk(?:\s?\d)?|ArduPilot|flight controller|autopilot", "flight_controller", "input"),
    (r"RFD\s?\d{3,4}\w*|telemetry (?:radio|modem)|radio modem", "radio", "input"),
    (r"PDB(?: power distribution)?|power distribution board", "context", "context"),
    # a fixed wing's power plant (intake.airframes.POWER_WORDS reads it): without it a draft
    # of a fixed wing cannot tell its kind
    (r"(?i:electric motors?|(?:solar[- ])?electric[- ]powered|battery[- ]powered|"
     # an endurance said to be electric: "Its electric flight endurance is 1 hour and 30
     # minutes" (juyeuav.com's UV20, review 18 item 7: drafted as a wing with no plant)
     r"electric(?= (?:flight )?(?:endurance|flight time|flight duration)\b)|"
     r"(?:lithium(?:[- ]ion| polymer)?|li-?ion|li-?po) batter(?:y|ies)|"
     r"(?:gas(?:oline|-powered)?|petrol|diesel|heavy[- ]fuel|two-stroke|2-stroke|"
     r"four-stroke|4-stroke|"
     r"piston|Rotax|internal[- ]combustion)(?: gasoline| piston)? engines?|"
     # an aero engine's model: "a sole 100hp Rotax 912" (a Rotax is a piston engine)
     r"Rotax \d{3}\w*|turbojet(?: engines?)?|"
     # a fuel-cell plant, which no kind models (refused by name, or its energy claims not
     # judged beside a stated kind: intake.stated_plant): "powered by a Protonex Pulse UAV fuel
     # cell system" (review 17: the Puma's 9-h record had drafted no plant), "a hydrogen fuel
     # cell", "fuel-cell-powered"
     r"powered by (?:an? |the |its )?(?:[\w.-]+ ){0,4}?(?:hydrogen )?fuel[- ]cells?"
     r"(?: systems?| stacks?)?|hydrogen[- ]fuel[- ]cells?(?: systems?| stacks?)?|"
     r"fuel[- ]cell[- ](?:powered|electric)|"
     # a solar plant, which no kind models (refused by name: intake.airframes): "a drone that
     # powers itself from solar energy", "a solar-powered drone" (trials_new8: the Solara 50's
     # "electric motor" alone had made it a battery wing short of an airframe word)
     # -- "solar-powered" of a machine only: a noun of one or a name after it, not "returns to
     # a solar-powered docking station" (review 15: the whole case was left not judged)
     r"solar[- ]powered(?=,?\s+(?:[\w-]+,?\s+){0,2}?(?:drones?|UAVs?|UASs?|aircraft|"
     r"(?:air|aero)?planes?|wings?|gliders?|\w*copters?|multi-?rotors?|vehicles?|HAPS|"
     r"pseudo-?satellites?)\b|\s+(?-i:[A-Z]))|"
     r"(?:powers? itself|powered|runs?) (?:from|by|on) solar (?:energy|power))",
     "engine_type", "input"),
    (r"[Cc]oaxial(?! cable| connector| antenna| feed)|[Cc]oax\b(?! cable| connector)|"
     r"stacked pairs", "rotor_layout", "input"),
)
#: Drone type names known without a number in them (a short list: names with digits and
#: quoted names are found by pattern).
KNOWN_NAMES = ("Bayraktar", "Akinci", "Orion", "Lancet", "Switchblade", "Fotros", "Karrar",
               "Yasseer", "Mohajer", "Ababil", "Samad", "Qasef", "Reaper", "Predator",
               "Kargu", "Harop", "Heron", "Geran", "Shahed", "Orlan", "Matrice", "Mavic",
               "Phantom", "Zala", "Supercam", "Eleron", "Global Hawk", "Shadow", "Raven",
               "Agras")                       # "DJI's Agras T70" (review 22: not named)
