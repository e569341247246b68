"""Figures a report hedges or sets apart from the machine's capability (review 23, issue 10).

* a **conditional possibility** ("Under the right environmental circumstances the drone can
  stay airborne for around 340 hours", nextgov.com on the soaring K1000; "theoretically",
  "could potentially"; not a "theoretical range", a maker's computed figure) is no figure of what the machine does as it is: context, with a note,
  as :func:`dronecalc.intake.cross_figures.prospects` drafts "plans to" and "the possibility
  of". A maker's best case ("in ideal conditions the drone flies 46 minutes") is how flight
  times are rated and stays the claim, noted;
* a **typical use** ("the most common delivery distance must be within 10 kilometers",
  mashdigi.com on Wing's cargo drone, half of the 20 km round trip the article gives as the
  range) says how the machine is used, not what it can do: context;
* a **delivery schedule** ("they would be able to present a Ukrainian attack drone to the
  military by the end of the year", nv.ua on Ukroboronprom) is no feat of the machine:
  :data:`SCHEDULE` keeps it from being a statement claim (``intake.spotting._FEASIBLE``);
* a **comparison with an earlier model** ("a cargo weight capacity twice that of the previous
  model and can transport packages of up to 2 kilograms") names the earlier machine only as
  what the new one is measured against: :func:`earlier_governs` keeps the figure the new
  one's, where ``intake.restated``'s earlier-machine rule had made it context;
* a **lede's one claim** the body restates ("which it claims can fly for over 24 hours" over
  "its flight time of more than 24 hours", themoscowtimes.com on the Altius-U) is one claim:
  :func:`lede_claim` lets ``intake.restated`` draft it once, from the body, as it does a lede
  whose several figures the body restates.

The word lists are judgements read from those passages and their like, not measured rates.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import DroneCalcError

if TYPE_CHECKING:
    from .extract import Item

__all__ = ["SCHEDULE", "conditionals", "earlier_governs", "lede_claim", "typical_uses"]

_FAVOURABLE = r"(?:right|ideal|perfect|optimal|optimum|favou?rable|good|best)"
#: A condition the figure holds only under, before it in its sentence.
_CONDITIONAL = re.compile(
    r"(?i)\b(?:(?:under|in|given|with) (?:the )?(?:right|favou?rable)\s+(?:[a-z]+\s+)?"
    r"(?:circumstances|conditions|weather|winds?|thermals?)|theoretically|in theory|"
    r"(?:could|can|may|might|would) potentially|if (?:the )?(?:conditions|weather|winds?) "
    r"(?:allow|permit|are right)s?)\b(?![^.;]*\b(?:but|while|whereas|yet)\b)[^.;]*$")
#: A maker's best case: the claim stays, noted.
_BEST_CASE = re.compile(rf"(?i)\b(?:under|in) (?:the )?(?:ideal|perfect|optimal|optimum|best)\s+"
                        r"(?:[a-z]+\s+)?conditions\b[^.;]*$")
#: A typical use of the machine before the figure, its clause's subject.
_TYPICAL = re.compile(
    r"(?i)\b(?:most common|commonest|typical|usual|average|median|normal)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:distances?|deliver(?:y|ies)|trips?|journeys?|routes?|missions?)\b"
    r"(?!\s+(?:times?|ranges?|speeds?|capacit\w+)\b)[^.;]{0,50}$|"
    r"\bmost (?:deliveries|trips|journeys|routes|missions|flights) (?:are|were|will be|lie)\b"
    r"[^.;]{0,30}$")
#: A schedule or a handover, no feat: "present ... to the military by the end of the year".
SCHEDULE = (r"\bby the end of (?:the|this|next) (?:year|month|decade|quarter)\b|"
            r"\bby (?:early |mid-?|late |the end of )?(?:19|20)\d\d\b|"
            r"\b(?:next|this) (?:year|month|spring|summer|autumn|fall|winter)\b|"
            r"\b(?:present|deliver|hand over|supply|ship|show|unveil|transfer)\w*\b[^.;]{0,60}?"
            r"\bto the (?:military|army|armed forces|troops|forces|ministry|navy|air force)\b")
#: A comparison frame right before an earlier machine: it is what the figure's machine is
#: measured against, not the clause's subject.
_COMPARED = re.compile(r"(?i)\b(?:than|(?:that|those) of|compared (?:with|to)|over|unlike|"
                       r"versus|vs\.?)\s+(?:the\s+|its\s+|their\s+|[\w-]+'s\s+)?$")


def _before(item: "Item") -> str | None:
    """The words of ``item``'s own sentence before it, or None."""
    at = item.quote.find(item.written)
    if at < 0:
        return None
    start = max(item.quote.rfind(". ", 0, at), item.quote.rfind(";", 0, at)) + 1
    return item.quote[start:at]


