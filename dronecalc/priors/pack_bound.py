"""The most packs a stated maximum take-off mass leaves room for (review 20).

With the charge of one pack and its voltage (or cells) stated but no pack count, the pack
count is drawn from 1 to the most packs real machines near that mass fly
(:func:`.conditioned._packs`, or the class table: the Matrice 600's six). A stated maximum
take-off mass bounds it: ``n`` packs of charge ``Q`` at voltage ``V`` weigh at least
``n Q V / e_max`` (``e_max`` the high end of the specific-energy prior), and with the empty
mass they must fit within the maximum. Arithmetic on the stated figures, no fit: the
Likiu C-30's one 14S 45 Ah pack is 2.33 kWh, 11.7-17.9 kg at 130-200 Wh/kg, so the 56.7 kg
maximum less its 26.7 kg empty mass leaves room for two, where 1-6 were drawn.
"""
from __future__ import annotations

import math
from dataclasses import replace


def most_packs(max_takeoff: float, empty: float, pack_energy: float,
               specific_energy: float) -> int:
    """The most packs that fit: ``floor((max_takeoff - empty) / (pack_energy /
    specific_energy))``, at least 1 (a machine flies one pack: a stated maximum below even
    that is the constraint's to report, ``engine.machine.CONSTRAINTS["max_takeoff"]``).

    Parameters
    ----------
    max_takeoff : float
        Stated maximum take-off mass, its high end [kg].
    empty : float
        The lightest empty mass the inputs allow [kg] (0 when none is stated).
    pack_energy : float
        The smallest energy of one pack the inputs allow [J].
    specific_energy : float
        The highest pack specific energy drawn [J/kg].
    """
    lightest = pack_energy / specific_energy
    room = max_takeoff - empty
    if lightest <= 0.0 or not math.isfinite(room / lightest):
        return 1
    return max(1, math.floor(room / lightest + 1e-9))


def bound_packs(out: dict, max_takeoff: float, cell_voltage: float) -> None:
    """An unstated pack count drawn no higher than a stated maximum take-off mass leaves room
    for, with a stated charge and voltage (or cells) of one pack: ``out`` (the inputs of
    :func:`.describe.describe`, by name) gets a narrower ``packs``."""
    packs, charge = out.get("packs"), out.get("battery_capacity")
    if (packs is None or packs.origin not in ("prior", "conditioned") or charge is None
            or "specific_energy" not in out):
        return
    volts = (out["battery_voltage"].low if "battery_voltage" in out
             else out["cells"].low * cell_voltage if "cells" in out else None)
    if volts is None:
        return
    empty = out["empty_mass"].low if "empty_mass" in out else 0.0
    most = most_packs(max_takeoff, empty, charge.low * volts, out["specific_energy"].high)
    if most < packs.high:
        out["packs"] = replace(packs, low=min(packs.low, most), high=float(most), note=(
            f"{packs.note}; at most {most}: a {max_takeoff:.3g} kg maximum take-off mass less "
            f"the {empty:.3g} kg empty mass holds no more packs of {charge.low / 3.6:.4g} mAh "
            f"at {volts:.3g} V at {out['specific_energy'].high / 3600:.3g} Wh/kg "
            "(priors.pack_bound)"))
