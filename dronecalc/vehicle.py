"""The machine under study, as SI floats or numpy arrays (one entry per Monte Carlo sample).

``Vehicle`` is the contract between the case/uncertainty layer, which fills it, and the
physics core (rotor, airframe, battery, propulsion, mission), which reads it. Every field is
a float or an array; arrays must broadcast against each other (shape ``(n,)`` for n samples).
Fields may be added with defaults; existing names and units do not change.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

import numpy as np

ArrayLike = float | np.ndarray


@dataclass(frozen=True)
class Vehicle:
    """A multirotor in SI units.

    Attributes
    ----------
    rotors : number of lifting rotors [-]
    rotor_diameter : rotor (propeller) diameter [m]
    empty_mass : airframe, motors, ESCs, avionics; no battery, no payload [kg]
    battery_mass : all packs together [kg]
    battery_energy : nominal stored energy of all packs together [J]
    payload_mass : carried payload [kg]
    figure_of_merit : hover figure of merit of one rotor, ideal/actual shaft power [-]
    drive_efficiency : motor x ESC efficiency, shaft power / electrical power [-]
    usable_fraction : share of nominal energy drawn before the machine must land [-]
    drag_area : airframe equivalent flat-plate area f = C_D S [m^2]
    payload_drag_area : payload's own flat-plate area [m^2]
    air_density : [kg/m^3]
    pack_voltage : nominal pack voltage under load, for RPM and currents [V] (NaN if unknown)
    motor_kv : motor velocity constant [rad/s/V] (NaN if unknown)
    """

    rotors: ArrayLike
    rotor_diameter: ArrayLike
    empty_mass: ArrayLike
    battery_mass: ArrayLike
    battery_energy: ArrayLike
    payload_mass: ArrayLike = 0.0
    figure_of_merit: ArrayLike = 0.65
    drive_efficiency: ArrayLike = 0.80
    usable_fraction: ArrayLike = 0.85
    drag_area: ArrayLike = 0.05
    payload_drag_area: ArrayLike = 0.0
    air_density: ArrayLike = 1.225
    pack_voltage: ArrayLike = float("nan")
    motor_kv: ArrayLike = float("nan")

    @property
    def takeoff_mass(self) -> ArrayLike:
        """Empty + battery + payload mass [kg]."""
        return self.empty_mass + self.battery_mass + self.payload_mass

    def with_(self, **changes) -> "Vehicle":
        """A copy with some fields replaced (e.g. another payload)."""
        return replace(self, **changes)

    def as_arrays(self) -> dict[str, np.ndarray]:
        """All fields broadcast to one common shape, as float arrays."""
        values = [np.asarray(getattr(self, f.name), dtype=float) for f in fields(self)]
        return dict(zip((f.name for f in fields(self)), np.broadcast_arrays(*values)))
