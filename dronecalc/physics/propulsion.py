"""Electric drive: motor and ESC efficiency, Kv and RPM, tip speed and Mach, thrust ceiling.

Private functions work on SI floats and numpy arrays (angular speed in rad/s, Kv in
rad/s/V); public functions take Quantities (``Q_(320, "Kv")`` = 320 rpm/V, ``"6S"`` ...)
and return Quantities.

References
----------
.. [Hanselman2006] Hanselman, D. (2006). *Brushless Motors: Magnetic Design, Performance,
   and Control of BLDC-Motors*. E-Man Press. (Back-EMF constant, Kv = 1/Ke; speed under
   load falls by I R / Ke.)
.. [Leishman2006] Leishman, J. G. (2006). *Principles of Helicopter Aerodynamics*, 2nd ed.
   Cambridge University Press. Sec. 2.6 (thrust coefficient), 2.7 (figure of merit).
.. [Bauersfeld2022] Bauersfeld, L. & Scaramuzza, D. (2022). IEEE RA-L 7(2), 2953-2960.
   doi:10.1109/LRA.2022.3145063 (motor efficiency maps of multicopter drives).
.. [Brandt2011] Brandt, J. B. & Selig, M. S. (2011). Propeller performance data at low
   Reynolds numbers. AIAA 2011-1255. doi:10.2514/6.2011-1255.
"""
from __future__ import annotations

import numpy as np

from ..errors import InputValueError, ModelError
from .rotor import _C_T, _G, _disk_area
from ..intake.quantity import quantity_api
from ..intake.units import Q_, to_si

#: Drive-train efficiencies (shaft power / electrical power), value, range, source.
DRIVE_EFFICIENCY = {
    "motor": {"value": 0.85, "range": (0.75, 0.92),
              "source": "Outrunner BLDC motors near their best operating point; Bauersfeld & "
                        "Scaramuzza 2022 report measured motor efficiencies of this order. "
                        "Range: judgement over maker test sheets; hover often sits below the "
                        "best-efficiency current of over-sized motors."},
    "esc": {"value": 0.95, "range": (0.90, 0.98),
            "source": "Estimate: MOSFET conduction and switching losses of drone ESCs; no "
                      "single source."},
}

#: Loaded / no-load speed at full throttle [-]: the I R drop under load. Rule of thumb.
LOADED_RPM_FRACTION = {"value": 0.85, "range": (0.75, 0.92),
                       "source": "Rule of thumb from hobby practice (loaded RPM 80-90 % of "
                                 "Kv x V); follows from n = Kv (V - I R) (Hanselman 2006). "
                                 "No measured source for one motor."}

#: Thrust-to-weight ratio at full throttle needed for controlled flight [-].
THRUST_TO_WEIGHT = {
    "minimum": {"value": 1.5,
                "source": "Rule of thumb: below ~1.5 too little margin for attitude control "
                          "and gusts; no formal source found."},
    "recommended": {"value": 2.0,
                    "source": "Rule of thumb widely used by builders (hover at ~50 % "
                              "throttle); no formal source found."},
}

#: Full-throttle tip Mach number above which a build is taken as one no designer flies [-]:
#: a design filter (judgement). It was 0.7 (the rule of thumb that noise and compressibility
#: losses climb from about 0.7-0.8, Leishman 2006 sec. 2.7, for full-scale rotors), which
#: rejected common FPV builds: by this filter's own arithmetic (nominal 3.7 V a cell, loaded
#: speed 0.85 x Kv x V, 15 degC) the builders' recommended set-ups reach 0.62-0.84: 5 in on 6S
#: at 1,750-1,950 Kv 0.65-0.72 (rotortechhq.com/fpv-motor-selection-guide), 6 in on 6S at
#: 1,700-1,900 Kv 0.75-0.84 and 7 in on 4S at 2,000-2,300 Kv 0.69-0.79 (the frame-size table
#: of rafdyfpv.blogspot.com/2025/03/fpv-drone-motor-selection-guide-easily.html). 0.9 keeps
#: them on a cold day (0.86 at 0 degC for the 6 in build) and drops only tips near sonic.
TIP_MACH_LIMIT = {"value": 0.9, "source": "Judgement above the 0.62-0.84 that FPV builders' "
                                          "recommended motor, cell and propeller sets reach "
                                          "(rotortechhq.com FPV motor selection guide; "
                                          "rafdyfpv.blogspot.com motor selection table); "
                                          "compressibility losses appear from 0.7-0.8 "
                                          "(Leishman 2006 sec. 2.7, full-scale rotors)."}


