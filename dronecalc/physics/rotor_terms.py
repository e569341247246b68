"""Rotor loss terms beyond the energy method of :mod:`dronecalc.physics.rotor` (issue 12).

In-plane rotor drag in edgewise flight (power c T V^2, and its force in the level trim) and
the induced-power interference factor of coaxial layouts, as SI functions on floats/arrays
plus Quantity wrappers.
:func:`dronecalc.physics.rotor._shaft_power` adds the rotor-drag term when a machine's
``rotor_drag_coefficient`` is non-zero; the coaxial factor is a Vehicle's ``overlap_factor``.

References
----------
.. [Leishman2006] Leishman, J. G. (2006). *Principles of Helicopter Aerodynamics*, 2nd ed.
   Cambridge University Press. ISBN 978-0-521-85860-1. Sec. 4.4 (coaxial rotors).
.. [Mahony2012] Mahony, R., Kumar, V. & Corke, P. (2012). Multirotor aerial vehicles:
   modeling, estimation, and control of quadrotor. IEEE Robotics & Automation Magazine
   19(3), 20-32. doi:10.1109/MRA.2012.2206474 (rotor drag: blade flapping and induced drag
   give an in-plane force proportional to thrust times in-plane airspeed).
.. [Faessler2018] Faessler, M., Franchi, A. & Scaramuzza, D. (2018). Differential flatness of
   quadrotor dynamics subject to rotor drag for accurate tracking of high-speed trajectories.
   IEEE Robotics and Automation Letters 3(2), 620-626. doi:10.1109/LRA.2017.2776353
   (linear rotor-drag model identified in flight).
.. [Bauersfeld2022] Bauersfeld, L. & Scaramuzza, D. (2022). Range, endurance, and optimal
   speed estimates for multicopters. IEEE Robotics and Automation Letters 7(2), 2953-2960.
   arXiv:2109.04741 (rotor drag in the forward-flight trim and power).
"""
from __future__ import annotations

import numpy as np

from ..errors import InputValueError
from ..intake.units import Q_, to_si

