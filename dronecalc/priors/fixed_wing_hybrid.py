"""The hybrid quadplane's priors (``vtol-quadplane-piston``; docs/theory.md section 11.1): the
piston wing's cruise priors, the electric quadplane's hover ones, its two guesses
(:data:`dronecalc.physics.vtol.HYBRID_GUESSES`: the lift battery sized by the hover, the lift
system's share of the take-off mass) and the fuel fraction, shared by the fuel and the lift
battery (:func:`dronecalc.physics.vtol.hybrid_fuel_mass`)."""
from __future__ import annotations

from ..physics.vtol import HYBRID_GUESSES

#: The electric quadplane's priors the hybrid keeps: its hover (lift rotors, drive, pack) and
#: the stopped rotors' drag in cruise.
FROM_QUADPLANE = ("lift_disk_loading", "figure_of_merit", "hover_time", "extra_drag",
                  "drive_efficiency", "usable_fraction", "specific_energy")


def hybrid_set(sets: dict, prior) -> dict:
    """The hybrid's prior set from the piston wing's and the electric quadplane's (``sets``,
    ``priors.fixed_wing.PRIOR_SETS``), ``prior`` the Prior type."""
    piston, quadplane = sets["fixed-wing-piston"], sets["vtol-quadplane"]
    out = {**piston, **{name: quadplane[name] for name in FROM_QUADPLANE}}
    out.update({name: prior(*d["range"], d["source"]) for name, d in HYBRID_GUESSES.items()})
    fuel = piston["fuel_fraction"]
    out["fuel_fraction"] = prior(fuel.low, fuel.high, "fuel and lift battery / take-off mass, "
                                 "as the piston wings' fuel: " + fuel.source)
    return out
