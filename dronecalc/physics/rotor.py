"""Rotor aerodynamics: actuator-disk momentum theory in hover, climb and forward flight.

Private functions work on SI floats and numpy arrays of any broadcastable shape, with no
per-sample Python loop and no pint inside. Public functions take Quantities (or figure
strings) and return Quantities.

The forward-flight model is the classical energy method for a rotor (Leishman 2006, ch. 5),
as applied to multicopters by Bauersfeld & Scaramuzza (2022):

    P = n (kappa T v_i + P0 (1 + K mu^2)) + D V

with the induced velocity ``v_i`` from Glauert's inflow equation, the profile power ``P0``
in hover derived from the figure of merit, and the parasite power ``D V = rho f V^3 / 2``.

References
----------
.. [Leishman2006] Leishman, J. G. (2006). *Principles of Helicopter Aerodynamics*, 2nd ed.
   Cambridge University Press. ISBN 978-0-521-85860-1. Ch. 2 (momentum theory, figure of
   merit, climb), ch. 5 (forward-flight performance, profile power factor K = 4.65).
.. [Johnson1980] Johnson, W. (1980). *Helicopter Theory*. Princeton University Press
   (Dover reprint 1994, ISBN 0-486-68230-7). Sec. 4.1 (Glauert inflow), 5.1.
.. [Glauert1926] Glauert, H. (1926). A general theory of the autogyro. ARC R&M 1111.
.. [Bauersfeld2022] Bauersfeld, L. & Scaramuzza, D. (2022). Range, Endurance, and Optimal
   Speed Estimates for Multicopters. IEEE Robotics and Automation Letters 7(2), 2953-2960.
   doi:10.1109/LRA.2022.3145063, arXiv:2109.04741.
.. [Brandt2011] Brandt, J. B. & Selig, M. S. (2011). Propeller performance data at low
   Reynolds numbers. AIAA 2011-1255. doi:10.2514/6.2011-1255 (UIUC Propeller Data Site).
.. [Mahony2012] Mahony, R., Kumar, V. & Corke, P. (2012). Multirotor aerial vehicles:
   modeling, estimation, and control of quadrotor. IEEE Robotics & Automation Magazine
   19(3), 20-32. doi:10.1109/MRA.2012.2206474 (rotor drag: blade flapping and induced drag
   give an in-plane force proportional to thrust times in-plane airspeed).
.. [Faessler2018] Faessler, M., Franchi, A. & Scaramuzza, D. (2018). Differential flatness of
   quadrotor dynamics subject to rotor drag for accurate tracking of high-speed trajectories.
   IEEE Robotics and Automation Letters 3(2), 620-626. doi:10.1109/LRA.2017.2776353
   (linear rotor-drag model identified in flight).
.. [Russell2016] Russell, C., Jung, J., Willink, G. & Glasner, B. (2016). Wind tunnel and
   hover performance test results for multicopter UAS vehicles. AHS 72nd Annual Forum;
   NASA/TM-2018-219758. https://ntrs.nasa.gov/citations/20180003523
"""
from __future__ import annotations

import numpy as np

from ..errors import InputValueError
from ..intake.units import Q_, to_si

