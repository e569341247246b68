r"""A multirotor's ceiling claim against its hover ceiling: the highest ISA (standard-day,
density) altitude at which the full-throttle static thrust still carries its weight
(:mod:`dronecalc.physics.hover_ceiling`; Leishman 2006, ch. 5, hover ceiling; the motor's
speed-up in thin air by Drela's first-order DC motor model).

The full-throttle thrust at sea level, per sample, is the same as the top-speed kind's
(:mod:`.top_speed`): with a stated motor Kv the propulsion "kv" ceiling at ISA sea-level
density; without one the thrust-to-weight prior of ``data/thrust_to_weight.toml`` (figures
of full-throttle thrust at the maximum take-off mass, rated at sea level where a sheet says)
x the maximum take-off mass x g, drawn on the same streams, so both findings judge the same
drives. The weight is the take-off mass flown (with or without the case's payload, as
:func:`~dronecalc.claims.context.condition` says; a claim's own payload replaces it). The
generous bound takes the prior's top and the design load's favourable end.

A capability claim: it holds when the machine can hover at least as high as claimed. The
hover ceiling is the physical upper limit (no control margin left, no cold pack, no
thin-air losses of the propellers): a maker's ceiling, often set by its propellers or
firmware below it, comes out consistent; a claim above it does not.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Mapping

import numpy as np

from ...engine import uncertainty as unc
from ...intake.case import CaseFigure
from ...physics import multirotor as mission
from ...physics.hover_ceiling import CEILING_TOP, SEA_LEVEL_DENSITY, hover_ceiling
from ...physics.propulsion import _thrust_ceiling_kv
from ...physics.rotor import _G
from ..context import Context, claimed, condition, own_unit, rotor_note, scaler, threshold, \
    unused_note
from ..explain import effects, overturn_for
from ..registry import ClaimKind, register
from ..results import Finding, Value
from ..verdict import assess
from ...wording import num
from .capability import sentence, uniform
from .top_speed import above_mtow, drawn_drive, full_load


def ceiling(values: Mapping[str, np.ndarray], with_payload: bool, payload=None,
            thrust_to_weight=None, load: Mapping | None = None) -> np.ndarray:
    """Hover ceiling [m] of each sample (ISA standard day).

    ``payload`` [kg] replaces the case's payload (a claim's own). Without a ``motor_kv`` in
    ``values`` the sea-level full-throttle thrust is ``thrust_to_weight`` (scalar or one per
    sample) x the maximum take-off mass (``load``: :func:`.top_speed.full_load`'s keywords)
    x g, and a mass flown above that MTOW hovers nowhere (0 m, as the top-speed kind reads
    it)."""
    machine = unc.vehicle(values, with_payload or payload is not None)
    if payload is not None:
        machine = replace(machine, payload_mass=payload)
    a = mission._vehicle_arrays(machine)
    fraction = a["loaded_rpm_fraction"]
    if "motor_kv" in values:
        thrust = _thrust_ceiling_kv(a["motor_kv"], a["pack_voltage"], a["rotor_diameter"],
                                    a["rotors"], SEA_LEVEL_DENSITY, a["thrust_coefficient"],
                                    fraction)
    else:
        mtow = full_load(values, load)
        thrust = np.asarray(thrust_to_weight, dtype=float) * _G * mtow
        thrust = np.where(above_mtow(a["weight"] / _G, mtow), 0.0, thrust)
    return hover_ceiling(thrust / a["weight"], fraction)


def _objective(with_payload: bool, payload=None, thrust_to_weight=None,
               load: Mapping | None = None) -> unc.Objective:
    return lambda values: ceiling(values, with_payload, payload, thrust_to_weight, load)


def evaluate(ctx: Context) -> list[Finding]:
    """Every service-ceiling claim of a multirotor case."""
    return [_finding(ctx, fig) for fig in ctx.claims("service_ceiling")]


def _finding(ctx: Context, fig: CaseFigure) -> Finding:
    from ...priors import drive
    with_payload, cond = condition(ctx, fig)
    loads: tuple = (None,) * 5
    drawn = middle = generous = None
    if "motor_kv" not in ctx.inputs:        # the drive from the prior, as the top speed's
        loads, drawn, prior = drawn_drive(ctx, fig)
        middle, generous = prior.middle, prior.high
    load, high_load, _, mid_load, mtow_text = loads
    payload = lighter = None
    if fig.payload is not None:         # the claim's own payload: sampled, lighter end bounds
        payload, _, lighter = uniform(ctx, fig.payload, "kg", 5)
        with_payload, cond = True, f"with the claim's own {fig.payload.text} payload"
    values = _objective(with_payload, payload, drawn, load)(ctx.mc.values)
    objective = _objective(with_payload, lighter, generous, high_load)
    central = _objective(with_payload, lighter, middle, mid_load)
    target = threshold(fig, "m")
    swings = unc.sensitivity(ctx.inputs, central, samples=ctx.mc.values)
    bound = unc.generous_bound(ctx.inputs, objective, True, [ctx.mc.best(values)],
                               drivers=swings)
    p, verdict = assess(values, bound.value, target)
    scale, unit = own_unit(fig, "height", (1.0, "m"))
    est = unc.percentiles(values, scaler(scale), unit)
    found = effects(swings, scale, unit)
    cond = cond + ", ISA standard day, hovering at full throttle"
    notes = [
        "Hover ceiling: the highest ISA (standard-day) altitude at which the full-throttle "
        "static thrust still equals the weight (Leishman 2006, Principles of Helicopter "
        "Aerodynamics, ch. 5; thrust T = C_T rho n^2 D^4, the motor speeding up as the "
        "thinner air unloads it, Drela's first-order DC motor model with the "
        "loaded_rpm_fraction). It is the physical limit: no control margin is left there, "
        "and the cold pack, the motors' cooling and the propellers' thin-air losses are not "
        "modelled. Makers' ceilings are often set lower by the propellers or the firmware: "
        "a maker's figure below the hover ceiling is consistent with it, not a measure of it."]
    if drawn is not None:
        notes.append(
            f"{ctx.no_kv()[0]}: the full-throttle thrust comes from a prior, not from the "
            f"motors: {prior.describe('at the maximum take-off mass (MTOW)')}, taken at sea "
            f"level, drawn per sample, times the MTOW x g, {mtow_text}.")
    else:
        notes.append("Full-throttle thrust at sea level from the propulsion 'kv' ceiling "
                     "(the stated motor Kv with the pack's voltage).")
    top = float(np.mean(np.asarray(values) >= CEILING_TOP))
    if top > 0:
        notes.append(f"{num(100 * top)} % of the sampled machines still hover at "
                     f"{num(CEILING_TOP / scale)} {unit}, the top of the model's atmosphere "
                     "(the ISA to 20 km): their ceiling is at least that.")
    return ctx.keep(Finding(
        [fig.id], "ceiling", verdict,
        sentence(fig, "service ceiling", est, p, ctx.mc.size, bound.value / scale,
                 target / scale, verdict, cond),
        claimed(fig, unit), est, Value(bound.value / scale, unit), p, found,
        (overturn_for(ctx.inputs, objective, bound, target, found, verdict, True)
         + ("" if drawn is None else " " + drive.OVERTURN)).strip(), cond,
        notes + rotor_note(ctx) + unused_note(ctx), with_payload=with_payload), values, scale)


KIND = register(ClaimKind(
    "ceiling", ("service_ceiling",),
    "a multirotor (the full-throttle thrust from a stated motor Kv, else from the "
    "thrust-to-weight prior)", evaluate, 36))
