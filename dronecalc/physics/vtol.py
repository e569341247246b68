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

A *hybrid* quadplane (``vtol-quadplane-piston``: the class of Latitude's, now Textron's, HQ
series, "four rotors on booms to get the plane up and down, while a pusher prop and traditional
wings carry it", whose HQ-60 flew more than 22 h, c4isrnet.com 2019-01-26) hovers on battery lift rotors and cruises on a piston engine burning fuel. Its two
energy stores are separate: the battery pays the vertical phases only,
:math:`E_{hover} \le E_{usable}` (else the machine cannot take off and land: no cruise), and
the fuel pays the cruise by Breguet's piston range and endurance with the BSFC
(:func:`.fixed_wing.breguet_range_piston`, Anderson 1999 ch. 5), the battery and the stopped
lift system carried as dead weight the whole way (the fuel fraction is the fuel over the
take-off mass *with* them) and the stopped rotors in the zero-lift drag. The flight time is
the cruise plus the hover time; the range is the cruise's (no distance is flown in hover).

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


#: How much more energy than its vertical phases take a hybrid's lift battery holds, where the
#: case states none: a GUESS (no maker's pack figure of a hybrid found; searched JOUAV CW-30/
#: CW-100, Penguin C Mk2 VTOL, Aerosonde HQ): 1 is a pack that just pays for them, 2 one that
#: also pays for an aborted landing and a second approach.
BATTERY_SIZING = {"value": 1.5, "range": (1.0, 2.0),
                  "source": "GUESS: the lift battery of a hybrid quadplane holds 1-2 x the "
                            "energy of its vertical phases (1: just enough; 2: a go-around's "
                            "reserve); no maker's pack figure of a hybrid found"}

#: The mass penalty of carrying both propulsion systems: the stopped lift system (four motors
#: and controllers for the hover power, propellers, booms) / take-off mass. A GUESS: motors and
#: controllers at 2-4 kW/kg for the 4-6 kW a 29 kg quadplane hovers on, plus booms and
#: propellers; no measured breakdown found. The engine uses it in the empty-mass constraint.
LIFT_SYSTEM_FRACTION = {"value": 0.1, "range": (0.06, 0.15),
                        "source": "GUESS: lift motors, controllers, propellers and booms / "
                                  "take-off mass (2-4 kW/kg for the hover power, plus booms and "
                                  "propellers); no measured breakdown found"}
#: The hybrid's guessed defaults, by engine input name (priors.fixed_wing draws them).
HYBRID_GUESSES = {"battery_sizing": BATTERY_SIZING, "lift_system_fraction": LIFT_SYSTEM_FRACTION}


def hybrid_battery_energy(hover_energy_needed, sizing, usable_fraction):
    """Nominal energy [J] of a lift battery sized for the hover: ``sizing`` x the energy of
    the vertical phases [J] over the share of the pack that can be drawn."""
    return _a(hover_energy_needed) * _a(sizing) / _a(usable_fraction)


def hybrid_fuel_mass(store_mass, battery_energy, specific_energy):
    """Fuel [kg] of a hybrid whose energy stores (fuel + lift battery) weigh ``store_mass``
    [kg]: what the battery (``battery_energy`` [J] at ``specific_energy`` [J/kg]) leaves, never
    below 0. The energy split of the hybrid: a longer hover needs a heavier battery, which
    leaves less fuel for the cruise at the same take-off mass."""
    return np.maximum(_a(store_mass) - _a(battery_energy) / _a(specific_energy), 0.0)


def hybrid_endurance(fuel_mass, battery_usable_energy, mass, air_density, wing_area,
                     zero_lift_drag, induced_factor, propeller_efficiency, bsfc, lift_rotors,
                     rotor_diameter, figure_of_merit, drive_efficiency,
                     hover_time=HOVER_TIME["value"]):
    r"""Flight time [s] of a hybrid quadplane: battery hover phases plus a piston cruise.

    The cruise is Breguet's piston endurance at the minimum-power lift coefficient
    :math:`C_L = \sqrt{3 C_{D0}/K}` on ``fuel_mass`` [kg] burnt from the take-off ``mass``
    [kg] (battery and lift system aboard); ``bsfc`` in kg/J. The vertical phases take
    ``hover_time`` [s] on the battery: where its ``battery_usable_energy`` [J] cannot pay for
    them (:func:`hover_energy`) the machine cannot fly the mission, and the result is 0.
    ``zero_lift_drag`` must include the stopped lift rotors and booms. No stall cap here (the
    engine's physics adds it, as for the pure piston wing).
    """
    m = _a(mass)
    zeta = np.clip(_a(fuel_mass) / m, 0.0, 0.99)
    cd0, k = _a(zero_lift_drag), _a(induced_factor)
    cl = np.sqrt(3.0 * cd0 / k)
    cruise = fw.breguet_endurance_piston(cl, fw.drag_coefficient(cl, cd0, k),
                                         propeller_efficiency, bsfc, air_density, wing_area,
                                         m, zeta)
    ok = _a(battery_usable_energy) >= hover_energy(m, air_density, lift_rotors, rotor_diameter,
                                                   figure_of_merit, drive_efficiency,
                                                   hover_time)
    return np.where(ok, cruise + _a(hover_time), 0.0)


def hybrid_range(fuel_mass, battery_usable_energy, mass, air_density, zero_lift_drag,
                 induced_factor, propeller_efficiency, bsfc, lift_rotors, rotor_diameter,
                 figure_of_merit, drive_efficiency, hover_time=HOVER_TIME["value"]):
    r"""Still-air cruise distance [m] of a hybrid quadplane: Breguet's piston range at the
    best-range lift coefficient (L/D max) on ``fuel_mass`` [kg], 0 where the battery cannot pay
    for the vertical phases (as :func:`hybrid_endurance`)."""
    m = _a(mass)
    zeta = np.clip(_a(fuel_mass) / m, 0.0, 0.99)
    cruise = fw.breguet_range_piston(fw.max_lift_to_drag(zero_lift_drag, induced_factor),
                                     propeller_efficiency, bsfc, zeta)
    ok = _a(battery_usable_energy) >= hover_energy(m, air_density, lift_rotors, rotor_diameter,
                                                   figure_of_merit, drive_efficiency,
                                                   hover_time)
    return np.where(ok, cruise, 0.0)


def full_thrust_power(mass, thrust_to_weight, disk_area, figure_of_merit, air_density=1.225):
    r"""Shaft power [W] of rotors giving their full static thrust, :math:`T = r m g`.

    .. math:: P = \frac{T^{3/2}}{\sqrt{2 \rho A}\,FM}
              = \frac{r^{3/2}\, m g}{FM} \sqrt{\frac{DL}{2 \rho}}, \qquad DL = \frac{m g}{A}

    (momentum theory with a figure of merit, as :func:`hover_power`: Leishman 2006 ch. 2;
    the power is the same for any number of equal rotors sharing the disk area). For a
    tailsitter, which flies its cruise on the rotors it hovers on, this is the most power its
    motors are built to give: the power available in cruise (issue #13, vtolspeed), with
    ``thrust_to_weight`` :math:`r` the full-throttle thrust over the weight at take-off mass
    ``mass`` [kg], ``disk_area`` :math:`A` [m^2] the rotors' total disk, ``figure_of_merit``
    :math:`FM` [-] and ``air_density`` [kg/m^3] (sea level, where a rating is measured).

    >>> round(float(full_thrust_power(5.0, 1.0, 5.0 * 9.80665 / 196.133, 1.0)), 1)  # r = 1
    438.7
    """
    thrust = _a(thrust_to_weight) * _a(mass) * _G
    return _hover_power(thrust, _a(air_density), _a(disk_area), _a(figure_of_merit))
