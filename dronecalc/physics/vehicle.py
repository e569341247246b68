"""The machine under study, as SI floats or numpy arrays (one entry per Monte Carlo sample).

``Vehicle`` is the contract between the case/uncertainty layer, which fills it, and the
physics core (rotor, airframe, battery, propulsion, mission), which reads it. Every field is
a float or an array; arrays must broadcast against each other (shape ``(n,)`` for n samples).
Fields may be added with defaults; existing names and units do not change.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

import numpy as np

from .rotor_terms import ROTOR_DRAG

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
    induced_power_factor : kappa, induced power / ideal induced power [-]
    profile_power_factor : K in the profile power P0 (1 + K mu^2) [-]
    thrust_coefficient : C_T = T / (rho A (Omega R)^2), sets the hover tip speed [-]
    tip_speed : rotor tip speed in cruise [m/s] (NaN: derived from thrust_coefficient)
    overlap_factor : extra induced power of overlapping or coaxial rotors [-] (1 = none;
        ``rotor.coaxial_factor("coaxial")`` for stacked pairs)
    rotor_drag_coefficient : in-plane rotor drag c [s/m], power c T V^2 (0 = off; default
        ``rotor_terms.ROTOR_DRAG``, fitted on measured power curves)
    battery_voltage_drop_1c : internal-resistance drop at 1C / nominal voltage [-]
    avionics_power : flight controller, radio, payload electronics [W]
    loaded_rpm_fraction : full-throttle loaded RPM / (Kv x V) [-]
    drive_copper_loss, drive_idle_loss : motor copper and no-load loss / shaft power in hover
        without payload [-] (0 = off; ``load_losses``)
    cutoff_sag_weight : 1 = the pack lands at a loaded-voltage cut-off, 0 = on counted charge
        [-] (0 = off; ``load_losses``)

    Defaults and their sources are in ``rotor.ROTOR_PARAMETERS``,
    ``battery.CHEMISTRIES`` and ``propulsion.LOADED_RPM_FRACTION``.
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
    induced_power_factor: ArrayLike = 1.15
    profile_power_factor: ArrayLike = 4.65
    thrust_coefficient: ArrayLike = 0.012
    tip_speed: ArrayLike = float("nan")
    overlap_factor: ArrayLike = 1.0
    rotor_drag_coefficient: ArrayLike = ROTOR_DRAG["coefficient"]["value"]
    battery_voltage_drop_1c: ArrayLike = 0.005
    avionics_power: ArrayLike = 0.0
    loaded_rpm_fraction: ArrayLike = 0.85
    drive_copper_loss: ArrayLike = 0.0
    drive_idle_loss: ArrayLike = 0.0
    cutoff_sag_weight: ArrayLike = 0.0

    @property
    def takeoff_mass(self) -> ArrayLike:
        """Empty + battery + payload mass [kg]."""
        return self.empty_mass + self.battery_mass + self.payload_mass

    def with_(self, **changes) -> "Vehicle":
        """A copy with some fields replaced (e.g. another payload)."""
        return replace(self, **changes)

    @classmethod
    def from_quantities(cls, *, takeoff_mass=None, battery_capacity=None, battery_cells=None,
                        battery_chemistry: str = "lipo", battery_packs=1,
                        **values) -> "Vehicle":
        """Build a Vehicle from Quantities or figure strings, converted to SI once.

        Parameters
        ----------
        takeoff_mass : Quantity or str, optional
            Stated all-up mass [kg]; with it ``empty_mass`` may be omitted and is then
            takeoff - battery - payload (an error if that is negative).
        battery_capacity : Quantity or str, optional
            Charge of one pack [A h]; with ``pack_voltage`` or ``battery_cells`` it gives
            ``battery_energy`` when that is not stated.
        battery_cells : int or str, optional
            Cells in series (``6`` or ``"6 cell"``); sets ``pack_voltage`` when absent.
        battery_chemistry : str
            ``"lipo"``, ``"lihv"`` or ``"liion"`` (``battery.CHEMISTRIES``): nominal cell
            voltage, and the specific energy that gives ``battery_mass`` when absent.
        battery_packs : int
            Identical packs carried.
        **values
            Any Vehicle field, as a Quantity or figure string in any unit of the right
            dimension (``rotor_diameter="22 in"``, ``motor_kv=Q_(320, "Kv")``), or a bare
            number for dimensionless fields.

        Examples
        --------
        >>> from dronecalc.units import Q_
        >>> v = Vehicle.from_quantities(rotors=4, rotor_diameter=Q_(22, "inch"),
        ...     empty_mass=Q_(6, "kg"), battery_capacity=Q_(18500, "mAh"), battery_cells=6,
        ...     battery_packs=2, payload_mass=Q_(3, "kg"))
        >>> round(v.battery_energy / 3600)
        821
        """
        from .battery import _cell_voltage, _specific_energy
        from ..errors import InputValueError, UnitError
        from ..intake.units import to_si

        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise UnitError("unknown Vehicle field", field=unknown[0], value=values[unknown[0]],
                            expected=f"one of {sorted(known)}")
        si = {name: to_si(val, FIELD_UNITS[name], name, minimum=None)
              for name, val in values.items() if val is not None}
        for name in ("rotors", "rotor_diameter", "battery_energy", "figure_of_merit",
                     "drive_efficiency", "air_density"):
            if name in si:
                si[name] = to_si(values[name], FIELD_UNITS[name], name, positive=True)
        if battery_cells is not None and "pack_voltage" not in si:
            cells = to_si(battery_cells, "cell", "battery_cells", positive=True) \
                if not isinstance(battery_cells, (int, float)) else float(battery_cells)
            si["pack_voltage"] = cells * _cell_voltage(battery_chemistry)
        packs = to_si(battery_packs, "", "battery_packs", positive=True)
        if "battery_energy" not in si:
            if battery_capacity is None or "pack_voltage" not in si:
                raise InputValueError("battery energy unknown", field="battery_energy",
                                      value=None, expected="battery_energy, or battery_capacity "
                                      "with pack_voltage or battery_cells")
            si["battery_energy"] = (to_si(battery_capacity, "C", "battery_capacity",
                                          positive=True) * si["pack_voltage"] * packs)
        if "battery_mass" not in si:
            si["battery_mass"] = si["battery_energy"] / _specific_energy(battery_chemistry)
        if "empty_mass" not in si:
            if takeoff_mass is None:
                raise InputValueError("empty mass unknown", field="empty_mass", value=None,
                                      expected="empty_mass or takeoff_mass")
            total = to_si(takeoff_mass, "kg", "takeoff_mass", positive=True)
            si["empty_mass"] = total - si["battery_mass"] - si.get("payload_mass", 0.0)
            if np.any(np.asarray(si["empty_mass"]) <= 0):
                raise InputValueError("takeoff mass leaves no empty mass", field="takeoff_mass",
                                      value=takeoff_mass,
                                      expected="more than battery + payload mass")
        for name, val in si.items():
            if name != "pack_voltage" and name != "motor_kv" and name != "tip_speed" \
                    and np.any(np.asarray(val) < 0):
                raise InputValueError("must not be negative", field=name, value=values.get(name),
                                      expected=">= 0")
        return cls(**si)

    def as_arrays(self) -> dict[str, np.ndarray]:
        """All fields broadcast to one common shape, as float arrays.

        The arrays of ``numpy.broadcast_arrays``: a field of the common shape as it is, a
        scalar field as a read-only view of its one value (stride 0) built directly, which
        is ~1 us against ~13 us for numpy's general broadcast (a check calls this ~200
        times, mostly on the generous bound's small batches of points).
        """
        values = [np.asarray(getattr(self, name), dtype=float) for name in _FIELD_NAMES]
        shapes = {v.shape for v in values} - {()}
        shape = (shapes.pop() if len(shapes) == 1 else
                 np.broadcast_shapes(*shapes) if shapes else ())
        return {name: _broadcast(v, shape) for name, v in zip(_FIELD_NAMES, values)}


def _broadcast(value: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """``value`` broadcast to ``shape`` (a view; read-only where it repeats ``value``)."""
    if value.shape == shape:
        return value
    if value.ndim:
        return np.broadcast_to(value, shape)
    view = np.ndarray(shape, value.dtype, value, 0, (0,) * len(shape))
    view.flags.writeable = False
    return view


_FIELD_NAMES = tuple(f.name for f in fields(Vehicle))


#: SI unit of every Vehicle field, as accepted by ``units.to_si`` ("" = dimensionless).
FIELD_UNITS = {
    "rotors": "", "rotor_diameter": "m", "empty_mass": "kg", "battery_mass": "kg",
    "battery_energy": "J", "payload_mass": "kg", "figure_of_merit": "", "drive_efficiency": "",
    "usable_fraction": "", "drag_area": "m^2", "payload_drag_area": "m^2",
    "air_density": "kg/m^3", "pack_voltage": "V", "motor_kv": "rad/s/V",
    "induced_power_factor": "", "profile_power_factor": "", "thrust_coefficient": "",
    "tip_speed": "m/s", "overlap_factor": "", "rotor_drag_coefficient": "s/m",
    "battery_voltage_drop_1c": "",
    "avionics_power": "W", "loaded_rpm_fraction": "",
    "drive_copper_loss": "", "drive_idle_loss": "", "cutoff_sag_weight": "",
}
