"""Drone type names in an article's text, and which name each figure belongs to (for
dronecalc extract; kept apart from :mod:`dronecalc.intake.extract` for its line count)."""
from __future__ import annotations

import bisect
import re

from .name_mentions import name_mentions
from .pack_rows import in_pack_rows
from .spotting import _NAME_PATTERNS

#: Names compared for "the same drone" (Shahed and Shahed-136); more are kept as written.
NAME_LIMIT = 40


#: Designators of what a drone carries, not of a drone: grenade launchers and their rounds
#: (RPG-7, PG-7V, OG-7, VOG-17), cluster bomblets (PTAB-2.5), hand grenades (RKG-3, F-1)
_WEAPON = re.compile(r"(?:RPG|PG|OG|VOG|PTAB|RKG|F)-\d")
#: A type name right before a munition noun names the munition ("an RPG-7 warhead").
_MUNITION_NOUN = re.compile(r"\s+(?:warheads?|grenades?|rounds?|rockets?|shells?|mines?|"
                            r"bomblets?)\b")     # not "charges"/"launcher" (review 8: "the DJI
#: Mavic 3 charges in 96 minutes", "the Switchblade 600 launcher" name the drone)
#: A model right before a part noun names the part: "T-Motor MN105 motors (90 KV)" (LAE Times
#: on Luke Bell's quadcopter, review 18: "Drone types named: MN105", every figure its), "a
#: UEL AR741 engine", "KDE 13218XF-105 propellers". Not a pack or a camera: "the Mavic 3
#: batteries" are the drone's.
#: Up to two words may stand between ("a DLE-111 two-stroke gasoline engine": a Mugin-5
#: passage, review of 2026-12-05, whose flight time was drafted as the DLE-111's).
_PART_NOUN = re.compile(r"\s+(?:(?:brushless|outrunner|electric|rotary|piston|"
                        r"(?:2|4|two|four)[- ]stroke|gasoline|petrol|diesel|heavy[- ]fuel|boxer|"
                        r"(?:single|twin|two)[- ]cylinder)\s+){0,2}(?:motors?|"
                        r"propellers?|props?|ESCs?|engines?|servos?|"
                        # a sprayer's nozzle or tip model: "XR110 nozzles", "XR11002 flat-fan
                        # tips" (review 22: a DJI Agras T70 blog's nozzle named as the drone)
                        r"(?:(?:flat[- ]fan|air[- ]induction|spray|hollow[- ]cone)\s+)?"
                        r"(?:nozzles?|tips?))\b", re.IGNORECASE)
#: A part noun right before the model: "the spray tip XR11002", "nozzle type XR110".
_PART_BEFORE = re.compile(r"(?i)\b(?:nozzles?|spray\s+tips?|tips?)(?:\s+(?:type|model|size))?"
                          r"\s*[:(]?\s*$")


#: An ingress-protection rating, not a drone: "| Protection Rating | IP43 | IP55 |" (Autel's
#: EVO Max and Alpha table, unseen 2026-12-06: "Drone types named: IP43, IP55", every figure
#: attributed to "IP43"), "rated IPX4", "IP54-rated".
_RATING = re.compile(r"IP(?:X|\d)\d")


#: A maker's name, not a drone's: "developed by the Zala Aero Group" (review 18, item 6: "Zala
#: Aero" had been listed as a drone type): a company word as the name's last word or after it.
_COMPANY = r"(?:Aero|Group|Corp(?:oration)?|Inc|Ltd|LLC|Company|Industries|Concern|JSC)"
_MAKER = re.compile(rf"[ -]{_COMPANY}$")
_MAKER_AFTER = re.compile(rf"(?:\s(?:Aero\s)?{_COMPANY})\b")
#: An event named with its year, not a drone: "at the Army-2019 exhibition in Moscow"
#: (review 18, item 6), "the MAKS-2021 air show", "IDEX-2023 defence fair".
_EVENT = re.compile(r".*-(?:19|20)\d\d$")
_EVENT_AFTER = re.compile(r"\s+(?:(?:international|defen[cs]e|military|trade|air|arms)\s+)?"
                          r"(?:exhibitions?|expos?|shows?|forums?|fairs?|salons?|exercises?|"
                          r"conferences?|summits?|games|congress)\b", re.IGNORECASE)
