r"""Monte Carlo, generous bound and sensitivity for fixed wings (knows no claim, no wording).

The same method as the multirotor engine (:mod:`dronecalc.engine.uncertainty`): every input
is an interval (exact when stated as a point), drawn uniformly and seeded; the machine is
assembled once from arrays and the physics (:mod:`dronecalc.physics.fixed_wing`) runs once on
all samples; estimates are p5/p50/p95; the *generous bound* is the most favourable value over
the box of assumptions; sensitivity is one-at-a-time swings. The bound screens every corner of
the (up to) ten inputs that swing the result most, with the others at their favourable end, and
the best Monte Carlo sample, then polishes the best candidate with a bounded quasi-Newton step
(:func:`scipy.optimize.minimize`, L-BFGS-B on the unit box); the fixed-wing results are monotone
in nearly every input, so the optimum is a corner or close to one.

Samples whose fuel (or battery) and payload leave no empty mass are not machines and are
dropped (:data:`CONSTRAINTS`).
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from typing import Callable, Mapping

import numpy as np

from ..errors import InputValueError
from ..physics import fixed_wing as fw
from . import fixed_wing_jet as jet, fixed_wing_power as pw, fixed_wing_vtol as fwv
from . import fixed_wing_stall_wing as sw
from .fixed_wing_mass_draws import with_inferred_mass
from .fixed_wing_variables import VARIABLES, Variable  # noqa: F401  (re-exported)
from ..physics.atmosphere import _air_density, _air_density_to_20km
from ..physics.rotor import _G
from ..physics.workers import run_chunks
from ..priors import describe
from ..priors import fixed_wing as fwp
from ..priors.fixed_wing_mass import inferred_from, is_inferred
from .montecarlo import Estimate, percentiles
from .points import best_row, row
from .sensitivity import Driver, sensitivity as _sensitivity

Objective = Callable[[Mapping[str, np.ndarray]], np.ndarray]
DEFAULT_SAMPLES = 100_000


#: Kinds with lift rotors; the hybrid quadplane (fwv.HYBRID) hovers on a battery and
#: cruises on a piston engine's fuel, so it is a VTOL, a fuel and a battery kind at once.
VTOL_KINDS = ("vtol-quadplane", "tailsitter", fwv.HYBRID)
ELECTRIC_KINDS = ("fixed-wing-electric", "vtol-quadplane", "tailsitter")   # battery cruise
PISTON_KINDS = ("fixed-wing-piston", fwv.HYBRID)                           # piston cruise
FUEL_KINDS = ("fixed-wing-piston", jet.KIND, fwv.HYBRID)
BATTERY_KINDS = ELECTRIC_KINDS + (fwv.HYBRID,)                             # carry a battery

CONSTRAINTS = {"empty_mass": "fuel or battery plus payload leave some empty mass in the "
                             "take-off mass",
               "stall_speed": "the stall speed at take-off mass (sea-level density, i.e. an "
                              "indicated stall speed) lies within a stated stall_speed "
                              "(stall_speed_low - stall_speed_high)",
               "fuel_fraction": "the fuel / take-off mass lies within fuel_fraction_low - "
                                "fuel_fraction_high, where a stated fuel sets them "
                                "(claims.fixed_wing_fuel)"}
#: The largest fuel share of the take-off mass any aircraft has flown with: the Virgin
#: Atlantic GlobalFlyer's about 83 % of 22,100 lb at its 2005 take-off (Aviation
#: International News, April 2005, "One pilot, one jet engine, one load of fuel"; its zero-fuel
#: weight "only 18 % of the takeoff weight", Aviation Week & Space Technology 2005-03-07 p. 26).
#: A stated fuel above it at a stated take-off mass leaves no room for an airframe.
MAX_FUEL_FRACTION = 0.83
#: Relative tolerance on a stated stall speed when it conditions the draws: a judgement.
#: A maker's stall speed is an indicated airspeed at some mass (often the maximum, not
#: always said) read off an air-data system whose position error is largest near the
#: stall; V_s goes as sqrt(mass), so +-10 % covers a stated mass off by about +-20 % or a
#: few knots of instrument error at 50 kn. A guess, not a measured figure.
STALL_TOLERANCE = 0.10


@dataclass(frozen=True)
class Input(describe.Input):
    """One fixed-wing input as an SI interval (exact when ``low == high``).

    The one input type of the architecture, :class:`dronecalc.priors.describe.Input` (same
    fields: name, low, high, origin, note; same ``exact``); only the registry its ``name``
    is looked up in differs: :data:`VARIABLES` here, whose display units are a scale of the SI
    unit (a lift disk loading in N/m^2 is shown in kg/m^2, which pint cannot convert).
    """

    @property
    def variable(self) -> Variable:
        return VARIABLES[self.name]

    def display(self) -> tuple[float, float, str]:
        """Both ends in the display unit, and that unit."""
        s = self.variable.scale
        return self.low / s, self.high / s, self.variable.display


# --------------------------------------------------------------------------- the machine

def calibration_factor(v: Mapping[str, np.ndarray], kind: str):
    """The factor on the cruise eta L/D of sampled machines (a battery cruise; a piston's
    Breguet cruise: on eta L/D / BSFC): ``cruise_calibration`` when given (an exact factor),
    else the kind's calibration at ``calibration_percentile``
    (:meth:`dronecalc.priors.fixed_wing.CruiseCalibration.factor_at`), else 1."""
    if "cruise_calibration" in v:
        return _get(v, "cruise_calibration")
    if "calibration_percentile" in v:
        cal = fwp.cruise_calibration(kind)
        if cal is None:
            raise InputValueError("no cruise calibration for this kind",
                                  field="calibration_percentile", value=kind,
                                  expected=" or ".join(fwp.KIND_CALIBRATION))
        return cal.factor_at(_get(v, "calibration_percentile"))
    return np.asarray(1.0)


def _get(v: Mapping[str, np.ndarray], name: str, default=np.nan):
    return np.asarray(v[name], dtype=float) if name in v else np.asarray(default, dtype=float)


def geometry(v: Mapping[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(wing area [m^2], aspect ratio [-], induced-drag factor K [-]) of sampled machines."""
    b = _get(v, "wingspan")
    if "wing_area" in v or sw.SPEED in v:       # stated, or from a stated stall speed
        s = _get(v, "wing_area") if "wing_area" in v else sw.area(v)
        ar = fw.aspect_ratio(b, s)
    else:
        ar = _get(v, "aspect_ratio")
        s = b ** 2 / ar
    if "oswald_efficiency" in v:
        e = _get(v, "oswald_efficiency")
    else:
        e = np.clip(fw.oswald_efficiency(ar) + _get(v, "oswald_offset", 0.0), 0.3, 1.0)
    return s, ar, fw.induced_drag_factor(ar, e)


