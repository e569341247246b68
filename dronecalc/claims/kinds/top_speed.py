r"""A top-speed claim against the fastest level speed the motors can hold.

The top speed of a sampled machine is the fastest level airspeed at which, all three at once,

* the electrical power of level flight (:func:`dronecalc.physics.multirotor.power_curve`'s
  model) stays within the power the drive draws at full throttle: the hover power of the
  full-throttle static thrust (propulsion "kv" ceiling, momentum theory with the machine's
  figure of merit) over the drive efficiency, plus the avionics;
* the thrust the level trim needs stays within that full-throttle static thrust;
* the trim tilt stays within :data:`TILT_LIMIT` (60 deg, the upper end of the flight
  controllers' defaults in :data:`TILT_SOURCE`).

The trim balances the parasite drag D and the rotors' in-plane force c T V cos(theta), the
force whose power c T V^2 the level-flight power already counts
(:func:`dronecalc.physics.rotor_terms._level_trim`: theta = arctan(D/W) + arctan(c V cos
theta), T = W cos theta + D sin theta; docs/theory.md section 3a). The set of speeds that
satisfy all three is an interval from hover (power falls, then rises with speed; drag and
tilt rise), so its upper end is found by bisection on all samples at once. Past 45 deg of
trim the forward-flight power model is beyond its validity (docs/theory.md section 3); the
finding then says for which share of the sampled machines. The pack's ability to deliver
that power (its C rating) is not modelled (docs/validation.md, issues 10 and 12, tilt).

With a stated motor Kv the full-throttle thrust is the propulsion "kv" ceiling. Without one
it comes from a sourced prior (:mod:`dronecalc.priors.drive`): the full-throttle thrust-to-
weight of multirotors at their *maximum* take-off mass (MTOW, the definition of
``data/thrust_to_weight.toml``), so the thrust is that ratio x the MTOW x g: the MTOW a stated
``max_takeoff_mass``, else the design full load of :mod:`.payload` (the take-off mass without
payload times the ratio MTOW / that mass fitted on real machines, never below the take-off
mass flown). Both are drawn per sample (the Monte Carlo), at their favourable (upper) ends for
the generous bound and at their middles for the drivers; each draw of the ratio starts where
the thrust gives the control margin the machine needs at the take-off mass flown (the case's,
or a claim's own payload's when heavier). A claim whose own payload takes the machine above its
MTOW, or where even the prior's top gives no control margin, flies at 0 there: the payload
kind's reading of such a payload. The finding says so, and that a stated Kv or a measured
thrust would overturn it.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Mapping

import numpy as np

from ...engine import uncertainty as unc
from ...intake.case import CaseFigure
from ...physics import multirotor as mission
from ...physics.propulsion import _thrust_ceiling_kv
from ...physics.rotor_terms import _level_trim
from ...physics.rotor import _G, _disk_area, _hover_power
from ..context import Context, alternative_note, claimed, condition, own_unit, rotor_note, \
    own_payload, scaler, threshold, unused_note
from ..explain import effects, overturn_for
from ..phrases import share
from .capability import sentence, uniform
from .payload import design_full_load, stated_max_takeoff
from ..registry import ClaimKind, register
from ..results import Finding, Value
from ..verdict import assess
from ...wording import num, span

if TYPE_CHECKING:                   # imported where a claim needs it (~1 ms of imports)
    from ...priors import drive

#: Flight controllers' default limits on the tilt in flight [deg], each with its source: what
#: a machine is commanded to at most, unless its case states a ``max_tilt``.
TILT_SOURCE = {
    "px4": {"value": 45.0, "source": "PX4 Autopilot MPC_TILTMAX_AIR, 'Maximum tilt angle in "
            "air', default 45 deg (settable 20-89), src/modules/mc_pos_control/"
            "multicopter_position_control_limits_params.c; position and auto modes"},
    "ardupilot": {"value": 30.0, "source": "ArduPilot Copter lean-angle limit (ANGLE_MAX, "
                  "now ATC_ANGLE_MAX) default 30 deg = 3000 cdeg, settable to 80 deg: "
                  "AC_ATTITUDE_CONTROL_ANGLE_MAX_DEFAULT 30.0f and _ANGLE_LIMIT_MAX 80.0, "
                  "libraries/AC_AttitudeControl/AC_AttitudeControl.cpp"},
    "betaflight": {"value": 60.0, "source": "Betaflight angle mode's angle_limit default 60 "
                   "deg (4.5, src/main/flight/pid.c '.angle_limit = 60'; earlier releases "
                   "levelAngleLimit = 55); acro mode, the racing/FPV default, has no limit"},
}
#: Largest trim tilt of the top speed [rad]: the highest default above (Betaflight's angle
#: mode), so an FPV or racing machine's figure is not ruled out by a camera drone's limit;
#: a stated ``max_tilt`` is capped here. A judgement between the sourced defaults.
TILT_LIMIT = float(np.radians(max(e["value"] for e in TILT_SOURCE.values())))
#: Largest trim tilt of the forward-flight power model's validity [rad] (docs/theory.md
#: section 3): beyond it the finding says the power there is an extrapolation.
MODEL_TILT = float(np.radians(45.0))
#: Upper end of the search [m/s]; a machine still flying there is reported at it.
SPEED_CEILING = 60.0
#: Bisection steps: 60 m/s / 2^22 = 14 um/s.
BISECTIONS = 22


def top_speed(values: Mapping[str, np.ndarray], with_payload: bool,
              payload=None, thrust_to_weight=None, tilt: float = TILT_LIMIT,
              load: Mapping | None = None) -> np.ndarray:
    """Fastest level airspeed [m/s] within full-throttle power and thrust and the tilt limit.

    ``payload`` [kg], scalar or one per sample, replaces the case's payload (a claim's own).
    ``thrust_to_weight`` [-], scalar or one per sample: the full-throttle thrust over the
    weight at the maximum take-off mass, used when ``values`` hold no ``motor_kv``
    (:mod:`dronecalc.priors.drive`); the MTOW is ``load``, the keywords of
    :func:`.payload.design_full_load` (``max_takeoff`` [kg], a stated MTOW, or
    ``design_percentile``, the fitted design full load), at least the case's take-off mass
    with its payload (that mass itself when ``load`` is None). ``tilt`` [rad]: the largest
    trim tilt (a stated ``max_tilt``, at most :data:`TILT_LIMIT`).
    """
    a, thrust, power = drive_limits(values, with_payload, payload, thrust_to_weight, load)
    flies = level_flight_test(a, thrust, power, tilt)

    low = np.zeros_like(a["weight"])
    high = np.full_like(low, SPEED_CEILING)
    hovers, at_ceiling = flies(low), flies(high)
    for _ in range(BISECTIONS):
        middle = 0.5 * (low + high)
        ok = flies(middle)
        low, high = np.where(ok, middle, low), np.where(ok, high, middle)
    return np.where(at_ceiling, SPEED_CEILING, np.where(hovers, low, 0.0))


def drive_limits(values: Mapping[str, np.ndarray], with_payload: bool, payload=None,
                 thrust_to_weight=None, load: Mapping | None = None):
    """The sampled machine's arrays (:func:`dronecalc.physics.multirotor._vehicle_arrays`), its
    full-throttle thrust [N] and the electrical power [W] the drive draws there: the limits
    :func:`top_speed` holds level flight within (arguments as there)."""
    machine = unc.vehicle(values, with_payload or payload is not None)
    if payload is not None:
        machine = replace(machine, payload_mass=payload)
    a = mission._vehicle_arrays(machine)
    if "motor_kv" in values:
        thrust = _thrust_ceiling_kv(a["motor_kv"], a["pack_voltage"], a["rotor_diameter"],
                                    a["rotors"], a["air_density"], a["thrust_coefficient"],
                                    a["loaded_rpm_fraction"])
    else:
        mtow = full_load(values, load)
        ratio = np.asarray(thrust_to_weight, dtype=float)
        thrust = ratio * _G * mtow
        # the mass flown above the MTOW, or no control margin at it: the payload kind's
        # reading (its capacity is at most the MTOW less the mass without payload)
        flown = a["weight"] / _G
        margin = np.asarray(values["control_thrust_ratio"], dtype=float) * flown
        thrust = np.where(above_mtow(flown, mtow) | (ratio * mtow < margin * (1 - 1e-9)),
                          0.0, thrust)
    power = a["rotors"] * _hover_power(thrust / a["rotors"], a["air_density"],
                                       _disk_area(a["rotor_diameter"]), a["figure_of_merit"],
                                       a["induced_power_factor"], a["overlap_factor"])
    power = power / a["drive_efficiency"] + a["avionics_power"]
    return a, thrust, power


def level_flight_test(a: Mapping, thrust, power, tilt: float = TILT_LIMIT):
    """The test of :func:`top_speed`: a function of the airspeed [m/s] that is True where the
    thrust and the tilt of the level trim (:func:`trim`) and the electrical power of level
    flight are all within limits."""
    def flies(speed: np.ndarray) -> np.ndarray:
        needed_tilt, needed = trim(a, speed)
        return ((needed <= thrust) & (needed_tilt <= tilt)
                & (mission._electrical_power(a, speed) <= power))

    return flies


def trim(a: Mapping, speed) -> tuple[np.ndarray, np.ndarray]:
    """The level trim's tilt [rad] and total thrust [N] at the airspeed ``speed`` [m/s]: the
    parasite drag and the rotors' in-plane drag (:func:`rotor_terms._level_trim`)."""
    drag = 0.5 * a["air_density"] * a["total_drag_area"] * speed ** 2
    return _level_trim(drag, a["weight"], speed, a.get("rotor_drag_coefficient", 0.0))


