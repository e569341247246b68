"""What the noun a figure sizes says it is, over the cue words' guess (for dronecalc extract;
review 22, issue 10).

The cue scores of :func:`dronecalc.intake.spotting.guess_field` weigh every word near a
figure; some nouns settle the field whatever else is near, because the figure *is* their
size:

* a **warhead**'s mass ("a 50 kg warhead", "Warhead: 40 kg", "a warhead weighing up to three
  kilograms") is ``warhead_mass`` (a payload carried to the end of a one-way flight,
  :data:`~dronecalc.intake.fields.FIELDS`), never the take-off mass or a plain payload: read
  as a payload until the load passes have linked it (:func:`name_warheads`);
* a **delivery**'s or a **parcel**'s ("deliveries of less than 2kg", "parcels up to 4 kg") is
  the load carried (a payload; its bound is kept as written), never the machine's mass;
* a **battery**'s weight ("The battery weighs 650 grams", "a 650 grams 4S battery") is the
  pack's mass, ``battery_mass``;
* a length in **millimetres** is a part's or a drop's size (a rain drop, a nozzle, a
  propeller), never a distance flown or a range;
* an energy **used** or **measured** ("the motor used 0.1Wh", "drew 75Ws") is no pack's
  energy: context, so that no unit-slip reading ("kWh written as Wh") stands in for what is
  written;
* a pack's figure far out of range whose unit the article spells out in brackets ("a 0.1Wh
  (watts per hour) battery") is kept as written, as context with the slip reading named as an
  alternative: the words rule the slip out, and as an input it would be read as the slip.

:func:`reread` is called on each figure once its field and role are guessed.
"""
from __future__ import annotations

import re

__all__ = ["WARHEAD_NOTE", "name_warheads", "reread"]

#: A warhead right after the figure ("50 kg warhead", "50-kilogram high-explosive warhead",
#: "3 kg (6.6 lb) warhead"): at most two words between, none that starts another phrase.
_WARHEAD_AFTER = re.compile(r"(?i)^[\s-]*(?:\([^()]{0,30}\)\s*)?(?:(?!(?:and|or|of|to|with|the|"
                            r"a|an|its|for|from|in|on|at)\b)[a-z][a-z-]*\s+){0,2}?warheads?\b")
#: A warhead right before it ("Warhead: 40 kg", "Warhead — 40 kg", "its warhead weighs 15 kg",
#: "a warhead weighing up to three kilograms", "the drone's warhead can carry up to 3 kg"):
#: no figure, clause break or other load noun between.
#: (not "a warhead on a drone weighing 20 kg": a machine noun between)
_WARHEAD_BEFORE = re.compile(r"(?i)\bwarheads?\b(?:'s)?(?:\s*[:|—–-]\s*|(?:(?!\b(?:drones?|"
                             r"UAVs?|aircraft|\w*copters?|vehicles?|it|which|that|while|"
                             r"whereas)\b)[^\d.;,:|()]){0,40}?)$")
#: A delivered load right before it: "deliveries of", "parcels", "packages weighing".
_DELIVERY_BEFORE = re.compile(r"(?i)\b(?:deliver(?:y|ies)|parcels?|packages?)\s+(?:of\s+|"
                              r"weighing\s+|that\s+weigh\s+)?$")
#: A pack's weight right before it, or the pack right after it.
#: ("The battery weighs 650 grams", "The battery is 650 grams", "Battery: 650 grams": review
#: 22's forum post had its pack's grams drafted as the take-off mass, or as context).
_PACK_BEFORE = re.compile(r"(?i)\b(?:batter(?:y|ies)|packs?|lipos?)(?:'s)?\s*(?:(?:itself|alone)"
                          r"\s+)?(?:(?:weighs|weighed|weighing|weigh|weight|mass)(?:\s+(?:is|of|"
                          r"in at|was))?|is|was|are|were|:|[—–-])\s*:?\s*$"
                          # "two batteries, each weighing 650 g", "battery packs of 650 g each"
                          r"|\bbatter(?:y|ies)(?:\s+packs?)?(?:,?\s+each\s+(?:weighing|weighs|"
                          r"weighed|at)|\s+of)\s*$")
