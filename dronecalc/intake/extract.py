"""From article to case: draft a case file from a report's text (``dronecalc extract``).

:func:`extract` reads an article (plain text or HTML, never fetched) and returns a
:class:`Draft`: every figure with a unit as the article writes it, with its sentence as the
quote, a guessed field with a confidence and the cue words that led to it, a guessed role, the
vehicle kind words, named parts, counts of drones, and statement claims where the text asserts
that something could or could not be done. :meth:`Draft.to_toml` writes it as a case file that
:func:`~dronecalc.intake.case.load_case` accepts, headed by a comment that it is a draft for a
person to check.

How each guess is made (all rules are in the tables below, none is learnt):

* **Figures**: a number (digits with thousands separators, or number words through
  :mod:`dronecalc.intake.numbers`) followed by a unit from :data:`UNITS`; a range
  ("60-70", "60 to 70", "between 60 and 70"), an open bound or hedge before it
  (:data:`QUALIFIERS`) or after it ("or more", "at the most"). Each figure is read with
  :func:`dronecalc.intake.fields.read_figure`, so a garbled one ("320 kilovolts") is flagged
  by the field rules, never by this module. A conversion in brackets ("2,000 km (1,250 miles)")
  is kept in a note, not counted twice. Numbers glued to names ("Shahed-136", "RFD868x"),
  dates, times, money and percentages are not figures.
* **Field**: the unit's dimension gives the candidate fields (:data:`CUES`); each cue word in
  the sentence scores ``weight * exp(-distance / 40 characters)`` for its field and the best
  single cue of each field counts. Confidence is the winner's share of all fields' scores
  (1.0 when the unit allows only one field).
* **Role**: build facts (masses, battery, motors, parts) are inputs; performance (speed, range,
  distance, flight time) is a claim; a payload or an altitude after a capability word ("can",
  "capable of", "up to", "maximum", "designed to") is a claim; a figure whose field is
  ``context`` is context. The same machine parameter stated twice as an input keeps the first
  as input and the others as context, with a note, so that the case stays loadable.
* **Statements**: a sentence saying the machine could not fly/travel/carry something (or only
  "unless modified") becomes a ``statement`` claim asserting ``infeasible``; one saying it was
  able to, with no figure of its own, ``feasible``. It refers to the latest distance, speed and
  payload figures its words point back to ("this distance", "at this speed", "the missile").
* **Several drones**: type names ("Shahed-136", "Bayraktar TB2", a quoted name before "drone")
  are found; each figure is attributed to the latest name before it, in a comment; with more
  than one name the header warns that the figures may belong to different machines.

Every regular expression here is a flat alternation or a bounded class, without nested
quantifiers; each pass is linear in the length of the text.
"""
from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass, field as dc_field
from html.parser import HTMLParser
from pathlib import Path

from ..errors import DroneCalcError
from .case import AIRFRAMES
from .fields import FIELDS, read_figure
from .numbers import scan

# --------------------------------------------------------------------------- the tables

#: Unit spellings -> dimension key. ``UNITS_CS`` are matched with their case, ``UNITS`` without.
UNITS: dict[str, str] = {
    **{w: "mass" for w in ("kilograms", "kilogram", "kilogrammes", "kilogramme", "kilos",
                           "kilo", "grams", "gram", "grammes", "gramme", "pounds", "pound",
                           "tonnes", "tonne", "tons", "ton", "ounces", "ounce", "lbs", "lb")},
    **{w: "length" for w in ("kilometres", "kilometre", "kilometers", "kilometer", "metres",
                             "metre", "meters", "meter", "miles", "mile", "nautical miles",
                             "feet", "foot", "centimetres", "centimetre", "centimeters",
                             "centimeter", "millimetres", "millimetre", "millimeters",
                             "millimeter", "inches", "inch")},
    **{w: "speed" for w in ("kilometres per hour", "kilometers per hour", "kilometre per hour",
                            "kilometer per hour", "kilometres an hour", "kilometers an hour",
                            "miles per hour", "miles an hour", "metres per second",
                            "meters per second", "knots", "knot", "km/h", "km/hr", "kmh",
                            "kph", "kmph", "mph", "m/s")},
    **{w: "time" for w in ("hours", "hour", "minutes", "minute", "seconds", "second", "hrs",
                           "hr", "mins", "min")},
    **{w: "long-time" for w in ("days", "day", "weeks", "week", "months", "month", "years",
                                "year")},
    **{w: "charge" for w in ("mah", "milliamp-hours", "milliamp hours", "amp-hours",
                             "amp hours", "ampere-hours")},
    **{w: "energy" for w in ("wh", "kwh", "watt-hours", "watt hours", "kilowatt-hours",
                             "kilowatt hours")},
    **{w: "voltage" for w in ("volts", "volt", "kilovolts", "kilovolt")},
    **{w: "power" for w in ("watts", "watt", "kilowatts", "kilowatt", "horsepower", "hp")},
    **{w: "temperature" for w in ("degrees celsius", "degrees fahrenheit", "°c", "ºc", "°f")},
    **{w: "frequency" for w in ("mhz", "ghz", "khz", "megahertz", "gigahertz")},
    **{w: "cells" for w in ("cells", "cell")},
    "rpm/v": "kv",
}
UNITS_CS: dict[str, str] = {
    "kg": "mass", "kgs": "mass", "g": "mass", "t": "mass",
    "km": "length", "kms": "length", "m": "length", "mi": "length", "ft": "length",
    "cm": "length", "mm": "length", "nm": "length",
    "h": "time", "kt": "speed", "kts": "speed", "kn": "speed",
    "Ah": "charge", "V": "voltage", "kV": "voltage", "W": "power", "kW": "power",
    "KV": "kv", "Kv": "kv", "kv": "kv", "S": "cells", "s": "cells-or-seconds",
}
#: Dimension key -> the unit parse reads, for a canonical text when the written one fails.
_CANONICAL = {"cells-or-seconds": "S"}

