r"""Fixed-wing performance: drag polar, speeds, power, electric and Breguet range/endurance.

Every function is SI floats or numpy arrays in and out, any broadcastable shape, no pint and
no per-sample loop; units are attached at the edge (intake/report). Level, unaccelerated,
wings-level flight in still air; lift equals weight, thrust equals drag.

The parabolic drag polar
    C_D = C_D0 + K C_L^2,   K = 1 / (pi e AR),   AR = b^2 / S
gives (Anderson 1999, ch. 5; Raymer 2018, ch. 12 and 17):

* maximum lift-to-drag ratio (L/D)max = 1 / (2 sqrt(K C_D0)) at C_L = sqrt(C_D0 / K);
* minimum-drag speed V_md = sqrt(2 W / (rho S)) (K / C_D0)^(1/4): best range of a propeller
  aircraft (constant propulsive efficiency and BSFC, or battery) flies at (L/D)max;
* minimum-power speed V_mp = 3^(-1/4) V_md: best endurance of a propeller aircraft;
* best jet range at C_L^(1/2)/C_D max, V = 3^(1/4) V_md;
* stall speed V_s = sqrt(2 W / (rho S C_L,max)); speeds below ``stall_margin`` x V_s are not
  flown (default 1.2 V_s; see :data:`STALL_MARGIN`).

Breguet (Breguet 1923 as derived in Anderson 1999, ch. 5; Raymer 2018, ch. 17), with BSFC ``c`` [kg of fuel per J of shaft work] and TSFC ``c_t`` [kg/(N s)]:

* piston range       R = eta_p / (g c) (L/D) ln(W0/W1)
* piston endurance   E = eta_p / (g c) C_L^(3/2)/C_D sqrt(2 rho S) (W1^-1/2 - W0^-1/2)
* jet range          R = 2 / (g c_t) sqrt(2 / (rho S)) C_L^(1/2)/C_D (W0^1/2 - W1^1/2)
* jet endurance      E = 1 / (g c_t) (L/D) ln(W0/W1)

Electric flight has no weight change: E = E_usable eta / P_req, R = E V (Traub 2011).

References
----------
.. [Anderson1999] Anderson, J. D. (1999). *Aircraft Performance and Design*. McGraw-Hill.
   ISBN 0-07-001971-1. Ch. 5 (steady flight: drag polar, (L/D)max, power required, rate of climb and
   ceilings, range and endurance).
.. [Raymer2018] Raymer, D. P. (2018). *Aircraft Design: A Conceptual Approach*, 6th ed. AIAA.
   ISBN 978-1-62410-490-9. Ch. 12 (drag polar, Oswald factor eq. 12.48-12.49), ch. 17
   (performance: Breguet range and endurance, ceilings).
.. [Gudmundsson2014] Gudmundsson, S. (2014). *General Aviation Aircraft Design: Applied
   Methods and Procedures*. Butterworth-Heinemann. ISBN 978-0-12-397308-5. Ch. 7 (piston
   power lapse with altitude, Gagg-Ferrar), ch. 14 (propellers), ch. 19-20.
.. [Brandt2004] Brandt, S. A., Stiles, R. J., Bertin, J. J. & Whitford, R. (2004).
   *Introduction to Aeronautics: A Design Perspective*, 2nd ed. AIAA. ISBN 1-56347-701-7.
   Ch. 5 (performance: power available/required, top speed, ceilings).
.. [Traub2011] Traub, L. W. (2011). Range and endurance estimates for battery-powered
   aircraft. Journal of Aircraft 48(2), 703-707. doi:10.2514/1.C031027.
.. [GaggFerrar1934] Gagg, R. F. & Ferrar, E. V. (1934). The effect of altitude on engine
   power. NACA TM 737 (P/P0 = 1.132 sigma - 0.132), as used in Gudmundsson 2014 ch. 7.
.. [Kitplanes2024] Kitplanes, "On the Nose!" (Lockwood's Rotax 915 iS RV-9A): "the Rotax is
   turbocharged, making it capable of producing max power up to 15,000 feet"
   (https://www.kitplanes.com/on-the-nose/). The turbocharged Rotax 915/916 iS; the 914's own
   operator's manual figure was searched for and not found in the stored corpus.
.. [DowellJarratt1971] Dowell, M. & Jarratt, P. (1971). A modified regula falsi method for
   computing the root of an equation. BIT 11, 168-174. doi:10.1007/BF01934364 (Illinois).
.. [AndersonBjorck1973] Anderson, N. & Björck, Å. (1973). A new high order method of regula
   falsi type for computing a root of an equation. BIT 13, 253-264. doi:10.1007/BF01951936.
.. [Brent1973] Brent, R. P. (1973). *Algorithms for Minimization without Derivatives*.
   Prentice-Hall. Ch. 4 (zeroin: bracketed steps kept a tolerance inside the bracket).
"""
from __future__ import annotations

