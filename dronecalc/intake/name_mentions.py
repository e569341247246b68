"""Drone names an article uses without a designation pattern (for :mod:`dronecalc.intake.names`;
kept apart for the line counts of :mod:`~dronecalc.intake.names` and
:mod:`~dronecalc.intake.extract`). Review 17, items 3 and 9.

* A short name right after a designation: "a dozen RQ-7B Shadows followed by 45 RQ-21A
  Integrators. The Shadow has a 14-foot wingspan ..., while the newer Integrator is 16 feet
  across" (uasvision.com after the Kansas City Star): "the Shadow" is the RQ-7B, "the newer
  Integrator" the RQ-21A; each later mention after a determiner counts as that designation.
* A name that a size or mass is given for: "(18 cm and 63 grams the Mambo, about 30x15 cm and
  75 grams the Swing)" (dronezine.it on Parrot's Minidrones), "The Swing is about 30x15 cm and
  75 grams": Mambo and Swing are the machines; their mentions after "the" are found as names.
* A name after its figures (:func:`own_postposed`): in "18 cm and 63 grams the Mambo" the name
  comes after the figures of its clause, which are its figures, not the name's before them.

These are word-order rules of English (and of translated press text), a judgement: no corpus
was counted for them.
"""
from __future__ import annotations

import bisect
import re

#: Capitalised words that follow a designation or take "the" without being a drone's name:
#: nouns of the machine ("Shahed-136 Drones" in a title-case headline), and function words.
_GENERIC = frozenset(
    "Drone Drones Aircraft Unmanned Aerial Vehicle Vehicles System Systems Kamikaze Loitering "
    "Munition Munitions Attack Strike Strikes Quadcopter Quadcopters Copter Helicopter Series "
    "Block Mark Mk Pro Plus Max Mini Model Models Family Version Variant Prototype The A An "
    "And Or But In On At To For Of With From By Over Into As Is Are Was Were Has Have Had Can "
    "Could Will Would Said Says Also Were Launch Launches Launched Hit Hits Flies Flew "
    "Army Navy Air Force Marine Marines Corps Pentagon Ministry Government Company Group "
    "Minidrones Ukraine Russia Iran China Israel".split())

_CAP = r"[A-Z][a-z][A-Za-z0-9]*"
#: One or two capitalised words right after a designation ("RQ-7B Shadows", "RQ-4 Global Hawk").
_AFTER_DESIGNATION = re.compile(rf" ({_CAP}(?: {_CAP})?)(?![\w-])")
#: A determiner (and up to two lower-case words) right before a later mention: "The Shadow",
#: "the newer Integrator", "both Shadows".
_DETERMINER = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ee]ach|[Ee]very|[Bb]oth|[Ii]ts|[Tt]heir|"
                         r"[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[a-z][\w-]*\s+){0,2})$")

#: Units of a machine's size or mass, for the figures a name is given.
_UNIT = (r"(?:g|grams?|grammes?|kg|kilo(?:gram|gramme)?s?|lbs?|pounds?|oz|ounces?|mm|cm|m|"
         r"met(?:er|re)s?|centimet(?:er|re)s?|inch(?:es)?|in|ft|feet)")
_MASS_UNIT = re.compile(r"(?<=\d)\s?(?:g|grams?|grammes?|kg|kilo(?:gram|gramme)?s?|lbs?|pounds?|"
                        r"oz|ounces?)\b")
_FIG = rf"(?<![\d.,])\d[\d.,]*(?:\s?[x×]\s?\d[\d.,]*){{0,2}}\s?{_UNIT}\b"   # "30x15 cm"
_ABOUT = r"(?:(?:about|around|roughly|approximately|just|only|some|nearly|under|barely)\s+)?"
#: "63 grams the Mambo," / "75 grams the Swing)": a name after its figure, ending its clause.
POSTPOSED = re.compile(rf"{_FIG}\s+the\s+({_CAP})(?=\s*(?:[,;)]|\.(?!\d)|$))")
#: "The Swing is about 30x15 cm and 75 grams": a name whose predicate is its figures.
COPULA = re.compile(rf"\b[Tt]he\s+({_CAP})\s+(?:is|was)\s+{_ABOUT}{_FIG}"
                    rf"(?:\s*(?:,\s*and|,|and)\s*{_ABOUT}{_FIG}){{0,4}}")