#: Qualifiers written before a figure (longest first when matched).
QUALIFIERS = ("more than", "greater than", "over", "above", "at least", "no less than",
              "not less than", "a minimum of", "minimum of", "in excess of", "upwards of",
              "up to", "under", "below", "less than", "at most", "no more than",
              "not more than", "a maximum of", "maximum of", "as much as", "as many as",
              "as far as", "as long as", "as high as", "about", "approximately", "approx.",
              "around", "roughly", "circa", "nearly", "almost", "some", "an estimated",
              "just over", "just under", "well over", "a little over", "a little under", "~")
TRAILING = ("or more", "or longer", "or further", "and more", "or less", "or fewer",
            "at the most", "at most", "at least", "or so")

#: Candidate fields per dimension: (field, weight, cue regex). A field that is not in
#: :data:`~dronecalc.intake.fields.FIELDS` (``wingspan``, ``engine_power``, ``hover_time``
#: until the field table has them) is reported as guessed and written as ``context``.
#: ``after`` cues only count after the figure ("50 miles south of").
CUES: dict[str, tuple[tuple[str, float, str, bool], ...]] = {
    "mass": (
        ("payload_mass", 3.0, r"warheads?|missiles?|payloads?|bombs?|explosives?|grenades?|"
                              r"munitions?|ammunition|mortars?|shells?|c-4|tnt|cargo|parcels?",
         False),
        ("payload_mass", 2.0, r"carr(?:y|ies|ied|ying)|deliver\w*|drop\w*|lift\w*", False),
        ("takeoff_mass", 4.0, r"(?:maximum )?take-?off (?:weight|mass)|mtow|gross weight|"
                              r"all-up weight", False),
        ("takeoff_mass", 1.5, r"weigh(?:s|ing|ed)?|weight|mass", False),
        ("empty_mass", 4.0, r"empty|dry weight|without (?:the |its )?(?:battery|payload)", False),
        ("battery_mass", 3.0, r"battery (?:weighs|weight|mass)|packs? weigh\w*", False),
    ),
    "length": (
        ("range", 3.0, r"range|reach(?:es|ed)?|radius", False),
        ("range", 2.0, r"can|could|capable|able", False),
        ("range", 1.0, r"fl(?:y|ies|ying)", False),
        ("distance", 3.0, r"travel(?:l?ed|l?ing)?|flew|flown|covered|journey|trip", False),
        ("distance", 0.5, r"distances?", False),
        ("altitude", 3.0, r"altitude|height|ceiling|climb\w*|above (?:the )?(?:ground|sea)",
         False),
        ("wingspan", 4.0, r"wingspan|wing span|span", False),
        ("rotor_diameter", 3.0, r"propellers?|props?|rotors?|blades?|diameter", False),
        ("radio_range", 3.0, r"radio|telemetry|control link|data link|signal", False),
        ("context", 3.0, r"grenades?|calib(?:re|er)|cannons?|guns?|rounds?|rockets?|shells?|"
                         r"long|length|wide|tall", False),
        ("context", 3.5, r"(?:south|north|east|west|northwest|northeast|southwest|southeast|"
                         r"away|outside|inside|behind|beyond|short) ?(?:of|from)?|from|away",
         True),
    ),
    "speed": (("speed", 1.0, r"speed|fast|cruise|fl(?:y|ies|ying)|knots", False),),
    "time": (
        ("hover_time", 3.5, r"hover\w*", False),
        ("flight_time", 3.0, r"flight time|flight duration|flight|endurance|aloft|airborne|"
                             r"in the air|loiter\w*|battery life|on a (?:single )?charge|"
                             r"per battery|fl(?:y|ies|ying) for", False),
        ("flight_time", 1.5, r"fl(?:y|ies|ying|ew|own)|stay\w*|last\w*|endur\w*", False),
        ("flight_time", 0.8, r"", False),            # the unit alone (minutes, hours)
        ("context", 3.0, r"later|ago|after|before|since|earlier|previous|past|within|every|"
                         r"each|until|delay\w*|waited|spent|o'clock", False),
    ),
    "long-time": (("context", 1.0, r"", False),),
    "charge": (("battery_charge", 1.0, r"", False),),
    "energy": (("battery_energy", 1.0, r"", False),),
    "voltage": (("battery_voltage", 1.0, r"batter\w*|packs?|volt\w*|lipo|li-ion", False),
                ("motor_kv", 3.0, r"motors?", False)),
    "kv": (("motor_kv", 1.0, r"", False),),
    "cells": (("cell_count", 1.0, r"", False),),
    "cells-or-seconds": (("cell_count", 2.0, r"batter\w*|lipo|li-ion|packs?|cells?", False),
                         ("flight_time", 1.0, r"", False)),
    "power": (("engine_power", 1.0, r"", False),),
    "temperature": (("air_temperature", 1.0, r"", False),),
    "frequency": (("context", 1.0, r"", False),),
}
#: Fields whose figures are build facts (inputs) unless a capability word makes them claims.
INPUT_FIELDS = {"payload_mass", "takeoff_mass", "empty_mass", "battery_mass", "battery_charge",
                "battery_energy", "battery_voltage", "cell_count", "pack_count", "motor_kv",
                "rotor_diameter", "rotors", "wingspan", "engine_power", "air_temperature",
                "altitude", "radio_range"}
#: Inputs that a capability word before them turns into claims ("can carry 150 kg").
CAPABLE_FIELDS = {"payload_mass", "altitude"}
_CAPABILITY = re.compile(r"\b(?:can|could|capable|able to|up to|maximum|max\.?|top|claims?|"
                         r"claimed|said to|reportedly|designed to|enough power to|will be able|"
                         r"would be able)\b", re.IGNORECASE)
#: Nouns that make a bare number a count: noun -> what is counted.
COUNT_NOUNS = {"drone": "drones", "drones": "drones", "uav": "drones", "uavs": "drones",
               "quadcopters": "drones", "aircraft": "drones", "motors": "rotors",
               "motor": "rotors", "rotors": "rotors", "propellers": "rotors",
               "engines": "engines"}