def above_mtow(flown, mtow) -> np.ndarray:
    """Where the mass flown [kg] exceeds the maximum take-off mass [kg] (a rounding apart)."""
    return np.asarray(flown) > np.asarray(mtow) * (1 + 1e-9)


def full_load(values: Mapping[str, np.ndarray], load: Mapping | None) -> np.ndarray:
    """The maximum take-off mass [kg] the thrust-to-weight prior is defined at: ``load`` as
    :func:`.payload.design_full_load`'s keywords, from the case's take-off mass without payload
    and with its payload (the airframe's, whatever payload a claim flies)."""
    takeoff = unc.vehicle(values, True)
    dry = np.asarray(takeoff.empty_mass + takeoff.battery_mass, dtype=float)
    return design_full_load(dry, dry + takeoff.payload_mass, **(load or {}))


def flown_mass(ctx: Context, fig: CaseFigure) -> np.ndarray:
    """The take-off mass [kg] a claim with its own payload flies, one per sample: the mass
    without payload plus the claim's payload samples (the stream :func:`_finding` uses)."""
    take = unc.vehicle(ctx.mc.values, False)
    dry = np.asarray(take.empty_mass + take.battery_mass, dtype=float)
    return dry + uniform(ctx, fig.payload, "kg", 5)[0]


