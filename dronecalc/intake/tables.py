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

A table can also give several models (:func:`table_models`: a row per model, or a header row of
model names with a column per model, "| Spec | DJI Mavic 3 | DJI Air 3 |"): the draft is the
first model's, each figure names its model and the others' are context (:func:`other_models`).
"""
from __future__ import annotations

import bisect
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
_COLUMN = re.compile(r"^column \d+$")              # a column's label when no header names it
_UNIT_HEAD = re.compile(r"(?i)^(?:units?|unit of measure(?:ment)?|uom|dimension)$")
_RULE = re.compile(r"^\|?[\s:|-]+$")                 # "| --- | --- |": a markdown rule
#: Words of a header cell that name a column of one machine's figures, not a model: "Value",
#: "Notes", "Min" / "Max", "Without payload" / "With payload", "Hover" / "Cruise", "Sport".
_NOT_MODEL = re.compile(r"(?i)\b(?:values?|units?|notes?|remarks?|comments?|descriptions?|"
                        r"details?|specs?|specifications?|parameters?|features?|items?|data|"
                        r"figures?|min(?:imum)?|max(?:imum)?|typ(?:ical)?|nominal|rated|"
                        r"average|mean|peak|range|limits?|tolerance|source|reference|"
                        r"with|without|payload|load(?:ed)?|empty|full|no|standard|"
                        r"modes?|normal|sport|eco|cine|hover(?:ing)?|cruise|"
                        r"conditions?|weight|mass|time|speed|endurance|battery|capacity|"
                        r"distance|altitude|ceiling|power|voltage|current|wind|"
                        r"temperature|metric|imperial|total|other|summer|winter|"
                        r"before|after|old|new|yes|brand|make|manufacturer|maker|parts?|"
                        r"components?|qty|quantity|price|cost|category|status|country|"
                        r"origin|dimensions?|"
                        # a maker's certification or chemistry columns, not models (a DJI
                        # sheet's "| Spec | FCC | CE |"; review 8)
                        r"FCC|CE|SRRC|MIC|KC|NCC|ANATEL|EU|US|USA|China|Japan|Global|"
                        r"international|LiPo|Li-?ion|LiHV|NiMH|imperial|metric)\b")
#: A header row's first cell over columns of models in a table without a markdown rule.
_SPEC_HEAD = re.compile(r"(?i)^(?:specs?|specifications?|features?|parameters?|items?|"
                        r"attributes?|properties|technical (?:data|specs?)|key specs?|)$")
#: A header cell that can be a model's name: a short name with a capital letter or a digit
#: ("DJI Mavic 3", "Falcon X4", "X1", "Matrice 350 RTK").
_MODEL_NAME = re.compile(r"^(?=[^a-z]|.*[A-Z0-9])[\w][\w .+/'’()-]{0,39}$")


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


def _model_columns(cells: list[str]) -> dict[int, str] | None:
    """The model names of a table's header row, by column ("| Spec | DJI Mavic 3 | DJI Air 3 |":
    {1: 'DJI Mavic 3', 2: 'DJI Air 3'}); None unless two or more value cells are filled and
    every filled one reads as a name (not a number, a unit, "Value", "Max", "With
    payload"...: :data:`_NOT_MODEL`), and the first cell does not say each row is a model."""
    names = {j: c.strip("*_ ") for j, c in enumerate(cells) if j and c.strip("*_ ")}
    if len(names) < 2 or _MODEL_HEAD.match(cells[0].strip("*_ ")):
        return None
    for c in names.values():
        if not _MODEL_NAME.match(c) or _NOT_MODEL.search(c) or _MODEL_HEAD.match(c) \
                or _BARE.match(c) or _unit_cell(c) or _unit_of(c):
            return None
    return names


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
    """:func:`header_units`, and the spans of the rewritten body that belong to a model the
    table names: (start, end, that model's label, the first model's label); a span of the
    first model itself has the two labels equal (its figures are the draft's).

    Three layouts name several models: rows under a unit-headed header whose first cell is
    "Model" (or version, variant, type, size...: :data:`_MODEL_HEAD`) and names the row
    ("| X1 | 2.5 | 30 |", "| X2 | 4 | 45 |"; "| Max Payload | 3,000 |" under "| Item |" is a
    field of one machine); a header row of model names over rows of figures, one model per
    column ("| Spec | DJI Mavic 3 | DJI Air 3 |" over "| Flight time | 38 min | 45 min |":
    :func:`_model_columns`; only a table's first row is read as such a header, so that
    "| Flight time | 38 min | 45 min with payload |" in one machine's table is no model); and
    a row whose label names the unit with a value per model column ("| Weight (kg) | 2.5 | 4 |"
    under "| Spec | X1 | X2 |"). A table of bare figures only ("| 0 | 30 |", "| 2 | 20 |":
    flight time per payload) is one machine's and names no model.
    """
    lines = body.split("\n")
    used: list[str] = []
    found: list[tuple[int, int, str, str]] = []      # (line, cell or -1, label, first label)
    units: dict[int, tuple[str, str]] | None = None
    width, models = 0, False
    labels: dict[int, str] = {}                      # a unit-less model header's labels
    first_model: str | None = None
    plain: list[str] = []                            # the last row that named no unit
    columns: dict[int, str] | None = None            # a header row's model names, by column
    in_table, unit_column = False, 0                 # "| Parameter | Unit | A | B |"
    for k, line in enumerate(lines):
        row = _cells(line)
        if row is None:
            units, first_model, plain, labels, columns = None, None, [], {}, None
            in_table, unit_column = False, 0
            continue
        how, cells = row
        if how == "pipe" and _RULE.match(line.strip()):
            continue
        if unit_column and len(cells) == width + 1:
            # a row under a unit column: "| Max takeoff weight | kg | 25 | 45 |" is read as
            # "| Max takeoff weight | 25 kg | 45 kg |" (each value with the row's unit)
            unit = cells[unit_column] if _is_unit(cells[unit_column]) else ""
            cells = [cells[0], *(f"{c} {unit}" if unit and _BARE.match(c) else c
                                 for c in cells[1:unit_column] + cells[unit_column + 1:])]
            lines[k] = _join(how, cells)
        first_row, in_table = not in_table, True
        if how == "pipe":
            # "| Battery cells      | 4s     |": a padded markdown row, written with one space
            # around each cell, so that its label is as near its value as a cue word can be
            lines[k] = _join(how, cells)
        # a table's first row; in markdown, with its rule under it or a "Spec" first cell
        header = first_row and (how == "html" or bool(_SPEC_HEAD.match(cells[0].strip("*_ ")))
                                or k + 1 < len(lines) and bool(_RULE.match(lines[k + 1].strip())))
        if header and (names := _model_columns(cells)):
            columns, width = names, len(cells)       # "| Spec | DJI Mavic 3 | DJI Air 3 |"
            plain = cells
            continue
        at = next((j for j in (1, len(cells) - 1) if _UNIT_HEAD.match(cells[j].strip("*_ "))),
                  0) if header and len(cells) > 2 else 0
        if at:              # "| Parameter | Unit | A | B |", "| Item | Value | Unit |"
            cells = cells[:at] + cells[at + 1:]      # the unit column goes into each value
            lines[k], columns, width, plain, unit_column = _join(how, cells), _model_columns(
                cells), len(cells), cells, at
            continue
        ruled = columns if columns and len(cells) == width else None
        bare = [bool(_BARE.match(c)) for c in cells]
        own = _unit_of(cells[0]) if len(cells) > 1 and any(bare[1:]) else None
        if own and all(b for c, b in zip(cells[1:], bare[1:]) if c):
            # "| Max speed (km/h) | 65 |": the row's label names the unit of its values
            lines[k] = _join(how, [cells[0], *(f"{c} {own[1]}" if c else c for c in cells[1:])])
            used += [cells[0]] if cells[0] not in used else []
            filled = [j for j, c in enumerate(cells) if j and c]
            label = (lambda j: plain[j] if len(plain) == len(cells) and plain[j]
                     else f"column {j + 1}")
            if ruled:
                found += [(k, j, ruled[j], ruled[min(ruled)]) for j in filled if j in ruled]
            else:
                found += [(k, j, label(j), label(filled[0])) for j in filled[1:]]
            continue
        if ruled:
            # "| Flight time | 38 min | 45 min |" under the model names: each column its model's
            found += [(k, j, ruled[j], ruled[min(ruled)]) for j in ruled if cells[j]]
            continue
        heads = {} if any(bare) else {j: u for j, c in enumerate(cells) if j and (u := _unit_of(c))}
        if heads:
            units, width, first_model = heads, len(cells), None   # a header row
            models, labels, columns = bool(_MODEL_HEAD.match(cells[0])), {}, None
            used += [cells[j] for j in heads if cells[j] not in used]
            continue
        if len(cells) > 2 and not any(bare) and _MODEL_HEAD.match(cells[0]) \
                and not any(_unit_cell(c) for c in cells):
            # "| Model | Weight | Flight time |" over "| X500 | 1.5 kg | 35 min |": the units
            # are in the cells, each row is a model (review 5, finding 5)
            units, width, first_model, models = {}, len(cells), None, True
            labels, columns = {j: c for j, c in enumerate(cells) if j and c}, None
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
                first_model = first_model or cells[0]
                found.append((k, -1, cells[0], first_model))
    # a table whose only model is its first names no other: its spans name no model
    several = {first for _, _, label, first in found if label != first}
    found = [f for f in found if f[3] in several]
    spans, at = [], 0
    starts = []
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    for k, j, label, first in found:
        if j < 0:
            spans.append((starts[k], starts[k] + len(lines[k]), label, first))
        else:
            how, cells = _cells(lines[k])
            a, b = _cell_spans(how, cells)[j]
            spans.append((starts[k] + a, starts[k] + b, label, first))
    return "\n".join(lines), used, spans


def other_models(items: list, models: list[tuple[int, int, str, str]]) -> None:
    """The figures of a table's models (:func:`table_models`): each is attributed to its model
    (the draft's ``drone`` comment), and those of the models after the first become context
    with a note: one case is one machine, the table's first model."""
    spans = sorted(models)
    starts = [m[0] for m in spans]
    for item in items:
        if item.kind != "figure":
            continue
        k = bisect.bisect_right(starts, item.start) - 1
        if k < 0 or not spans[k][0] <= item.start < spans[k][1]:
            continue
        _, _, label, first = spans[k]
        if not _COLUMN.match(label):                 # "column 3": a column no header names
            item.drone = label
        if label == first:
            continue
        speaks = "" if item.field == "context" else f"; it speaks to {item.field}"
        item.notes.append(f"model {label!r} of the table, not {first!r} (the draft's "
                          f"machine): kept as context{speaks}")
        item.field = item.guess = "context"
        item.role, item.why_role = "context", "another model of the table"
        item.text, item.payload, item.with_payload = item.written, None, None


def models_warning(models: list[tuple[int, int, str, str]]) -> list[str]:
    """The draft's warning for a table of several models: which one the draft is for."""
    others = [m for m in models if m[2] != m[3]]
    if not others:
        return []
    seen = list(dict.fromkeys(m[2] for m in others))
    return [f"a table gives several models ({others[0][3]!r}, "
            f"{', '.join(repr(m) for m in seen)}): this draft is for the first, "
            f"{others[0][3]!r}; the other models' figures are context (each says "
            "which model): draft each model as its own case"]
