"""Figure strings as reports write them: ``"3 kg"``, ``"60-70 km/h"``, ``"more than 120 minutes"``.

:func:`parse` reads one figure literally into a :class:`Figure`: a point, a closed range or an
open bound, each end a pint Quantity from the one registry :data:`dronecalc.units.ureg`.
Parsing never guesses what the writer *meant*: ``"320 kV"`` is read as 320 kilovolts. Deciding
that a figure is garbled, and what it probably meant, is the job of :mod:`dronecalc.fields`.

Grammar (case-insensitive words, whitespace optional)::

    figure    := [qualifier] number [unit]
               | [approx] number [unit] separator number unit
               | number "+" unit                       e.g. "120+ min" (at least)
    qualifier := approx | lower | upper
    approx    := "about" | "approximately" | "approx." | "around" | "roughly" | "circa"
               | "ca." | "nearly" | "almost" | "~" | "≈"
    lower     := ">" | ">=" | "≥" | "over" | "more than" | "greater than" | "above"
               | "at least" | "no less than" | "not less than" | "min." | "minimum"
    upper     := "<" | "<=" | "≤" | "under" | "less than" | "below" | "up to"
               | "at most" | "no more than" | "not more than" | "not exceeding"
               | "not to exceed" | "max." | "maximum"
    separator := "-" | "–" | "—" | "to" | "~" | ".."

A reversed range such as ``"70-60 km/h"`` is an error, never silently swapped: a report that
writes its ends the wrong way round may be garbled, and the analyst should say which it is.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

import pint

from ..errors import AmbiguousNumberError, AmbiguousUnitError, ParseError, UnitError, shorten
from .numbers import (DECIMAL_COMMA, DOTTED_GROUPS, SPACED_GROUPS, VULGAR, dotted_value,
                      normalise, vulgar_value)
from .registry import Q_, ureg
from .two_figures import two_figures
from . import dot_groups, unit_hints

Kind = Literal["point", "range", "at-least", "at-most"]

#: Longest figure text :func:`parse` reads (characters, before whitespace is folded). The
#: longest real figure in the reference cases is ~50 characters ("approximately 60 to 70
#: kilometres per hour"); anything near the limit is a pasted paragraph, not a figure.
MAX_FIGURE_LENGTH = 200

# Every pattern below runs in linear time: no quantifier is nested in another, and the one
# optional unit before a range separator cannot contain the digits that start the high end,
# so each separator position is tried once. Digits inside a unit (exponents, "m^2") are
# checked after matching, by _digits_only_in_exponents, not by the pattern.
_NUM = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_UNIT = r"[^\d\s+\-.].*"
_POINT = re.compile(rf"^(?P<a>{_NUM})\s?(?P<plus>\+(?![\d.]))?\s?(?P<unit>{_UNIT})?$")
_RANGE = re.compile(rf"^(?P<a>{_NUM})\s?(?P<ua>[^\d\s+\-.~–—][^\d~–—]*?)?\s?"
                    rf"(?:-|–|—|~|\.\.|\bto\b)\s?(?P<b>{_NUM})\s?(?P<ub>{_UNIT})?$")
_TOLERANCE = re.compile(rf"^(?P<a>{_NUM})\s?(?:±|\+/-|\+-)\s?(?P<d>{_NUM})\s?(?P<unit>{_UNIT})?$")
_EXPONENT = re.compile(r"(?:\^|\*\*)[-+]?\d{1,2}(?!\d)")
_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+)(?![\d,])")
_NONFINITE = re.compile(r"\b(?:nan|inf|infinity)\b", re.IGNORECASE)

_QUALIFIERS: tuple[tuple[str, str], ...] = tuple(
    (word, kind) for kind, words in (
        ("at-least", (">=", "≥", ">", "more than", "greater than", "over", "above", "at least",
                      "no less than", "not less than", "minimum", "min.")),
        ("at-most", ("<=", "≤", "<", "less than", "under", "below", "up to", "at most",
                     "no more than", "not more than", "not exceeding", "not to exceed",
                     "maximum", "max.")),
        ("approx", ("approximately", "approx.", "approx", "about", "around", "roughly",
                    "circa", "ca.", "nearly", "almost", "~", "≈", "c.")),
    ) for word in words)

#: The qualifiers by their first character, longest first within each (as in _QUALIFIERS).
_BY_FIRST: dict[str, tuple[tuple[str, str], ...]] = {}
for _word, _what in _QUALIFIERS:
    _BY_FIRST[_word[0]] = _BY_FIRST.get(_word[0], ()) + ((_word, _what),)
del _word, _what

# Unit spellings pint does not know, or reads as something else ("S" is siemens, "kt" is
# fine but "h" must never become Planck's constant). Keys of _ALIASES are matched exactly
# after the number; keys of _ALIASES_CI (lower case) case-insensitively. A spelling goes in
# _ALIASES_CI only when no other case of it means something else: "mWh" (milli) and "MWh"
# (mega), "mAh" and "MAh", "kn" (knot) and "kN" (kilonewton) differ by a factor up to 10^9,
# so those are matched exactly, and the spellings whose case was lost are in _AMBIGUOUS.
_ALIASES = {
    "S": "cell", "KV": "Kv", "kv": "Kv", "Kv": "Kv", "kV": "kilovolt",
    '"': "inch", "″": "inch", "''": "inch", "'": "foot", "′": "foot",
    "°C": "degC", "ºC": "degC", "℃": "degC", "°F": "degF", "ºF": "degF", "℉": "degF",
    "h": "hour", "H": "hour", "hr": "hour", "hrs": "hour", "Hr": "hour", "Hrs": "hour",
    "mAh": "mAh", "mah": "mAh", "mAH": "mAh", "MAh": "MAh",
    "mWh": "mWh", "mwh": "mWh", "mWH": "mWh", "MWh": "MWh",
    "kn": "knot", "kN": "kilonewton",
    # watt-seconds are joules ("75Ws", a forum post of review 22: dropped as no unit)
    "Ws": "watt*second", "W s": "watt*second", "W·s": "watt*second",
    "Mm": "Mm",         # megametres as SI writes them ("MM" is ambiguous, "mm" millimetres)
}
_ALIASES_CI = {
    "kmh": "km/hour", "kph": "km/hour", "kmph": "km/hour", "km/h": "km/hour",
    "km/hr": "km/hour", "kilometers per hour": "km/hour", "kilometres per hour": "km/hour",
    "kilometer per hour": "km/hour", "kilometre per hour": "km/hour",
    "km per hour": "km/hour", "km an hour": "km/hour",
    "mph": "mile/hour", "miles per hour": "mile/hour", "mile per hour": "mile/hour",
    "m/s": "m/s", "meters per second": "m/s", "metres per second": "m/s",
    "kt": "knot", "kts": "knot", "knot": "knot", "knots": "knot",
    "ah": "Ah", "wh": "Wh", "kwh": "kWh", "kw": "kW", "kg": "kg", "km": "km",
    "kgf": "kgf", "gf": "gf", "in": "inch", "in.": "inch", "inch": "inch", "inches": "inch",
    "deg c": "degC", "degc": "degC", "° c": "degC", "celsius": "degC",
    "degrees c": "degC", "degree c": "degC", "degrees celsius": "degC",
    "degree celsius": "degC", "deg f": "degF", "degf": "degF", "fahrenheit": "degF",
    "degrees f": "degF", "degrees fahrenheit": "degF",
    "min": "minute", "mins": "minute", "min.": "minute", "minute": "minute",
    "minutes": "minute", "sec": "second", "secs": "second", "kilovolt": "kilovolt",
    "kilovolts": "kilovolt", "rpm/v": "rpm/V", "rpm per volt": "rpm/V",
    # aviation writes nautical miles "nm" or "NM"; no drone figure is in nanometres
    "nm": "nautical_mile", "nmi": "nautical_mile", "nautical mile": "nautical_mile",
    "nautical miles": "nautical_mile",
    # aviation's statute miles ("300 sm (about 260 nm)", Elroy Air); a metric ton is a tonne
    # (pint's plain "ton" is the US short ton, 907 kg)
    "sm": "mile", "statute mile": "mile", "statute miles": "mile",
    "metric ton": "tonne", "metric tons": "tonne", "metric tonne": "tonne",
    "metric tonnes": "tonne", "us ton": "short_ton", "us tons": "short_ton",
    "short ton": "short_ton", "short tons": "short_ton",
    # airspeeds in knots, indicated / true / calibrated (an aircraft spec page's "40 kias"):
    # read as knots; indicated equals true airspeed at sea level only (ISA), which is how
    # the model flies a claim with no altitude
    "kias": "knot", "ktas": "knot", "kcas": "knot",
    # brake horsepower is the engine's shaft power in horsepower ("Max Power: 5 BHP")
    "bhp": "horsepower", "hp": "horsepower",     # "a 220 HP motor": no other unit is "HP"
    # a spec table's capitals ("5 KGS", "17 CM", "13,000 FT"); "mm" here is every case but
    # "Mm" (megametres, exact in _ALIASES) and "MM" (ambiguous, in _AMBIGUOUS)
    "kgs": "kg", "cm": "cm", "mm": "mm", "ft": "foot",
    # plurals news copy writes ("a range of 12 miles (19kms)", "500 gms", "2.5 Lbs"): no
    # other unit is spelt so in any case (ux8: "40 kms" was an unknown unit, "8 Kgs" read)
    "kms": "km", "gms": "gram", "lbs": "pound", "lb": "pound",
    # "a warhead of up to 15 kilos", "480 kilos" (review 17): the press's word for kilograms
    # (pint read "3 kilos" as 3 kiloseconds, so it had been refused with "write '3 kg'")
    "kilo": "kg", "kilos": "kg",
    "watt-seconds": "watt*second", "watt seconds": "watt*second",
    # British and Indian spellings ("2 kilogrammes", "500 grammes"; review 23 F10: unknown units)
    "kilogramme": "kg", "kilogrammes": "kg", "gramme": "gram", "grammes": "gram",
    # a tank's capacity: "fl oz" was read as femtolitre-ounces (a volume times a mass)
    "fl oz": "fluid_ounce", "fl. oz": "fluid_ounce", "fl. oz.": "fluid_ounce",
    "fl.oz": "fluid_ounce", "fl.oz.": "fluid_ounce", "floz": "fluid_ounce",
    "fluid ounce": "fluid_ounce", "fluid ounces": "fluid_ounce",
    # "14 consecutive days", "30 consecutive hours" (spokesman.com on the Zephyr, trials_new8)
    **{f"consecutive {w}s": w for w in ("day", "week", "hour")},
    "us fl oz": "fluid_ounce", "us gal": "gallon", "us gallon": "gallon",
    "us gallons": "gallon",
}
#: Spellings whose case decides the unit but does not follow SI (all capitals, or a capital
#: prefix with a lower-case unit), so the meaning is lost: never guessed, always flagged.
#: Spelling -> the units it may mean, the commonest in drone reports first.
#: A unit written as a word with a capital or in capitals ("Tonnes", "Kilograms", "MILES"):
#: a spelt-out word has no case that changes its unit, so it is read in lower case (review 22:
#: "1.5 Tonnes" was an unknown unit). Symbols (kg, mWh, MAH) are never folded so.
_CAPITAL_WORD = re.compile(r"(?:[A-Z][a-z]{3,}|[A-Z]{4,})(?: (?:[A-Z][a-z]+|[A-Z]{2,}))*")
_AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "MAH": ("mAh", "MAh"), "Mah": ("mAh", "MAh"), "MaH": ("mAh", "MAh"),
    "MWH": ("mWh", "MWh"), "Mwh": ("mWh", "MWh"), "MwH": ("mWh", "MWh"),
    "KN": ("knot", "kilonewton"), "Kn": ("knot", "kilonewton"),
    "MM": ("mm", "Mm"),
}
_UNIT_NAMES = {"mAh": "milliampere-hours", "MAh": "megaampere-hours", "mWh": "milliwatt-hours",
               "MWh": "megawatt-hours", "knot": "knots", "kilonewton": "kilonewtons",
               "mm": "millimetres", "Mm": "megametres"}


@dataclass(frozen=True)
class Figure:
    """One figure as a report states it, read literally.

    Attributes
    ----------
    text : str
        The original text.
    low, high : pint.Quantity or None
        The ends; both equal for a point, ``None`` for an open end.
    kind : {"point", "range", "at-least", "at-most"}
        What the text states.
    approximate : bool
        Whether the text hedges (``"about 25 min"``).
    """

    text: str
    low: pint.Quantity | None
    high: pint.Quantity | None
    kind: Kind
    approximate: bool = False

    @property
    def unit(self) -> pint.Unit:
        """The unit the figure is stated in."""
        return (self.low if self.low is not None else self.high).units

    @property
    def is_point(self) -> bool:
        """True for a single value (``"3 kg"``)."""
        return self.kind == "point"

    @property
    def nominal(self) -> pint.Quantity:
        """The point, the midpoint of a range, or the one bound of an open figure.

        The midpoint is taken in the figure's own unit, so it is also right for offset units
        such as degC (whose midpoint is the same in any temperature scale).
        """
        if self.kind == "range":
            return Q_((self.low.magnitude + self.high.m_as(self.low.units)) / 2, self.low.units)
        return self.low if self.low is not None else self.high

    def to(self, unit: str | pint.Unit) -> "Figure":
        """The same figure with its ends converted to ``unit``.

        Raises
        ------
        UnitError
            If ``unit`` is unknown or of another dimension.
        """
        target = _unit_or_error(str(unit), self.text) if isinstance(unit, str) else unit
        try:
            low, high = (None if e is None else e.to(target) for e in (self.low, self.high))
        except pint.DimensionalityError as exc:
            raise UnitError("cannot convert", value=self.text,
                            expected=f"a figure convertible to {target:~P}") from exc
        return Figure(self.text, low, high, self.kind, self.approximate)

    def __str__(self) -> str:
        return self.text


def parse(text: str, *, decimal_point: bool = False) -> Figure:
    """Read a figure string literally (at most :data:`MAX_FIGURE_LENGTH` characters).

    Parameters
    ----------
    text : str
        A figure as written: ``"3 kg"``, ``"60-70 km/h"``, ``"> 120 min"``, ``"6S"``.
    decimal_point : bool
        Read a point before exactly three digits (``"2.355 kg"``) as a decimal point, as for
        a string a program wrote (:func:`dronecalc.intake.units.to_si`); by default it is
        refused as ambiguous (:mod:`dronecalc.intake.dot_groups`), as for a person's text.

    Returns
    -------
    Figure

    Raises
    ------
    ParseError
        Empty text, no number, NaN or infinity, a reversed range, or text left over;
        :class:`~dronecalc.errors.AmbiguousNumberError` for ``"1.200 km"`` (1.2 or 1200?).
    UnitError
        A unit word pint does not know, a logarithmic unit (dB), or range ends of different
        dimensions; :class:`~dronecalc.errors.AmbiguousUnitError` for a spelling whose
        letter case decides the unit but was lost ("5000 MAH"; see :func:`readings`).

    Examples
    --------
    >>> parse("60-70 km/h").nominal
    <Quantity(65.0, 'kilometer / hour')>
    >>> parse("more than 120 minutes").kind
    'at-least'
    """
    try:
        return _parse(text, None, not decimal_point)
    except (AmbiguousUnitError, AmbiguousNumberError):
        raise
    except (ParseError, UnitError) as exc:
        from . import compound, tolerance   # "48 min 10 s": one duration, its sum; "5 kg
        for read in (compound.read, tolerance.read):        # ± 1": 4-6 kg (ux9)
            figure = read(text, lambda t: _parse(t, None, not decimal_point))
            if figure is not None:
                return figure
        generic = str(exc).startswith(("cannot read figure", "unknown unit"))
        hint = _hint(text) if generic and isinstance(text, str) else None   # others say more
        if hint is None:
            raise
        raise type(exc)(hint[0], value=text, expected=hint[1]) from exc


#: "40-plus minutes", "30 plus km": the number's "plus" (at least), as extract reads it.
_PLUS_WORD = re.compile(r"(?<=\d)[ -]plus(?=[ -])", re.IGNORECASE)
#: Spec-sheet habits that are not a figure, each read only to say what to write instead.
_HOURS_MINUTES = re.compile(r"^\s*(\d{1,2}):([0-5]\d)\s*(?:h|hr|hrs|hours?)?\s*$", re.IGNORECASE)
#: Hours and minutes run together ("2h30", "1 h 45"): read only to say what to write.
_H_AND_MINUTES = re.compile(r"^\s*(\d{1,2})\s*h\s*([0-5]?\d)\s*$", re.IGNORECASE)
#: "20 km+", "2 hours+": the at-least '+' after the unit instead of after the number.
_UNIT_PLUS = re.compile(r"^\s*(\d[\d.,]*)\s*([^\d\s+][^+]*?)\s*\+\s*$")
#: "20-30 km+": a range with the '+' after its unit (note s24: no hint had been given).
_RANGE_PLUS = re.compile(r"^\s*(\d[\d.,]*)\s*(?:-|–|to)\s*(\d[\d.,]*)\s*([^\d\s+][^+]*?)\s*"
                         r"\+\s*$")
#: A qualifier before one of those habits: "up to 2h30" (note s24: no hint had been given).
_QUALIFIED = re.compile(r"(?i)^\s*(up to|about|around|approximately|over|more than|at least|"
                        r"under|less than|nearly|almost|roughly)\s+(?=\d)")
#: "5 kilo metres": the prefix spaced off its unit.
_KILO_METRES = re.compile(r"(?i)(?<![A-Za-z])kilo\s+(?=met(?:re|er)s?\b)")
#: A Mach number ("Mach 0.8", "0.8 Mach", "M0.8"): a speed the air's temperature sets.
_MACH = re.compile(r"(?i)^\s*(?:mach\s*(\d*\.?\d+)|(\d*\.?\d+)\s*mach|m\s?(0?\.\d+))\s*$")
#: Words a spec sheet's figure and its aside take ("31 minutes (at a consistent 25 kph)": 6).
_HINT_WORDS = 10
_TIMES = re.compile(r"^\s*(\d{1,2})\s*[x×*]\s*(\S.*)$")


def _vulgar_decimal(m: re.Match) -> str:
    """A fraction character as the decimal to write ("2⅛" -> "2.1250", never ambiguous)."""
    return dot_groups.unambiguous(f"{vulgar_value(m):.4g}")


def _readable(text: str) -> bool:
    try:
        _parse(text, None)
    except Exception:                      # noqa: BLE001 - any failure: not a figure
        return False
    return True


#: Words that join a figure to its condition ("31 min at 21.6 km/h", "18 min with 5 kg"):
#: never the end of a figure, though pint reads "at" as a technical atmosphere.
_CONDITION_WORDS = {"at", "with", "carrying", "in", "for", "on", "and", "of", "over"}
#: The claim key a condition after such a word goes in, by the dimension of its figure.
_CONDITION_KEYS = {("at", "[length] / [time]"): "at_speed", ("with", "[mass]"): "payload",
                   ("carrying", "[mass]"): "payload"}


def _condition_key(tail: str) -> str | None:
    """The claim key (``at_speed``, ``payload``) of a condition written after a figure:
    ``"at 21.6 km/h"`` -> ``"at_speed"``; None when the words are no such condition."""
    parts = tail.split(None, 1)
    if len(parts) != 2 or not _readable(parts[1]):
        return None
    try:
        figure = _parse(parts[1], None)
        end = figure.low if figure.low is not None else figure.high
        dimension = str(end.dimensionality)
    except Exception:                      # noqa: BLE001 - any failure: no condition
        return None
    return _CONDITION_KEYS.get((parts[0].lower(), dimension))


def _hint(text: str) -> tuple[str, str] | None:
    """(message, expected) for a failed figure that a spec sheet's habit explains: a count
    times a figure ("2 x 274 Wh"), hours and minutes ("1:30 h"), or words before or after a
    readable figure ("72 kph (S-mode)", "4S LiPo", "a consistent 25 kph"); None otherwise.
    The figure is never taken from such a text: the analyst says which figure is meant."""
    if len(text) > MAX_FIGURE_LENGTH:
        return None
    m = _MACH.match(text)
    if m:                                              # review 10: an error loop before
        mach = float(next(g for g in m.groups() if g))
        return (f"a Mach number ('{text.strip()}'): dronecalc reads speeds, and a Mach number's "
                "speed depends on the air's temperature",
                f"the speed in km/h or kn at the altitude meant (Mach {mach:g} is about "
                f"{mach * 1225.1:.0f} km/h at sea level and {mach * 1062.2:.0f} km/h at 11 km "
                "and above, ISA)")
    if _KILO_METRES.search(text) and _readable(_KILO_METRES.sub("kilo", text)):
        return ("'kilo' spaced off its unit", f"'{_KILO_METRES.sub('kilo', text.strip())}'")
    m = _HOURS_MINUTES.match(text)
    if m:
        minutes = int(m.group(1)) * 60 + int(m.group(2))
        return (f"hours and minutes written with a colon ('{text.strip()}')",
                f"'{minutes} min' or '{minutes / 60:g} h'")
    q = _QUALIFIED.match(text)
    m = _H_AND_MINUTES.match(text[q.end():] if q else text)
    if m:                                              # "2h30": a pilot's hours and minutes
        minutes = int(m.group(1)) * 60 + int(m.group(2))
        word = f"{q.group(1)} " if q else ""           # "up to 2h30": 'up to 150 min'
        return (f"hours and minutes run together ('{text.strip()}')", f"'{word}{minutes} min'")
    m = _RANGE_PLUS.match(text)
    if m and _readable(f"{m.group(1)}-{m.group(2)} {m.group(3)}"):    # "20-30 km+"
        low, high, unit = m.groups()
        return (f"'+' after a range's unit ('{text.strip()}')",
                f"'{low}-{high} {unit}' (the range) or '{low}+ {unit}' (at least its low end)")
    m = _UNIT_PLUS.match(text)
    if m and _readable(f"{m.group(1)}+ {m.group(2)}"):   # "20 km+": at least 20 km
        return (f"'+' after the unit ('{text.strip()}')",
                f"'{m.group(1)}+ {m.group(2)}' (at least that)")
    m = VULGAR.search(text)
    if m:                                              # "3½ kg": extract reads it, parse asks
        plain = VULGAR.sub(_vulgar_decimal, text.strip())
        return (f"a fraction written as one character ('{m.group().strip()}')", f"'{plain}'")
    m = _PLUS_WORD.search(text)
    if m:                                              # "40-plus minutes": at least 40
        return (f"'plus' after the number ('{text.strip()}')",
                f"'{_PLUS_WORD.sub('+', text.strip(), count=1)}' (at least that)")
    notation = unit_hints.notation_hint(text)          # "16x5.5", "0x1F kg" (issue 10)
    if notation is not None:
        return notation
    m = _TIMES.match(text)
    if m and _readable(m.group(2)):
        return (f"a count times a figure ('{text.strip()}')",
                f"the figure of one ('{m.group(2).strip()}') and the count as its own figure "
                f"(pack_count = {m.group(1)} for packs), or the total")
    if "@" in text and (split := two_figures(*text.split("@", 1))) is not None:
        return split                                   # "10000mAh@22.2V"
    words = text.split()
    if len(words) > _HINT_WORDS:                       # a few parses, never one per word of 200
        return None
    for k in range(len(words) - 1, 0, -1):            # the longest readable start
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if words[k - 1].lower() in _CONDITION_WORDS:  # "31 minutes at" is no figure (pint's
            continue                                  # "at" is an atmosphere): "31 minutes"
        if re.search(r"[^\d\s.,+\-]", head) and _readable(head):   # a unit, not "3" of "3 furlongs"
            total = _duration_sum(head, tail)
            if total is not None and total[2]:        # "5 kg 11 lb": a conversion, not a sum
                return (f"a {total[1]} in two units ('{text.strip()}')",
                        f"one of them: the same figure in two units (text = '{head}')")
            if total is not None:                     # "1 h 50 min": following the hint below
                return (f"a {total[1]} in two units ('{text.strip()}')",  # would drop 50 min
                        f"their sum as one figure: '{total[0]}'")
            split = two_figures(head, tail)
            if split is not None:                     # "10000 mAh @ 22.2V": two fields
                return split
            key = _condition_key(tail)
            return (f"words after the figure ('{tail}')",
                    f"the figure alone (text = '{head}'); " + (
                        f"the condition in the claim's own key ({key} = "
                        f"'{tail.split(None, 1)[1]}')" if key else
                        "a condition goes in the claim's own keys (mode, at_speed, payload, "
                        "reserve)") + " and anything else in its note")
    for k in range(1, len(words)):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if _readable(tail):
            if re.search(r"\d", head):         # "5 or 6 kg", "5 - 6 - 7 kg": never hint at
                return (f"two numbers or more in one figure ('{text.strip()}')",  # '6 kg'
                        "one figure: a range as '5-6 kg', or each number as its own figure")
            return (f"words before the figure ('{head}')",
                    f"the figure alone (text = '{tail}'), with a qualifier it takes if any "
                    "('about', 'up to', 'more than'); the rest belongs in the note")
    return None


def _duration_sum(head: str, tail: str) -> tuple[str, str, bool] | None:
    """The one figure "1 h" + "50 min" write ("110 min"; "about 1 h 50 min" -> "about
    110 min"; "30 min 20 s" -> "1820 s"), and "9 ft" + "2 in" ("110 in", ux7: the hint had
    been "text = '9 ft'", dropping the inches) or "3 lb" + "4 oz" ("52 oz"), with what the
    figure is ("duration", "length", "mass") and False, when the head is one such figure and
    the tail a plain one of the same dimension in a smaller unit, less than one head unit (a
    compound measure); ("", what, True) when the two are the same figure within 5 % ("5 kg
    11 lb", "20 mi 32 km": a conversion whose brackets were lost, review 11 F10, which had
    been told to write their sum); None otherwise. A head written in words ("three ft 2 in",
    "two hours 10 min") takes no qualifier (review 11 F14: an internal error)."""
    try:
        a, b = _parse(head, None), _parse(tail, None)
    except Exception:                      # noqa: BLE001 - not two figures
        return None
    dims = {"[time]": "duration", "[length]": "length", "[mass]": "mass"}
    dim = next((d for d in dims if a.nominal.check(d) and b.nominal.check(d)), None)
    if a.kind == "range" or not b.is_point or b.approximate or dim is None:
        return None
    first, second = a.nominal.to_base_units().magnitude, b.nominal.to_base_units().magnitude
    if first > 0 and abs(second - first) <= 0.05 * first:
        return "", dims[dim], True
    one_head = (1 * a.nominal.units).to_base_units().magnitude
    smaller = (1 * b.nominal.units).to_base_units().magnitude < one_head
    if not smaller or second >= one_head:
        return None
    start = re.search(r"\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve|half)\b", head, re.IGNORECASE)
    qualifier = head[:start.start()] if start else ""
    if dim != "[time]":                    # in the tail's (the smaller) unit: "110 in"
        total = (a.nominal + b.nominal).to(b.nominal.units).magnitude
        return f"{qualifier}{total:.6g} {b.nominal.units:~}", dims[dim], False
    total = (a.nominal + b.nominal).to("minute").magnitude
    unit = "min" if abs(total - round(total)) < 1e-9 else "s"
    number = total if unit == "min" else total * 60
    return f"{qualifier}{number:.6g} {unit}", dims[dim], False


def readings(text: str) -> tuple[Figure, ...]:
    """Every literal reading of a figure: one, or one per unit an ambiguous spelling may mean.

    >>> [str(f.unit) for f in readings("5000 MAH")]
    ['mAh', 'MAh']
    """
    try:
        return (parse(text),)
    except AmbiguousUnitError as exc:
        return tuple(_parse(text, unit) for unit in exc.readings)


def _parse(text: str, reading: str | None, strict: bool = True) -> Figure:
    """:func:`parse`, with the unit ``reading`` given for an ambiguous spelling (``strict``:
    a point before three digits refused, :mod:`.dot_groups`)."""
    if not isinstance(text, str):
        raise ParseError("a figure must be a string", value=text, expected='text such as "3 kg"')
    if len(text) > MAX_FIGURE_LENGTH:
        raise ParseError(f"figure text too long ({len(text):,} characters)", value=text,
                         expected=f"one figure of at most {MAX_FIGURE_LENGTH} characters, "
                                  'e.g. "60-70 km/h" (put longer prose in a quote or note)')
    body = _clean(normalise(text))      # number words first: "three kg", "an hour"
    if not body:
        raise ParseError("empty figure", value=text, expected='a number and a unit, e.g. "3 kg"')
    if _NONFINITE.search(body):
        raise ParseError("not a finite number", value=text, expected="a finite number")
    ambiguous = strict and dot_groups.refusal(text, body)     # "1.200 km": 1.2 or 1200 km?
    if ambiguous:
        raise ambiguous
    if unit_hints.HEX.match(body):                  # "0x1F kg": never "0 times 1F kg"
        raise ParseError(unit_hints.HEX_ERROR[0], value=text, expected=unit_hints.HEX_ERROR[1])
    kind, approximate, body = _strip_qualifiers(body, text)
    tolerance = _TOLERANCE.match(body)
    if tolerance:                        # "3770 ± 10 g": the range the tolerance spans
        a, d = (float(tolerance[k].replace(",", "")) for k in ("a", "d"))
        if not 0 <= d < abs(a) or not math.isfinite(a + d):
            raise ParseError("a tolerance must be smaller than its value", value=text,
                             expected='"3770 ± 10 g" or the range "3760-3780 g"')
        body = f"{a - d:.12g}-{a + d:.12g} {tolerance['unit']}".rstrip()
    point = _POINT.match(body)
    if point and _digits_only_in_exponents(point["unit"]):
        return _point(text, point, kind, approximate, reading)
    ranged = _RANGE.match(body)
    if ranged and not _digits_only_in_exponents(ranged["ub"]):
        ranged = None
    if ranged and kind == "point":
        return _range(text, ranged, approximate, reading)
    if ranged:
        unit = ranged["ub"] or ""
        word = {"at-most": "up to", "at-least": "more than"}.get(kind, kind)
        end = ranged["b"] if kind == "at-most" else ranged["a"]
        raise ParseError(f"a range cannot also be an open bound ('{word}' before it)",
                         value=text,
                         expected=f'either the range "{ranged["a"]}-{ranged["b"]} {unit}" or '
                                  f'the bound "{word} {end} {unit}", not both')
    if not re.search(r"\d", body):
        frac = VULGAR.search(body)
        if frac:                                       # "½ kg"
            plain = VULGAR.sub(_vulgar_decimal, text.strip())
            raise ParseError(f"a fraction written as one character ('{frac.group()}')",
                             value=text, expected=f"'{plain}'")
        raise ParseError("no number", value=text, expected='a number and a unit, e.g. "3 kg"')
    dotted = DOTTED_GROUPS.search(body)
    if dotted:         # "1.234,5 km": European thousands points are never guessed either
        value = f"{dotted_value(dotted.group()):.12g}"
        raise ParseError(f"thousands grouped by a point ('{dotted.group()}')", value=text,
                         expected=f"a decimal point and no thousands points: write '{value}' "
                                  "(a point is read only as a decimal point)")
    comma = DECIMAL_COMMA.search(body)
    if comma:          # "21,6 km/h": a decimal comma is never guessed (nor "1,5" as 15)
        point = comma.group().replace(",", ".")
        raise ParseError(f"a decimal comma ('{comma.group()}')", value=text,
                         expected=f"a decimal point: write '{point}' (a comma is read only as a "
                                  "thousands separator before three digits, as in '1,200 g')")
    spaced = SPACED_GROUPS.search(body)
    if spaced:         # "12 000 km": digits grouped by a space are never joined by guessing
        joined = re.sub(r"\D", "", spaced.group())
        raise ParseError(f"digits grouped by a space ('{spaced.group()}')", value=text,
                         expected=f"one number: write '{joined}' (or '{int(joined):,}'), or "
                                  "the figures apart if the source means two")
    raise ParseError("cannot read figure", value=text,
                     expected='"3 kg", "60-70 km/h", "more than 120 min" or similar')


def _digits_only_in_exponents(unit_text: str | None) -> bool:
    """A unit may hold digits only as exponents ("m^2", "m**-1"), never as another number."""
    return unit_text is None or not re.search(r"\d", _EXPONENT.sub("", unit_text))


#: The other dashes a range is written with, as the hyphen-minus or em dash they stand for:
#: hyphen, non-breaking hyphen, figure dash, small and fullwidth hyphen-minus, horizontal bar
#: ("5\u20126 kg" was "cannot read", "5 \u2010 6 kg" "words before the figure ('5 \u2010')"; fuzz8).
_DASHES = str.maketrans({"\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-",
                         "\ufe63": "-", "\uff0d": "-", "\u2015": "\u2014"})


def _clean(text: str) -> str:
    body = " ".join(text.translate(_DASHES).split())
    return _THOUSANDS.sub(lambda m: m.group(1).replace(",", ""), body)


def _strip_qualifiers(body: str, text: str) -> tuple[str, bool, str]:
    """Leading qualifier words, read left to right in one pass (linear in the text)."""
    kind, approximate, pos = "point", False, 0
    while True:
        for word, what in _BY_FIRST.get(body[pos:pos + 1].lower(), ()):
            if body[pos:pos + len(word)].lower() == word and _word_ends(body, word, pos):
                pos += len(word)
                while pos < len(body) and body[pos].isspace():
                    pos += 1
                break
        else:
            return kind, approximate, body[pos:]
        if what == "approx":
            approximate = True
        elif kind == "point":
            kind = what
        else:
            raise ParseError("two bounds in one figure", value=text,
                             expected='one of "over", "under", "at least", "up to"...')


def _word_ends(body: str, word: str, pos: int = 0) -> bool:
    """A qualifier word must not run into the next word ("overall", "about6" is fine)."""
    end = pos + len(word)
    if not word[-1].isalpha() or len(body) == end:
        return True
    return not body[end].isalpha()


def _point(text: str, m: re.Match, kind: str, approximate: bool, reading: str | None) -> Figure:
    value = _quantity(m["a"], m["unit"], text, reading)
    if m["plus"]:
        if kind != "point":
            raise ParseError("two bounds in one figure", value=text, expected='e.g. "120+ min"')
        kind = "at-least"
    low = value if kind in ("point", "at-least") else None
    high = value if kind in ("point", "at-most") else None
    return Figure(text, low, high, kind, approximate)


def _range(text: str, m: re.Match, approximate: bool, reading: str | None) -> Figure:
    high = _quantity(m["b"], m["ub"], text, reading)
    low = (_quantity(m["a"], m["ua"], text, reading) if m["ua"]
           else Q_(_number(m["a"], text), high.units))
    try:
        low_in_high = low.m_as(high.units)
    except pint.DimensionalityError as exc:
        raise UnitError("range ends of different dimensions", value=text,
                        expected="both ends in compatible units") from exc
    if low_in_high > high.magnitude:     # the user's own range swapped (ux7: "60-40 kg" was
        ub, ua = (m["ub"] or "").strip(), (m["ua"] or "").strip()   # told "e.g. 60-70 km/h")
        swapped = (f"{m['b']} {ub}-{m['a']} {ua}" if ua else f"{m['b']}-{m['a']} {ub}")
        if re.search(r"\d", text):         # its qualifier kept: "about 40-60 kg"
            swapped = re.match(r"\D*", text.strip()).group() + swapped
        raise ParseError("reversed range (low end after high end)", value=text,
                         expected=f"the low end first: '{swapped.strip()}'")
    return Figure(text, low, high, "range", approximate)


def _number(token: str, text: str) -> float:
    value = float(token)
    if not math.isfinite(value):
        raise ParseError("number out of range", value=text, expected="a finite number")
    return value


def _quantity(number: str, unit_text: str | None, text: str,
              reading: str | None = None) -> pint.Quantity:
    value = _number(number, text)
    if unit_text is None or not unit_text.strip():
        return Q_(value, ureg.dimensionless)
    thousand = unit_hints.thousand_k(number, unit_text.strip(), text)   # "1.5k mAh"
    if thousand is not None:
        raise thousand
    return Q_(value, _unit_or_error(unit_text.strip(), text, reading))


def _unit_or_error(unit_text: str, text: str, reading: str | None = None) -> pint.Unit:
    if unit_text in _AMBIGUOUS and reading in _AMBIGUOUS[unit_text]:
        return ureg.parse_units(reading)
    if unit_text in _AMBIGUOUS:
        readings = _AMBIGUOUS[unit_text]
        raise AmbiguousUnitError(
            f"ambiguous unit {unit_text!r}: its letter case decides the unit", value=text,
            readings=readings, expected=" or ".join(f"{u} ({_UNIT_NAMES.get(u, u)})"
                                                    for u in readings) + ", written so")
    name = _ALIASES.get(unit_text) or _ALIASES_CI.get(unit_text.lower()) or unit_text
    if _CAPITAL_WORD.fullmatch(name):   # "1.5 Tonnes", "3 KILOGRAMS": a word's case is no unit's
        name = _ALIASES_CI.get(name.lower(), name.lower())
    if re.fullmatch(r"[a-z]+(?:-[a-z]+)+-(?:per-)?hour", name, re.IGNORECASE):
        name = _ALIASES_CI.get(name.lower().replace("-", " "), name)  # "35-miles-an-hour"
    if len(name) > 40 or re.search(r"\d{3}", name):
        raise UnitError("unknown unit", value=text, expected="a unit such as kg, km/h, mAh, Kv")
    if (odd := _NOT_UNIT.search(name)) is not None:      # pint's tokenizer drops them: "5 ± kg",
        raise UnitError(f"a {odd.group()!r} in the unit {shorten(unit_text, 40)!r}",  # "5 kg ="
                        value=text, expected="the figure alone, e.g. '5 kg' (a tolerance as "
                        "'5 ± 1 kg'; a condition in the claim's own keys)")
    try:
        unit = ureg.parse_units(name)
    except Exception as exc:  # pint raises many types (tokenizer, attribute, assertion...)
        raise UnitError(f"unknown unit {shorten(unit_text, 40)!r}", value=text,
                        expected="a unit such as kg, km/h, mAh, V, Kv, in, degC, min") from exc
    if not isinstance(unit, pint.Unit):
        raise UnitError(f"unknown unit {shorten(unit_text, 40)!r}", value=text,
                        expected="a unit word")
    if _is_logarithmic(unit):
        raise UnitError(f"a logarithmic unit ({shorten(unit_text, 40)!r}) is not a quantity to compute with",
                        value=text, expected="a linear unit such as W, m, V")
    return unit


#: What no unit holds: pint's tokenizer silently dropped these, so "5 ± kg", "5 kg =",
#: "5 kg ~" and "5 kg 😀" read as 5 kg (fuzz8). Letters, digits, blanks, the operators
#: * / ^ ( ) . - and superscripts stay; "," and "." end a sentence.
_NOT_UNIT = re.compile(r"[^\w\s*/^().,'\"%°·⁰¹²³⁴⁵⁶⁷⁸⁹⁻+-]")


def _is_logarithmic(unit: pint.Unit) -> bool:
    """dB, dBm, neper, octave... (also inside a compound such as "dB/m", which pint turns
    into an undefined "delta_decibel"): pint cannot convert them to anything."""
    for name in unit._units:
        parts = ureg.parse_unit_name(name)
        if not parts:           # "dB/m" becomes "delta_decibel / meter", which pint lacks
            return True
        for _, base, _ in parts:
            if getattr(ureg._units[base].converter, "is_logarithmic", False):
                return True
    return False
