"""Records beaten: the margin over a record, and another machine's record, are no figures of
the article's machine (issue 10, review 18).

LAE Times on Luke Bell's record quadcopter: "The record surpasses SiFly's Q12
Guinness-certified mark of 3 hours 11 minutes (set July 2025) by more than one hour". Both
figures had been drafted as claims of Bell's drone: the 3 h 11 min (the Q12's record, which
names no "previous" record, the only record words :mod:`dronecalc.intake.restated` read) and
"more than one hour" (the margin: how much longer Bell's flight was, no flight of anything).

* :data:`RIVAL_RECORD`: a record noun possessed by a name, the object of a verb of beating
  ("surpasses SiFly's Q12 Guinness-certified mark of", "beat DJI's record of"): the figure it
  names is that record, another machine's; :func:`dronecalc.intake.restated.class_figures`
  makes it context (with :func:`names_record`: only the figure the record noun names, "mark
  of 3 hours"; the margin after it is :func:`margins`').
* :func:`margins`: a figure right after "by" in a clause with a verb of beating or of
  growing ("surpasses ... by more than one hour", "beat the previous record by 20 minutes",
  "extends the flight time by 10 minutes") is a margin: context. "broke the record by flying
  for 26 hours" keeps its figure (a verb after "by": the machine's flight).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .extract import Item

from .governing import _NAMED

__all__ = ["RIVAL_RECORD", "margins", "names_record"]

_BEAT = (r"surpass\w*|beat(?:s|en|ing)?|br(?:eak|eaks|oke|oken|eaking)|exceed\w*|"
         r"top(?:s|ped|ping)?|eclips\w*|better(?:s|ed|ing)?|outdid|outdo(?:es|ing)?|"
         r"outlast\w*|smash\w*|shatter\w*|crush\w*")
#: A record possessed by a name, beaten: "surpasses SiFly's Q12 Guinness-certified mark",
#: "beat the Zephyr's record" (a capitalised possessor: "its own record" is the machine's).
RIVAL_RECORD = re.compile(rf"(?i)\b(?:{_BEAT})\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:['’]s)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:records?|marks?|best)\b")


def names_record(quote: str, record: "re.Match", at: int) -> bool:
    """Whether the figure at ``at`` of ``quote`` is the one the record noun of ``record`` (a
    :data:`RIVAL_RECORD` match) names: right after it ("mark of 3 hours", "record: 3 h")."""
    return bool(_NAMED.fullmatch(quote, record.end(), at))


#: A verb or comparative that a margin measures: beating a record, growing a figure.
_MARGIN_VERB = re.compile(rf"(?i)\b(?:{_BEAT}|improv\w*|extend\w*|increas\w*|lengthen\w*|"
                          r"boost\w*|longer|faster|further|farther|more)\b")
#: "by" and the qualifiers a margin is written with, right before the figure.
_BY = re.compile(r"(?i)\bby\s+(?:(?:more than|over|nearly|almost|about|around|some|roughly|"
                 r"just|only|well over|just over|less than|under|a further|another|at least|"
                 r"up to)\s+)?$")


def margins(items: list["Item"]) -> None:
    """Each figure written right after "by" (:data:`_BY`) with a verb of beating or growing
    before it in its clause (:data:`_MARGIN_VERB`, from the last semicolon, at most 160
    characters back) becomes context with a note: a margin, not the machine's figure."""
    from .restated import _to_context                # a late import: restated imports this
    for item in items:
        if item.kind != "figure" or item.role == "context":
            continue
        at = item.quote.find(item.written)
        if at <= 0:
            continue
        before = item.quote[:at]
        by = _BY.search(before)
        if by is None:
            continue
        part = max(before.rfind(";", 0, by.start()) + 1, by.start() - 160)
        verb = None
        for verb in _MARGIN_VERB.finditer(before, part, by.start()):
            pass
        if verb is None:
            continue
        _to_context(item, f"'{verb.group()} ... {before[by.start():].strip()} "
                          f"{item.written}': a margin (how much more), not the machine's "
                          f"{item.field}: context", "a margin over another figure")
