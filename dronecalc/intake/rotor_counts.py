"""Whether a count of propellers, rotors or motors is the machine's rotor count (issue 10).

"equipped with six propellers" of a DJI Matrice 600 (trials_new8's maricopa) is the hexacopter's
rotor count, though the article has no multirotor word: the type name is a multirotor of the
airframe table. With no kind word at all, three or more propellers, rotors or motors ("a small
drone with four electrical motors", specs_heldout's md4-200; "four axes, eight carbon fiber
propellers", heldout3's FlyCart) are lift rotors too: a fixed wing has one or two ("powered by two
small propellers"). A kind word of another layout ("VTOL", "fixed-wing", "one-way attack") or
words of a wing or a cruise engine in the article ("take off and land vertically", "a
two-cylinder internal combustion engine", heldout2's vtol-spain) keep it context: another kind's
propellers or motors, not its lift rotors. Blades are no rotors ("eight counter-rotating
propeller blades": no count is spotted). Kept apart from :mod:`dronecalc.intake.extract` for its
line count.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .airframes import resolve
from .kind_words import lifts_itself
from .numbers import ONES

if TYPE_CHECKING:
    from .extract import Item

#: "an eight-rotor drone" names its lift rotors itself, with or without a kind word.
_ROTOR_COMPOUND = re.compile(r"-rotors?\b", re.IGNORECASE)

#: Words of a wing or of a cruise engine anywhere in the article's body: the propellers or
#: motors counted may be a fixed wing's or a VTOL's (its lift motors and its pusher).
_WING_WORDS = re.compile(r"(?i)\b(?:wings?|wingspan|fuselage|runway|catapult|glid(?:e|es|er|ing)|"
                         r"pusher|horizontal flight|forward flight|vertical(?:ly)?|"
                         r"combustion|engines?|jet|turbine|airplane|aeroplane|plane)\b")

#: A count with no kind word in the article is a rotor count from this many on: one or two
#: propellers is a fixed wing's tractor or twin (a bicopter is rare; an assumption, no source).
LEAST_BARE_ROTORS = 3


def _count(item: "Item") -> int | None:
    """The count an item's text gives ("6", "six"), or None."""
    text = (item.text or "").strip().lower()
    return int(text) if text.isdigit() else ONES.get(text)


#: Words that make a count of propellers what the machine is supplied with, not what lifts it
#: (review 16): a verb of the sale or the box right before the count ("The kit ships with 8
#: spare propellers", "sold with 12 propellers", "comes with two sets of propellers"), a
#: package of them ("a pack of 4 replacement props"), or a word of a spare between the count
#: and its noun ("8 spare propellers"). What the machine has, uses or is equipped with stays
#: its rotors ("equipped with six propellers", "its 8 propellers lift it"). The supply verbs
#: take propellers only ("comes with eight motors" is as often the build: a judgement, no
#: source); the spare words and a package take any noun.
_SUPPLIED_BEFORE = re.compile(
    r"(?i)(?:\b(?:ships?|shipped|shipping|comes?|came|coming|sold|sells?|selling|supplied|"
    r"delivered|packaged|packed|bundled|boxed|provided|included)\s+with\s+(?:an?\s+|the\s+)?"
    r"(?:(?:pack|packet|box|bag|kit|set)s?\s+of\s+)?|"
    r"\b(?:pack|packet|box|bag|kit)s?\s+of\s+)$")   # not "a set of four propellers": the build
_SUPPLY_NOUN = re.compile(r"(?i)\b(?:propellers?|props?|blades?)\s*$")
_SPARE_WORDS = re.compile(r"(?i)\b(?:spare|replacement|extra|backup|reserve)\b")
#: After the count: "12 propellers included", "8 props in the box", "4 propellers as spares".
_SUPPLIED_AFTER = re.compile(r"(?i)^\s*(?:\((?:[^()]{0,30})\)\s*)?(?:(?:are|come|came)\s+)?"
                             r"(?:included|in the (?:box|package|kit)|as spares?|for spares?|"
                             r"(?:as|for) replacements?)\b")


def supplied(item: "Item") -> bool:
    """Whether a rotor-count item is a count of propellers the machine is sold or shipped
    with (spares, a kit's), by the words of its own sentence around it."""
    at = item.quote.find(item.written)
    if at < 0:
        return False
    before, after = item.quote[max(0, at - 60):at], item.quote[at + len(item.written):]
    pack = _SUPPLIED_BEFORE.search(before)
    return bool(_SPARE_WORDS.search(item.written) or _SUPPLIED_AFTER.match(after)
                or pack and ("with" not in pack.group().lower()
                             or _SUPPLY_NOUN.search(item.written)))


def drop_supplied(items: list["Item"]) -> None:
    """Make each rotor count that :func:`supplied` reads as spares or a kit's context."""
    for item in items:
        if item.field == "rotors" and item.kind == "count" and supplied(item):
            item.field = item.guess = "context"
            item.role, item.text = "context", item.written
            item.notes = [f"written {item.written!r}: parts the machine is supplied with (spares "
                          "or a kit's), not its rotor count; set [vehicle] rotors if the source "
                          "states it"]


