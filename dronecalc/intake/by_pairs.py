"""Sizes written "A by B unit": both are figures (issue 10, intake11).

"measures 15 by 18 feet (4.6 by 5.5 meters)" (trials_new8's Boeing CAV) had drafted only the
"18 feet" (the first number has no unit of its own) and the bracket's "5.5 meters" as a figure of
its own. The first number takes the unit after the second ("15 feet"), and a bracket right after
that restates the pair in another unit ("(4.6 by 5.5 meters)") is each one's conversion, not two
more figures. Both are a size, as "365 x 215 x 195 mm" is (dimension "dimensions": no field cue
reads them, so "four feet in height" before them lends them none). Lengths only: "by" before a
mass or a time is a difference ("cut by 2 kg").
Kept apart from :mod:`dronecalc.intake.spotting` for its line count.
"""
from __future__ import annotations

import re

#: The bare first number and "by" right before the second figure.
_FIRST = re.compile(r"(?<![\w.,])(?P<a>\d[\d,]*(?:\.\d+)?)\s+by\s+$", re.IGNORECASE)
#: The unit word of the second figure (its written text after the number).
_UNIT = re.compile(r"^\s*(?:about\s+)?\d[\d,]*(?:\.\d+)?[\s-]*(?P<unit>[A-Za-z]+\.?)\s*$")
#: The same pair in another unit, in a bracket right after it.
_BRACKET = re.compile(r"\s*\(\s*(?P<a>\d[\d,]*(?:\.\d+)?)\s*(?:[A-Za-z]+\s+)?by\s+"
                      r"(?P<b>\d[\d,]*(?:\.\d+)?)\s*-?\s*(?P<unit>[A-Za-z]+)\s*\)")


def by_pairs(sentence: str, found: list[dict]) -> list[dict]:
    """``found`` (``spotting.find_figures``' figures of ``sentence``) with the first size of
    each "A by B unit" added before the second and the bracket's restatement dropped."""
    out: list[dict] = []
    drop: set[int] = set()
    for k, fig in enumerate(found):
        if k in drop:
            continue
        first = _FIRST.search(sentence, max(0, fig["start"] - 20), fig["start"])
        unit = _UNIT.match(fig["written"])
        if fig["kind"] != "figure" or fig.get("dim") != "length" or not first or not unit:
            out.append(fig)
            continue
        a, word = first.group("a"), unit.group("unit")
        pair = sentence[first.start():fig["end"]]
        bracket = _BRACKET.match(sentence, fig["end"])
        if bracket:          # "(4.6 by 5.5 meters)": drop the figures inside the bracket
            drop |= {j for j, other in enumerate(found)
                     if bracket.start() <= other["start"] < bracket.end()}
        def also(end: str) -> str:          # the bracket's conversion of one size
            return (f"; also written as ({bracket.group(end)} {bracket.group('unit')}), read "
                    "as the same figure") if bracket else ""
        offset = fig["abs_start"] - fig["start"]
        out.append(dict(kind="figure", start=first.start("a"), end=first.end("a"), written=a,
                        dim="dimensions", vague=False, canonical=f"{a} {word}",
                        abs_start=offset + first.start("a"),
                        note=f"the first size of {pair!r}" + also("a")))
        second = f"the second size of {pair!r}"
        out.append(dict(fig, dim="dimensions", note="; ".join(
            x for x in (fig.get("note"), second) if x) + also("b")))
    return out