#: Rotor parameter defaults: value, plausible range and source.
ROTOR_PARAMETERS = {
    "figure_of_merit": {
        "value": 0.65, "range": (0.45, 0.80),
        "source": "Leishman 2006 sec. 2.7: 0.7-0.8 for full-scale rotors; small fixed-pitch "
                  "propellers at low Reynolds number measure 0.5-0.7 (Russell et al. 2016, "
                  "Brandt & Selig 2011).",
    },
    "induced_power_factor": {
        "value": 1.15, "range": (1.1, 1.25),
        "source": "Leishman 2006 sec. 2.7 and 5.4: kappa ~ 1.15 for hover and forward flight.",
    },
    "profile_power_factor": {
        "value": 4.65, "range": (4.5, 4.7),
        "source": "Leishman 2006 sec. 5.4: K in P0 (1 + K mu^2); 3 from the simple integral, "
                  "4.5-4.7 with radial flow and reversed-flow corrections (Bennett).",
    },
    "thrust_coefficient": {
        "value": 0.012, "range": (0.008, 0.016),
        "source": "C_T = T / (rho A (Omega R)^2). Static propeller data C_T,prop = T/(rho n^2 "
                  "D^4) ~ 0.08-0.12 for multirotor propellers (UIUC data, Brandt & Selig 2011) "
                  "times 4/pi^3; a conversion of typical values, not a fit to one propeller.",
    },
    "overlap_factor": {
        "value": 1.0, "range": (1.0, 1.3),
        "source": "Multiplies induced power. 1 for isolated rotors; Leishman 2006 sec. 4.4 "
                  "gives kappa_int ~ 1.16 for a coaxial rotor pair (theory 1.28 for coplanar "
                  "equal thrust, measured lower).",
    },
}

#: Rotor in-plane drag ("rotor drag", H-force beyond the profile term): D_r = c T V, so the
#: power lost is P_r = c T V^2 (T total thrust, V airspeed). The linear-in-thrust,
#: linear-in-speed form is the blade-flapping / induced-drag model of Mahony et al. (2012) and
#: Faessler et al. (2018); the value of ``c`` is fitted on the measured power curves of
#: ``data/power_curves.toml`` (``priors.calibration.fit_power_curves``, ``data/calibrated.toml``
#: [parameters.rotor_drag_coefficient]); 0 switches the term off.
ROTOR_DRAG = {
    "coefficient": {
        "value": 0.0, "unit": "s/m",
        "source": "0 = term off (the textbook energy method of Leishman 2006 ch. 5). The fitted "
                  "value and its spread are in data/calibrated.toml, fitted on published measured "
                  "power-vs-airspeed curves (data/power_curves.toml); form: Mahony et al. 2012, "
                  "Faessler et al. 2018.",
    },
}

#: Induced-power interference factor of a rotor layout, relative to the same rotors isolated
#: (multiplies the induced part of the power; see ``overlap_factor``). "coaxial": one rotor
#: of each stacked pair works in the other's wake.
COAXIAL_FACTORS = {
    "flat": {"value": 1.0, "range": (1.0, 1.0),
             "source": "Isolated rotors, no overlap (Leishman 2006 sec. 2.2): factor 1 by "
                       "definition; rotor-rotor interference of flat layouts neglected."},
    "coaxial": {"value": 1.22, "range": (1.16, 1.28),
                "source": "Leishman 2006 sec. 4.4 (coaxial rotor): momentum theory with the "
                          "lower rotor in the fully contracted wake of the upper, equal thrust, "
                          "gives kappa_int = 1.28 over two isolated rotors; the measured "
                          "coaxial data Leishman analyses there give about 1.16. Range = measured to ideal; value 1.22 = mid-range (judgement)."},
}

_G = 9.806_65   # standard gravity [m/s^2]
_KAPPA = ROTOR_PARAMETERS["induced_power_factor"]["value"]
_K_PROFILE = ROTOR_PARAMETERS["profile_power_factor"]["value"]
_C_T = ROTOR_PARAMETERS["thrust_coefficient"]["value"]

#: Newton iterations on Glauert's equation stop when every sample's step is below this
#: fraction of its hover induced velocity (or after _GLAUERT_MAX_ITER sweeps).
_GLAUERT_TOL = 1e-12
_GLAUERT_MAX_ITER = 60


# ---------------------------------------------------------------- SI core (floats, arrays)

def _disk_area(rotor_diameter):
    """Disk area [m^2] of a rotor of diameter [m]."""
    return 0.25 * np.pi * np.asarray(rotor_diameter, dtype=float) ** 2


def _hover_induced_velocity(thrust, air_density, disk_area):
    """Momentum-theory induced velocity in hover v_h = sqrt(T / (2 rho A)) [m/s]."""
    return np.sqrt(thrust / (2.0 * air_density * disk_area))


