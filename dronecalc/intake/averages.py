"""A case figure written as an average or a typical value: "on average 3 min", "an average of 3
minutes", "typically 3 min", "3 min on average" (issue 10).

The figure rules read a figure and its qualifiers ("about", "up to"), and refused these words as
"words before the figure", though a source means by them a figure of its own kind: the typical
flight's, no one flight's. The case reader reads the figure without them (:func:`figure_text`),
keeps the words in the figure's note (:func:`noted`), where
:func:`~dronecalc.intake.vague.typical_words` finds them for the kinematics cross-check
(``claims.kinds.kinematics``: an average time cannot contradict a speed x range product), and a
claim gets a ``vague`` flag that says it is judged at the average as written (:func:`flagged`).
"""
from __future__ import annotations

import re

from .fields import FIELDS, Flag, ReadFigure

__all__ = ["after", "averaged", "claim_read", "figure_text", "flagged", "noted", "said"]

#: The averaging words, the one list: read before or after a case figure here
#: (:func:`averaged`) and in a claim's quote or note by
#: :func:`dronecalc.intake.vague.typical_words` ("deliveries take on average 3 minutes",
#: "usually 20 minutes").
WORDS = (r"on\s+(?:the\s+)?average|averag(?:e|es|ed|ing)|mean|median|typical(?:ly)?|usually|"
         r"normally|generally|in\s+general|as\s+a\s+rule")
#: The averaging words before the figure ("on average", "an average of", "typically") or after
#: it ("3 min on average", "3 min typically").
_BEFORE = re.compile(rf"(?i)^\s*(?:an?\s+average\s+of|the\s+average\s+is|a\s+typical|{WORDS})"
                     r"\s*:?\s+(?=\S)")
_AFTER = re.compile(rf"(?i)(?<=\S)\s*,?\s+(?:{WORDS})\s*$")


def averaged(text: object) -> tuple[str, str] | None:
    """(the figure alone, the averaging words) of ``text``, or None when it has none."""
    if not isinstance(text, str):
        return None
    m = _BEFORE.match(text)
    if m:
        return text[m.end():].strip(), m.group().strip().rstrip(":").strip()
    m = _AFTER.search(text)
    if m:
        return text[:m.start()].strip(), m.group().strip(" ,")
    return None


def figure_text(text: str, field: str) -> str:
    """``text`` without its averaging words, for a quantity field; else as written."""
    split = averaged(text) if FIELDS[field].kind == "quantity" else None
    return text if split is None else split[0]


def noted(extras: dict, text: str | None, field: str) -> dict:
    """``extras`` with the averaging words of ``text`` said in the note (where
    :func:`~dronecalc.intake.vague.typical_words` reads them)."""
    split = averaged(text) if FIELDS[field].kind == "quantity" else None
    if split is None:
        return extras
    return dict(extras, note="; ".join(x for x in (extras.get("note"), said(*split)) if x))


def said(figure: str, words: str, whose: str = "flight") -> str:
    """The note that says a figure was written with averaging ``words`` and how it is read
    (``whose``: "flight" for what a flight does, "machine" for a build figure such as a
    "typical empty weight"); the words first, where
    :func:`~dronecalc.intake.vague.typical_words` finds them."""
    return (f"'{words}': an average or typical figure, read as {figure}: the typical {whose}'s, "
            f"no one {whose}'s")


def after(rest: str) -> str | None:
    """The averaging words that open ``rest``, the text right after a figure ("3 min on
    average, ..."), or None."""
    m = _RIGHT_AFTER.match(rest)
    return m.group(1) if m else None


#: The averaging words right after a figure, before its clause goes on ("25 minutes on
#: average per charge").
_RIGHT_AFTER = re.compile(rf"(?i)^\s*,?\s+({WORDS})\b")


def flagged(read, text: str, field: str):
    """A claim's ``read`` with a ``vague`` flag saying it is an average judged as written, when
    ``text`` has averaging words and no other flag is raised; anything else as it was."""
    split = averaged(text) if FIELDS[field].kind == "quantity" else None
    if split is None or not isinstance(read, ReadFigure) or read.flag is not None:
        return read
    message = (f"an average or typical figure ('{split[1]}'): judged at {split[0]} as written, "
               "as the typical flight's; one flight may fall short of it or pass it")
    return ReadFigure(read.figure, Flag(None, field, text, "vague", message))


def claim_read(read, text: str, field: str, role: str):
    """A claim's ``read`` as the case reader keeps it: as written (``conditions``), flagged
    ``vague`` for hedged spoken words (:mod:`~dronecalc.intake.vague`) or for averaging words
    (:func:`flagged`); an input's, or anything not a ReadFigure, as it was."""
    from .conditions import claim_as_written
    from .vague import flagged as spoken
    if not isinstance(read, ReadFigure) or role != "claim":
        return read
    return flagged(spoken(claim_as_written(read), text, field), text, field)
