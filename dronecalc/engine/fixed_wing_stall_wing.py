r"""The wing area a stated stall speed gives when no wing area is stated (issue #13, fw19).

A case stating a stall speed and a span but no area had its area from the aspect-ratio prior
(S = b^2 / AR) and its stall speed only as a filter on the draws
(``engine.fixed_wing.CONSTRAINTS``): where the prior's wings are all too small (the NC State
club's Akela, 11.3 kg on 2.16 m, "Stall Speed: 19 kias"), no draw passed and the stall was
refused. Here the area follows from the stall itself, the definition of the stall speed read
backwards (Anderson, J. D. (1999), *Aircraft Performance and Design*, McGraw-Hill, ch. 5,
V_s = sqrt(2 W / (rho S C_L,max))):

    S = 2 m g / (rho_0 V_s^2 C_L,max)

at the take-off mass and sea-level density (an indicated stall, as
``engine.fixed_wing.indicated_stall_speed`` reads it), with each machine's own C_L,max (its
prior) and a stall speed drawn over the stated one (:data:`SPEED`); the aspect ratio is then
b^2 / S, no longer drawn. The area is the airframe's: a claim's own payload keeps it
(:func:`fixed_area`, as the lift rotors' disk area). No constant is added.
"""
from __future__ import annotations

from typing import Mapping

import numpy as np

from ..physics import fixed_wing as fw
from ..physics.atmosphere import _air_density

#: The input: the stated stall speed [m/s] the wing area is drawn from.
SPEED = "stall_wing_speed"
MEANING = ("the stated stall speed the wing area follows from, S = 2 m g / (rho0 V_s^2 "
           "C_L,max), where no wing area is stated")


def area(v: Mapping[str, np.ndarray]) -> np.ndarray:
    """Wing area [m^2] at the sampled take-off mass, stall speed and C_L,max (the lift
    equation at the stall solved for S: the same expression as a lift coefficient)."""
    get = lambda k: np.asarray(v[k], dtype=float)                     # noqa: E731
    return fw.lift_coefficient(get("takeoff_mass"), get(SPEED), _air_density(0.0),
                               get("max_lift_coefficient"))


def fixed_area(v: Mapping[str, np.ndarray], out: dict) -> None:
    """In ``out`` (the machines about to be re-loaded), the area at ``v``'s take-off mass in
    place of the stall speed it came from."""
    if SPEED in v and "wing_area" not in v:
        out["wing_area"] = area(v)
        out.pop(SPEED, None)
