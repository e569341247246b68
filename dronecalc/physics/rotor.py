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
.. [Russell2016] Russell, C., Jung, J., Willink, G. & Glasner, B. (2016). Wind tunnel and
   hover performance test results for multicopter UAS vehicles. AHS 72nd Annual Forum;
   NASA/TM-2018-219758. https://ntrs.nasa.gov/citations/20180003523
"""
from __future__ import annotations

import numpy as np

from ..errors import InputValueError
from ..intake.quantity import quantity_api
from ..intake.units import Q_, to_si
from .atmosphere import ISA_CONSTANTS
from .rotor_terms import (COAXIAL_FACTORS, ROTOR_DRAG, _coaxial_factor,  # noqa: F401
                          _rotor_drag_power, coaxial_factor, layout_from_counts,
                          rotor_drag_power)

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

_G = ISA_CONSTANTS["gravity"]   # standard gravity g0 [m/s^2], the one constant
_KAPPA = ROTOR_PARAMETERS["induced_power_factor"]["value"]
_K_PROFILE = ROTOR_PARAMETERS["profile_power_factor"]["value"]
_C_T = ROTOR_PARAMETERS["thrust_coefficient"]["value"]

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


#: Newton steps on Glauert's quartic in the performance chain. From the upper-bound seed
#: (see :func:`_glauert_seed`) three steps leave a worst relative error (measured on 1e6
#: random points per row, against bisection) of 1.5e-10 up to 10 deg of tilt, 1.6e-8 up to
#: 20 deg and 1.3e-6 up to 45 deg, the worst near V = v_h; at V >= 1.5 v_h, where the best
#: speeds lie, 5e-12, 8e-10 and 1e-7. :func:`_glauert_solve` flags the samples whose last
#: step says they are not converged instead of iterating silently.
GLAUERT_STEPS = 3
#: A sample's inflow counts as converged when the last Newton step is below this fraction
#: of its induced velocity: Newton's error is then <= 1.5 x (that fraction)^2 ~ 2e-10.
_GLAUERT_STEP_TOL = 1e-5
#: Newton steps that reach rounding level from the seed everywhere below 89 deg of tilt
#: (measured: 4.4e-16 relative after 5 steps on 2e6 random points, against bisection); used
#: where a single power is asked for (power curves, legs, the bound's search objective).
CONVERGED_STEPS = 5


def _glauert_seed(vh4, V2):
    """Exact upper bound of Glauert's induced velocity: the root of v^2 (V^2 + v^2) = v_h^4.

    Glauert's quartic ``v^2 (V^2 + 2 V sin(a) v + v^2) = v_h^4`` has a left side no smaller
    than ``v^2 (V^2 + v^2)`` for ``0 <= a < 90 deg``, so this root bounds the true one from
    above; written without cancellation (``2 v_h^4 / (V^2 + sqrt(V^4 + 4 v_h^4))``).
    """
    return np.sqrt(2.0 * vh4 / (V2 + np.sqrt(V2 * V2 + 4.0 * vh4)))


def _glauert_solve(vh2, V2, vz, steps=GLAUERT_STEPS, check=True):
    """Induced velocity [m/s] from Glauert's quartic, a fixed number of Newton steps.

    ``vh2`` = v_h^2, ``V2`` = V^2 and ``vz = V sin(a)`` (all broadcastable; ``a`` the
    forward disk tilt). Newton's method on ``g(v) = v^4 + 2 vz v^3 + V^2 v^2 - v_h^4``,
    increasing and convex for ``v > 0``, started from the upper bound
    :func:`_glauert_seed`, decreases monotonically to the unique positive root, so a fixed
    step count needs no stop test (which would wait for the slowest sample). Each step is
    ``v <- (v^2 (3 v^2 + 4 vz v + V^2) + v_h^4) / (v (4 v^2 + 6 vz v + 2 V^2))`` (= v - g/g'),
    computed in place.
    Returns ``(v, converged)``: ``converged`` is False where the last step was still larger
    than ``_GLAUERT_STEP_TOL`` of ``v`` or went the wrong way (non-monotone); None when
    ``check`` is False.
    """
    vh4 = vh2 * vh2
    v = np.asarray(_glauert_seed(vh4, V2))      # an array even for scalars (in place)
    four_vz, six_vz, two_V2 = 4.0 * vz, 6.0 * vz, 2.0 * V2
    num, den = np.empty_like(v), np.empty_like(v)
    old = v
    for _ in range(steps):
        np.multiply(v, 3.0, out=num)
        num += four_vz
        num *= v
        num += V2
        num *= v
        num *= v
        num += vh4
        np.multiply(v, 4.0, out=den)
        den += six_vz
        den *= v
        den += two_V2
        den *= v
        old, v = v, num
        num = old
        v /= den
    if not check or steps == 0:
        return v, None
    step = old - v
    return v, (np.abs(step) <= _GLAUERT_STEP_TOL * v) & (step >= -1e-12 * v)


def _glauert_inflow(hover_induced_velocity, speed, tilt=0.0):
    """Induced velocity [m/s] solving Glauert's equation, vectorised Newton iteration.

    Solves ``v * sqrt((V cos a)^2 + (V sin a + v)^2) = v_h^2`` for ``v >= 0`` with
    ``a`` the forward (nose-down) disk tilt [rad], ``0 <= a < pi/2``: the quartic of
    :func:`_glauert_solve`, iterated until every sample has converged (at most 8 steps;
    quadratic convergence from the upper-bound seed reaches rounding level in 5 even at
    89 deg of tilt).
    """
    v_h, V, a = np.broadcast_arrays(np.asarray(hover_induced_velocity, dtype=float),
                                    np.asarray(speed, dtype=float),
                                    np.asarray(tilt, dtype=float))
    vh2, V2, vz = v_h * v_h, V * V, V * np.sin(a)
    v, ok = _glauert_solve(vh2, V2, vz, 5)
    if not np.all(ok):
        v, ok = _glauert_solve(vh2, V2, vz, 8)
    return v


def _trim_tilt(weight, drag):
    """Forward disk tilt [rad] balancing drag [N] against weight [N]: atan(D / W)."""
    return np.arctan2(drag, weight)


def _hover_tip_speed(thrust, air_density, disk_area, thrust_coefficient=_C_T):
    """Tip speed [m/s] at which one rotor gives ``thrust`` [N] with coefficient C_T."""
    return np.sqrt(thrust / (air_density * disk_area * thrust_coefficient))


#: Trim tilt [rad] beyond which the forward-flight model is outside its documented validity
#: (see :func:`forward_flight_power`: tilt below about 45 deg); tan of it is D/W = 1.
TILT_VALIDITY = 0.25 * np.pi


def _flight_constants(weight, air_density, rotor_diameter, rotors, drag_area,
                      figure_of_merit, induced_power_factor=_KAPPA,
                      profile_power_factor=_K_PROFILE, tip_speed=np.nan,
                      thrust_coefficient=_C_T, overlap_factor=1.0,
                      rotor_drag_coefficient=0.0):
    """Per-machine constants of level-flight power, independent of the airspeed.

    With drag ``D = q V^2`` and resultant thrust ``H = sqrt(W^2 + D^2)`` (all rotors), the
    trim tilt has ``cos a = W/H`` and ``sin a = D/H``: no trigonometric function is needed.
    Returns a dict of floats or arrays (the inputs' shape):
    ``w2`` W^2 [N^2], ``q`` 0.5 rho f [kg/m] (D = q V^2), ``vh2_per_h`` = 1 / (2 rho A n)
    [m/kg] (v_h^2 of one rotor carrying H/n is ``H vh2_per_h``), ``k_induced`` kappa_eff x
    overlap [-], ``p0`` hover profile power of all rotors [W] and ``p0_mu`` =
    P0 K W^2 / (Omega R)^2 [W N^2 s^2/m^2], so that the profile power is
    ``p0 + p0_mu V^2 / H^2`` (= P0 (1 + K mu^2) with mu = V cos a / Omega R);
    ``c_rd`` the rotor-drag coefficient [s/m] (power c_rd H V^2, :func:`rotor_drag_power`;
    0 = off).
    """
    W = np.asarray(weight, dtype=float)
    rho = np.asarray(air_density, dtype=float)
    n = np.asarray(rotors, dtype=float)
    A = _disk_area(rotor_diameter)
    kappa_eff, share = _power_split(figure_of_merit, induced_power_factor)
    hover_thrust = W / n
    tip = np.where(np.isnan(tip_speed),
                   _hover_tip_speed(hover_thrust, rho, A, thrust_coefficient), tip_speed)
    p0 = n * share * _ideal_hover_power(hover_thrust, rho, A)
    w2 = W * W
    return {"w2": w2, "q": 0.5 * rho * np.asarray(drag_area, dtype=float),
            "vh2_per_h": 1.0 / (2.0 * rho * A * n),
            "k_induced": kappa_eff * np.asarray(overlap_factor, dtype=float),
            "p0": p0, "p0_mu": p0 * profile_power_factor * w2 / (tip * tip),
            "c_rd": np.asarray(rotor_drag_coefficient, dtype=float)}


def _shaft_power(c, speed, steps=GLAUERT_STEPS, parts=False, check=True):
    """Total shaft power [W] in level flight at ``speed`` [m/s] from :func:`_flight_constants`.

    ``speed`` broadcasts against the constants (e.g. speeds ``(k, 1)`` against samples
    ``(n,)``: speeds on the leading axis keep the inner loops long).
    ``P = kappa_eff k_ov H v_i + P0 (1 + K mu^2) + D V`` (see :func:`forward_flight_power`).
    Returns ``(power, converged)``, or ``(power, converged, parts)`` with ``parts=True``;
    ``converged`` is None when ``check`` is False (see :func:`_glauert_solve`).
    A further term of the energy method is one more array expression in ``power``.
    """
    V = np.asarray(speed)
    if V.dtype.kind != "f":
        V = V.astype(float)
    V2 = V * V
    drag = c["q"] * V2
    h2 = drag * drag + c["w2"]
    h = np.sqrt(h2)
    v_i, converged = _glauert_solve(h * c["vh2_per_h"], V2, V * drag / h, steps, check)
    p_induced = c["k_induced"] * h * v_i
    p_profile = c["p0"] + c["p0_mu"] * V2 / h2
    p_parasite = drag * V
    power = p_induced + p_profile + p_parasite
    c_rd = c.get("c_rd", 0.0)
    p_rotor_drag = _rotor_drag_power(h, V, c_rd) if np.any(c_rd) else np.zeros(())
    power = power + p_rotor_drag if np.any(c_rd) else power
    if not parts:
        return power, converged
    return power, converged, {"induced": p_induced, "profile": p_profile,
                              "parasite": p_parasite, "rotor_drag": p_rotor_drag,
                              "drag": drag, "resultant_thrust": h,
                              "induced_velocity": v_i}


def _forward_flight_power(weight, speed, air_density, rotor_diameter, rotors, drag_area,
                          figure_of_merit, induced_power_factor=_KAPPA,
                          profile_power_factor=_K_PROFILE, tip_speed=np.nan,
                          thrust_coefficient=_C_T, overlap_factor=1.0,
                          rotor_drag_coefficient=0.0):
    """Total shaft power [W] of a multirotor in level forward flight, all rotors.

    Steady level flight, all rotors sharing thrust equally and tilted by the trim angle
    ``atan(D/W)``. ``tip_speed`` NaN means "derive from the hover thrust and C_T".
    ``rotor_drag_coefficient`` c [s/m] adds the in-plane rotor drag power c H V^2
    (:func:`rotor_drag_power`, H the resultant thrust of all rotors; 0 = off).
    Returns ``(power, parts)`` where ``parts`` holds induced, profile, parasite and rotor-drag
    power, the tilt [rad], the induced velocity [m/s] and the advance ratio [-].
    Inflow converged to rounding (:data:`CONVERGED_STEPS` Newton steps), unlike the
    performance chain's :data:`GLAUERT_STEPS`.
    """
    c = _flight_constants(weight, air_density, rotor_diameter, rotors, drag_area,
                          figure_of_merit, induced_power_factor, profile_power_factor,
                          tip_speed, thrust_coefficient, overlap_factor,
                          rotor_drag_coefficient)
    power, _, p = _shaft_power(c, speed, steps=CONVERGED_STEPS, parts=True)
    W = np.asarray(weight, dtype=float)
    V = np.asarray(speed, dtype=float)
    n = np.asarray(rotors, dtype=float)
    A = _disk_area(rotor_diameter)
    tip = np.where(np.isnan(tip_speed),
                   _hover_tip_speed(W / n, np.asarray(air_density, dtype=float), A,
                                    thrust_coefficient), tip_speed)
    parts = {"induced": p["induced"], "profile": p["profile"], "parasite": p["parasite"],
             "rotor_drag": p["rotor_drag"] + 0.0 * V,
             "tilt": _trim_tilt(W, p["drag"]), "induced_velocity": p["induced_velocity"],
             "advance_ratio": V * W / p["resultant_thrust"] / tip}
    return power, parts


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


@quantity_api(_ideal_hover_power, positive=("air_density", "disk_area"))
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


@quantity_api(lambda thrust, air_density, disk_area, figure_of_merit, induced_power_factor,
              overlap_factor: _hover_power(thrust, air_density, disk_area, _fm(figure_of_merit),
                                           induced_power_factor, overlap_factor),
              positive=("air_density", "disk_area"),
              minimum={"induced_power_factor": 1.0, "overlap_factor": 1.0})
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


@quantity_api(lambda thrust, air_density, disk_area, climb_speed, figure_of_merit,
              induced_power_factor: _climb_power(thrust, air_density, disk_area, climb_speed,
                                                 _fm(figure_of_merit), induced_power_factor),
              positive=("air_density", "disk_area"), minimum={"induced_power_factor": 1.0})
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


@quantity_api(_hover_tip_speed, positive=("air_density", "disk_area", "thrust_coefficient"))
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