def fix_rotor_counts(items: list["Item"], kinds: list[str], multirotor_kinds: set[str],
                     body: str) -> None:
    """Make a rotor, arm or layout count context unless the article says it is a
    multirotor's: a multirotor word, a type name of a multirotor (``kinds`` holds the named
    types too), a rotor compound ("an eight-rotor drone"), rotors that lift it ("16 propellers
    to push itself aloft"), or no kind word and no wing word at all and at least
    :data:`LEAST_BARE_ROTORS` of them. A count of spares or of a kit's propellers is
    context first (:func:`drop_supplied`)."""
    drop_supplied(items)
    stacked_counts(items)                  # "coaxial four-rotor": 4 arms; "quadcopter" + pairs
    named = any(k in multirotor_kinds or resolve(k).layout == "multirotor" for k in kinds)
    bare = not kinds and not _WING_WORDS.search(body)
    kept = bare and any(i.field == "rotors" and i.kind == "count" and (_count(i) or 0) >=
                        LEAST_BARE_ROTORS for i in items)      # "coaxial" beside such a count
    for item in items:
        if item.field not in ("rotors", "arms", "rotor_layout") or item.kind not in (
                "count", "part") or named or _ROTOR_COMPOUND.search(item.written) \
                or lifts_itself(item) or _stacked_beside(item, items):
            continue
        count = _count(item) if item.kind == "count" and item.field == "rotors" else None
        if bare and (count is not None and count >= LEAST_BARE_ROTORS
                     or item.field == "rotor_layout" and kept):
            item.notes.append(f"no kind word in the article: {item.written!r} read as "
                              + ("the lift rotors" if count else "the rotor layout")
                              + " of a multirotor (a fixed wing has one or two propellers); "
                              "check it, and set [case] vehicle_kind")
            continue
        item.field = item.guess = "context"
        item.role, item.text = "context", item.written
        item.notes = ["no multirotor word in the article: propellers or motors of another "
                      "kind of aircraft, not lift rotors"]


#: "four pairs of coaxial rotors", "four sets of counter-rotating propellers": twice the pairs
#: are rotors (the part spotter reads "coaxial" as the rotor layout; counter-rotating pairs
#: alone set none: a flat quadcopter's props turn in counter-rotating pairs too).
_PAIRS = re.compile(r"(?i)\b(?P<n>\d{1,2}|" + "|".join(ONES) + r")\s+(?:pairs|sets)\s+of\s+"
                    r"(?P<how>(?:(?:coaxial|co-axial|stacked|counter-rotating|contra-rotating)"
                    r"[\s,]+)*)(?:lift\s+)?(?P<what>rotors|propellers|props|motors)\b")
#: "four coaxial pairs (of rotors)", "4 stacked rotor pairs" (issue 10, extract3): as above.
_PAIRS_AFTER = re.compile(r"(?i)\b(?P<n>\d{1,2}|" + "|".join(ONES) + r")\s+(?P<how>coaxial|"
                          r"co-axial|stacked|contra-rotating)\s+(?:(?P<what>rotor|propeller|"
                          r"prop|motor)\s+)?pairs\b")


#: "X8 coaxial", "coaxial X8" (issue 10, extract4): with a stacking word beside it "X8" is the
#: coaxial octocopter layout (8 rotors as 4 stacked pairs), never the Skywalker X8 flying wing,
#: which has one pusher propeller; "X8" alone stays ambiguous (intake.airframes).
_X8_STACKED = re.compile(r"(?i)\bX8[\s-]+(?:coaxial|co-axial|coax|stacked)\b|"
                         r"\b(?:coaxial|co-axial|coax|stacked)[\s-]+X8\b")
#: A stacking word (the rotor layout's, intake.airframes.LAYOUT_WORDS, and its spellings).
_STACKING = r"(?:coaxial|co-axial|coax|stacked)"


def _stacked_compound(item: "Item", field: str = "rotors") -> re.Match | None:
    """ "coaxial four-rotor", "four-rotor coaxial": a ``field`` count of 3 to 5 written as a
    rotor compound with a stacking word right beside it in its sentence, or None."""
    if item.kind != "count" or item.field != field or not _ROTOR_COMPOUND.search(
            item.written) or not 3 <= (_count(item) or 0) < 6:
        return None
    w = re.escape(item.written)
    return re.search(rf"(?i)\b{_STACKING}[\s,-]+{w}|{w}[\s-]+{_STACKING}\b", item.quote)