def energy_mass(v: Mapping[str, np.ndarray], kind: str) -> np.ndarray:
    """Fuel mass (fuel kinds, the hybrid quadplane's too) or battery mass (electric) [kg]."""
    m = _get(v, "takeoff_mass")
    if kind == fwv.HYBRID:      # the energy stores less the lift battery (engine.fixed_wing_vtol)
        return fwv.fuel_mass(v, DEFAULT_SPECIFIC_ENERGY)
    if kind in FUEL_KINDS:
        return _get(v, "fuel_mass") if "fuel_mass" in v else m * _get(v, "fuel_fraction")
    return battery_mass(v)      # battery kinds (electric fixed wing, quadplane, tailsitter)


def battery_mass(v: Mapping[str, np.ndarray]) -> np.ndarray:
    """Battery mass [kg] (electric kinds): stated (``battery_mass``), else stated energy /
    specific energy, else share x mass."""
    if "battery_mass" in v:
        return _get(v, "battery_mass")
    if "battery_energy" in v:
        return _get(v, "battery_energy") / _get(v, "specific_energy", DEFAULT_SPECIFIC_ENERGY)
    return _get(v, "takeoff_mass") * _get(v, "battery_fraction")


#: Pack specific energy [J/kg] where a sample carries none (165 Wh/kg: the middle of the
#: LiPo range of physics.battery.CHEMISTRIES, 130-200 Wh/kg).
DEFAULT_SPECIFIC_ENERGY = 165.0 * 3600.0


def battery_energy(v: Mapping[str, np.ndarray], kind: str) -> np.ndarray:
    """Nominal pack energy [J] of battery kinds: stated, or battery mass x specific energy."""
    if "battery_energy" in v or kind == fwv.HYBRID:     # a hybrid's sized by its hover
        return _get(v, "battery_energy") if "battery_energy" in v else fwv.battery_energy(v)
    return battery_mass(v) * _get(v, "specific_energy", DEFAULT_SPECIFIC_ENERGY)


def carrying(v: Mapping[str, np.ndarray], kind: str, payload) -> dict[str, np.ndarray]:
    """The sampled machines with their payload swapped for ``payload`` [kg], the airframe as
    loaded: take-off mass less the case's payload plus the new one; a fuel or battery drawn as
    a share of the take-off mass (``fuel_fraction``, ``battery_fraction``) is turned into the
    fuel mass / battery energy it is at the case's take-off mass, a VTOL's lift rotors into
    their disk area there (``lift_disk_area``) and a wing from a stated stall into its area:
    tank, pack, rotors and wing are the airframe's, not grown with the payload (a hover at
    fixed rotor area costs P ~ m^1.5). A claim's own payload (``claim_payload``) is flown so."""
    v = pw.with_power(v)                   # the engine of the airframe, as the tank and pack
    m = _get(v, "takeoff_mass")
    out = dict(v)
    out.pop("claim_payload", None)
    if kind in FUEL_KINDS and "fuel_mass" not in v:
        out["fuel_mass"] = energy_mass(v, kind)
        out.pop("fuel_fraction", None)
    if kind in BATTERY_KINDS and "battery_energy" not in v:
        out["battery_energy"] = battery_energy(v, kind)
        out.setdefault("specific_energy", np.full(np.shape(m), DEFAULT_SPECIFIC_ENERGY))
        out.pop("battery_fraction", None)
    if kind in VTOL_KINDS and "lift_disk_area" not in v:
        out["lift_disk_area"] = m * _G / _get(v, "lift_disk_loading")
    sw.fixed_area(v, out)                  # a wing from a stated stall: the airframe's too
    new = np.asarray(payload, dtype=float)
    out["takeoff_mass"] = m - _get(v, "payload", 0.0) + new
    out["payload"] = np.broadcast_to(new, np.shape(out["takeoff_mass"])).copy()
    return out


