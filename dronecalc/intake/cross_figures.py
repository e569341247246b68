"""Passes of ``extract`` that read a drafted figure against the passage's other figures
(intake round trials_new7): a load a claim is flown with, a figure a later sentence names
again as the flight already told of, and a possibility, a later development or a goal.

Kept apart from :mod:`dronecalc.intake.restated` and :mod:`dronecalc.intake.extract` for
their line counts (the 700-line cap).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import DroneCalcError
from .governing import OPTION_WHY, clause_before
from .hedges import conditionals, typical_uses
from .restated import FAMILIES, _to_context, _value

if TYPE_CHECKING:
    from .extract import Item

__all__ = ["after_links", "loads_flown", "prospects", "restated_later", "zero_inputs"]

#: Why :func:`loads_flown` made a capacity the load a claim is flown with.
FLOWN_WHY = "the load the claim after it is flown with"


def after_links(items: list["Item"]) -> None:
    """The pass that needs the claims' own payloads (``links.link_payloads``) and comes before
    ``extract._dedupe_inputs`` (which drafts a second such load as the second claim's)."""
    loads_flown(items)
    zero_inputs(items)


def zero_inputs(items: list["Item"]) -> None:
    """An input a case reader refuses as zero ("a ~ 0W piston engine", "weighs 0 kg":
    ``fields.zero_input``) is drafted as context with a note, so that the draft loads (fuzz
    seed 171: a mutated article's draft was refused by check as written)."""
    from .fields import POSITIVE_INPUTS, read_figure, zero_input
    for item in items:
        if item.kind != "figure" or item.role != "input" or item.field not in POSITIVE_INPUTS:
            continue
        try:
            zero = zero_input(item.field, read_figure(item.text, item.field))
        except DroneCalcError:
            continue
        if zero is not None:
            _to_context(item, f"a stated {item.field} of {item.written!r} describes no machine: "
                        "kept as context; check the source (a claim of 0 takes role = "
                        '"claim")', "a zero that describes no machine")


def loads_flown(items: list["Item"]) -> None:
    """A capacity figure that a later claim of its sentence is flown with is that flight's
    load, the payload input, not a capacity claim of its own: "can carry a 70-pound payload a
    distance of 35 miles" (minds' APT 70), "can lug 100 lbs. of gear cargo up to two full
    hours" (dronedj's Firefly), as "designed to carry up to 300 pounds of payload over 300 sm"
    (flyingmag, trials_new6) and "a range of about 100 miles carrying a 20 pound payload"
    (trials_new5) are drafted. Only where ``links.link_payloads`` made it that claim's own
    ``payload``, and not written as a bound ("carries up to 10 kg and flies for 30 minutes",
    "can carry goods up to 30 to 40 kilograms at a time for 16 kilometers": a capacity), and
    only a claim after the load ("75 km, with a maximum payload of 5 kg" stays a capacity);
    a second such load is then the second claim's condition (``_dedupe_inputs``)."""
    claims = [i for i in items if i.kind == "figure" and i.role == "claim"
              and i.field in ("flight_time", "range") and i.payload]
    for load in items:
        if load.kind != "figure" or load.field != "max_payload" or load.role != "claim" \
                or re.match(r"(?i)(?:up to|as much as|at most|max)\b", load.written):
            continue                # "can carry goods up to 30 to 40 kilograms ... for 16 km"
        flown = next((c for c in claims if c.quote == load.quote and c.start > load.start
                      and c.payload == load.text), None)
        if flown is None:
            continue
        load.field = load.guess = "payload_mass"
        load.role, load.why_role = "input", FLOWN_WHY
        load.notes.append(f"the load {flown.written!r} is flown with (its payload): the payload "
                          "input, not a capacity claim of its own")


#: A figure of what may come, not of the machine now: "with the possibility of transporting
#: 10kg understood to be 'on the discussion table'" (thewest, trials_new7), "will eventually
#: be developed to carry as much as 1,000 lbs" (dronedj's Firefly).
_PROSPECT = re.compile(r"(?i)\b(?:(?:the|a) (?:possibility|prospect|option) of|(?:will|would|"
                       r"could|may|might) eventually|plans? (?:call|calls) for|in (?:the )?"
                       r"future\b|"
                       # a plan or a later version: "the company plans a version that will fly
                       # 60 km", "a future version will carry 5 kg" (ctx9)
                       r"\bplan(?:s|ned|ning)?\s+(?:a|an|to)\b|\b(?:future|next[- ]generation|"
                       r"upcoming|planned)\s+(?:versions?|models?|variants?|iterations?)\b)"
                       r"[^.;:]{0,60}$|"
                       # a goal or a requirement: "The goals we've set for ourselves are: The
                       # range has to be over 10 miles" (thewest, Amazon's Prime Air)
                       r"\b(?:has|have|needs?) to be\s+$|\bmust be\s+$")

#: An option phrase closed by a comma, then the main clause with its own subject: "the option
#: of a larger battery, the flight time rises to" (a claim with the option, not a prospect).
_OPTION_FIRST = re.compile(r"(?i)^(?:the|a) (?:possibility|option) of\b[^,]*,\s+(?:the|its|it|"
                           r"this|our|their|(?-i:[A-Z]))\b(?![^,]*\b(?:will|would|could|may|"
                           r"might)\b)")


def prospects(items: list["Item"]) -> None:
    """A figure after a possibility or a later development in its clause (:data:`_PROSPECT`)
    is no figure of the machine as it is: context, with a note. The clause is the one that
    governs the figure (``governing.clause_before``: "The drone, which will eventually be sold
    abroad, can fly 40 km" is a range claim); an option phrase before the figure's own main
    clause ("With the option of a larger battery, the flight time rises to 55 minutes") makes
    a claim with that option, noted, not context (ctx9)."""
    for item in items:
        if item.kind != "figure" or item.role == "context":
            continue
        at = item.quote.find(item.written)
        m = _PROSPECT.search(clause_before(item.quote, at)) if at > 0 else None
        if m is not None and not re.search(r"[,;]\s+(?:and|but|while)\s", m.group()):
            words = " ".join(m.group().split()[:4])
            if _OPTION_FIRST.match(m.group()):
                item.notes.append(OPTION_WHY.format(words=m.group().split(",")[0].strip()))
                continue
            _to_context(item, f"after {words!r}: a possibility, a later development or a goal, "
                              f"no figure of the machine now (it reads as "
                              f"{item.field}): context", "a possible or future figure")
    conditionals(items)                  # intake.hedges: "Under the right circumstances"
    typical_uses(items)                  # "the most common delivery distance"


def _ends(text: str) -> tuple[float | None, float | None]:
    from .figures import parse
    try:
        f = parse(text)
    except DroneCalcError:
        return None, None
    return tuple(None if q is None else q.to_base_units().magnitude for q in (f.low, f.high))


def _same_figure(a: "Item", b: "Item") -> bool:
    """The same value: the same middle ("between 150 to 300 grams", "150-300 g"), or the same
    upper end where one is an open bound ("15-20 minutes", "up to 20 minutes")."""
    va, vb = _value(a.text), _value(b.text)
    if va is not None and vb is not None and abs(va - vb) <= 0.005 * max(abs(va), abs(vb)):
        return True
    (la, ha), (lb, hb) = _ends(a.text), _ends(b.text)
    return (la is None) != (lb is None) and ha is not None and hb is not None \
        and abs(ha - hb) <= 0.005 * max(abs(ha), abs(hb))


#: A figure named again as the thing already told of: a determiner before it ("The 70-minute
#: flight was performed by a UAV with ...": theengineer; "its maximum two-hour flight
#: capacity": dronedj) and a noun after it that it sizes ("flight", "mission", "of payload").
_THE_BEFORE = re.compile(r"(?i)\b(?:the|this|that|its|their)\s+(?:(?:maximum|max\.?|record|"
                         r"entire|whole|same)\s+)?$")
_NOUN_AFTER = re.compile(r"(?i)^(?:[ -](?:flights?|missions?|trips?|journeys?|sorties|sortie|"
                         r"hops?|runs?|records?|tests?)\b|\s+of\s+(?:payload|cargo|load)\b)")


def restated_later(items: list["Item"]) -> None:
    """A figure a later sentence names again as the thing already told of (:data:`_THE_BEFORE`
    and :data:`_NOUN_AFTER`: "a flight time of 70 minutes while carrying a 5kg payload", then
    "The 70-minute flight was performed by a UAV with below 20kg maximum take-off mass",
    theengineer, trials_new7) is drafted once, where it is first stated: the later one keeps
    its field and becomes context with a note, as ``extract._dedupe_inputs`` drafts a second
    input. The same field family (:data:`~dronecalc.intake.restated.FAMILIES`) and value, an
    earlier sentence's figure that is no context, and no condition of the later one's own
    that the first lacks (a claim with its own payload or speed is another claim). A repeated
    figure written plainly ("flies 30 km" twice) stays: the expectations of the earlier sets
    count each as written. A later flight with another load than the first's ("On Monday the
    quadcopter flew 50 km carrying 2 kg. The next day its 50 km flight carried 4 kg") is another
    flight, no restatement (:func:`other_load`)."""
    figures = [i for i in items if i.kind == "figure"]
    for k, later in enumerate(figures):
        at = later.quote.find(later.written)
        if later.role == "context" or at < 0 or not _THE_BEFORE.search(later.quote, 0, at) \
                or not _NOUN_AFTER.match(later.quote[at + len(later.written):]):
            continue
        family = FAMILIES.get(later.field, later.field)
        first = next((e for e in figures[:k] if e.role != "context" and e.quote != later.quote
                      and FAMILIES.get(e.field, e.field) == family
                      and all(getattr(later, c) in (None, getattr(e, c))
                              for c in ("payload", "at_speed"))
                      and _same_figure(e, later)), None)
        if first is None or other_load(later, first, figures):
            continue
        later.notes.append(f"restates {first.written!r} ({first.field}) of an earlier sentence: "
                           "drafted once, there")
        later.role, later.why_role = "context", "a figure an earlier sentence states"
        later.with_payload = later.payload = later.at_speed = None


def other_load(later: "Item", first: "Item", figures: list["Item"]) -> bool:
    """Whether ``later``'s sentence states a load that none of ``first``'s sentence does (a
    second flight with another payload, flights9): then ``later`` stays its claim, with a note
    naming its own load, and that load (context: the case's payload input is the first's)
    says whose it is. A flight time, range or distance (a leg, legs10) takes that load as its
    own ``payload``; any other claim gets a note telling the reader to judge it with its load."""
    loads = [f for f in figures if f.field in ("payload_mass", "max_payload") and f.flag is None]
    mine = [f for f in loads if f.quote == later.quote]
    theirs = [f for f in loads if f.quote == first.quote]
    new = next((f for f in mine if not any(_same_figure(f, t) for t in theirs)), None)
    if new is None or not theirs:
        return False
    same = (f"the same {later.written!r} as {first.written!r} of an earlier sentence, but "
            f"another flight: flown with {new.written!r}, not {theirs[0].written!r}")
    if later.field in ("flight_time", "range", "distance") and later.payload is None:
        later.payload, later.with_payload = new.text, None    # the claim's own payload
        later.notes.append(f"{same}: its own payload")
    else:
        later.notes.append(f"{same}; a {later.field} claim takes no payload of its own, so it "
                           "is judged with the case's payload input: check it in a case of its "
                           f"own with payload = \"{new.text}\"")
    if new.role == "context":
        new.why_role = "the load of another flight"
        new.notes[:] = [n for n in new.notes if "already stated by" not in n] + [
            f"the load of the later flight ({later.written!r}), not the case's payload input "
            f"({theirs[0].written!r} of the first)"]
    return True