#: Rotor in-plane drag ("rotor drag", H-force beyond the profile term): D_r = c T V, so the
#: power lost is P_r = c T V^2 (T total thrust, V airspeed). The linear-in-thrust,
#: linear-in-speed form is the blade-flapping / induced-drag model of Mahony et al. (2012) and
#: Faessler et al. (2018); the value of ``c`` is fitted on the measured power curves of
#: ``data/power_curves.toml`` (``priors.calibration.fit_power_curves``); 0 switches the term
#: off. It is the default of ``Vehicle.rotor_drag_coefficient``.
ROTOR_DRAG = {
    "coefficient": {
        "value": 0.0135, "range": (0.0105, 0.0165), "unit": "s/m",
        "source": "Fit (issue 12, priors.calibration.fit_power_curves): least squares on the "
                  "measured power-vs-airspeed curves of data/power_curves.toml (Di Franco & "
                  "Buttazzo 2016; Chang et al. 2016, as digitised by drone_awe), one free scale "
                  "per curve, drag area at the checks' prior median 0.0224 m^2 (m/1 kg)^(2/3): "
                  "c = 0.0135 +/- 0.0018 s/m (range = +/-1.645 sd). Leave-one-curve-out median "
                  "|error| 4.0 % against 16.8 % with c = 0. Independent check on makers' hover "
                  "and flight times fitted with the efficiency law: 0.012 +/- 0.020 s/m. Form: "
                  "Mahony et al. 2012, Faessler et al. 2018. Two small quads only: the weakest "
                  "default of the chain.",
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


#: Newton sweeps of :func:`_level_trim`: from its closed-form start the error falls as
#: e_(n+1) ~ 0.3 e_n^2 [rad] (at most ~0.18 rad at c V = 1), so 4 sweeps reach ~1e-12 rad
#: there; 6 (with the start held at or below 90 deg) keep the force balance to 1e-13 W over
#: D 0-500 N, W 1-500 N, V 0-60 m/s, c 0-0.05 s/m (200,000 random draws; at c V near 3 and a
#: steep parasite tilt the unclipped start passed 90 deg and 4 sweeps left 3e-4 W of it).
TRIM_SWEEPS = 6


def _level_trim(drag, weight, speed, coefficient, sweeps=TRIM_SWEEPS):
    r"""Level-flight trim with the in-plane rotor drag: tilt [rad] and total thrust [N].

    ``drag`` [N] the airframe's parasite drag, ``weight`` [N], ``speed`` [m/s] the airspeed,
    ``coefficient`` c [s/m] (0: the parasite trim, tilt arctan(D/W), thrust sqrt(W^2+D^2)).
    SI floats or arrays of any broadcastable shapes.

    The rotors' resultant is the thrust T along the disk normal, tilted forward by theta,
    plus the in-plane force H = c T V_par in the disk plane against the in-plane airspeed
    V_par = V cos(theta) [Mahony2012]_ [Faessler2018]_. Level, unaccelerated flight:

    .. math:: T \sin\theta - H\cos\theta = D, \qquad T \cos\theta + H\sin\theta = W

    so the resultant (D, W) leans ahead of the vertical by phi = arctan(D/W), and the thrust
    leans ahead of the resultant by arctan(H/T) = arctan(c V cos theta):

    .. math:: \theta = \varphi + \arctan(c V \cos\theta), \qquad
              T = W\cos\theta + D\sin\theta = \frac{\sqrt{W^2 + D^2}}
              {\sqrt{1 + c^2 V^2 \cos^2\theta}}.

    The first is a quartic in tan(theta) (no useful closed form); f(theta) = theta - phi -
    arctan(c V cos theta) is increasing and convex on [0, pi/2] and the closed-form start
    theta_0 = phi + arctan(c V cos phi) lies at or above the root, so Newton's method
    decreases monotonically to it (``sweeps`` steps). To first order theta = phi +
    c V cos(phi): the in-plane force tilts the machine further at a given speed (more so
    when the parasite tilt is small), and carries part of the resultant, so the thrust is
    slightly below sqrt(W^2 + D^2). The same c as the power c T V^2 (fitted at small tilt,
    where V_par = V); the power model keeps its own trim (docs/theory.md section 3a).
    """
    D = np.asarray(drag, dtype=float)
    W = np.asarray(weight, dtype=float)
    k = np.asarray(coefficient, dtype=float) * np.asarray(speed, dtype=float)
    phi = np.arctan2(D, W)
    tilt = np.minimum(phi + np.arctan(k * np.cos(phi)), np.pi / 2)  # f(pi/2) > 0: above
    for _ in range(sweeps):
        kc = k * np.cos(tilt)
        f = tilt - phi - np.arctan(kc)
        tilt = tilt - f / (1.0 + k * np.sin(tilt) / (1.0 + kc * kc))
    return tilt, W * np.cos(tilt) + D * np.sin(tilt)


def level_trim(drag, weight, airspeed, coefficient):
    r"""Level-flight trim tilt and thrust with the in-plane rotor drag [Bauersfeld2022]_.

    Parameters
    ----------
    drag : Quantity or str
        Parasite drag of the airframe and payload [N].
    weight : Quantity or str
        Weight [N].
    airspeed : Quantity or str
        Airspeed [m/s].
    coefficient : Quantity or str
        Rotor-drag coefficient c [s/m] (``ROTOR_DRAG``; 0 gives the parasite trim).

    Returns
    -------
    tuple of Quantity
        The tilt of the disks from the horizontal [deg] and the total thrust [N].

    Notes
    -----
    Force balance with the in-plane force H = c T V cos(theta) of the rotors (Mahony et al.
    2012; Faessler et al. 2018; Leishman 2006 ch. 5, the rotor's H-force) beside the thrust:
    theta = arctan(D/W) + arctan(c V cos theta), T = W cos theta + D sin theta; solved by
    :func:`_level_trim`. Valid where the linear rotor-drag model is (cruise, advance ratio
    below ~0.3); the fit of c reaches 15-16 m/s.
    """
    D = to_si(drag, "N", "drag", minimum=0.0)
    W = to_si(weight, "N", "weight", positive=True)
    V = to_si(airspeed, "m/s", "airspeed", minimum=0.0)
    c = to_si(coefficient, "s/m", "coefficient", minimum=0.0)
    tilt, thrust = _level_trim(D, W, V, c)
    return Q_(np.degrees(tilt), "deg"), Q_(thrust, "N")


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


#: Dynamic viscosity of air at ISA sea level [Pa s] (ISO 2533:1975, 1.7894e-5 at 288.15 K).
AIR_VISCOSITY = 1.7894e-5
#: Blade chord over tip radius at 0.75 R of the UIUC DA4002 9 in propeller (0.1787, its
#: geometry as restated beside its static data, ``data/propeller_static.toml``): the default
#: of :func:`_hover_blade_reynolds`, one propeller's value, not a class average.
CHORD_RATIO_75 = 0.1787


def _hover_blade_reynolds(thrust, diameter, air_density=1.225, thrust_coefficient=0.012,
                          chord_ratio=CHORD_RATIO_75, viscosity=AIR_VISCOSITY):
    r"""Blade Reynolds number at 0.75 R of a rotor carrying ``thrust`` [N] in hover (SI floats /
    arrays). The hover tip speed follows from the rotor's thrust coefficient,
    :math:`V_{tip} = \sqrt{T / (C_T \rho A)}` (rotor convention, default 0.012: docs/theory.md
    section 3), and the chord is ``chord_ratio`` x R, so

    .. math:: Re_{0.75} = \frac{\rho\,0.75 V_{tip}\,c}{\mu}
              = \frac{0.75\,(c/R)}{\mu}\sqrt{\frac{\rho T}{\pi C_T}},

    independent of the diameter at a given thrust: a larger rotor turns slower in the same
    proportion as its chord grows (issue 12, eleventh round; docs/theory.md section 9.10)."""
    t = np.asarray(thrust, dtype=float)
    radius = 0.5 * np.asarray(diameter, dtype=float)
    tip = np.sqrt(t / (thrust_coefficient * air_density * np.pi * radius ** 2))
    return air_density * 0.75 * tip * chord_ratio * radius / viscosity
