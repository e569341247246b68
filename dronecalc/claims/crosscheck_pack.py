"""The pack's stated specific energy against its stated energy (or charge) and battery mass
(issue 10): a cross-check of :func:`dronecalc.claims.crosscheck.reconcile`, kept here so that
module stays within its size."""
from __future__ import annotations

from .crosscheck import (OVERTURN, Described, Finding, _add, _cell_voltage, _charge_energy,
                         _ends, _finding, _ident, _span)


def specific_energy(d: dict[str, Described], out: list[Finding]) -> None:
    """A stated specific energy beside a stated battery mass and energy (or charge): the
    model takes the energy and the mass, so the specific energy is compared with their
    quotient (when the charge has a voltage) and taken out (intake's ``check`` had refused
    the three together, which ``case`` accepted: issue 10)."""
    if "specific_energy" not in d or "battery_mass" not in d or not (
            "energy" in d or "capacity" in d):
        return
    stated = d.pop("specific_energy")
    mass = _ends(d["battery_mass"].value, "kg")
    if "energy" in d:
        parts, energy = ("energy",), _ends(d["energy"].value, "Wh")
    else:
        volts = _ends(d["voltage"].value, "V") if "voltage" in d else None
        if volts is None and "cells" in d:
            cells, cell_v = _ends(d["cells"].value, "cell"), _cell_voltage(d)
            volts = (cells[0] * cell_v[0], cells[1] * cell_v[1]) if cells else None
        packs = _ends(d["packs"].value, "") if "packs" in d else (1.0, 1.0)
        parts = ("capacity",) + tuple(k for k in ("voltage", "cells", "packs") if k in d)
        energy = _charge_energy(_ends(d["capacity"].value, "Ah"), volts, packs) if (
            volts and packs and _ends(d["capacity"].value, "Ah")) else None
    density = _ends(stated.value, "Wh/kg")
    if not (energy and mass and density) or mass[0] <= 0:
        return
    _add(out, _finding([_ident(stated, "specific_energy")] + [_ident(d[k], k) for k in parts]
                       + [_ident(d["battery_mass"], "battery_mass")],
                       "the pack's specific energy", density,
                       (energy[0] / mass[1], energy[1] / mass[0]), "Wh/kg",
                       f"{' x '.join(parts)} {_span(energy, 'Wh')} / battery mass "
                       f"{_span(mass, 'kg')}", "the model uses the stated energy and battery "
                       "mass", OVERTURN["density"]))