#: A generic noun the known-name pattern takes as a model suffix: "ZALA Lancet UAV" is the
#: Lancet (as "UAV" it had outspelled "Lancet-3", the one spelling the airframe table reads
#: as the type: review 18, item 6).
_GENERIC_TAIL = re.compile(r" (?:UAVs?|UASs?|Drones?|Munitions?)$")


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
            if _RATING.fullmatch(name) or _WEAPON.match(name) or _MUNITION_NOUN.match(body, start + len(name)) or \
                    _PART_NOUN.match(body, start + len(name)) or \
                    _PART_BEFORE.search(body, max(0, start - 24), start):
                continue                             # "a 1.5 kg RPG-7 warhead": no drone type
            if _MAKER.search(name) or _MAKER_AFTER.match(body, start + len(name)) or \
                    _EVENT.match(name) and _EVENT_AFTER.match(body, start + len(name)):
                continue                             # "the Zala Aero Group", "Army-2019"
            if in_pack_rows(body, start):
                continue                             # "| Battery | |" then "| Model | FB45 |"
            name = _GENERIC_TAIL.sub("", name)       # "ZALA Lancet UAV": the Lancet
            found.append((start, name))
    found.sort(key=lambda f: (f[0], -len(f[1])))
    inside, reach = [], -1                           # "Mavic 3" of "DJI Mavic 3 Classic"
    for start, name in found:
        if start + len(name) > reach:
            inside.append((start, name))
            reach = start + len(name)
    mentions = name_mentions(body, inside)           # "the Shadow" of "RQ-7B Shadows"
    held = {p for p, _ in mentions}
    found = sorted([f for f in inside if f[0] not in held] + mentions)
    canon: dict[str, str] = {}                       # key -> the longest spelling seen
    keyed = []
    alias: dict[str, str] = {}                       # "FH-98" of "Feihong-98 (FH-98)"
    for k, (start, name) in enumerate(found):
        key = _name_key(name)
        after = found[k - 1][0] + len(found[k - 1][1]) if k else -1
        gap = _ABBREVIATION.match(body, after) if k else None
        # "MQ-9 Reaper": a known name right after a designation is its short name (review 17)
        if k and (gap and body.startswith(name, gap.end()) or start == after + 1 and
                  body[after] == " " and _DESIGNATION.search(found[k - 1][1])):
            alias.setdefault(key, alias.get(_name_key(found[k - 1][1]),
                                            _name_key(found[k - 1][1])))
        key = alias.get(key, key)
        same = key if key in canon else next(
            (k for k in list(canon)[:NAME_LIMIT] if _one_machine(k, key)), None)
        if same is None:
            canon[key] = name
            same = key
        elif len(name) > len(canon[same]):
            canon[same] = name
        keyed.append((start, same))
    return [(start, canon[key]) for start, key in keyed]


#: The bracket that opens a name's other spelling right after it: "Feihong-98 (FH-98)",
#: "the Geran-2 [Shahed-136]": one machine, named twice.
_ABBREVIATION = re.compile(r"\s?[(\[]\s?")
#: A designation: letters, a hyphen, digits ("MQ-9", "RQ-7B").
_DESIGNATION = re.compile(r"^[A-Z]{1,4}-\d")


def _name_key(name: str) -> str:
    """ "Shahed 136s" -> "shahed136": spaces, hyphens and a plural's lower-case "s" go
    ("DJI Air 3S" keeps its "S": another model than the Air 3)."""
    return re.sub(r"[\s-]+", "", re.sub(r"(?<=\d)s$", "", name)).lower()


def _one_machine(a: str, b: str) -> bool:
    """Whether two name keys are one machine: one inside the other ("shahed" in "shahed136",
    "tb2" in "bayraktartb2"), unless the shorter ends in its model number and the longer goes
    on after it ("djiair3" and "djiair3s", "mavic3" and "mavic3pro": other models)."""
    short, long_ = sorted((a, b), key=len)
    at = long_.find(short)
    return at >= 0 and not (short[-1:].isdigit() and long_[at + len(short):])


def _drone_at(drones: list[tuple[int, str]], starts: list[int], at: int) -> str | None:
    k = bisect.bisect_right(starts, at)
    return drones[k - 1][1] if k else (drones[0][1] if drones else None)


#: Words that introduce a type name as another machine than the article's ("the main
#: competitor to ... is the Switchblade 600", "compared with the Shahed-136").
_RIVAL_BEFORE = re.compile(r"(?i)\b(?:competitors?|rivals?|compared (?:with|to)|unlike|"
                           r"counterparts?|than the)\b[^;!?\n]*$")


#: Words that make a type name another machine than the one the figures describe, whoever the
#: subject is: "similar to the Switchblade", "a copy of the Lancet", "rather than the TB2".
#: The comparison words themselves, shared with :mod:`dronecalc.intake.kind_words` (a kind
#: word after one is another machine's kind).
COMPARISON_WORDS = (r"like|similar to|compared (?:with|to)|unlike|than|(?:a )?cop(?:y|ies) of|"
                    r"rivals?|competitors?")
_COMPARE_BEFORE = re.compile(rf"(?i)\b(?:{COMPARISON_WORDS})\b[^.;!?\n]{{0,40}}$|"
                             # "is nearly double that of major surveillance drones, such as the
                             # Northrop Grumman RQ-4 Global Hawk" (themondonews on Skydweller,
                             # trials_new8: every figure of the story had been the RQ-4's)
                             r"\b(?:double|twice|triple|three times|half|a third|a quarter) "
                             r"(?:that|those) of\b[^.;!?\n]{0,80}$|"
                             # "crushed the previous endurance record ..., which was held by
                             # Northrop Grumman Corp.'s Global Hawk drone" (trials_new8's
                             # zephyr-spokesman, once review 19 made "Global Hawk" a name): the
                             # record's holder, another machine
                             r"\brecords?\b[^.;!?\n]{0,80}\b(?:held|set|owned)\s+by\b"
                             r"[^;!?\n]{0,50}$")