#: Static thrust ceiling models selectable with ``method=``.
THRUST_CEILING_MODELS = {
    "kv": "n C_T rho A (Omega_max R)^2 with Omega_max = loaded fraction x Kv x V.",
    "power": "n (P_shaft,max FM sqrt(2 rho A))^(2/3): momentum theory at full electrical "
             "power.",
}


# ---------------------------------------------------------------- SI core

def _drive_efficiency(motor=0.85, esc=0.95):
    """Motor x ESC efficiency [-]."""
    return np.asarray(motor, dtype=float) * esc


def _no_load_speed(kv, voltage):
    """No-load angular speed [rad/s] = Kv [rad/s/V] x voltage [V]."""
    return np.asarray(kv, dtype=float) * voltage


def _loaded_speed(kv, voltage, loaded_fraction=LOADED_RPM_FRACTION["value"]):
    """Full-throttle angular speed under load [rad/s]."""
    return _no_load_speed(kv, voltage) * loaded_fraction


def _tip_speed(angular_speed, rotor_diameter):
    """Blade tip speed [m/s] = Omega [rad/s] x D / 2 [m]."""
    return np.asarray(angular_speed, dtype=float) * 0.5 * np.asarray(rotor_diameter, dtype=float)


def _tip_mach(tip_speed, speed_of_sound, airspeed=0.0):
    """Advancing-tip Mach number [-]: (tip speed + airspeed) / speed of sound."""
    return (np.asarray(tip_speed, dtype=float) + airspeed) / speed_of_sound


def _thrust_ceiling_kv(kv, voltage, rotor_diameter, rotors, air_density,
                       thrust_coefficient=_C_T, loaded_fraction=LOADED_RPM_FRACTION["value"]):
    """Static thrust [N] of all rotors at full-throttle loaded speed."""
    tip = _tip_speed(_loaded_speed(kv, voltage, loaded_fraction), rotor_diameter)
    return rotors * thrust_coefficient * air_density * _disk_area(rotor_diameter) * tip ** 2


def _thrust_ceiling_power(electrical_power, drive_efficiency, figure_of_merit, rotor_diameter,
                          rotors, air_density):
    """Static thrust [N] of all rotors at a total electrical power [W] (momentum theory)."""
    shaft = np.asarray(electrical_power, dtype=float) * drive_efficiency / rotors
    area = _disk_area(rotor_diameter)
    return rotors * (shaft * figure_of_merit * np.sqrt(2.0 * air_density * area)) ** (2.0 / 3.0)


def _thrust_to_weight(max_thrust, mass):
    """Full-throttle thrust [N] / weight [N] [-]."""
    return np.asarray(max_thrust, dtype=float) / (np.asarray(mass, dtype=float) * _G)


# ---------------------------------------------------------------- public Quantity API

def _kv(kv):
    return to_si(kv, "rad/s/V", "motor_kv", positive=True)


