"""A stated leg (a distance flown at a speed): the usable energy left after it."""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Mapping

import numpy as np

from ...engine import uncertainty as unc
from ...intake.case import CaseFigure
from ...intake.figures import Figure
from ...intake.payload_refers import referred_from
from ...physics import multirotor as mission
from ...wording import num, span
from ..context import Context, condition, ends, own_payload, prior_notes, scaler
from ..explain import effects, overturn_for
from ..phrases import band, share
from ..registry import ClaimKind, register
from ..results import Claimed, Finding, Value
from ..verdict import judge


#: How a leg's condition says its speed is the distance over a time (:func:`speed_from_time`).
DERIVED = "; no speed is stated"


def leg_pairs(ctx: Context) -> list[tuple[CaseFigure, CaseFigure]]:
    """(distance, speed) figures of stated legs: a distance pairs with the speed figure it
    refers to or that refers to it, else with the case's only speed figure, else with the
    speed its own flight time gives (:func:`speed_from_time`). Two figures refer to each
    other directly or through a statement that refers to both ("could not fly F4 at F3"); when
    several legs are stated and exactly one distance and one speed are left unlinked, they are
    one leg (the rule of the only speed beside a distance, among the figures left). A
    statement that names several distances (a mission) links none of them to a speed."""
    speeds = ctx.figures("speed")
    # a statement about several legs (a mission, claims.mission) pairs none of them: each
    # distance is flown at its own speed, not at every speed the statement names
    statements = [f for f in ctx.case.figures.values() if f.field == "statement"
                  and sum(ctx.case.figures[r].field == "distance" for r in f.refers) == 1]

    def linked(dist: CaseFigure, speed: CaseFigure) -> bool:
        return (speed.id in dist.refers or dist.id in speed.refers
                or any({dist.id, speed.id} <= set(f.refers) for f in statements))

    distances = ctx.figures("distance")
    chosen = {d.id: next((s for s in speeds if linked(d, s)), None) for d in distances}
    if len(speeds) == 1:
        chosen = {k: v or speeds[0] for k, v in chosen.items()}
    else:
        alone = [d for d in distances if chosen[d.id] is None]
        free = [s for s in speeds if not any(linked(d, s) for d in distances)]
        if len(alone) == 1 and len(free) == 1:
            chosen[alone[0].id] = free[0]
    pairs = []
    for dist in distances:
        speed = chosen[dist.id] or speed_from_time(ctx, dist)
        if speed is not None:
            pairs.append((dist, speed))
    return pairs


def speed_from_time(ctx: Context, dist: CaseFigure) -> CaseFigure | None:
    """The speed of a leg stated as a distance and a time ("1.2 miles in under three
    minutes"): distance / time, as a speed figure carrying the time's id, or None.

    The time is the one ``flight_time`` figure (any role, not a hover time, no ``at_speed``)
    that refers to the distance or that the distance refers to. Only a distance of one value
    (a point or an open bound) is taken: then distance / time spans exactly the speeds the
    figures allow, and the leg's distance and speed may be drawn apart; with a distance
    range too, they would be tied, which the leg kind does not model."""
    times = [f for f in ctx.case.figures.values() if f.field == "flight_time"
             and (f.id in dist.refers or dist.id in f.refers) and f.mode != "hover"
             and f.at_speed is None]
    if len(times) != 1:
        return None
    time = times[0]
    d, t = ends(dist, "m"), ends(time, "s")
    if d[0] != d[1] or d[0] <= 0 or t[0] <= 0:
        return None
    low, high = d[0] / t[1], d[0] / t[0]
    from ...intake.units import Q_
    text = f"{span(low * 3.6, high * 3.6)} km/h"
    value = Figure(text, Q_(low, "m/s"), Q_(high, "m/s"), "point" if low == high else "range")
    return replace(time, field="speed", text=text, value=value, figure=value, flag=None,
                   role="context", note=f"{dist.text} ({dist.id}) in {time.text} ({time.id})")