import numpy as np

from .atmosphere import _air_density, _air_density_to_20km
from .electric_lapse import electric_power_lapse  # noqa: F401  (re-exported)
from .rotor import _G

#: Lowest flown speed as a multiple of the stall speed: a convention, not a measurement
#: (judgement: pilots and autopilots keep 1.2-1.3 V_s in cruise and approach; Raymer 2018
#: ch. 17 uses 1.3 V_stall for approach, 1.2 V_stall for climb-out).
STALL_MARGIN = {"value": 1.2, "range": (1.1, 1.3),
                "source": "convention: 1.2 V_stall climb-out, 1.3 V_stall approach "
                          "(Raymer 2018 ch. 17); judgement for cruise"}
#: Width [m] to which :func:`service_ceiling` narrows its bracket (it returns the midpoint):
#: 1e-8 m, the resolution of the 40 bisections it replaced (11 km / 2^40).
CEILING_TOLERANCE = 1e-8
#: Service ceiling: the altitude where the best rate of climb falls to 100 ft/min.
SERVICE_CEILING_CLIMB_RATE = {"value": 0.508, "source": "100 ft/min = 0.508 m/s, the usual "
                              "definition (Anderson 1999 ch. 5)"}
#: Fuel densities [kg/m^3] at 15 degC: value and the specification's limits.
FUEL_DENSITY = {
    "gasoline": {"value": 747.5, "range": (720.0, 775.0),
                 "source": "EN 228 unleaded petrol: 720-775 kg/m^3 at 15 degC"},
    "avgas": {"value": 720.0, "range": (690.0, 740.0),
              "source": "AVGAS 100LL, typical ~0.72 kg/L; ASTM D910 sets no density "
                        "limits, so the range is a judgement"},
    "jet": {"value": 807.5, "range": (775.0, 840.0),
            "source": "Jet A / Jet A-1 / JP-8: 775-840 kg/m^3 at 15 degC (ASTM D1655, "
                      "DEF STAN 91-091)"},
    "diesel": {"value": 832.5, "range": (820.0, 845.0),
               "source": "EN 590 automotive diesel: 820-845 kg/m^3 at 15 degC"},
}


# ---------------------------------------------------------------- geometry and polar

def _a(x):
    return np.asarray(x, dtype=float)


def aspect_ratio(wingspan, wing_area):
    """Aspect ratio AR = b^2 / S [-] from span ``wingspan`` [m] and area ``wing_area`` [m^2]."""
    return _a(wingspan) ** 2 / _a(wing_area)


def oswald_efficiency(aspect_ratio):
    r"""Oswald span efficiency of a straight wing [-] from Raymer's fit (Raymer 2018, eq. 12.48).

    :math:`e = 1.78 (1 - 0.045 AR^{0.68}) - 0.64`, a fit to real straight-wing aircraft
    (sweep below ~30 deg); about 0.87 at AR 6, 0.78 at AR 10, 0.70 at AR 15.
    """
    return 1.78 * (1.0 - 0.045 * _a(aspect_ratio) ** 0.68) - 0.64


def induced_drag_factor(aspect_ratio, oswald_efficiency):
    """K = 1 / (pi e AR) [-] of the parabolic polar (Anderson 1999, ch. 5)."""
    return 1.0 / (np.pi * _a(oswald_efficiency) * _a(aspect_ratio))


def lift_coefficient(mass, speed, air_density, wing_area):
    """C_L = 2 m g / (rho V^2 S) [-] in level flight (lift = weight)."""
    return 2.0 * _a(mass) * _G / (_a(air_density) * _a(speed) ** 2 * _a(wing_area))


