""""N metres wide": the aircraft's wingspan only when the sentence is about the aircraft.

The cue "wide" (:data:`dronecalc.intake.cues.CUES`, ``wingspan``) reads "two metres wide" as a
span across the wings, which holds when the sentence's subject is the drone ("They are ...
two metres wide", "a 4.5 m wide drone") and not when it is a runway, a road or a building
("took off from a road 8 metres wide"), nor on a multirotor, which has no wing (its width is
no span). :func:`check_widths` makes such a figure context with a note (review 4, finding 10).
Kept apart from :mod:`dronecalc.intake.extract` for its line count.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .extract import Item

#: Words that name the aircraft (or stand for it) as the subject of "... wide".
_AIRCRAFT = (r"drones?|aircraft|UAVs?|UAS|planes?|airplanes?|wings?|airframes?|it|they|its|"
             r"their|fixed[- ]wings?|quad-?planes?|tail-?sitters?|gliders?|munitions?|models?|"
             r"(?:multi-?rotor|multi-?copter|quad-?copter|hexa-?copter|octo-?copter|copter)s?")
#: Things on the ground (or other objects) that a "wide" figure may measure.
_OTHER = (r"runways?|roads?|streets?|strips?|lanes?|tracks?|paths?|fields?|buildings?|"
          r"hangars?|doors?|rivers?|bridges?|craters?|holes?|gaps?|corridors?|areas?|zones?|"
          r"sites?|pads?|platforms?|trucks?|cars?|vehicles?|ships?|decks?|rooms?|tents?|"
          r"containers?|box(?:es)?|nets?|screens?|walls?|windows?|tunnels?|swaths?|trenches|"
          r"trench|canals?|gates?|entrances?|openings?|valleys?|fronts?|highways?|warheads?|"
          r"missiles?|bombs?|shells?|payloads?|parcels?|packages?|propellers?|blades?|booms?")
_SUBJECT = re.compile(rf"(?i)\b(?:(?P<air>{_AIRCRAFT})|(?P<other>{_OTHER}))\b")
_WIDE_AIRCRAFT = re.compile(rf"(?i)^\s*(?:\([^()]{{0,24}}\)\s*)?wide[\s-]+(?:[\w-]+\s+){{0,2}}?"
                            rf"(?:{_AIRCRAFT})\b")     # "15 feet (4.5m) wide drone"


def check_widths(items: list["Item"], multirotor: bool) -> None:
    """Make a "wide" (or "spans") wingspan context unless its sentence is about the
    aircraft ("the flying wing spans 2.1 metres" stays; "the bridge spans 300 m" does not)."""
    for item in items:
        if item.kind != "figure" or item.guess != "wingspan" or not item.cues \
                or item.cues[0].lower() not in ("wide", "spans", "spanning", "spanned", "across"):
            continue
        at = item.quote.find(item.written)
        before, after = item.quote[:max(0, at)], item.quote[at + len(item.written):]
        last = None
        for last in _SUBJECT.finditer(before):
            pass
        aircraft = _WIDE_AIRCRAFT.match(after) or (last is not None and last["air"]) or \
            _NAMED_SUBJECT.search(before)
        if multirotor and aircraft:        # its overall width bounds the rotors (review 23)
            item.field = item.guess = "width"
            item.notes.append("a multirotor's overall width, rotors included (field width)")
            continue
        if multirotor:
            why = "the width of a multirotor, which has no wing: not a wingspan"
        elif aircraft:
            continue
        else:
            what = f"the {last['other']}" if last is not None else "something the sentence names"
            why = f"the width of {what}, not of the aircraft: not its wingspan"
        item.notes.append(why)
        item.field = item.guess = "context"
        item.role, item.why_role = "context", "a width, not a wingspan"


#: A named subject right before the verb of the size: "while the newer Integrator is 16 feet
#: across" (uasvision.com on the RQ-21A, review 17): a proper name after "the" is the aircraft.
_NAMED_SUBJECT = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[A-Z][\w-]*\s+(?:is|are|was|were|"
                            r"measures?|measured|stands?)\s+(?:about\s+|around\s+|roughly\s+|"
                            r"some\s+|nearly\s+)?$")


#: The end of a dimension list before a height: "1.3m long, 1.7 wide and " (1m high).
_DIMENSION_BEFORE = re.compile(r"(?i)\b(?:long|wide|deep|in length|in width)\s*"
                               r"(?:,\s*(?:and\s+)?|and\s+|x\s+|by\s+)$")
#: The same list written with nouns: "has length of 11.84 meters and height of 4.04 meters"
#: (tinuku's AT200, trials_new6: a 4.04 m flight altitude input).
_NOUN_HEIGHT = re.compile(r"(?i)\b(?:length|width|wingspan|span)\s+(?:of\s+)?"
                          r"(?:[^,.;]|[.,](?=\d)){1,30}?"
                          r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:a\s+|an\s+|its\s+)?(?:overall\s+)?"
                          r"height\s+(?:of\s+)?$")


def check_heights(items: list["Item"]) -> None:
    """A "high" figure that ends a list of the aircraft's dimensions is its height, not the
    altitude it flies at: "The multi-rotor drone, which is 1.3m long, 1.7 wide and 1m high
    can carry payloads of up to 30kg" (aerospacetestinginternational.com) drafted a 1 m
    flight altitude as an input; "flew 500 m high" stays an altitude."""
    for item in items:
        if item.kind != "figure" or item.guess != "altitude" or not item.cues:
            continue
        at = item.quote.find(item.written)
        if at > 0 and (item.cues[0].lower() == "high" and _DIMENSION_BEFORE.search(
                item.quote[:at]) or _NOUN_HEIGHT.search(item.quote[:at])):
            item.notes.append("the last of a list of dimensions (length, width, height): a "
                              "height, not a flight altitude")
            item.field = item.guess = "context"
            item.role, item.why_role = "context", "a dimension (a size), not an altitude"


#: A spec line's label: "Length: 1.3 m", "Dimensions: 1.3 m long" (the line is the machine's).
_LABEL = re.compile(r"(?i)^\s*(?:[-*•|]\s*)?(?:overall |total |fuselage )?(?:length|dimensions?|"
                    r"size)\b[^:|]{0,20}[:|]")


def check_lengths(items: list["Item"]) -> None:
    """A ``length`` (a "long" or "length" cue, :data:`dronecalc.intake.cues.CUES`) stays the
    machine's overall length on a spec line ("Length: 1.3 m") or when its sentence is about
    the aircraft ("The T40 is 1.3m long", "the drone has a length of 9 feet"); a thing's length
    ("a road 2 km long", "the warhead is 1 m long") is context with a note, as check_widths
    does for a width (issue 10, extract3)."""
    for item in items:
        if item.kind != "figure" or item.guess != "length":
            continue
        at = item.quote.find(item.written)
        before = item.quote[:max(0, at)]
        last = None
        for last in _SUBJECT.finditer(before):
            pass
        if _LABEL.match(item.quote) or _LONG_AIRCRAFT.match(item.quote, at + len(item.written)) \
                or (last["air"] if last is not None else _NAMED_LENGTH.search(before)):
            continue
        what = f"the {last['other']}" if last is not None else "something the sentence names"
        item.notes.append(f"the length of {what}, not of the aircraft: not its length")
        item.field = item.guess = "context"
        item.role, item.why_role = "context", "a length, not the aircraft's"


#: "a 30 m long drone": the length of the aircraft named right after it.
_LONG_AIRCRAFT = re.compile(rf"(?i)\s*(?:\([^()]{{0,24}}\)\s*)?long[\s-]+(?:[\w-]+\s+){{0,2}}?"
                            rf"(?:{_AIRCRAFT})\b")
#: "The DJI Agras T40 is 1.3m long": a named subject (up to four words) right before the verb.
_NAMED_LENGTH = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:is|are|was|were|"
                           r"measures?|measured|ha(?:s|d)\s+an?\s+(?:overall\s+)?length\s+of)"
                           r"\s+(?:about\s+|around\s+|roughly\s+|some\s+|"
                           r"nearly\s+|just\s+(?:over|under)\s+)?$")