def without_payload(v: Mapping[str, np.ndarray], kind: str) -> dict[str, np.ndarray]:
    """The sampled machines with their payload taken off, the fuel or battery (and a VTOL's
    lift rotors) as loaded (:func:`carrying` none): the machine a claim stated
    "without payload" (a maker's no-payload endurance) flies."""
    return carrying(v, kind, 0.0)


def _flown(v: Mapping[str, np.ndarray], kind: str) -> Mapping[str, np.ndarray]:
    """The machines flown: with a ``claim_payload``, the case's airframe carrying it."""
    return carrying(v, kind, v["claim_payload"]) if "claim_payload" in v else v


def indicated_stall_speed(v: Mapping[str, np.ndarray]) -> np.ndarray:
    """Stall speed at take-off mass and sea-level density [m/s]: the equivalent (indicated)
    airspeed a maker states a stall at, which does not change with altitude."""
    s, _, _ = geometry(v)
    return fw.stall_speed(_get(v, "takeoff_mass"), _air_density(0.0), s,
                          _get(v, "max_lift_coefficient"))


def stall_lift_coefficient(mass, stall_speed, wing_area):
    """C_L,max [-] that a stated stall speed [m/s] gives at ``mass`` [kg] on ``wing_area``
    [m^2]: 2 m g / (rho0 S V_s^2), the stall read as indicated at sea-level density, as
    :func:`indicated_stall_speed` reads it (Anderson 1999, ch. 5)."""
    return fw.lift_coefficient(mass, stall_speed, _air_density(0.0), wing_area)


def margins(v: Mapping[str, np.ndarray], kind: str) -> dict[str, np.ndarray]:
    """Relative margin of each constraint (> 0 when met): empty mass / take-off mass; with a
    stated stall speed (``stall_speed_low``, ``stall_speed_high``), how far inside that window
    the machine's :func:`indicated_stall_speed` is, relative to it."""
    m = _get(v, "takeoff_mass")
    out = {"empty_mass": (m - energy_mass(v, kind) - _get(v, "payload", 0.0)) / m}
    if kind == fwv.HYBRID:     # its battery and lift system too: the mass of carrying both
        out["empty_mass"] = out["empty_mass"] - fwv.dead_share(v, DEFAULT_SPECIFIC_ENERGY)
    if "stall_speed_low" in v and "stall_speed_high" in v:
        vs = indicated_stall_speed(v)
        out["stall_speed"] = np.minimum(vs - _get(v, "stall_speed_low"),
                                        _get(v, "stall_speed_high") - vs) / vs
    if "fuel_fraction_high" in v:          # a stated fuel (claims.fixed_wing_fuel)
        share = energy_mass(v, kind) / m
        out["fuel_fraction"] = np.minimum(share - _get(v, "fuel_fraction_low", 0.0),
                                          _get(v, "fuel_fraction_high") - share)
    return out


#: Samples per chunk of a large :func:`performance` call: one chunk's few dozen temporaries
#: (8 B a sample each) stay near the core's cache, as the multirotor chain's do
#: (physics/chain.py ``CHUNK``); 10^6 Shahed-136 samples ran at 256 k/s in one call, where
#: 10^5 ran at 690 k/s (benchmarks/speed.py, 2026-12-01).
CHUNK = 16_384


def performance(v: Mapping[str, np.ndarray], kind: str, cruise_speed: float | None = None,
                indicated: bool = False) -> dict[str, np.ndarray]:
    """:func:`physics_of` on chunks of :data:`CHUNK` samples, the rest forked to the second
    core where it pays (:func:`dronecalc.physics.workers.run_chunks`). Each sample's result
    is elementwise arithmetic of its own inputs, so it does not depend on the chunks."""
    size = max([np.size(x) for x in (*v.values(), cruise_speed) if np.ndim(x) == 1] or [1])
    if size <= 2 * CHUNK:
        return physics_of(v, kind, cruise_speed, indicated)

    def part(start: int, stop: int) -> dict[str, np.ndarray]:
        cut = {key: (x[start:stop] if np.ndim(x) == 1 and np.size(x) == size else x)
               for key, x in v.items()}
        speed = (cruise_speed[start:stop] if np.ndim(cruise_speed) == 1 else cruise_speed)
        return physics_of(cut, kind, speed, indicated)
    first = part(0, CHUNK)
    out = {key: np.empty(size, dtype=x.dtype) for key, x in first.items()}
    for key, x in first.items():
        out[key][:CHUNK] = x
    rest = {key: x[CHUNK:] for key, x in out.items()}

    def work(start: int, stop: int) -> None:
        for key, x in part(CHUNK + start, CHUNK + stop).items():
            rest[key][start:stop] = x
    run_chunks(work, size - CHUNK, CHUNK, rest)
    return out


