"""Number words and spoken quantities: ``"three kilograms"``, ``"an hour"``, ``"half an hour"``.

Reports write figures as people speak them. :func:`scan` finds the spoken numbers in a text,
each with its span, its value and whether it is *vague*; :func:`normalise` rewrites a figure
string into the digits :func:`dronecalc.intake.figures.parse` reads (it is parse's first step)::

    "three kilograms"          -> "3 kilograms"
    "an hour and a half"       -> "1.5 hour"
    "half an hour"             -> "0.5 hour"
    "a couple of hours"        -> "about 2 hours"      (vague: read as about 2)
    "a four-hour flight"       -> "a 4 hour flight"    (a unit used as an adjective)
    "between 60 and 70 km/h"   -> "60 to 70 km/h"
    "some 40 km"               -> "about 40 km"
    "30 km or more"            -> "at least 30 km"

Vague quantities with no number to give ("dozens of", "several", "a few", "hundreds of") are
found by :func:`scan` with ``value=None`` and ``vague=True`` and left as written by
:func:`normalise`, so that parse reports them as having no number rather than guessing one.

Every step is one pass of a regular expression without nested quantifiers, or one loop over
the words: time is linear in the length of the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: Number words and their values.
ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
#: Vague quantities: phrase -> the value read (None: no number can be given).
VAGUE = {"hundreds or thousands of": None, "tens or hundreds of": None,
         "dozens or hundreds of": None, "a couple of": 2, "a couple": 2, "a few": None,
         "several": None, "dozens of": None,
         "scores of": None, "tens of": None, "hundreds of": None, "thousands of": None,
         "tens of thousands of": None, "hundreds of thousands of": None, "a handful of": None,
         "many": None, "numerous": None, "dozens": None}
#: Units that "a"/"an" may count as one of ("an hour", "a kilogram"). "second" is left out on
#: purpose: "a second drone" is an ordinal, not one second.
ONE_OF_UNITS = {"hour", "minute", "kilogram", "kilo", "kilometre", "kilometer", "mile", "metre",
                "meter", "pound", "tonne", "ton", "foot", "gram", "day", "week",
                "gallon", "litre", "liter"}    # "three-quarters of a gallon of liquid"
#: Spoken bounds and hedges -> the qualifier parse reads.
SPOKEN_QUALIFIERS = {"some": "about", "an estimated": "about", "roughly": "roughly",
                     "as much as": "up to", "as many as": "up to", "as far as": "up to",
                     "as long as": "up to", "as high as": "up to", "a maximum of": "up to",
                     "a minimum of": "at least", "in excess of": "more than",
                     "upwards of": "more than", "upward of": "more than", "just over": "over", "just under": "under",
                     "well over": "over", "a little over": "over", "a little under": "under",
                     # run together ("allows the drone to fly upto 60 mph", digitfreak.com on
                     # the Solara 50, trials_new8): the bound had been dropped
                     "upto": "up to"}

#: Units before which "an hour" means "per hour" ("100 kilometres an hour").
PER_UNITS = {"kilometres", "kilometers", "kilometre", "kilometer", "km", "miles", "mile",
             "metres", "meters", "feet", "knots"}
_VAGUE_BY_FIRST: dict[str, list[str]] = {}
for _phrase_text in sorted(VAGUE, key=len, reverse=True):
    _VAGUE_BY_FIRST.setdefault(_phrase_text.split()[0], []).append(_phrase_text)
_WORD = re.compile(r"[A-Za-z]+|\d[\d,]*(?:\.\d+)?")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?$")
_HYPHEN_UNIT = re.compile(r"(?<=\d)-(?=[A-Za-z])")


@dataclass(frozen=True)
class Spoken:
    """One spoken number in a text.

    Attributes
    ----------
    start, end : int
        Its span in the text (``text[start:end]`` is the number as written).
    value : float or None
        Its value; None for a vague quantity that gives no number ("dozens of"), and for the
        "an" of "100 km an hour" (which means "per").
    vague : bool
        True for "a couple of", "several", "dozens of"...
    replacement : str
        What :func:`normalise` writes instead (digits, ``"about 2"``, or the text as written
        when there is no number to give).
    """

    start: int
    end: int
    value: float | None
    vague: bool
    replacement: str


def _fmt(value: float) -> str:
    return f"{value:.15g}"


def scan(text: str) -> list[Spoken]:
    """The spoken numbers of ``text`` in order: number words, "an hour", vague quantities.

    Digits are not listed unless a scale word follows them ("1.5 million"); a number word
    glued to digits is not one.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of Spoken

    Examples
    --------
    >>> [(s.value, s.vague) for s in scan("three attack drones and a couple of hours")]
    [(3, False), (2, False), (2, True)]
    """
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    out: list[Spoken] = []
    i = 0
    while i < len(words):
        found = _vague(words, i) or _fraction(words, i) or _a_unit(words, i) \
            or _spelled(words, i, text)
        if found is None:
            i += 1
            continue
        spoken, i = found
        out.append(spoken)
    return out


def _phrase(words, i: int, phrase: str) -> int | None:
    """Index after ``phrase`` if the words from ``i`` spell it, else None."""
    parts = phrase.split()
    if [w[2] for w in words[i:i + len(parts)]] == parts:
        return i + len(parts)
    return None


def _vague(words, i: int):
    for phrase in _VAGUE_BY_FIRST.get(words[i][2], ()):
        j = _phrase(words, i, phrase)
        if j is not None:
            value = VAGUE[phrase]
            start, end = words[i][0], words[j - 1][1]
            text = f"about {_fmt(value)}" if value is not None else None
            return Spoken(start, end, value, True, text or ""), j
    return None


def _fraction(words, i: int):
    """ "half an hour", "half a kilogram", "a quarter of an hour", "a half hour"."""
    for phrase, value in (("half an", 0.5), ("half a", 0.5), ("a half", 0.5),
                          ("a quarter of an", 0.25), ("a quarter of a", 0.25),
                          ("three quarters of an", 0.75), ("three quarters of a", 0.75)):
        j = _phrase(words, i, phrase)
        if j is not None and j < len(words) and _singular(words[j][2]) in ONE_OF_UNITS:
            return Spoken(words[i][0], words[j - 1][1], value, False, _fmt(value)), j
    return None


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in ONE_OF_UNITS else word


#: An adjective of amount between "a" and its unit that keeps the one: "a mere minute and 30
#: seconds" (specs14's held-out octocopter passage), "a full hour", "a single kilogram".
_ONE_ADJECTIVES = ("mere", "full", "single", "whole")


def _a_unit(words, i: int):
    """ "an hour" (1), "an hour and a half" (1.5 hour), "a hundred" is left to _spelled."""
    if words[i][2] not in ("a", "an") or i + 1 >= len(words):
        return None
    last = i                   # "a mere minute", "a full hour": one adjective of amount between
    if words[i + 1][2] in _ONE_ADJECTIVES and i + 2 < len(words):
        last = i + 1
    unit = words[last + 1][2]
    if unit not in ONE_OF_UNITS:
        return None
    if i > 0 and words[i - 1][2] in PER_UNITS and unit in ("hour", "minute", "second"):
        # "100 kilometres an hour": "an" means "per", it is no number.
        return Spoken(words[i][0], words[i][1], None, False, "per"), i + 1
    j = _phrase(words, last + 2, "and a half")
    if j is not None:
        # "an hour and a half": the unit sits inside; the replacement carries it.
        return Spoken(words[i][0], words[j - 1][1], 1.5, False,
                      f"1.5 {unit}"), j
    return Spoken(words[i][0], words[last][1], 1, False, "1"), last + 1


def _spelled(words, i: int, text: str):
    """ "three", "twenty-five", "one hundred and twenty", "a hundred", "1.5 million",
    "two and a half"."""
    start = words[i][0]
    first = words[i][2]
    j = i
    total, current, last = 0.0, 0.0, None
    if first in ("a", "an") and i + 1 < len(words) and words[i + 1][2] in SCALES:
        current, j, last = 1.0, i + 1, "one"
    elif _DIGITS.match(first) and i + 1 < len(words) and words[i + 1][2] in SCALES:
        try:
            current = float(first.replace(",", ""))
        except ValueError:
            return None
        j, last = i + 1, "digits"
    elif first not in ONES and first not in TENS:
        return None
    end = words[i][1]
    while j < len(words):
        word = words[j][2]
        gap = text[words[j - 1][1]:words[j][0]] if j > i else ""
        if j > i and gap.strip(" -") != "":
            break
        if word in ONES and last in (None, "tens", "scale", "and"):
            if last == "tens" and ONES[word] >= 10:
                break
            current += ONES[word]
            last = "ones"
        elif word in TENS and last in (None, "scale", "and"):
            current += TENS[word]
            last = "tens"
        elif word in SCALES and last in ("ones", "tens", "one", "digits", "hundred"):
            if word == "hundred":
                current = (current or 1) * 100
                last = "hundred"
            else:
                total += (current or 1) * SCALES[word]
                current = 0.0
                last = "scale"
        elif word == "and" and last in ("hundred", "scale") and j + 1 < len(words) \
                and (words[j + 1][2] in ONES or words[j + 1][2] in TENS):
            last = "and"
        elif word == "and" and last in ("ones", "tens") and _phrase(words, j, "and a half"):
            current += 0.5
            end = words[j + 2][1]
            j += 3
            break
        else:
            break
        end = words[j][1]
        j += 1
    if last in (None, "and"):
        return None
    value = total + current
    return Spoken(start, end, value, False, _fmt(value)), j


def normalise(text: str) -> str:
    """``text`` with spoken numbers, ranges and bounds in the form parse reads.

    Text without number words comes back unchanged.

    Parameters
    ----------
    text : str
        A figure string as written (``"three kilograms"``).

    Returns
    -------
    str

    Examples
    --------
    >>> normalise("about an hour")
    'about 1 hour'
    >>> normalise("between 60 and 70 kilometres per hour")
    '60 to 70 kilometres per hour'
    """
    if not isinstance(text, str):
        return text
    if _TRIGGERS.isdisjoint(w.lower() for w in _WORD.findall(text)):
        return _HYPHEN_UNIT.sub(" ", text)          # no spoken number or bound: the fast path
    parts, at = [], 0
    for spoken in scan(text):
        if not spoken.replacement:
            continue
        parts += [text[at:spoken.start], spoken.replacement]
        at = spoken.end
    body = "".join(parts) + text[at:]
    body = _HYPHEN_UNIT.sub(" ", body)
    return _spoken_qualifiers(body)


#: Words that may start a spoken number, a vague quantity or a spoken bound.
_TRIGGERS = ({*ONES, *TENS, *SCALES, "a", "an", "half", "three", "between", "dozen", "dozens"}
             | {p.split()[0] for p in VAGUE}
             | {p.split()[0] for p in SPOKEN_QUALIFIERS})
_BETWEEN = re.compile(r"\bbetween\s+(?=[\d.])", re.IGNORECASE)
_AND_NUMBER = re.compile(r"(?<=[\d\w])\s+and\s+(?=[\d.])", re.IGNORECASE)


#: Bounds written after the figure ("30 km or more") -> the qualifier parse reads before it.
TRAILING_QUALIFIERS = {"or more": "at least", "or longer": "at least", "or further": "at least",
                       "or greater": "at least", "or higher": "at least",
                       "or above": "at least", "and more": "at least", "at least": "at least",
                       "or less": "up to", "or fewer": "up to", "at most": "up to",
                       "at the most": "up to", "or so": "about"}
_TRAILING = re.compile(r"\s+(" + "|".join(sorted(TRAILING_QUALIFIERS, key=len, reverse=True))
                       + r")\s*$", re.IGNORECASE)


_TRIGGERS |= {p.split()[0] for p in TRAILING_QUALIFIERS}


def _spoken_qualifiers(body: str) -> str:
    trailing = _TRAILING.search(body)
    if trailing and any(c.isdigit() for c in body[:trailing.start()]):
        body = f"{TRAILING_QUALIFIERS[trailing.group(1).lower()]} {body[:trailing.start()]}"
    lowered = body.lower()
    for phrase, qualifier in SPOKEN_QUALIFIERS.items():
        if lowered.startswith(phrase + " ") and any(c.isdigit() for c in body):
            rest = body[len(phrase):].lstrip()
            if rest[:1].isdigit() or rest[:1] == ".":
                body = f"{qualifier} {rest}"
                break
    if _BETWEEN.match(body):
        body = _AND_NUMBER.sub(" to ", _BETWEEN.sub("", body, count=1), count=1)
    return body


# --------------------------------------------------------------------------- written digits

#: A decimal comma ("21,6 km/h", "15,4 V", "2,1 kilos": the spec tables of European makers and
#: their translations): one or two digits after the comma, never three (a thousands group).
DECIMAL_COMMA = re.compile(r"(?<![\d,.])\d+,\d{1,2}(?![\d,.])")
#: Digits grouped in threes by a space ("12 000 km", "4 280 mAh": ISO 80000-1's thousands
#: separator, a thin or no-break space in French and Russian texts, often a plain one once
#: copied). Both start only where no digit precedes: linear time on a long run of digits.
SPACED_GROUPS = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}){1,4}(?![\d,.])")
#: Thousands grouped by a point, the European way: with a decimal comma ("1.234,5 km") or in
#: two groups or more ("12.345.678 m"), never a decimal point (a reader that stops at the
#: point drafted "1.234,5 km" as "5 km"). One group alone ("3.850 mAh", "1.200 km") has two
#: readings and is refused by :mod:`dronecalc.intake.dot_groups` (issue 10).
DOTTED_GROUPS = re.compile(r"(?<![\d,.])\d{1,3}(?:(?:\.\d{3})+,\d+|(?:\.\d{3}){2,})(?![\d,.])")

#: A vulgar fraction, alone or after a whole number ("2½ hours", "3 ¼ kg", "½ kg").
VULGAR = re.compile(r"(?<![\d,.])(\d{1,6}[ \u00a0]?)?([½¼¾⅓⅔⅛⅜⅝⅞])")
FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375,
             "⅝": 0.625, "⅞": 0.875}


def vulgar_value(m: re.Match) -> float:
    return float(m.group(1) or 0) + FRACTIONS[m.group(2)]


#: A fraction written with a slash, alone or after a whole number and a space ("11 1/2 in",
#: "1/2 mile", "2 3/4 hours"): the USAF museum's "Span: 14 ft. 11 1/2 in." (trials_new9) was
#: read as "2 in", the denominator. Only the denominators of measures (halves to sixteenths)
#: and a numerator below them: "24/7", "9/11" or "3/2" are no such fraction.
SLASH_FRACTION = re.compile(r"(?<![\d,./])(?:(\d{1,4})[ \u00a0])?([1-9]|1[0-5])/(2|3|4|8|16)"
                            r"(?![\d/])")


def slash_value(m: re.Match) -> float | None:
    """The value of a :data:`SLASH_FRACTION` match, None when the numerator is not below the
    denominator ("3/2")."""
    top, bottom = int(m.group(2)), int(m.group(3))
    return float(m.group(1) or 0) + top / bottom if top < bottom else None


def dotted_value(written: str) -> float:
    """The number a :data:`DOTTED_GROUPS` match means ("1.234,5" -> 1234.5)."""
    return float(written.replace(".", "").replace(",", "."))


def written_digits(text: str) -> list[tuple[int, int, float, str]]:
    """Numbers written with a decimal comma, with digits grouped by spaces or thousands by a
    point, or with a fraction ("2½", "11 1/2"): (start, end, value, how), ``how`` "comma",
    "spaced", "dotted" or "fraction". (A reader that
    splits at the comma or the space drafted "21,6 km/h" as "6 km/h" and "12 000 km" as
    "000 km".)"""
    found = [(m.start(), m.end(), float(m.group().replace(",", ".")), "comma")
             for m in DECIMAL_COMMA.finditer(text)]
    found += [(m.start(), m.end(), float(re.sub(r"\D", "", m.group())), "spaced")
              for m in SPACED_GROUPS.finditer(text) if not _name_then_figure(text, m)]
    found += [(m.start(), m.end(), dotted_value(m.group()), "dotted")
              for m in DOTTED_GROUPS.finditer(text)]
    found += [(m.start(), m.end(), vulgar_value(m), "fraction") for m in VULGAR.finditer(text)]
    found += [(m.start(), m.end(), v, "fraction") for m in SLASH_FRACTION.finditer(text)
              if (v := slash_value(m)) is not None]
    return found


#: A unit and its conversion in brackets right after a number: "730hp (545kW)".
_UNIT_AND_BRACKET = re.compile(r"[ \t\u00a0]?-?([A-Za-z]+(?:/[A-Za-z]+)?)\s*[(\[]\s*(\d[\d,.]*)"
                               r"\s?-?\s?([A-Za-z]+(?:/[A-Za-z]+)?)\s*[)\]]")


def _name_then_figure(text: str, m: re.Match) -> bool:
    """Whether the spaced groups ``m`` are a name's number and a figure, as the conversion in
    brackets after them shows: "a Turbomeca Arriel 1 730hp (545kW) turboshaft" (FlightGlobal
    on the AirMule; unseen, 2026-12-06) is the Arriel 1's 730 hp, 545 kW, where "1 730" read
    as one number gave 1,730 hp, and the bracket was noted as the same figure. Only when the
    last group alone agrees with the bracket (within 20 %) and the joined number does not."""
    after = _UNIT_AND_BRACKET.match(text, m.end())
    if after is None:
        return False
    from .figures import parse                       # a late import: figures is heavier
    unit, also = after.group(1), f"{after.group(2)} {after.group(3)}"
    last = m.group().split()[-1]

    def agrees(number: str) -> bool:
        try:
            ratio = float((parse(also).nominal / parse(f"{number} {unit}").nominal)
                          .to("").magnitude)
        except Exception:                            # noqa: BLE001 - unread: no evidence
            return False
        return 0.8 <= ratio <= 1.25

    return agrees(last) and not agrees(re.sub(r"\D", "", m.group()))


def plain_digits(text: str) -> str:
    """``text`` with each decimal comma as a point, each group of spaced digits joined and
    each fraction ("½", "11 1/2") a decimal."""
    text = DECIMAL_COMMA.sub(lambda m: m.group().replace(",", "."), text)
    text = DOTTED_GROUPS.sub(lambda m: f"{dotted_value(m.group()):.12g}", text)
    from .dot_groups import unambiguous             # "2⅛" is 2.125, never 2125 (issue 10)
    text = VULGAR.sub(lambda m: unambiguous(f"{vulgar_value(m):.4g}"), text)
    text = SLASH_FRACTION.sub(lambda m: m.group() if (v := slash_value(m)) is None
                              else unambiguous(f"{v:.6g}"), text)       # 16ths: 2.0625
    return SPACED_GROUPS.sub(lambda m: re.sub(r"\D", "", m.group()), text)


#: The inches after a number of feet ("9 feet 2 inches", "6 ft and 3 in", "14 ft. 11 1/2 in."
#: on the USAF museum's fact sheet, trials_new9, whose "ft." and fraction had split it in three
#: figures): read with the feet as one figure, the inches it adds up to.
INCHES_AFTER = re.compile(r"\.?[ \t]?(?:and[ \t])?(\d{1,2}(?:\.\d+)?(?:[ \u00a0]\d{1,2}/\d{1,2})?)"
                          r"[ \t]?(?:inches|inch|in\b|\")")


def inches_total(feet: float, inches: str) -> float:
    """``feet`` and the ``inches`` written after them (digits, "11 1/2"), in inches."""
    return feet * 12 + float(plain_digits(inches))


_OUNCE_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen")
#: The ounces after a number of pounds ("4 lb 6 oz", "four pounds and six ounces": the Daily
#: Mail on a prison drone's parcel, unseen 2026-12-06, drafted as two figures, "six ounces" a
#: stray context): read with the pounds as one figure. Under 16 ounces, digits or a word.
OUNCES_AFTER = re.compile(r"(?i),?[ \t]?(?:and[ \t])?(\d{1,2}(?:\.\d+)?|" + "|".join(_OUNCE_WORDS)
                          + r")[ \t-]?(?:ounces|ounce|oz)\b")


def second_unit(sentence: str, unit: tuple[int, int, str], value: float | None
                ) -> tuple[int, str] | None:
    """A length or a mass in two units whose first unit is at ``unit`` ("9 feet 2 inches",
    "4 pounds and 6 ounces"): where it ends and its total ("110 in", "4.375 lb"), or None."""
    word = sentence[unit[0]:unit[1]].lower()
    if not value:
        return None
    if word in ("feet", "foot", "ft") and (inches := INCHES_AFTER.match(sentence, unit[1])):
        return inches.end(), f"{inches_total(value, inches.group(1)):g} in"
    ounces = OUNCES_AFTER.match(sentence, unit[1])
    if word in ("pounds", "pound", "lb", "lbs") and ounces:
        oz = ounces.group(1).lower()
        oz = float(_OUNCE_WORDS.index(oz) + 1) if oz in _OUNCE_WORDS else float(oz)
        from .dot_groups import unambiguous          # "4.375 lb", never 4375 (issue 10)
        return (ounces.end(), f"{unambiguous(f'{value + oz / 16:.6g}')} lb") if oz < 16 else None
    return None


def written_note(text: str, found: list[tuple[int, int, float, str]]) -> str:
    """What a draft says of the numbers :func:`written_digits` found in ``text``."""
    notes = []
    commas = [text[a:b] for a, b, _, how in found if how == "comma"]
    if commas:
        notes.append(f"a decimal comma, read as a point ({', '.join(commas)})")
    spaced = [f"{text[a:b]!r} = {v:g}" for a, b, v, how in found if how == "spaced"]
    if spaced:
        notes.append("digits grouped by a space, read as one number ("
                     + ", ".join(spaced) + "): check the source")
    dotted = [f"{text[a:b]!r} = {v:.12g}" for a, b, v, how in found if how == "dotted"]
    if dotted:
        notes.append("thousands grouped by a point, read as one number ("
                     + ", ".join(dotted) + "): check the source")
    fractions = [f"{text[a:b]!r} = {v:.{6 if '/' in text[a:b] else 4}g}"    # "2 1/16" = 2.0625
                 for a, b, v, how in found if how == "fraction"]
    if fractions:
        notes.append("a fraction, read as a decimal (" + ", ".join(fractions) + ")")
    return "; ".join(notes)



# --------------------------------------------------------------------------- decades

#: A decade: "the 1920s", "the early 1990s", "mid-1960s", "1980's", "the '80s", "the 80s".
#: The "s" is no seconds unit: "in the 1920s" (the USAF museum's Kettering Bug fact sheet,
#: trials_new9) was drafted as a 1,920-second flight-time claim. A four-digit one needs "the",
#: "early", "late" or "mid" before it, or "'s" after it: a spec sheet's "Hover time: 1800s"
#: stays 1,800 seconds.
_DECADE_DIGITS = re.compile(r"(?:1[5-9]|20)\d0(['’])?s(?![A-Za-z\d])")
_DECADE_SHORT = re.compile(r"\d0s(?![A-Za-z\d])")
_DECADE_BEFORE = re.compile(r"(?i)\b(?:the|early|late|mid)[ -]$")


def decade(text: str, start: int) -> bool:
    """Whether the number at ``start`` of ``text`` is a decade, not a number of seconds."""
    before = text[max(0, start - 6):start]
    long = _DECADE_DIGITS.match(text, start)
    if long:
        return bool(long.group(1)) or bool(_DECADE_BEFORE.search(before))
    if _DECADE_SHORT.match(text, start) and not text[start - 1:start].isdigit():
        return before.endswith(("'", "’")) or bool(_DECADE_BEFORE.search(before))
    return False