def _derived(ctx: Context, speed: CaseFigure) -> bool:
    """Whether a leg's speed is :func:`speed_from_time`'s (its id is the time's)."""
    fig = ctx.case.figures.get(speed.id)
    return fig is not None and fig.field != "speed"


def _leg_inputs(ctx: Context, dist: CaseFigure, speed: CaseFigure) -> dict[str, unc.Input]:
    """The run's inputs and the leg's own: its distance and speed, and the payload its
    distance claim states (``payload = "3 kg"``), an input of the leg like the other two (the
    generous bound takes it at its favourable, lower end; the drivers swing it)."""
    inputs = dict(ctx.inputs)
    for name, fig, unit in (("leg_distance", dist, "m"), ("leg_speed", speed, "m/s")):
        low, high = ends(fig, unit)
        inputs[name] = unc.Input(name, low, high, "stated", f"figure {fig.id}")
    if dist.payload is not None:
        low, high = (float(e.m_as("kg")) for e in _payload_ends(dist.payload))
        inputs["leg_payload"] = unc.Input("leg_payload", low, high, "stated",
                                          f"figure {dist.id}'s own payload")
    return inputs


def _payload_ends(figure: Figure) -> tuple:
    """A condition's (low, high) ends (the case reader takes only a value or a range)."""
    return (figure.low, figure.high if figure.high is not None else figure.low)


def leg_reserve(with_payload: bool, own_payload: bool = False) -> unc.Objective:
    """Objective: reserve fraction left after the leg (``mission.leg``).

    ``own_payload``: the leg carries ``values["leg_payload"]`` [kg] (its distance claim's own
    payload, one per sample) in place of the case's, as a flight-time or range claim's own
    payload does (:func:`.capability.outcome_under`): the same airframe and packs, only the
    payload's weight changed (and its drag area, the case's, kept)."""
    def reserve(values: Mapping[str, np.ndarray]) -> np.ndarray:
        machine = leg_machine(values, with_payload, own_payload)
        out = mission.leg(machine, values["leg_distance"], values["leg_speed"])
        return out["reserve_fraction"]
    reserve.elementwise = True       # each point's result is its own (engine.sensitivity)
    return reserve


def leg_machine(values: Mapping[str, np.ndarray], with_payload: bool,
                own_payload: bool = False) -> mission.Vehicle:
    """The machines a leg is flown by: with the case's payload or without it, or with the
    leg's own (``values["leg_payload"]`` [kg], the case's payload drag area kept)."""
    machine = unc.vehicle(values, with_payload or own_payload)
    if own_payload:
        machine = replace(machine, payload_mass=values["leg_payload"])
    return machine


@dataclass
class Leg:
    """One stated leg evaluated on the Monte Carlo."""

    dist: CaseFigure
    speed: CaseFigure
    inputs: dict[str, unc.Input]
    values: dict[str, np.ndarray]
    reserve: np.ndarray
    with_payload: bool
    condition: str
    swings: list[unc.Driver] | None = None
    _band: tuple | None = None

    derived: bool = False

    @property
    def own_payload(self) -> bool:
        """Whether the leg carries its distance claim's own payload (``leg_payload``)."""
        return "leg_payload" in self.inputs

    def machine(self) -> mission.Vehicle:
        """:func:`leg_machine` of this leg's samples (what its power curve is drawn for)."""
        return leg_machine(self.values, self.with_payload, self.own_payload)

    def objective(self) -> unc.Objective:
        """:func:`leg_reserve` of this leg (its own payload, else the case's condition)."""
        return leg_reserve(self.with_payload, self.own_payload)

    @property
    def ids(self) -> list[str]:
        """The leg's figures; a speed from the distance and a time adds none (the time, a
        claim, is its own kind's to judge)."""
        return [self.dist.id] if self.derived else [self.dist.id, self.speed.id]

    def sensitivity(self) -> list[unc.Driver]:
        """One-at-a-time swings of the reserve, computed once for the leg and statements."""
        if self.swings is None:
            self.swings = unc.sensitivity(self.inputs, self.objective())
        return self.swings

    def band(self) -> tuple[unc.Estimate | None, str]:
        """:func:`reserve_band` of the leg, computed once for the leg and statements."""
        if self._band is None:
            self._band = reserve_band(self.reserve, self.values["leg_speed"])
        return self._band

    def point(self, best: Mapping[str, float]) -> dict[str, float]:
        """The leg's distance, speed (and own payload) at a sample (or their middle), for a
        bound's start."""
        return {k: best.get(k, 0.5 * (self.inputs[k].low + self.inputs[k].high))
                for k in ("leg_distance", "leg_speed", "leg_payload") if k in self.inputs}