def drag_coefficient(lift_coefficient, zero_lift_drag, induced_factor):
    """C_D = C_D0 + K C_L^2 [-] (Anderson 1999, ch. 5; Raymer 2018, ch. 12)."""
    return _a(zero_lift_drag) + _a(induced_factor) * _a(lift_coefficient) ** 2


def drag(mass, speed, air_density, wing_area, zero_lift_drag, induced_factor):
    """Drag [N] in level flight: q S C_D with q = rho V^2 / 2."""
    q = 0.5 * _a(air_density) * _a(speed) ** 2
    cl = lift_coefficient(mass, speed, air_density, wing_area)
    return q * _a(wing_area) * drag_coefficient(cl, zero_lift_drag, induced_factor)


def power_required(mass, speed, air_density, wing_area, zero_lift_drag, induced_factor):
    r"""Thrust power [W] needed in level flight: D V (Anderson 1999, ch. 5).

    :math:`P = \tfrac12 \rho V^3 S C_{D0} + 2 K W^2 / (\rho S V)`; always >= 0.
    """
    return drag(mass, speed, air_density, wing_area, zero_lift_drag, induced_factor) * _a(speed)


def max_lift_to_drag(zero_lift_drag, induced_factor):
    """(L/D)max = 1 / (2 sqrt(K C_D0)) [-] (Anderson 1999, ch. 5)."""
    return 0.5 / np.sqrt(_a(zero_lift_drag) * _a(induced_factor))


def lift_to_drag(lift_coefficient, zero_lift_drag, induced_factor):
    """L/D = C_L / C_D [-]."""
    return _a(lift_coefficient) / drag_coefficient(lift_coefficient, zero_lift_drag,
                                                   induced_factor)


# ---------------------------------------------------------------- characteristic speeds

def stall_speed(mass, air_density, wing_area, max_lift_coefficient):
    """V_s = sqrt(2 m g / (rho S C_L,max)) [m/s] (Anderson 1999, ch. 5)."""
    return np.sqrt(2.0 * _a(mass) * _G / (_a(air_density) * _a(wing_area)
                                         * _a(max_lift_coefficient)))


def min_drag_speed(mass, air_density, wing_area, zero_lift_drag, induced_factor):
    """Speed of (L/D)max [m/s]: sqrt(2 W/(rho S)) (K/C_D0)^(1/4) (Anderson 1999, ch. 5).

    The best-range speed of a propeller aircraft, piston or electric (Anderson ch. 5.1).
    """
    return np.sqrt(2.0 * _a(mass) * _G / (_a(air_density) * _a(wing_area))
                   * np.sqrt(_a(induced_factor) / _a(zero_lift_drag)))


def min_power_speed(mass, air_density, wing_area, zero_lift_drag, induced_factor):
    """Speed of minimum power, C_L^(3/2)/C_D max [m/s]: 3^(-1/4) x :func:`min_drag_speed`.

    The best-endurance speed of a propeller aircraft (Anderson 1999, ch. 5 and 5.14).
    """
    return 3.0 ** -0.25 * min_drag_speed(mass, air_density, wing_area, zero_lift_drag,
                                         induced_factor)


def flown_speed(speed, stall, stall_margin=STALL_MARGIN["value"]):
    """``speed`` raised to at least ``stall_margin`` x ``stall`` [m/s]."""
    return np.maximum(_a(speed), _a(stall_margin) * _a(stall))


def best_endurance_speed(mass, air_density, wing_area, zero_lift_drag, induced_factor,
                         max_lift_coefficient, stall_margin=STALL_MARGIN["value"]):
    """Best-endurance speed of a propeller aircraft [m/s], at least ``stall_margin`` V_s."""
    v = min_power_speed(mass, air_density, wing_area, zero_lift_drag, induced_factor)
    return flown_speed(v, stall_speed(mass, air_density, wing_area, max_lift_coefficient),
                       stall_margin)


def best_range_speed(mass, air_density, wing_area, zero_lift_drag, induced_factor,
                     max_lift_coefficient, stall_margin=STALL_MARGIN["value"]):
    """Best-range speed of a propeller aircraft [m/s] ((L/D)max), at least ``stall_margin`` V_s."""
    v = min_drag_speed(mass, air_density, wing_area, zero_lift_drag, induced_factor)
    return flown_speed(v, stall_speed(mass, air_density, wing_area, max_lift_coefficient),
                       stall_margin)


# ---------------------------------------------------------------- electric