#: "The drone with its battery weighs 650 g": the machine's weight, the pack included.
_WITH_PACK = re.compile(r"(?i)\b(?:with|including|incl\.|plus)\s+(?:its\s+|the\s+|a\s+)?"
                        r"batter(?:y|ies)\s+(?:weighs|weighed|weigh|is|was)\s*:?\s*$")
#: ("a 650 grams battery", "a 650 grams 6S LiPo", "a 650 g 5000mAh pack")
_PACK_AFTER = re.compile(r"(?i)^\s*(?:(?:\d[\d.,]*\s?(?:mAh|Ah|Wh|V|S|C)|LiPo|Li-?ion|LiHV|"
                         r"lithium|smart|flight|spare)\s+){0,3}(?:batter(?:y|ies)|packs?|"
                         r"li-?pos?|li-?ions?)\b(?!\s+of\b)")       # not "a 2 kg pack of"
#: "a 2 kg pack of medicine": a pack of goods, no battery pack (main drafted battery_mass).
_PACK_OF = re.compile(r"(?i)^\s*packs?\s+of\s+(?!cells?\b|batter)")
#: Millimetres as the unit (the figure's written text ends in it).
_MILLIMETRES = re.compile(r"(?i)(?:\d|\s)(?:mm|millimet(?:re|er)s?)$")
#: An energy spent or measured right before it.
_USED_BEFORE = re.compile(r"(?i)\b(?:used|uses|use|consum(?:es|ed|ing|ption of)|dr[ae]w|draws|"
                          r"drawn|spent|spends|needed|needs|took|takes|measured|logged)\s+"
                          # a second figure after the verb: "used 0.1Wh and 75Ws"
                          r"(?:(?:[^.;:]|\.\d){0,40}?(?:\band|\bor|,)\s+)?"
                          r"(?:(?:about|only|just|around|roughly|some)\s+)?$")

#: The note of a warhead's mass (:func:`name_warheads` finds it).
WARHEAD_NOTE = "a warhead's mass: warhead_mass (a payload carried to the end of the flight)"
#: The unit written out in words in brackets right after the figure: "0.1Wh (watts per
#: hour)" (review 22's forum post, where "kWh written as Wh" had made it a 100 Wh pack).
_UNIT_SPELT = re.compile(r"(?i)^\s*\(\s*(?:(?:milli|kilo)?(?:watts?|amps?|amperes?|volts?)|hours?|"
                         r"per|an?|[\s-]){1,40}\)")
#: Inputs whose garbled reading :func:`_slip` tests (the pack's figures).
_STATED_INPUTS = {"battery_energy", "battery_charge", "battery_voltage"}


def _slip(written: str, field: str) -> str | None:
    """The unit-slip reading the field rules would put in place of ``written`` as an input
    (``"100 Wh (kWh written as Wh)"``), or None when they read it as written."""
    from ..errors import DroneCalcError
    from .fields import read_figure
    try:
        flag = read_figure(written, field).flag
    except DroneCalcError:
        return None
    best = flag.best if flag is not None and flag.problem == "garbled" else None
    return None if best is None else (f"{best.figure.nominal.magnitude:g} "
                                      f"{best.figure.unit:~P} ({best.reason})")


#: Fields a load or a pack noun overrides (what the cue words make of an unowned mass).
_MASS_GUESSES = {"payload_mass", "max_payload", "takeoff_mass", "empty_mass", "context",
                 "max_takeoff_mass"}
_FLOWN = {"distance", "range"}


def reread(fig: dict, sentence: str, guess: str, field: str, role: str, why: str
           ) -> tuple[str, str, str, str]:
    """(guess, field, role, why) of the figure ``fig`` (of
    :func:`~dronecalc.intake.spotting.find_figures`) in ``sentence``, after the guessed
    ``field`` and ``role``: unchanged unless a noun of the module's list settles it (then
    its reason is added to ``fig["note"]``)."""
    out = _reread(fig, sentence, guess, field, role, why)
    if out[4]:
        fig["note"] = "; ".join(x for x in (fig.get("note"), out[4]) if x)
    return out[:4]