def evaluate_leg(ctx: Context, dist: CaseFigure, speed: CaseFigure) -> Leg:
    """The leg flown by every kept sample; evaluated once per run and pair of figures."""
    key = (dist.id, speed.id)
    if key not in ctx.legs:
        ctx.legs[key] = _fly_leg(ctx, dist, speed)
    return ctx.legs[key]


def _fly_leg(ctx: Context, dist: CaseFigure, speed: CaseFigure) -> Leg:
    if dist.payload is not None:     # the distance claim's own load, in place of the case's
        with_payload, cond = True, own_load(ctx, dist)
    else:
        with_payload, cond = condition(ctx, dist if dist.role == "claim" else speed)
    derived = _derived(ctx, speed)
    if derived:
        cond += (f"{DERIVED}: the leg is flown at {speed.text}, the distance over "
                 f"the time ({speed.note})")
    inputs = _leg_inputs(ctx, dist, speed)
    # each distance its own stream (review 16: every leg drew from stream 2, so a mission's
    # legs had identical distance, speed and payload draws); the first keeps stream 2, so a
    # case of one leg draws as it always has
    order = [f.id for f in ctx.case.figures.values() if f.field == "distance"]
    k = order.index(dist.id) if dist.id in order else 0
    gen = ctx.rng(2 if k == 0 else 1000 + k)
    values = dict(ctx.mc.values)
    for name in ("leg_distance", "leg_speed", "leg_payload"):   # the payload drawn last:
        if name in inputs:                       # a leg without one draws as it always has
            values[name] = gen.uniform(inputs[name].low, inputs[name].high, ctx.mc.size)
    reserve = leg_reserve(with_payload, "leg_payload" in inputs)(values)
    return Leg(dist, speed, inputs, values, reserve, with_payload, cond, derived=derived)


def own_load(ctx: Context, dist: CaseFigure) -> str:
    """The condition of a leg flown with its distance claim's own payload: in place of the
    case's payload input when the case states one, else said to be the only one (review 16:
    "in place of the case's" was written when the case states no payload at all)."""
    own = (f"with {own_payload(ctx, dist)}" if referred_from(dist) else
           f"with the claim's own {dist.payload.text} payload ({dist.id})")
    if ctx.inputs["payload"].origin == "stated":     # a figure or [vehicle] payload
        return f"{own}, in place of the case's {ctx.payload_text()}"
    return f"{own}, the only payload stated (the case states none as an input)"


def evaluate(ctx: Context) -> list[Finding]:
    """Every stated leg: does the usable energy cover it? A distance claim with no speed to
    fly it: the range it needs at the best-range speed (:mod:`.leg_alone`)."""
    from .leg_alone import at_best_range
    pairs = leg_pairs(ctx)
    paired = {d.id for d, _ in pairs}
    return ([_leg_finding(ctx, evaluate_leg(ctx, d, s)) for d, s in pairs]
            + [at_best_range(ctx, d) for d in ctx.claims("distance") if d.id not in paired])