def electric_endurance(usable_energy, power_required, propulsive_efficiency,
                       avionics_power=0.0):
    r"""Flight time [s] on a battery: :math:`t = E_u / (P_{req}/\eta + P_{av})` (Traub 2011).

    Parameters
    ----------
    usable_energy : array_like
        Energy drawn before landing [J].
    power_required : array_like
        Thrust power D V [W].
    propulsive_efficiency : array_like
        Thrust power / battery power of the motor, controller and propeller [-] (0-1].
    avionics_power : array_like
        Constant electrical load of avionics and payload [W].
    """
    return _a(usable_energy) / (_a(power_required) / _a(propulsive_efficiency)
                                + _a(avionics_power))


def electric_range(usable_energy, power_required, propulsive_efficiency, speed,
                   avionics_power=0.0):
    """Still-air distance [m] on a battery: endurance x speed (Traub 2011)."""
    return electric_endurance(usable_energy, power_required, propulsive_efficiency,
                              avionics_power) * _a(speed)


# ---------------------------------------------------------------- fuel (Breguet)

def fuel_mass(fuel_volume, fuel_density):
    """Fuel mass [kg] = volume [m^3] x density [kg/m^3] (:data:`FUEL_DENSITY`)."""
    return _a(fuel_volume) * _a(fuel_density)


def fuel_fraction(fuel_mass, takeoff_mass):
    """W_fuel / W0 [-]: the share of the take-off mass that is burnt fuel."""
    return _a(fuel_mass) / _a(takeoff_mass)


def breguet_range_piston(lift_to_drag, propulsive_efficiency, bsfc, fuel_fraction):
    r"""Breguet range of a propeller aircraft with a combustion engine [m].

    :math:`R = \frac{\eta_p}{g\,c}\,\frac{L}{D}\,\ln\frac{W_0}{W_1}`, with
    :math:`W_1 = W_0 (1 - \zeta)` (Anderson 1999, ch. 5; Raymer 2018, ch. 17).

    Parameters
    ----------
    lift_to_drag : array_like
        L/D held during the cruise [-].
    propulsive_efficiency : array_like
        Propeller efficiency, thrust power / shaft power [-].
    bsfc : array_like
        Brake-specific fuel consumption [kg/J] (250 g/kWh = 6.94e-8 kg/J).
    fuel_fraction : array_like
        Fuel burnt / take-off mass [-], in [0, 1).
    """
    return (_a(propulsive_efficiency) / (_G * _a(bsfc)) * _a(lift_to_drag)
            * -np.log1p(-_a(fuel_fraction)))


def breguet_endurance_piston(lift_coefficient, drag_coefficient, propulsive_efficiency, bsfc,
                             air_density, wing_area, takeoff_mass, fuel_fraction):
    r"""Breguet endurance of a propeller aircraft at constant C_L and altitude [s].

    :math:`E = \frac{\eta_p}{c\,g} \frac{C_L^{3/2}}{C_D} \sqrt{2\rho S}
    \left(W_1^{-1/2} - W_0^{-1/2}\right)` with weights in N (Anderson 1999, ch. 5;
    with ``c`` per unit mass, fuel weight flow = g c P).
    """
    w0 = _a(takeoff_mass) * _G
    w1 = w0 * (1.0 - _a(fuel_fraction))
    return (_a(propulsive_efficiency) / (_G * _a(bsfc)) * _a(lift_coefficient) ** 1.5
            / _a(drag_coefficient) * np.sqrt(2.0 * _a(air_density) * _a(wing_area))
            * (w1 ** -0.5 - w0 ** -0.5))


def breguet_range_jet(lift_coefficient, drag_coefficient, tsfc, air_density, wing_area,
                      takeoff_mass, fuel_fraction):
    r"""Breguet range of a jet at constant C_L and altitude [m].

    :math:`R = \frac{2}{g c_t} \sqrt{\frac{2}{\rho S}} \frac{C_L^{1/2}}{C_D}
    (W_0^{1/2} - W_1^{1/2})`, ``tsfc`` in kg/(N s) (Anderson 1999, ch. 5).
    """
    w0 = _a(takeoff_mass) * _G
    w1 = w0 * (1.0 - _a(fuel_fraction))
    return (2.0 / (_G * _a(tsfc)) * np.sqrt(2.0 / (_a(air_density) * _a(wing_area)))
            * np.sqrt(_a(lift_coefficient)) / _a(drag_coefficient) * (np.sqrt(w0) - np.sqrt(w1)))