def drive_efficiency(motor=DRIVE_EFFICIENCY["motor"]["value"],
                     esc=DRIVE_EFFICIENCY["esc"]["value"]):
    r"""Drive-train efficiency, shaft power over electrical power drawn from the pack.

    Parameters
    ----------
    motor : float
        Motor efficiency [-] (``DRIVE_EFFICIENCY["motor"]``).
    esc : float
        ESC efficiency [-] (``DRIVE_EFFICIENCY["esc"]``).

    Returns
    -------
    Quantity
        :math:`\eta_d = \eta_m \eta_{esc}` [-]. Wiring losses are folded into the motor value.
    """
    m = to_si(motor, "", "motor")
    e = to_si(esc, "", "esc")
    if np.any(np.asarray(m) > 1) or np.any(np.asarray(e) > 1):
        raise InputValueError("efficiency above 1", field="motor/esc", value=(motor, esc),
                              expected="0 <= efficiency <= 1")
    return Q_(_drive_efficiency(m, e), "")


def no_load_rpm(kv, voltage):
    r"""No-load motor speed from its velocity constant and the supply voltage [Hanselman2006]_.

    Parameters
    ----------
    kv : Quantity or str
        Motor velocity constant [rpm/V] (``Q_(320, "Kv")``).
    voltage : Quantity or str
        Supply (pack) voltage [V].

    Returns
    -------
    Quantity
        No-load speed :math:`n_0 = K_v V` [rpm].

    Notes
    -----
    Ideal BLDC motor: back-EMF equals the supply voltage at no load. Real no-load speed is
    a few percent lower (friction, no-load current).

    Examples
    --------
    >>> from dronecalc.units import Q_
    >>> round(no_load_rpm(Q_(320, "Kv"), Q_(22.2, "V")).m)
    7104
    """
    return Q_(_no_load_speed(_kv(kv), to_si(voltage, "V", "voltage")), "rad/s").to("rpm")


def loaded_rpm(kv, voltage, loaded_fraction=LOADED_RPM_FRACTION["value"]):
    r"""Full-throttle motor speed under propeller load.

    Parameters
    ----------
    kv : Quantity or str
        Motor velocity constant [rpm/V].
    voltage : Quantity or str
        Pack voltage [V].
    loaded_fraction : float
        Loaded / no-load speed [-] (``LOADED_RPM_FRACTION``, a rule of thumb).

    Returns
    -------
    Quantity
        :math:`n = f K_v V` [rpm]; physically :math:`K_v (V - I R)` (Hanselman 2006).
    """
    f = to_si(loaded_fraction, "", "loaded_fraction", positive=True)
    return Q_(_loaded_speed(_kv(kv), to_si(voltage, "V", "voltage"), f), "rad/s").to("rpm")


@quantity_api(_tip_speed, positive=("rotor_diameter",))
def tip_speed(rotation_speed, rotor_diameter):
    r"""Blade tip speed of a rotor.

    Parameters
    ----------
    rotation_speed : Quantity or str
        Rotor speed [rad/s] (any angular speed, e.g. ``"7100 rpm"``).
    rotor_diameter : Quantity or str
        Rotor diameter [m].

    Returns
    -------
    Quantity
        :math:`V_{tip} = \Omega D / 2` [m/s].
    """


@quantity_api(_tip_mach, positive=("speed_of_sound",))
def tip_mach(tip_speed, speed_of_sound=Q_(340.294, "m/s"), airspeed=Q_(0.0, "m/s")):
    r"""Tip Mach number, optionally of the advancing tip in forward flight.

    Parameters
    ----------
    tip_speed : Quantity or str
        Blade tip speed [m/s].
    speed_of_sound : Quantity or str
        Speed of sound [m/s], see :func:`dronecalc.atmosphere.speed_of_sound`.
    airspeed : Quantity or str
        Forward airspeed added at the advancing tip [m/s].

    Returns
    -------
    Quantity
        :math:`M = (V_{tip} + V)/a` [-]. Compare with ``TIP_MACH_LIMIT`` (0.9).
    """


