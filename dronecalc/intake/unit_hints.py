"""What to write instead, for figures whose notation is no figure dronecalc reads (issue 10).

The hints only *say* what to write: no case-file figure is read from them (the analyst
decides). :func:`prop_at` is the one reading, for ``dronecalc extract`` drafts only.

* Propeller notation, diameter x pitch in inches: ``"16x5.5"``, ``"16 x 5.5 in"`` and the
  run-together ``"1655"`` of a rotor_diameter (review 23 F11: ``"16x5.5"`` had been told to write
  ``pack_count = 16``). Write the diameter, ``"16 in"``; the pitch goes in the note.
* A hexadecimal-looking value (``"0x1F kg"``): not a number (it had been "a count times a
  figure ... pack_count = 0").
* A ``C`` or ``F`` where the field wants no charge or capacitance (``"35 C"``, ``"95 F"``: pint
  reads coulombs and farads): did you mean ``"35 degC"``?
* A ``k`` for thousand spaced off the unit (``"0.1k Wh"``, ``"1.5k mAh"``; pint reads a lone
  ``k`` as Boltzmann's constant): refused, with the figure to write (``"100 Wh"``,
  ``"1500 mAh"``). Not read, though both readings of the ``k`` (a thousand times the number, or
  the unit's prefix: 0.1 kWh) give the same value: a ``k`` beside a number is also a model
  name's ("a 5k drone"), and the case file is the place to write the figure plainly.
"""
from __future__ import annotations

import re

from ..errors import ParseError, UnitError

#: "16x5.5", "16 x 5.5 in", '10x4.7"': propeller diameter x pitch, in inches.
PROP_NOTATION = re.compile(r"^\s*(\d{1,2}(?:\.\d+)?)\s*[x×*]\s*(\d{1,2}(?:\.\d+)?)\s*"
                           r"(?:in\.?|inch|inches|\"|″|'')?\s*$", re.IGNORECASE)
#: "1655", "1045": a propeller's diameter and pitch run together (16 x 5.5, 10 x 4.5 in).
PROP_DIGITS = re.compile(r"^\s*([1-4]\d|[5-9])(\d)(\d)\s*$")
#: "1655 props": the same, with the propeller word.
_PROP_DIGITS_WORD = re.compile(r"^\s*([1-4]\d|[5-9])(\d)(\d)\s*(?:props?|propellers?)\s*$",
                               re.IGNORECASE)
#: "0x1F": hexadecimal notation, and its error (message, expected).
HEX = re.compile(r"^\s*[-+]?0[xX][0-9a-fA-F]+\b")
HEX_ERROR = ("not a number (written in hexadecimal notation, '0x...')",
             'a number in decimal digits and a unit, e.g. "3 kg"')
#: A "k" for thousand between the number and its unit: "0.1k Wh", "1.5 k mAh".
THOUSAND_K = re.compile(r"^[kK]\s+(?=[^\W\d_])")


def _propeller(diameter: str, pitch: str) -> bool:
    """Whether a diameter and a pitch can be a propeller's: a pitch above zero and at most the
    diameter (pitch/diameter about 0.3-1 on multirotor and model propellers, APC and T-Motor
    catalogues; judgement for the cut): "23x88 inch" is garbled, not read."""
    return 0 < float(pitch) <= float(diameter)


def notation_hint(text: str) -> tuple[str, str] | None:
    """(message, expected) for a figure written in a notation that is no figure, else None."""
    m = _PROP_DIGITS_WORD.match(text)
    if m:                                              # "1655 props": 16 x 5.5 in
        diameter, whole, tenth = m.groups()
        return (f"propeller notation run together ('{text.strip()}': diameter {diameter} in, "
                f"pitch {whole}.{tenth} in)", f"the diameter alone: rotor_diameter "
                f"'{diameter} in' (the pitch in the figure's note)")
    m = PROP_NOTATION.match(text)
    if m and _propeller(*m.groups()):
        diameter, pitch = m.groups()
        return (f"propeller notation ('{text.strip()}': diameter x pitch, in inches)",
                f"the diameter alone: rotor_diameter '{diameter} in' (the pitch, {pitch} in, in "
                "the figure's note); a count times a figure is written as the figure of one and "
                "the count as its own figure")
    return None


def bare_hint(text: str, field: str) -> str:
    """The hint after "needs a unit" for a bare number: a rotor_diameter of "1655" is a
    propeller's diameter and pitch run together (16 x 5.5 in)."""
    m = PROP_DIGITS.match(text) if field == "rotor_diameter" else None
    if m is None:
        return ""
    diameter, whole, tenth = m.groups()
    return (f" (if '{text.strip()}' is propeller notation, diameter {diameter} in and pitch "
            f"{whole}.{tenth} in, write '{diameter} in')")


#: The units a lone capital letter is read as, and the temperature it was probably meant as.
_LETTER_UNITS = {"coulomb": "degC", "farad": "degF"}


