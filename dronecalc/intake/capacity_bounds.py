"""Whether a payload figure is an "up to" capacity of the drone ("carries up to 10 kg"): a
maximum-payload claim, not the load of one flight.

Split from :mod:`dronecalc.intake.cues` (at the 700-line cap) so that the cue table can grow;
``cues`` re-exports :func:`is_capacity_bound`.
"""
from __future__ import annotations

import re


#: A load written "up to" / "as much as" after a present-tense carrying word ("carries up to
#: 10 kg", "can lift payloads of up to 400 kilograms", "has a payload of up to 5 kg") is what
#: the machine can carry, its capacity: a maximum-payload claim (issue 10: "carries up to
#: 10 kg"), where it had been drafted as the payload input of every claim ("lift payloads of
#: up to 400 kilograms", i-hls.com on the HYDRA-400, drafted no claim at all). A past flight's
#: load ("carried up to 10 kg on the flight") stays an input with an open bound.
_OPEN_LOAD = re.compile(r"(?i)(?:up ?to|as much as)\s")   # also run together: "upto 5 kg"
#: (also "delivering packages weighing up to three pounds": what it carries, bjtonline)
_CARRYING_NOW = re.compile(r"(?i)\b(?:carr(?:y|ies)|lifts?|hauls?|lugs?|transports?|holds?|"
                           r"ferr(?:y|ies)|"
                           r"payloads?(?: capacity)? of|loads? of|(?:packages?|parcels?|"
                           r"orders?|items?|goods)(?: weighing)?)\b[^,;.]{0,30}$")
_CARRIED = re.compile(r"(?i)\b(?:carried|lifted|hauled|transported|ferried|delivered|dropped|"
                      r"flew|was|"
                      r"were|had)\b")
#: Where the carrying verb's clause starts (a relative clause or a second verb before it is
#: another clause's: "The quadcopter, which was unveiled in May, carries up to 10 kg").
_CLAUSE_START = re.compile(r"(?i)[,;(]|\band\b|\bbut\b")
#: Another carrier than the drone, as the subject right before the verb: "Delivery vans ...
#: carry up to 500 kg", "each of its eight motors lifts up to 12 kg" (review 9).
_OTHER_CARRIER = re.compile(r"(?i)\b(?:vans?|trucks?|lorr(?:y|ies)|cars?|helicopters?|couriers?|"
                            r"people|persons?|workers?|motors?|rotors?|arms?|propellers?|"
                            r"boats?|ships?|trains?|planes? (?:that|which))\b")
#: After the figure: a difference, not a load ("up to 10 kg more than its rival", "up to 10
#: kg less fuel", "up to 5 kg heavier").
_DIFFERENCE = re.compile(r"(?i)^\s*(?:\([^)]{0,30}\)\s*)?(?:more|less|fewer|heavier|lighter|"
                         r"extra|additional)\b")


def is_capacity_bound(sentence: str, start: int, before: str) -> bool:
    """Whether the payload figure at ``start`` of ``sentence`` is an "up to" capacity: of
    the drone (no other carrier right before the verb), in the verb's own present-tense
    clause, and a load, not a difference."""
    carrying, bound = _CARRYING_NOW.search(before), _OPEN_LOAD.match(sentence, start)
    if not (bound and carrying):
        return False
    clause = max((m.end() for m in _CLAUSE_START.finditer(before, 0, carrying.start())),
                 default=0)
    lead = before[max(0, carrying.start() - 40):carrying.start()]
    rest = re.sub(r"^[\d.,\s]+\S*", "", sentence[bound.end():bound.end() + 40])  # past "10 kg"
    return not (_CARRIED.search(before, clause, carrying.start())
                or _OTHER_CARRIER.search(lead) or _DIFFERENCE.match(rest))
