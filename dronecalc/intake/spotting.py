"""Where the figures of running text are, and what each speaks to (for dronecalc extract).

The tables (units, qualifiers, cue words per dimension, roles, kind words, parts, type names)
and the functions that use them: :func:`find_figures` finds the figures of one sentence,
:func:`guess_field` scores the cue words near a figure, :func:`guess_role` gives its role.
How each guess is made is described in :mod:`dronecalc.intake.extract`. Every regular
expression is a flat alternation or a bounded class, without nested quantifiers; cue words are
searched only within :data:`CUE_WINDOW` characters of a figure, so the work per figure is
bounded and a text is read in linear time.
"""
from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass

from .bracket_figures import bracket_note
from .conversions import conversion_parts, foreign_bracket, or_conversion as _or_conv
from .durations import carried_unit, joined_duration
from .dot_groups import by_conversion, decimal_text, unambiguous
from .unit_hints import notation_at
from .cues import (AT_CONDITION, CUES, TARGET_REACH, WITH_LOAD, WITH_LOAD_WHY,  # noqa: F401
                   is_capacity_bound)                                # re-exported
from .fields import FIELDS, REFINES, written_field  # noqa: F401 (spotting.REFINES: moved)
from .per_units import per_unit, unit_note
from .numbers import (INCHES_AFTER as _INCHES_AFTER, decade, second_unit, plain_digits, scan,
                      written_digits, written_note)
from .work_rates import work_rate
from .plane_words import KIND_WORDS_BEFORE, PLANT_PARTS
from .hedges import SCHEDULE
from .unit_words import (_CANONICAL, KIND_WORDS, KNOWN_NAMES, PARTS,  # noqa: F401
                         QUALIFIERS, SERIES_PARALLEL, TRAILING, UNITS, UNITS_CS)

#: Fields whose figures are build facts (inputs) unless a capability word makes them claims.
INPUT_FIELDS = {"payload_mass", "takeoff_mass", "max_takeoff_mass", "empty_mass", "battery_mass",
                "battery_charge", "battery_energy", "battery_voltage", "cell_count", "pack_count",
                "motor_kv", "rotor_diameter", "rotors", "wingspan", "engine_power", "altitude",
                "air_temperature", "radio_range", "fuel_volume", "fuel_mass", "wing_area",
                "stall_speed", "battery_specific_energy", "frame_size", "width", "length"}
#: Inputs that a capability word before them turns into claims ("can carry 150 kg"); such a
#: payload is a capacity (``max_payload``) when the field table has that field.
CAPABLE_FIELDS = {"payload_mass", "altitude"}
_CAPABILITY = re.compile(r"\b(?:can|could|capable|able to|up to(?! [\d.])|top|claims?|"
                         r"(?:maxim(?:um|al)|max\.?)(?! take-?off| gross| all-up)|"
                         r"capacit(?:y|ies)|"
                         r"allows? (?:it|them) to|allowing (?:it|them) to|"
                         r"enabl(?:e|es|ing) (?:it|them|[A-Z][\w-]*(?: [A-Z][\w-]*)?) to|"
                         r"claimed|said to|reportedly|designed to|enough power to|will be able|"
                         r"would be able)\b", re.IGNORECASE)
_CAPACITY_AFTER = re.compile(r"[^,;.]{0,30}?\b(?:payload|load|lift(?:ing)?|carrying) capacity\b",
                             re.IGNORECASE)
#: Where a clause ends: a capability word before it is not the figure's.
_CLAUSE_BREAK = re.compile(r";\s|,\s+(?:and|but|while|whereas|although)\b|"
                           # a sentence the splitter left joined ("72 km/h. Its maximum ..."),
                           # not an abbreviation's dot ("Max. payload", "approx. 5 kg")
                           r"(?<!\bmax)(?<!\bapprox)(?<!\bca)(?<!\bno)\.\s+(?=[A-Z])",
                           re.IGNORECASE)
#: "a maximum take-off weight of 6 kg includes a 1 kg camera": a part of the figure before it
#: (the load it carries), never a capacity; drafted as the payload input, with this reason.
_PART_OF = re.compile(r"\binclud(?:es|ing|ed|e)\s+(?:an?\s+|the\s+|its\s+)?$", re.IGNORECASE)
PART_NOTE = ("a part the figure before it includes: the load carried, not a capacity (make it "
             "context if it is part of the airframe)")
#: A dash or a comma between a figure and a place word after it: the place is another phrase's.
_ASIDE_BREAK = re.compile(r"[,;]|\s[-–—]\s")
#: A figure written "up to" / "as far as" is a reach, whatever place word follows it.
_REACH = re.compile(r"(?i)(?:up ?to|as far as)\s")
#: A radius of action is out and back (the one-way range of the same flight is about twice
#: it); a range claim read from it is judged as written, one way.
RADIUS = re.compile(r"(?i)radius")
RADIUS_NOTE = ("a radius (out and back): judged as a one-way range of this figure, which "
               "understates the claim; the one-way distance of the same flight is about twice "
               "it: write that as the range if the source means a radius of action")
