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
               | "at most" | "no more than" | "not more than" | "max." | "maximum"
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

from ..errors import ParseError, UnitError
from .registry import Q_, ureg

Kind = Literal["point", "range", "at-least", "at-most"]

_NUM = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_UNIT = r"[^\d\s+\-.][^\d]*?(?:(?:\^|\*\*)[-+]?\d{1,2}[^\d]*?)*"   # digits only as exponents
_POINT = re.compile(rf"^(?P<a>{_NUM})\s*(?P<plus>\+(?![\d.]))?\s*(?P<unit>{_UNIT})?$")
_RANGE = re.compile(rf"^(?P<a>{_NUM})\s*(?P<ua>[^\d\s+\-.~–—][^\d~–—]*?)?\s*"
                    rf"(?:-|–|—|~|\.\.|\bto\b)\s*(?P<b>{_NUM})\s*(?P<ub>{_UNIT})?$")
_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+)(?![\d,])")
_NONFINITE = re.compile(r"\b(?:nan|inf|infinity)\b", re.IGNORECASE)

_QUALIFIERS: tuple[tuple[str, str], ...] = tuple(
    (word, kind) for kind, words in (
        ("at-least", (">=", "≥", ">", "more than", "greater than", "over", "above", "at least",
                      "no less than", "not less than", "minimum", "min.")),
        ("at-most", ("<=", "≤", "<", "less than", "under", "below", "up to", "at most",
                     "no more than", "not more than", "maximum", "max.")),
        ("approx", ("approximately", "approx.", "approx", "about", "around", "roughly",
                    "circa", "ca.", "nearly", "almost", "~", "≈", "c.")),
    ) for word in words)

# Unit spellings pint does not know, or reads as something else ("S" is siemens, "kt" is
# fine but "h" must never become Planck's constant). Keys are matched exactly after the
# number; lower-case keys in _ALIASES_CI are matched case-insensitively.
_ALIASES = {
    "S": "cell", "KV": "Kv", "kv": "Kv", "Kv": "Kv", "kV": "kilovolt",
    '"': "inch", "″": "inch", "''": "inch", "'": "foot", "′": "foot",
    "°C": "degC", "ºC": "degC", "℃": "degC", "°F": "degF", "ºF": "degF", "℉": "degF",
    "h": "hour", "H": "hour", "hr": "hour", "hrs": "hour", "Hr": "hour", "Hrs": "hour",
}
_ALIASES_CI = {
    "kmh": "km/hour", "kph": "km/hour", "kmph": "km/hour", "km/h": "km/hour",
    "km/hr": "km/hour", "kilometers per hour": "km/hour", "kilometres per hour": "km/hour",
    "kilometer per hour": "km/hour", "kilometre per hour": "km/hour",
    "mph": "mile/hour", "miles per hour": "mile/hour", "mile per hour": "mile/hour",
    "m/s": "m/s", "meters per second": "m/s", "metres per second": "m/s",
    "kt": "knot", "kts": "knot", "kn": "knot", "knot": "knot", "knots": "knot",
    "mah": "mAh", "ah": "Ah", "wh": "Wh", "kwh": "kWh", "mwh": "mWh",
    "kgf": "kgf", "gf": "gf", "in": "inch", "in.": "inch", "inch": "inch", "inches": "inch",
    "deg c": "degC", "degc": "degC", "° c": "degC", "celsius": "degC",
    "degrees c": "degC", "degree c": "degC", "degrees celsius": "degC",
    "degree celsius": "degC", "deg f": "degF", "degf": "degF", "fahrenheit": "degF",
    "degrees f": "degF", "degrees fahrenheit": "degF",
    "min": "minute", "mins": "minute", "min.": "minute", "minute": "minute",
    "minutes": "minute", "sec": "second", "secs": "second", "kilovolt": "kilovolt",
    "kilovolts": "kilovolt", "rpm/v": "rpm/V", "rpm per volt": "rpm/V",
}


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