def _ideal_hover_power(thrust, air_density, disk_area):
    """Ideal (actuator disk) hover power T^1.5 / sqrt(2 rho A) [W] of one rotor."""
    return np.asarray(thrust, dtype=float) ** 1.5 / np.sqrt(2.0 * air_density * disk_area)


def _power_split(figure_of_merit, induced_power_factor=_KAPPA):
    """Induced factor and hover profile share so that hover power = ideal / FM.

    Returns ``(kappa_eff, profile_share)`` with ``P_hover = P_ideal (kappa_eff + share)``,
    ``share = 1/FM - kappa_eff`` and ``kappa_eff = min(kappa, 1/FM)`` so the share is never
    negative (a figure of merit above 1/kappa leaves no room for profile power).
    """
    inv_fm = 1.0 / np.asarray(figure_of_merit, dtype=float)
    kappa_eff = np.minimum(induced_power_factor, inv_fm)
    return kappa_eff, inv_fm - kappa_eff


def _hover_power(thrust, air_density, disk_area, figure_of_merit,
                 induced_power_factor=_KAPPA, overlap_factor=1.0):
    """Shaft power [W] of one rotor in hover: (kappa_eff * overlap + share) * P_ideal."""
    kappa_eff, share = _power_split(figure_of_merit, induced_power_factor)
    return _ideal_hover_power(thrust, air_density, disk_area) * (kappa_eff * overlap_factor
                                                                 + share)


def _climb_power(thrust, air_density, disk_area, climb_speed, figure_of_merit,
                 induced_power_factor=_KAPPA, overlap_factor=1.0):
    """Shaft power [W] of one rotor in axial climb at ``climb_speed`` [m/s] >= 0."""
    v_h = _hover_induced_velocity(thrust, air_density, disk_area)
    half = 0.5 * np.asarray(climb_speed, dtype=float)
    v_i = np.sqrt(half ** 2 + v_h ** 2) - half
    kappa_eff, share = _power_split(figure_of_merit, induced_power_factor)
    p_profile = share * thrust * v_h
    return thrust * climb_speed + kappa_eff * overlap_factor * thrust * v_i + p_profile


def _glauert_inflow(hover_induced_velocity, speed, tilt=0.0):
    """Induced velocity [m/s] solving Glauert's equation, vectorised Newton iteration.

    Solves ``v * sqrt((V cos a)^2 + (V sin a + v)^2) = v_h^2`` for ``v >= 0`` with
    ``a`` the forward (nose-down) disk tilt [rad], ``0 <= a < pi/2``. The left side is
    increasing and convex in ``v``, and is >= v_h^2 at ``v = v_h``, so Newton's method
    started at ``v_h`` decreases monotonically to the unique root.
    """
    v_h, V, a = np.broadcast_arrays(np.asarray(hover_induced_velocity, dtype=float),
                                    np.asarray(speed, dtype=float),
                                    np.asarray(tilt, dtype=float))
    vx = V * np.cos(a)
    vz = V * np.sin(a)
    target = v_h ** 2
    v = v_h.copy()
    scale = np.where(v_h > 0.0, v_h, 1.0)
    for _ in range(_GLAUERT_MAX_ITER):
        root = np.sqrt(vx ** 2 + (vz + v) ** 2)
        f = v * root - target
        df = root + v * (vz + v) / np.where(root > 0.0, root, 1.0)
        step = f / np.where(df > 0.0, df, 1.0)
        v = np.maximum(v - step, 0.0)
        if np.all(np.abs(step) <= _GLAUERT_TOL * scale):
            break
    return v


def _trim_tilt(weight, drag):
    """Forward disk tilt [rad] balancing drag [N] against weight [N]: atan(D / W)."""
    return np.arctan2(drag, weight)


def _hover_tip_speed(thrust, air_density, disk_area, thrust_coefficient=_C_T):
    """Tip speed [m/s] at which one rotor gives ``thrust`` [N] with coefficient C_T."""
    return np.sqrt(thrust / (air_density * disk_area * thrust_coefficient))