def _objective(with_payload: bool, payload=None, thrust_to_weight=None,
               tilt: float = TILT_LIMIT, load: Mapping | None = None) -> unc.Objective:
    return lambda values: top_speed(values, with_payload, payload, thrust_to_weight, tilt,
                                    load)


def stated_tilt(ctx: Context) -> float | None:
    """The case's stated maximum tilt angle [rad] (its upper end), or None."""
    fig = ctx.input_figure("max_tilt")
    if fig is None:
        return None
    value = fig.value
    return max(e.m_as("rad") for e in (value.low, value.high) if e is not None)


#: Stream of :meth:`Context.rng` for the thrust-to-weight draws (claim figures use 1-7).
TWR_STREAM = 11
#: Stream for the maximum take-off mass draws (a stated MTOW's range or the design-load
#: percentile; the payload kind's is 13).
MTOW_STREAM = 17


def design_loads(ctx: Context) -> tuple[dict, dict, dict, dict, str]:
    """The MTOW keywords of :func:`top_speed`: drawn per sample, the favourable (upper) and
    lower ends, the middle, and the words saying where the MTOW comes from."""
    from ...priors import drive
    stated = stated_max_takeoff(ctx)
    shape = np.shape(np.asarray(ctx.mc.values["control_thrust_ratio"], dtype=float))
    gen = ctx.rng(MTOW_STREAM)
    if stated is not None:
        text = num(stated[0]) + ("" if stated[1] == stated[0] else f"-{num(stated[1])}")
        return (dict(max_takeoff=gen.uniform(stated[0], stated[1], shape)),
                dict(max_takeoff=stated[1]), dict(max_takeoff=stated[0]),
                dict(max_takeoff=0.5 * (stated[0] + stated[1])),
                f"the stated maximum take-off mass of {text} kg")
    low, high = drive.DESIGN_PERCENTILES
    take = unc.vehicle(ctx.mc.values, False)
    dry = np.asarray(take.empty_mass + take.battery_mass, dtype=float)
    masses = (float(dry.min()), float(dry.max())) if dry.size else (float("nan"),) * 2
    return (dict(design_percentile=gen.uniform(low, high, shape)),
            dict(design_percentile=high), dict(design_percentile=low),
            dict(design_percentile=0.5),
            "the maximum take-off mass not stated: " + drive.design_load().rests(masses))


