"""Another operator's figures in a story about one: "This summer, Zipline received a Part 135
air carrier certification ... Its deliveries cover up to 26 miles round trip" in FreightWaves'
story on Matternet's Zurich route (trials_new5) had drafted Zipline's 26 miles as Matternet's
range claim (note s24, "not done").

The story's subject is what its title names. A sentence whose grammatical subject is a
capitalised name the title does not hold, right before a verb of what an operator does
("Zipline received", "Wing operates"), is about that other operator, and so is the next
sentence when it goes on with "Its" / "It" / "The company": their figures are context, with a
note naming the operator. Not a possessive ("Baykar's TB2 has ...": the maker's machine), not
reported speech ("Sabrewing said ...": about the subject), not a news story's actor (a plural
agent noun, a country or an armed force: "Engineers flew", "Russia launched"), not a verb whose
object is a machine ("Skydio launched the X10 quadcopter": the story's own), and nothing
without a title.
A sentence comparing another machine (:func:`comparisons`) likewise. Kept apart from
:mod:`dronecalc.intake.restated` for its line count.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .article import sentences

if TYPE_CHECKING:
    from .extract import Item

__all__ = ["comparisons", "other_operators"]

#: An optional time or place phrase, then the subject name and an operator's verb.
_SUBJECT = re.compile(r"^\W*(?:(?:This|Last|Next|Earlier|Later|In|On|Since|By)\b[^,.;]{0,30},\s+)?"
                      r"(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:has\s+|have\s+|had\s+)?"
                      r"(?:received|obtained|won|got|operates|operated|runs|ran|launched|began|"
                      r"started|flies|flew|delivers|delivered|uses|used|deployed|deploys)\b")
#: Words that open a sentence but name no operator.
_NOT_NAMES = {"the", "this", "that", "these", "those", "it", "its", "they", "their", "we", "our",
              "he", "she", "his", "her", "a", "an", "drones", "drone", "each", "every", "some",
              "many", "most", "all", "both", "one", "two", "three"}
#: A sentence-initial actor that is no operator of a service (review 11, F2): a plural agent
#: noun ("Engineers flew the quadcopter"), a country or an armed force ("Russia launched 40
#: Shahed-136 drones"): a news story's actor, whose flight is the story's own.
#: ("Competitors", "Rivals" are other operators by definition: review 12, G8)
_ACTOR = re.compile(r"(?:(?!Competitors|Rivals)[A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents|ives)|"
                    r"Troops|Forces|Police|Military|Army|Navy|Marines|Russia|Ukraine|China|"
                    r"Iran|Israel|India|Pakistan|Turkey|Taiwan|Japan|Korea|America|Britain|"
                    r"France|Germany)$")
#: The operator's verb taking a machine as its object ("Skydio launched the X10 quadcopter",
#: "launched 40 Shahed-136 drones"): the story's machine, made or flown by its actor; "its
#: drones" (the other operator's own fleet) is not excluded.
_MACHINE_OBJECT = re.compile(r"(?i)^\s+(?:the|a|an|\d[\d,]*|two|three|four|five|six|ten|"
                             r"dozens of|hundreds of)\s+(?:[\w-]+\s+){0,3}?(?:drones?|"
                             r"(?:quad|hexa|octo|multi)-?(?:copters?|rotors?)|UAVs?|UASs?|"
                             r"aircraft|VTOLs?|helicopters?|planes?|prototypes?)\b"
                             # "launched a drone delivery service": the operator's service
                             r"(?!\s+(?:deliver\w*|services?|program\w*|network|operations?|"
                             r"hubs?|routes?|flights?|trials?|pilots?|business|corridors?))")
#: The next sentence going on about the same operator.
_GOES_ON = re.compile(r"^\W*(?:Its|It|The company(?:'s|’s)?|The firm(?:'s|’s)?|Their|They)\b")


def _distinctive(name: str) -> list[str]:
    """The words of a name that can tell it apart: not a model number ("3") or a word of one
    or two letters, which any title may hold (review 12, G9)."""
    return [w for w in name.split() if len(w) > 2 and not w.isdigit()]


def _in_title(name: str, title: str) -> bool:
    return any(re.search(rf"(?i)\b{re.escape(w)}\b", title) for w in _distinctive(name))


#: A title word that names a rival: "New quadcopter outflies DJI's best", "beats the Mavic".
_RIVAL = re.compile(r"(?i)\b(?:beats?|beating|outfl\w+|outperform\w*|outlast\w*|outdoes|"
                    r"rivals?|than|vs\.?|versus|against|takes on|challeng\w+)\b[^,:;]{0,30}$")


def _names_own(name: str, title: str) -> bool:
    """A compared name is the story's own only if its first distinctive word is in the title,
    and not as the rival the title compares with."""
    words = _distinctive(name)
    m = re.search(rf"(?i)\b{re.escape(words[0])}\b", title) if words else None
    return m is not None and not _RIVAL.search(title[:m.start()])


def _title_operators(body: str, title: str, spans) -> set[str]:
    """The title's words that the body uses as an operator's name: a possessor ("Matternet's
    M2") or an operator verb's subject ("Matternet flies ...")."""
    words = set(re.findall(r"\b[A-Z][\w-]{2,}", title))
    subjects = {m.group("name").split()[0] for m in (_SUBJECT.match(body[s:e]) for s, e in spans)
                if m is not None}
    return {w for w in words if w in subjects or re.search(rf"\b{re.escape(w)}(?:'s|’s)\s",
                                                             body)}


def other_operators(items: list["Item"], body: str, title: str | None) -> None:
    """Make the figures of sentences about another operator than the title's context."""
    if not title:
        return
    spans, about = sentences(body), []
    named = _title_operators(body, title, spans)
    for k, (s, e) in enumerate(spans):
        m = _SUBJECT.match(body[s:e])
        if m is None or m.group("name").split()[0].lower() in _NOT_NAMES \
                or _in_title(m.group("name"), title):
            continue
        # an actor, or a machine as the verb's object, is the story's own only where the
        # title names no operator of its own ("Zipline launched the P2 drone" in a story on
        # "Matternet opens ...": review 12, G8)
        if not named and (_ACTOR.match(m.group("name").split()[0])
                          or _MACHINE_OBJECT.match(body[s + m.end():e])):
            continue
        about.append((s, e, m.group("name")))
        if k + 1 < len(spans) and _GOES_ON.match(body[spans[k + 1][0]:spans[k + 1][1]]):
            about.append((spans[k + 1][0], spans[k + 1][1], m.group("name")))
    for item in items:
        if item.kind not in ("figure", "count") or item.role == "context":
            continue
        owner = next((n for s, e, n in about if s <= item.start < e), None)
        if owner is None:
            continue
        item.notes.append(f"{owner}'s, another operator than the one the title names: kept as "
                          f"context; it speaks to {item.field}")
        item.field = item.guess = "context"
        item.role, item.why_role = "context", "a figure of another operator"
        item.payload = item.with_payload = item.at_speed = None


#: A sentence that opens on a comparison and names another machine as its subject: "By way
#: of comparison, the Skyf drone set a world record in 2018 by lifting 440 lb" (newatlas,
#: trials_new6, in a story on the Rhaegal); not "By comparison, it flies 40 minutes".
_COMPARISON = re.compile(r"^\W*(?i:by way of comparison|for comparison|in comparison|by "
                         r"comparison|for reference),\s+(?:the\s+)?(?!(?:It|Its|This|These|"
                         r"The|Our|We)\b)(?P<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?)")


#: Where the compared machine's clause ends and the subject's own begins: a new subject that
#: is not the compared machine after ";", "while", "whereas", "but" or ", and": "..., while our
#: quadcopter flies 90 minutes", "...; the new octocopter lifts 40 kg" (review 11, F3); not
#: "but only 15 km", ", but its range is", "; it flies 46 minutes" (still the compared
#: machine's: review 12, G11).
_CLAUSE_BREAK = re.compile(r"(?i)(?:;|,?\s+(?:while|whereas|but)\b|,\s+and\b)\s+(?:our|we|this|"
                           r"these|the\s+new|the\s+(?!same\b)(?:[\w'’-]+\s+){0,2}?[\w-]*"
                           r"(?:copters?|drones?|UAVs?|aircraft|machines?|prototypes?)\b)")


def comparisons(items: list["Item"], title: str | None = None) -> None:
    """The figures of a sentence opening on a comparison whose subject is a named machine
    ("By way of comparison, the Skyf drone ...") are that machine's: context, with a note.
    Only its own clause (up to a new subject after "while", "whereas", "but", ";": see
    :data:`_CLAUSE_BREAK`), and not a name the title holds (the story's own maker: "In
    comparison, Skyfront's quadcopter ...")."""
    from .restated import _to_context
    for item in items:
        if item.kind not in ("figure", "count") or item.role == "context":
            continue
        m = _COMPARISON.match(item.quote)
        at = item.quote.find(item.written)
        # (a title that is this very sentence, a headless text's first line, names nothing)
        own = bool(title) and title.strip()[:40] not in item.quote \
            and _names_own(m.group("name") if m else "", title)
        if m is not None and m.end() <= at and not own \
                and not _CLAUSE_BREAK.search(item.quote, m.end(), at):
            _to_context(item, f"the {m.group('name')}'s, named for comparison: another "
                              f"machine's figure (it reads as {item.field}): context",
                        "a figure of another machine, named for comparison")
