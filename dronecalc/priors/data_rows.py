"""One row of a sourced data file (``data/fixed_wing.toml``, ``data/fixed_wing_jet.toml``):
its text keys as written, its figures read by the file's own figure reader, any other key an
error naming it. One loop for both files (the jet file's reader had its own copy)."""
from __future__ import annotations

from typing import Any, Callable

from ..errors import DroneCalcError

__all__ = ["data_row"]


def data_row(entry: dict, text_keys, units: dict[str, str], origin: str,
             read_figure: Callable[[str, Any, str, str], Any]) -> dict[str, Any]:
    """The row ``entry`` of the file ``origin``: ``units`` maps each figure key to its SI
    unit, ``read_figure(where, value, unit, key)`` reads one figure."""
    name = entry.get("name", "?")
    row: dict[str, Any] = {}
    for key, value in entry.items():
        where = f"{origin}: {name}.{key}"
        if key in text_keys:
            row[key] = value
        elif key in units:
            row[key] = read_figure(where, value, units[key], key)
        else:
            raise DroneCalcError("unknown key", field=where, value=key,
                                 expected="one of " + ", ".join((*text_keys, *units)))
    return row
