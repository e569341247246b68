"""Conditions ``extract`` links to a claim from the figures of its sentence: the speed a
flight time or range was flown at (``at_speed``), the payload it was made with (``payload``)
and the distance a time was flown over (``refers``: "5 km in 10 minutes"). Kept apart from :mod:`dronecalc.intake.extract` for its line count."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import DroneCalcError
from .spotting import WITH_LOAD_WHY

if TYPE_CHECKING:
    from .extract import Item


#: What joins a flight time or range to the speed it was flown at: "31 minutes (at a
#: consistent 25 kph)", "18 km (at a consistent 50 kph)" (DJI's sheets), "22.5 km at 14 m/s",
#: "can reach targets 20 km away at 60 km/h"; also "at speeds of 25 km/h", "at speeds between
#: 29 and 39 km/h" (review 17: "speeds" had left the speed a claim of its own, and the time
#: was judged at the best speed), as everywhere below.
_AT_SPEED_GAP = re.compile(r"^[ \t]*(?:away[ \t]+)?\(?[ \t]*"
                           r"(?:(?:in )?(?:no|zero|calm) wind(?:s| conditions)?,?[ \t]+|"
                           r"windless,?[ \t]+)?at[ \t]+(?:an?[ \t]+)?(?:(?:consistent|constant|"
                           r"steady|cruising|average)[ \t]+)?(?:(?:air)?speeds?[ \t]+(?:of[ \t]+)?)?$",
                           re.IGNORECASE)
#: A speed written before the flight time it was flown at: a fly verb and "at" before the speed
#: ("cruises at 100 km/h for 3 hours", "flew at 60 km/h for 40 km"), "for" between the two
#: (issue 10, intake11; "at up to 100 km/h" is an open bound, no condition).
_FLOWN_AT = re.compile(r"(?i)\b(?:cruis(?:e|es|ed|ing)|fl(?:y|ies|ew|own|ying)|travel(?:s|led|ed|"
                       r"ling|ing)?)[ \t]+at[ \t]+(?:an?[ \t]+)?(?:(?:consistent|constant|steady|"
                       r"average)[ \t]+)?(?:(?:air)?speeds?[ \t]+(?:of[ \t]+)?)?$")
_FOR_GAP = re.compile(r"(?i)[ \t]*,?[ \t]*for[ \t]+$")
#: A maker's measurement note in parentheses right after the claim, up to its speed: "46
#: minutes (measured while flying at 32.4 kph in a windless environment until 0% battery)"
#: (DJI's sheets), "55 minutes (without payload, at 8 m/s)", "40 min (no wind, 25 km/h, to 10%
#: battery)": inside the parenthesis "at" may be left out.
_MEASURED_GAP = re.compile(r"^[ \t]*\([ \t]*(?:(?:measured|tested|recorded|obtained)[ \t]+)?"
                           r"(?:(?:while|when)[ \t]+)?(?:(?:flying|cruising|flown)[ \t]+)?"
                           r"(?:(?:in (?:an? )?(?:windless|no-wind|calm) (?:environment|"
                           r"conditions?)|(?:in )?(?:no|zero|calm) wind(?:s| conditions)?|"
                           r"windless|without (?:an? |any )?(?:payload|load)|with no (?:payload|"
                           r"load)|unloaded|at sea level),?[ \t]+)*"
                           r"(?:at[ \t]+(?:an?[ \t]+)?(?:(?:consistent|constant|steady|cruising|"
                           r"average)[ \t]+)?(?:(?:air)?speeds?[ \t]+(?:of[ \t]+)?)?)?$", re.IGNORECASE)
#: The share of the pack left at landing a maker's figure was measured to: "until 0% battery",
#: "to 10% battery", "with a 20% reserve", "20 % reserve", "leaving 15% remaining".
_RESERVE = re.compile(r"(?i)\b(?:(?:until|to|down to|landing with|leaving|with|keeping)[ \t]+"
                      r"(?:an?[ \t]+)?(?P<a>\d{1,2}(?:\.\d+)?)[ \t]?%[ \t]*(?:of[ \t]+)?(?:the[ \t]+)?"
                      r"(?:battery|charge|remaining|reserve|left|capacity|soc)\b|(?P<b>\d{1,2}"
                      r"(?:\.\d+)?)[ \t]?%[ \t]+(?:battery[ \t]+)?reserve\b)")
#: Words right after the speed that make it a wind's speed, not the flight's: "at 10 m/s wind
#: speed", "at 12 m/s headwind" ("at 14 m/s without wind" stays the flight's speed).
_WIND_AFTER = re.compile(r"^[ \t]*\)?[ \t]*(?:of[ \t]+)?(?:head|tail|cross|side)?-?[ \t]*"
                         r"(?:winds?|gusts?|breeze)\b", re.IGNORECASE)


def link_speeds(items: list[Item], body: str) -> list[Item]:
    """A speed written "at ..." right after a flight-time or range claim is the speed that
    claim was flown at: the claim's ``at_speed`` (judged at that speed), not a speed claim of
    its own that no check can judge. A speed a statement refers to, and an open bound ("at up
    to 200 km/h": no condition a check can fly), are left as they are."""
    referenced = {id(r) for i in items if i.kind == "statement" for r in i.refers_to}
    figures = [i for i in items if i.kind == "figure"]
    dropped = set()
    for claim, speed in zip(figures, figures[1:]):
        end = claim.start + len(claim.written)
        if (claim.role == "claim" and claim.field in ("flight_time", "range")
                and claim.mode is None and (speed.field in ("speed", "top_speed") or (
                    speed.runner_up or ("",))[0] in ("speed", "top_speed"))  # "14 m/s without wind"
                and id(speed) not in referenced and id(claim) not in dropped
                and (speed.quote == claim.quote and 0 <= speed.start - end <= 40
                     and (_AT_SPEED_GAP.match(body[end:speed.start])
                          or _MEASURED_GAP.match(body[end:speed.start]))
                     or _note_speed(body, end, speed.start))
                and not _WIND_AFTER.match(body[speed.start + len(speed.written):])
                and _point_or_range(speed.text)):
            claim.at_speed = speed.text
            claim.notes.append(f"flown at {speed.written!r}: its at_speed")
            dropped.add(id(speed))
    for speed, claim in zip(figures, figures[1:]):     # "cruises at 100 km/h for 3 hours"
        end = speed.start + len(speed.written)
        if (claim.role == "claim" and claim.field in ("flight_time", "range")
                and claim.mode is None and claim.at_speed is None and speed.quote == claim.quote
                and speed.field in ("speed", "cruise_speed") and id(speed) not in referenced
                and id(speed) not in dropped and _FOR_GAP.match(body, end, claim.start)
                and _FLOWN_AT.search(body, max(0, speed.start - 40), speed.start)
                and _point_or_range(speed.text)):
            claim.at_speed = speed.text
            claim.notes.append(f"flown at {speed.written!r} (written before it): its at_speed")
            dropped.add(id(speed))
    _link_reserves([f for f in figures if id(f) not in dropped], body)   # its speed is its own
    return [i for i in items if id(i) not in dropped]


#: A spec sheet's measurement note on the lines after a figure: "Max Flight Time: / 46 minutes /
#: Measured in a controlled test environment. Specific test conditions are as follows: flying
#: at a constant speed of 32.4 kph in a windless environment at sea level, ... and from 100%
#: battery level until 0%." (DJI's Mavic 3 Classic sheet, specs_heldout).
_NOTE = re.compile(r"(?i)[ \t]*\n[ \t]*\(?(?:measured|tested|test conditions|specific test "
                   r"conditions|(?:this|the) (?:figure|value) (?:is|was) measured)\b[^\n]*$")
_NOTE_SPEED = re.compile(r"(?i)\b(?:flying|flown|cruising)[ \t]+at[ \t]+(?:an?[ \t]+)?(?:(?:constant|"
                         r"consistent|steady|average)[ \t]+)?(?:(?:air)?speeds?[ \t]+(?:of[ \t]+)?)?$")
#: Words of charging or ageing before a share: never a reserve ("charges to 90% in 30 min").
_CHARGE = re.compile(r"(?i)\bcharg\w*|\bcycles?\b|\bretain\w*|\bhealth\b|\brecycl\w*")
#: "from 100% battery level until 0%": the share left at landing, with no word after it.
_UNTIL = re.compile(r"(?i)\bfrom[ \t]+100[ \t]?%[ \t]+(?:battery[ \t]*(?:level)?[ \t]+)?"
                    r"(?:until|to)[ \t]+(?P<a>\d{1,2}(?:\.\d+)?)[ \t]?%")


def _note_speed(body: str, end: int, at: int) -> bool:
    """Whether the speed at ``at`` is the flying speed of a measurement note that opens the
    line right after the claim ending at ``end``."""
    return 0 <= at - end <= 400 and bool(_NOTE.match(body, end, at)) and bool(
        _NOTE_SPEED.search(body, end, at))


#: Where a claim's clause ends: a full stop (not a decimal point), a semicolon, a line's end.
_CLAUSE_END = re.compile(r"\.(?!\d)|[;\n]")


def _link_reserves(figures: list[Item], body: str) -> None:
    """A flight time or range measured "until 0% battery", "with a 20% reserve": the claim's
    ``reserve`` (judged to that share left), read in the claim's own parenthesis, or else up to
    the end of its clause, and only where no other figure comes between ("40 minutes and a top
    speed of 60 km/h (with 15% battery left)": the speed's)."""
    starts = [f.start for f in figures]
    for claim in figures:
        if claim.role != "claim" or claim.field not in ("flight_time", "range"):
            continue
        end = claim.start + len(claim.written)
        tail = body[end:end + 160]
        noted = tail.lstrip().startswith("(")        # the claim's own parenthesis
        end_of_clause = _CLAUSE_END.search(tail)   # "a 12.5% reserve": no full stop (review 15)
        stop = tail.find(")") if noted else end_of_clause.start() if end_of_clause else len(tail)
        tail = tail[:stop if stop >= 0 else len(tail)]
        line = body.find("\n", end + 1)
        if _NOTE.match(body, end, line if line > 0 else len(body)):
            tail, noted = body[end:line if line > 0 else len(body)], True   # the next line's note
        m = _RESERVE.search(tail) or _UNTIL.search(tail)
        # outside a measurement note only a reserve said as one: "40 minutes, and fast
        # charging brings it to 80% charge", "90% capacity retained after 500 cycles" are the
        # pack's, no share left at landing (review 14)
        if m is None or any(end < s < end + m.start() for s in starts) or (
                not noted and not re.search(r"(?i)reserve|landing with|leaving", m.group())) or (
                _CHARGE.search(tail, 0, m.end())):
            continue
        claim.reserve = f"{m.group('a') or m.group('b')} %"
        claim.notes.append(f"measured to {m.group()!r}: its reserve")


def _point_or_range(text: str) -> bool:
    """Whether ``text`` reads as a value or a range, the only conditions a case takes."""
    from .figures import parse
    try:
        return parse(text).kind in ("point", "range")
    except DroneCalcError:
        return False


#: Words just before a payload that make it a maximum, a capacity ("a maximum payload of").
_MAX_LOAD = re.compile(r"(?i)\b(?:max(?:imum|\.)?|up to|capacity|at most)\b[^,;.]{0,25}$")


#: What joins a claim to the maximum payload it was flown with: "..., with a maximum payload".
_WITH_GAP = re.compile(r"(?i)^[^;:]{0,40}\bwith\b[^;:]{0,30}$")


#: A capacity word right before a load: "with a payload capacity of 10 kg", "with a lifting
#: capability of up to 5 kg", "with a capacity to carry 5 kg".
_CAPACITY_BEFORE = re.compile(r"(?i)\b(?:capacity|capability|capable)\b[^,;:.\d]{0,20}$")


#: A carry verb right before a load ("can carry goods up to", "can deliver up to a").
_CARRY_BEFORE = re.compile(r"(?i)\b(?:carr(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|lift(?:s|ed)?|"
                           r"lugs?|transport(?:s|ed)?|haul(?:s|ed)?)\b[^,;:.]{0,20}$")
#: The gap from that load to its claim, in one clause: no comma, no "and".
_SAME_CLAUSE = re.compile(r"(?i)^(?![^,;:]*\band\b)[^,;:]{0,40}$")


#: Words that open a claim's clause and say it was made with no load: "Unloaded, it flies 35
#: minutes", "Without a payload, the drone flies 40 minutes" (at the sentence's or a
#: semicolon part's start, followed by a comma).
_NO_PAYLOAD_BEFORE = re.compile(r"(?i)^[\s\"'(]*(?:(?:and|but|when|while|if)\s+)?"
                                r"(?:with no (?:payload|load|cargo)|without (?:an? |any |its |"
                                r"the )?(?:payload|load|cargo)|unloaded|empty|unladen|"
                                r"no (?:payload|load)),")


def no_payload_before(sentence: str, start: int) -> bool:
    """Whether the sentence's part (from its start or the last semicolon) that holds the
    figure at ``start`` opens with no-load words (:data:`_NO_PAYLOAD_BEFORE`) and no other
    figure comes between (review 5, finding 3)."""
    part = sentence.rfind(";", 0, start) + 1
    m = _NO_PAYLOAD_BEFORE.match(sentence[part:start])
    return m is not None and not re.search(r"\d", sentence[part + m.end():start])


#: A payload that opens its part and is followed by a comma: "...; with a 2 kg payload, 20
#: minutes": the load is the claim's after it, not the one before.
_LEADING_LOAD = re.compile(r"(?i)(?:^|[;:]|\band\b)\s*(?:but\s+)?with\s+(?:an?\s+|the\s+)?$")
_LOAD_THEN_CLAIM = re.compile(r"(?i)^[^,;:.\d]{0,30},[^,;:.\d]{0,30}$")


def link_payloads(items: list[Item]) -> None:
    """A flight-time or range claim whose sentence states a payload ("75 km ... with a
    maximum payload of 5 kg"; "95 km by reducing the payload to just 1 kg") was made with that
    payload: the claim's own ``payload`` condition, so that two claims with two payloads are
    each judged with theirs (the case's payload input is one). A payload goes to the nearest
    such claim of its sentence only ("55 mins (no payload), 30 mins (10kg payload)": the 30);
    an open bound ("up to 5 kg") or a flagged figure is no condition (``with_payload`` stays)."""
    by_quote: dict[str, list[Item]] = {}
    for i in items:
        if i.kind == "figure" and i.role == "claim" and i.field in ("flight_time", "range",
                                                                     "distance") \
                and i.with_payload is not False:   # "with no payload"
            by_quote.setdefault(i.quote, []).append(i)
    for load in items:
        if load.kind != "figure" or load.field not in ("payload_mass", "max_payload") \
                or load.flag is not None or load.quote not in by_quote:
            continue
        # a leg flown "with" a load is flown with it ("flew 16 km with a 30 kg load", issue
        # 10, extract3); a distance's other loads are intake.leg_loads' ("carried 3 kg 7 km")
        claims = [c for c in by_quote[load.quote] if c.field != "distance"
                  or load.why_role == WITH_LOAD_WHY and c.start < load.start]
        if not claims:
            continue
        at = load.quote.find(load.written)
        if load.field == "max_payload" or _MAX_LOAD.search(load.quote[max(0, at - 40):max(0, at)]):
            # a maximum payload is what the machine can lift, a capacity, not the load a flight
            # time was flown with ("Max payload: 300 g; Flight time: 25 min"); only "with" right
            # after the claim says so ("75 km on a single charge, with a maximum payload of 5 kg"),
            # or a carry verb whose clause goes on to the claim ("can carry goods up to 30 to 40
            # kilograms at a time for 16 kilometers", "can deliver up to a 45kg warhead up to
            # 150km away")
            carried = _CARRY_BEFORE.search(load.quote[max(0, at - 30):max(0, at)])
            # (not "a 40 minute flight time with a payload capacity of 10 kg": a capacity
            # the machine has, no load the flight was flown with; issue 10, intake11)
            capacity = _CAPACITY_BEFORE.search(load.quote[max(0, at - 30):max(0, at)])
            claims = [c for c in claims if (c.start < load.start and not capacity
                                            and _WITH_GAP.search(load.quote[load.quote.find(
                                                c.written) + len(c.written):max(0, at)])) or (
                carried and c.start > load.start and _SAME_CLAUSE.search(
                    load.quote[at + len(load.written):max(0, load.quote.find(c.written))]))]
            if not claims:
                continue
        after = [c for c in claims if c.start > load.start
                 and _LEADING_LOAD.search(load.quote[max(0, at - 30):max(0, at)])
                 and _LOAD_THEN_CLAIM.match(load.quote[at + len(load.written):
                                                       max(0, load.quote.find(c.written))])]
        if after:                             # "; with a 2 kg payload, 20 minutes": the 20's
            claims = after[:1]
        elif load.why_role == WITH_LOAD_WHY:  # "17 min with 0.5 kg": the claim before it
            claims = [c for c in claims if c.start < load.start] or claims
        claim = min(claims, key=lambda c: abs(c.start - load.start))
        if _point_or_range(load.text) and claim.payload is None:
            claim.payload, claim.with_payload = load.text, None
            claim.notes.append(f"made with {load.written!r} of payload: its payload")


#: What joins a distance to the time it was flown in: "5 km in 10 minutes", "1.2 miles in
#: under three minutes" (the qualifier is the time figure's own), "5 km within 10 minutes".
_IN_GAP = re.compile(r"(?i)^[ \t]*(?:in|within)[ \t]+(?:just[ \t]+|only[ \t]+)?$")


#: A past fly or carry verb in a length's clause before it: "carried a 2.5 kg parcel 12 km in
#: 18 minutes" (a distance flown, where the cues read "12 km" as a range or context).
_LEG_VERB = re.compile(r"(?i)\b(?:flew|flown|carried|delivered|transported|travell?ed|covered|"
                       r"ferried|hauled)\b(?:[^,;:.!?]|[.,](?=\d)){0,40}$")


#: A trip noun right after a length, then what joins it to its time: "the 15-km flight took
#: just over ten minutes", "a 20-mile trip lasting 25 minutes", "made a 15-km flight in ten
#: minutes" (the length sizes the trip: its distance, however the cues read it).
_TRIP_GAP = re.compile(r"(?i)^[ \t-]*(?:long[ \t]+|round[ -]trip[ \t]+)?(?:delivery[ \t]+)?"
                       r"(?:flights?|trips?|journeys?|legs?|sorties?|hops?)[ \t]*,?[ \t]*"
                       r"(?:(?:that|which)[ \t]+)?(?:took|takes|lasted|lasting|lasts|taking|"
                       r"in|within|of)[ \t]+(?:just[ \t]+|only[ \t]+)?$")


def link_legs(items: list["Item"], body: str) -> None:
    """A distance and the time it was flown in, in one phrase ("flew 5 km in 10 minutes"):
    the time refers to the distance, so that check judges the leg at distance / time
    (``claims.kinds.leg.speed_from_time``). A length after a past fly or carry verb
    (:data:`_LEG_VERB`) is the distance, and a time whose cue made it context ("in 10 minutes
    before landing") is the leg's flight time (review 5, finding 10)."""
    figures = [i for i in items if i.kind == "figure"]
    for dist, time in zip(figures, figures[1:]):
        end = dist.start + len(dist.written)
        trip = _TRIP_GAP.match(body[end:time.start])
        if not (dist.quote == time.quote and time.mode != "hover" and time.at_speed is None
                and (trip or _IN_GAP.match(body[end:time.start]))):
            continue
        verb = dist.field in ("range", "context") and dist.flag is None and dist.role != "input" \
            and (trip or _LEG_VERB.search(body, max(0, dist.start - 60), dist.start))
        timed = time.field == "flight_time" or (
            time.field == "context" and time.flag is None
            and (time.runner_up or ("",))[0] == "flight_time")
        if not (dist.field == "distance" or verb) or not timed:
            continue
        for item, field in ((dist, "distance"), (time, "flight_time")):
            if item.field != field:
                item.notes.append(f"a leg ({dist.written!r} in {time.written!r}): written as "
                                  f"{field}, not {item.field}")
                item.field = item.guess = field
                item.role, item.why_role = "claim", "a leg flown: a distance in a time"
        if dist.payload is not None:          # a distance takes no payload: the leg's time does
            if time.payload is None:
                time.payload, time.with_payload = dist.payload, None
                time.notes.append(f"made with {dist.payload!r} of payload: its payload")
            dist.payload = None
            dist.notes = [n for n in dist.notes if not n.startswith("made with ")]
        time.refers_to.append(dist)
        time.notes.append(f"the time the distance {dist.written!r} was flown in: refers "
                          "to it, so that check judges the leg at distance / time")


def check_payloads(items: list["Item"], kind: str | None) -> None:
    """A payload linked to a claim is read as the case reader reads a claim's ``payload``
    condition (``payload_mass``, the plausible ranges of ``kind``): one it would refuse (a
    table's 85,736.5 g, plausible as a maximum payload but not as a multirotor's load) is no
    condition, so that the draft loads; the figure keeps its own entry. Then the loads found
    to be warheads are written as such (:func:`~dronecalc.intake.figure_nouns.name_warheads`)."""
    from .fields import read_figure
    from .figure_nouns import name_warheads
    name_warheads(items, kind)
    for item in items:
        if item.kind != "figure" or item.payload is None:
            continue
        try:
            flagged = read_figure(item.payload, "payload_mass", kind).flag is not None
        except DroneCalcError:
            flagged = True
        if flagged:
            item.notes = [n for n in item.notes if not n.startswith("made with ")]
            item.notes.append(f"the payload {item.payload!r} beside it is outside the plausible "
                              "loads, so it is no condition of this claim")
            item.payload = None