#: Nouns that make a bare number a count: noun -> what is counted.
COUNT_NOUNS = {"drone": "drones", "drones": "drones", "uav": "drones", "uavs": "drones",
               "quadcopters": "drones", "aircraft": "drones", "motors": "rotors",
               "motor": "rotors", "rotors": "rotors", "propellers": "rotors", "props": "rotors",
               "arms": "arms",
               "engines": "engines", "munitions": "drones"}
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
    r"travel|carry|carrying|reach|lift|stay|cover|make it|withstand|support|bear)\b)|"
    r"\bunless\b(?=[^.;]{0,40}?\bmodif)|"
    r"\bdoubt(?:ed|s)?\b(?=[^.;]{0,60}?\babilit(?:y|ies) to (?:fly|travel|carry|reach))",
    re.IGNORECASE)
_FEASIBLE = re.compile(r"\b(?:could easily|can easily|was able to|were able to|is able to|"
                       r"would be able to|is possible|was possible|is feasible)\b"
                       # "it is possible to build your own ... in the $2,000-to-$3,000
                       # range": a cost, no feat of the machine to judge
                       r"(?![^.;]{0,120}?(?:[$€£¥]\s?\d|\d\s?(?:dollars|euros|USD)\b|"
                       + SCHEDULE + "))",      # a schedule, no feat (intake.hedges)
                       re.IGNORECASE)
_BACKREFS = ((r"distances?|far|this leg", ("distance", "range")), (r"speeds?|fast", ("speed",)),
             (r"missiles?|payloads?|warheads?|bombs?|weight|load|explosives?",
              ("payload_mass",)))
#: A statement's words point back at most this many figures ("this distance" = the last one).
BACKREF_REACH = 12
#: "carrying", "with a 15-kilogram bomb", "with its two grenades": a payload carried during
#: the claim (at most three words, such as a figure, between the article and the noun).
_WITH_PAYLOAD = re.compile(r"\b(?:carrying(?! capacity| out)|carried(?! out)|laden|loaded(?! weight)|"
                           r"with (?:a|an|the|its|extra) "
                           r"(?:[\w.,-]+ ){0,3}?(?:payloads?|missiles?|warheads?|bombs?|"
                           r"grenades?|munitions?|explosives?|weight|load))\b", re.IGNORECASE)
#: What may stand between a pack count and its noun: "two 22,000 mAh 12S TB60 batteries"; a
#: bare "packs" counts only after a battery word ("six packs of a drug" is no battery).
_PACKS_AFTER = re.compile(r"(?P<mods>(?:\s+(?:\d[\d.,]*\s?(?:mAh|Ah|Wh|V|S)|LiPo|Li-?ion|LiHV|lithi"
                          r"um(?:-ion)?|smart|flight|intelligent|high-voltage|battery|(?-i:[A-Z]{1,4}"
                          r"\d{2,3}[A-Z]?)))*)\s+(?P<noun>batter(?:y|ies)|packs?)\b(?!\s+of\b)", re.I)

_QUALIFIER_WORDS = {w for q in QUALIFIERS for w in q.split()}
_MONTH_AFTER = re.compile(r"\s?(?:" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)

#: Words before a number of batteries that make it no build fact.
_NOT_FITTED_BEFORE = re.compile(r"(?i)\b(?:remov(?:e|es|ed|ing)|without|minus|los(?:e|es|ing)|"
                                r"lost|spare|extra|replac(?:e|es|ed|ing)|swap(?:s|ped|ping)?)"
                                r"\s+$")
#: "eight-rotor", "six-motor": a count joined to its noun by a hyphen.
_COMPOUND_AFTER = re.compile(r"(?i)-(rotor|motor|propeller|prop|arm|engine)(?![A-Za-z])")
#: Counts above this are no build facts ("1671 propellers": a model number; data: 8-16 rotors).
MAX_BUILD_COUNT = 32
_SIZE_WORD = re.compile(r"\d[\d.]{0,5}-(?:inch|in|cm|mm|foot|ft)", re.IGNORECASE)
_WORDS_AFTER = re.compile(r"[A-Za-z0-9][\w-]{0,20}")
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
# bounded repetitions: a pasted run of "1,234,234,..." is read in linear time (an unbounded
# "(?:,\d{3})+" rescanned the whole run from every digit of it)
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3}){1,6}(?:\.\d+)?(?![\d,]\d)|\d+(?:\.\d+)?")


def _alternation(words, flags=0) -> re.Pattern:
    body = "|".join(re.escape(w).replace(r"\ ", "[ -]") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{body})(?![A-Za-z0-9]|[^\W\d_])", flags)


_UNIT_CI = _alternation(UNITS, re.IGNORECASE)
_UNIT_CS = _alternation(UNITS_CS)
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"“]))(" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len,
                                                                       reverse=True))
    + r")\s*$", re.IGNORECASE)
_TRAILING_AFTER = re.compile(r"\s+(" + "|".join(sorted(TRAILING, key=len, reverse=True))
                             + r")\b", re.IGNORECASE)
# Cue words end at a letter boundary, not a word boundary: a spec table whose labels run into
# their values ("Total weight38 kg", "Diameter54 inch") still has its cue.
# A cue may also end where a capital begins: labels and values run together across the cells
# of a pasted table ("Operating PayloadFull load 40 kg").
_CUE_RE = {dim: tuple((f, w, re.compile(rf"(?<![A-Za-z])(?:{rx})(?!(?-i:[a-z]))", re.IGNORECASE)
                       if rx else None, a)
                      for f, w, rx, a in cues) for dim, cues in CUES.items()}