#: Vehicle kind words -> kind label (rotor counts come from case.AIRFRAMES).
KIND_WORDS = (
    (r"quad-?copters?|quadrotors?", "quadcopter"), (r"hexa-?copters?|hexarotors?", "hexacopter"),
    (r"octo-?copters?|octorotors?", "octocopter"), (r"tricopters?", "tricopter"),
    (r"multi-?rotors?|multi-?copters?", "multirotor"), (r"fixed[- ]wing", "fixed-wing"),
    (r"VTOL", "vtol"), (r"FPV", "fpv"),
    (r"one-way attack|kamikaze|suicide drones?|loitering munitions?", "one-way attack"),
)
#: Named parts: (regex, field, role).
PARTS = (
    (r"Pixhawk(?:\s?\d)?|ArduPilot|flight controller|autopilot", "flight_controller", "input"),
    (r"RFD\s?\d{3,4}\w*|telemetry (?:radio|modem)|radio modem", "radio", "input"),
    (r"PDB(?: power distribution)?|power distribution board", "context", "context"),
)
#: Drone type names known without a number in them (a short list: names with digits and
#: quoted names are found by pattern).
KNOWN_NAMES = ("Bayraktar", "Akinci", "Orion", "Lancet", "Switchblade", "Fotros", "Karrar",
               "Yasseer", "Mohajer", "Ababil", "Samad", "Qasef", "Reaper", "Predator",
               "Kargu", "Harop", "Heron", "Geran", "Shahed", "Orlan", "Matrice", "Mavic",
               "Phantom", "Zala", "Supercam", "Eleron")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_NOT_NAMES = {"the", "a", "an", "and", "or", "of", "in", "at", "on", "for", "from", "by",
              "to", "with", "than", "some", "about", "over", "under", "up", "nearly", "almost",
              "around", "roughly", "between", "just", "only", "all", "its", "it", "his",
              "her", "their", "our", "these", "those", "this", "that", "more", "less",
              "approximately", "circa", "each", "every", "another", "above", "below", "least",
              "most", "after", "before", "since", "within"}

_INFEASIBLE = re.compile(
    r"\b(?:would not|could not|couldn't|wouldn't|cannot|can't|can not|unable to|"
    r"not be able to|not able to|incapable of|impossible to)\b(?=[^.;]{0,60}?\b(?:fly|flying|"
    r"travel|carry|carrying|reach|lift|stay|cover|make it)\b)|"
    r"\bunless\b(?=[^.;]{0,40}?\bmodif)", re.IGNORECASE)
_FEASIBLE = re.compile(r"\b(?:could easily|can easily|was able to|were able to|is able to|"
                       r"would be able to|is possible|was possible|is feasible)\b",
                       re.IGNORECASE)
_BACKREFS = ((r"distances?|far|this leg", ("distance", "range")), (r"speeds?|fast", ("speed",)),
             (r"missiles?|payloads?|warheads?|bombs?|weight|load|explosives?",
              ("payload_mass",)))
#: A statement's words point back at most this many figures ("this distance" = the last one).
BACKREF_REACH = 12
_WITH_PAYLOAD = re.compile(r"\b(?:carrying|carried|laden|loaded|with (?:a|the|its|extra) "
                           r"(?:payload|missile|warhead|bomb|weight|load))\b", re.IGNORECASE)

_QUALIFIER_WORDS = {w for q in QUALIFIERS for w in q.split()}
_MONTH_AFTER = re.compile(r"\s?(?:" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "brig", "lt", "col", "maj", "capt",
                  "sgt", "no", "approx", "ca", "vs", "jr", "sr", "prof", "sen", "rep", "gov",
                  "inc", "ltd", "co", "corp", "fig", "e.g", "i.e", "u.s", "u.k", "etc", "al",
                  "min", "max"}

_WORDS_AFTER = re.compile(r"[A-Za-z0-9][\w-]{0,20}")
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d+(?:\.\d+)?")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+")
_HEADER = re.compile(r"^(Title|Outlet|URL|Date|Note|Source|Author):[ \t]*(.*)$")


def _alternation(words, flags=0) -> re.Pattern:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{body})(?![A-Za-z])", flags)


_UNIT_CI = _alternation(UNITS, re.IGNORECASE)
_UNIT_CS = _alternation(UNITS_CS)
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"“]))(" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len,
                                                                       reverse=True))
    + r")\s*$", re.IGNORECASE)
_TRAILING_AFTER = re.compile(r"\s+(" + "|".join(sorted(TRAILING, key=len, reverse=True))
                             + r")\b", re.IGNORECASE)
_CUE_RE = {dim: tuple((f, w, re.compile(rf"\b(?:{rx})\b", re.IGNORECASE) if rx else None, a)
                      for f, w, rx, a in cues) for dim, cues in CUES.items()}
_KIND_RE = tuple((re.compile(rf"\b(?:{rx})\b", re.IGNORECASE if label != "fpv" else 0), label)
                 for rx, label in KIND_WORDS)
_PART_RE = tuple((re.compile(rf"\b(?:{rx})", 0), f, r) for rx, f, r in PARTS)
_NAME_PATTERNS = (
    re.compile(r"\b(?:" + "|".join(KNOWN_NAMES) + r")(?:[- ][A-Z0-9][A-Za-z0-9]*)?\b(?:-\d+)?"),
    re.compile(r"\b[A-Z][A-Za-z]{0,11}-\d{1,4}[A-Za-z]?\b"),
    re.compile(r"\b[A-Z]{2,3}\d{1,3}s?\b"),
    re.compile(r"[\"“]([A-Z][A-Za-z0-9]{1,14}(?:[ -][A-Za-z0-9]{1,8})?)[\"”]\s+(?:drone|UAV)"),
    re.compile(r"code-named\s+[\"“]([A-Z][A-Za-z0-9-]{1,14})"),
)


# --------------------------------------------------------------------------- results

