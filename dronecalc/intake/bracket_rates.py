"""A speed whose unit a bracketed conversion splits in two: "speeds of up to 18 meters (59 ft)
per second" (New Atlas on DHL's Parcelcopter, trials_new9), "40 miles (64 km) per hour".

:func:`dronecalc.intake.spotting.find_figures` reads "18 meters" and its bracket as one length
("also written as (59 ft)"), and the "per second" after the bracket was left unread: the
Parcelcopter's cruise speed was drafted as an 18 m range claim, "It flies at 40 miles (64 km)
per hour" as a 40-mile altitude. A length figure whose bracket holds another length and is
followed by "per"/"an"/"a" and a time unit is the speed it writes: the figure runs to the
unit's end, its text is "<figure> per <unit>" (the bracket dropped, as a conversion always
is) and its dimension a speed, so that its field is guessed from the speed cues.

"a"/"an" and a time unit is no rate when the words after it make it a count or a moment
(review 16): "flew 5 km (3 miles) a second time on Tuesday" was a 5 km/s speed. "second"
followed by a word other than a function word is the ordinal ("a second time", "a second
attempt", "a second successful flight"; after a comma it is a new clause: the unit), and "an hour later", "a minute before" are when, not
how fast. "18 meters (59 ft) a second", "... a second and ...", "per second", "/s" stay speeds.
"""
from __future__ import annotations

import re

#: The bracket right after the figure (a conversion, at most 40 characters), then the time
#: unit of the rate: "(59 ft) per second", "(64 km) an hour", "(64 km)/h".
_RATE_AFTER = re.compile(r"\s*[(\[][^()\[\]]{1,40}[)\]]\s*(?:(?:per|an?)\s+(second|sec|hour|hr|"
                         r"minute|min)\b|/\s?(s|h|hr|min)\b)", re.IGNORECASE)
#: Words after "a second" that leave it the unit ("18 meters (59 ft) a second, and", "a
#: second in", "a second when"): function words, which no ordinal "second" is followed by.
#: Any other word ("time", "attempt", "flight", "test", "sortie", "successful") makes it one.
_AFTER_RATE = {"and", "or", "but", "with", "without", "in", "at", "on", "over", "during",
               "while", "when", "as", "to", "from", "for", "which", "that", "if", "than",
               "into", "through", "under", "against", "downwind", "upwind", "faster", "flat",
               "top", "max", "maximum", "is", "was", "are", "were"}
#: Words after "a/an <time unit>" that make it a moment, not a rate: "an hour later".
_MOMENT = re.compile(r"(?i)\s*(?:later|earlier|before|after|ago|afterwards?|beforehand|long|"
                     r"of|into)\b")
_WORDS = {"s": "second", "sec": "second", "h": "hour", "hr": "hour", "min": "minute"}
_LENGTH_IN_BRACKET = re.compile(r"[(\[]\s*[~\w .,-]*\d[\d,.]*\s*-?\s*(?:m|km|ft|feet|foot|mi|"
                                r"miles?|met(?:er|re)s?|kilomet(?:er|re)s?|nmi|nm)\b",
                                re.IGNORECASE)


def rates_across_brackets(sentence: str, figures: list[dict]) -> list[dict]:
    """``figures`` (of :func:`~dronecalc.intake.spotting.find_figures`, for ``sentence``)
    with each length that a bracket splits from its "per second" read as that speed."""
    for fig in figures:
        if fig.get("kind") != "figure" or fig.get("dim") != "length":
            continue
        m = _RATE_AFTER.match(sentence, fig["end"])
        if m is None or not _LENGTH_IN_BRACKET.match(sentence, m.start() + len(
                m.group()) - len(m.group().lstrip())):
            continue
        if m.group(1) and _no_rate(sentence, m):
            continue
        unit = (m.group(1) or m.group(2)).lower()
        per = _WORDS.get(unit, unit)
        base = fig.get("canonical") or fig["written"]
        fig.update(dim="speed", canonical=f"{base} per {per}", end=m.end(),
                   written=sentence[fig["start"]:m.end()],
                   note="; ".join(x for x in (fig.get("note"), f"the unit's 'per {per}' comes "
                                              "after the bracket: a speed") if x))
    return figures


def _no_rate(sentence: str, m: "re.Match") -> bool:
    """Whether "a/an <unit>" of ``m`` (not "per": "per second" is always a rate) is a count
    or a moment by the words after it (:data:`_AFTER_RATE`, :data:`_MOMENT`)."""
    if re.search(r"(?i)\bper\s+\w+$", m.group()):
        return False
    if _MOMENT.match(sentence, m.end()):
        return True
    if m.group(1).lower() != "second":
        return False
    nxt = re.match(r"\s*([A-Za-z][\w'’-]*)", sentence[m.end():])   # a comma: a new clause
    return bool(nxt) and nxt.group(1).lower() not in _AFTER_RATE
