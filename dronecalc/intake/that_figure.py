"""A figure whose sentence points back at an earlier one: "that figure", "this number" (issue 10,
review 19).

"It can fly for 40 minutes. That figure rises to 55 minutes without a payload." and "The drone
flew 30 km, the maker says. Independent testers put that figure at 22 km." state a figure about
an earlier one: the same quantity under another condition, or another party's revision of it.
The draft had read the 55 minutes as a new claim with nothing linking it to the 40, so a reader
saw two unrelated flight-time claims. Now the later figure ``refers`` to the nearest earlier
figure of the same dimension (its note says so, to check against the article); a claim of the
same field under the same conditions (no payload, mode or speed of its own) restates or
revises it and is context, so that one claim is judged once, unless a verb sets it past the
earlier one ("surpassed that figure, going for eight hours and 10 minutes": a record of its
own, linked). With no earlier figure of its dimension it is flagged in its note. Kept apart from :mod:`.restated` for its line count.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .extract import Item

#: A verb that sets the figure past the earlier one ("surpassed that figure, going for eight
#: hours and 10 minutes", trials_new5's Hybrix): a new figure of its own, linked, not a restatement.
BEYOND = re.compile(r"(?i)\b(?:surpass|exceed|beat|broke|break|top|outdo|outdid|better|doubl|"
                    r"tripl|improv|eclips|smash|shatter)\w*\s+(?:\w+\s+){0,2}$")
#: Words that point back at an earlier figure, before the figure in its sentence.
POINTER = re.compile(r"(?i)\b(?:that|this|the same|the earlier|the previous|the quoted) "
                     r"(?:figure|number|estimate|value)\b")


def _dimension(item: "Item"):
    from .figures import parse
    try:
        return parse(item.text).nominal.dimensionality
    except Exception:                            # noqa: BLE001 - a count, an unread figure
        return None


def _conditions(item: "Item") -> tuple:
    return item.with_payload, item.mode, item.at_speed, item.payload, item.reserve


def that_figure(items: list["Item"]) -> None:
    """Link each figure that says "that figure" to the nearest earlier one of its dimension."""
    figures = [i for i in items if i.kind == "figure"]
    for k, item in enumerate(figures):
        quote = item.quote or ""
        at = quote.find(item.written)
        pointer = POINTER.search(quote, 0, at if at >= 0 else len(quote))
        if pointer is None:
            continue
        dim = _dimension(item)
        earlier = next((p for p in reversed(figures[:k]) if p.start < item.start
                        and dim is not None and _dimension(p) == dim), None)
        if earlier is None:
            item.notes.append(f"{pointer.group()!r} points back at an earlier figure, but none "
                              "of this dimension is drafted before it: check which figure it "
                              "is about")
            continue
        item.refers_to.append(earlier)
        same = item.field == earlier.field and _conditions(item) == _conditions(earlier)
        beyond = BEYOND.search(quote[:pointer.start()]) is not None
        if beyond:
            item.notes.append(f"{pointer.group()!r} is {earlier.written!r} (refers): the "
                              "article sets this figure past it, a figure of its own")
        elif item.role == "claim" and same:
            item.role, item.why_role = "context", f"{pointer.group()!r}: about an earlier claim"
            item.notes.append(f"{pointer.group()!r} is {earlier.written!r}: a restatement or a "
                              "revision of it (refers), not a new claim; make it the claim "
                              "instead if the article corrects the earlier figure")
        else:
            item.notes.append(f"{pointer.group()!r} is {earlier.written!r} (refers): this "
                              "figure is about it" + (", under its own conditions" if
                                                      item.role == "claim" else ""))
