"""Drone type names in an article's text, and which name each figure belongs to (for
dronecalc extract; kept apart from :mod:`dronecalc.intake.extract` for its line count)."""
from __future__ import annotations

import bisect
import re

from .spotting import _NAME_PATTERNS

#: Names compared for "the same drone" (Shahed and Shahed-136); more are kept as written.
NAME_LIMIT = 40


def _drone_names(body: str) -> list[tuple[int, str]]:
    """Type names with their positions; a name inside another ("TB2" in "Bayraktar TB2") is
    the longer one."""
    found = []
    for pattern in _NAME_PATTERNS:
        for m in pattern.finditer(body):
            name = m.group(1) if m.groups() else m.group()
            start = m.start(1) if m.groups() else m.start()
            if re.search(r"(?:number|serial|No\.?)\s*$", body[max(0, start - 10):start]):
                continue
            found.append((start, name))
    found.sort()
    canon: dict[str, str] = {}                       # key -> the longest spelling seen
    keyed = []
    for start, name in found:
        key = _name_key(name)
        same = key if key in canon else next(
            (k for k in list(canon)[:NAME_LIMIT] if k in key or key in k), None)
        if same is None:
            canon[key] = name
            same = key
        elif len(name) > len(canon[same]):
            canon[same] = name
        keyed.append((start, same))
    return [(start, canon[key]) for start, key in keyed]


def _name_key(name: str) -> str:
    return re.sub(r"(?<=\d)s$", "", re.sub(r"[\s-]+", "", name.lower()))


def _drone_at(drones: list[tuple[int, str]], starts: list[int], at: int) -> str | None:
    k = bisect.bisect_right(starts, at)
    return drones[k - 1][1] if k else (drones[0][1] if drones else None)


#: Words that introduce a type name as another machine than the article's ("the main
#: competitor to ... is the Switchblade 600", "compared with the Shahed-136").
_RIVAL_BEFORE = re.compile(r"(?i)\b(?:competitors?|rivals?|compared (?:with|to)|unlike|"
                           r"counterparts?|than the)\b[^;!?\n]*$")


#: Words that make a type name the object of its sentence, another machine than the one the
#: figures describe: "has shot down dozens of Shahed-136s", "designed to counter the
#: Shahed-136", "a copy of the Lancet", "similar to the Switchblade". Only a few words may
#: stand between the cue and the name, within the sentence.
_TARGET_BEFORE = re.compile(r"(?i)\b(?:counter(?:s|ing|ed)?|intercept\w*|shoot(?:s|ing)? down|"
                            r"shot down|down(?:s|ed|ing)|hunt\w*|against|destroy\w*|"
                            r"like|similar to|compared (?:with|to)|unlike|than|"
                            r"(?:a )?cop(?:y|ies) of|rivals?|competitors?)"
                            r"\b[^.;!?\n]{0,40}$")


def is_target(body: str, at: int) -> bool:
    """Whether the type name at ``at`` is the object of a target or comparison word
    (:data:`_TARGET_BEFORE`): another machine than the article's subject."""
    return bool(_TARGET_BEFORE.search(body, max(0, at - 80), at))


def named_kind(drones: list[tuple[int, str]], kinds: list[str],
               body: str = "") -> tuple[int, str, str] | None:
    """(position, text, layout) of the one type name an article names when the airframe
    table gives it a layout ("Shahed 136s": a piston fixed wing) and no kind word of the
    article names one; None otherwise (two names, a name the table does not know, or one it
    finds ambiguous, or a name that is only ever the object of a target or comparison word:
    "has shot down dozens of Shahed-136s" is about the interceptor, not a Shahed)."""
    from .airframes import resolve                   # a late import: airframes is heavier
    names = list(dict.fromkeys(d for _, d in drones))
    if len(names) != 1 or any(resolve(k).layout for k in kinds):
        return None
    own = [at for at, d in drones if not (body and is_target(body, at))]
    if not own:
        return None
    text = re.sub(r"(?<=\d)s$", "", names[0])        # "Shahed 136s": the type, plural
    found = resolve(text)
    if found.problem or found.layout is None:
        return None
    return own[0], text, found.layout