def _mentions(body: str, word: str, taken: list[tuple[int, int]]) -> list[int]:
    """Positions of ``word`` (or its plural, possessive) after a determiner, outside ``taken``
    (sorted spans that do not overlap)."""
    out = []
    starts = [a for a, _ in taken]
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?:s|'s|’s)?(?![\w-])", body):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < taken[k][1]:
            continue
        if _DETERMINER.search(body, max(0, m.start() - 40), m.start()):
            out.append(m.start())
    return out


def name_mentions(body: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(position, name) of the mentions :mod:`dronecalc.intake.names` misses: a designation's
    short name ("the Shadow", written as the designation it follows, "RQ-7B") and a name given
    a size or mass ("the Mambo"; :data:`POSTPOSED`, :data:`COPULA`). A found name that is a
    designation's short name is replaced by that designation (the caller drops the found one
    at a position a mention holds)."""
    shorts: dict[str, str] = {}                      # short name -> the designation it follows
    for at, name in found:
        m = _AFTER_DESIGNATION.match(body, at + len(name))
        if m is None or m.group(1).split()[0] in _GENERIC:
            continue
        short = m.group(1)
        if short.endswith("s") and not short.endswith("ss") and re.search(
                rf"(?<![\w-]){re.escape(short[:-1])}(?![\w-])", body):
            short = short[:-1]                       # "RQ-7B Shadows", "The Shadow has"
        shorts.setdefault(short, name)
    # a known name that is a designation's short name ("RQ-7B Shadows", then "The Shadow":
    # review 19 made "Shadow" a known name) is that designation's mention, not a name of its own
    found = [(at, name) for at, name in found if name not in shorts]
    taken = sorted((at, at + len(name)) for at, name in found)
    out = [(p, name) for short, name in shorts.items() for p in _mentions(body, short, taken)]
    given = {m.group(1) for rx in (POSTPOSED, COPULA) for m in rx.finditer(body)
             if m.group(1) not in _GENERIC and (rx is POSTPOSED or _MASS_UNIT.search(m.group()))}
    known = {n.lower() for _, n in found} | {s.lower() for s in shorts}
    for word in sorted(given):
        if word.lower() not in known:
            out += [(p, word) for p in _mentions(body, word, taken)]
    seen = {p for p, _ in found}
    return sorted({p: n for p, n in out if p not in seen}.items())


#: Where a clause starts: a bracket, a comma that is no thousands separator, a semicolon or a
#: colon (or the text's start).
_CLAUSE_BREAK = re.compile(r"[(;:]|,(?!\d{3})")


def own_postposed(items: list, body: str, drones: list[tuple[int, str]]) -> None:
    """Attribute the figures of a clause that ends in its name ("18 cm and 63 grams the Mambo")
    to that name, not to the latest name before them."""
    at_name = dict(drones)
    figures = sorted((i for i in items if i.kind == "figure"), key=lambda i: i.start)
    starts = [i.start for i in figures]
    for m in POSTPOSED.finditer(body):
        at = m.start(1)
        name = at_name.get(at)
        if name is None:
            continue
        start = max(body.rfind(". ", 0, m.start()) + 1,
                    max((b.end() for b in _CLAUSE_BREAK.finditer(body, max(0, m.start() - 200),
                                                                 m.start())), default=0))
        for item in figures[bisect.bisect_left(starts, start):bisect.bisect_left(starts, at)]:
            item.drone = name