def _leg_finding(ctx: Context, leg: Leg) -> Finding:
    objective = leg.objective()
    best = ctx.mc.best(leg.reserve)
    bound = unc.generous_bound(leg.inputs, objective, True,
                               [{**best, **leg.point(best)}], drivers=leg.sensitivity())
    p = unc.probability(leg.reserve >= 0)
    verdict = judge(p, bound.value >= 0)
    est, left = leg.band()
    found = effects(leg.sensitivity(), 0.01, "%")
    load = leg.condition.split(DERIVED)[0].split(':')[0].split(',')[0]
    time = ctx.case.figures[leg.speed.id]            # the speed's figure, or the time's
    at = (f"{leg.speed.text}, the distance over {time.text} ({time.id})," if leg.derived
          else f"{leg.speed.text} ({leg.speed.id})")
    statement = (f"Flying {leg.dist.text} ({leg.dist.id}) at {at} {load} "
                 f"{_duration(leg)} and {left}; {share(p, ctx.mc.size)} can fly it.")
    claim = Claimed(f"{leg.dist.text} at {leg.speed.text} (usable energy left >= 0)", 0.0,
                    None, "%", "at-least")
    return ctx.keep(Finding(leg.ids + _payload_ids(ctx, leg), "leg", verdict, statement,
                            claim, est, finite_value(100 * bound.value, "%"), p, found,
                            overturn_for(leg.inputs, objective, bound, 0.0, found,
                                         verdict, True),
                            leg.condition, prior_notes(ctx), with_payload=leg.with_payload),
                    leg.reserve, 0.01)


def _duration(leg: Leg) -> str:
    """"takes 10-12 min"; a speed range reaching 0 makes a leg that may never end."""
    d, v = leg.inputs["leg_distance"], leg.inputs["leg_speed"]
    if v.low > 0:
        minutes = [d.high / v.high / 60, d.low / v.low / 60]
        return f"takes {span(min(minutes), max(minutes))} min"
    if v.high > 0:
        return f"takes {num(d.low / v.high / 60)} min or more (without end at a speed of 0)"
    return "never ends (a speed of 0 covers no distance)"


def finite_value(value: float, unit: str) -> Value | None:
    """A bound as a Value, or None when no machine in the box can do it at all (-inf)."""
    return Value(value, unit) if math.isfinite(value) else None


def reserve_band(reserve: np.ndarray, speed: np.ndarray | None = None
                 ) -> tuple[unc.Estimate | None, str]:
    """The band of usable energy left after a leg, and the words for it.

    A machine that cannot fly the leg at all has no reserve to speak of (``mission.leg``
    gives it -inf): its packs cannot deliver the leg's power (beyond their maximum-power
    point, :func:`dronecalc.physics.battery.rate_efficiency` is 0), or its ``speed`` is 0.
    Such machines are counted and named, never dropped in silence, and when all of them are
    so there is no band (None, never NaN).
    """
    capable = np.isfinite(reserve)
    n, k = reserve.size, int(capable.sum())
    stopped = int(np.sum(~capable & (speed <= 0))) if speed is not None else 0
    why = [f"{n - k - stopped:,} cannot draw its power from their packs"] if n - k - stopped \
        else []
    why += [f"{stopped:,} fly at a speed of 0 and never arrive"] if stopped else []
    if k == n:
        est = unc.percentiles(reserve, scaler(0.01), "%")
        return est, f"leaves {band(est)} of the usable energy"
    if k == 0:
        return None, (f"none of the {n:,} sampled machines can fly it at all ("
                      f"{' and '.join(why)}), so no usable energy is left to speak of")
    est = unc.percentiles(reserve[capable], scaler(0.01), "%")
    return est, (f"leaves {band(est)} of the usable energy on the {k:,} machines that can fly "
                 f"it at all (of {n:,}: {' and '.join(why)})")


def _payload_ids(ctx: Context, leg: Leg) -> list[str]:
    if not leg.with_payload or leg.own_payload:     # its own payload is its distance's
        return []
    return [f.id for f in ctx.case.inputs.values() if f.field == "payload_mass"]


KIND = register(ClaimKind(
    "leg", ("distance", "speed"),
    "a distance and a speed figure that refer to each other (or the case's only speed "
    "figure beside a distance); or a distance of one value and a flight_time that refer to "
    "each other (no at_speed, not a hover time), flown at distance / time", evaluate, 30))
