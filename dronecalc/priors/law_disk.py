"""The disk loadings the calibrated efficiency law was fitted on (review 18).

The efficiency law (FM x drive efficiency x usable fraction, ``calibrated.toml
[efficiency_law]``) is fitted against the mass per rotor; a machine inside that span may still
lie far outside the disk loadings W / A (A = N pi D^2 / 4) of the machines it was fitted on.
Luke Bell's record quad (about 9.2 kg on four 40 in rotors: 28 N/m^2) has 2.3 kg per rotor,
inside 0.06-6.25 kg, yet hovers at a disk loading below every fitted machine's. Figure of merit
depends on the blade loading and the rotor's Reynolds number, both of which a slow, lightly
loaded rotor changes (Leishman, *Principles of Helicopter Aerodynamics*, 2nd ed., 2006, ch. 2
sec. 2.4 and ch. 5); no machine of the data says how, so the note says the law is extrapolated.
"""
from __future__ import annotations

import functools
import numpy as np

from ..physics.atmosphere import ISA_CONSTANTS

#: Standard gravity [m/s^2] (ISO 80000-3; the package's one constant, physics.atmosphere).
G = ISA_CONSTANTS["gravity"]


@functools.cache
def law_disk_loadings() -> tuple[float, float]:
    """Lowest and highest disk loading [N/m^2] at the take-off mass without payload of the
    machines the efficiency law is fitted on (``calibrated.toml [efficiency_law] drones``; their
    disks from :func:`.conditioned.prior_rows`, every rotor's)."""
    from . import calibration, conditioned
    names = set(calibration.load_calibrated()["efficiency_law"]["drones"])
    w = [r["mass"] * G / r["disk"] for r in conditioned.prior_rows()
         if r["name"] in names and "disk" in r]
    return float(min(w)), float(max(w))


def disk_loading(mass, rotors, diameter) -> np.ndarray:
    """Disk loading [N/m^2] of machines of ``mass`` [kg], ``rotors`` rotors of ``diameter``
    [m] (vectorised)."""
    return (np.asarray(mass, dtype=float) * G
            / (np.asarray(rotors, dtype=float) * np.pi * np.asarray(diameter, dtype=float) ** 2
               / 4.0))