def _rotor_drag_power(thrust, speed, coefficient):
    """In-plane rotor drag power [W]: c T V^2 (``thrust`` [N] total, ``speed`` [m/s], c [s/m])."""
    V = np.asarray(speed, dtype=float)
    return np.asarray(coefficient, dtype=float) * np.asarray(thrust, dtype=float) * V * V


def _coaxial_factor(layout):
    """Induced-power factor [-] of a layout name ("flat" | "coaxial"), from COAXIAL_FACTORS."""
    try:
        return COAXIAL_FACTORS[layout]["value"]
    except (KeyError, TypeError):
        raise InputValueError("unknown rotor layout", field="layout", value=layout,
                              expected=f"one of {sorted(COAXIAL_FACTORS)}") from None


def layout_from_counts(rotors, arms):
    """Rotor layout implied by stated counts: ``"coaxial"`` when rotors = 2 x arms.

    "8 props on 4 arms" -> ``"coaxial"``; rotors == arms -> ``"flat"``. Any other pairing
    raises :class:`~dronecalc.errors.InputValueError` naming both counts.
    """
    r, a = int(rotors), int(arms)
    if r <= 0 or a <= 0:
        raise InputValueError("counts must be positive", field="rotors/arms",
                              value=(rotors, arms), expected="rotors > 0 and arms > 0")
    if r == a:
        return "flat"
    if r == 2 * a:
        return "coaxial"
    raise InputValueError("rotor and arm counts fit no known layout", field="rotors/arms",
                          value=(rotors, arms),
                          expected="rotors == arms (flat) or rotors == 2 x arms (coaxial)")


def _forward_flight_power(weight, speed, air_density, rotor_diameter, rotors, drag_area,
                          figure_of_merit, induced_power_factor=_KAPPA,
                          profile_power_factor=_K_PROFILE, tip_speed=np.nan,
                          thrust_coefficient=_C_T, overlap_factor=1.0,
                          rotor_drag_coefficient=0.0):
    """Total shaft power [W] of a multirotor in level forward flight, all rotors.

    Steady level flight, all rotors sharing thrust equally and tilted by the trim angle
    ``atan(D/W)``. ``tip_speed`` NaN means "derive from the hover thrust and C_T".
    ``rotor_drag_coefficient`` c [s/m] adds the in-plane rotor drag power c n T V^2
    (:func:`rotor_drag_power`; 0 = off).
    Returns ``(power, parts)`` where ``parts`` holds induced, profile, parasite and rotor-drag
    power, the tilt [rad], the induced velocity [m/s] and the advance ratio [-].
    """
    W = np.asarray(weight, dtype=float)
    V = np.asarray(speed, dtype=float)
    rho = np.asarray(air_density, dtype=float)
    n = np.asarray(rotors, dtype=float)
    A = _disk_area(rotor_diameter)
    drag = 0.5 * rho * drag_area * V ** 2
    tilt = _trim_tilt(W, drag)
    thrust = np.hypot(W, drag) / n
    v_i = _glauert_inflow(_hover_induced_velocity(thrust, rho, A), V, tilt)
    hover_thrust = W / n
    tip = np.where(np.isnan(tip_speed),
                   _hover_tip_speed(hover_thrust, rho, A, thrust_coefficient), tip_speed)
    mu = V * np.cos(tilt) / tip
    kappa_eff, share = _power_split(figure_of_merit, induced_power_factor)
    p_induced = n * kappa_eff * overlap_factor * thrust * v_i
    p_profile = n * share * _ideal_hover_power(hover_thrust, rho, A) * (
        1.0 + profile_power_factor * mu ** 2)
    p_parasite = drag * V
    p_rotor_drag = _rotor_drag_power(n * thrust, V, rotor_drag_coefficient)
    parts = {"induced": p_induced, "profile": p_profile, "parasite": p_parasite,
             "rotor_drag": p_rotor_drag,
             "tilt": tilt, "induced_velocity": v_i, "advance_ratio": mu}
    return p_induced + p_profile + p_parasite + p_rotor_drag, parts