_KIND_RE = tuple((re.compile(rf"\b(?:{rx})\b", re.IGNORECASE if label != "fpv" else 0), label)
                 for rx, label in KIND_WORDS_BEFORE + KIND_WORDS)
_PART_RE = tuple((re.compile(rf"\b(?:{rx})", 0), f, r) for rx, f, r in PARTS + PLANT_PARTS)
_NAME_PATTERNS = (
    re.compile(r"\b(?:" + "|".join(KNOWN_NAMES) + r")(?:[- ][A-Z0-9][A-Za-z0-9]*)?\b(?:-\d+)?"),
    re.compile(r"\b[A-Z][A-Za-z]{0,11}-\d{1,4}[A-Za-z]?\b"),
    re.compile(r"\b(?!(?:USD|US|CNY|RMB|EUR|GBP|UAH|RUB|JPY|INR|AUD|CAD|CHF|HKD|SGD|KRW|TRY|"
               r"IRR|ILS|AED|SAR|NZD|PLN)\d)[A-Z]{2,3}\d{1,3}s?\b"),   # "CNY125,000" is a price
    re.compile(r"[\"“]([A-Z][A-Za-z0-9]{1,14}(?:[ -][A-Za-z0-9]{1,8})?)[\"”]\s+(?:drone|UAV)"),
    re.compile(r"code-named\s+[\"“]([A-Z][A-Za-z0-9-]{1,14})"),
    # a maker's model: "DJI Mini 2 SE", "DJI Mini 4 Pro", "DJI T40", "Autel EVO II" (not "the
    # DJI Mini series": a line of models is no machine; "the DJI Neo 135 g": no model number)
    re.compile(r"\b(?:DJI|Autel|Skydio|XAG|Yuneec|Parrot|Hubsan|EHang)\s(?:(?:(?:Mavic|Mini|Air|"
               r"Avata|Inspire|Matrice|Phantom|Agras|Spark|Neo|Flip|Anafi|EVO|Evo|Typhoon)"
               r"(?:\s|(?=[,;.)]|$|\s\d))){1,2}(?:[A-Z]{0,2}\d+(?!\d|\s?(?:k?g|grams?|lbs?|"
               r"[mck]?m|ft|feet|mins?|minutes?|hours?|mAh|Wh|mph|km/h|kph)\b)[A-Za-z0-9]*)?|"
               r"[A-Z]{1,2}\d{1,4}[A-Za-z]?)"
               r"(?:(?:\s|(?<=\s))(?:SE|Pro|Plus|Max|Classic|Zoom|RTK|Cine|II|III|V2)\b)*"
               r"(?<!\s)(?!\s(?:series|line|family|range|lineup)\b)"),
)


@functools.lru_cache(maxsize=16)
def _name_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for p in _NAME_PATTERNS for m in p.finditer(sentence))


@dataclass
class _Number:                                       # the figures: numbers, then units
    start: int
    end: int
    value: float | None
    vague: bool = False
    words: bool = False
    written: str = ""                # "comma" ("21,6") or "spaced" ("12 000"): numbers.written_digits
    inner: str = ""                  # a unit inside the spoken form ("an hour and a half")


def _numbers(sentence: str) -> list[_Number]:
    digits = {m.start(): _Number(m.start(), m.end(), float(m.group().replace(",", "")))
              for m in _NUMBER.finditer(sentence)}
    for a, b, value, how in written_digits(sentence):
        for k in range(a, b):            # "21,6" or "12 000": one number, never "6" or "000"
            digits.pop(k, None)
        digits[a] = _Number(a, b, value, written=how)
    spoken = []
    for s in scan(sentence):
        if s.value is None and not s.vague:
            continue
        digits.pop(s.start, None)        # "1.5 million": the spoken reading covers the digits
        unit = s.replacement.split(" ", 1)[1] if " " in (s.replacement or "") else ""
        spoken.append(_Number(s.start, s.end, s.value, s.vague, True, inner=unit))
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
            best = per_unit(sentence, (m.start(), m.end(), table.get(key) or table[
                key.replace("-", " ")]))                    # "380 Wh/kg": a rate, no energy
    if best is None:                                 # "4S2P": the 4S a cell count
        return (pos, pos + 1, "cells") if SERIES_PARALLEL.match(sentence, at) else None
    if best[2] == "cells-or-seconds" and pos == at and SERIES_PARALLEL.match(sentence, pos):
        return (best[0], best[1], "cells")           # "4s 1P": the cells in series
    if best[2] == "cells-or-seconds" and pos != at and pos == best[0] \
            and not SERIES_PARALLEL.match(sentence, pos):
        return (best[0], best[1], "time")            # "1800 s", "Hover time: 1800 s": seconds
    if best[2] in ("cells", "cells-or-seconds") and pos != at and (   # "6 S" is no cell
            best[2] == "cells-or-seconds" or sentence[best[0]:best[1]] == "S"):  # count; "6S" is
        return None
    if best[2] == "mass" and sentence[best[0]:best[1]] == "t" and pos == at:
        return None                                  # "1t" is rare; "20t" might be a name
    return best


