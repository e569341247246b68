"""A spec table's battery section, and a pack stated by its charge limit and its nominal
voltage (issue 10, review 20, #9).

The PX4 docs' Amovlab F410 sheet lists the aircraft, then a section row "| Battery | |" and
the pack's own rows under it::

    | Max Hovering Time | 21min |
    | Battery | |
    | Model | FB45 |
    | Weight | 470g |
    | Charge Limit Voltage | 16.8V |
    | Nominal Voltage | 14.8V |

The draft had read "Weight | 470g" as the aircraft's take-off mass (so the 2.2 kg machine
weighed 470 g), "FB45" as the drone's type name and the 16.8 V charge limit as the pack's
voltage (the 14.8 V nominal kept as a second statement).

* :func:`pack_rows`: the spans of the rows under a section row whose label is a battery word
  (a table row with that label and empty cells: "| Battery | |", "| **Flight battery** | |"),
  up to the table's end, a blank row or the next section row.
* :func:`pack_sections`: in those rows a plain weight ("Weight", "Net weight") is the pack's
  mass (``battery_mass``), not the aircraft's; ``names`` skips a model named there.
* :func:`charge_limits`: a pack voltage labelled as the charge limit ("Charge Limit Voltage",
  "charging voltage", "max charge voltage", "full charge voltage") is context when the draft
  also has a pack voltage labelled nominal or rated: the nominal one is the input, as the
  pack's energy is charge x nominal voltage (``physics.battery``; a LiPo cell charges to 4.2 V
  and is rated at 3.7 V).

Kept apart from :mod:`dronecalc.intake.spec_lines` and :mod:`dronecalc.intake.restated`
(``refine`` calls these) for their line counts.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .extract import Item

__all__ = ["charge_limits", "in_pack_rows", "pack_rows", "pack_sections"]

#: A table row: markdown ("| a | b |") or the "a: b;" form ``read_article`` writes HTML rows in.
_ROW = re.compile(r"^\s*\|.*\|\s*$|^[^|:\n]{1,60}: [^\n]*;\s*$")
#: A section row's label: a battery word, bold or not.
_PACK_LABEL = re.compile(r"(?i)^\**\s*(?:(?:intelligent|smart|flight|main|standard|li-?po|"
                         r"li-?ion|lithium)\s+){0,2}(?:batter(?:y|ies)|(?:battery\s+)?packs?)"
                         r"(?:\s+(?:specs?|specifications?|parameters?|data))?\s*\**:?$")
#: A plain weight label: the row's own subject's weight.
_WEIGHT_LABEL = re.compile(r"(?i)^(?:(?:net|total|battery|pack|unit)\s+)?(?:weight|mass)"
                           r"(?:\s*\([^)]{0,12}\))?$")
_MASS_FIELDS = {"takeoff_mass", "empty_mass", "max_takeoff_mass"}
#: A charge limit, not the pack's working voltage.
_CHARGE = re.compile(r"(?i)\b(?:charg(?:e|ing)\s+(?:limit(?:ed)?\s+|cut-?off\s+|max(?:imum)?\s+)?"
                     r"voltage|max(?:imum)?\s+(?:charg(?:e|ing)\s+)?voltage|full(?:y)?[- ]"
                     r"charged?\s+voltage|voltage\s*\(?(?:fully\s+)?charged\)?)")
_NOMINAL = re.compile(r"(?i)\b(?:nominal|rated)\s+voltage|voltage\s*\(?nominal\)?")


def _cells(line: str) -> list[str]:
    text = line.strip()
    if text.startswith("|"):
        return [c.strip() for c in text.strip("|").split("|")]
    label, _, rest = text.partition(": ")
    return [label.strip(), *(c.strip() for c in rest.rstrip(";").split(";"))]


def _section(cells: list[str]) -> bool:
    """A section row: a label and no value ("| Battery | |", "| **Power** | |")."""
    return bool(cells and cells[0]) and not any(c for c in cells[1:])


@functools.lru_cache(maxsize=8)
def pack_rows(body: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each row of ``body`` under a battery section row."""
    out, inside, at = [], False, 0
    for line in body.splitlines(keepends=True):
        start, at = at, at + len(line)
        if not _ROW.match(line):
            inside = False
            continue
        cells = _cells(line)
        if _section(cells) or not any(cells):
            inside = _section(cells) and bool(_PACK_LABEL.match(cells[0]))
            continue
        if inside:
            out.append((start, start + len(line.rstrip("\n"))))
    return tuple(out)


def in_pack_rows(body: str, at: int) -> tuple[int, int] | None:
    """The battery-section row holding position ``at`` of ``body``, or None."""
    rows = pack_rows(body)
    k = bisect.bisect_right([s for s, _ in rows], at) - 1
    return rows[k] if k >= 0 and rows[k][0] <= at < rows[k][1] else None


def pack_sections(items: list["Item"], body: str) -> None:
    """A plain weight in a battery section's rows is the pack's mass."""
    for item in items:
        if item.kind != "figure" or item.field not in _MASS_FIELDS:
            continue
        row = in_pack_rows(body, item.start)
        if row is None or not _WEIGHT_LABEL.match(_cells(body[row[0]:row[1]])[0]):
            continue
        item.notes.append(f"a weight under the table's battery section ('{item.written}'): the "
                          f"pack's mass, not the aircraft's {item.field}")
        item.field = item.guess = "battery_mass"
        item.role, item.why_role = "input", "the pack's weight in its section of the table"


def charge_limits(items: list["Item"]) -> None:
    """A pack voltage labelled as its charge limit is context when a nominal one is stated."""
    volts = [i for i in items if i.kind == "figure" and i.field == "battery_voltage"
             and i.role != "context"]
    nominal = next((i for i in volts if _NOMINAL.search(i.quote or "")), None)
    if nominal is None:
        return
    for item in volts:
        if item is not nominal and _CHARGE.search(item.quote or "") \
                and not _NOMINAL.search(item.quote or ""):
            item.notes.append(f"a charge limit ('{item.written}'), not the pack's working "
                              f"voltage: the nominal {nominal.written!r} is the input (the "
                              "energy is charge x nominal voltage): context")
            item.role, item.why_role = "context", "a charge limit, with a nominal voltage stated"