@dataclass
class Item:
    """One entry of the draft: a figure, a count, a vehicle kind, a part or a statement.

    Attributes
    ----------
    kind : {"figure", "count", "airframe", "part", "statement"}
    start : int
        Position in the article's text; ids follow it.
    written : str
        The text as the article writes it ("more than 120 minutes").
    text : str
        The case file's ``text`` (``written`` when the field rules read it as is).
    field : str
        The field written to the case file (a key of FIELDS).
    guess : str
        The field guessed (may be one the field table does not have yet, e.g. ``wingspan``).
    role : str
    confidence : float
        Of the field guess, in [0, 1].
    cues : tuple of str
        The words that decided the field.
    why_role : str
    quote : str
        The sentence, verbatim.
    notes : list of str
    flag : str or None
        The field rules' flag (``"garbled: ..."``).
    drone : str or None
        The type name the figure is attributed to.
    with_payload, refers, asserts : as in the case format
    vague : bool
    """

    kind: str
    start: int
    written: str
    text: str
    field: str
    guess: str
    role: str
    quote: str
    confidence: float = 1.0
    cues: tuple[str, ...] = ()
    why_role: str = ""
    notes: list[str] = dc_field(default_factory=list)
    flag: str | None = None
    drone: str | None = None
    with_payload: bool | None = None
    refers: tuple[str, ...] = ()
    asserts: str | None = None
    vague: bool = False
    counted: str | None = None
    id: str = ""


@dataclass
class Draft:
    """A drafted case: the article's metadata and its items in text order."""

    title: str
    source: str
    url: str | None
    date: str | None
    name: str
    items: list[Item]
    kinds: list[str]
    drones: list[str]
    drone_counts: list[str]
    warnings: list[str]

    @property
    def figures(self) -> list[Item]:
        """Figures with a unit and counts (the items the benchmark scores)."""
        return [i for i in self.items if i.kind in ("figure", "count")]

    @property
    def several_drones(self) -> bool:
        return len(self.drones) > 1

    def to_toml(self) -> str:
        """The draft as a case file (TOML) with its comments."""
        return _to_toml(self)


# --------------------------------------------------------------------------- reading