def _is_name_or_date(sentence: str, n: _Number) -> bool:
    before = sentence[max(0, n.start - 24):n.start]
    after = sentence[n.end:n.end + 3]
    if not n.words and _GLUED_LABEL.search(before) and _unit_at(sentence, n.end) is not None \
            and not _GLUED_LABEL.search(before).group().startswith(KNOWN_NAMES):
        return False                                 # "Total weight38 kg": a label run into it
    if re.search(r"[A-Za-z]-?$|[$€£#№]\s?$", before) or re.match(
            r"\s?(?:%|per ?cent|st\b|nd\b|rd\b|th\b)", after):
        return True
    word = re.search(r"\b([A-Za-z]+)[ \t]$", before)
    if re.match(r"[A-Za-z]", after[:1]) and not n.words:
        if word and word.group(1) in KNOWN_NAMES:
            return True                              # "Shahed 136s": a type name, no seconds
        # glued letters that are not a unit ("868x", "2am", "7pm") are names or times
        return _unit_at(sentence, n.end) is None or sentence[n.end:n.end + 2] in ("am", "pm")
    if word and not n.words:
        w = word.group(1)
        if w.lower() in _MONTHS:
            return True
        if w[0].isupper() and w.lower() not in _NOT_NAMES and w.lower() not in _QUALIFIER_WORDS \
                and not (w not in KNOWN_NAMES and _unit_at(sentence, n.end) is not None):
            return True                              # "Shahed 129", "Matrice 100"; not a
            # spec label before a value with its unit ("Battery 5880 mAh", "Weight 38 kg")
    if _MONTH_AFTER.match(sentence[n.end:n.end + 12]) and not n.words:
        return True                                  # "7 November"
    if n.value is not None and not n.words and 1900 <= n.value <= 2100 and n.value == int(
            n.value) and _unit_at(sentence, n.end) is None and "," not in sentence[
                n.start:n.end] and not _range_with_unit(sentence, n.end):
        return True                                  # a year (not "2,000" nor "2000-2500 km")
    return False


#: A spec-table label run into its value: a word ending in two lower-case letters, right
#: before the digits ("weight38 kg", "Diameter54 inch"; not "RFD868x", "T40", "Shahed-136").
_GLUED_LABEL = re.compile(r"(?<![A-Za-z])[A-Za-z]*[a-z]{2}$")
#: Prepositions and qualifiers before "a"/"an" + time unit that make it a duration ("for an
#: hour", "in a minute"); after a noun with a number before it, it is a rate ("10 acres of
#: farmland an hour", "47 round trips a day").
_DURATION_BEFORE = {"for", "in", "within", "about", "around", "nearly", "almost", "over",
                    "under", "than", "of", "half", "quarter", "after", "lasting", "to", "up",
                    "some", "roughly", "just", "only", "least", "most", "approximately",
                    "by", "past", "another", "once", "barely", "and", "or"}
#: "100x33 mm", "365 x 215 x 195 mm": the sizes of a box, one figure.
_DIMENSIONS = re.compile(r"\d[\d,.]{0,12}(?:\s?[x×]\s?\d[\d,.]{0,12}){1,2}(?=\s?[A-Za-z])")
#: "3770 ± 10 g": a value with its tolerance.
_TOLERANCE = re.compile(r"\s?(?:±|\+/-|\+-)\s?(\d[\d,.]{0,12})")


def _is_rate(sentence: str, n: _Number) -> bool:
    """ "an hour" after a noun that has a number before it ("10 acres of farmland an hour")."""
    if sentence[n.start:n.end].lower() not in ("a", "an", "per"):
        return False
    before = sentence[max(0, n.start - 50):n.start]
    word = re.search(r"([A-Za-z]+)\s+$", before)
    if word is None or word.group(1).lower() in _DURATION_BEFORE:
        return False
    clause = re.split(r"[,;:]", before)[-1]
    return bool(re.search(r"\d|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", clause,
                          re.IGNORECASE))


def _range_with_unit(sentence: str, at: int) -> bool:
    """Whether a range's second number and a unit follow ``at`` ("-2,500 km")."""
    m = re.match(r"\s*(?:-|–|—|to)\s*\d[\d,.]*", sentence[at:at + 40])
    return bool(m) and _unit_at(sentence, at + m.end()) is not None