def physics_of(v: Mapping[str, np.ndarray], kind: str,
               cruise_speed: float | None = None,
               indicated: bool = False) -> dict[str, np.ndarray]:
    """Every result of the sampled machines (SI), one physics call on the arrays.

    Keys: ``max_range`` [m] (still air, one way, best-range C_L held), ``max_endurance`` [s],
    ``best_range_speed``, ``best_endurance_speed``, ``stall_speed`` [m/s] (at take-off mass),
    ``max_lift_to_drag`` [-], ``top_speed`` [m/s] and ``ceiling`` [m] (NaN without an engine
    power; a piston kind's at the take-off mass less ``ceiling_fuel_burnt`` of its fuel), and with ``cruise_speed`` [m/s] ``range_at_speed`` [m] (range flown at that speed:
    L/D at the mid-cruise weight) and ``endurance_at_speed`` [s] (the flight time at that speed:
    the time to fly ``range_at_speed``, plus the hover time of a VTOL kind), both NaN only where
    the speed is below ``lowest_speed`` [m/s], the stall speed (C_L > C_L,max; at the
    mid-cruise weight for a piston engine, the take-off weight for a battery). A stated speed is
    what the source says the aircraft flew, so it is flown down to the stall; the model's own
    optimum speeds (``max_range``, ``max_endurance``) keep the ``STALL_MARGIN`` cap, and
    ``slowest_speed`` [m/s] is that cap, ``STALL_MARGIN`` x the stall speed. Between the two an
    at-speed figure can exceed the best-speed one by the margin's effect: for the small
    electric wing of tests/test_fixed_wing_flight_speed.py (2.5 kg, AR 8, C_D0 0.03, C_L,max
    1.1), whose minimum-power and best-range speeds are both held at 1.2 V_s, the endurance
    at 1.05 V_s is 11 % above ``max_endurance`` (13 % at V_s) while the range there is 3 %
    below ``max_range`` (docs/theory.md section 10). Makers state endurance
    at a cruise speed, not at the minimum-power speed that ``max_endurance`` flies (the
    DeltaQuad's 100 km in 1 h 50 min is 15.2 m/s against its stated 16 m/s cruise; docs/theory.md
    section 10, *The speed a maker's endurance is flown at*).

    With ``indicated`` the ``cruise_speed`` is an equivalent (indicated) airspeed, flown at
    the true airspeed V = V_e sqrt(rho0 / rho(h)) of each sample's altitude (ISA; Anderson,
    *Introduction to Flight*, sec. 3.7); ``flown_speed`` [m/s] is the true airspeed flown.
    A ``reserve`` (share of the usable fuel or energy left at landing) is not burnt: the
    Breguet fuel fraction and the battery energy drawn are (1 - reserve) of the usable ones,
    the reserve still carried. A ``headwind`` [m/s] leaves the endurance as it is and scales
    every range by the ground speed over the airspeed, (V - w) / V (0 when V <= w), at the
    airspeed flown (the still-air best-range speed for ``max_range``: a slight understatement,
    since the best speed rises into a headwind). ``top_speed_indicated`` [m/s] is the top speed
    as an equivalent airspeed. VTOL kinds also give ``hover_endurance`` [s],
    the usable energy over the lift rotors' hover power (a hover the whole flight); the hybrid
    quadplane flies the piston cruise on its fuel and the hover on its battery
    (:func:`dronecalc.engine.fixed_wing_vtol.hybrid`). With an
    ``engine_power`` (not a jet, whose thrust does the like in its own module), a machine whose
    power available at its altitude holds level flight at no speed has range and endurance 0,
    one that cannot hold its best-range speed flies its range at its top speed, and a stated
    speed beyond its power is NaN; the flags ``power_short_range``, ``power_short_endurance``
    and ``power_short_at_speed`` say where (:func:`level_flight`).
    """
    v = pw.with_power(_flown(v, kind))
    m = _get(v, "takeoff_mass")
    rho = _air_density_to_20km(_get(v, "altitude", 0.0))  # bitwise _air_density to 11 km
    if indicated and cruise_speed is not None:
        cruise_speed = cruise_speed * np.sqrt(_air_density(0.0) / rho)
    burnt = 1.0 - _get(v, "reserve", 0.0)
    wind = _get(v, "headwind", 0.0)
    s, _, k = geometry(v)
    cd0, clmax = _get(v, "zero_lift_drag"), _get(v, "max_lift_coefficient")
    if kind in VTOL_KINDS:
        cd0 = cd0 + _get(v, "extra_drag", 0.0)
    eta_p = _get(v, "propeller_efficiency")
    margin = fw.STALL_MARGIN["value"]
    cl_cap = clmax / margin ** 2                       # C_L at margin x V_stall
    cl_range = np.minimum(np.sqrt(cd0 / k), cl_cap)
    cl_end = np.minimum(np.sqrt(3.0 * cd0 / k), cl_cap)
    out = {"max_lift_to_drag": fw.max_lift_to_drag(cd0, k),
           "stall_speed": fw.stall_speed(m, rho, s, clmax),
           "best_range_speed": np.sqrt(2 * m * _G / (rho * s * cl_range)),
           "best_endurance_speed": np.sqrt(2 * m * _G / (rho * s * cl_end))}
    ceiling_mass = m
    if kind in PISTON_KINDS:
        zeta = np.clip(energy_mass(v, kind) * burnt / m, 0.0, 0.99)
        c = _get(v, "bsfc")
        cd_r = fw.drag_coefficient(cl_range, cd0, k)
        # the kind's calibration multiplies the cruise eta L/D / BSFC (as the electric
        # branch's eta L/D); the power available (top speed, ceiling) keeps eta_p
        eta_c = eta_p * calibration_factor(v, kind)
        out["max_range"] = fw.breguet_range_piston(cl_range / cd_r, eta_c, c, zeta)
        out["max_endurance"] = fw.breguet_endurance_piston(
            cl_end, fw.drag_coefficient(cl_end, cd0, k), eta_c, c, rho, s, m, zeta)
        if cruise_speed is not None:
            mid = m * (1.0 - 0.5 * zeta)
            cl = fw.lift_coefficient(mid, cruise_speed, rho, s)
            # the speeds max_range and max_endurance may fly: C_L <= cl_cap (margin x stall)
            out["lowest_speed"] = fw.stall_speed(mid, rho, s, clmax)
            out["slowest_speed"] = margin * out["lowest_speed"]
            # a stated speed is flown wherever the wing can hold it: C_L <= C_L,max
            out["range_at_speed"] = np.where(
                cl <= clmax, fw.breguet_range_piston(fw.lift_to_drag(cl, cd0, k), eta_c, c,
                                                      zeta), np.nan)
            # constant airspeed: the time aloft is the distance over that speed
            out["endurance_at_speed"] = out["range_at_speed"] / cruise_speed
        lapse = "turbo" if "critical_altitude" in v else "piston"
        # a ceiling is that of a weight: the take-off mass less the share burnt of the fuel
        ceiling_mass = m * (1.0 - _get(v, "ceiling_fuel_burnt", 0.0) * zeta)
        if kind == fwv.HYBRID:          # the hover phases on the battery (the reserve is fuel)
            fwv.hybrid(v, m, rho, battery_energy(v, kind) * _get(v, "usable_fraction"), out)
    elif kind in ELECTRIC_KINDS:
        usable = battery_energy(v, kind) * _get(v, "usable_fraction") * burnt
        # the kind's calibration (priors.fixed_wing.KIND_CALIBRATION) multiplies the cruise
        # eta L/D; the hover phases keep the rotor model
        eta = eta_p * _get(v, "drive_efficiency") * calibration_factor(v, kind)
        hover_time = 0.0
        if kind in VTOL_KINDS:          # the vertical phases first, on the rotor model
            usable, hover_time = fwv.hover(v, m, rho, usable, out)
        p_r = fw.power_required(m, out["best_range_speed"], rho, s, cd0, k)
        p_e = fw.power_required(m, out["best_endurance_speed"], rho, s, cd0, k)
        out["max_range"] = fw.electric_range(usable, p_r, eta, out["best_range_speed"])
        out["max_endurance"] = fw.electric_endurance(usable, p_e, eta) + hover_time
        if cruise_speed is not None:
            p = fw.power_required(m, cruise_speed, rho, s, cd0, k)
            # the speeds max_range and max_endurance may fly: C_L <= cl_cap (margin x stall)
            out["lowest_speed"] = out["stall_speed"]
            out["slowest_speed"] = margin * out["stall_speed"]
            # a stated speed is flown wherever the wing can hold it: C_L <= C_L,max
            flyable = fw.lift_coefficient(m, cruise_speed, rho, s) <= clmax
            out["range_at_speed"] = np.where(
                flyable, fw.electric_range(usable, p, eta, cruise_speed), np.nan)
            out["endurance_at_speed"] = np.where(
                flyable, fw.electric_endurance(usable, p, eta) + hover_time, np.nan)
        lapse = "electric"
    elif kind == jet.KIND:              # the thrust's top speed and ceiling come with it
        out.update(jet.performance(v, m, rho, _get(v, "altitude", 0.0), s, cd0, k, clmax,
                                   np.clip(energy_mass(v, kind) * burnt / m, 0.0, 0.99),
                                   cruise_speed))
        lapse = "jet"
    else:
        raise InputValueError("no fixed-wing performance model for this kind",
                              field="vehicle_kind", value=kind,
                              expected="fixed-wing-piston, fixed-wing-jet, fixed-wing-electric, "
                                       "vtol-quadplane, vtol-quadplane-piston or tailsitter")
    if cruise_speed is not None:
        out["flown_speed"] = np.asarray(cruise_speed, dtype=float)
    if "engine_power" in v and kind != jet.KIND:     # a jet's thrust serves it (above)
        p_avail = _get(v, "engine_power") * eta_p
        crit = v.get("critical_altitude")
        if lapse == "piston":
            p_avail = p_avail * fw.piston_power_lapse(rho / _air_density(0.0))
        elif lapse == "turbo":
            p_avail = p_avail * fw.turbo_power_lapse(rho / _air_density(0.0),
                                                     _air_density(crit) / _air_density(0.0))
        elif lapse == "electric":       # a fixed-pitch propeller's load at altitude (ceilfw)
            p_avail = p_avail * fw.electric_power_lapse(rho / _air_density(0.0))
        out["top_speed"] = fw.top_speed(p_avail, m, rho, s, cd0, k)
        # the same speed as an airspeed indicator shows it (V_e = V sqrt(rho / rho0))
        out["top_speed_indicated"] = out["top_speed"] * np.sqrt(rho / _air_density(0.0))
        out["ceiling"] = fw.service_ceiling(_get(v, "engine_power") * eta_p, ceiling_mass, s,
                                            cd0, k, clmax, lapse=lapse, critical_altitude=crit)
        out.update(level_flight(out, p_avail, m, rho, s, cd0, k, cruise_speed))
    elif "top_speed" not in out:
        out["top_speed"] = out["ceiling"] = np.full(np.shape(m), np.nan)
        out["top_speed_indicated"] = out["top_speed"]
    if "headwind" in v:      # ground speed / airspeed, after the endurances and level_flight
        out["max_range"] = out["max_range"] * np.clip(
            1.0 - wind / out["best_range_speed"], 0.0, None)
        if cruise_speed is not None:
            out["range_at_speed"] = out["range_at_speed"] * np.clip(
                1.0 - wind / cruise_speed, 0.0, None)
    shape = np.broadcast(*[np.asarray(x) for x in out.values()]).shape
    return {key: np.broadcast_to(x, shape) for key, x in out.items()}


