"""A duration written in two units, hours then minutes, is one figure: "1 hour 50 minutes",
"2 h and 30 min", "a four-hour, 40-minute flight", "the 2-hour 30-minute flight"
(:func:`dronecalc.intake.spotting.find_figures` reads it as the minutes it adds up to); so
are days then hours (and minutes), "25 days, 23 hours and 57 minutes"; so are minutes then
seconds, "1 minute and 30 seconds", "a minute 30 s" (the seconds it adds up to: specs14's
held-out passage "lasted a mere minute and 30 seconds" had been drafted as a 30-second claim,
the claim rewritten, and "1 minute and 30 seconds" as two claims); so are hours, minutes and
seconds, "4 hours, 21 minutes, and 39 seconds" (review 18: 261 min and a 39-second claim).

The hyphenated minutes ("40-minute") join the hours only when the hours are hyphenated too
("four-hour, 40-minute", an adjective pair of one duration): after a plain "2 hours," a
"30-minute battery swap" is another thing's time (review 9, finding 9: "Flight time: 2 hours,
30-minute battery swap" had been one 150-minute claim, "flies for 1 hour, 20-minute charging
included" one of 80 minutes). Kept apart from :mod:`~dronecalc.intake.spotting`, which is at
the 700-line cap.
"""
from __future__ import annotations

import re

from .numbers import ONES, TENS

_ONES = [w for w, v in ONES.items() if 1 <= v <= 9]
_TEENS = [w for w, v in ONES.items() if v >= 10]
_TENS = [w for w, v in TENS.items() if v < 60]
#: The minutes or seconds of a duration as a word ("216 hours, three minutes"): 1-59.
_WORD_AMOUNT = (rf"(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_ONES)}))?|"
                rf"{'|'.join(_TEENS)}|{'|'.join(_ONES)}")
#: "1 hour 50 minutes", "2 h and 30 min", and after a comma "30 hours, 24 minutes" and
#: "216 hours, three minutes" (spokesman.com on the Zephyr's record, trials_new8: the Global
#: Hawk's and the Voyager's records had each been two claims, "30 hours" and "24 minutes"):
#: the minutes right after the hours. After a comma, minutes that start another clause's time
#: ("It flew 5 hours, 30 minutes later it landed") and a hyphenated "30-minute" ("2 hours,
#: 30-minute battery swap", below) stay apart.
_MINUTES = re.compile(rf"\s*(?:,\s*)?(?:and\s+)?([0-5]?\d|{_WORD_AMOUNT})\s?(?:minutes?|mins?)"
                      r"(?![A-Za-z-])", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r"\s+(?:later|after|afterwards|before|ago|earlier|into)\b", re.I)
#: Right after a list's smaller amount, a clause that makes it a part of the amount before it,
#: another quantity: "It flew for 3 days, 5 hours of which were at night" (review 16: drafted
#: as one 77-hour claim). "of which", "of them" after any list; a plural "were" after a comma
#: only ("the 2 hours and 30 minutes were a record" is the whole duration's verb).
_PART_AFTER = re.compile(r"\s+of\s+(?:which|them|these|those|it|that)\b", re.I)
_PART_AFTER_COMMA = re.compile(r"\s+were\b", re.I)
#: "four-hour, 40-minute", "2-hour 30-minute": hyphenated minutes after hyphenated hours.
_HYPHENATED_MINUTES = re.compile(r",?\s*(?:and\s+)?([0-5]?\d)-minutes?(?![A-Za-z])",
                                 re.IGNORECASE)
#: "1 minute and 30 seconds", "2 min 15 s", and after a comma "4 hours, 21 minutes, and 39
#: seconds" (LAE Times on Luke Bell's record, review 18: 261 min and a claim of 39 seconds),
#: "2 hours, 5 minutes and 10 seconds": the seconds right after the minutes. A capital "S" is
#: a cell count ("30 minutes, 6S pack"), no seconds.
_SECONDS = re.compile(r"\s*(?:,\s*)?(?:and\s+)?([0-5]?\d(?:\.\d+)?)\s?(?:seconds?|secs?|"
                      r"(?-i:s))(?![A-Za-z])", re.IGNORECASE)
#: "25 days, 23 hours and 57 minutes" (the Zephyr's 2018 flight; review 15 drafted two claims,
#: 25 days and 1437 minutes): the hours right after the days, as the minutes after the hours.
_HOURS = re.compile(rf"\s*(?:,\s*)?(?:and\s+)?(2[0-3]|1?\d|{_WORD_AMOUNT})\s?(hours?|hrs?|h)"
                    r"(?![A-Za-z-])", re.IGNORECASE)
DAY_WORDS = ("day", "days")
HOUR_WORDS = ("hour", "hours", "h", "hr", "hrs")
MINUTE_WORDS = ("minute", "minutes", "min", "mins")


def amount(match: re.Match) -> float:
    """The minutes (or seconds) of a match of :func:`smaller_unit_after`, digits or a word."""
    text = match.group(1).lower()
    if text[:1].isdigit():
        return float(text)
    return float(sum(ONES.get(w, 0) + TENS.get(w, 0) for w in re.split(r"[- ]", text)))


def smaller_unit_after(sentence: str, number_end: int,
                       unit: tuple[int, int]) -> tuple[re.Match, str] | None:
    """The smaller unit that completes a duration (hours then minutes, minutes then
    seconds): its match (the amount in group 1) and the unit the total is written in
    ("min" or "s"), or None. The total is the number x 60 + the amount."""
    if sentence[unit[0]:unit[1]].lower() in MINUTE_WORDS:
        seconds = _continues(sentence, _SECONDS.match(sentence, unit[1]))
        return (seconds, "s") if seconds else None
    minutes = minutes_after(sentence, number_end, unit)
    return (minutes, "min") if minutes else None