def find_figures(sentence: str, offset: int) -> list[dict]:
    """The figures of one sentence, each a dict: kind ("figure"/"count"), start, end, written,
    dim (the unit's dimension key), abs_start (``offset + start``), note, and for counts what
    is counted."""
    numbers = _numbers(sentence)
    written = [n for n in numbers if n.written]       # usually none: no scan per figure
    out, used_until = [], -1
    for k, n in enumerate(numbers):
        prop = None if n.words else notation_at(sentence, n.start)   # "16x5.5 props", "35 C heat"
        if n.start < used_until or _is_name_or_date(sentence, n) and not prop or decade(
                sentence, n.start) or (n.words and _is_rate(sentence, n)):       # name (issue 10)
            continue
        fig = (prop or _sized_at(sentence, n) or _range_at(sentence, numbers, k) or _point_at(
            sentence, n) or _count_at(sentence, n) or carried_unit(sentence, out, n))   # "or two"
        if fig is None or sentence[n.end:n.end + 1].isalpha() and any(
                a <= n.start and fig["end"] <= b for a, b in _name_spans(sentence)):
            continue                  # "DJI Air 2S": a figure inside a name is the name's
        start, end = fig["start"], fig["end"]
        q = _qualifier_start(sentence, start)
        if q is not None:
            start = q
            q2 = _qualifier_start(sentence, start)
            if q2 is not None and fig["kind"] != "count":   # "up to about four pounds"
                start = q2
        if fig.get("between"):
            b = re.search(r"between\s+$", sentence[max(0, start - 12):start], re.IGNORECASE)
            if b:
                start -= len(sentence[max(0, start - 12):start]) - b.start()
        t = _TRAILING_AFTER.match(sentence, end)
        if t and fig["kind"] != "count" and q is None:
            end = t.end()
        c = fig.get("canonical")               # "up to 1 hour 50 minutes" -> "up to 110 min"
        if c and fig["kind"] != "count" and "+" not in c:       # (a "40+" has its own bound)
            fig["canonical"] = sentence[start:fig["start"]] + c + sentence[fig["end"]:end]
        conv = _CONVERSION.match(sentence, end) or _or_conv(sentence, end, sentence[start:end])
        inner = _unit_at(sentence, conv.start(2)) if conv else None
        if foreign_bracket(inner, fig.get("dim"), conv, sentence[start:end]):   # "(4S)", "(4T)"
            conv = None
        note = None
        if conv and fig["kind"] != "count":
            also = " ".join(conversion_parts(conv))     # "(370 km/h to 556 km/h)"
            decimal = decimal_text(sentence[start:end])     # "1.500 kg": 1.5 (issue 10)
            off = _conversion_mismatch(decimal, also)
            grouped = _THOUSANDS_DOT.sub(r"\1\2", sentence[start:end])
            if off and grouped != sentence[start:end] and not _conversion_mismatch(grouped, also):
                # "13.000ft (4000m)": a dot grouping thousands, as the conversion shows
                fig["canonical"], off = grouped, None
                fig["note"] = f"read as {grouped}: the dot groups thousands, as ({also}) shows"
            elif settled := by_conversion(sentence[start:end], also):   # "1.500 kg (3.3 lb)"
                fig["canonical"], fig["note"] = settled
            note, precise = bracket_note(sentence[start:end], fig, conv, off)   # "(81.43 min)"
            fig["canonical"] = precise or fig.get("canonical")
            used_until = conv.end()
        else:
            used_until = max(used_until, end)
        note = "; ".join(x for x in (fig.get("note"), note) if x) or None   # "2 x 5 kg"'s
        fig.update(start=start, end=end, written=sentence[start:end], note=note,
                   abs_start=offset + start)
        unit_note(fig, sentence[end:])         # a tank's volume, a "4S2P" pack, a rate
        inside = [(n.start, n.end, n.value, n.written) for n in written
                  if start <= n.start < end] if written else []
        if inside and fig["kind"] != "count":
            fig["canonical"] = plain_digits(fig.get("canonical") or fig["written"])
            fig["note"] = "; ".join(x for x in (note, written_note(sentence, inside)) if x)
        out.append(fig)
    return out


def _qualifier_start(sentence: str, start: int) -> int | None:
    """Where a qualifier written just before ``start`` begins ("up to 3 kg"), or None."""
    before = sentence[max(0, start - 24):start]
    q = _QUALIFIER_BEFORE.search(before)
    return None if q is None else start - (len(before) - q.start(1))


def _conversion_mismatch(first: str, second: str) -> str | None:
    """How a figure's conversion in brackets disagrees with it by more than 25 % ("31km
    (57nm)": 57 nautical miles are 106 km), or None when it agrees or cannot be compared."""
    from .figures import parse                       # a late import: figures is heavier
    try:
        a, b = parse(first).nominal, parse(second).nominal
        if a.dimensionality != b.dimensionality or not a.magnitude:
            return None
        ratio = float((b / a).to("").magnitude)
    except Exception:                                # noqa: BLE001 - any unreadable pair
        return None
    if math.isfinite(ratio) and 0.8 <= ratio <= 1.25:
        return None
    return f"{b.to(a.units).magnitude:.4g} {a.units:~P}"


def _sized_at(sentence: str, n: _Number) -> dict | None:
    """ "365 x 215 x 195 mm" (a box's sizes: one context figure) or "3770 ± 10 g" (a value
    and its tolerance: read as the range it spans, "3760-3780 g")."""
    if n.words:
        return None
    box = _DIMENSIONS.match(sentence, n.start)
    if box:
        unit = _unit_at(sentence, box.end())
        times = re.fullmatch(r"(\d{1,2})\s?[x×]\s?(\d[\d,.]{0,12})", box.group())
        if unit is not None and unit[2] != "length" and times:   # "2 x 5 kg bombs": the total
            count, each = int(times.group(1)), float(times.group(2).replace(",", ""))
            word = sentence[unit[0]:unit[1]]
            return dict(kind="figure", start=n.start, end=unit[1], dim=unit[2], vague=False,
                        value=count * each, canonical=f"{unambiguous(f'{count * each:g}')} {word}",
                        note=f"{count} x {times.group(2)} {word}: read as their total")
        if unit is not None:
            return dict(kind="figure", start=n.start, end=unit[1], dim="dimensions",
                        vague=False)
    tol = _TOLERANCE.match(sentence, n.end)
    if tol and n.value is not None:
        unit = _unit_at(sentence, tol.end())
        try:
            plus = float(plain_digits(tol.group(1)).replace(",", ""))   # "1,5": 1.5, noted
        except ValueError:
            return None
        if unit is None or not 0 < plus < n.value:
            return None
        word = sentence[unit[0]:unit[1]]
        return dict(kind="figure", start=n.start, end=unit[1], dim=unit[2], vague=False,
                    value=n.value, canonical=f"{n.value - plus:g}-{n.value + plus:g} {word}")
    return None


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