#: The flags of :func:`level_flight`: result key -> the flag set where the engine cannot
#: hold level flight at the speed that result is flown at.
POWER_SHORT = {"max_range": "power_short_range", "max_endurance": "power_short_endurance",
               "range_at_speed": "power_short_at_speed",
               "endurance_at_speed": "power_short_at_speed"}


def level_flight(out: Mapping[str, np.ndarray], thrust_power, mass, air_density, wing_area,
                 zero_lift_drag, induced_factor, cruise_speed=None) -> dict[str, np.ndarray]:
    r"""The results of machines whose engine cannot hold level flight at their best speeds.

    Level, unaccelerated flight at V needs the thrust power available at the cruise altitude
    (``thrust_power`` [W]: shaft power x propeller efficiency, lapsed) to be at least the power
    required D V: it is possible only between the two speeds where :math:`P_A = P_R` (Anderson
    1999, ch. 5; Brandt et al. 2004, ch. 5). Tested at the take-off ``mass`` [kg], the
    heaviest of the flight (at constant C_L the power required goes as W^1.5, so a machine that
    holds the start holds the rest).

    * A machine short of the power at its best-endurance speed (the least-power speed the
      stall margin allows, ``best_endurance_speed``) holds level flight at no speed the model
      flies: it cannot fly the claim, ``max_endurance`` and ``max_range`` are 0 (counted as
      failing), as the multirotor chain gives a machine whose packs cannot supply the hover
      (``physics.chain``) and a VTOL whose energy cannot pay for its vertical phases
      (``hover_short``).
    * One that holds that speed but not its best-range speed flies its range at the fastest
      speed it holds, its top speed (``top_speed``, between the two: below the minimum-drag
      speed L/D rises with speed, so that is its best attainable range): ``max_range`` scaled
      by L/D at the top speed's C_L over L/D at the best-range C_L (both Breguet's piston range
      and the battery range E eta / D are proportional to L/D at a held C_L), and
      ``best_range_speed`` is that top speed.
    * At a stated ``cruise_speed`` [m/s] beyond its power (``range_at_speed``,
      ``endurance_at_speed``): NaN, a speed it cannot fly, as a speed below its stall.

    Returns those results and the flags of :data:`POWER_SHORT` (bool): ``power_short_range``
    where the best-range speed is beyond the power, ``power_short_endurance`` where no speed is.
    """
    p = np.asarray(thrust_power, dtype=float)
    args = (air_density, wing_area, zero_lift_drag, induced_factor)
    v_r, v_e = out["best_range_speed"], out["best_endurance_speed"]

    def at_top(slow, top):                        # the range scaled by L/D at the top speed
        ld = [fw.lift_to_drag(fw.lift_coefficient(mass, v, air_density, wing_area),
                              zero_lift_drag, induced_factor) for v in (top, v_r)]
        return out["max_range"] * ld[0] / ld[1]

    # (a top speed is found wherever the best-endurance speed is held; NaN-safe all the same)
    result = jet.held(out, p < fw.power_required(mass, v_r, *args),
                      p < fw.power_required(mass, v_e, *args), out["top_speed"], at_top)
    if cruise_speed is not None and "range_at_speed" in out:
        at = p < fw.power_required(mass, cruise_speed, *args)
        result["power_short_at_speed"] = at
        for key in ("range_at_speed", "endurance_at_speed"):
            result[key] = np.where(at, np.nan, out[key])
    return result