class _Text(HTMLParser):
    """Text of an HTML page with the standard library: blocks become lines; scripts, styles
    and page furniture (nav, header, footer, aside, forms) are dropped."""

    SKIP = {"script", "style", "noscript", "svg", "template", "iframe", "nav", "header",
            "footer", "aside", "form", "button", "select"}
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
             "section", "article", "blockquote", "figcaption", "table", "hr", "dd", "dt",
             "pre", "main", "figure", "td", "th"}

    def __init__(self, skip: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.skip, self.parts, self.depth, self.in_title = skip, [], 0, False
        self.title, self.meta = "", {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.skip:
            self.depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = attrs.get("property") or attrs.get("name") or ""
            if attrs.get("content"):
                self.meta.setdefault(key.lower(), attrs["content"].strip())
        elif tag == "link" and (attrs.get("rel") or "").lower() == "canonical":
            self.meta.setdefault("canonical", (attrs.get("href") or "").strip())
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag not in self.skip:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in self.skip:
            self.depth = max(0, self.depth - 1)
        elif tag == "title":
            self.in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif self.depth == 0:
            self.parts.append(data)


@dataclass(frozen=True)
class Article:
    """An article's text and what its header or markup says about it."""

    body: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    outlet: str | None = None


def is_html(text: str) -> bool:
    """True when ``text`` looks like an HTML page or fragment."""
    head = text[:4000].lower()
    return head.lstrip().startswith("<") and any(
        tag in head for tag in ("<html", "<body", "<p", "<div", "<article", "<!doctype"))


def read_article(text: str, html: bool | None = None) -> Article:
    """Plain text (with an optional ``Title:``/``URL:``/``Date:`` header) or HTML -> Article.

    HTML is stripped with :class:`html.parser.HTMLParser`; nothing is fetched.
    """
    if html is None:
        html = is_html(text)
    if html:
        parser = _Text(_Text.SKIP)
        parser.feed(text)
        parser.close()
        body = "".join(parser.parts)
        if not body.strip():                        # an unclosed <nav> swallowed the page
            parser = _Text({"script", "style", "noscript", "svg", "template"})
            parser.feed(text)
            parser.close()
            body = "".join(parser.parts)
        meta = parser.meta
        lines = [" ".join(line.split()) for line in body.splitlines()]
        return Article("\n".join(line for line in lines if line),
                       " ".join(parser.title.split()) or meta.get("og:title"),
                       meta.get("og:url") or meta.get("canonical") or None,
                       meta.get("article:published_time") or meta.get("date") or None,
                       meta.get("og:site_name"))
    header, lines = {}, text.splitlines()
    n = 0
    while n < len(lines) and (m := _HEADER.match(lines[n])):
        header[m.group(1).lower()] = m.group(2).strip()
        n += 1
    body = "\n".join(lines[n:]) if header else text
    return Article(body, header.get("title"), header.get("url"), header.get("date"),
                   header.get("outlet") or header.get("source"))


def sentences(body: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``body``: one paragraph per line, split at . ! ? that end a
    sentence (not after an abbreviation, an initial or inside a number)."""
    spans, at = [], 0
    for line in body.split("\n"):
        start = at
        at += len(line) + 1
        if not line.strip():
            continue
        cut = 0
        for m in _SENTENCE_END.finditer(line):
            nxt = line[m.end():m.end() + 1]
            if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘("):
                continue
            word = re.search(r"([A-Za-z][A-Za-z.]{0,6})$", line[max(0, m.start() - 8):m.start()])
            if line[m.start()] == "." and word and (
                    word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
            spans.append(_strip_span(line, start, cut, m.end()))
            cut = m.end()
        if line[cut:].strip():
            spans.append(_strip_span(line, start, cut, len(line)))
    return [s for s in spans if s[1] > s[0]]


def _strip_span(line: str, offset: int, a: int, b: int) -> tuple[int, int]:
    piece = line[a:b]
    lead = len(piece) - len(piece.lstrip())
    return offset + a + lead, offset + a + len(piece.rstrip())


# --------------------------------------------------------------------------- figures

@dataclass
class _Number:
    start: int
    end: int
    value: float | None
    vague: bool = False
    words: bool = False


def _numbers(sentence: str) -> list[_Number]:
    digits = {m.start(): _Number(m.start(), m.end(), float(m.group().replace(",", "")))
              for m in _NUMBER.finditer(sentence)}
    spoken = []
    for s in scan(sentence):
        if s.value is None and not s.vague:
            continue
        digits.pop(s.start, None)        # "1.5 million": the spoken reading covers the digits
        spoken.append(_Number(s.start, s.end, s.value, s.vague, True))
    return sorted([*digits.values(), *spoken], key=lambda n: n.start)


def _unit_at(sentence: str, at: int) -> tuple[int, int, str] | None:
    """The unit right after position ``at`` (optional space or hyphen): (start, end, dim)."""
    gap = re.match(r"[ \t\u00a0]?-?[ \t\u00a0]?", sentence[at:at + 3])
    pos = at + (gap.end() if gap else 0)
    best = None
    for regex, table, fold in ((_UNIT_CI, UNITS, True), (_UNIT_CS, UNITS_CS, False)):
        m = regex.match(sentence, pos)
        if m and (best is None or m.end() > best[1]):
            key = m.group().lower() if fold else m.group()
            best = (m.start(), m.end(), table[key])
    if best is None:
        return None
    if best[2] == "cells" and sentence[best[0]:best[1]] == "S" and pos != at:
        return None                                  # "6 S" is no cell count; "6S" is
    if best[2] == "cells-or-seconds" and pos != at:
        return None
    if best[2] == "mass" and sentence[best[0]:best[1]] == "t" and pos == at:
        return None                                  # "1t" is rare; "20t" might be a name
    return best


def _is_name_or_date(sentence: str, n: _Number) -> bool:
    before = sentence[max(0, n.start - 24):n.start]
    after = sentence[n.end:n.end + 3]
    if re.search(r"[A-Za-z]-?$|[$€£#№]\s?$", before) or re.match(r"\s?(?:%|per ?cent|st\b|nd\b|"
                                                                  r"rd\b|th\b)", after):
        return True
    if re.match(r"[A-Za-z]", after[:1]) and not n.words:
        # glued letters that are not a unit ("868x", "2am", "7pm") are names or times
        return _unit_at(sentence, n.end) is None or sentence[n.end:n.end + 2] in ("am", "pm")
    word = re.search(r"\b([A-Za-z]+)[ \t]$", before)
    if word and not n.words:
        w = word.group(1)
        if w.lower() in _MONTHS:
            return True
        if w[0].isupper() and w.lower() not in _NOT_NAMES and w.lower() not in _QUALIFIER_WORDS:
            return True                              # "Shahed 129", "Matrice 100"
    if _MONTH_AFTER.match(sentence[n.end:n.end + 12]) and not n.words:
        return True                                  # "7 November"
    if n.value is not None and not n.words and 1900 <= n.value <= 2100 and n.value == int(
            n.value) and _unit_at(sentence, n.end) is None:
        return True                                  # a year
    return False


def _find_figures(sentence: str, offset: int) -> list[dict]:
    numbers = _numbers(sentence)
    out, used_until = [], -1
    for k, n in enumerate(numbers):
        if n.start < used_until or _is_name_or_date(sentence, n):
            continue
        fig = _range_at(sentence, numbers, k) or _point_at(sentence, n) or _count_at(sentence, n)
        if fig is None:
            continue
        start, end = fig["start"], fig["end"]
        q = _QUALIFIER_BEFORE.search(sentence[max(0, start - 24):start])
        if q and fig["kind"] != "count":
            start = start - (len(sentence[max(0, start - 24):start]) - q.start(1))
        if fig.get("between"):
            b = re.search(r"between\s+$", sentence[max(0, start - 12):start], re.IGNORECASE)
            if b:
                start -= len(sentence[max(0, start - 12):start]) - b.start()
        t = _TRAILING_AFTER.match(sentence, end)
        if t and fig["kind"] != "count" and not q:
            end = t.end()
        conv = re.match(r"\s*\(\s*~?(\d[\d,.]*)\s*-?\s*([A-Za-z/]+)\s*\)", sentence[end:])
        note = None
        if conv and fig["kind"] != "count":
            note = f"also written as ({conv.group(1)} {conv.group(2)}), read as the same figure"
            used_until = end + conv.end()
        else:
            used_until = max(used_until, end)
        fig.update(start=start, end=end, written=sentence[start:end], note=note,
                   abs_start=offset + start)
        out.append(fig)
    return out


def _range_at(sentence: str, numbers: list[_Number], k: int) -> dict | None:
    n = numbers[k]
    if k + 1 >= len(numbers) or n.vague:
        return None
    m = numbers[k + 1]
    first_unit = _unit_at(sentence, n.end)
    after_first = first_unit[1] if first_unit else n.end
    sep = re.match(r"\s*(-|–|—|to|and)\s*", sentence[after_first:m.start + 1])
    if not sep or after_first + sep.end() != m.start or m.vague:
        return None
    between = sep.group(1) == "and"
    if between and not re.search(r"between\s+$", sentence[max(0, n.start - 12):n.start],
                                 re.IGNORECASE):
        return None
    unit = _unit_at(sentence, m.end)
    if unit is None or (first_unit and first_unit[2] != unit[2]):
        return None
    return dict(kind="figure", start=n.start, end=unit[1], dim=unit[2], between=between,
                vague=False)


def _point_at(sentence: str, n: _Number) -> dict | None:
    unit = _unit_at(sentence, n.end)
    if unit is None:
        if n.vague:
            m = re.match(r"\s*(?:or (?:hundreds|thousands|tens|dozens) of\s*)?", sentence[n.end:])
            unit = _unit_at(sentence, n.end + m.end()) if m else None
            if unit is None:
                return None
        else:
            return None
    return dict(kind="figure", start=n.start, end=unit[1], dim=unit[2], vague=n.vague,
                value=n.value)


def _count_at(sentence: str, n: _Number) -> dict | None:
    """ "three attack drones", "four electric motors", "46 of the drones": a number, at most
    three words, then a counted noun."""
    if n.vague or n.value is None or n.value != int(n.value) or n.value < 1:
        return None
    words = list(_WORDS_AFTER.finditer(sentence, n.end, min(len(sentence), n.end + 80)))[:6]
    k = 0
    if len(words) >= 2 and [w.group().lower() for w in words[:2]] == ["of", "the"]:
        if n.value < 2:
            return None                              # "one of the drones" counts nothing
        k = 2
    for j in range(k, min(k + 4, len(words))):
        word = words[j].group()
        noun = COUNT_NOUNS.get(word.lower())
        if noun is not None:
            return dict(kind="count", start=n.start, end=words[j].end(), dim="count",
                        counted=noun, value=n.value, number=sentence[n.start:n.end])
        if word.lower() in _NOT_NAMES or word[0].isdigit() or word.lower() in _NUMBER_WORDS:
            return None
    return None


# --------------------------------------------------------------------------- guessing

#: Cue words count within this many characters of the figure (exp(-200/40) < 1 %).
CUE_WINDOW = 200


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def guess_field(sentence: str, span: tuple[int, int], dim: str) -> tuple[str, float, tuple]:
    """Field, confidence and cue words for a figure of dimension ``dim`` at ``span``."""
    scores: dict[str, tuple[float, str]] = {}
    lo, hi = max(0, span[0] - CUE_WINDOW), min(len(sentence), span[1] + CUE_WINDOW)
    for field, weight, regex, after_only in _CUE_RE.get(dim, ()):
        if regex is None:
            candidates = [(weight, "(unit)")]
        else:
            candidates = []
            for m in regex.finditer(sentence, lo, hi):
                if _distance(m.span(), span) == 0 and m.start() >= span[0]:
                    continue                         # the unit word itself ("knots")
                if after_only and not (span[1] <= m.start() <= span[1] + 24):
                    continue
                d = _distance(m.span(), span)
                candidates.append((weight * math.exp(-d / 40.0), m.group()))
        for score, word in candidates:
            if score > scores.get(field, (0.0, ""))[0]:
                scores[field] = (score, word)
    if not scores:
        return "context", 0.3, ()
    best = max(scores, key=lambda f: scores[f][0])
    total = sum(s for s, _ in scores.values())
    confidence = scores[best][0] / total if total else 0.0
    if len(_CUE_RE.get(dim, ())) == 1:
        confidence = 0.9
    cues = tuple(dict.fromkeys(w for f, (s, w) in sorted(scores.items(), key=lambda x: -x[1][0])
                               if f == best))
    return best, round(min(confidence, 0.99), 2), cues


def _role(field: str, sentence: str, start: int) -> tuple[str, str]:
    if field == "context":
        return "context", "not about the machine's performance or build"
    if field in INPUT_FIELDS:
        if field in CAPABLE_FIELDS and _CAPABILITY.search(sentence[max(0, start - 80):start]):
            word = _CAPABILITY.search(sentence[max(0, start - 80):start]).group()
            return "claim", f"a capability ({word!r} before it)"
        return "input", "a stated build fact or condition"
    return "claim", "a reported performance figure"


def _written_field(guess: str) -> str:
    if guess in FIELDS:
        return guess
    if guess == "hover_time":
        return "flight_time"
    return "context"


# --------------------------------------------------------------------------- the draft

def extract(text: str, name: str = "article", html: bool | None = None) -> Draft:
    """Draft a case from an article's text.

    Parameters
    ----------
    text : str
        The article: plain text (optionally headed by ``Title:``, ``URL:``, ``Date:``,
        ``Outlet:`` lines) or HTML.
    name : str
        What to call the article in the draft's header (its file name).
    html : bool, optional
        Force HTML stripping on or off; by default it is detected.

    Returns
    -------
    Draft

    Examples
    --------
    >>> draft = extract("The drone carried a bomb weighing three kilograms.")
    >>> [(f.text, f.field, f.role) for f in draft.figures]
    [('three kilograms', 'payload_mass', 'input')]
    """
    if not isinstance(text, str):
        raise DroneCalcError("an article must be text", field="ARTICLE", value=type(text).__name__,
                             expected="a .txt or .html file's text")
    article = read_article(text, html)
    body = article.body
    spans = sentences(body)
    items: list[Item] = []
    drones = _drone_names(body)
    kinds: list[str] = []
    drone_counts: list[str] = []
    parts_seen: set[str] = set()
    for s, e in spans:
        sentence = body[s:e]
        for fig in _find_figures(sentence, s):
            items.append(_figure_item(fig, sentence))
        items += _kind_items(sentence, s, kinds)
        items += _part_items(sentence, s, parts_seen)
    items.sort(key=lambda i: i.start)
    figures = [i for i in items if i.kind == "figure"]
    starts = [i.start for i in figures]
    statements = []
    for s, e in spans:
        statements += _statement_items(body[s:e], s, figures, starts)
    items = sorted(items + statements, key=lambda i: i.start)
    drone_starts = [s for s, _ in drones]
    for item in items:
        item.drone = _drone_at(drones, drone_starts, item.start)
        if item.kind == "count" and item.counted == "drones":
            drone_counts.append(item.written)
    _fix_rotor_counts(items, kinds)
    _check_items(items)
    _dedupe_inputs(items)
    for n, item in enumerate(items, 1):
        item.id = f"F{n}"
    _finish_refs(items)
    names = list(dict.fromkeys(d for _, d in drones))
    warnings = []
    if len(names) > 1:
        warnings.append(f"the article names {len(names)} drone types ({', '.join(names)}): "
                        "each figure's comment says which one it is attributed to; split the "
                        "draft into one case per machine before checking it")
    title = article.title or _title_line(body) or name
    source_bits = [b for b in (article.outlet, article.date and f"date {article.date}") if b]
    source = ", ".join(source_bits) if source_bits else f"the article in {name}"
    if article.url and article.url not in source:
        source += f" ({article.url})"
    return Draft(title, source, article.url, article.date, name, items, kinds, names,
                 drone_counts, warnings)


def extract_file(path: str) -> Draft:
    """Draft a case from a .txt/.html file, or standard input for ``"-"``."""
    import sys
    if path == "-":
        return extract(sys.stdin.read(), "standard input")
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise DroneCalcError("cannot read the article", field="ARTICLE", value=path,
                             expected=f"a readable .txt or .html file ({exc.strerror or exc})"
                             ) from None
    text = raw.decode("utf-8", errors="replace")
    html = True if p.suffix.lower() in (".html", ".htm") else None
    return extract(text, p.name, html)


def _title_line(body: str) -> str | None:
    """The first line that reads like a headline (four words or more, not page furniture)."""
    for line in body.splitlines()[:20]:
        line = line.strip()
        if len(line.split()) >= 4 and not re.match(r"(?i)skip to|menu|sign in|subscribe|"
                                                    r"cookie", line):
            return line[:160]
    return None


#: A quote longer than this (a sentence the splitter could not cut) is cut around the figure.
QUOTE_LIMIT = 600


def _quote(sentence: str, start: int, end: int) -> str:
    """The sentence, verbatim with spacing folded; only an over-long one is cut, with "..."."""
    if len(sentence) <= QUOTE_LIMIT:
        return " ".join(sentence.split())
    half = (QUOTE_LIMIT - (end - start)) // 2
    a, b = max(0, start - half), min(len(sentence), end + half)
    return ("..." if a else "") + " ".join(sentence[a:b].split()) + ("..." if b < len(sentence)
                                                                     else "")


def _figure_item(fig: dict, sentence: str) -> Item:
    quote = _quote(sentence, fig["start"], fig["end"])
    if fig["kind"] == "count":
        counted = fig["counted"]
        guess = "rotors" if counted == "rotors" else "context"
        item = Item("count", fig["abs_start"], fig["written"], fig["number"] if guess == "rotors"
                    else fig["written"], guess, guess, "input" if guess == "rotors" else "context",
                    quote, 0.9, (fig["written"].split()[-1],),
                    "a stated build fact" if guess == "rotors" else "a count of "
                    + ("drones" if counted == "drones" else counted), counted=counted)
        if guess == "rotors":
            item.notes.append(f"written {fig['written']!r}")
        return item
    span = (fig["start"], fig["end"])
    guess, confidence, cues = guess_field(sentence, span, fig["dim"])
    written_field = _written_field(guess)
    role, why = _role(written_field, sentence, fig["start"])
    item = Item("figure", fig["abs_start"], fig["written"], fig["written"], written_field, guess,
                role, quote, confidence, cues, why, vague=bool(fig.get("vague")))
    if fig.get("note"):
        item.notes.append(fig["note"])
    if guess != written_field:
        item.notes.append(f"guessed field {guess!r}, which this version's field table does not "
                          f"have: written as {written_field!r}")
    if item.vague:
        item.notes.append("vague quantity" + (": read as about the number given"
                                              if fig.get("value") is not None else
                                              ": it gives no number to check"))
        if fig.get("value") is None:
            item.notes.append(f"it speaks to {guess}")
            item.field = item.guess = "context"
            item.role, item.why_role = "context", "no number to check"
    near = sentence[max(0, fig["start"] - CUE_WINDOW):fig["end"] + CUE_WINDOW]
    if role == "claim" and _WITH_PAYLOAD.search(near):
        item.with_payload = True
    return item


def _kind_items(sentence: str, offset: int, kinds: list[str]) -> list[Item]:
    out = []
    for regex, label in _KIND_RE:
        m = regex.search(sentence)
        if m and label not in kinds:
            kinds.append(label)
            word = m.group()
            rotors = next((AIRFRAMES[w] for w in re.findall(r"[a-z0-9]+", word.lower())
                           if w in AIRFRAMES or w.rstrip("s") in AIRFRAMES), None)
            text = word if rotors is None else re.sub(r"s$", "", word)
            out.append(Item("airframe", offset + m.start(), word, text, "airframe", "airframe",
                            "input" if rotors else "context", _quote(sentence, m.start(), m.end()), 0.9,
                            (word,), "the vehicle kind" + (f" ({rotors} rotors)" if rotors
                                                           else ": no rotor count")))
    return out


def _part_items(sentence: str, offset: int, seen: set[str]) -> list[Item]:
    out = []
    for regex, field, role in _PART_RE:
        for m in regex.finditer(sentence):
            if m.group().lower() in seen:
                continue
            seen.add(m.group().lower())
            out.append(Item("part", offset + m.start(), m.group(), m.group(), field, field, role,
                            _quote(sentence, m.start(), m.end()), 0.9, (m.group(),),
                            "a named part"))
    return out


def _statement_items(sentence: str, offset: int, figures: list[Item],
                     starts: list[int]) -> list[Item]:
    m = _INFEASIBLE.search(sentence)
    asserts = "infeasible"
    if m is None:
        m = _FEASIBLE.search(sentence)
        asserts = "feasible"
        own = bisect.bisect_left(starts, offset + len(sentence)) > bisect.bisect_left(starts,
                                                                                     offset)
        if m is None or own:
            return []
    text = sentence[m.start():]
    close = re.search(r"[,.]?[\"”](?=\s|$)", text)
    if close and close.start() > 10:
        text = text[:close.start()]
    text = re.sub(r"[\"“”]", "", text).strip().rstrip(".,;: ")
    start = offset + m.start()
    refers = []
    before = figures[:bisect.bisect_left(starts, start + len(text))]
    for regex, fields in _BACKREFS:
        if re.search(rf"\b(?:{regex})\b", sentence[m.start():], re.IGNORECASE):
            earlier = next((i for i in reversed(before[-BACKREF_REACH:]) if i.field in fields),
                           None)
            if earlier is not None:
                refers.append(earlier)
    item = Item("statement", start, text, text, "statement", "statement", "claim",
                _quote(sentence, m.start(), m.end()), 0.6, (m.group(),),
                f"asserts the machine {'could not' if asserts == 'infeasible' else 'could'} "
                "do it", asserts=asserts)
    item.refers = tuple(str(id(r)) for r in refers)
    item._refs = refers                              # resolved to ids once they are known
    return [item]


def _drone_names(body: str) -> list[tuple[int, str]]:
    found = []
    for pattern in _NAME_PATTERNS:
        for m in pattern.finditer(body):
            name = m.group(1) if m.groups() else m.group()
            start = m.start(1) if m.groups() else m.start()
            if re.search(r"(?:number|serial|No\.?)\s*$", body[max(0, start - 10):start]):
                continue
            found.append((start, name))
    found.sort()
    out: list[tuple[int, str]] = []
    for start, name in found:
        key = _name_key(name)
        same = next((n for _, n in out if _name_key(n) in key or key in _name_key(n)), None)
        if same and len(name) > len(same):
            out = [(s, name if n == same else n) for s, n in out]
            same = name
        out.append((start, same or name))
    return out


def _name_key(name: str) -> str:
    return re.sub(r"(?<=\d)s$", "", re.sub(r"[\s-]+", "", name.lower()))


def _drone_at(drones: list[tuple[int, str]], starts: list[int], at: int) -> str | None:
    k = bisect.bisect_right(starts, at)
    return drones[k - 1][1] if k else (drones[0][1] if drones else None)


def _fix_rotor_counts(items: list[Item], kinds: list[str]) -> None:
    multirotor = any(k in ("quadcopter", "hexacopter", "octocopter", "tricopter", "multirotor")
                     for k in kinds)
    for item in items:
        if item.kind == "count" and item.field == "rotors" and not multirotor:
            item.field = item.guess = "context"
            item.role, item.text = "context", item.written
            item.notes = ["no multirotor word in the article: propellers or motors of another "
                          "kind of aircraft, not lift rotors"]


def _check_items(items: list[Item]) -> None:
    """Read every quantity through the field rules; what they cannot read becomes context."""
    for item in items:
        if item.field not in FIELDS or FIELDS[item.field].kind == "text":
            continue
        try:
            read = read_figure(item.text, item.field)
        except DroneCalcError as exc:
            item.notes.append(f"not readable as {item.field}: {exc}")
            item.field, item.role, item.text = "context", "context", item.written
            continue
        if item.role not in FIELDS[item.field].roles:
            item.role = FIELDS[item.field].roles[0]
        if read.flag is not None:
            best = read.flag.best
            item.flag = read.flag.problem + (f", read as {best.figure.nominal.magnitude:g} "
                                             f"{best.figure.unit:~P}" if best and
                                            read.flag.problem in ("garbled", "ambiguous") else "")


def _dedupe_inputs(items: list[Item]) -> None:
    """A machine parameter stated twice as an input: the first stays input, the others context."""
    seen: dict[str, Item] = {}
    for item in items:
        if item.role != "input" or item.field not in FIELDS:
            continue
        parameter = FIELDS[item.field].maps_to
        if parameter is None:
            continue
        if parameter in seen:
            first = seen[parameter]
            other = "" if first.drone == item.drone else f" (for {first.drone})"
            item.role = "context"
            item.why_role = "a second statement of a stated input"
            item.notes.append(f"{parameter} is already stated by {first.written!r}{other}: kept "
                              "as context; make it the input instead if it is the right one")
        else:
            seen[parameter] = item


def _finish_refs(items: list[Item]) -> None:
    for item in items:
        if item.kind == "statement":
            item.refers = tuple(r.id for r in item._refs)


# --------------------------------------------------------------------------- TOML

def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _to_toml(draft: Draft) -> str:
    lines = [
        f"# DRAFT case file written by `dronecalc extract` from {draft.name}.",
        "# It is a draft to be checked by a person, not a finished case: every field, role and",
        "# link below was guessed from the words near each figure. Check each entry against the",
        "# article, fix or delete it, add [assumptions] with reasons for what the article leaves",
        "# out, then run `dronecalc check` on it.",
    ]
    if draft.kinds:
        lines.append(f"# Vehicle kind words: {', '.join(draft.kinds)}.")
    if draft.drones:
        lines.append(f"# Drone types named: {', '.join(draft.drones)}.")
    if draft.drone_counts:
        lines.append("# Numbers of drones stated: " + "; ".join(repr(c) for c in
                                                               draft.drone_counts) + ".")
    for warning in draft.warnings:
        lines.append(f"# WARNING: {warning}.")
    lines += ["", "[case]", f"title = {_q(draft.title)}", f"source = {_q(draft.source)}"]
    if draft.url and re.match(r"https?://", draft.url):
        lines.append(f"url = {_q(draft.url)}")
    for item in draft.items:
        lines += [""] + _item_comment(item) + [f"[figures.{item.id}]",
                                               f"field = {_q(item.field)}",
                                               f"text = {_q(item.text)}",
                                               f"quote = {_q(item.quote)}",
                                               f"role = {_q(item.role)}"]
        if item.with_payload is not None and item.role == "claim":
            lines.append(f"with_payload = {'true' if item.with_payload else 'false'}")
        if item.kind == "statement":
            lines.append(f"asserts = {_q(item.asserts)}")
            lines.append("refers = [" + ", ".join(_q(r) for r in item.refers) + "]")
        if item.notes:
            lines.append(f"note = {_q('; '.join(item.notes))}")
    return "\n".join(lines) + "\n"


def _item_comment(item: Item) -> list[str]:
    if item.kind == "statement":
        head = (f"# {item.id}: statement claim, asserts {item.asserts} (cue {item.cues[0]!r}); "
                f"refers to {', '.join(item.refers) or 'no figure found'}")
    else:
        cues = ", ".join(repr(c) for c in item.cues) or "none"
        head = (f"# {item.id}: field {item.guess} (confidence {item.confidence:.2f}; cues: "
                f"{cues}); role {item.role}: {item.why_role}")
    out = [head]
    if item.flag:
        out.append(f"#   flagged by the field rules: {item.flag}")
    if item.drone:
        out.append(f"#   drone: {item.drone}")
    return out