def breguet_endurance_jet(lift_to_drag, tsfc, fuel_fraction):
    r"""Breguet endurance of a jet [s]: :math:`E = \frac{1}{g c_t} \frac{L}{D} \ln\frac{W_0}{W_1}`
    (Anderson 1999, ch. 5)."""
    return _a(lift_to_drag) / (_G * _a(tsfc)) * -np.log1p(-_a(fuel_fraction))


# ---------------------------------------------------------------- power available

def piston_power_lapse(density_ratio):
    r"""Shaft power of a normally aspirated piston engine at altitude / at sea level [-].

    Gagg-Ferrar: :math:`P/P_0 = 1.132\,\sigma - 0.132`, :math:`\sigma = \rho/\rho_0`
    (Gagg & Ferrar 1934; Gudmundsson 2014 ch. 7). Clipped at 0.
    """
    return np.maximum(1.132 * _a(density_ratio) - 0.132, 0.0)


#: Critical altitude of a turbo-normalised piston engine: the highest altitude at which the
#: turbocharger still holds the rated (sea-level) power. 15,000 ft = 4,572 m for the
#: turbocharged Rotax 915/916 iS [Kitplanes2024]; no figure found for the 914 (searched: its
#: operator's manual pages in the corpus do not show one), so the range around it,
#: 12,000-18,000 ft, is a judgement.
TURBO_CRITICAL_ALTITUDE = {"value": 4572.0, "range": (3658.0, 5486.0),
                           "source": "15,000 ft: turbocharged Rotax 915/916 iS produce max "
                                     "power up to 15,000 ft (Kitplanes, 'On the Nose!'); "
                                     "12,000-18,000 ft range a judgement; the Rotax 914's own "
                                     "figure not found (searched)"}


def turbo_power_lapse(density_ratio, critical_density_ratio):
    r"""Shaft power of a turbo-normalised piston engine at altitude / at sea level [-].

    Full rated power while the turbocharger can hold the sea-level manifold pressure, i.e. for
    :math:`\sigma \ge \sigma_{cr}` (the density ratio at the critical altitude); above it the
    engine lapses like a normally aspirated one that starts at the critical altitude:
    :math:`P/P_0 = 1.132\,\sigma/\sigma_{cr} - 0.132` (Gudmundsson 2014 ch. 7, turbo-normalised
    engines; Gagg & Ferrar 1934 for the lapse). Continuous at :math:`\sigma_{cr}`, never above 1,
    clipped at 0; equal to :func:`piston_power_lapse` when :math:`\sigma_{cr} = 1`.
    """
    ratio = _a(density_ratio) / _a(critical_density_ratio)
    return np.clip(1.132 * ratio - 0.132, 0.0, 1.0)


def _after_cycles(v, back, left, feasible):
    """:func:`top_speed`'s v after ``left`` more Newton steps where every feasible sample
    has settled into a cycle of one, two or three values (None where one has not).

    Near the root rounding leaves some samples cycling between neighbouring floats for
    good: of 16,384 samples of the Shahed-136 priors 13,656 reached a fixed point, 2,429
    alternated between two values and 134 cycled through three, so the fixed-point test
    never passed and every call ran all its steps (40). A step depends only on the
    sample's own v, so once v equals its value k steps back (``back[k - 1]``) it repeats
    with period k for good, and its value ``left`` steps on is the one ``k - left mod k``
    steps back (k back: v itself): bitwise what running the steps gives.
    """
    one = v == back[0]
    two = v == back[1]
    three = v == back[2]
    if not np.all(one | two | three | ~feasible):
        return None
    by_two = v if left % 2 == 0 else back[0]
    by_three = (v, back[0], back[1])[(3 - left % 3) % 3]
    return np.where(one, v, np.where(two, by_two, by_three))


