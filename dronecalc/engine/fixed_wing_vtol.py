"""The vertical phases of the VTOL kinds in :func:`dronecalc.engine.fixed_wing.physics_of`
(knows no claim, no wording): the lift rotors' hover on the battery, for the electric quadplane
and tailsitter (whose battery then flies the cruise) and for the hybrid quadplane
(``vtol-quadplane-piston``: its battery pays the hover only, its fuel the piston cruise).

Inputs (engine.fixed_wing.VARIABLES): ``lift_disk_area`` [m^2] or ``lift_disk_loading``
[N/m^2], ``figure_of_merit``, ``drive_efficiency``, ``hover_time`` [s]; ``battery_mass`` [kg]
where the case states its lift battery's mass (the hybrid's battery energy is then that mass x
``specific_energy``). The physics is
:mod:`dronecalc.physics.vtol` (momentum theory with a figure of merit, four equal rotors).
"""
from __future__ import annotations

from typing import Mapping

import numpy as np

from ..physics import vtol
from ..physics.atmosphere import _air_density_to_20km
from ..physics.rotor import _G

#: The hybrid quadplane: battery lift rotors, piston cruise on fuel (physics.vtol).
HYBRID = "vtol-quadplane-piston"


def _get(v: Mapping[str, np.ndarray], name: str, default=np.nan):
    return np.asarray(v[name], dtype=float) if name in v else np.asarray(default, dtype=float)


def _diameter(v: Mapping[str, np.ndarray], m):
    """Lift-rotor diameter [m], as four equal rotors of the sampled disk area or loading."""
    area = _get(v, "lift_disk_area") if "lift_disk_area" in v else \
        m * _G / _get(v, "lift_disk_loading")
    return np.sqrt(4.0 * area / (np.pi * 4.0))


def battery_energy(v: Mapping[str, np.ndarray]):
    """The hybrid's nominal lift-battery energy [J]: stated, else sized by its hover
    (physics.vtol.hybrid_battery_energy, ``battery_sizing`` x the vertical phases' energy
    over the usable share), at the take-off mass and the sampled altitude's density."""
    if "battery_energy" in v:
        return _get(v, "battery_energy")
    if "battery_mass" in v:                 # a stated pack mass x the specific energy
        return _get(v, "battery_mass") * _get(v, "specific_energy")
    m = _get(v, "takeoff_mass")
    rho = _air_density_to_20km(_get(v, "altitude", 0.0))
    e_hover = vtol.hover_energy(m, rho, 4.0, _diameter(v, m), _get(v, "figure_of_merit"),
                                _get(v, "drive_efficiency"), _get(v, "hover_time"))
    return vtol.hybrid_battery_energy(e_hover, _get(v, "battery_sizing"),
                                      _get(v, "usable_fraction"))


def fuel_mass(v: Mapping[str, np.ndarray], specific_energy) -> np.ndarray:
    """The hybrid's fuel [kg]: stated, else its share of the energy stores (``fuel_fraction``
    x take-off mass, the piston wings' share) less the battery's mass
    (physics.vtol.hybrid_fuel_mass): the battery is paid for in fuel."""
    if "fuel_mass" in v:
        return _get(v, "fuel_mass")
    if "battery_mass" in v:                 # stated: the mass the battery takes of the stores
        return np.maximum(_get(v, "takeoff_mass") * _get(v, "fuel_fraction")
                          - _get(v, "battery_mass"), 0.0)
    return vtol.hybrid_fuel_mass(_get(v, "takeoff_mass") * _get(v, "fuel_fraction"),
                                 battery_energy(v), _get(v, "specific_energy", specific_energy))


def dead_share(v: Mapping[str, np.ndarray], specific_energy) -> np.ndarray:
    """The hybrid's lift battery and lift system as a share of the take-off mass: the mass of
    carrying both propulsion systems, which the empty-mass constraint takes out too."""
    battery = _get(v, "battery_mass") if "battery_mass" in v else \
        battery_energy(v) / _get(v, "specific_energy", specific_energy)
    return battery / _get(v, "takeoff_mass") + _get(v, "lift_system_fraction", 0.0)


def hover(v: Mapping[str, np.ndarray], m, rho, usable, out: dict) -> tuple:
    """The vertical phases of sampled VTOL machines of take-off mass ``m`` [kg] at density
    ``rho`` on ``usable`` battery energy [J]: writes ``hover_energy`` [J], ``hover_endurance``
    [s] (the usable energy over the hover power: a hover the whole flight) and ``hover_short``
    (the energy cannot pay for the take-off and landing) into ``out``; returns the energy left
    for an electric cruise [J] (0 where short) and the hover time credited [s] (0 where short:
    the mission cannot be flown, the hover phases are not credited either)."""
    hover_time = _get(v, "hover_time")
    diameter = _diameter(v, m)
    e_hover = vtol.hover_energy(m, rho, 4.0, diameter, _get(v, "figure_of_merit"),
                                _get(v, "drive_efficiency"), hover_time)
    out["hover_energy"] = e_hover
    out["hover_endurance"] = usable / vtol.hover_power(
        m, rho, 4.0, diameter, _get(v, "figure_of_merit"), _get(v, "drive_efficiency"))
    short = usable < e_hover
    out["hover_short"] = short
    return np.maximum(usable - e_hover, 0.0), np.where(short, 0.0, hover_time)


def hybrid(v: Mapping[str, np.ndarray], m, rho, battery_usable, out: dict) -> None:
    """The hybrid quadplane's vertical phases on its battery, after the piston cruise of
    ``out`` (Breguet on the fuel, the battery and lift system carried as dead weight): where
    the battery cannot pay for them the machine cannot fly the mission, its range and flight
    time 0 (counted as failing, as an electric VTOL short of energy); elsewhere each flight
    time gains the hover time (no distance is flown in hover). The battery's energy left over
    flies nothing: the cruise is the engine's (physics.vtol, *hybrid*)."""
    _, hover_time = hover(v, m, rho, battery_usable, out)
    short = out["hover_short"]
    out["max_range"] = np.where(short, 0.0, out["max_range"])
    out["max_endurance"] = np.where(short, 0.0, out["max_endurance"] + hover_time)
    if "range_at_speed" in out:
        out["range_at_speed"] = np.where(short, 0.0, out["range_at_speed"])
        out["endurance_at_speed"] = np.where(short, 0.0, out["endurance_at_speed"] + hover_time)