def drawn_drive(ctx: Context, fig: CaseFigure) -> tuple:
    """The drive from the thrust-to-weight prior (no stated Kv): the design loads, each
    sample's drawn full-throttle thrust-to-weight at its MTOW, and the prior (its middle and
    upper end serve the typical machine and the bounds). Shared by the top-speed and ceiling
    checks, so both judge the same drives (stream :data:`TWR_STREAM`)."""
    from ...priors import drive
    loads = design_loads(ctx)
    # at least the control margin at the take-off mass flown, T = r x MTOW x g >= k W: the
    # case's (the machine flies it) or the claim's own payload's when heavier; a draw the
    # prior's top cannot lift there flies at 0 (top_speed's margin test)
    takeoff = full_load(ctx.mc.values, None)
    if fig.payload is not None:
        takeoff = np.maximum(takeoff, flown_mass(ctx, fig))
    drawn = drive.draw(ctx.rng(TWR_STREAM), ctx.mc.values["control_thrust_ratio"]
                       * takeoff / full_load(ctx.mc.values, loads[0]))
    return loads, drawn, drive.thrust_to_weight()


def evaluate(ctx: Context) -> list[Finding]:
    """Every top-speed claim: the drive's full-throttle thrust from a stated motor Kv, else
    from the thrust-to-weight prior (multirotors; :mod:`dronecalc.priors.drive`)."""
    return [_finding(ctx, fig) for fig in ctx.claims("top_speed")]


def _finding(ctx: Context, fig: CaseFigure) -> Finding:
    from ...priors import drive
    with_payload, cond = condition(ctx, fig)
    told = stated_tilt(ctx)
    tilt = TILT_LIMIT if told is None else min(TILT_LIMIT, told)
    loads: tuple = (None,) * 5
    if "motor_kv" in ctx.inputs:
        drawn = middle = generous = None
        prior_notes = []
    else:                       # the drive from the prior: drawn, its upper end for bounds
        loads, drawn, prior = drawn_drive(ctx, fig)
        middle, generous = prior.middle, prior.high
    load, high_load, _, mid_load, _ = loads
    if fig.payload is None:
        values = _objective(with_payload, None, drawn, tilt, load)(ctx.mc.values)
        objective = _objective(with_payload, None, generous, tilt, high_load)
        central = _objective(with_payload, None, middle, tilt, mid_load)
    else:                       # the claim's own payload: sampled, its lighter end for bounds
        samples, _, lighter = uniform(ctx, fig.payload, "kg", 5)
        values = _objective(True, samples, drawn, tilt, load)(ctx.mc.values)
        objective = _objective(True, lighter, generous, tilt, high_load)
        central = _objective(True, lighter, middle, tilt, mid_load)
        with_payload, cond = True, "with " + own_payload(ctx, fig)
    if drawn is not None:
        prior_notes = [_prior_note(ctx, prior, values, with_payload, fig, tilt, loads)]
        if fig.payload is not None:
            prior_notes += _over_note(ctx, fig, load, loads[4])
    target = threshold(fig, "m/s")
    swings = unc.sensitivity(ctx.inputs, central, samples=ctx.mc.values)
    bound = unc.generous_bound(ctx.inputs, objective, True, [ctx.mc.best(values)],
                               drivers=swings)
    p, verdict = assess(values, bound.value, target)
    scale, unit = own_unit(fig, "m/s", (1 / 3.6, "km/h"))
    est = unc.percentiles(values, scaler(scale), unit)
    found = effects(swings, scale, unit)
    return ctx.keep(Finding(
        [fig.id], "top_speed", verdict,
        sentence(fig, "top speed", est, p, ctx.mc.size, bound.value / scale, target / scale,
                 verdict, cond),
        claimed(fig, unit), est, Value(bound.value / scale, unit), p, found,
        (overturn_for(ctx.inputs, objective, bound, target, found, verdict, True)
         + ("" if drawn is None else " " + drive.OVERTURN)).strip(), cond,
        ["Top speed: the fastest level airspeed within the full-throttle power and thrust of "
         "the motors (" + ("propulsion 'kv' ceiling" if drawn is None else
                           f"thrust-to-weight prior, {ctx.no_kv()[1]}")
         + ") and a trim tilt of at most "
         + (f"{np.degrees(tilt):.3g} deg (the stated maximum tilt"
            + (f", capped at {np.degrees(TILT_LIMIT):.3g} deg)" if told > TILT_LIMIT
               else ")") if told is not None else
            f"{np.degrees(TILT_LIMIT):.3g} deg (flight controllers' defaults: PX4 45, "
            "ArduPilot 30, Betaflight's angle mode 60)")
         + ", the trim balancing the airframe's drag and the rotors' in-plane drag; the "
         "pack's discharge limit is not modelled."]
        + _validity_note(ctx, values, with_payload, samples if fig.payload is not None
                         else None)
        + prior_notes + alternative_note(fig, values, bound.value, "m/s", scale, unit)
        + rotor_note(ctx) + unused_note(ctx),
        with_payload=with_payload), values, scale)