def top_speed(thrust_power, mass, air_density, wing_area, zero_lift_drag, induced_factor,
              iterations=40):
    r"""Highest level-flight speed [m/s] where thrust power equals power required.

    Solves :math:`a V^4 - P V + b = 0` with :math:`a = \rho S C_{D0}/2`,
    :math:`b = 2 K W^2/(\rho S)` for its largest root by Newton's method from
    :math:`V_0 = (P/a)^{1/3}`, above the root, where the quartic is convex and increasing, so
    the iteration falls monotonically onto it (Brandt et al. 2004, ch. 5; Anderson 1999,
    ch. 5). NaN where the power cannot hold level flight at any speed.

    Parameters
    ----------
    thrust_power : array_like
        Power available as thrust power: shaft power x propeller efficiency [W].
    """
    p = _a(thrust_power)
    rho, s = _a(air_density), _a(wing_area)
    a = 0.5 * rho * s * _a(zero_lift_drag)
    b = 2.0 * _a(induced_factor) * (_a(mass) * _G) ** 2 / (rho * s)
    v = np.cbrt(p / a)
    v_star = np.cbrt(p / (4.0 * a))             # minimum of the quartic
    feasible = a * v_star ** 4 - p * v_star + b <= 0.0
    count = int(iterations)
    back = []                                   # v one, two and three steps back
    for i in range(count):
        f = a * v ** 4 - p * v + b
        v, last = v - f / (4.0 * a * v ** 3 - p), v
        if np.all((v == last) | ~feasible):     # a fixed point: the rest would repeat it
            break
        back = [last, *back[:2]]
        if len(back) == 3:                      # settled into cycles of 1-3 values
            settled = _after_cycles(v, back, count - 1 - i, feasible)
            if settled is not None:
                v = settled
                break
    return np.where(feasible, v, np.nan)


def min_power_required(mass, air_density, wing_area, zero_lift_drag, induced_factor,
                       max_lift_coefficient, stall_margin=STALL_MARGIN["value"]):
    """Least power required in level flight [W], at the flown best-endurance speed."""
    v = best_endurance_speed(mass, air_density, wing_area, zero_lift_drag, induced_factor,
                             max_lift_coefficient, stall_margin)
    return power_required(mass, v, air_density, wing_area, zero_lift_drag, induced_factor)


def max_climb_rate(thrust_power, mass, air_density, wing_area, zero_lift_drag, induced_factor,
                   max_lift_coefficient, stall_margin=STALL_MARGIN["value"]):
    """Best rate of climb [m/s]: (P_avail - P_req,min) / W (Anderson 1999, ch. 5), the
    excess power at the minimum-power speed (a close lower bound of the true maximum)."""
    excess = _a(thrust_power) - min_power_required(mass, air_density, wing_area, zero_lift_drag,
                                                   induced_factor, max_lift_coefficient,
                                                   stall_margin)
    return excess / (_a(mass) * _G)


#: Highest ceiling :func:`service_ceiling` resolves [m]: the top of the ISA's isothermal
#: layer (20 km, ISO 2533) its density model covers (``atmosphere._air_density_to_20km``);
#: a sample still climbing there has a ceiling of at least this, returned as this. (It was
#: 11 km, the tropopause: review 6 found every 80 W/kg electric wing capped there.)
CEILING_TOP = 20000.0