def _stacked_beside(item: "Item", items: list["Item"]) -> bool:
    """Whether an item is a count that names its own stacked pairs ("X8 coaxial", "coaxial
    four-rotor") or the layout word of such a count in the same sentence: a multirotor's
    rotors, whatever wing or engine words the article has."""
    def own(i: "Item") -> bool:
        return bool(i.kind == "count" and _X8_STACKED.fullmatch(i.written)
                    or _stacked_compound(i, "arms"))
    return own(item) or item.field == "rotor_layout" and any(
        own(i) and i.quote == item.quote for i in items)


def stacked_counts(items: list["Item"]) -> None:
    """Counts of stacked pairs (issue 10, extract4; docs/case-format.md, "Rotor layout").

    * "a coaxial four-rotor drone": fewer than 6 rotors cannot be stacked pairs on 3 or more
      arms, so with the stacking word the compound counts arms (4 arms, 8 rotors), as the
      airframe table reads "coaxial quadcopter" (:func:`intake.airframes.resolve`);
    * "the quadcopter ... with four coaxial pairs (of rotors)": the kind word's 4 are the arms,
      the pairs' 8 the rotors, so the airframe becomes "coaxial quadcopter" (8 rotors) and the
      pairs' count agrees with it instead of being a second, conflicting rotor count.
    """
    for item in items:
        if _stacked_compound(item):
            n = _count(item)
            item.field = item.guess = "arms"
            item.text, item.counted = str(n), "arms"
            item.notes = [x for x in item.notes if not x.startswith("written ")] + [
                f"written {item.written!r} beside a coaxial word: stacked pairs on {n} arms, "
                f"{2 * n} rotors (fewer than 6 rotors cannot be stacked pairs on 3 or more "
                "arms)"]
    pairs = [i for i in items if i.kind == "count" and i.field == "rotors" and i.role == "input"
             and (_PAIRS.fullmatch(i.written) or _PAIRS_AFTER.fullmatch(i.written))]
    for frame in (i for i in items if i.kind == "airframe" and i.role == "input"):
        word = resolve(frame.text)
        pair = next((p for p in pairs if word.rotors and word.rotor_layout is None
                     and p.text == str(2 * word.rotors)), None)
        if pair is not None and resolve(f"coaxial {frame.text}").rotors == 2 * word.rotors:
            frame.text = f"coaxial {frame.text}"
            frame.why_role = f"the vehicle kind ({2 * word.rotors} rotors)"
            frame.notes.append(f"written {frame.written!r} with {pair.written!r}: "
                               f"{2 * word.rotors} rotors as stacked pairs on {word.rotors} arms")


#: A spec list's motors row with a count before the model: "- Motors: 8 x Tarot 330kv 4008"
#: (the TF-M8X's page, review 23: the octocopter had been drawn with four rotors). Each motor
#: drives a rotor on a multirotor; ``fix_rotor_counts`` keeps it only where the article
#: names a multirotor.
_MOTORS_ROW = re.compile(r"(?im)^\s*[-*•]?\s*(?:(?:lift |brushless |BLDC )?motors?|propellers?|"
                         r"props|rotors?)\s*(?:\([^)]{0,20}\))?\s*[:：–—]\s*"
                         r"(?P<n>\d{1,2})\s*[x×]\s*(?=[A-Za-z])")


def pair_counts(sentence: str, offset: int, make, quote) -> list["Item"]:
    """Rotor-count items of "N pairs of ... rotors" and of a motors row's "N x <model>" in
    ``sentence`` (``make`` is ``extract.Item``, ``quote`` ``extract._quote``)."""
    out = []
    for m in _MOTORS_ROW.finditer(sentence):
        n = int(m.group("n"))
        if n >= LEAST_BARE_ROTORS:
            written = sentence[m.start("n"):m.end()].rstrip()
            out.append(make("count", offset + m.start("n"), written, str(n), "rotors", "rotors",
                            "input", quote(sentence, m.start("n"), m.end()), 0.9, ("motors",),
                            "a stated build fact", counted="rotors",
                            notes=[f"written {written!r} in a motors row: {n} motors, one per "
                                   "rotor"]))
    for m in _X8_STACKED.finditer(sentence):
        out.append(make("count", offset + m.start(), m.group(), "8", "rotors", "rotors", "input",
                        quote(sentence, m.start(), m.end()), 0.9, ("X8",), "a stated build fact",
                        counted="rotors", notes=[f"written {m.group()!r}: the coaxial X8 "
                                                 "layout, 8 rotors as stacked pairs on 4 arms "
                                                 "(not the Skywalker X8 flying wing)"]))
    for m in [*_PAIRS.finditer(sentence), *_PAIRS_AFTER.finditer(sentence)]:
        n = m.group("n").lower()
        rotors = 2 * (int(n) if n.isdigit() else ONES[n])
        if rotors < 2:
            continue
        written, said = m.group(), quote(sentence, m.start(), m.end())
        out.append(make("count", offset + m.start(), written, str(rotors), "rotors", "rotors",
                        "input", said, 0.9, (m.group("what") or "pairs",), "a stated build fact",
                        counted="rotors", notes=[f"written {written!r}: {rotors} rotors"]))
    return out
