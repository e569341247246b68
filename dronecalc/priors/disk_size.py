"""The take-off mass a stated rotor disk implies (review 18).

A report that states a battery charge but no mass and no voltage (Luke Bell's record quad:
"87 Ah", "40-inch propellers", "90 KV") was sized by the charge alone
(:func:`.conditioned.battery_masses`): 87 Ah lies beyond every pack of the data, and the
``mass_from_capacity`` relation, extrapolated, made a 73-300 kg machine of it, which its 40 in
rotors would have to lift at over 220 N/m^2. The rotor disk says more about the size: makers
size rotors for the weight they lift, and momentum theory ties hover power to the disk loading
W / A (Leishman, *Principles of Helicopter Aerodynamics*, 2nd ed., 2006, ch. 2). The real
machines of ``data/multirotors.toml`` that state a rotor diameter, a rotor count and a take-off
mass hover at 41-87 N/m^2 across 0.25-65 kg (docs/theory.md). :func:`disk_masses` is the
90 % prediction interval of

    ln m = a + b ln(A / 1 m^2) + e,    A = N pi D^2 / 4

(``mass_from_disk`` of :func:`.conditioned.relations`, the same least squares and hold-out as
the battery relations), at the stated disk. :func:`.describe._size_for_battery` intersects it
with the battery's interval; when the two do not overlap, the disk's is kept: a charge with no
voltage leaves the cell count, so the energy, open by a factor of several, the disk does not.
"""
from __future__ import annotations

import math

from .conditioned import Relation, relations, rows_in_use


def disk_masses(diameter: tuple[float, float], rotors: tuple[float, float]
                ) -> tuple[float, float, Relation, bool]:
    """Take-off masses [kg] (no payload) of real machines with the stated rotor disk.

    ``diameter`` [m] and ``rotors``, each (low, high): the interval runs from the low end at
    the smallest disk to the high end at the largest. The fourth value is True when a disk lies
    outside those fitted (an extrapolation: the interval widens with the leverage).
    """
    rel = relations()["mass_from_disk"]
    areas = [n * math.pi * d * d / 4.0 for n, d in zip(rotors, diameter)]
    fitted = [r["disk"] for r in rows_in_use() if "disk" in r]
    outside = any(not min(fitted) <= a <= max(fitted) for a in areas)
    return rel.interval(areas[0])[0], rel.interval(areas[1])[1], rel, outside