def parse(text: str) -> Figure:
    """Read a figure string literally.

    Parameters
    ----------
    text : str
        A figure as written: ``"3 kg"``, ``"60-70 km/h"``, ``"> 120 min"``, ``"6S"``.

    Returns
    -------
    Figure

    Raises
    ------
    ParseError
        Empty text, no number, NaN or infinity, a reversed range, or text left over.
    UnitError
        A unit word pint does not know, or range ends of different dimensions.

    Examples
    --------
    >>> parse("60-70 km/h").nominal
    <Quantity(65.0, 'kilometer / hour')>
    >>> parse("more than 120 minutes").kind
    'at-least'
    """
    if not isinstance(text, str):
        raise ParseError("a figure must be a string", value=text, expected='text such as "3 kg"')
    body = _clean(text)
    if not body:
        raise ParseError("empty figure", value=text, expected='a number and a unit, e.g. "3 kg"')
    if _NONFINITE.search(body):
        raise ParseError("not a finite number", value=text, expected="a finite number")
    kind, approximate, body = _strip_qualifiers(body, text)
    point = _POINT.match(body)
    if point:
        return _point(text, point, kind, approximate)
    ranged = _RANGE.match(body)
    if ranged and kind == "point":
        return _range(text, ranged, approximate)
    if ranged:
        raise ParseError(f"a range cannot also be an open bound ({kind})", value=text,
                         expected='either "60-70 km/h" or "over 60 km/h"')
    if not re.search(r"\d", body):
        raise ParseError("no number", value=text, expected='a number and a unit, e.g. "3 kg"')
    raise ParseError("cannot read figure", value=text,
                     expected='"3 kg", "60-70 km/h", "more than 120 min" or similar')


def _clean(text: str) -> str:
    body = " ".join(text.replace("\u2212", "-").split())
    return _THOUSANDS.sub(lambda m: m.group(1).replace(",", ""), body)


def _strip_qualifiers(body: str, text: str) -> tuple[str, bool, str]:
    kind, approximate = "point", False
    while True:
        for word, what in _QUALIFIERS:
            if body.lower().startswith(word) and _word_ends(body, word):
                body = body[len(word):].lstrip()
                break
        else:
            return kind, approximate, body
        if what == "approx":
            approximate = True
        elif kind == "point":
            kind = what
        else:
            raise ParseError("two bounds in one figure", value=text,
                             expected='one of "over", "under", "at least", "up to"...')


def _word_ends(body: str, word: str) -> bool:
    """A qualifier word must not run into the next word ("overall", "about6" is fine)."""
    if not word[-1].isalpha() or len(body) == len(word):
        return True
    return not body[len(word)].isalpha()


def _point(text: str, m: re.Match, kind: str, approximate: bool) -> Figure:
    value = _quantity(m["a"], m["unit"], text)
    if m["plus"]:
        if kind != "point":
            raise ParseError("two bounds in one figure", value=text, expected='e.g. "120+ min"')
        kind = "at-least"
    low = value if kind in ("point", "at-least") else None
    high = value if kind in ("point", "at-most") else None
    return Figure(text, low, high, kind, approximate)


def _range(text: str, m: re.Match, approximate: bool) -> Figure:
    high = _quantity(m["b"], m["ub"], text)
    low = _quantity(m["a"], m["ua"], text) if m["ua"] else Q_(_number(m["a"], text), high.units)
    try:
        low_in_high = low.m_as(high.units)
    except pint.DimensionalityError as exc:
        raise UnitError("range ends of different dimensions", value=text,
                        expected="both ends in compatible units") from exc
    if low_in_high > high.magnitude:
        raise ParseError("reversed range (low end after high end)", value=text,
                         expected="the low end first, e.g. 60-70 km/h")
    return Figure(text, low, high, "range", approximate)


def _number(token: str, text: str) -> float:
    value = float(token)
    if not math.isfinite(value):
        raise ParseError("number out of range", value=text, expected="a finite number")
    return value


def _quantity(number: str, unit_text: str | None, text: str) -> pint.Quantity:
    value = _number(number, text)
    if unit_text is None or not unit_text.strip():
        return Q_(value, ureg.dimensionless)
    return Q_(value, _unit_or_error(unit_text.strip(), text))


def _unit_or_error(unit_text: str, text: str) -> pint.Unit:
    name = _ALIASES.get(unit_text) or _ALIASES_CI.get(unit_text.lower()) or unit_text
    if len(name) > 40 or re.search(r"\d{3}", name):
        raise UnitError("unknown unit", value=text, expected="a unit such as kg, km/h, mAh, Kv")
    try:
        unit = ureg.parse_units(name)
    except Exception as exc:  # pint raises many types (tokenizer, attribute, assertion...)
        raise UnitError(f"unknown unit {unit_text!r}", value=text,
                        expected="a unit such as kg, km/h, mAh, V, Kv, in, degC, min") from exc
    if not isinstance(unit, pint.Unit):
        raise UnitError(f"unknown unit {unit_text!r}", value=text, expected="a unit word")
    return unit
