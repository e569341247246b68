"""Figures of one article that are no second claim of the case's machine (issue 10, intake11).

* :func:`that_flight`: "That unmanned flight, which took place in March 2001, lasted 30 hours,
  24 minutes" right after "the previous endurance record for a robotic plane, which was held by
  Northrop Grumman Corp.'s Global Hawk drone" (trials_new8's zephyr-spokesman) is the Global
  Hawk's flight, not the Zephyr's: "that flight" refers back to the record another machine
  holds.
* :func:`quoted_restatements`: a speaker's quoted words restating a figure the article has
  already given ("with a flight range of more than 3 thousand km", - he wrote; after "a flight
  range of three thousand kilometers", trials_new8's swarm-newizv; trials_new7's kamikaze
  officials) are drafted once, where first stated; the quote keeps its field, role context.
* :func:`unit_restatements`: the same flight told twice in two units ("flew ... for 14
  consecutive days" in the lead, "the drone's 336-hour, 22-minute flight" in the body) is one
  claim: the more precise figure stays, the rounder one is context. Only one field in both
  (review 16: "It has a range of 30 km. Yesterday it flew 18.6 miles." is a range and a
  flight's distance, two claims) and no second occasion named by the later sentence ("The
  drone flew for 14 days. Later it flew another flight of 336 hours.": :data:`_ANOTHER`),
  nor two days ("On Monday ... On Tuesday ...": :data:`_DAY`).

A figure written plainly twice in the same unit and outside quotes ("flies 30 km" twice) stays
as it was: the earlier sets' expectations count each (``cross_figures.restated_later``).
Kept apart from :mod:`dronecalc.intake.extract` and :mod:`~dronecalc.intake.restated` for
their line counts.
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..errors import DroneCalcError
from .cross_figures import _ends
from .restated import FAMILIES, _to_context

if TYPE_CHECKING:
    from .extract import Item

#: A sentence that opens by pointing back at a flight or record: "That unmanned flight, ...".
_THAT_FLIGHT = re.compile(r"^\W*(?:That|Those)\s+(?:[\w-]+\s+){0,2}?(?:flights?|records?|"
                          r"missions?|sorties?|trips?|journeys?)\b")
#: The sentence before it names a record and who holds it, another machine: "the previous
#: endurance record ..., which was held by ... Global Hawk drone", "a record set by the Voyager".
_HELD_BY = re.compile(r"(?i)\b(?:records?|marks?|best)\b[^.!?]{0,120}?\b(?:held|set|flown|"
                      r"achieved|owned|established)\s+by\b")
#: Quote marks: a figure between an opening and a closing one is a speaker's words (not the
#: single ‘ ’: its closing mark is the apostrophe too, so an unclosed ‘ runs on; trials_new's
#: norinco-jetvital).
_OPEN, _CLOSE, _STRAIGHT = "“«", "”»", '"'

#: The most a restatement in another unit may differ from the figure it restates, beyond the
#: rounding of the rounder one: a guess (no source), small enough that "40 minutes" and "1 hour"
#: stay two claims (their rounding is 0.5 hour).
MOST_APART = 0.02
#: Words by which a later sentence tells of another occasion than the one before: "another
#: flight", "flew again", "Later it flew", "a second sortie", "next", "subsequent". ("previous"
#: is left out: "the drone's 336-hour flight crushed the previous endurance record" restates
#: the flight, and so may "set a new record of 336 hours" or "its latest flight"; an earlier
#: record is :mod:`~dronecalc.intake.governing`'s.)
_ANOTHER = re.compile(r"(?i)\b(?:another|again|later|afterwards?|subsequent(?:ly)?|next|"
                      r"(?:a|the|its)\s+(?:second|third|fourth|fifth)\s+(?:flights?|sorties?|"
                      r"missions?|trips?|tests?|attempts?|trials?|runs?|legs?|launch(?:es)?))\b")

#: The day a sentence names: two sentences naming different days tell of two flights ("On
#: Monday it flew 30 km. On Tuesday it flew 18.6 miles."); one naming none may restate either.
_DAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day\b")


def _other_days(a: str, b: str) -> bool:
    days = [{d.lower() for d in _DAY.findall(q)} for q in (a, b)]
    return bool(days[0] and days[1] and not days[0] & days[1])


def _sentence_start(body: str, item: "Item") -> int:
    head = item.quote.split("...")[0][:40]
    at = body.rfind(head, 0, item.start + 1) if head else -1
    return at if at >= 0 else item.start


def _previous_sentence(body: str, start: int) -> str:
    before = body[max(0, start - 600):start].rstrip()
    parts = re.split(r"(?<=[.!?])[\"”’)]*\s+", before)
    return parts[-1] if parts else ""


def that_flight(items: list["Item"], body: str) -> None:
    """Make context a figure of a "That flight ..." sentence whose sentence before names a
    record held by another machine (:data:`_HELD_BY`)."""
    for item in items:
        if item.kind != "figure" or item.role == "context":
            continue
        start = _sentence_start(body, item)
        if not _THAT_FLIGHT.match(body[start:start + 80]):
            continue
        previous = _previous_sentence(body, start)
        held = _HELD_BY.search(previous)
        if held is None:
            continue
        _to_context(item, f"'{_THAT_FLIGHT.match(body[start:start + 80]).group().strip()}' "
                    f"refers back to the record {held.group()!r} of the sentence before: "
                    "another machine's flight, not this one's", "a figure of another machine")


def _in_quote(body: str, at: int) -> bool:
    """Whether position ``at`` of ``body`` is inside quoted words of its paragraph."""
    para = body.rfind("\n", 0, at) + 1
    text = body[para:at]
    if text.count(_STRAIGHT) % 2:
        return True
    last_open = max(text.rfind(c) for c in _OPEN)
    last_close = max(text.rfind(c) for c in _CLOSE)
    return last_open > last_close


@functools.lru_cache(maxsize=4096)
def _read(text: str):
    """The figure of ``text``, or None; cached, as the pairs read each figure once per partner
    (a 100,000-character table had spent 6.6 s of its 9.5 s draft re-parsing: fuzz, stop 29)."""
    from .figures import parse
    try:
        return parse(text)
    except (DroneCalcError, ValueError):
        return None


@functools.lru_cache(maxsize=4096)
def _text_value(text: str) -> float | None:
    fig = _read(text)
    return None if fig is None else _value(fig)


@functools.lru_cache(maxsize=4096)
def _text_step(text: str) -> float:
    return _step(_read(text), text)


def _value(fig) -> float | None:
    """The figure's value in SI: its point, its bound, its middle."""
    lo, hi = fig.low, fig.high
    ends = [q.to_base_units().magnitude for q in (lo, hi) if q is not None]
    return sum(ends) / len(ends) if ends else None


