"""Passes of ``extract`` over the drafted items that read what a figure is *about* from its
sentence: a headline's figure that the body states again (drafted once, from the body).

Kept apart from :mod:`dronecalc.intake.extract` for its line count (the 700-line cap).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import DroneCalcError
from .governing import class_of_make, new_subject, record_governs, unattributed, upper_bounds
from .hedges import earlier_governs, lede_claim

if TYPE_CHECKING:
    from .extract import Item

#: Fields that speak to one quantity of the machine: a headline's "250 kg Payload" and the
#: body's "carrying a 250-kg bomb" are one figure however each is guessed (the family is the
#: field itself for a field not listed).
FAMILIES = {"range": "reach", "distance": "reach",
            "payload_mass": "payload", "max_payload": "payload",
            "flight_time": "time", "hover_time": "time",
            "speed": "speed", "top_speed": "speed", "cruise_speed": "speed",
            "takeoff_mass": "mass", "max_takeoff_mass": "mass"}


def _value(text: str) -> float | None:
    """The figure's stated value in SI (the bound of "up to 2,000 km", the middle of a
    range), or None when it does not read."""
    from .figures import parse
    try:
        f = parse(text)
    except DroneCalcError:
        return None
    ends = [q.to_base_units().magnitude for q in (f.low, f.high) if q is not None]
    return sum(ends) / len(ends) if ends else None


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 0.005 * max(abs(a), abs(b))


def headline_span(body: str, title: str | None) -> tuple[int, int] | None:
    """Where the headline line is in ``body``, if it is one: a whole line equal to the title
    (``title``, as ``extract`` picks it) that ends in no full stop and is no table row, with
    more text after it (a one-line passage has no headline of its own)."""
    title = (title or "").strip()
    if not title or title.endswith((".", "|")) or title.startswith("|"):
        return None
    at = 0
    for line in body.splitlines(keepends=True):     # the whole line, not a cut paragraph
        if line.strip() == title:
            start = at + line.find(title)
            if not body[start + len(title):].strip():
                return None
            return start, start + len(title)
        at += len(line)
    return None



def _to_context(item: "Item", note: str, why: str) -> None:
    """``item`` drafted as context, with the ``note`` saying what it was and ``why``."""
    item.notes.append(note)
    item.field = item.guess = "context"
    item.role, item.why_role = "context", why
    item.with_payload = item.payload = item.at_speed = None

def restated_headline(items: list["Item"], body: str, title: str | None) -> None:
    """A headline figure the body states again (same field family, :data:`FAMILIES`, and the
    same value after units: "2,000 km Range, 250 kg Payload" over "flying up to 2,000 km,
    carrying a 250-kg bomb") is drafted once: the body's, with its fuller quote; the headline's
    becomes context with a note, so that a claim is not judged twice and a headline input does
    not contradict the body's claim."""
    span, what = headline_span(body, title), "headline"
    figures = [i for i in items if i.kind == "figure"]
    if span is None:
        span, what = _lead_line(body), "lead line"
        if span is None:
            return
    head = [i for i in figures if span[0] <= i.start < span[1] and i.role != "context"]
    rest = [i for i in figures if not span[0] <= i.start < span[1] and i.role != "context"]
    pairs = [(h, _restated_by(h, rest, what == "lead line")) for h in head]
    one = lede_claim(pairs)                 # a lede's one claim the body restates (review 23)
    if what == "lead line" and (len(pairs) < 2 and not one or any(b is None for _, b in pairs)):
        return                  # a lead line only when the body restates every figure of it
    for h, body_item in ((h, b) for h, b in pairs if b is not None):
        h.refers_to = [body_item]           # the body's claim it restates
        _to_context(h, f"the {what}'s {h.field} {h.written!r}, restated in the body as "
                       f"{body_item.written!r} ({body_item.field}): drafted once, there",
                    f"a {what} figure the body restates")


def _restated_by(h: "Item", rest: list["Item"], lead: bool = False) -> "Item | None":
    """The body's figure restating ``h`` (same family and value). A headline claim the body
    restates only as an input ("can carry 20 kg" over "tested with a 20 kg payload") stays the
    claim (review 7): nothing else would judge it. A claim made at a speed or with a load is
    restated only by one with the same condition, and a lead line's claim (``lead``) only by a
    claim of the same field (review 11 F6: a lede's "can fly 30 km at 60 km/h" is no leg
    "flew 30 km" and no top speed "60 km/h")."""
    family, value = FAMILIES.get(h.field, h.field), _value(h.text)
    conditions = [(c, getattr(h, c)) for c in ("at_speed", "payload") if getattr(h, c)]
    return next((b for b in rest if FAMILIES.get(b.field, b.field) == family
                 and _same(_value(b.text), value)
                 and (h.role != "claim" or b.role == "claim")
                 and (h.role != "claim" or not lead or b.field == h.field)
                 and all(getattr(b, c) and _same(_value(getattr(b, c)), _value(v))
                         for c, v in conditions)), None)


def _lead_line(body: str) -> tuple[int, int] | None:
    """The body's first line when it is one sentence with more text after it: a photo's
    caption or a lede ("Wing's 10-pound drone is delivering packages weighing up to 3 pounds
    over round trips of up to 12 miles.", bjtonline, trials_new6), which the body may restate
    figure for figure (then it is drafted once, from the body)."""
    from .article import sentences
    stripped = body.lstrip()
    if not stripped:
        return None
    start = len(body) - len(stripped)
    end = body.find("\n", start)
    end = len(body) if end < 0 else end
    if not body[end:].strip() or len([s for s in sentences(body[start:end])]) != 1:
        return None
    return start, end


#: Words before a kind word in its sentence that make it a guess ("it may be a modified
#: civilian sport plane", "is believed to be a quadcopter").
_HEDGE = re.compile(r"(?i)\b(?:may|might|could) (?:well )?(?:be|have been)\b|\bpossibly\b|"
                    r"\bperhaps\b|\bprobably\b|\b(?:believed|thought|suspected|said) to be\b|"
                    r"\bappears? to be\b")
#: Words before a kind word that put it in the past, another machine than the subject ("Ukraine
#: has previously operated ... A-22 sport planes as long-range drones").
_BEFORE_NOW = re.compile(r"(?i)\b(?:previously|formerly|earlier|in the past|used to|had once|"
                         r"once operated|before that)\b")


def hedged_kinds(items: list["Item"]) -> list[str]:
    """An airframe word whose sentence hedges it ("may be a ... sport plane") stays the kind,
    with a warning that it is a guess; one in a sentence about machines operated before ("has
    previously operated ... sport planes") is context: it says what they flew, not this one."""
    warnings = []
    for item in items:
        if item.kind != "airframe" or item.role != "input":
            continue
        at = item.quote.find(item.written)
        before = item.quote[:at] if at >= 0 else ""
        if _BEFORE_NOW.search(before):
            item.role, item.why_role = "context", "machines operated before, not the subject"
            item.notes.append(f"{item.written!r} is what was flown before ("
                              f"{_BEFORE_NOW.search(before).group()!r}): context")
        elif _HEDGE.search(before):
            hedge = _HEDGE.search(before).group()
            item.notes.append(f"the kind is hedged ({hedge!r}): a guess of the source")
            warnings.append(f"the vehicle kind {item.text!r} is hedged in the article "
                            f"({hedge!r}: {item.quote[:120]!r}): check it before the case is "
                            "judged with that kind's physics")
    return warnings


#: Determiners and possessives that make a plural this machine's fleet ("its drones").
_OWN = r"(?:the|its|our|their|his|her|my|your|these|those|this|that)"
#: Nouns after "drone" that make it a modifier: "the average drone flight" is a flight.
_FLIGHT_NOUN = (r"(?:flights?|missions?|sorties|sortie|trips?|journeys?|runs?|tests?|"
                r"deliver(?:y|ies)|operations?|routes?|legs?)")
#: A class of machines as a clause's subject: "most sprayer drones", "typical delivery drones",
#: "many consumer quadcopters" (a quantifier, up to three words, a plural machine noun). Not
#: "all models": a maker's "All models offer ... 10 km" is the subject's own product line.
_CLASS = re.compile(r"(?i)(?<!\bthe )(?<!\bof the )(?<!\bamong the )(?<!\bone of the )"
                    r"\b(?:most|many|typical|average|conventional|ordinary|traditional|"
                    # "Comparable drones flying up to 20,000 feet ... about 5 to 8 hours"
                    # (nextgov on the K1000 record): other machines, the record's yardstick
                    r"standard|comparable|similar|rival|competing|existing|other)\s+"
                    r"(?:[a-z][\w-]*\s+){0,3}?(?:drones|UAVs|UASs?|"
                    r"quad-?copters|multi-?copters|multi-?rotors|(?:air)?planes|machines)\b"
                    r"(?!\s*(?:,\s*)?(?:like|such as|including)\b)|"
                    # a bare plural opening a clause, then a frequency adverb: "..., battery-
                    # electric multicopter drones typically can't fly for longer than 30 min"
                    # (no determiner or possessive: "its drones typically", "the drones
                    # usually" are this machine's fleet, no class: review 9, finding 3)
                    r"(?:^|(?<=[,;:(])|(?<=[,;:(] )|(?<=\bbut )|(?<=\bwhile )|(?<=\bwhereas ))"
                    r"(?:(?!" + _OWN + r"\b)(?-i:[a-zA-Z])[\w-]*\s+)"
                    r"{0,3}?(?:drones|UAVs|quad-?copters|multi-?copters|multi-?rotors)\s+"
                    # (also "Lithium battery powered drones used by BATCAM typically last around
                    # 12 minutes": theengineer, trials_new7)
                    r"(?:(?:used|flown|operated|made|sold|built) by (?:[\w-]+ ){1,3}?)?"
                    r"(?:typically|usually|generally|normally|commonly|often|tend to|"
                    r"might|may)\b|"     # "Micro drones might last just 5 minutes, while the X9"
                    # a generic singular: "The normal battery drone can fly only 10 to 30 min"
                    r"(?:^|(?<=\bbut )|(?<=\bwhile )|(?<=\bwhereas ))(?:the|an?)\s+(?:normal|"
                    r"typical|average|"
                    r"ordinary|conventional)\s+"
                    r"(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:drone|UAV|quad-?copter|multi-?copter|"
                    # (not "the average drone flight in the trial lasted": a flight's)
                    r"multi-?rotor)\b(?!\s+" + _FLIGHT_NOUN + r"\b)")
#: After the class: a comma and this machine as the subject ("Unlike most drones, the X").
_THEN_SUBJECT = re.compile(r"(?i)^[^,;]*,\s*(?:the|this|its|it|our|their)\b|"
                           r"^[^,;]*,\s*(?-i:[A-Z])(?![\w'’-]*(?:\s+[\w'’-]+)?\s+(?:says|said|"
                           r"reports?|reported|claims?|claimed|notes?|noted|adds?|added|"
                           r"estimates?|believes?)\b)")   # "..., Skyfront's Perimeter 8 can";
#                                                         not "..., Wing says, fly"
#: A class in a comparison or apposition frame, not the clause's subject: "Unlike most
#: multicopters, ...", "like many delivery drones", "compared with most quadcopters".
_FRAME = re.compile(r"(?i)\b(?:unlike|like|compared (?:with|to)|than|as with)\s+$")


#: An earlier machine as a clause's subject: "Wing's previous drones could carry up to 2.5lb",
#: "earlier versions flew 20 minutes", "its predecessor carried 2 kg": not this machine's.
_EARLIER = re.compile(r"(?i)\b(?:previous|earlier|older|former|first-generation|"
                      r"last-generation|predecessor)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:drones?|"
                      r"models?|versions?|variants?|generations?|aircraft|UAVs?|machines?)\b|"
                      r"\b(?:its|the|their) predecessors?\b(?!\s*(?:,\s*)?(?:like|such as)\b)")

#: A record the machine beat, the clause's subject: "The previous mark was set in December 1986
#: by the Rutan Aircraft Factory's Voyager and its milestone of 216 hours, three minutes"
#: (spokesman.com on the Zephyr, trials_new8: a claim of the Zephyr's); the machine's own
#: figure before it stays ("its 336-hour flight crushed the previous endurance record").
_EARLIER_RECORD = re.compile(r"(?i)\b(?:previous|earlier|old|former|standing)\s+(?:[a-z-]+\s+)?"
                             r"(?:records?|marks?|best)\b")


def class_figures(items: list["Item"], pattern: re.Pattern = _CLASS,
                  what: str = "a class of machines", governs=None) -> None:
    """A figure stated of a class of machines ("most sprayer drones ... only fly for 10 to 20
    minutes", "typical delivery drones carry 2 kg") is no figure of the subject: context.
    The class must be the figure's clause's subject, before it in its sentence part (from the
    last semicolon), with no "..., the X" naming this machine after it ("Unlike most drones,
    the X flies 40 minutes" stays the X's); an adverb ("the drone can typically fly 30
    minutes") names no class."""
    for item in items:
        if item.kind not in ("figure", "count") or item.role == "context":
            continue
        at = item.quote.find(item.written)
        if at < 0:
            continue
        part = item.quote.rfind(";", 0, at) + 1
        found = [m for m in pattern.finditer(item.quote, part, at)]
        if not found:
            continue
        between = item.quote[found[-1].end():at]
        own_clause = re.match(r"(?i)\s*,?\s*(?:which|that|who)\b[^,;]*$", between)
        if (not own_clause and (_THEN_SUBJECT.match(between) or _FRAME.search(
                item.quote[max(part, found[-1].start() - 30):found[-1].start()]))):
            continue                # review 7: superlatives, "like many X" frames kept
        if new_subject(between) or pattern is _CLASS and class_of_make(found[-1]) or (
                governs and not governs(item.quote, found[-1], at)):
            continue                # ctx9: "..., while the new X9 ...", "Zipline drones"
        _to_context(item, f"stated of {found[-1].group()!r}, {what}, not this "
                          f"one: context (it reads as {item.field})", f"a figure of {what}")


#: Words of a rule: a licence, a registration, a regulator ("pilot licensing requirements",
#: "to avoid mandatory registration", "Part 107").
_RULE = re.compile(r"(?i)\b(?:licen[cs]\w*|registration|registered|register|permits?|"
                   r"certificat\w*|regulat\w*|rules?|laws?|legal\w*|requirements?|"
                   r"restrictions?|waivers?|FAA|EASA|CAA|Part 107)\b")
#: A class of machines right before a figure, its bound: "can operate drones up to 25 kg",
#: "drones weighing over 250 g must be registered", "UAVs heavier than 25 kg".
_CLASS_BOUND = re.compile(r"(?i)\b(?:drones|UAVs|UASs?|RPAS|aircraft|machines|quad-?copters|"
                          r"multi-?copters|multi-?rotors)\s+(?:(?:weighing|that weigh|which "
                          r"weigh|with an? (?:take-?off |all-up )?(?:mass|weight) of|flying|"
                          r"heavier than|lighter than|of)\s+)?$")
#: The next sentence naming the figure as a limit: "Below this weight, pilot licensing ...".
_THIS_LIMIT = re.compile(r"(?i)^\W*(?:below|under|above|over|up to|beyond|at or below)\s+"
                         r"(?:this|that|the)\s+(?:weight|mass|limit|threshold|figure)\b")
#: This machine's own verb before its figure: "Each model weighs less than 249 grams to avoid
#: registration" is the machine's mass, the rule only its reason.
_OWN_VERB = re.compile(r"(?i)\b(?:weighs|weighed|weighing in at|tips the scales at|is|was)\s+$")


#: One machine named before the class noun ("is an aircraft weighing 92 kg", "the company's
#: drones weighing 24.9 kg"): the figure is its own, not a rule's bound (review 7).
_ONE_MACHINE = re.compile(r"(?i)\b(an?|the|this|that|its|their|our|[\w-]+'s)\s+"
                          r"((?:[\w-]+\s+){0,2})$")
#: Words between that determiner and the class noun that make it a rule's class ("the CAA's
#: rules for drones weighing 25 kg"; review 8).
_NOT_ONE = {"for", "of", "to", "in", "on", "with", "under", "by", "rules", "rule", "laws",
            "law", "regulations", "requirements", "limits", "heavier", "lighter", "larger",
            "smaller", "bigger"}


def _one_machine(prefix: str, noun: str) -> bool:
    """Whether the words before a class noun name one machine: "an aircraft weighing 92 kg",
    "the company's drones weighing 24.9 kg" (a possessive's own fleet), not "the heavier
    drones weighing 25 kg" nor "the CAA's rules for drones weighing 25 kg"."""
    m = _ONE_MACHINE.search(prefix)
    if m is None or any(w.lower() in _NOT_ONE for w in m.group(2).split()):
        return False
    det = m.group(1).lower()
    return det in ("its", "their", "our") or det.endswith("'s") or \
        not noun.lower().endswith("s") or noun.lower() == "uas"


def _is_bound(text: str) -> bool:
    from .figures import parse
    try:
        return parse(text).kind in ("at-most", "at-least")
    except DroneCalcError:
        return False


def thresholds(items: list["Item"], body: str) -> None:
    """A rule's threshold is no figure of the machine: a figure bounding a class of machines
    in a sentence with a rule word ("Anyone with a Basic RPAS license ... can operate drones up
    to 25 kg"), or a bound the next sentence names as a rule's limit ("to keep weight below 25
    kg. Below this weight, pilot licensing requirements ... are easier"), is context. The
    machine's own figure with the rule as its reason ("Each model weighs less than 249 grams
    to avoid mandatory registration") stays: its verb is the machine's, not a class's."""
    from .figures import parse
    for item in items:
        if item.kind != "figure" or item.role == "context":
            continue
        at = item.quote.find(item.written)
        if at < 0:
            continue
        before = item.quote[max(0, at - 60):at]
        if _OWN_VERB.search(before):
            continue
        why = None
        cls = _CLASS_BOUND.search(before)
        if _RULE.search(item.quote) and cls and (
                _is_bound(item.text) or not _one_machine(before[:cls.start()],
                                                         cls.group().split()[0])):
            why = f"a bound of {_CLASS_BOUND.search(before).group().strip()!r} in a rule"
        else:
            start = item.start - at
            end = start + len(item.quote)
            try:
                bound = parse(item.text).kind in ("at-most", "at-least")
            except DroneCalcError:
                bound = False
            following = body[end:end + 300] if body[start:end] == item.quote else ""
            stop = re.search(r"[.!?](?:\s|$)", following)
            following = following[:stop.end()] if stop else following
            if bound and _THIS_LIMIT.match(following) and _RULE.search(following):
                why = f"the limit the next sentence's rule names ({following.strip()[:60]!r})"
        if why is None:
            continue
        _to_context(item, f"{why}: a rule's threshold, not this machine's {item.field}: context",
                    "a regulatory threshold, not the machine's figure")


#: A limit the operator flies under, not the machine's figure: "you'll be limited to flying
#: under 700 feet" (HardOCP's ultralight rules, trials_new6), "restricted to operating below
#: 120 m".
_LIMITED = re.compile(r"(?i)\b(?:limited|restricted|confined|capped)\s+to\s+(?:flying|fly|"
                      r"operating|operate|operations)\s+(?:(?:under|below|at most|no more than|"
                      r"up to|within)\s+)?$|"
                      # "operators are also required to ... not exceed 120 metres height"
                      r"\b(?:not|never)\s+(?:to\s+)?exceed\s+$")
#: What makes the limit a rule: a rule, a regulator, a licence, a pilot or "you" in the
#: sentence; without one ("limited to flying 25 minutes by the small battery") it is the
#: machine's own limit (review 11, F16).
_RULE_CUE = re.compile(r"(?i)\b(?:rules?|regulations?|regulat\w+|laws?|legal\w*|FAA|CAA|EASA|"
                       r"Part\s*10\d|licen[cs]e\w*|certificat\w+|waivers?|permit\w*|pilots?|"
                       r"operators?|classification|categor(?:y|ies)|you(?:'ll|’ll|'re|’re)?)\b")
#: A class's maximum stated for the class ("Maximum speed for ultralights is 55 knots"): no
#: determiner before the plural, which would make it a fleet ("of its drones"), no possessor
#: before "maximum" ("The quadcopter's maximum speed for deliveries": its own), and the plural
#: a class noun, not a type's ("of Shaheds") nor a purpose's ("for deliveries"; review 11, F4).
_CLASS_MAX = re.compile(r"(?i)(?<!'s )(?<!’s )\b(?:maximum|max\.?|minimum|top|highest)\s+"
                        r"(?:[a-z-]+\s+)?(?:speed|altitude|height|weight|mass|payload|range)\s+"
                        r"(?:for|of)\s+(?:all\s+)?(?!(?:its|their|our|the|these|those|his|her)\b)"
                        r"(?:[a-z-]+\s+){0,2}?(?:ultralights|microlights|gliders|gyro(?:plane|copter)s|"
                        r"balloons|paragliders|paramotors|drones|UAVs|UASs?|aircraft|multi(?:rotor|"
                        r"copter)s|quadcopters|model aircraft|toys|vehicles)\s+(?:is|are|was|were)\s+"
                        r"(?:about\s+|around\s+)?$")
#: What a buyer wants, not what a machine does: "The service is keenly interested in
#: platforms that can fly 500 nautical miles at 20,000 feet" (a US Army request for
#: information, trials_new6), "seeks drones that can carry 5 kg".
_WANTED = re.compile(r"(?i)\b(?:interested in|looking for|seek(?:s|ing)?|wants?|requires?|"
                     r"requiring|calls? for|requirements? for|requests? (?:of|for) "
                     r"information (?:for|on))\s+(?:[\w-]+\s+){0,3}?(?:platforms?|drones?|"
                     r"aircraft|UAVs?|UASs?|systems?|vehicles?|designs?|solutions?)\s+"
                     r"(?:that|which)\s+(?:can|could|will|would|must|should)\b"
                     # the wish ends at a clause with a new subject ("..., and its new
                     # quadcopter can carry 8 kg"; review 11, F5), not at a list's comma
                     # ("can carry 5 kg, fly for 40 minutes and reach 60 km/h"; review 12, G10)
                     r"(?:(?!,?\s(?:(?:and|but|while|whereas)\s+)?(?:(?:its|the|our|this|their|"
                     r"it|we|they)\b|(?-i:[A-Z])))[^.;]){0,90}$")
#: A class defined by a bound: "a group 4 or 5 unmanned aircraft system (UAS) — meaning
#: drones weighing more than 1,320 pounds".
_DEFINED = re.compile(r"(?i)\b(?:meaning|i\.e\.,?|that is,|defined as|which means)\s+$")


def wanted_and_limits(items: list["Item"]) -> None:
    """A limit an operator flies under, a class's maximum, a buyer's requirement and a class
    defined by a bound are no figures of the machine: context, with the reason (trials_new6:
    the ultralight rules' 700 ft and 55 knots had been a range and a top-speed claim, the Army's
    wanted 500 nmi and 20,000 ft a range and a ceiling claim, and "meaning drones weighing
    more than 1,320 pounds" a take-off mass input)."""
    for item in items:
        if item.kind != "figure" or item.role == "context":
            continue
        at = item.quote.find(item.written)
        if at < 0:
            continue
        before = item.quote[max(0, at - 160):at]
        near = before[-60:]
        cls = _CLASS_BOUND.search(near)
        why = ("a limit the operator flies under" if _LIMITED.search(near)
               and _RULE_CUE.search(unattributed(item.quote)) else
               "a maximum stated for a class" if _CLASS_MAX.search(near) else
               "what the buyer wants, not what a machine does" if _WANTED.search(before) else
               "the bound that defines a class" if cls and _DEFINED.search(
                   near[:cls.start()]) else None)
        if why is not None:
            _to_context(item, f"{why}, not this machine's {item.field}: context", why)


#: A lift a flight or a test showed: "In its recent maiden hover flight, it lifted a payload of
#: 829 lb" (newatlas, trials_new6), "tested ... by picking up 55 lbs of barbell plates"
#: (trials_new5's HLM); not "lifted off with" (a flight's load), nor a present tense ("Each of
#: its eight motors lifts up to 12 kg": a part's, which the capacity rules judge).
_LIFTED = re.compile(r"(?i)\b(?:(?:dead-?)?lifted|hoisted|(?P<up>pick(?:ed|ing) up))"
                     r"\s+(?:(?:a|an|the|its)\s+)?(?:(?:payload|load|weight|cargo)s?\s+(?:of\s+)?)?"
                     r"(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?$")
_TEST = re.compile(r"(?i)\b(?:test\w*|demonstrat\w*|record\w*|trials?)\b")
_DELIVERED = re.compile(r"(?i)\b(?:deliver\w*|dropp?\w*|fl(?:ew|own|ies|y|ying) (?:it|them)|"
                        r"carri\w* (?:it|them))\b")


#: A later flight that is not the lift's: another time, a clause of its own, or flown empty.
_APART = re.compile(r"(?i);|\b(?:another|other|later|next|earlier|previous|separately|day|week|"
                    r"month|year|empty|unloaded|without)\b")
_WITH_IT = re.compile(r"(?i)^\W*(?:with (?:it|them|the (?:load|payload|parcel|cargo|weight))|"
                      r"carrying (?:it|them))\b")


def _flown_with(quote: str, at: int, fat: int, written: str) -> bool:
    """Whether the flight figure at ``fat`` after the lift at ``at`` is flown with that load:
    "with it" after it, or joined on with no other time, no ";" and no "empty" (review 12,
    G7: "and on another day it flew 10 km", "; it flies 30 minutes empty" are not)."""
    if fat <= at:
        return False
    after = quote[fat + len(written):fat + len(written) + 40]
    return bool(_WITH_IT.match(after)) or not (_APART.search(quote, at, fat) or
                                               _APART.match(after.split(",")[0].strip()))


def lifts_shown(items: list["Item"]) -> None:
    """A load a flight or a test lifted is what the machine showed it can lift: a maximum-
    payload claim (the lift as the source states it), where it had been the payload input
    and the case had no claim to judge. "picked up" counts only in a test's sentence ("picked
    up a parcel and flew it 5 km" is a delivery's load). Not a load a flight claim after it
    in the sentence was flown with ("lifted a 5 kg payload and flew 10 km with it": that
    claim's payload; review 11, F8), nor a picked-up load delivered or flown on."""
    for item in items:
        if item.kind != "figure" or item.field != "payload_mass" or item.role != "input":
            continue
        at = item.quote.find(item.written)
        m = _LIFTED.search(item.quote[max(0, at - 60):at]) if at >= 0 else None
        gone = _DELIVERED.search(item.quote, at)
        if m is None or (m.group("up") and (not _TEST.search(item.quote) or gone and re.match(
                r"(?i)\s*(?:(?:it|them)\s+)?(?:(?:over|up to|about|some|nearly)\s+)?\d",
                item.quote[gone.end():]))):           # "delivered it 8 km away", not "dropped
            continue                                  # it from 30 m" (review 12, G7)
        if any(o is not item and o.kind == "figure" and o.quote == item.quote and o.role == "claim"
               and o.field in ("flight_time", "range", "distance")
               and _flown_with(item.quote, at, o.quote.find(o.written), o.written) for o in items):
            continue
        item.field = item.guess = "max_payload"
        item.role, item.why_role = "claim", "a lift the flight or test showed"
        item.notes.append(f"the load {m.group().strip()!r}: what the machine showed it can lift, "
                          "judged as a maximum-payload claim")


#: A load carried over a distance: "designed to carry up to 300 pounds of payload over 300 sm"
#: is one mission, the range flown with the load (as "flying up to 2,000 km, carrying a 250-kg
#: bomb" is); the load is that range's payload, not a capacity claim of its own.
_LOAD_OVER = re.compile(r"(?i)^\s+(?:of\s+)?(?:payloads?|cargo|freight|goods)\s+(?:over\s+)?$")

_MASSES = ("max_payload", "payload_mass", "empty_mass", "takeoff_mass")
_CARRY = re.compile(r"(?i)\b(?:carr(?:y|ies|ied|ying)|lift(?:s|ed|ing)?|haul(?:s|ed|ing)?)\s+"
                    r"(?:(?:up to|as much as|about|around)\s+)?$")


def loads_over_distance(items: list["Item"]) -> None:
    """A capacity figure carried "over" the range claim right after it is that range's load:
    the payload input (:data:`_LOAD_OVER`)."""
    figures = [i for i in items if i.kind == "figure"]
    carried: set[str] = set()             # the quotes that have a "carry ... over" pair
    for load, reach in zip(figures, figures[1:]):
        if load.field not in _MASSES or reach.field not in ("range", "context") \
                or load.quote != reach.quote:
            continue
        at = re.search(r"(?<![\w.,])" + re.escape(load.written), load.quote)   # not "25 kg"
        a = (at.end() if at else load.quote.find(load.written) + len(load.written))
        gap = load.quote[a:load.quote.find(reach.written, a)]
        # "..., or 5 kg over 35 km" after a "carry 10 kg of payload over 20 km": each range
        # keeps its own load (review 11 F7: the 35 km had been judged with no payload), whatever
        # field a later cue gave the mass ("..., or fly 50 km empty": review 12 G4); a first
        # pair needs no "of payload" after a carrying verb ("can carry 10 kg over 20 km")
        over = re.match(r"^\s*(?:over\s+)?$", gap) is not None
        bare = over and (load.quote in carried or load.field == "max_payload" and _CARRY.search(
            load.quote[:a - len(load.written)]) is not None)
        if reach.written.lower().startswith("over") and (
                (load.field == "max_payload" and reach.field == "range" and reach.role == "claim"
                 and _LOAD_OVER.match(gap)) or bare):
            carried.add(load.quote)
            if bare:                      # the load is that claim's condition, its payload
                if reach.field == "context" or reach.role != "claim":
                    reach.field = reach.guess = "range"
                    reach.role, reach.why_role = "claim", "the distance the load is carried"
                reach.payload = _OPEN.sub("", load.text)     # a value check accepts (G12)
                if reach.payload != load.text:
                    reach.notes.append(f"payload {reach.payload!r}: the article gives "
                                       f"{load.written!r}, an upper bound")
                _to_context(load, f"carried over {reach.written!r}: the payload that range is "
                                  "flown with (its payload key), not a capacity claim of its "
                                  "own", "the load of the range after it")
                continue
            load.field = load.guess = "payload_mass"
            load.role, load.why_role = "input", "the load the range after it is flown with"
            load.notes.append(f"carried over {reach.written!r}: the payload that range is "
                              "flown with, not a capacity claim of its own")


_DIVE = re.compile(r"(?i)div(?:e|es|ed|ing)|terminal|(?:attack|strike|impact) speed|"
                   r"(?:during|in) (?:a|an|the|its) (?:attack|strike)|attacking|striking")


def dive_notes(items: list["Item"]) -> None:
    """Say why a dive's speed is no level speed (its cue is in
    :data:`dronecalc.intake.cues.CUES`): the claim stands as written (``dive_speed``), and
    ``check`` lists it as not judged, since no model of this version judges a dive."""
    for item in items:
        if item.kind == "figure" and item.field == "dive_speed" and item.cues \
                and _DIVE.search(item.cues[0]) and not item.notes:
            item.notes.append(f"a dive's speed ({item.cues[0]!r}): gravity adds to the "
                              "motor's thrust, so it is no level speed the power model judges; "
                              "a dive_speed claim, which check lists as not judged (no model "
                              "of this version judges a dive)")


#: A motor count that says each motor drives its own rotor: "It has 18 electric motors, each
#: powering a separate rotor" (LIFT's Hexa, trials_new6) is a multirotor's rotor count, though
#: the article has no multirotor word (``extract`` had made it context: another kind's motors).
_EACH_ROTOR = re.compile(r"(?i)^\s*,?\s*each\s+(?:powering|driving|turning|spinning|with)\s+"
                         r"(?:a|its own|one|a separate|an individual)\s+(?:rotor|propeller|prop)\b")


def own_rotor_counts(items: list["Item"]) -> None:
    """Restore a motor count as the rotor count when each motor drives its own rotor."""
    for item in items:
        if item.kind != "count" or item.field != "context" or item.counted not in (
                "rotors", "motors"):
            continue
        at = item.quote.find(item.written)
        number = re.match(r"\d+", item.written)
        if at < 0 or number is None or not _EACH_ROTOR.match(item.quote[at + len(item.written):]):
            continue
        item.field = item.guess = "rotors"
        item.role, item.text = "input", number.group()
        item.why_role = "a stated build fact (each motor drives its own rotor)"
        item.notes = [f"written {item.written!r}, each motor with its own rotor: the rotor count"]


#: A table's (or a list's) block heading that states a load condition: "**Flight
#: Characteristics at max payload:**", "With maximum payload:", "At no payload:"; no figure in it.
_LOAD_HEAD = re.compile(r"(?i)\b(?:(?:at|with)\s+(?:(?:the|a|its)\s+)?(?P<full>max(?:imum|\.)?|"
                        r"full)\s+(?:payload|load)|(?P<none>(?:at|with)\s+(?:no|zero)\s+"
                        r"(?:payload|load)|without\s+(?:an?\s+|any\s+)?payload|unloaded))\b")
#: A heading line: a bold cell or a label ending in a colon, with no digit in it.
#: Its leading blanks are possessive (``*+``): ``[^|\d\n]+`` also takes blanks, and a line of
#: 2,000 spaces took 14 s to refuse by backtracking over every split of them (fuzz8); the
#: last branch keeps the blanks-only label ("   :") the old pattern matched.
_HEADING = re.compile(r"^[ \t]*+\|?[ \t]*+(?:\*\*[^*\d\n]+\*\*|[^|\d\n]+:|(?<=[ \t]):)"
                      r"[ \t]*(?:\|[ \t|]*)?$")


def _blocks(body: str):
    """(start, end, heading match) of each block under a load-condition heading: to the next
    heading line, or the end of its table (a line not starting with '|') or its paragraph."""
    lines, at = [], 0
    for line in body.splitlines(keepends=True):
        lines.append((at, line))
        at += len(line)
    for k, (start, line) in enumerate(lines):
        head = _LOAD_HEAD.search(line) if _HEADING.match(line.rstrip("\n")) else None
        if head is None:
            continue
        table = line.lstrip().startswith("|")
        end = len(body)
        following = lines[k + 1:]
        lead = next((t for _, t in following if t.strip()), "")
        if not table and lead.lstrip().startswith("|"):
            # blank lines, then the table the heading heads (Markdown wants the blank line;
            # review 7): the block is that table
            table = True
            following = following[next(i for i, (_, t) in enumerate(following) if t.strip()):]
        for nxt, text in following:
            if _HEADING.match(text.rstrip("\n")) or (not text.lstrip().startswith("|") if table
                                                      else not text.strip()):
                end = nxt
                break
        yield start + len(line), end, head


def load_blocks(items: list["Item"], body: str) -> None:
    """A flight-time or range claim in a block headed "at max payload" was made with the
    maximum payload: the table's payload capacity (the first ``max_payload`` figure outside
    the block) is its ``payload`` condition; in a block headed "at no payload" it was made
    with none (``with_payload = false``)."""
    figures = [i for i in items if i.kind == "figure"]
    for start, end, head in _blocks(body):
        inside = [i for i in figures if start <= i.start < end]
        capacity = next((i for i in figures if i.field == "max_payload" and i not in inside
                         and i.flag is None and _value(i.text) is not None
                         and i.text[:1].isdigit()), None)
        for item in inside:
            if item.role != "claim" or item.field not in ("flight_time", "range") \
                    or item.payload is not None or item.mode == "hover":
                continue
            if head.group("none"):
                item.with_payload = False
                item.notes.append(f"under the heading {head.group()!r}: with no payload")
            elif capacity is not None:
                item.payload, item.with_payload = capacity.text, None
                item.notes.append(f"under the heading {head.group()!r}: made with the maximum "
                                  f"payload {capacity.written!r}, its payload")


_OPEN = re.compile(r"(?i)^(?:up to|as much as)\s+")


def refine(items: list["Item"], body: str, title: str | None) -> list[str]:
    """The passes of this module, in order (``extract``'s one hook); their draft warnings."""
    from .cross_figures import prospects
    from .cues import own_weight_notes
    from .operators import comparisons, other_operators
    from .records import RIVAL_RECORD, margins, names_record
    from .spec_lines import per_pack_figures, temperature_envelopes
    from .totals import differences, fleet_totals
    from .pack_rows import charge_limits, pack_sections
    from .that_figure import that_figure
    from .full_load import full_load_claims
    restated_headline(items, body, title)
    other_operators(items, body, title)
    class_figures(items)
    class_figures(items, _EARLIER, "an earlier machine", earlier_governs)   # hedges
    class_figures(items, _EARLIER_RECORD, "an earlier record", record_governs)
    class_figures(items, RIVAL_RECORD, "another machine's record", names_record)
    margins(items)                       # records: "surpasses ... by more than one hour"
    fleet_totals(items); differences(items)   # totals: "have spent 50,000 hours", "1 h longer"
    thresholds(items, body)
    wanted_and_limits(items)
    upper_bounds(items)                  # governing: "does not exceed 25 minutes"
    prospects(items)                     # cross_figures: "the possibility of transporting 10kg"
    lifts_shown(items)
    comparisons(items, title)
    own_rotor_counts(items)
    loads_over_distance(items)
    dive_notes(items)
    own_weight_notes(items)              # cues: "The camera itself weighs 300 g"
    temperature_envelopes(items)         # spec_lines: a machine's rating, a pack's own Wh
    per_pack_figures(items)              # a pack's own Wh or weight as all packs'
    pack_sections(items, body); charge_limits(items)   # pack_rows: "| Battery | |" rows
    load_blocks(items, body)
    full_load_claims(items)
    that_figure(items)                   # "That figure rises to 55 minutes": refers
    return hedged_kinds(items)
