r"""VTOL fixed wings (quadplanes): hover take-off and landing on lift rotors, wing-borne cruise.

A quadplane carries two propulsion systems: electric lift rotors used only for the vertical
phases, and the cruise propulsion of a fixed wing. The energy of one flight is

    E = E_hover + E_cruise,   E_hover = n P_hover,rotor t_hover / eta_drive

with the rotor's hover power from momentum theory and the figure of merit
(:func:`dronecalc.physics.rotor._hover_power`, Leishman 2006 ch. 2) and the cruise from the
fixed-wing polar (:mod:`dronecalc.physics.fixed_wing`), flown with the stopped lift rotors
and their booms adding to the zero-lift drag. The *mass penalty* is the lift system's mass
(motors, controllers, propellers, booms), carried through the whole cruise: for the same
take-off mass it is battery, fuel or payload that the pure fixed wing would carry instead.

A tailsitter hovers on its cruise propellers; the same energy split applies with the cruise
propellers as the rotors, but its transition is not modelled here.

References
----------
.. [Leishman2006] Leishman, J. G. (2006). *Principles of Helicopter Aerodynamics*, 2nd ed.
   Cambridge University Press. Ch. 2 (hover and axial climb by momentum theory).
.. [Anderson1999] Anderson, J. D. (1999). *Aircraft Performance and Design*. McGraw-Hill,
   ch. 5 (the cruise, as in :mod:`.fixed_wing`).
.. [Bershadsky2016] Bershadsky, D., Haviland, S. & Johnson, E. N. (2016). Electric
   multirotor UAV propulsion system sizing for performance prediction and design
   optimization. AIAA SciTech, AIAA 2016-0581. doi:10.2514/6.2016-0581 (hover power of
   small electric rotors from momentum theory with a figure of merit).
"""
from __future__ import annotations

import numpy as np

from . import fixed_wing as fw
from .rotor import _G, _disk_area, _hover_power

#: Time spent hovering in one flight, take-off plus landing including the transitions [s].
HOVER_TIME = {"value": 90.0, "range": (40.0, 180.0),
              "source": "GUESS: about 20-60 s of vertical climb/descent and 10-30 s of "
                        "transition each way for small electric quadplanes; no measured "
                        "source found"}


def _a(x):
    return np.asarray(x, dtype=float)


def hover_power(mass, air_density, lift_rotors, rotor_diameter, figure_of_merit,
                drive_efficiency):
    """Electrical power [W] of the lift rotors holding ``mass`` [kg] in hover.

    ``lift_rotors`` rotors of ``rotor_diameter`` [m] share the weight; each needs the
    momentum-theory hover power divided by its figure of merit (rotor model), and the motors
    and controllers deliver it at ``drive_efficiency``.
    """
    n = _a(lift_rotors)
    thrust = _a(mass) * _G / n
    shaft = _hover_power(thrust, _a(air_density), _disk_area(_a(rotor_diameter)),
                         _a(figure_of_merit))
    return n * shaft / _a(drive_efficiency)


def hover_energy(mass, air_density, lift_rotors, rotor_diameter, figure_of_merit,
                 drive_efficiency, hover_time=HOVER_TIME["value"]):
    """Battery energy [J] of the vertical phases: hover power x ``hover_time`` [s]."""
    return hover_power(mass, air_density, lift_rotors, rotor_diameter, figure_of_merit,
                       drive_efficiency) * _a(hover_time)


def lift_system_mass(takeoff_mass, lift_system_fraction):
    """The mass penalty [kg]: lift motors, controllers, propellers and booms, carried in
    cruise as dead weight (``lift_system_fraction`` of the take-off mass)."""
    return _a(takeoff_mass) * _a(lift_system_fraction)


def quadplane_endurance(usable_energy, mass, air_density, wing_area, zero_lift_drag,
                        induced_factor, max_lift_coefficient, propulsive_efficiency,
                        lift_rotors, rotor_diameter, figure_of_merit, drive_efficiency,
                        hover_time=HOVER_TIME["value"], avionics_power=0.0,
                        stall_margin=fw.STALL_MARGIN["value"]):
    """Flight time [s] of an electric quadplane: the hover phases, then cruise at the
    best-endurance speed on what energy is left (0 cruise when hover takes it all).

    ``zero_lift_drag`` must include the stopped lift rotors and booms.
    """
    e_hover = hover_energy(mass, air_density, lift_rotors, rotor_diameter, figure_of_merit,
                           drive_efficiency, hover_time)
    v = fw.best_endurance_speed(mass, air_density, wing_area, zero_lift_drag, induced_factor,
                                max_lift_coefficient, stall_margin)
    p = fw.power_required(mass, v, air_density, wing_area, zero_lift_drag, induced_factor)
    left = np.maximum(_a(usable_energy) - e_hover, 0.0)
    return fw.electric_endurance(left, p, propulsive_efficiency, avionics_power) + _a(hover_time)


def quadplane_range(usable_energy, mass, air_density, wing_area, zero_lift_drag,
                    induced_factor, max_lift_coefficient, propulsive_efficiency, lift_rotors,
                    rotor_diameter, figure_of_merit, drive_efficiency,
                    hover_time=HOVER_TIME["value"], avionics_power=0.0,
                    stall_margin=fw.STALL_MARGIN["value"]):
    """Still-air cruise distance [m] of an electric quadplane at the best-range speed, after
    the energy of the hover phases (none is flown horizontally in hover)."""
    e_hover = hover_energy(mass, air_density, lift_rotors, rotor_diameter, figure_of_merit,
                           drive_efficiency, hover_time)
    v = fw.best_range_speed(mass, air_density, wing_area, zero_lift_drag, induced_factor,
                            max_lift_coefficient, stall_margin)
    p = fw.power_required(mass, v, air_density, wing_area, zero_lift_drag, induced_factor)
    left = np.maximum(_a(usable_energy) - e_hover, 0.0)
    return fw.electric_range(left, p, propulsive_efficiency, v, avionics_power)