def conditionals(items: list["Item"]) -> None:
    """A figure after a conditional possibility in its sentence becomes context, noted; one
    after a best case ("in ideal conditions") stays, noted."""
    from .restated import _to_context
    for item in items:
        if item.kind != "figure" or item.role == "context" or (before := _before(item)) is None:
            continue
        if m := _CONDITIONAL.search(before):
            words = " ".join(m.group().split()[:5])
            _to_context(item, f"after {words!r}: a conditional possibility, no figure the "
                              f"machine is said to reach as it is (it reads as {item.field}): "
                              "context; write it as a claim if the source states it plainly",
                        "a conditional possibility")
        elif item.role == "claim" and (m := _BEST_CASE.search(before)):
            item.notes.append(f"stated for {' '.join(m.group().split()[:4])!r}: the best case, "
                              "judged as a maker's rating is (no wind, a fresh pack)")


def typical_uses(items: list["Item"]) -> None:
    """A figure of a typical use of the machine ("the most common delivery distance must be
    within 10 kilometers") becomes context, noted."""
    from .restated import _to_context
    for item in items:
        if item.kind != "figure" or item.role == "context" or (before := _before(item)) is None:
            continue
        if m := _TYPICAL.search(before):
            words = " ".join(m.group().split()[:4])
            _to_context(item, f"after {words!r}: a typical use of the machine, not what it can "
                              f"do (it reads as {item.field}): context", "a typical use")


def earlier_governs(quote: str, match: re.Match, at: int) -> bool:
    """Whether an earlier machine's mention (``match``) is the subject of the figure at
    ``at``: not when a comparison frame ("twice that of the previous model") puts it as
    what the figure's machine is measured against, unless its own relative clause holds the
    figure ("than the previous model, which carried 1 kg")."""
    if not _COMPARED.search(quote[max(0, match.start() - 40):match.start()]):
        return True
    return bool(re.match(r"(?i)\s*,?\s*(?:which|that|who)\b[^,;]*$", quote[match.end():at]))


def lede_claim(pairs: list[tuple["Item", "Item | None"]]) -> bool:
    """Whether a lead line's figures (``pairs``: each with the body's figure restating it, or
    None) are one claim the body restates, as the same kind of figure (a point, a bound),
    outside a quotation. A quoted restatement is left
    to ``intake.same_flight``'s quote rule, which keeps the lede's claim ("some of which have a
    flight range of three thousand kilometers" over the secretary's quoted "more than 3
    thousand km", trials_new8's swarm-newizv)."""
    if len(pairs) != 1 or pairs[0][0].role != "claim" or pairs[0][1] is None:
        return False
    from .figures import parse
    head, body = pairs[0]
    try:                          # the same kind of figure: "up to 200 km" is no "200 km"
        if parse(head.text).kind != parse(body.text).kind:      # (intake11's norinco-jetvital)
            return False
    except DroneCalcError:
        return False
    at = max(0, body.quote.find(body.written))
    before, after = body.quote[:at], body.quote[at:]     # a quotation may open a sentence before
    return not (before.count('"') % 2 or after.count('"') % 2 or before.count("“") >
                before.count("”") or after.count("”") > after.count("“"))