# ---------------------------------------------------------------- public Quantity API

def _fm(figure_of_merit):
    fm = to_si(figure_of_merit, "", "figure_of_merit", positive=True)
    if np.any(np.asarray(fm) > 1.0):
        raise InputValueError("a figure of merit cannot exceed 1", field="figure_of_merit",
                              value=figure_of_merit, expected="0 < FM <= 1")
    return fm


def disk_area(rotor_diameter):
    r"""Disk area of a rotor, :math:`A = \pi D^2 / 4`.

    Parameters
    ----------
    rotor_diameter : Quantity or str
        Rotor (propeller) diameter [m].

    Returns
    -------
    Quantity
        Disk area [m^2].
    """
    return Q_(_disk_area(to_si(rotor_diameter, "m", "rotor_diameter", positive=True)), "m^2")


def ideal_hover_power(thrust, air_density, disk_area):
    r"""Ideal hover power of one rotor from actuator-disk momentum theory [Leishman2006]_.

    Parameters
    ----------
    thrust : Quantity or str
        Thrust of the rotor [N].
    air_density : Quantity or str
        Air density [kg/m^3].
    disk_area : Quantity or str
        Rotor disk area [m^2].

    Returns
    -------
    Quantity
        Ideal induced power [W], a lower bound on the shaft power of any real rotor.

    Notes
    -----
    :math:`P_{ideal} = T v_h = T^{3/2} / \sqrt{2 \rho A}`, :math:`v_h = \sqrt{T/(2\rho A)}`
    (Leishman 2006, eq. 2.15-2.16). Assumes a uniform, steady, incompressible,
    inviscid flow through an infinitely thin disk, no swirl, out of ground effect.
    """
    T = to_si(thrust, "N", "thrust")
    rho = to_si(air_density, "kg/m^3", "air_density", positive=True)
    A = to_si(disk_area, "m^2", "disk_area", positive=True)
    return Q_(_ideal_hover_power(T, rho, A), "W")


def hover_power(thrust, air_density, disk_area, figure_of_merit=0.65,
                induced_power_factor=_KAPPA, overlap_factor=1.0):
    r"""Shaft power of one rotor in hover, with figure of merit [Leishman2006]_.

    Parameters
    ----------
    thrust : Quantity or str
        Thrust of the rotor [N]; in hover of an n-rotor machine, weight / n.
    air_density : Quantity or str
        Air density [kg/m^3].
    disk_area : Quantity or str
        Rotor disk area [m^2].
    figure_of_merit : float
        Ideal / actual hover power [-], 0 < FM <= 1 (see ``ROTOR_PARAMETERS``).
    induced_power_factor : float
        kappa [-], non-ideal induced losses (default 1.15).
    overlap_factor : float
        Extra induced-power factor for overlapping or coaxial rotors [-] (1 = isolated).

    Returns
    -------
    Quantity
        Shaft power [W].

    Notes
    -----
    :math:`P = P_{ideal} / FM` for isolated rotors (Leishman 2006, eq. 2.63). The loss is
    split into induced :math:`\kappa P_{ideal}` and profile
    :math:`P_0 = (1/FM - \kappa) P_{ideal}` so that forward flight starts from the same
    hover power; the overlap factor multiplies only the induced part:
    :math:`P = P_{ideal}(\kappa\,k_{ov} + 1/FM - \kappa)`.
    """
    T = to_si(thrust, "N", "thrust")
    rho = to_si(air_density, "kg/m^3", "air_density", positive=True)
    A = to_si(disk_area, "m^2", "disk_area", positive=True)
    kov = to_si(overlap_factor, "", "overlap_factor", minimum=1.0)
    kappa = to_si(induced_power_factor, "", "induced_power_factor", minimum=1.0)
    return Q_(_hover_power(T, rho, A, _fm(figure_of_merit), kappa, kov), "W")