def _reread(fig: dict, sentence: str, guess: str, field: str, role: str, why: str
            ) -> tuple[str, str, str, str, str | None]:
    dim, before, after = fig.get("dim"), sentence[:fig["start"]], sentence[fig["end"]:]
    written = fig["written"]
    if dim == "mass" and field in _MASS_GUESSES:
        if _WARHEAD_AFTER.match(after) or _WARHEAD_BEFORE.search(before[-60:]):
            if field in ("payload_mass", "max_payload"):     # named by name_warheads, once
                return guess, field, role, why, WARHEAD_NOTE  # the loads are linked
            return "payload_mass", "payload_mass", "input", "the warhead it carries", \
                WARHEAD_NOTE
        if field not in ("payload_mass", "max_payload") and _DELIVERY_BEFORE.search(
                before[-40:]):
            return ("payload_mass", "payload_mass", "input", "the load it delivers",
                    "a delivery's or parcel's weight: the load carried (payload), its bound "
                    "as written; make it max_payload if the source means the most it carries")
        if field != "battery_mass" and (_PACK_BEFORE.search(before[-40:])
                                        and not _WITH_PACK.search(before[-40:])
                                        or _PACK_AFTER.match(after)):
            return "battery_mass", "battery_mass", "input", "a stated build fact (the pack's " \
                "weight)", None
    if dim == "mass" and field == "battery_mass" and _PACK_OF.match(after):
        return ("payload_mass", "payload_mass", "input", "the load it carries",
                "a pack of goods (\"a 2 kg pack of medicine\"), no battery: the load")
    if dim == "length" and field in _FLOWN and _MILLIMETRES.search(written):
        return ("context", "context", "context", "a size in millimetres",
                f"{written!r}: a size in millimetres (a drop, a nozzle, a part), never a "
                "distance flown or a range")
    spelt = _UNIT_SPELT.match(after) if field in _STATED_INPUTS else None
    if spelt and role == "input":
        slip = _slip(written, field)
        if slip:
            return ("context", "context", "context", "a garbled figure whose unit is spelt out",
                    f"{written!r} lies far outside the plausible {field}, and the article "
                    f"spells its unit out ({spelt.group().strip()!r}), so no unit slip is "
                    f"warranted: kept as written, as context (an input flagged garbled would be "
                    f"read as its alternative, {slip}); make it {field} with the figure a "
                    "source confirms")
    if dim == "energy" and field == "battery_energy" and _USED_BEFORE.search(before[-80:]):
        return ("context", "context", "context", "an energy used or measured",
                f"{written!r}: an energy used or measured, not the pack's energy "
                "(battery_energy): judged as written, context")
    return guess, field, role, why, None


def name_warheads(items: list, kind: str | None) -> None:
    """Write the loads :func:`reread` found to be warheads as ``warhead_mass``, with the role
    the load passes gave them (a load a claim is flown with stays an input; "can carry a
    warhead of up to 3 kg" a claim). Called after those passes (which link payloads, of
    which a warhead is one): a field of its own before them had unlinked the load from its
    range claim ("can deliver up to a 45kg warhead up to 150km away"). ``kind``: the plausible
    ranges the figure is re-read with (a warhead's, up to 300 kg)."""
    from ..errors import DroneCalcError
    from .fields import read_figure
    for item in items:
        if item.kind != "figure" or item.field not in ("payload_mass", "max_payload") or \
                WARHEAD_NOTE not in item.notes:
            continue
        if item.role == "claim":        # claims.fixed_wing and claims.kinds.payload judge it
            item.notes.append("a warhead claim: judged as a payload carried (a wing's against "
                              "the payload fractions of real wings, a multirotor's against its "
                              "lift)")
        item.field = item.guess = "warhead_mass"
        try:
            if read_figure(item.text, "warhead_mass", kind).flag is None:
                item.flag = None
        except DroneCalcError:
            pass                                     # read as the payload it was