def _continues(sentence: str, tail: re.Match | None) -> re.Match | None:
    """``tail`` (a smaller amount after a larger one), if it continues the duration: not
    when another clause's time starts at it after a comma ("5 days, 3 hours later") nor when
    the words after it make it a part of the amount before ("3 days, 5 hours of which were at
    night")."""
    if tail is None:
        return None
    comma = "," in sentence[tail.start():tail.start(1)]
    if comma and (_NEXT_CLAUSE.match(sentence, tail.end())
                  or _PART_AFTER_COMMA.match(sentence, tail.end())) \
            or _PART_AFTER.match(sentence, tail.end()):
        return None
    return tail


def joined_duration(sentence: str, number_end: int, unit: tuple[int, int],
                    value: float | None) -> tuple[int, str] | None:
    """A duration in two or three units (days then hours then minutes, days then minutes,
    hours then minutes, minutes then seconds) whose first number (``value``) ends at
    ``number_end`` and whose unit word is at ``unit``: where it ends and its total ("37437
    min"), or None. Each amount is of a smaller unit than the one before it, and
    :func:`_continues` the list."""
    if value is None:
        return None
    if sentence[unit[0]:unit[1]].lower() in DAY_WORDS:
        hours = _continues(sentence, _HOURS.match(sentence, unit[1]))
        if hours is None:
            # "It flew for 1 day, 30 minutes" (review 16: two claims): minutes after the days
            minutes = _continues(sentence, _MINUTES.match(sentence, unit[1]))
            return (minutes.end(), f"{value * 1440 + amount(minutes):g} min") if minutes \
                else None
        total = value * 24 + amount(hours)
        minutes = minutes_after(sentence, hours.end(1), hours.span(2))
        if minutes:
            return _with_seconds(sentence, minutes, total * 60 + amount(minutes))
        return hours.end(), f"{total:g} h"
    smaller = smaller_unit_after(sentence, number_end, unit)
    if smaller is None:
        return None
    if smaller[1] == "min":                          # hours, minutes (and seconds)
        return _with_seconds(sentence, smaller[0], value * 60 + amount(smaller[0]))
    return smaller[0].end(), f"{value * 60 + amount(smaller[0]):g} {smaller[1]}"


def _with_seconds(sentence: str, minutes: re.Match, total: float) -> tuple[int, str]:
    """Where a duration whose minutes end at ``minutes`` ends, and its total (``total``
    minutes, plus the seconds that may follow: "4 hours, 21 minutes, and 39 seconds" is one
    duration of 15699 s)."""
    seconds = _continues(sentence, _SECONDS.match(sentence, minutes.end()))
    if seconds is None:
        return minutes.end(), f"{total:g} min"
    return seconds.end(), f"{total * 60 + amount(seconds):g} s"


def minutes_after(sentence: str, number_end: int, unit: tuple[int, int]) -> re.Match | None:
    """The match of the minutes (group 1) that complete the hours whose number ends at
    ``number_end`` and whose unit word is at ``unit`` (start, end) of ``sentence``, or None."""
    word = sentence[unit[0]:unit[1]].lower()
    if word not in HOUR_WORDS:
        return None
    plain = _continues(sentence, _MINUTES.match(sentence, unit[1]))
    if plain:
        return plain
    hyphenated = sentence[number_end:unit[0]].strip() == "-" and word in ("hour", "h", "hr")
    return _HYPHENATED_MINUTES.match(sentence, unit[1]) if hyphenated else None


#: What joins a bare number to the figure before it in an elliptic pair: "three hours
#: underway, or two hovering" (teledrone's SiFly record, trials_new7): at most two words after
#: the figure, then ", or" / "and" / "but"; after the number a word of how it was flown.
_ELLIPSIS_GAP = re.compile(r"(?i)^(?:\s+[a-z][\w-]*){0,2}?,?\s+(?:or|and|but|while)\s+$")
_ELLIPSIS_AFTER = re.compile(r"(?i)^\s+(?:hovering|in (?:a )?hover|cruising|loaded|empty|unloaded|"
                             r"with(?:out)?\s+(?:a |the |its |any )?(?:payload|load|cargo)|"
                             r"fully loaded)\b(?!\s+(?!(?:and|or|but|with|without|at|in|on|for|"
                             r"over|under|from|to|while|when|than|of)\b)[a-z])")


def carried_unit(sentence: str, figures: list[dict], n) -> dict | None:
    """A bare number (``n``, a spoken or digit number of :mod:`~dronecalc.intake.spotting`)
    right after a time figure of the same sentence, in an elliptic pair whose second half
    states how it was flown: the figure's unit carried over ("two" -> "two hours"), with a
    note; None otherwise (a bare number stays no figure)."""
    prev = figures[-1] if figures else None
    if prev is None or n.value is None or prev.get("dim") != "time" or prev["kind"] != "figure" \
            or not _ELLIPSIS_GAP.match(sentence[prev["end"]:n.start]) \
            or not _ELLIPSIS_AFTER.match(sentence[n.end:]):
        return None
    unit = re.search(r"[A-Za-z]+$", prev["written"])
    if unit is None:
        return None
    return dict(kind="figure", start=n.start, end=n.end, dim="time", vague=n.vague,
                value=n.value, canonical=f"{sentence[n.start:n.end]} {unit.group()}",
                note=f"written {sentence[n.start:n.end]!r}: the unit of {prev['written']!r} "
                     "carried over")
