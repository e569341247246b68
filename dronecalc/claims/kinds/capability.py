"""Endurance and range claims against the Monte Carlo and the generous bound."""
from __future__ import annotations

from dataclasses import replace
from typing import Mapping

import numpy as np

from ...engine import uncertainty as unc
from ...physics import multirotor as mission
from ...physics.flight_time import stated_flight_time
from ...intake.case import CaseFigure
from ...wording import num, percent
from ..context import Context, alternative_note, claimed, condition, own_unit, prior_notes, \
    own_payload, scaler, threshold
from ..explain import effects, overturn_for
from ..phrases import band, share
from ..registry import ClaimKind, register
from ..results import Finding, Value
from ..verdict import assess

#: Capability claims: field -> (performance key, SI unit, display scale, display unit, noun,
#: check name).
CAPABILITIES = {
    "flight_time": ("max_endurance", "s", 60.0, "min", "flight time", "endurance"),
    "range": ("max_range", "m", 1000.0, "km", "range", "range"),
}


def has_conditions(fig: CaseFigure) -> bool:
    """Whether a claim states its own condition (hover, a speed, a payload, a reserve)."""
    return (fig.mode == "hover" or fig.at_speed is not None or fig.payload is not None
            or bool(fig.reserve) or fig.altitude is not None or fig.headwind is not None)


def capability(ctx: Context, fig: CaseFigure) -> Finding:
    """An endurance or range claim against the Monte Carlo and the generous bound."""
    if has_conditions(fig):
        return conditioned(ctx, fig)
    key, si_unit, scale, unit, noun, check = CAPABILITIES[fig.field]
    scale, unit = own_unit(fig, si_unit, (scale, unit))
    with_payload, cond = condition(ctx, fig)
    target = threshold(fig, si_unit)
    values = ctx.mc.performance(with_payload)[key]
    exact, quick = unc.outcome(key, with_payload), unc.quick_outcome(key, with_payload)
    swings = unc.sensitivity(ctx.inputs, quick, samples=ctx.mc.values)
    bound = unc.generous_bound(ctx.inputs, exact, True, [ctx.mc.best(values)], search=quick,
                               drivers=swings)
    p, verdict = assess(values, bound.value, target)
    est = unc.percentiles(values, scaler(scale), unit)
    found = effects(swings, scale, unit)
    statement = sentence(fig, noun, est, p, ctx.mc.size, bound.value / scale,
                         target / scale, verdict, cond)
    return ctx.keep(Finding(
        [fig.id], check, verdict, statement,
        claimed(fig, unit), est, Value(bound.value / scale, unit), p, found,
        overturn_for(ctx.inputs, quick, bound, target, found, verdict, True), cond,
        alternative_note(fig, values, bound.value, si_unit, scale, unit) + prior_notes(ctx)
        + model_warnings(ctx, with_payload), with_payload=with_payload), values, scale)


#: Search flags of the performance chain, as reader notes. The inflow flag is what is left
#: after the chain re-solves an unconverged inflow to rounding (physics.chain), so it is set
#: only where Glauert's solution truly failed (issue 14: surfaced, never silent).
REPORTED_FLAGS = ("best_range_at_grid_edge", "best_endurance_at_grid_edge",
                  "tilt_beyond_validity", "inflow_unconverged")


def model_warnings(ctx: Context, with_payload: bool) -> list[str]:
    """Notes for the share of sampled machines whose optimum the chain could not trust."""
    shares = mission.flag_shares(ctx.mc.performance(with_payload))
    return [f"Model warning: {mission.FLAG_MEANINGS[key]}, for {percent(part)} of the "
            f"sampled machines." for key, part in shares.items() if key in REPORTED_FLAGS]


def sentence(fig: CaseFigure, noun: str, est: unc.Estimate, p: float, kept: int,
             bound: float, target: float, verdict: str, cond: str) -> str:
    """The finding's statement for a capability claim."""
    claim = f"A {noun} of {fig.text} ({fig.id})"
    model = f"the model gives {band(est)} {cond.split(':')[0]}"
    generous = f"{num(bound)} {est.unit}"
    if verdict == "implausible" and bound < target:
        return (f"{claim} is out of reach: {model}, and even the most generous assumptions "
                f"give at most {generous}.")
    if verdict == "implausible":
        return (f"{claim} is out of reach: {model}; {share(p, kept)} reach it, and only "
                f"every assumption at its favourable end at once does ({generous}).")
    if verdict == "needs-checking":
        return (f"{claim} is possible only near the edge of the assumptions: {model}; "
                f"{share(p, kept)} reach it (at most {generous}).")
    return f"{claim} is within reach: {model}; {share(p, kept)} reach it."


# --------------------------------------------------------------------------- own conditions