def climb_power(thrust, air_density, disk_area, climb_speed, figure_of_merit=0.65,
                induced_power_factor=_KAPPA):
    r"""Shaft power of one rotor in steady axial climb [Leishman2006]_.

    Parameters
    ----------
    thrust : Quantity or str
        Thrust of the rotor [N].
    air_density : Quantity or str
        Air density [kg/m^3].
    disk_area : Quantity or str
        Rotor disk area [m^2].
    climb_speed : Quantity or str
        Vertical climb speed [m/s], >= 0.
    figure_of_merit : float
        Hover figure of merit [-].
    induced_power_factor : float
        kappa [-].

    Returns
    -------
    Quantity
        Shaft power [W].

    Notes
    -----
    Momentum theory climb solution (Leishman 2006, eq. 2.94):
    :math:`v_i = -V_c/2 + \sqrt{(V_c/2)^2 + v_h^2}`,
    :math:`P = T V_c + \kappa T v_i + P_0`, with hover profile power :math:`P_0` held
    constant. Equals the hover power at :math:`V_c = 0`.
    """
    T = to_si(thrust, "N", "thrust")
    rho = to_si(air_density, "kg/m^3", "air_density", positive=True)
    A = to_si(disk_area, "m^2", "disk_area", positive=True)
    vc = to_si(climb_speed, "m/s", "climb_speed")
    kappa = to_si(induced_power_factor, "", "induced_power_factor", minimum=1.0)
    return Q_(_climb_power(T, rho, A, vc, _fm(figure_of_merit), kappa), "W")


def glauert_inflow(thrust, air_density, disk_area, speed, tilt=Q_(0.0, "rad")):
    r"""Induced velocity of a rotor in forward flight from Glauert's equation [Glauert1926]_.

    Parameters
    ----------
    thrust : Quantity or str
        Thrust of the rotor [N].
    air_density : Quantity or str
        Air density [kg/m^3].
    disk_area : Quantity or str
        Rotor disk area [m^2].
    speed : Quantity or str
        Airspeed [m/s].
    tilt : Quantity
        Forward (nose-down) tilt of the disk [rad], 0 to 90 deg.

    Returns
    -------
    Quantity
        Induced velocity at the disk [m/s].

    Notes
    -----
    :math:`v_i = v_h^2 / \sqrt{(V\cos\alpha)^2 + (V\sin\alpha + v_i)^2}`
    (Johnson 1980, sec. 4.1.1; Leishman 2006, eq. 2.123). Tends to :math:`v_h` at
    :math:`V = 0` and to :math:`T/(2\rho A V)` at high speed. Solved by Newton's method on
    whole arrays (monotone convergence from :math:`v_h`). Glauert's formula is a
    heuristic; it is reliable for edgewise flight above about 1.5 :math:`v_h` and exact
    in hover and axial climb, and not valid in descent (vortex ring state).
    """
    T = to_si(thrust, "N", "thrust")
    rho = to_si(air_density, "kg/m^3", "air_density", positive=True)
    A = to_si(disk_area, "m^2", "disk_area", positive=True)
    V = to_si(speed, "m/s", "speed")
    a = to_si(tilt, "rad", "tilt")
    if np.any(np.asarray(a) >= 0.5 * np.pi):
        raise InputValueError("tilt must be below 90 degrees", field="tilt", value=tilt,
                              expected="0 <= tilt < 90 deg")
    return Q_(_glauert_inflow(_hover_induced_velocity(T, rho, A), V, a), "m/s")


