"""Spec tables whose unit is in the column header ("Weight (g)", "Capacity (Ah)").

A maker's table often writes bare numbers under a header that names the unit:

    | Item        | Weight (g) |          Item: Weight (g);              (an HTML table, as
    | Max Payload | 3,000      |          Max Payload: 3,000;            read_article gives it)

Read row by row, "3,000" has no unit and no figure is found. :func:`header_units` rewrites such
a cell as the header's label, a colon and the number with its unit ("Weight: 3,000 g"), so that
the figure is found and the header's words are its cue words. Only a cell that is a bare number
or range is rewritten, only under a header that ends in a unit in brackets which
:func:`dronecalc.intake.figures.parse` reads, and only within the table (the rows after the
header that have as many cells). One pass over the lines.
"""
from __future__ import annotations

import functools
import re

#: A header cell ending in a unit in brackets: "Weight (g)", "Voltage, nominal (V)".
_HEAD = re.compile(r"^(?P<label>[^()|;]{0,60}?)\s*"
                   r"\((?P<unit>[A-Za-z°/%µ][A-Za-z°/%µ^\d.]{0,11})\)\s*$")
#: A bare number or range: "3,000", "18 - 25.2", "~7.3".
_BARE = re.compile(r"^[~≈]?\d[\d,.]{0,15}(?:\s?(?:-|–|to)\s?\d[\d,.]{0,15})?$")
#: A header's first cell that says each row is a model ("| Model | Weight (kg) | ...").
_MODEL_HEAD = re.compile(r"(?i)^(?:drone |aircraft |product )?(?:models?|versions?|variants?|"
                         r"types?|sizes?|drones?|names?|products?|series|configurations?|"
                         r"aircraft|uavs?)$")
_RULE = re.compile(r"^\|?[\s:|-]+$")                 # "| --- | --- |": a markdown rule


def _cells(line: str) -> tuple[str, list[str]] | None:
    """The cells of a table row: a markdown row ("| a | b |") or an HTML row as read_article
    writes it ("a: b; c"); None for any other line."""
    text = line.strip()
    if text.startswith("|") and text.count("|") >= 3:
        return "pipe", [c.strip() for c in text.strip("|").split("|")]
    if ": " in text and text.endswith(";") and "|" not in text:
        label, rest = text.split(": ", 1)
        return "html", [label.strip(), *(c.strip() for c in rest[:-1].split("; "))]
    return None


def _join(how: str, cells: list[str]) -> str:
    return ("| " + " | ".join(cells) + " |") if how == "pipe" else (
        cells[0] + ": " + "; ".join(cells[1:]) + ";")


def _unit_of(header: str) -> tuple[str, str] | None:
    m = _HEAD.match(header)
    if m is None or not _is_unit(m["unit"]):
        return None
    return m["label"].strip(" ,:"), m["unit"]


@functools.lru_cache(maxsize=256)
def _is_unit(unit: str) -> bool:
    from .figures import parse                       # a late import: figures is heavier
    try:
        parse(f"1 {unit}")
    except Exception:                                # noqa: BLE001 - not a unit: no header unit
        return False
    return True


#: A cell that is a number or range with its unit: "1.5 kg", "35 min", "60-72 km/h".
_UNIT_CELL = re.compile(r"^[~≈]?\d[\d,.]{0,15}(?:\s?(?:-|–|to)\s?\d[\d,.]{0,15})?\s?"
                        r"(?P<unit>[A-Za-z°µ][A-Za-z°/µ^\d.]{0,11})$")


def _unit_cell(cell: str) -> bool:
    m = _UNIT_CELL.match(cell)
    return m is not None and _is_unit(m["unit"])


def header_units(body: str) -> tuple[str, list[str]]:
    """``body`` with the bare numbers of unit-headed table columns given their unit, and the
    headers so used (for the draft's warning)."""
    out, used, _ = table_models(body)
    return out, used


def _cell_spans(how: str, cells: list[str]) -> list[tuple[int, int]]:
    """Where each cell lies in ``_join(how, cells)``."""
    spans, at = [], 2 if how == "pipe" else 0
    for j, c in enumerate(cells):
        spans.append((at, at + len(c)))
        at += len(c) + (3 if how == "pipe" else 2)
    return spans


