"""A pack's own weight written as all packs' (for dronecalc extract; issue 10).

``battery_mass`` is the mass of all the packs a machine flies (docs/case-format.md: "the packs'
mass in the mass budget"), as ``battery_energy`` is their energy, while ``battery_charge`` is
one pack's. An article often weighs one pack: "two battery packs of 650 g each", "each of its
two 650 g packs", "each battery weighs 650 g", "650 g per pack". Drafted as written, 650 g was
the mass of both packs, half what the text says. :func:`per_pack_masses` writes it as their
sum (``2 x 650 g = 1300 g``, said in a note) when the count is stated, the way
:func:`~dronecalc.intake.spec_lines.per_pack_energies` does a pack's Wh, and drafts the count
as ``pack_count`` when no count was drafted, so that a pack's charge is read per pack. A
figure already read as a total ("2 x 650 g batteries": :mod:`~dronecalc.intake.spotting`)
gets the count too.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figures import parse
from .numbers import normalise

if TYPE_CHECKING:                      # pragma: no cover
    from .extract import Item

__all__ = ["per_pack_masses"]

_PACK = r"(?:batter(?:y|ies)|packs?|li-?pos?)"
#: One pack's weight, after the figure: "650 g each", "650 g apiece", "650 g per pack",
#: "650 g batteries each" (not "each" that starts the next clause's subject: "650 g; each").
_EACH_AFTER = re.compile(rf"(?i)^\s*(?:(?:[\w-]+\s+){{0,2}}?{_PACK}\s+)?(?:each|apiece|a\s+piece|"
                         rf"per\s+(?:[\w-]+\s+)?{_PACK}|for\s+each\s+(?:[\w-]+\s+)?{_PACK})\b"
                         r"(?!\s+of\b)")
#: Before it: "each pack weighs 650 g", "each battery weighing", "every pack is", "two
#: batteries, each weighing 650 g", "each of the packs weighs".
_EACH_BEFORE = re.compile(rf"(?i)\b(?:each|every)\s+(?:(?:of\s+(?:its|the|their)\s+)?(?:[\w-]+\s+)"
                          rf"{{0,2}}?{_PACK}\s+)?(?:weighs|weighing|weighed|weigh|is|are|has\s+a"
                          r"\s+mass\s+of|of|at)\s*:?\s*$")
#: The count in the same phrase: "each of its two 650 g packs", "each of the 2".
_EACH_OF_N = re.compile(r"(?i)\beach\s+of\s+(?:its|the|their)\s+(\w+)\s+$")
#: A total already read from "2 x 650 g" (spotting's note).
_TIMES_NOTE = re.compile(r"^(\d{1,2}) x .*: read as their total")


def _count(word: str) -> int | None:
    text = normalise(word).strip()
    return int(text) if text.isdigit() and 2 <= int(text) <= 8 else None


def pack_total(item: "Item", n: int) -> str | None:
    """The text of ``n`` packs of ``item``'s one-pack figure ("650 g" x 2 -> "1300 g"), or None
    when its text is no readable point figure (then left as drafted, with its own flag)."""
    try:
        fig = parse(item.text)
    except Exception:                    # noqa: BLE001 - unreadable: left as drafted
        return None
    if fig.kind != "point" or fig.low is None:
        return None
    return f"{n * fig.low.magnitude:g} {fig.low.units:~P}"


def _count_item(like: "Item", n: int, written: str, why: str) -> "Item":
    from .extract import Item
    item = Item("count", like.start, written, str(n), "pack_count", "pack_count", "input",
                like.quote, 0.9, (written,), "a stated build fact", drone=like.drone,
                counted="packs")
    item.notes.append(f"written {written!r} ({why})")
    return item


def per_pack_masses(items: list["Item"]) -> None:
    """A pack mass the article states per pack is written as all packs' (``battery_mass`` is
    their sum) when the count is stated, said in a note; the count becomes ``pack_count``
    when the draft has none. Changes ``items`` in place."""
    counts = [i for i in items if i.kind == "count" and i.field == "pack_count"
              and i.role == "input"]
    drafted = _count(counts[0].text) if len(counts) == 1 else None
    for k in range(len(items) - 1, -1, -1):
        item = items[k]
        if item.kind != "figure" or item.field != "battery_mass" or item.role != "input":
            continue
        total = next((m for m in map(_TIMES_NOTE.match, item.notes) if m), None)
        if total is not None:                # "2 x 650 g batteries": the total, its count
            if not counts:
                items.insert(k, _count_item(item, int(total.group(1)), total.group(1),
                                            f"the count of the packs in {item.written!r}"))
            continue
        quote = item.quote or ""
        at = quote.find(item.written)
        if at < 0:
            continue
        before, after = quote[:at], quote[at + len(item.written):]
        of_n = _EACH_OF_N.search(before[-40:])
        if not (of_n or _EACH_AFTER.match(after) or _EACH_BEFORE.search(before[-60:])):
            continue
        n = _count(of_n.group(1)) if of_n else drafted
        total = pack_total(item, n or 1)
        if total is None:
            continue
        if n is None:
            item.notes.append(f"{item.written!r} is one pack's mass ('each'), and battery_mass "
                              "is all packs': write it as the count x this, with pack_count")
            continue
        item.text = total
        item.notes.append(f"{item.written!r} is one pack's mass ('each'); battery_mass is all "
                          f"packs': {n} x {item.written} = {item.text}")
        if not counts:
            items.insert(k, _count_item(item, n, of_n.group(1),
                                            f"the packs that weigh {item.written!r} each"))