#: "2,000 kilometers (1,250 miles)", "6.8 kilograms (roughly 15 pounds)", "230 miles per hour
#: (370 kilometers per hour)", "50 and 80 meters (164 to 262 ft)": a conversion; also two of
#: them ("2 US tons (4,000 lb/1,814 kg)", Rhaegal) and a spoken one ("10.3ft (three metre)").
_CONVERSION = re.compile(r"(?:\s(?:speed|range|altitude|height|distance|payload|weight|mass|cargo|"
                         r"of (?:gasoline|petrol|fuel|diesel)))?\s*[(\[]\s*(?:~|about |roughly |"
                         r"approximately |around |some |nearly |almost |over |more than |up to )?"
                         r"(\d[\d,.]*(?:\s?(?:-|–|to)\s?\d[\d,.]*)?|(?:one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|eleven|twelve)(?= ))\s*-?\s*([A-Za-z]+(?:[ \t]?/[ \t]?"
                         r"[A-Za-z]+)?(?: (?:per|an?) [A-Za-z]+)?)(?:\s?(?:-|–|to)\s?(?P<hi>\d[\d,.]*)\s?\2)?"
                         r"(?:\s*/\s*\d[\d,.]*\s*-?\s*[A-Za-z]+(?:/[A-Za-z]+)?)?\s*[)\]]", re.I)
_PLUS_WORD = re.compile(r"[ -]plus(?=[ -])", re.IGNORECASE)
_THOUSANDS_DOT = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{3})(?![\d.])")   # "13.000ft"
_INCHES_AT_END = re.compile(r"[ \t]?(in)\.?[ \t]*(?=$|\n|[,;|)]|\s{2})")


#: A word between a number and its time unit that changes no value ("two full hours").
_FULL_TIME = re.compile(r"[ \t]+(?:full|whole|solid|straight|entire)(?=[ \t])")


def _point_at(sentence: str, n: _Number) -> dict | None:
    if n.inner and n.inner.lower() in UNITS:         # "an hour and a half": its unit inside
        return dict(kind="figure", start=n.start, end=n.end, dim=UNITS[n.inner.lower()],
                    vague=n.vague, value=n.value)
    spoken_plus = _PLUS_WORD.match(sentence, n.end) if not n.words else None   # "40-plus"
    plus = spoken_plus.end() - n.end if spoken_plus else int(
        sentence[n.end:n.end + 1] == "+" and not n.words)            # "60+ minutes": at least
    unit = _unit_at(sentence, n.end + plus)
    full = _FULL_TIME.match(sentence, n.end + plus) if unit is None else None
    if full and (unit := _unit_at(sentence, full.end())) and unit[2] in ("time", "long-time"):
        # "up to two full hours", "a whole day" (dronedj, trials_new7): read as "two hours"
        return dict(kind="figure", start=n.start, end=unit[1], dim=unit[2], vague=n.vague,
                    value=n.value, canonical=f"{sentence[n.start:n.end]} "
                                             f"{sentence[unit[0]:unit[1]]}")
    unit = None if full else unit
    inches = _INCHES_AT_END.match(sentence, n.end + plus) if unit is None else None
    if inches:           # "Wingspan: 85 in" ends its line: inches ("5 km in 10 min" is no unit)
        unit = (inches.start(1), inches.end(1), "length")
    if unit is None:
        if n.vague:
            m = re.match(r"\s*(?:or (?:hundreds|thousands|tens|dozens) of\s*)?", sentence[n.end:])
            unit = _unit_at(sentence, n.end + m.end()) if m else None
            if unit is None:
                return None
        else:
            return None
    fig = dict(kind="figure", start=n.start, end=unit[1], dim=unit[2], vague=n.vague,
               value=n.value)
    if spoken_plus:                                  # read as parse writes it: "40+ minutes"
        fig["canonical"] = f"{sentence[n.start:n.end]}+ {sentence[unit[0]:unit[1]]}"
    joined = joined_duration(sentence, n.end, unit, n.value)
    if joined:
        # "1 hour 50 minutes", "1 minute and 30 seconds", "25 days, 23 hours and 57 minutes":
        # one duration, read as its total
        return dict(fig, end=joined[0], canonical=joined[1])
    two = second_unit(sentence, unit, n.value)     # "9 feet 2 inches", "4 lb 6 oz": one
    if two:                                          # figure, read as the total parse reads
        fig.update(end=two[0], canonical=two[1])
    return fig


