"""The inputs the Monte Carlo understands: name, SI unit, display unit, limits, meaning.

:data:`VARIABLES` is the one list of model input names used by the priors, the engine and
the claims; everything else (intake fields, case keys) is translated to these names at the
edge. Limits are physical (efficiencies <= 1): they validate stated values and bound the
"what would overturn this verdict" searches.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..intake.units import Q_


@dataclass(frozen=True)
class Variable:
    """One input the model knows: SI unit, display unit, integer or not, physical limits."""

    unit: str
    display: str
    integer: bool
    limits: tuple[float, float]
    meaning: str


#: Every input the Monte Carlo understands. Limits are physical (efficiencies <= 1), used
#: to validate stated values and to bound "what would overturn this verdict" searches.
VARIABLES: dict[str, Variable] = {
    "rotors": Variable("", "", True, (1, 32), "number of lifting rotors"),
    "rotor_diameter": Variable("m", "in", False, (0.02, 4.0), "rotor diameter"),
    "disk_loading_percentile": Variable(
        "dimensionless", "%", False, (0.001, 0.999),
        "percentile of the calibrated effective disk loading at the machine's mass (sets the "
        "rotor diameter when none is stated)"),
    "mass": Variable("kg", "kg", False, (0.01, 300.0), "take-off mass without payload"),
    "takeoff_mass": Variable("kg", "kg", False, (0.01, 400.0), "take-off mass with payload"),
    "empty_mass": Variable("kg", "kg", False, (0.005, 300.0),
                           "empty mass (no battery, no payload)"),
    # up to the highest payload a field calls plausible (warhead_mass, a wing-borne
    # payload_mass: 300 kg), so that no plausible figure is refused as unphysical
    "payload": Variable("kg", "kg", False, (0.0, 300.0), "payload mass"),
    "battery_energy": Variable("J", "Wh", False, (1e3, 1e9), "nominal energy of all packs"),
    "battery_capacity": Variable("C", "mAh", False, (100.0, 1e7), "charge of one pack"),
    "battery_voltage": Variable("V", "V", False, (1.0, 1000.0), "nominal pack voltage"),
    "cells": Variable("cell", "cell", True, (1, 30), "cells in series per pack"),
    "cells_percentile": Variable(
        "dimensionless", "%", False, (0.001, 0.999),
        "percentile of the fitted cell count at the machine's take-off mass (sets the cells "
        "in series when none is stated; priors.conditioned)"),
    "cell_voltage": Variable("V", "V", False, (1.0, 5.0), "nominal cell voltage"),
    "packs": Variable("", "", True, (1, 16), "number of packs"),
    "battery_mass": Variable("kg", "kg", False, (0.005, 300.0), "mass of all packs"),
    "battery_mass_fraction": Variable("", "", False, (0.01, 0.9),
                                      "mass of all packs / take-off mass without payload "
                                      "(when the battery is not described)"),
    "max_battery_fraction": Variable(
        "", "", False, (0.01, 0.99),
        "largest share of the take-off mass without payload the packs may take (a constraint "
        "from the battery share of real machines; priors.conditioned)"),
    "max_energy_per_mass": Variable(
        "J/kg", "Wh/kg", False, (1e3, 1.8e7),
        "highest battery energy per kg of take-off mass (without payload) real machines of the "
        "size carry (a constraint when the energy is drawn as share x mass x specific energy; "
        "priors.pack_energy)"),
    "max_takeoff_mass": Variable(
        "kg", "kg", False, (0.01, 1e4),
        "the maker's stated maximum take-off mass (a constraint: the machine drawn, empty "
        "mass and packs, weighs no more)"),
    "frame_size": Variable(
        "m", "m", False, (0.02, 10.0),
        "the stated motor-to-motor size (wheelbase; a constraint: the rotors drawn fit it, "
        "physics.frame)"),
    "overall_size": Variable(
        "m", "m", False, (0.02, 20.0),
        "the largest stated overall length or width, rotors included (a constraint: the "
        "rotors drawn fit it, physics.frame)"),
    "specific_energy": Variable("J/kg", "Wh/kg", False, (1e4, 1.8e7),
                                "pack specific energy"),
    "min_specific_energy": Variable(
        "J/kg", "Wh/kg", False, (1e4, 1.8e7),
        "lowest pack specific energy of the chemistry (a constraint when a capacity and a "
        "battery mass are stated and the voltage or the pack count is not: their ratio sets "
        "it)"),
    "max_specific_energy": Variable(
        "J/kg", "Wh/kg", False, (1e4, 1.8e7),
        "highest pack specific energy of the chemistry (the same constraint's upper end)"),
    "figure_of_merit": Variable("", "", False, (0.05, 1.0), "rotor hover figure of merit"),
    "drive_efficiency": Variable("", "", False, (0.05, 1.0), "motor x ESC efficiency"),
    "usable_fraction": Variable("", "", False, (0.05, 1.0), "usable share of pack energy"),
    "efficiency_percentile": Variable(
        "dimensionless", "%", False, (0.001, 0.999),
        "percentile of the calibrated efficiency law (FM x drive efficiency x usable fraction) "
        "at the machine's mass (sets the three when the rotor diameter is stated)"),
    "rotor_drag_coefficient": Variable("s/m", "s/m", False, (0.0, 0.2),
                                       "in-plane rotor drag c, power c T V^2"),
    "rotor_drag_percentile": Variable(
        "dimensionless", "%", False, (0.001, 0.999),
        "percentile of the rotor-drag law's scatter at the drawn drag area (sets the in-plane "
        "rotor drag c when the rotor diameter is stated)"),
    "drag_area": Variable("m^2", "m^2", False, (0.0, 10.0), "airframe flat-plate drag area"),
    "drag_area_coefficient": Variable("", "m^2/kg^(2/3)", False, (0.0, 1.0),
                                      "c in drag area = c x (empty + battery mass)^(2/3)"),
    "payload_drag_area": Variable("m^2", "m^2", False, (0.0, 10.0), "payload drag area"),
    "air_temperature": Variable("K", "degC", False, (200.0, 340.0), "outside air temperature"),
    "altitude": Variable("m", "m", False, (-500.0, 6000.0), "altitude above sea level"),
    "motor_kv": Variable("rad/s/V", "Kv", False, (0.1, 1e4), "motor velocity constant"),
    "control_thrust_ratio": Variable("", "", False, (1.0, 10.0),
                                     "thrust-to-weight needed for control"),
    "battery_voltage_drop_1c": Variable("", "", False, (0.0, 0.2),
                                        "pack voltage drop at 1C / nominal voltage"),
    "induced_power_factor": Variable("", "", False, (1.0, 2.0), "induced power factor kappa"),
    "overlap_factor": Variable("", "", False, (1.0, 2.0),
                               "induced-power factor of the rotor layout (1 flat; coaxial "
                               "stacked pairs 1.16-1.28, physics.rotor_terms.COAXIAL_FACTORS)"),
    "thrust_coefficient": Variable("", "", False, (0.002, 0.05), "rotor thrust coefficient"),
    "loaded_rpm_fraction": Variable("", "", False, (0.3, 1.0),
                                    "full-throttle loaded / no-load speed"),
    "avionics_power": Variable("W", "W", False, (0.0, 1e4), "flight controller, radio, payload"),
    "leg_speed": Variable("m/s", "km/h", False, (0.0, 100.0), "airspeed of a stated leg"),
    "leg_distance": Variable("m", "km", False, (0.0, 1e6), "distance of a stated leg"),
    "leg_payload": Variable("kg", "kg", False, (0.0, 300.0),
                            "payload of a stated leg (its distance claim's own)"),
}
#: Most legs a mission (a statement about several legs flown on one charge) sums.
MISSION_LEGS = 6
#: The legs of a mission, numbered in the order the statement names them: ``leg1_distance``,
#: ``leg1_speed``, ``leg1_payload``, ... (dronecalc.claims.mission).
VARIABLES.update({f"leg{k}_{name}": Variable(VARIABLES[f"leg_{name}"].unit,
                                             VARIABLES[f"leg_{name}"].display, False,
                                             VARIABLES[f"leg_{name}"].limits,
                                             f"{name} of leg {k} of a stated mission")
                  for k in range(1, MISSION_LEGS + 1) for name in ("distance", "speed",
                                                                   "payload")})

#: Inputs whose limits are the reach of the model, not of physics: the size of the machine
#: (masses, battery, rotors, drive), where it flies and a stated leg. A stated value past
#: them (a 339 kg multirotor: the model takes 0.01-300 kg without payload) is a machine
#: dronecalc cannot judge, so ``check`` gives each claim "not judged" with the reason
#: (:class:`dronecalc.errors.BeyondModelError`). The other limits are physical (an
#: efficiency above 1, a share above 1, a percentile outside 0-1): a value past them is a
#: misreading and stays an error.
REACH = frozenset({
    "rotors", "rotor_diameter", "mass", "takeoff_mass", "empty_mass", "payload",
    "battery_energy", "battery_capacity", "battery_voltage", "cells", "packs", "battery_mass",
    "motor_kv", "air_temperature", "altitude", "leg_speed", "leg_distance", "leg_payload"})


def display_value(name: str, value: float) -> float:
    """An SI value of input ``name`` in its display unit."""
    var = VARIABLES[name]
    return float(Q_(value, var.unit).m_as(var.display)) if var.unit else float(value)