def forward_flight_power(mass, speed, rotor_diameter, rotors=4, air_density=Q_(1.225, "kg/m^3"),
                         drag_area=Q_(0.05, "m^2"), figure_of_merit=0.65,
                         induced_power_factor=_KAPPA, profile_power_factor=_K_PROFILE,
                         tip_speed=None, thrust_coefficient=_C_T, overlap_factor=1.0):
    r"""Shaft power of a multirotor in level forward flight [Leishman2006]_ [Bauersfeld2022]_.

    Parameters
    ----------
    mass : Quantity or str
        Take-off mass [kg].
    speed : Quantity or str
        True airspeed [m/s], >= 0; arrays broadcast against the other inputs.
    rotor_diameter : Quantity or str
        Rotor diameter [m].
    rotors : int
        Number of lifting rotors [-].
    air_density : Quantity or str
        Air density [kg/m^3].
    drag_area : Quantity or str
        Equivalent flat-plate drag area f = C_D S of airframe and payload [m^2].
    figure_of_merit : float
        Hover figure of merit [-].
    induced_power_factor : float
        kappa [-] (default 1.15).
    profile_power_factor : float
        K in :math:`P_0(1 + K\mu^2)` [-] (default 4.65).
    tip_speed : Quantity or str, optional
        Rotor tip speed [m/s]; default: from the hover thrust and ``thrust_coefficient``.
    thrust_coefficient : float
        C_T = T / (rho A (Omega R)^2) [-] used to derive the tip speed (default 0.012).
    overlap_factor : float
        Induced-power penalty for overlapping/coaxial rotors [-].

    Returns
    -------
    Quantity
        Total shaft power of all rotors [W].

    Notes
    -----
    Trim: drag :math:`D = \tfrac12\rho f V^2`, tilt :math:`\alpha = \arctan(D/W)`,
    thrust per rotor :math:`T = \sqrt{W^2 + D^2}/n`. Power (Leishman 2006, eq. 5.20-5.22):

    .. math:: P = n\left[\kappa T v_i + P_{0}(1 + K\mu^2)\right] + D V,
              \qquad \mu = V\cos\alpha / (\Omega R)

    with :math:`v_i` from Glauert's equation (see :func:`glauert_inflow`) and
    :math:`P_0 = (1/FM - \kappa) P_{ideal,hover}`. Assumes equal loading of all rotors,
    no rotor-rotor or rotor-body interference beyond ``overlap_factor``, constant tip speed
    (the hover value), no compressibility or stall; valid up to advance ratios of about 0.3
    and tilt below about 45 deg. Power falls from hover to a minimum near 1-2 times
    :math:`v_h` then rises with :math:`V^3` (the "bucket").
    """
    m = to_si(mass, "kg", "mass", positive=True)
    V = to_si(speed, "m/s", "speed")
    d = to_si(rotor_diameter, "m", "rotor_diameter", positive=True)
    n = to_si(rotors, "", "rotors", positive=True)
    rho = to_si(air_density, "kg/m^3", "air_density", positive=True)
    f = to_si(drag_area, "m^2", "drag_area")
    tip = np.nan if tip_speed is None else to_si(tip_speed, "m/s", "tip_speed", positive=True)
    kappa = to_si(induced_power_factor, "", "induced_power_factor", minimum=1.0)
    k = to_si(profile_power_factor, "", "profile_power_factor")
    ct = to_si(thrust_coefficient, "", "thrust_coefficient", positive=True)
    kov = to_si(overlap_factor, "", "overlap_factor", minimum=1.0)
    power, _ = _forward_flight_power(m * _G, V, rho, d, n, f, _fm(figure_of_merit), kappa, k,
                                     tip, ct, kov)
    return Q_(power, "W")


def trim_tilt(mass, speed, drag_area, air_density=Q_(1.225, "kg/m^3")):
    r"""Forward tilt needed in steady level flight, :math:`\alpha = \arctan(D/W)`.

    Parameters
    ----------
    mass : Quantity or str
        Take-off mass [kg].
    speed : Quantity or str
        Airspeed [m/s].
    drag_area : Quantity or str
        Flat-plate drag area [m^2].
    air_density : Quantity or str
        Air density [kg/m^3].

    Returns
    -------
    Quantity
        Tilt angle [deg].

    Notes
    -----
    Force balance with the thrust vector carrying weight and drag
    :math:`D = \tfrac12\rho f V^2` (Leishman 2006, sec. 5.3); body lift neglected.
    """
    m = to_si(mass, "kg", "mass", positive=True)
    V = to_si(speed, "m/s", "speed")
    f = to_si(drag_area, "m^2", "drag_area")
    rho = to_si(air_density, "kg/m^3", "air_density", positive=True)
    return Q_(np.degrees(_trim_tilt(m * _G, 0.5 * rho * f * V ** 2)), "deg")


