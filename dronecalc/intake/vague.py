"""Vague spoken claims: "about an hour", "a couple of hours", "roughly two hours" (review 17).

A claim written in spoken words with a hedge, or as a vague quantity ("a couple of"), is a
rounded figure: "about an hour" may be anything from three quarters of an hour to an hour
and a quarter. dronecalc reads it as its number (:func:`dronecalc.intake.numbers.normalise`:
"about 1 hour") and judges that one value: an approximate figure gets no band of its own
(:mod:`dronecalc.intake.figures` keeps the hedge as ``approximate`` and no check widens it).
A claim judged at a value the source only rounded to had been shown with no word of it
(bad/words-hour.toml: "about an hour" implausible, as a point of 1 h), so such a claim is
flagged ``vague``: kept as written, no other reading offered, the flag saying what it was
judged at. Figures in digits ("about 900 km") are the source's own number and are not
flagged; nor is a spoken figure with no hedge ("three kilograms", "half an hour").
"""
from __future__ import annotations

import re

from ..wording import num
from . import averages
from .averages import WORDS
from .fields import Flag, ReadFigure
from .numbers import scan

#: A hedge before the figure, or "or so" after it (the words intake.figures reads as
#: approximate, and the spoken ones intake.numbers rewrites to them).
_HEDGE = re.compile(r"(?i)^\s*(?:about|around|approximately|approx\.?|roughly|some|nearly|"
                    r"almost|circa|ca\.|an estimated|~|≈)(?![A-Za-z])")
_OR_SO = re.compile(r"(?i)\bor so\s*$")


def vague_words(text: str) -> str | None:
    """The spoken words that make ``text`` vague ("a couple of", "about an hour"), or None."""
    if not isinstance(text, str):
        return None
    spoken = [s for s in scan(text) if s.value is not None]
    for s in spoken:
        if s.vague:                                   # "a couple of hours"
            return text[s.start:s.end]
    if spoken and (_HEDGE.match(text) or _OR_SO.search(text)):
        return text.strip()                           # "about an hour", "two hours or so"
    return None


def flagged(read, text: str, field: str):
    """``read`` (a claim's ReadFigure) with a ``vague`` flag when ``text`` is a vague spoken
    quantity and no other flag is raised on it; anything else comes back as it was."""
    if not isinstance(read, ReadFigure) or read.flag is not None:
        return read
    words = vague_words(text)
    if words is None:
        return read
    figure = read.figure
    ends = [e for e in (figure.low, figure.high) if e is not None]
    shown = "-".join(dict.fromkeys(num(e.m_as(figure.unit)) for e in ends))
    message = (f"a vague spoken quantity ({words!r}): judged at {shown} {figure.unit:~P} as "
               "written, with no band for the rounding (dronecalc gives an approximate figure "
               "no band of its own), so a verdict near the model's range holds only as well as the source's "
               "rounding does; state the figure in digits if another source gives it")
    return ReadFigure(figure, Flag(None, field, text, "vague", message))


#: Words that make a figure a typical or average value, not one flight's (the one list,
#: :data:`dronecalc.intake.averages.WORDS`): "deliveries take on average 3 minutes",
#: "typically within three minutes", "the average flight time is about three minutes".
_TYPICAL = re.compile(rf"(?i)\b(?:{WORDS})\b")
#: A figure (a number, at most one unit word) right before an averaging word: the word is
#: that figure's ("90 minutes on average"), not the next one's.
_FIGURE_BEFORE = re.compile(r"\d[\d.,]*\s*(?:[^\s\d]+\s*)?$")
#: How far before the figure, within its sentence, such a word is read [characters].
_TYPICAL_REACH = 40


def typical_words(text: str, quote: str | None = None, note: str | None = None) -> str | None:
    """The word that makes the figure ``text`` a typical or average value ("on average",
    "typically", "average"): in the ``quote`` within :data:`_TYPICAL_REACH` characters before
    the figure and in its sentence with no other figure between, else in the figure's
    ``note``; None when neither says so.
    A typical or average time is no one flight's time (claims.kinds.kinematics)."""
    if isinstance(quote, str) and isinstance(text, str) and text:
        at = quote.lower().find(text.lower())
        if at >= 0:
            before = re.split(r"[.!?;]\s", quote[max(0, at - _TYPICAL_REACH):at])[-1]
            found = list(_TYPICAL.finditer(before))
            # a figure between is the word's own ("an average altitude of 120 m for 30 min"),
            # and so is one right before it ("flies 90 minutes on average, carrying 2 kg")
            if found and not re.search(r"\d", before[found[-1].end():]) \
                    and not _FIGURE_BEFORE.search(before[:found[-1].start()]):
                return found[-1].group(0).lower()
    if isinstance(note, str):
        found = _TYPICAL.search(note)
        if found:
            return found.group(0).lower()
    return None


def note_typical(items: list) -> None:
    """A drafted figure written with averaging words ("flies on average 25 minutes", "3 minutes
    on average", "its average speed is 40 km/h"; :data:`~dronecalc.intake.averages.WORDS`) gets
    a note saying so (:func:`~dronecalc.intake.averages.said`): the figure spotter reads the
    number without them, so the draft's text is "25 minutes" and a reader would not see that
    the source gave the typical flight's figure (check reads the words in the quote, as
    :func:`typical_words` does, for its kinematics cross-check). A figure whose text keeps the
    words (the case reader strips and notes them itself, :func:`averages.noted`), or whose
    note already says it, is left as it is."""
    for item in items:
        if item.kind != "figure" or item.role == "context" or averages.averaged(item.text):
            continue
        at = item.quote.find(item.written)
        words = typical_words(item.written, item.quote) or (
            averages.after(item.quote[at + len(item.written):]) if at >= 0 else None)
        if words and not any(_TYPICAL.search(n) for n in item.notes):
            item.notes.append(averages.said(item.text, words.lower(), "flight" if item.field
                                            in _FLIGHT_FIELDS else "machine"))


#: The fields whose figures a flight gives (a typical one is the typical flight's: "typically
#: carries 3 kg on its deliveries", "an average altitude of 120 m"); any other field's is a
#: build figure, the typical machine's ("typically weighs 9 kg"). By field, not role: an input
#: payload or altitude is still a flight's.
_FLIGHT_FIELDS = frozenset({
    "payload_mass", "speed", "top_speed", "dive_speed", "cruise_speed", "distance", "range",
    "flight_time", "altitude", "air_temperature", "radio_range", "service_ceiling",
    "warhead_mass"})


__all__ = ["flagged", "note_typical", "typical_words", "vague_words"]
