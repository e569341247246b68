"""Case-file values TOML gives as something other than a figure string, each named with its fix.

A figure is a string as the source writes it (``text = "30 min"``), a count may also be a TOML
integer (``rotors = 4``). Issue 10's review found three values TOML reads without complaint
that are no figure, each then refused with a misleading fix:

- a boolean (``text = true``): it is an ``int`` to Python, so the fix offered was
  ``text = "True"`` (a figure), or ``"1 dimensionless"`` for ``[vehicle] rotors = true``;
- NaN and infinity (``text = nan``, ``rotors = inf``, both valid TOML floats): the fix
  offered was ``text = "nan kg"``, or only "expected a finite number";
- two figure ids that differ only by letter case (``[figures.F1]`` and ``[figures.f1]``):
  TOML keeps both, a reader cannot tell them apart, and a ``refers`` list that names one
  was silently read (:func:`case_twins`).

Kept apart from :mod:`.case` for its line count.
"""
from __future__ import annotations

import math
from typing import Any

from .fields import FIELDS, example_unit
from .registry import Q_


def example_number(field: str) -> str:
    """A plausible number of ``field`` for an example, in its example unit: the geometric
    middle of its plausible range to one significant digit (flight_time 1-180 min -> "10";
    rotors 3-16 -> "7"; rotor_diameter -> "20" in; from a low end of 0, from a hundredth of
    the high end)."""
    spec = FIELDS.get(field)
    low, high = (getattr(spec, "low", None), getattr(spec, "high", None)) if spec else (1, 1)
    try:
        high = float(high)
        middle = math.sqrt(max(float(low), high / 100.0) * high)    # payload_mass from 0 kg
        unit = example_unit(field)
        if unit not in (None, "dimensionless") and unit != spec.unit:
            middle = Q_(middle, spec.unit).m_as(unit)               # 0.5 m as 20 in
        return f"{float(f'{middle:.1g}'):g}"
    except Exception:                            # noqa: BLE001 - no numeric range, no unit
        return "3"


def _written(key: str, field: str) -> str:
    """How the value of ``key`` (``text``, or a section key such as ``rotors``) is written."""
    number, unit = example_number(field), example_unit(field)
    if unit in (None, "dimensionless"):
        return f'{key} = "{number}"' if key == "text" else f"{key} = {number}"
    return f'{key} = "{number} {unit}"'


def no_figure(path: str, raw: Any, field: str) -> tuple[str, str] | None:
    """(message, expected) for a boolean or a non-finite number given as the value at
    ``path`` (``figures.F1.text``, ``vehicle.rotors``; a text key such as ``quote`` or
    ``reason`` is told to be text); None for any other value."""
    key = path.rsplit(".", 1)[-1]
    if isinstance(raw, str) and not raw.strip():
        return _empty(key, field, key in ("text", "value") or path.startswith(
            ("vehicle.", "battery.")))
    if isinstance(raw, bool):
        what = f"a TOML boolean ({str(raw).lower()})"
    elif isinstance(raw, float) and not math.isfinite(raw):
        what = f"a TOML {'NaN' if math.isnan(raw) else 'infinity'} ({raw!r})"
    else:
        return None
    if key not in ("text", "value") and not path.startswith(("vehicle.", "battery.")):
        return f"{what}, not text", f'text in quotes ({key} = "...")'
    return (f"{what}, not a figure" + ("" if isinstance(raw, bool) else
                                       " (no source states a figure of NaN or infinity)"),
            f"the figure as the source states it (a string with its unit; a count may be a "
            f"whole number), e.g. {_written(key, field)} for {field}; a figure the source "
            "does not state is left out")


def _empty(key: str, field: str, figure: bool) -> tuple[str, str]:
    """(message, expected) for an empty or blank string at ``key``: a ``figure`` is told
    how its field's figure is written ('text = "10 min"' for flight_time), any other key to
    hold words ('"not a non-empty string; expected a non-empty string"' had told an editor
    nothing; review of 2026-12-06)."""
    if figure and field in FIELDS and FIELDS[field].kind != "text":
        return ("empty: no figure", f"the figure as the source states it, e.g. "
                f"{_written(key, field)} for {field}; a figure the source does not state is "
                "left out")
    optional = "" if key in _REQUIRED_WORDS else f", or no {key} line"
    return "empty", f'the words in quotes ({key} = "..."){optional}'


#: The keys a case file must give words for (the others may be left out).
_REQUIRED_WORDS = ("text", "value", "title", "source", "reason")


def case_twins(ids) -> list[tuple[str, str, str, str]]:
    """One problem (path, message, value, expected) per figure id that differs from an
    earlier one only by letter case ("F1", then "f1")."""
    first: dict[str, str] = {}
    out = []
    for ident in ids:
        if not isinstance(ident, str):
            continue
        seen = first.setdefault(ident.casefold(), ident)
        if seen != ident:
            out.append((f"figures.{ident}", f"a figure id that differs from figures.{seen} only "
                        "by letter case", ident, f"ids a reader can tell apart: rename one "
                        f"(e.g. {ident}b) and every refers that names it"))
    return out