def _count_at(sentence: str, n: _Number) -> dict | None:
    """ "three attack drones", "four electric motors", "46 of the drones": a number, at most
    three words, then a counted noun; "two 22,000 mAh batteries": a number of packs."""
    if n.vague or n.value is None or not math.isfinite(n.value) or n.value != int(n.value) \
            or n.value < 1:
        return None
    packs = _PACKS_AFTER.match(sentence, n.end)
    if packs and _NOT_FITTED_BEFORE.search(sentence[max(0, n.start - 20):n.start]):
        return None                                  # "removing one battery", "a spare pack"
    if packs and (packs["mods"] or packs["noun"].lower().startswith("batter")):
        # the count alone: the figures between it and the noun stay figures of their own
        return dict(kind="count", start=n.start, end=n.end, dim="count", counted="packs",
                    value=n.value, number=sentence[n.start:n.end])
    compound = _COMPOUND_AFTER.match(sentence, n.end)
    if compound:                                     # "an eight-rotor drone", "a six-motor"
        noun = COUNT_NOUNS.get(compound.group(1).lower() + "s")
        if noun and n.value <= MAX_BUILD_COUNT:
            return dict(kind="count", start=n.start, end=compound.end(), dim="count",
                        counted=noun, value=n.value, number=sentence[n.start:n.end])
        return None
    if sentence[n.end:n.end + 1] == "-":
        return None                                  # "one-way", "two-stroke": no count
    words = list(_WORDS_AFTER.finditer(sentence, n.end, min(len(sentence), n.end + 80)))[:6]
    k = 0
    if len(words) >= 2 and [w.group().lower() for w in words[:2]] == ["of", "the"]:
        if n.value < 2:
            return None                              # "one of the drones" counts nothing
        k = 2
    sized = False
    for j in range(k, min(k + 4, len(words))):
        word = words[j].group()
        noun = COUNT_NOUNS.get(word.lower()) or (
            "drones" if word.endswith("s") and word[:-1] in KNOWN_NAMES else None)
        if noun in ("rotors", "arms") and n.value > MAX_BUILD_COUNT:
            return None                              # "1671 propellers": a model number
        if noun == "drones" and n.value > 1 and word.lower() in ("drone", "uav"):
            return None                              # "100 drone deliveries": an adjective
        if noun is not None:                         # a size between: the count alone
            return dict(kind="count", start=n.start, end=n.end if sized else words[j].end(),
                        dim="count", counted=noun, value=n.value,
                        number=sentence[n.start:n.end])
        if _SIZE_WORD.fullmatch(word):
            sized = True
            continue                                 # "six 30-inch propellers": its size
        if word.lower() in _NOT_NAMES or word[0].isdigit() or word.lower() in _NUMBER_WORDS:
            return None
    return None


# --------------------------------------------------------------------------- guessing

#: "a range of 40 km", "a payload capacity of 150 kg": a cue (weight >= 2) linked by "of"/"is".
_LINKED = re.compile(r"\s*(?:(?:capacity|weight|mass|load)\s*)?(?:of|is|was|:|=)\s*(?:about |"
                     r"around |some |up to |nearly |over |more than |a |an |the )?$", re.IGNORECASE)

_ASIDE = re.compile(r"\([^()\n]{1,80}\)")
_DASH = re.compile(r"\s[—–]\s|—")                # an em or spaced en dash: an aside's ends

#: Cue words count within this many characters of the figure (exp(-200/40) < 1 %).
CUE_WINDOW = 200


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


@functools.lru_cache(maxsize=16)
def _cue_matches(sentence: str, dim: str) -> tuple:
    """Every cue word of dimension ``dim`` in ``sentence``, per cue of :data:`CUES` (starts,
    matches): found once per sentence, so that a sentence of thousands of figures is read in
    linear time (each figure then takes the matches inside its window)."""
    out = []
    for _, _, regex, _ in _CUE_RE.get(dim, ()):
        found = list(regex.finditer(sentence)) if regex is not None else []
        out.append(([m.start() for m in found], found))
    return tuple(out)