def hover_tip_speed(thrust, air_density, disk_area, thrust_coefficient=_C_T):
    r"""Tip speed at which a rotor gives a thrust with a given thrust coefficient.

    Parameters
    ----------
    thrust : Quantity or str
        Thrust of the rotor [N].
    air_density : Quantity or str
        Air density [kg/m^3].
    disk_area : Quantity or str
        Disk area [m^2].
    thrust_coefficient : float
        :math:`C_T = T/(\rho A (\Omega R)^2)` [-], default 0.012 (see ``ROTOR_PARAMETERS``).

    Returns
    -------
    Quantity
        Tip speed :math:`\Omega R = \sqrt{T/(\rho A C_T)}` [m/s].
    """
    T = to_si(thrust, "N", "thrust")
    rho = to_si(air_density, "kg/m^3", "air_density", positive=True)
    A = to_si(disk_area, "m^2", "disk_area", positive=True)
    ct = to_si(thrust_coefficient, "", "thrust_coefficient", positive=True)
    return Q_(_hover_tip_speed(T, rho, A, ct), "m/s")



def rotor_drag_power(thrust, airspeed, coefficient):
    r"""Power lost to in-plane rotor drag (H-force) in edgewise flight [Mahony2012]_.

    Parameters
    ----------
    thrust : Quantity or str
        Total thrust of the rotors [N] (about the weight in level flight).
    airspeed : Quantity or str
        Airspeed [m/s] (in-plane component; the disk tilt is small at cruise).
    coefficient : Quantity or str
        Rotor-drag coefficient c [s/m], e.g. ``"0.02 s/m"``: drag force per unit thrust and unit speed.

    Returns
    -------
    Quantity
        :math:`P_r = c\,T\,V^2` [W].

    Notes
    -----
    Blade flapping and the induced drag of a rotor moving edgewise give an in-plane force
    :math:`D_r = c\,T\,V` (Mahony et al. 2012; Faessler et al. 2018 identify it in flight as
    a linear drag). The work against it, :math:`D_r V`, grows like :math:`V^2`, between the
    induced power (falling like :math:`1/V`) and the parasite power (:math:`V^3`), which is
    what measured multicopter power curves show and the energy method alone misses. The
    profile H-force is already in :math:`P_0(1+K\mu^2)`; this term is the rest, fitted on
    measured curves (``data/calibrated.toml``). Valid in cruise (advance ratio below ~0.3).
    """
    T = to_si(thrust, "N", "thrust")
    V = to_si(airspeed, "m/s", "airspeed")
    c = to_si(coefficient, "s/m", "coefficient")
    return Q_(_rotor_drag_power(T, V, c), "W")


def coaxial_factor(layout="flat"):
    r"""Induced-power interference factor of a rotor layout [Leishman2006]_.

    Parameters
    ----------
    layout : {"flat", "coaxial"}
        ``"flat"``: every rotor in free air; ``"coaxial"``: rotors in stacked pairs (e.g.
        "8 props on 4 arms", see :func:`layout_from_counts`).

    Returns
    -------
    float
        Factor multiplying the induced power [-] (``overlap_factor`` of a Vehicle); range in
        ``COAXIAL_FACTORS``.

    Notes
    -----
    Leishman (2006) sec. 4.4: the lower rotor of a coaxial pair works in the upper rotor's
    wake; ideal momentum theory gives :math:`\kappa_{int} = 1.28` relative to two isolated
    rotors, measurements about 1.16. Unknown names raise
    :class:`~dronecalc.errors.InputValueError` listing the known ones.
    """
    return float(_coaxial_factor(layout))
