"""A fixed wing's or VTOL's battery energy from a stated charge (review finding 7).

The fixed-wing and VTOL models take the energy of all packs (``battery_energy``). A case that
states a charge (``battery_charge``, per pack) with a voltage or a cell count has stated that
energy as much as one that writes it in Wh: it is the charge x the voltage (or cells x the
chemistry's nominal cell voltage) x the packs, the multirotor path's own rule
(:func:`dronecalc.priors.describe.charge_energy`, reused here, not restated). A charge with
neither voltage nor cells has no energy: no fixed-wing cell-count or voltage prior exists
(data/fixed_wing.toml states too few packs to fit one), so the charge is not used and the note
says so and why, instead of "the source states no battery".
"""
from __future__ import annotations

from typing import Mapping

from ..intake.figures import Figure
from ..physics.battery import full_charge_nominal
from .describe import _chemistry, _stated, charge_energy, chemistry_key

#: ``Case.described()`` key -> the multirotor variable that reads the same figure.
_NAMES = {"capacity": "battery_capacity", "voltage": "battery_voltage", "cells": "cells",
          "packs": "packs"}


def charge_energy_of(described: Mapping) -> tuple[float, float, str] | str | None:
    """The energy of all packs [J] a case's stated charge gives, ``(low, high, source)``; a
    sentence saying why the stated charge is not used (no voltage or cells); None when the
    case states no charge. ``described`` is ``Case.described()``."""
    if "capacity" not in described or not isinstance(described["capacity"].value, Figure):
        return None
    out, whence = {}, []
    for key, name in _NAMES.items():
        d = described.get(key)
        if d is not None and isinstance(d.value, Figure):
            out[name] = _stated(name, d.value, "stated", d.source)
            whence.append(f"{d.value.text} ({d.source})")
    chem = described.get("chemistry")
    chemistry, chem_note = _chemistry(chem.value if chem is not None else None)
    cell_voltage = float(chemistry["cell_voltage"])
    volts, cells = out.get("battery_voltage"), out.get("cells")
    if volts is not None and cells is not None and volts.low == volts.high \
            and cells.low == cells.high:
        # a pack stated by its full-charge voltage ("6S 25.2V") holds charge x its nominal
        # voltage: flown at cells x the nominal cell voltage, as claims.crosscheck says
        nominal = full_charge_nominal(volts.low, cells.low,
                                      chemistry_key(chem.value) if chem is not None else None)
        if nominal is not None:
            out.pop("battery_voltage")
            cell_voltage, chem_note = nominal, (
                f"{volts.low:g} V is {cells.low:g} cells' full-charge voltage, {chem_note}")
    got = charge_energy(out, cell_voltage)
    if got is None:
        return (f"The source states a battery charge of {whence[0]} but no voltage or cell "
                "count, so its energy is not known (dronecalc has no fixed-wing cell-count "
                "prior) and the charge is not used")
    low, high, how = got
    via = ("" if "battery_voltage" in out else
           f" (cells x {cell_voltage:g} V per cell, {chem_note})")
    return low, high, f"stated charge x voltage{how}: {' x '.join(whence)}{via}"