def wrong_dimension_hint(figure, field: str) -> str:
    """The hint after "wrong dimension": a thrust in mass units ("1,000 pounds of thrust"), a
    temperature written "35 C" or "95 F" (any field: a charge or a capacitance is no figure
    a drone case states)."""
    units = dict(figure.unit._units)
    if field == "engine_thrust" and figure.nominal.check("[mass]"):
        pounds = _same(figure.unit, "lb")
        force = "lbf" if pounds else "kgf"
        return (" (a thrust in mass units is a force: write "
                f"'{figure.nominal.m_as('lb' if pounds else 'kg'):g} {force}')")
    (name, power), = units.items() if len(units) == 1 else ((None, 0),)
    if power == 1 and name in _LETTER_UNITS:
        meant = _LETTER_UNITS[name]
        shown = re.sub(r"\s*[CF]\s*$", f" {meant}", figure.text.strip())   # "about 35 degC"
        word = "Celsius" if meant == "degC" else "Fahrenheit"
        return (f" (a lone '{'C' if meant == 'degC' else 'F'}' is read as a "
                f"{name}; did you mean '{shown}', degrees {word}?)")
    return ""


def thousand_k(number: str, unit_text: str, text: str) -> UnitError | None:
    """The error for a "k" for thousand spaced off the unit ("1.5k mAh"), else None."""
    m = THOUSAND_K.match(unit_text)
    if m is None:
        return None
    rest = unit_text[m.end():].strip()
    return UnitError(f"a 'k' for a thousand between the number and its unit ('{text.strip()}')",
                     value=text, expected=f"the figure written out: '{float(number) * 1000:g} "
                     f"{rest}' (a 'k' is read only as a unit's prefix, joined to it)")


def _same(unit, name: str) -> bool:
    from .registry import ureg
    return unit == ureg.Unit(name)


#: A propeller's size in running text: "16x5.5 propellers", '10 x 4.7" props', "15x5.5-inch
#: carbon propellers" (review 23 F10: dropped with no entry).
_PROP_TEXT = re.compile(r"(\d{1,2}(?:\.\d+)?)\s?[x×]\s?(\d{1,2}(?:\.\d+)?)"
                        r"(\s?-?(?:inch(?:es)?|in\b|\"|″))?"
                        r"(?=[ -](?:[A-Za-z-]+ ){0,2}(?:props?|propellers?|blades?)\b)",
                        re.IGNORECASE)


def prop_at(sentence: str, start: int) -> dict | None:
    """The rotor diameter a propeller's "diameter x pitch" at ``start`` states (for
    :mod:`dronecalc.intake.spotting`): a length figure of the diameter in inches, the pitch
    in its note; None when there is none."""
    m = _PROP_TEXT.match(sentence, start)
    if m is None or not _propeller(m.group(1), m.group(2)):
        return None
    diameter, pitch = m.group(1), m.group(2)
    return dict(kind="figure", start=start, end=m.end(), dim="length", vague=False,
                value=float(diameter), canonical=f"{diameter} in",
                note=f"propeller notation {m.group().strip()}: diameter {diameter} in, pitch "
                     f"{pitch} in (read as the diameter; dronecalc uses no pitch)")


#: "in 35 C heat", "35 F temperatures": a lone C or F before a word of the weather is a
#: temperature (a case file is told "did you mean degC"; a draft reads it so, noted).
_LONE_DEGREE = re.compile(r"(-?\d{1,2}(?:\.\d)?)\s?([CF])(?=\s+(?:heat|temperatures?|weather|"
                          r"ambient|air|outside|conditions|days?|summer|sun)\b)")


def notation_at(sentence: str, start: int) -> dict | None:
    """A figure written in a notation the unit table does not read, at ``start``: a
    propeller's "diameter x pitch" (:func:`prop_at`) or a temperature with a lone C or F
    ("in 35 C heat", issue 10, extract3); None when there is none."""
    prop = prop_at(sentence, start)
    m = None if prop else _LONE_DEGREE.match(sentence, start)
    if m is None:
        return prop
    unit = "degC" if m.group(2) == "C" else "degF"
    return dict(kind="figure", start=start, end=m.end(2), dim="temperature", vague=False,
                value=float(m.group(1)), canonical=f"{m.group(1)} {unit}",
                note=f"a lone '{m.group(2)}' is no unit of temperature: read as {unit}")


def reversed_without_unit(text: str, field: str, exc: Exception) -> ParseError | None:
    """The error of a reversed range with no unit of a quantity field ("10-5" for a mass):
    its fix names both faults, "'5-10 kg'", so that swapping the ends is not followed by a
    second error for the missing unit (issue 10 review, stop 36); None for any other error."""
    from .fields import FIELDS
    spec = FIELDS.get(field)
    if spec is None or spec.kind != "quantity" or "reversed range" not in str(exc) \
            or re.search(r"[^\d\s.,+~-]", text.replace("about", "")):
        return None
    swapped = re.search(r"'([^']*)'\s*$", getattr(exc, "expected", "") or "")
    if swapped is None:
        return None
    return ParseError("reversed range (low end after high end) and no unit", field=field,
                      value=text, expected=f"the low end first, with its unit: "
                      f"'{swapped.group(1)} {spec.unit}' (a {field} in {spec.unit} or a "
                      "compatible unit)")