def guess_field(sentence: str, span: tuple[int, int], dim: str,
                others: tuple[tuple[int, int, str], ...] = ()):
    """Field, confidence, cue words and the runner-up ``(field, cue)`` (or None) for a figure
    of dimension ``dim`` at ``span`` of ``sentence``. ``others`` are the (start, end, dim) of
    the sentence's other figures: a cue word with a figure of the same dimension between it
    and this one is that figure's ("weighs 300 kg, carries a 50-kilogram warhead": the warhead
    is the 50 kg; in "Battery: 5000 mAh, 15.4 V" the battery is also the voltage's)."""
    scores: dict[str, tuple[float, str]] = {}
    lo, hi = max(0, span[0] - CUE_WINDOW), min(len(sentence), span[1] + CUE_WINDOW)
    dashes = [m.span() for m in _DASH.finditer(sentence, lo, hi)]
    k = bisect.bisect_left(dashes, (span[0], span[0]))
    if 0 < k < len(dashes) and k % 2 == 1 and dashes[k][0] >= span[1] and \
            sentence[dashes[k - 1][1]:span[0]].strip():   # "— typically within 3 min —":
        lo, hi = dashes[k - 1][0], dashes[k][0] + 1   # an aside ("Range — 1,000 km; speed —",
        #                               the figure right after the dash: a label's, review 22)
    # a parenthesis that does not hold the figure states a condition of another thing
    # ("Max Horizontal Speed (at sea level, no wind): 23 m/s" is no wind speed)
    asides = [m.span() for m in _ASIDE.finditer(sentence, lo, hi)
              if not (m.start() <= span[0] and span[1] <= m.end())]
    # the nearest figures of the same dimension on either side: a cue word with one of them
    # between it and this figure, or nearer to it, is that figure's
    nxt = min(((a, b) for a, b, d in others if d == dim and a >= span[1]), default=None)
    prv = max(((a, b) for a, b, d in others if d == dim and b <= span[0]),
              key=lambda ab: ab[1], default=None)
    for k, (field, weight, regex, side) in enumerate(_CUE_RE.get(dim, ())):
        if regex is None:
            candidates = [(weight, "(unit)")]
        else:
            candidates = []
            starts, found = _cue_matches(sentence, dim)[k]
            for m in found[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]:
                if m.end() > hi:
                    continue
                if _distance(m.span(), span) == 0 and m.start() >= span[0]:
                    continue                         # the unit word itself ("knots")
                if any(a <= m.start() and m.end() <= b for a, b in asides):
                    continue
                near = span[0] - m.end() if side == "just-before" else m.start() - span[1]
                if side in ("after", "next", "just-before") and not (
                        0 <= near <= (24 if side == "after" else 2)):
                    continue
                if side == "after" and field == "context" and (
                        dim == "length" and (_REACH.match(sentence, span[0]) or
                                             TARGET_REACH.search(sentence, lo, span[0]))
                        or _ASIDE_BREAK.search(sentence, span[1], m.start())):
                    continue        # "up to 150km away": a reach; "490 km - the distance from"
                if side == "before" and (m.start() >= span[1] or field == "dive_speed" and prv
                                         and m.end() <= prv[0]):   # "dives at 300, and 120"
                    continue
                if m.start() >= span[1] and nxt is not None and (
                        nxt[1] <= m.start() or
                        m.end() <= nxt[0] and nxt[0] - m.end() < m.start() - span[1]):
                    continue                         # the next figure's (between, or nearer)
                if m.end() <= span[0] and prv is not None and side != "before" and (
                        m.end() <= prv[0] or
                        prv[1] <= m.start() and m.start() - prv[1] < span[0] - m.end()
                        and not _LINKED.match(sentence, m.end(), span[0])):
                    continue                         # the previous figure's (unless linked)
                d = _distance(m.span(), span)
                link = 2.0 if weight >= 2.0 and m.end() <= span[0] and _LINKED.match(
                    sentence, m.end(), span[0]) else 1.0
                candidates.append((link * weight * math.exp(-d / 40.0), m.group()))
        for score, word in candidates:
            if score > scores.get(field, (0.0, ""))[0]:
                scores[field] = (score, word)
    work_rate(sentence, span, dim, scores, others)   # an area's time is no flight's, and back
    if not scores:
        return "context", 0.3, (), None
    best = max(scores, key=lambda f: scores[f][0])
    if best == "speed" and _REACH.match(sentence, span[0]) and not AT_CONDITION.search(
            sentence, lo, span[0]):                          # "12 hours at up to...":
        # "speeds of up to 144 km/h": the fastest it goes           # another claim's condition
        scores["top_speed"] = (scores.pop("speed")[0], "up to")
        best = "top_speed"
    total = sum(s for s, _ in scores.values())
    confidence = scores[best][0] / total if total else 0.0
    if len(_CUE_RE.get(dim, ())) == 1:
        confidence = 0.9
    ranked = sorted(scores, key=lambda f: -scores[f][0])
    runner_up = (ranked[1], scores[ranked[1]][1]) if len(ranked) > 1 else None
    return best, round(min(confidence, 0.99), 2), (scores[best][1],), runner_up


def guess_role(field: str, sentence: str, start: int) -> tuple[str, str]:
    """Role of a figure of ``field`` at ``start`` in ``sentence``, and why."""
    if field == "context":
        return "context", "not about the machine's performance or build"
    before = sentence[max(0, start - 80):start]
    if field in ("payload_mass", "max_payload") and _PART_OF.search(before):
        return "input", PART_NOTE
    if field == "payload_mass" and WITH_LOAD.search(before):   # "can fly 16 km with 30 kg"
        return "input", WITH_LOAD_WHY
    if field == "payload_mass" and is_capacity_bound(sentence, start, before):
        return "claim", "a capability ('up to' a load it carries)"   # "carries up to 10 kg"
    if field in INPUT_FIELDS:
        clause = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
        capability = _CAPABILITY.search(before, clause) if field in CAPABLE_FIELDS else None
        if capability:          # in the figure's own clause ("crashed, ..., and 17 kg": none)
            return "claim", f"a capability ({capability.group()!r} before it)"
        if field in CAPABLE_FIELDS and _CAPACITY_AFTER.match(sentence, start):
            return "claim", "a capability ('capacity' after it)"   # "a 15 kg payload capacity"
        return "input", "a stated build fact or condition"
    return "claim", "a reported performance figure"