def _validity_note(ctx: Context, values: np.ndarray, with_payload: bool,
                   payload=None) -> list[str]:
    """The sentence saying for how many sampled machines the trim at their top speed is past
    the forward-flight power model's 45 deg validity (:data:`MODEL_TILT`), or nothing."""
    machine = unc.vehicle(ctx.mc.values, with_payload or payload is not None)
    if payload is not None:
        machine = replace(machine, payload_mass=payload)
    tilt = trim(mission._vehicle_arrays(machine), values)[0]
    past = (tilt > MODEL_TILT * (1 + 1e-9)) & (values > 0)
    if not past.any():
        return []
    return [f"For {share(float(past.mean()), past.size)} the trim at the top speed found is "
            f"past 45 deg (up to {np.degrees(float(tilt[past].max())):.3g} deg): the "
            "forward-flight power model is valid to a tilt of about 45 deg (docs/theory.md "
            "section 3), so the power there is an extrapolation."]


def _over_note(ctx: Context, fig: CaseFigure, load: Mapping, mtow: str) -> list[str]:
    """The sentence saying how often the claim's own payload takes the machine above its
    maximum take-off mass (those draws fly at 0, as the payload kind judges such a payload),
    or nothing when it never does."""
    flown = flown_mass(ctx, fig)
    over = above_mtow(flown, full_load(ctx.mc.values, load))
    if not over.any():
        return []
    low, high = num(float(flown.min())), num(float(flown.max()))
    return [f"With the claim's own {fig.payload.text} payload the machine takes off at "
            f"{low if low == high else low + '-' + high} kg, above the maximum "
            f"take-off mass ({mtow}) for {share(float(over.mean()), over.size)}: "
            "no thrust margin for control is left there, so those draws fly at 0 km/h (the "
            "payload check reads a payload above the MTOW less the mass without payload as "
            "more than the machine carries)."]


def _prior_note(ctx: Context, prior: drive.ThrustToWeight, values: np.ndarray,
                with_payload: bool, fig: CaseFigure, tilt: float, loads: tuple) -> str:
    """Where the drive's power came from, what its prior's ends give, what overturns it."""
    at = ctx.mc.best(values)
    _, high_load, low_load, _, mtow = loads
    scale, unit = own_unit(fig, "m/s", (1 / 3.6, "km/h"))     # the finding's own unit
    factor = 3.6 if unit == "km/h" else 1 / scale
    ends = [float(np.asarray(top_speed({k: np.asarray([v]) for k, v in at.items()},
                                       with_payload or fig.payload is not None,
                                       None if fig.payload is None else
                                       uniform(ctx, fig.payload, "kg", 5)[2], r, tilt,
                                       load))[0])
            * factor
            for r, load in ((prior.low, low_load), (prior.high, high_load))]
    return (f"{ctx.no_kv()[0]}: the drive's full-throttle thrust and power come from a "
            f"prior, not from the motors: "
            f"{prior.describe('at the maximum take-off mass (MTOW)')}, drawn per sample, "
            f"times the MTOW x g, {mtow}. Its ends give {span(ends[0], ends[1])} {unit} "
            "for the most favourable machine drawn. A stated motor Kv (with the pack's "
            "voltage) or a measured full-throttle thrust would replace this prior and could "
            "overturn the verdict.")


KIND = register(ClaimKind(
    "top_speed", ("top_speed",),
    "a multirotor (the full-throttle power from a stated motor Kv, else from the "
    "thrust-to-weight prior)", evaluate, 35))
