"""A rotor count written as the airframe: "six-rotor drone", "4-rotor", "twelve rotors" (issue 10).

:func:`~dronecalc.intake.airframes.resolve` reads the words of the airframe table; a count of
rotors is no row of it ("six-rotor drone" had been "unknown airframe", with a hint to write
"hexacopter", ux7; "twelve rotors" had no hint at all). A count of three or more lift rotors,
in words or digits, before "rotor", "rotors" or "rotored" (any space, hyphen or underscore
between), names a multirotor with that many rotors, as the table's "hexacopter" does. One or
two rotors name no multirotor (a helicopter, a tandem, a wing's propellers): no match. The
rotor range a case accepts is the ``rotors`` field's, checked where the count is used.

Kept apart from :mod:`.airframes` for its line count; the matches are appended to the
table's (:func:`found`) and looked up with :func:`entry`.
"""
from __future__ import annotations

import functools
import re

from .numbers import ONES
from .type_names import Word

#: Counts in words that name a multirotor (three to nineteen).
COUNT_WORDS = {w: n for w, n in ONES.items() if n >= 3}

_COUNT = re.compile(r"(?<![a-z0-9.,])(" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True))
                    + r"|[1-9]?[0-9])[\s_-]*rotor(?:s|ed)?(?![a-z0-9])")


def found(text: str) -> list[tuple[int, str, str]]:
    """(position, word, "layout") for every rotor count in lower-case ``text``, as
    :func:`~dronecalc.intake.airframes.resolve` collects the table's words."""
    out = []
    for match in _COUNT.finditer(text):
        count = COUNT_WORDS.get(match.group(1)) or int(match.group(1))
        if count >= 3:
            out.append((match.start(), f"{count}-rotor", "layout"))
    return out


@functools.lru_cache(maxsize=None)
def entry(word: str) -> Word:
    """The table row a count word of :func:`found` stands for ("6-rotor": 6 rotors)."""
    return Word(("multirotor",), rotors=int(word.split("-", 1)[0]),
                source="a rotor count: 'six-rotor drone', '6 rotors' (intake.rotor_words)")