# --------------------------------------------------------------------------- sampling

def sample(inputs: Mapping[str, Input], n: int, seed: int) -> dict[str, np.ndarray]:
    """``n`` joint uniform samples, in input order (one seed, one set of samples); a take-off
    mass inferred from the payload or wingspan is then re-read as a percentile of its law at
    each machine's own payload or span (:mod:`dronecalc.engine.fixed_wing_mass_draws`)."""
    if int(n) < 1:
        raise InputValueError("need at least one sample", field="samples", value=n,
                              expected=">= 1")
    rng = np.random.default_rng(seed)
    drawn = {name: np.full(int(n), inp.low) if inp.exact else rng.uniform(inp.low, inp.high,
                                                                           int(n))
             for name, inp in pw.drawn(inputs).items()}
    return with_inferred_mass(inputs, drawn)     # an inferred mass: its law's distribution


@dataclass
class MonteCarlo:
    """The kept samples of one run and their cached performance."""

    inputs: dict[str, Input]
    kind: str
    values: dict[str, np.ndarray]
    drawn: int
    rejected: dict[str, int]
    seed: int
    cruise_speed: float | None = None
    _performance: dict | None = field(default=None, repr=False)
    _unloaded: dict | None = field(default=None, repr=False)
    _at_speeds: dict = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        return int(next(iter(self.values.values())).size) if self.values else 0

    def performance(self, with_payload: bool = True) -> dict[str, np.ndarray]:
        """:func:`performance` of the kept samples: with the payload aboard all the way (a
        one-way flight), or ``with_payload=False`` without it (:func:`without_payload`)."""
        if self._performance is None:
            self._performance = performance(self.values, self.kind, self.cruise_speed)
        if with_payload:
            return self._performance
        if self._unloaded is None:
            self._unloaded = performance(without_payload(self.values, self.kind), self.kind,
                                         self.cruise_speed)
        return self._unloaded

    def at_speed(self, speed: float | None, with_payload: bool = True,
                 indicated: bool = False) -> dict[str, np.ndarray]:
        """:meth:`performance` with ``range_at_speed`` and ``endurance_at_speed`` flown at
        ``speed`` [m/s] instead of the run's ``cruise_speed`` (a claim's own speed); with
        ``indicated`` an equivalent airspeed, converted at each sample's altitude."""
        if speed is None or (speed == self.cruise_speed and not indicated):
            return self.performance(with_payload)
        key = (float(speed), bool(with_payload), bool(indicated))
        if key not in self._at_speeds:
            flown = self.values if with_payload else without_payload(self.values, self.kind)
            self._at_speeds[key] = performance(flown, self.kind, float(speed), indicated)
        return self._at_speeds[key]

    def best(self, values: np.ndarray, maximize: bool = True) -> dict[str, float]:
        """The kept sample with the largest (or smallest) finite ``values`` (the first kept
        sample when none is finite), as the multirotor :meth:`MonteCarlo.best`."""
        found = best_row(self.values, values, maximize)
        return found if found is not None else row(self.values, 0)