#: Target verbs: "has shot down dozens of Shahed-136s", "designed to counter the Shahed-136".
#: The name is another machine only when a machine is the one doing it (:data:`_DOER`): "the
#: Defense Forces of Ukraine destroyed 24 Shahed-136 drones" is still about the Shaheds.
_TARGET_BEFORE = re.compile(r"(?i)\b(?:counter(?:s|ing|ed)?|intercept(?:s|ed|ing|ion)?|"
                            r"shoot(?:s|ing)? down|shot down|down(?:s|ed|ing)|"
                            r"hunt(?:s|ed|ing)?|against|destroy(?:s|ed|ing)?)"
                            r"\b[^.;!?\n]{0,40}$")
#: Who does it: the last of these words before the target verb in its sentence.
_DOER = re.compile(r"(?i)\b(?:(?P<machine>drones?|interceptors?|UAVs?|UAS|aircraft|"
                   r"(?:quad|hexa|octo|multi)-?(?:copters?|rotors?)|missiles?|munitions?)|"
                   r"(?P<people>forces?|troops|army|armies|military|defen[cs]es?|ministry|"
                   r"soldiers|units?|crews?|operators?|gunners?|officials?|Ukraine|Russia|"
                   r"pilots?|police|they|we))\b")


def is_target(body: str, at: int) -> bool:
    """Whether the type name at ``at`` is another machine than the article's subject: the
    object of a comparison word (:data:`_COMPARE_BEFORE`), or of a target verb
    (:data:`_TARGET_BEFORE`) whose doer is a machine."""
    lo = max(0, at - 80)
    if _COMPARE_BEFORE.search(body, lo, at):
        return True
    verb = _TARGET_BEFORE.search(body, lo, at)
    if verb is None:
        return False
    start = max(body.rfind(c, 0, verb.start()) for c in ".!?\n") + 1
    doer = None
    for doer in _DOER.finditer(body, start, verb.start()):
        pass
    return doer is not None and doer["machine"] is not None


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
    # where the name is written as the table reads it: "Lancet-3", not the title's "Lancet"
    at = next((a for a in own if body[a:a + len(text)].lower() == text.lower()), own[0])
    return at, text, found.layout


#: The relative clause a name opens: "the Bayraktar TB2, which can stay aloft for 27 hours,"
#: (to the next comma that is no thousands separator, or the sentence's end).
_OWN_CLAUSE = re.compile(r"(?i)\s*(?:\([^()]{0,40}\)\s*)?,\s*(?:which|that|whose|who)\b"
                         r"(?:[^,.;:!?\n]|,(?=\d)|\.(?=\d))*")


#: A target's own figure in a possessive: "compared with the Shahed-136's 2,000 km range"
#: (to the next clause break; matched right after the name, which may hold a space: "the
#: Shahed 136's 2,500 km range", "the DJI Mavic 3's 46-minute flight time").
_OWN_POSSESSIVE = re.compile(r"(?:'s|’s)\s(?:[^,.;:!?\n]|,(?=\d)|\.(?=\d)){0,48}")


_WORD = re.compile(r"[^\s'’]*")


def target_clauses(body: str, targets: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the relative clause right after each target or comparison name
    ("Unlike the Bayraktar TB2, which can stay aloft for 27 hours, ..."): its figures are that
    machine's, not the article's (review 5, finding 2)."""
    out = []
    for at, name in targets:
        m = re.compile(re.escape(name) + r"s?", re.IGNORECASE).match(body, at)
        end = m.end() if m else at + len(name)
        # the name as written there may be a shorter spelling ("the Shahed's" of Shahed-136)
        own = _OWN_POSSESSIVE.match(body, m.end() if m else _WORD.match(body, at).end())
        clause = _OWN_CLAUSE.match(body, end) or own
        if clause:
            out.append((at, clause.end(), name))
    return out


def other_machines(items: list, clauses: list[tuple[int, int, str]]) -> None:
    """The figures in a target's own clause (:func:`target_clauses`) become context with a
    note naming that machine."""
    for item in items:
        if item.kind != "figure":
            continue
        owner = next((n for a, b, n in clauses if a <= item.start < b), None)
        if owner is None:
            continue
        item.notes.append(f"the {owner}'s, another machine: kept as context; it speaks to "
                          f"{item.field}")
        item.drone = owner
        item.field = item.guess = "context"
        item.role, item.why_role = "context", "a figure of another machine"
        item.text, item.payload, item.with_payload = item.written, None, None


def not_this_machine(items: list, body: str, targets: list[tuple[int, str]],
                     spans: list[tuple[int, int]]) -> None:
    """The figures that are not the article's machine's become context, in place: those in a
    target's own clause (:func:`other_machines`) and those of a generic example ("For
    instance, an electric fixed-wing drone with ...": :mod:`dronecalc.intake.generic_examples`)."""
    from .generic_examples import generic_examples
    other_machines(items, target_clauses(body, targets))
    generic_examples(items, body, spans)
