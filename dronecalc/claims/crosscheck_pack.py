"""The pack's stated specific energy against its stated energy (or charge) and battery mass
(issue 10): a cross-check of :func:`dronecalc.claims.crosscheck.reconcile`, kept here so that
module stays within its size."""
from __future__ import annotations

from ..intake.fields import FIELDS
from .crosscheck import (OVERTURN, Described, Finding, _add, _cell_voltage, _charge_energy,
                         _ends, _finding, _span)
from .set_aside import ident_of

#: The cell counts a pack is read with: the ``cell_count`` field's plausible range (1-24 S).
_CELLS = (FIELDS["cell_count"].low, FIELDS["cell_count"].high)


def specific_energy(d: dict[str, Described], out: list[Finding]) -> None:
    """A stated specific energy beside a stated battery mass and energy (or charge): the
    model takes the energy and the mass, so the specific energy is compared with their
    quotient (when the charge has a voltage) and taken out (intake's ``check`` had refused
    the three together, which ``case`` accepted: issue 10)."""
    if "specific_energy" not in d or "battery_mass" not in d or not (
            "energy" in d or "capacity" in d):
        return
    if "energy" not in d and "voltage" not in d and "cells" not in d:
        return _charge_set_aside(d, out)
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
    _add(out, _finding([ident_of(stated, "specific_energy")] + [ident_of(d[k], k) for k in parts]
                       + [ident_of(d["battery_mass"], "battery_mass")],
                       "the pack's specific energy", density,
                       (energy[0] / mass[1], energy[1] / mass[0]), "Wh/kg",
                       f"{' x '.join(parts)} {_span(energy, 'Wh')} / battery mass "
                       f"{_span(mass, 'kg')}", "the model uses the stated energy and battery "
                       "mass", OVERTURN["density"]))


def _charge_set_aside(d: dict[str, Described], out: list[Finding]) -> None:
    """A stated charge beside a stated battery mass and specific energy, with no voltage or
    cell count: the charge gives no energy without a voltage, so the model takes the packs'
    energy as battery mass x specific energy (as it does when those two are stated alone,
    ``priors.describe``) and the charge is set aside (taken out of ``d``), compared with what
    that energy holds at any pack voltage of 1-24 cells of the chemistry (main had dropped the
    specific energy with no word, the energy then charge x a drawn voltage)."""
    charge = _ends(d["capacity"].value, "Ah")
    mass = _ends(d["battery_mass"].value, "kg")
    density = _ends(d["specific_energy"].value, "Wh/kg")
    packs = _ends(d["packs"].value, "") if "packs" in d else (1.0, 1.0)
    capacity = d.pop("capacity")
    if not (charge and mass and density and packs) or min(packs) <= 0:
        return
    energy = (mass[0] * density[0], mass[1] * density[1])
    cell_v = _cell_voltage(d)
    volts = (_CELLS[0] * cell_v[0], _CELLS[1] * cell_v[1])
    held = (energy[0] / (volts[1] * packs[1]), energy[1] / (volts[0] * packs[0]))
    implied = (energy[0] / (charge[1] * packs[1]), energy[1] / (charge[0] * packs[0]))
    _add(out, _finding([ident_of(capacity, "capacity"), ident_of(d["battery_mass"], "battery_mass"),
                        ident_of(d["specific_energy"], "specific_energy")]
                       + ([ident_of(d["packs"], "packs")] if "packs" in d else []),
                       "the pack's charge", charge, held, "Ah",
                       f"battery mass x specific energy {_span(energy, 'Wh')}"
                       + (" over the packs" if "packs" in d else "")
                       + f" at any pack voltage of {_span(volts, 'V')} "
                       f"({_span(_CELLS, 'cells')})",
                       "the model uses battery mass x specific energy "
                       f"({_span(energy, 'Wh')}) as the energy, as it does when those two are "
                       "stated alone; the charge is set aside, as no voltage or cell count is "
                       f"stated to make it an energy (with the charge it implies a pack of "
                       f"{_span(implied, 'V')})", OVERTURN["battery"]))
