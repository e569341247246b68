"""The vehicle-kind seam: one registered entry per kind of machine, looked up by name.

A case names its kind (``[case] vehicle_kind``) or the intake infers it from the airframe words
(:mod:`dronecalc.intake.airframes`, which lists the same names). Everything above the physics
asks :func:`get_kind` which model serves a kind; an unknown name raises a
:class:`~dronecalc.errors.ModelError` listing the kinds. There is no default kind. Which
claims module checks a kind, and whether one does yet, is the claims layer's to know
(``claims.registry.VEHICLE_CHECKS``): the physics names nothing above it.

Adding a kind: one :class:`VehicleKind` here (and its words in ``intake/airframes.py``), its
physics module, its priors, and its claims module in ``claims.registry.VEHICLE_CHECKS``.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import ModelError


@dataclass(frozen=True)
class VehicleKind:
    """One kind of machine.

    Attributes
    ----------
    name : str
        As in ``intake.airframes.KINDS`` (``"fixed-wing-piston"``).
    physics : str
        The physics module that models it (``"dronecalc.physics.fixed_wing"``).
    lift : {"rotors", "wing", "wing+rotors"}
        What carries the weight in cruise and, for VTOL kinds, in hover.
    energy : {"battery", "fuel"}
        Where the propulsive energy comes from.
    note : str
        What the model covers and leaves out.
    """

    name: str
    physics: str
    lift: str
    energy: str
    note: str


KINDS: dict[str, VehicleKind] = {}


def register(kind: VehicleKind) -> VehicleKind:
    """Add ``kind`` to :data:`KINDS`; a name registered twice is a programming error."""
    if kind.name in KINDS:
        raise ValueError(f"vehicle kind {kind.name!r} registered twice")
    KINDS[kind.name] = kind
    return kind


def get_kind(name: str) -> VehicleKind:
    """The registered kind ``name``.

    Raises
    ------
    ModelError
        Unknown name; the message lists every kind.
    """
    try:
        return KINDS[name]
    except (KeyError, TypeError):
        raise ModelError("unknown vehicle kind", field="vehicle_kind", value=name,
                         expected="one of " + ", ".join(KINDS)) from None


register(VehicleKind("multirotor", "dronecalc.physics.multirotor", "rotors", "battery",
                     "momentum theory with figure of merit, forward-flight power, battery"))
register(VehicleKind("fixed-wing-electric", "dronecalc.physics.fixed_wing", "wing", "battery",
                     "drag polar, electric endurance and range"))
register(VehicleKind("fixed-wing-piston", "dronecalc.physics.fixed_wing", "wing", "fuel",
                     "drag polar, Breguet range and endurance with BSFC"))
register(VehicleKind("fixed-wing-jet", "dronecalc.physics.fixed_wing_jet", "wing", "fuel",
                     "drag polar, Breguet jet range and endurance with a TSFC fitted on small "
                     "turbojets (data/fixed_wing_jet.toml) rising with Mach; thrust lapse with "
                     "density, top speed and ceiling from a stated thrust"))
register(VehicleKind("vtol-quadplane", "dronecalc.physics.vtol", "wing+rotors", "battery",
                     "hover take-off and landing on lift rotors (rotor model) plus wing-borne "
                     "electric cruise"))
register(VehicleKind("vtol-quadplane-piston", "dronecalc.physics.vtol", "wing+rotors", "fuel",
                     "hybrid quadplane: hover take-off and landing on battery lift rotors (rotor "
                     "model, against the battery), wing-borne cruise on a piston engine "
                     "(Breguet with BSFC, against the fuel)"))
register(VehicleKind("tailsitter", "dronecalc.physics.vtol", "wing+rotors", "battery",
                     "hover on the propellers (rotor model) plus wing-borne electric cruise; no "
                     "transition model"))