def service_ceiling(sea_level_thrust_power, mass, wing_area, zero_lift_drag, induced_factor,
                    max_lift_coefficient, lapse="piston", temperature_offset=0.0,
                    climb_rate=SERVICE_CEILING_CLIMB_RATE["value"], top=20000.0,
                    iterations=40, critical_altitude=None, tolerance=CEILING_TOLERANCE):
    """Altitude [m] where the best climb rate falls to ``climb_rate`` (100 ft/min).

    Power available lapses with density: ``"piston"`` by Gagg-Ferrar
    (:func:`piston_power_lapse`), ``"turbo"`` held to ``critical_altitude`` [m] then
    Gagg-Ferrar (:func:`turbo_power_lapse`), ``"electric"`` as a DC motor's full-throttle
    power on a fixed-pitch propeller (:func:`electric_power_lapse`: the motor's power does not
    depend on the air, the torque its propeller absorbs does; ceilfw, 2026-12-03; before, it
    did not lapse at all). The propeller's efficiency is held. 0 where even sea level does
    not reach ``climb_rate``, ``top`` where it is never reached below ``top``. The ISA
    troposphere and its isothermal layer (``atmosphere._air_density_to_20km``), so ``top``
    is clipped to :data:`CEILING_TOP` (20,000 m).

    The root of the excess climb rate f(h) (falling with altitude) is kept in a bracket
    [lo, hi] with f(lo) > 0 >= f(hi), narrowed by an Illinois-type regula falsi (Anderson
    & Björck 1973: the retained end's value scaled down when the same end is kept twice,
    superlinear on a smooth f; the lapse's clip at 0, the turbo's critical altitude and the
    stall margin's switch make kinks, where it stays bracketed) with a bisection step
    wherever :data:`SLOW_STEPS` steps in a row had not halved the bracket, until the
    bracket is below ``tolerance`` [m] (its midpoint is returned): ``iterations`` halvings
    at least. Samples where f is NaN at an end are bisected
    ``iterations`` times, as before. Vectorised; only the open samples are evaluated.
    """
    top = min(float(top), CEILING_TOP)
    rho0 = _air_density(0.0, temperature_offset)
    if lapse == "turbo":
        if critical_altitude is None:
            raise ValueError("a 'turbo' power lapse needs critical_altitude [m]")
        sigma_cr = _air_density(np.minimum(_a(critical_altitude), 11000.0),
                                temperature_offset) / rho0
    elif lapse not in ("piston", "electric"):
        raise ValueError(f"unknown power lapse {lapse!r}: 'piston', 'turbo' or "
                         "'electric'")
    # rho0 travels with the samples: a per-sample temperature offset gives one each (review 6)
    args = [_a(sea_level_thrust_power), _a(mass), _a(wing_area), _a(zero_lift_drag),
            _a(induced_factor), _a(max_lift_coefficient), _a(temperature_offset), _a(rho0)]
    if lapse == "turbo":
        args.append(_a(sigma_cr))
    shape = np.broadcast(*args, _a(0.0 if critical_altitude is None else critical_altitude)
                         ).shape
    full = [np.broadcast_to(x, shape).reshape(-1) if np.ndim(x) else x for x in args]

    def climb(h, inputs=full):
        p0, m, s, cd0, k, clmax, dt, rho_sl, *cr = inputs
        rho = _air_density_to_20km(h, dt)
        if lapse == "piston":
            power = p0 * piston_power_lapse(rho / rho_sl)
        elif lapse == "turbo":
            power = p0 * turbo_power_lapse(rho / rho_sl, cr[0])
        else:
            power = p0 * electric_power_lapse(rho / rho_sl)
        return max_climb_rate(power, m, rho, s, cd0, k, clmax) - climb_rate

    size = int(np.prod(shape, dtype=np.int64))
    lo, hi = np.zeros(size), np.full(size, top)
    f_lo, f_hi = np.broadcast_to(climb(lo), (size,)), np.broadcast_to(climb(hi), (size,))
    bracketed = (f_lo > 0.0) & (f_hi <= 0.0)
    out = np.where(f_lo <= 0.0, 0.0, top)
    todo = np.flatnonzero(bracketed)
    if todo.size:
        out[todo] = _illinois(climb, lo[todo], hi[todo], f_lo[todo], f_hi[todo],
                              _pick(full, todo, size), tolerance, 2 * int(iterations))
    odd = np.flatnonzero(~bracketed & ~(f_lo <= 0.0) & ~(f_hi > 0.0))   # a NaN end
    if odd.size:                     # as plain bisection has it: NaN counts as "not above"
        a, b, inputs = lo[odd], hi[odd], _pick(full, odd, size)
        for _ in range(int(iterations)):
            mid = 0.5 * (a + b)
            up = climb(mid, inputs) > 0.0
            a, b = np.where(up, mid, a), np.where(up, b, mid)
        out[odd] = 0.5 * (a + b)
    return out.reshape(shape)


def _pick(inputs, index, size):
    """``inputs`` (arrays of ``size`` samples or single values) at ``index``."""
    if index.size == size:
        return inputs
    return [x[index] if np.ndim(x) else x for x in inputs]


#: Steps in a row that may leave a bracket more than half as wide as at the last reference
#: (a halving or a bisection) before :func:`_illinois` bisects: 4, so at least one halving
#: every 5 steps. Measured on 10^5 random fixed wings (evaluations per bracketed sample,
#: piston / turbo / electric): 2: 13.5 / 10.2 / 10.9, 3: 8.3 / 8.1 / 6.7, 4: 6.2 / 7.5 / 6.7,
#: no bisection at all the same as 4; the Illinois rule (halving) with the previous
#: safeguard (a bisection when two steps had not halved the bracket): 12.6 / 9.9 / 12.0.
SLOW_STEPS = 4


