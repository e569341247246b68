"""The inputs of the fixed-wing engine (:mod:`dronecalc.engine.fixed_wing`, which re-exports
them): each one's SI unit, display unit and scale, and meaning. The report's glossary gives each
a plain name (tests/test_ux5.py)."""
from __future__ import annotations

from dataclasses import dataclass

from ..physics.rotor import _G
from .fixed_wing_power import MOTOR_PERCENTILE, PERCENTILE, ROTOR_RATIO
from .fixed_wing_stall_wing import MEANING as STALL_WING_MEANING, SPEED as STALL_WING


@dataclass(frozen=True)
class Variable:
    """SI unit, display unit, display scale (SI / scale = display) and meaning."""

    unit: str
    display: str
    scale: float
    meaning: str
    integer: bool = False


#: Every fixed-wing input the engine understands.
VARIABLES: dict[str, Variable] = {
    "takeoff_mass": Variable("kg", "kg", 1.0, "take-off mass with payload and fuel/battery"),
    "payload": Variable("kg", "kg", 1.0, "payload (a warhead is a payload)"),
    "wingspan": Variable("m", "m", 1.0, "wingspan"),
    "aspect_ratio": Variable("", "", 1.0, "aspect ratio b^2/S"),
    "wing_area": Variable("m^2", "m^2", 1.0, "wing area"),
    "zero_lift_drag": Variable("", "", 1.0, "zero-lift drag coefficient C_D0"),
    "oswald_offset": Variable("", "", 1.0, "span efficiency minus Raymer's e(AR)"),
    "oswald_efficiency": Variable("", "", 1.0, "span (Oswald) efficiency e"),
    "max_lift_coefficient": Variable("", "", 1.0, "C_L,max"),
    "propeller_efficiency": Variable("", "", 1.0, "propeller efficiency"),
    "engine_power": Variable("W", "kW", 1000.0, "maximum shaft power at sea level"),
    PERCENTILE: Variable("%", "%", 1.0, "percentile of an inferred engine power at the mass"),
    MOTOR_PERCENTILE: Variable("%", "%", 1.0, "percentile of an inferred electric motor power "
                               "at the mass"),
    ROTOR_RATIO: Variable("", "", 1.0, "tailsitter: full-throttle thrust of its rotors / weight "
                          "at the take-off mass (sets the motors' power)"),
    "bsfc": Variable("kg/J", "g/kWh", 1.0 / 3.6e9, "brake-specific fuel consumption"),
    "fuel_fraction": Variable("", "", 1.0, "fuel burnt / take-off mass"),
    "fuel_mass": Variable("kg", "kg", 1.0, "fuel mass"),
    "thrust": Variable("N", "N", 1.0, "jet: static sea-level thrust"),
    "tsfc": Variable("kg/(N s)", "kg/(N h)", 1 / 3600, "jet: static thrust-specific fuel "
                     "consumption"),
    "tsfc_mach_factor": Variable("", "", 1.0, "jet: TSFC rise per unit Mach number"),
    "battery_energy": Variable("J", "Wh", 3600.0, "nominal battery energy"),
    "battery_fraction": Variable("", "", 1.0, "battery mass / take-off mass"),
    "battery_mass": Variable("kg", "kg", 1.0, "mass of all packs (stated, or the mass budget's: "
                             "take-off mass less empty mass and payload)"),
    "specific_energy": Variable("J/kg", "Wh/kg", 3600.0, "pack specific energy"),
    "usable_fraction": Variable("", "", 1.0, "share of battery energy drawn"),
    "drive_efficiency": Variable("", "", 1.0, "motor x controller efficiency"),
    "altitude": Variable("m", "m", 1.0, "cruise altitude (ISA)"),
    "reserve": Variable("", "", 1.0, "share of the usable fuel or battery energy left at "
                        "landing (a claim's own reserve)"),
    "headwind": Variable("m/s", "km/h", 1 / 3.6, "headwind all the way (a range claim's own): "
                         "the ground speed is the airspeed less it"),
    "critical_altitude": Variable("m", "m", 1.0, "turbocharged engine: rated power held to"),
    "ceiling_fuel_burnt": Variable("", "", 1.0, "share of the fuel burnt when the ceiling is "
                                   "reached (the ceiling's weight)"),
    "lift_disk_loading": Variable("N/m^2", "kg/m^2", _G, "weight / total lift-rotor disk "
                                  "area"),
    "lift_disk_area": Variable("m^2", "m^2", 1.0, "total lift-rotor disk area (the airframe's: "
                               "sized at the case's take-off mass, kept for a claim's payload)"),
    "claim_payload": Variable("kg", "kg", 1.0, "a claim's own payload, instead of the case's: "
                              "the airframe (its fuel or battery, its lift rotors) as the case's "
                              "machine, the payload swapped"),
    "figure_of_merit": Variable("", "", 1.0, "hover figure of merit of the lift rotors"),
    "hover_time": Variable("s", "s", 1.0, "take-off plus landing hover time"),
    "extra_drag": Variable("", "", 1.0, "zero-lift drag of the stopped lift system"),
    "battery_sizing": Variable("", "", 1.0, "hybrid quadplane: lift-battery energy / the "
                               "energy of its vertical phases"),
    "lift_system_fraction": Variable("", "", 1.0, "hybrid quadplane: lift motors, controllers, "
                                     "propellers and booms / take-off mass"),
    "cruise_calibration": Variable("", "", 1.0, "factor on the cruise eta L/D over the held "
                                   "priors' (an exact factor; the benchmark's folds)"),
    "calibration_percentile": Variable("%", "%", 1.0, "percentile of the kind's calibrated "
                                       "cruise eta L/D (its predictive distribution, fitted "
                                       "on data/fixed_wing.toml)"),
    "stall_speed_low": Variable("m/s", "km/h", 1 / 3.6, "lowest stall speed the stated "
                                "stall_speed allows (its low end less STALL_TOLERANCE)"),
    "stall_speed_high": Variable("m/s", "km/h", 1 / 3.6, "highest stall speed the stated "
                                 "stall_speed allows (its high end plus STALL_TOLERANCE)"),
    STALL_WING: Variable("m/s", "km/h", 1 / 3.6, STALL_WING_MEANING),
    "fuel_fraction_low": Variable("", "", 1.0, "lowest fuel / take-off mass a stated fuel "
                                  "allows (claims.fixed_wing_fuel)"),
    "fuel_fraction_high": Variable("", "", 1.0, "highest fuel / take-off mass a stated fuel "
                                   "allows (claims.fixed_wing_fuel)"),
}