def static_thrust_ceiling(rotor_diameter, rotors=4, air_density=Q_(1.225, "kg/m^3"), *,
                          method="kv", kv=None, voltage=None,
                          thrust_coefficient=_C_T, loaded_fraction=LOADED_RPM_FRACTION["value"],
                          electrical_power=None, drive_efficiency=0.80, figure_of_merit=0.65):
    r"""Maximum static thrust of all rotors together, to catch a payload that cannot be lifted.

    Parameters
    ----------
    rotor_diameter : Quantity or str
        Rotor diameter [m].
    rotors : int
        Number of rotors [-].
    air_density : Quantity or str
        Air density [kg/m^3].
    method : str
        ``"kv"``: from full-throttle RPM (needs ``kv`` and ``voltage``);
        ``"power"``: from maximum electrical power (needs ``electrical_power``).
    kv : Quantity or str
        Motor velocity constant [rpm/V] (method "kv").
    voltage : Quantity or str
        Pack voltage under load [V] (method "kv").
    thrust_coefficient : float
        :math:`C_T = T/(\rho A (\Omega R)^2)` [-], default 0.012 (``ROTOR_PARAMETERS``).
    loaded_fraction : float
        Loaded / no-load RPM [-] (method "kv").
    electrical_power : Quantity or str
        Maximum electrical power of all drives together [W] (method "power").
    drive_efficiency : float
        Motor x ESC efficiency [-] (method "power").
    figure_of_merit : float
        Static figure of merit [-] (method "power").

    Returns
    -------
    Quantity
        Total static thrust [N].

    Notes
    -----
    ``kv``: :math:`T_{max} = n C_T \rho A (\Omega_{max} R)^2`,
    :math:`\Omega_{max} = f K_v V` (Leishman 2006 eq. 2.3 definition of C_T). Assumes the
    motor can hold the loaded speed with that propeller (enough torque and current); a
    motor too small for the propeller reaches a lower speed, so this is an upper estimate.
    ``power``: inverts :math:`P = T^{3/2}/(FM\sqrt{2\rho A})` per rotor (Leishman 2006,
    eq. 2.63).
    """
    d = to_si(rotor_diameter, "m", "rotor_diameter", positive=True)
    n = to_si(rotors, "", "rotors", positive=True)
    rho = to_si(air_density, "kg/m^3", "air_density", positive=True)
    if method == "kv":
        if kv is None or voltage is None:
            raise InputValueError("method 'kv' needs kv and voltage", field="kv", value=kv,
                                  expected="kv and voltage Quantities")
        t = _thrust_ceiling_kv(_kv(kv), to_si(voltage, "V", "voltage", positive=True), d, n,
                               rho, to_si(thrust_coefficient, "", "thrust_coefficient",
                                          positive=True),
                               to_si(loaded_fraction, "", "loaded_fraction", positive=True))
    elif method == "power":
        if electrical_power is None:
            raise InputValueError("method 'power' needs electrical_power",
                                  field="electrical_power", value=None, expected="a power")
        t = _thrust_ceiling_power(to_si(electrical_power, "W", "electrical_power"),
                                  to_si(drive_efficiency, "", "drive_efficiency"),
                                  to_si(figure_of_merit, "", "figure_of_merit"), d, n, rho)
    else:
        raise ModelError("unknown thrust ceiling model", field="method", value=method,
                         expected=f"one of {sorted(THRUST_CEILING_MODELS)}")
    return Q_(t, "N")


def thrust_to_weight(max_thrust, mass):
    r"""Full-throttle thrust-to-weight ratio.

    Parameters
    ----------
    max_thrust : Quantity or str
        Total static thrust [N] (e.g. from :func:`static_thrust_ceiling`).
    mass : Quantity or str
        Take-off mass [kg].

    Returns
    -------
    Quantity
        :math:`T_{max}/(m g)` [-]. Below 1 the machine cannot hover; controlled flight
        needs about 1.5-2 (``THRUST_TO_WEIGHT``, a rule of thumb).
    """
    t = to_si(max_thrust, "N", "max_thrust")
    m = to_si(mass, "kg", "mass", positive=True)
    return Q_(_thrust_to_weight(t, m), "")