def monte_carlo(inputs: Mapping[str, Input], kind: str, n: int = DEFAULT_SAMPLES,
                seed: int = 0, cruise_speed: float | None = None) -> MonteCarlo:
    """Draw ``n`` machines, keep the buildable ones (:data:`CONSTRAINTS`)."""
    drawn = sample(inputs, n, seed)
    parts = margins(drawn, kind)
    keep = np.min(np.stack(list(parts.values())), axis=0) > 0
    if not keep.any():
        if "stall_speed" in parts and (parts["empty_mass"] > 0).any():
            vs = indicated_stall_speed(drawn) * 3.6
            mass = inputs.get("takeoff_mass")
            inferred = mass is not None and is_inferred(mass)   # the case states no mass
            raise InputValueError(
                "no sampled machine has the stated stall speed", field="stall_speed",
                value=f"{inputs['stall_speed_low'].low * 3.6:.4g}-"
                      f"{inputs['stall_speed_high'].low * 3.6:.4g} km/h with the tolerance",
                expected="a stall speed the wing priors allow at "
                         + (f"the take-off mass inferred from {inferred_from(mass)} ("
                            f"{mass.low:.4g}-{mass.high:.4g} kg; the source states none)"
                            if inferred
                            else "this mass")
                         + f" ({np.min(vs):.4g}-{np.max(vs):.4g} km/h); check the stall speed"
                         + (" and the wing figures (span, area), and state the take-off mass"
                            if inferred else ", the mass and the wing figures (span, area)"))
        if "fuel_fraction" in parts and not (parts["fuel_fraction"] > 0).any():
            raise InputValueError("no sampled machine has the stated fuel's share of the "
                                  "take-off mass", field="fuel_fraction",
                                  value=CONSTRAINTS["fuel_fraction"],
                                  expected="a fuel that fits the take-off mass")
        raise InputValueError("no sampled machine satisfies the constraints",
                              field="empty_mass", value=CONSTRAINTS["empty_mass"],
                              expected="a take-off mass larger than fuel/battery plus payload")
    rejected = {k: int(np.sum(x <= 0)) for k, x in parts.items()}
    return MonteCarlo(dict(inputs), kind, {k: x[keep] for k, x in drawn.items()}, int(n),
                      rejected, seed, cruise_speed)