def _step(fig, text: str) -> float:
    """Half the unit of the last digit written, in SI: how much rounding the figure hides."""
    number = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    nominal = fig.nominal
    if number is None or nominal is None or not nominal.magnitude:
        return 0.0
    decimals = len(number.group(1) or "")
    per = nominal.to_base_units().magnitude / nominal.magnitude
    return 0.5 * 10.0 ** -decimals * abs(per)


def _pairs(items: list["Item"], roles: tuple[str, ...] = ("claim",)):
    """Earlier and later figures of ``roles``, of one family, one machine and the same
    conditions, in two sentences (a garbled or ambiguous figure has no sure value: left out)."""
    claims = [i for i in items if i.kind == "figure" and i.role in roles and (
        i.flag is None or i.flag.startswith("out-of-range"))]    # judged as written: its value
    for k, later in enumerate(claims):
        for first in claims[:k]:
            if first.quote != later.quote and first.drone == later.drone \
                    and FAMILIES.get(first.field, first.field) == FAMILIES.get(
                        later.field, later.field) \
                    and all(getattr(first, c) == getattr(later, c)
                            for c in ("payload", "at_speed", "mode", "with_payload")):
                yield first, later


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 0.005 * max(abs(a), abs(b))


def _same_ends(a: str, b: str) -> bool:
    """The same figure: the same ends, or the same one end where one is an open bound ("up to
    20 minutes" and "15-20 minutes"; "more than 3 thousand km" and "three thousand
    kilometers"). A range and a point at its middle are not ("1 tonne to 2 tonnes" and
    "1.5-tonne", trials_new6's fregat-tass)."""
    (la, ha), (lb, hb) = _ends(a), _ends(b)
    if ha is None and hb is None:
        return _close(la, lb)
    return _close(ha, hb) and (_close(la, lb) or la is None or lb is None) or (
        _close(la, lb) and (ha is None or hb is None))


def quoted_restatements(items: list["Item"], body: str) -> None:
    """A claim or input in quoted words with the value of an earlier one outside quotes
    (:func:`_same_ends`): context."""
    for first, later in list(_pairs(items, ("claim", "input"))):
        if later.role == "context" or first.role == "context" or not _in_quote(
                body, later.start) or _in_quote(body, first.start) or not _same_ends(
                first.text, later.text):
            continue
        field = later.field
        _to_context(later, f"quoted words restating {first.written!r} ({first.field}) of an "
                    "earlier sentence: drafted once, there", "a figure the article states "
                    "before")
        later.field = later.guess = field          # its field kept, as a second input's


def _reworded(first: "Item", later: "Item") -> bool:
    """Whether one of two figures of one unit was written in other words, which the field rules
    rewrote ("eight hours and ten minutes", read as "490 min", beside "490 minutes"); not the
    same unit spelt twice ("30 kilometers or more" and "30 km": fpv-tass counts each)."""
    return (first.text != first.written) != (later.text != later.written)


def unit_restatements(items: list["Item"]) -> None:
    """Two claims of one value written in two units (or in words and in one unit: "a flight
    time record of eight hours and ten minutes", then "At 490 minutes of flight time": uasmag
    on the Hybrix, review 19): the rounder one is context."""
    for first, later in list(_pairs(items)):
        if first.role != "claim" or later.role != "claim" or first.field != later.field \
                or _ANOTHER.search(later.quote) or _other_days(first.quote, later.quote):
            continue                # a range and a flown distance; "Later ... another flight"
        a, b = _read(first.text), _read(later.text)
        if not a or not b or a.nominal is None or b.nominal is None or (
                a.nominal.units == b.nominal.units and not _reworded(first, later)):
            continue                # one unit, as written twice ("flies 30 km" twice)
        va, vb = _text_value(first.text), _text_value(later.text)
        if va is None or vb is None or not max(abs(va), abs(vb)):
            continue
        apart = abs(va - vb)
        steps = (_text_step(first.text), _text_step(later.text))
        if apart > max(steps) or apart > MOST_APART * max(abs(va), abs(vb)):
            continue
        rough, fine = (first, later) if steps[0] >= steps[1] else (later, first)
        field = rough.field
        _to_context(rough, f"restates {fine.written!r} ({fine.field}) in another unit, within "
                    "its rounding: the same figure, drafted once, there",
                    "a figure the article states again")
        rough.field = rough.guess = field


def same_flights(items: list["Item"], body: str) -> None:
    """The passes of this module, in order (``extract``'s one hook)."""
    that_flight(items, body)
    quoted_restatements(items, body)
    unit_restatements(items)