def _illinois(f, lo, hi, f_lo, f_hi, inputs, tolerance, iterations):
    """Midpoints of brackets [lo, hi] (f(lo) > 0 >= f(hi)) narrowed below ``tolerance``.

    Each step evaluates ``f(x, inputs)`` once per open bracket, at the regula falsi point
    x = hi - f_hi (hi - lo) / (f_hi - f_lo), or at the midpoint once :data:`SLOW_STEPS`
    steps in a row have not halved the bracket (so ``iterations`` halvings take at most
    (SLOW_STEPS + 1) x ``iterations`` steps). Where the same end is kept twice in a row its
    value is scaled by m = 1 - f(x) / f(end replaced), or 1/2 where m <= 0 (Anderson &
    Björck 1973; 1/2 always is the Illinois rule, Dowell & Jarratt 1971), which keeps both
    ends moving; a point is kept at least 0.4 ``tolerance`` inside the bracket (Brent 1973,
    ch. 4), so that once it falls on the root the next closes the bracket from the other
    side. The arrays and ``inputs`` (arrays or single values) are the open samples'; a
    bracket that closes leaves them (its result is kept), so each sample's steps depend on
    it alone and the arrays shrink without a gather per step.
    """
    out = np.empty(lo.size)
    at = np.arange(lo.size)                         # position in out of each open bracket
    last = np.zeros(lo.size, dtype=np.int8)         # end replaced last: +1 lo, -1 hi
    bisect = np.zeros(lo.size, dtype=bool)          # this step bisects
    width = hi - lo
    before = width.copy()                           # the reference width
    slow = np.zeros(lo.size, dtype=np.int8)         # steps since it last halved
    for _ in range((SLOW_STEPS + 1) * iterations):
        still = width > tolerance
        if not still.all():                         # closed brackets leave
            done = ~still
            out[at[done]] = 0.5 * (lo[done] + hi[done])
            at, lo, hi, f_lo, f_hi, last, bisect, width, before, slow = (
                x[still] for x in (at, lo, hi, f_lo, f_hi, last, bisect, width, before, slow))
            if not at.size:
                break
            inputs = [x[still] if np.ndim(x) else x for x in inputs]
        with np.errstate(divide="ignore", invalid="ignore"):
            x = hi - f_hi * width / (f_hi - f_lo)
        bisect |= ~((x > lo) & (x < hi))
        np.copyto(x, 0.5 * (lo + hi), where=bisect)
        # at least 0.4 tolerance inside either end (as Brent's zeroin): a point that lands
        # on the root to rounding then brings the far end within the tolerance next
        np.clip(x, lo + 0.4 * tolerance, hi - 0.4 * tolerance, out=x)
        fx = f(x, inputs)
        up = fx > 0.0                               # the root lies above x
        new_width = np.where(up, hi - x, x - lo)
        fresh = (new_width <= 0.5 * before) | bisect
        np.copyto(before, new_width, where=fresh)   # a new reference width
        slow = np.where(fresh, 0, slow + 1).astype(np.int8)
        np.greater_equal(slow, SLOW_STEPS, out=bisect)
        width = new_width
        # Anderson-Bjorck: the end kept for the second time in a row scaled by m
        with np.errstate(divide="ignore", invalid="ignore"):
            m = 1.0 - fx / np.where(up, f_lo, f_hi)
        np.copyto(m, 0.5, where=~(m > 0.0))
        np.copyto(f_hi, m * f_hi, where=up & (last == 1))
        np.copyto(f_lo, m * f_lo, where=~up & (last == -1))
        np.copyto(f_hi, fx, where=~up)
        np.copyto(f_lo, fx, where=up)
        np.copyto(lo, x, where=up)
        np.copyto(hi, x, where=~up)
        last = np.where(up, 1, -1).astype(np.int8)
    out[at] = 0.5 * (lo + hi)
    return out


def climb_energy(mass, altitude_gain, propulsive_efficiency):
    """Extra energy [J] at the propeller shaft/battery to lift ``mass`` by ``altitude_gain``:
    m g dh / eta (potential energy only; the drag of the climb is counted as cruise)."""
    return _a(mass) * _G * np.maximum(_a(altitude_gain), 0.0) / _a(propulsive_efficiency)