def outcome(key: str, kind: str, cruise_speed: float | None = None,
            with_payload: bool = True, indicated: bool = False) -> Objective:
    """An objective: one result of :func:`performance`, NaN where not buildable; with
    ``with_payload=False`` of the machine without its payload (:func:`without_payload`)."""
    def evaluate(v: Mapping[str, np.ndarray]) -> np.ndarray:
        ok = np.min(np.stack(list(margins(v, kind).values())), axis=0) > 0
        flown = v if with_payload else without_payload(v, kind)
        return np.where(ok, performance(flown, kind, cruise_speed, indicated)[key], np.nan)
    return evaluate


# --------------------------------------------------------------------------- bound, sensitivity

def central_point(inputs: Mapping[str, Input]) -> dict[str, float]:
    return {n: 0.5 * (i.low + i.high) for n, i in pw.drawn(inputs).items()}


def sensitivity(inputs: Mapping[str, Input], objective: Objective,
                base: Mapping[str, float] | None = None) -> list[Driver]:
    """One-at-a-time swings, largest first: :func:`dronecalc.engine.sensitivity.sensitivity`
    about ``base``, by default this module's :func:`central_point` (range middles, integers
    not rounded)."""
    return _sensitivity(pw.drawn(inputs), objective,
                        base=central_point(inputs) if base is None else base)


def generous_bound(inputs: Mapping[str, Input], objective: Objective, maximize: bool = True,
                   starts: list[Mapping[str, float]] | None = None,
                   drivers: list[Driver] | None = None) -> tuple[float, dict[str, float]]:
    """The most favourable value of ``objective`` over the box, and where it is reached.

    Screens the corners of the ten largest-swing inputs (others at their favourable end) plus
    ``starts`` in one batch, then polishes the best with L-BFGS-B on the unit box.
    """
    from scipy import optimize

    sense, inputs = (1.0 if maximize else -1.0), pw.drawn(inputs)
    names = [n for n, i in inputs.items() if not i.exact]
    base = central_point(inputs)
    if drivers is None:
        drivers = sensitivity(inputs, objective)
    favourable = {}
    for d in drivers:
        up = (d.output_high - d.output_low) * sense >= 0 if math.isfinite(d.swing) else True
        favourable[d.name] = inputs[d.name].high if up else inputs[d.name].low
    top = [d.name for d in drivers[:10]]
    point = {**base, **favourable}
    corners = [dict(point, **dict(zip(top, combo))) for combo in itertools.product(
        *[(inputs[n].low, inputs[n].high) for n in top])]
    candidates = corners + [dict(s) for s in (starts or [])] + [base]
    stack = {k: np.array([c[k] for c in candidates]) for k in base}
    values = sense * np.asarray(objective(stack), dtype=float)
    values = np.where(np.isfinite(values), values, -np.inf)
    best = dict(candidates[int(np.argmax(values))])
    if names and np.isfinite(values.max()):
        lo = np.array([inputs[n].low for n in names])
        span = np.array([inputs[n].high - inputs[n].low for n in names])

        def f(z):
            pt = dict(best, **dict(zip(names, lo + span * z)))
            val = float(np.asarray(objective({k: np.array([x]) for k, x in pt.items()}))[0])
            return -sense * val if math.isfinite(val) else 1e30

        z0 = np.array([(best[n] - lo[j]) / span[j] for j, n in enumerate(names)])
        res = optimize.minimize(f, z0, method="L-BFGS-B", bounds=[(0, 1)] * len(names),
                                options={"maxiter": 20})
        if -res.fun > float(values.max()):              # -f is sense x value
            best = dict(best, **dict(zip(names, lo + span * np.clip(res.x, 0, 1))))
    value = float(np.asarray(objective({k: np.array([x]) for k, x in best.items()}))[0])
    return value, best


def estimate(values: np.ndarray, scale: float, unit: str) -> Estimate:
    """p5/p50/p95 of the finite values, in display units."""
    return percentiles(values, lambda x: np.asarray(x) / scale, unit)