def table_models(body: str) -> tuple[str, list[str], list[tuple[int, int, str, str]]]:
    """:func:`header_units`, and the spans of the rewritten body that belong to another model
    than the table's first: (start, end, that model's label, the first model's label).

    Two layouts name several models: rows under a unit-headed header whose first cell is
    "Model" (or version, variant, type, size...: :data:`_MODEL_HEAD`) and names the row
    ("| X1 | 2.5 | 30 |", "| X2 | 4 | 45 |"; "| Max Payload | 3,000 |" under "| Item |" is a
    field of one machine), and a row whose label names the unit with
    a value per model column ("| Weight (kg) | 2.5 | 4 |" under "| Spec | X1 | X2 |"). A table
    of bare figures only ("| 0 | 30 |", "| 2 | 20 |": flight time per payload) is one
    machine's and names no model.
    """
    lines = body.split("\n")
    used: list[str] = []
    others: list[tuple[int, int, str, str]] = []      # (line, cell or -1, label, first label)
    units: dict[int, tuple[str, str]] | None = None
    width, models = 0, False
    labels: dict[int, str] = {}                      # a unit-less model header's labels
    first_model: str | None = None
    plain: list[str] = []                            # the last row that named no unit
    for k, line in enumerate(lines):
        row = _cells(line)
        if row is None:
            units, first_model, plain, labels = None, None, [], {}
            continue
        how, cells = row
        if how == "pipe" and _RULE.match(line.strip()):
            continue
        if how == "pipe":
            # "| Battery cells      | 4s     |": a padded markdown row, written with one space
            # around each cell, so that its label is as near its value as a cue word can be
            lines[k] = _join(how, cells)
        bare = [bool(_BARE.match(c)) for c in cells]
        own = _unit_of(cells[0]) if len(cells) > 1 and any(bare[1:]) else None
        if own and all(b for c, b in zip(cells[1:], bare[1:]) if c):
            # "| Max speed (km/h) | 65 |": the row's label names the unit of its values
            lines[k] = _join(how, [cells[0], *(f"{c} {own[1]}" if c else c for c in cells[1:])])
            used += [cells[0]] if cells[0] not in used else []
            filled = [j for j, c in enumerate(cells) if j and c]
            label = (lambda j: plain[j] if len(plain) == len(cells) and plain[j]
                     else f"column {j + 1}")
            others += [(k, j, label(j), label(filled[0])) for j in filled[1:]]
            continue
        heads = {} if any(bare) else {j: u for j, c in enumerate(cells) if j and (u := _unit_of(c))}
        if heads:
            units, width, first_model = heads, len(cells), None   # a header row
            models, labels = bool(_MODEL_HEAD.match(cells[0])), {}
            used += [cells[j] for j in heads if cells[j] not in used]
            continue
        if len(cells) > 2 and not any(bare) and _MODEL_HEAD.match(cells[0]) \
                and not any(_unit_cell(c) for c in cells):
            # "| Model | Weight | Flight time |" over "| X500 | 1.5 kg | 35 min |": the units
            # are in the cells, each row is a model (review 5, finding 5)
            units, width, first_model, models = {}, len(cells), None, True
            labels = {j: c for j, c in enumerate(cells) if j and c}
            continue
        if units is None or len(cells) != width:
            units = None if len(cells) != width else units
            plain = cells
            continue
        changed = False
        for j, (label, unit) in units.items():
            if j < len(cells) and bare[j]:
                cells[j] = f"{label}: {cells[j]} {unit}" if label else f"{cells[j]} {unit}"
                changed = True
        for j, label in labels.items():      # "1.5 kg" under "Weight": "Weight: 1.5 kg"
            if j < len(cells) and _unit_cell(cells[j]):
                cells[j] = f"{label}: {cells[j]}"
                changed = True
        if changed:
            lines[k] = _join(how, cells)
            if models and cells[0] and not bare[0]:    # "| X1 |" under "| Model |": a model
                if first_model is None:
                    first_model = cells[0]
                else:
                    others.append((k, -1, cells[0], first_model))
    spans, at = [], 0
    starts = []
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    for k, j, label, first in others:
        if j < 0:
            spans.append((starts[k], starts[k] + len(lines[k]), label, first))
        else:
            how, cells = _cells(lines[k])
            a, b = _cell_spans(how, cells)[j]
            spans.append((starts[k] + a, starts[k] + b, label, first))
    return "\n".join(lines), used, spans