def outcome_under(field: str, hover: bool, with_payload: bool, payload, speed,
                  reserve: float, altitude=None, headwind=0.0) -> unc.Objective:
    """Objective: a flight time [s] or range [m] under a claim's own conditions.

    ``payload`` [kg] replaces the case's payload (None: the case's, per ``with_payload``);
    ``speed`` [m/s] is the airspeed flown (None: hover when ``hover``, else the best
    speed); ``reserve`` is the share of the usable energy kept at landing; ``altitude`` [m]
    replaces the case's (None: the case's); ``headwind`` [m/s] cuts the ground speed of a
    range. Scalars or arrays of one entry per sample.
    """
    def evaluate(values: Mapping[str, np.ndarray]) -> np.ndarray:
        if altitude is not None:
            values = {**values, "altitude": np.broadcast_to(altitude, np.shape(
                values["altitude"]))}
        machine = unc.vehicle(values, with_payload or payload is not None)
        if payload is not None:
            machine = replace(machine, payload_mass=payload)
        if field == "flight_time":      # the one reading of a flight time (fits share it)
            return stated_flight_time(machine, hover, np.nan if speed is None else speed,
                                      reserve, speeds=unc.MC_SPEEDS)
        if speed is None and not hover:
            result = mission.performance(machine, speeds=unc.MC_SPEEDS,
                                         headwind=headwind)["max_range"]
        else:
            airspeed = 0.0 if speed is None else speed
            a = mission._vehicle_arrays(machine)
            result = mission._endurance_from_power(a, mission._electrical_power(a, airspeed))
            if field == "range":
                result = result * np.maximum(airspeed - headwind, 0.0)
        return np.asarray(result) * (1.0 - reserve)
    # a given speed or hover: the power at one speed, each point's own (engine.sensitivity);
    # the best speed comes from the performance chain, whose search steps are shared
    evaluate.elementwise = hover or speed is not None
    return evaluate


def _condition_text(ctx: Context, fig: CaseFigure) -> tuple[bool, str]:
    if fig.payload is not None:
        with_payload = True
        parts = ["with " + own_payload(ctx, fig)]
    else:
        with_payload, text = condition(ctx, fig)
        parts = [text.split(":")[0].split(" (")[0].split(", as")[0]]
    if fig.mode == "hover":
        parts.append("hovering")
    elif fig.at_speed is not None:
        parts.append(f"at {fig.at_speed.text}")
    else:
        parts.append("at the best speed")
    if fig.reserve:
        parts.append(f"to a {num(100 * fig.reserve)} % reserve")
    if fig.altitude is not None:
        parts.append(f"at {fig.altitude.text} altitude")
    if fig.headwind is not None:
        parts.append(f"into a {fig.headwind.text} headwind")
    return with_payload, ", ".join(parts) + " (the claim's own conditions)"


def uniform(ctx: Context, figure, unit: str, stream: int):
    """Samples of a condition figure (uniform between its ends) and its middle, in ``unit``."""
    ends_ = [e.m_as(unit) for e in (figure.low, figure.high) if e is not None]
    low, high = min(ends_), max(ends_)
    return ctx.rng(stream).uniform(low, high, ctx.mc.size), 0.5 * (low + high), low


def conditioned(ctx: Context, fig: CaseFigure) -> Finding:
    """A flight-time or range claim judged under its own conditions (hover, speed, payload,
    reserve): the Monte Carlo samples the condition figures; the generous bound and the
    drivers take a stated speed at its middle and a payload, altitude and headwind at their
    favourable (lower) end."""
    _, si_unit, scale, unit, noun, check = CAPABILITIES[fig.field]
    scale, unit = own_unit(fig, si_unit, (scale, unit))
    with_payload, cond = _condition_text(ctx, fig)
    hover, reserve = fig.mode == "hover", fig.reserve or 0.0
    payload = speed = altitude = wind = (None, None, None)
    if fig.payload is not None:
        payload = uniform(ctx, fig.payload, "kg", 3)
    if fig.at_speed is not None:
        speed = uniform(ctx, fig.at_speed, "m/s", 4)
    if fig.altitude is not None:
        altitude = uniform(ctx, fig.altitude, "m", 6)
    if fig.headwind is not None:
        wind = uniform(ctx, fig.headwind, "m/s", 7)
    values = outcome_under(fig.field, hover, with_payload, payload[0], speed[0], reserve,
                           altitude[0], 0.0 if wind[0] is None else wind[0])(ctx.mc.values)
    objective = outcome_under(fig.field, hover, with_payload, payload[2], speed[1], reserve,
                              altitude[2], 0.0 if wind[2] is None else wind[2])
    target = threshold(fig, si_unit)
    swings = unc.sensitivity(ctx.inputs, objective, samples=ctx.mc.values)
    bound = unc.generous_bound(ctx.inputs, objective, True, [ctx.mc.best(values)],
                               drivers=swings)
    p, verdict = assess(values, bound.value, target)
    est = unc.percentiles(values, scaler(scale), unit)
    found = effects(swings, scale, unit)
    noun = "hover time" if hover else noun
    ids = [fig.id]
    return ctx.keep(Finding(
        ids, check, verdict, sentence(fig, noun, est, p, ctx.mc.size, bound.value / scale,
                                      target / scale, verdict, cond),
        claimed(fig, unit), est, Value(bound.value / scale, unit), p, found,
        overturn_for(ctx.inputs, objective, bound, target, found, verdict, True), cond,
        alternative_note(fig, values, bound.value, si_unit, scale, unit) + prior_notes(ctx),
        with_payload=with_payload), values, scale)


def _endurance(ctx: Context) -> list[Finding]:
    return [capability(ctx, fig) for fig in ctx.claims("flight_time")]


def _range(ctx: Context) -> list[Finding]:
    return [capability(ctx, fig) for fig in ctx.claims("range")]


ENDURANCE = register(ClaimKind("endurance", ("flight_time",),
                               "a battery or mass figure (always judged)", _endurance, 20))
RANGE = register(ClaimKind("range", ("range",), "a battery or mass figure (always judged)",
                           _range, 21))
