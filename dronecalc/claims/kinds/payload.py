"""Payload capacity: a claimed maximum payload, or a payload said to be carried, against the
heaviest payload the motors can lift with the thrust margin needed for control.

Capacity of a machine = full-throttle static thrust (propulsion "kv" ceiling) /
(``control_thrust_ratio`` x g) - empty mass - battery mass. A claim holds when the capacity
is at least the claimed payload. Among the drawn machines that meet every constraint but the
thrust (what is being tested); the generous bound searches the same set, from the best of
them.

With a stated motor Kv the full-throttle thrust is the propulsion "kv" ceiling. Without one
it comes from a sourced prior (:mod:`dronecalc.priors.drive`): the full-throttle thrust-to-
weight of multirotors at the stated take-off mass, drawn per sample, at its favourable
(upper) end for the generous bound and at its middle for the drivers; the finding says so,
and that a stated Kv or a measured thrust would overturn it.
"""
from __future__ import annotations

from typing import Mapping

import numpy as np

from ...engine import uncertainty as unc
from ...intake.case import CaseFigure
from ...physics.propulsion import _thrust_ceiling_kv
from ...physics.rotor import _G
from ..context import Context, claimed, rotor_note, scaler, threshold
from ..explain import effects, overturn_for
from ..phrases import band, range_text, share
from ..registry import ClaimKind, register
from ..results import Finding, Value
from ..verdict import assess
from ...wording import num


def capacity(values: Mapping[str, np.ndarray], thrust_to_weight=None) -> np.ndarray:
    """Heaviest payload [kg] with full-throttle thrust >= control_thrust_ratio x weight.

    ``thrust_to_weight`` [-], scalar or one per sample: the full-throttle thrust over the
    weight at the case's take-off mass (with the case's payload), used when ``values`` hold
    no ``motor_kv`` (:mod:`dronecalc.priors.drive`).
    """
    if "motor_kv" in values:
        a = unc.vehicle(values, False).as_arrays()
        thrust = _thrust_ceiling_kv(a["motor_kv"], a["pack_voltage"], a["rotor_diameter"],
                                    a["rotors"], a["air_density"], a["thrust_coefficient"],
                                    a["loaded_rpm_fraction"])
        return (thrust / (np.asarray(values["control_thrust_ratio"]) * _G)
                - a["empty_mass"] - a["battery_mass"])
    takeoff = unc.vehicle(values, True)
    dry = takeoff.empty_mass + takeoff.battery_mass
    return (np.asarray(thrust_to_weight) * (dry + takeoff.payload_mass)
            / np.asarray(values["control_thrust_ratio"]) - dry)


#: Stream of :meth:`Context.rng` for the thrust-to-weight draws (claim figures use 1-7).
TWR_STREAM = 12


def evaluate(ctx: Context) -> list[Finding]:
    """Every max_payload claim and every payload said to be carried: the full-throttle thrust
    from a stated motor Kv, else from the thrust-to-weight prior (multirotors)."""
    figs = ctx.claims("max_payload") + ctx.claims("payload_mass")
    if not figs:
        return []
    from ...priors import drive     # here, not at the top: ~1 ms of a check's imports
    values = ctx.drawn_except("thrust")
    notes: list[str] = []
    if "motor_kv" in ctx.inputs:
        result = capacity(values)
        objective = central = capacity
        best = ctx.best_of(values, result)
    else:
        prior = drive.thrust_to_weight()
        result = capacity(values, drive.draw(ctx.rng(TWR_STREAM),
                                             values["control_thrust_ratio"]))
        objective = lambda v: capacity(v, prior.high)       # noqa: E731
        central = lambda v: capacity(v, prior.middle)       # noqa: E731
        best = ctx.best_of(values, result)
        ends = [float(np.ravel(capacity(best[0], r))[0]) for r in (prior.low, prior.high)] \
            if best else [float("nan")] * 2
        notes = [f"No motor Kv is stated: the motors' full-throttle thrust comes from a prior, "
                 f"not from the motors: {prior.describe()}, drawn per sample. Its ends give "
                 f"{num(ends[0])}-{num(ends[1])} kg of payload for the most favourable machine "
                 "drawn. A stated motor Kv (with the pack's voltage) or a measured full-"
                 "throttle thrust would replace this prior and could overturn the verdict."]
    swings = unc.sensitivity(ctx.inputs, central, exempt=("thrust",), samples=values)
    bound = unc.generous_bound(ctx.inputs, objective, True, best, drivers=swings,
                               exempt=("thrust",))
    return [_finding(ctx, fig, values, result, swings, bound, objective, notes)
            for fig in figs]


def _finding(ctx: Context, fig: CaseFigure, values, result: np.ndarray, swings,
             bound: unc.Bound, objective=capacity, notes=()) -> Finding:
    from ...priors import drive
    target = threshold(fig, "kg")
    p, verdict = assess(result, bound.value, target)
    est = unc.percentiles(result, scaler(1.0), "kg")
    found = effects(swings, 1.0, "kg")
    what = "A maximum payload" if fig.field == "max_payload" else "Carrying a payload"
    source = "the motors lift" if not notes else "the thrust-to-weight prior (no Kv stated) lifts"
    statement = (f"{what} of {fig.text} ({fig.id}): {source} at most {band(est)} "
                 f"of payload with the {range_text(ctx.inputs, 'control_thrust_ratio')} "
                 f"thrust-to-weight needed for control; {share(p, result.size)} can carry it"
                 + ("." if verdict != "implausible" or bound.value >= target else
                    f", and even the most generous assumptions give {num(bound.value)} kg."))
    return ctx.keep(Finding(
        [fig.id], "payload", verdict, statement, claimed(fig, "kg"), est,
        Value(bound.value, "kg"), p, found,
        overturn_for(ctx.inputs, objective, bound, target, found, verdict, True)
        + ("" if not notes else " " + drive.OVERTURN),
        "full throttle, static, with the thrust margin needed for control",
        (["Thrust from the propulsion 'kv' ceiling: an upper estimate that assumes the motor "
          "holds its loaded speed with that propeller; the pack's discharge limit is not "
          "modelled."] if not notes else list(notes)) + rotor_note(ctx),
        with_payload=True), result, 1.0)


KIND = register(ClaimKind(
    "payload", ("max_payload", "payload_mass"),
    "a multirotor (the full-throttle thrust from a stated motor Kv, else from the "
    "thrust-to-weight prior)", evaluate, 55))
