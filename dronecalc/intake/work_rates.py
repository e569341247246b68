"""A sprayer's work rate against its flight time (issue 10, round flights9).

A farm drone's article gives two times: how long it flies and how long it takes to spray an
area ("can fly for 18 minutes, spraying an acre of land in under 10 minutes"). The work-rate
cue of :data:`~dronecalc.intake.cues.CUES` ("an acre", "acres of crops") is scored by its
distance to each time, so it took the flight time right before it ("flies for 18 minutes and
covers 20 acres of crops per flight": context) and left the area's own time, which has the
first time between it and the cue, to the flight verb (the claim, inverted). This module reads
the two constructions that say which time is which, in :func:`~dronecalc.intake.spotting.
guess_field`'s scores:

- a time right after its own flight verb ("flies for", "can stay aloft for up to", "a flight
  time of") is a flight time, whatever area follows: the work-rate cue is not its;
- a time right after an area and "in" ("an acre of land in under 10 minutes", "10 hectares
  within 20 minutes") beside a flight time of its sentence (a time after its own flight verb,
  as above; a charge time is none) is that area's time, a work rate:
  context. Alone, it stays as the cues read it: trials_new's Hylio "can cover 10 acres in
  about 10 minutes" is its hand case's flight-time claim (aloft at least that long; a
  flight-time claim is judged one-sided, as an "at least").

Kept apart from :mod:`dronecalc.intake.spotting` for its line count (the 700-line cap).
"""
from __future__ import annotations

import re

__all__ = ["work_rate"]

_AREA = r"(?:acres?|hectares?|ha)"
#: The work-rate cue's words (an area).
_AREA_WORD = re.compile(rf"(?i)\b{_AREA}\b")
#: A time right after its own flight verb or flight noun.
_FLIGHT_BEFORE = re.compile(
    r"(?i)(?:\b(?:fl(?:y|ies|ew|own|ying)|(?:stay|remain)(?:s|ed|ing)?\s+(?:aloft|airborne|"
    r"in the air)|last(?:s|ed)?)(?:\s+for)?|\b(?:flight time|flight duration|endurance)\s+"
    r"(?:of|is|was))(?:\s+(?:up to|about|around|nearly|almost|roughly))?\s+$")
#: A time right after the area it is spent on.
_AREA_IN = re.compile(rf"(?i)\b{_AREA}(?:\s+of\s+[\w-]+){{0,2}}\s+(?:in|within)\s+$")


def work_rate(sentence: str, span: tuple[int, int], dim: str,
              scores: dict[str, tuple[float, str]],
              others: tuple[tuple[int, int, str], ...] = ()) -> None:
    """Rewrite ``scores`` (field -> (score, cue word), of a figure at ``span``; ``others`` the
    (start, end, dim) of the sentence's other figures) for the two constructions of the module
    docstring; others are left as they are."""
    if dim != "time":
        return
    before = sentence[max(0, span[0] - 80):span[0]]
    area = _AREA_IN.search(before)
    # "spraying an acre of land in under 10 minutes" beside "can fly for 18 minutes": beside
    # another time that is flown, not a charge time ("covers 10 hectares in 20 minutes and
    # recharges in 30 minutes")
    if area is not None and any(d == "time" and _FLIGHT_BEFORE.search(
            sentence[max(0, a - 80):a]) for a, _, d in others):
        top = max((s for s, _ in scores.values()), default=1.0)
        scores["context"] = (2.0 * top, " ".join(area.group().split()[:-1]))
    elif "context" in scores and _AREA_WORD.search(scores["context"][1]) \
            and _FLIGHT_BEFORE.search(before):
        del scores["context"]                # "flies for 18 minutes and covers 20 acres"
