"""Payload capacity: a claimed maximum payload, or a payload said to be carried, against the
heaviest payload the motors can lift with the thrust margin needed for control.

Capacity of a machine = full-throttle static thrust (propulsion "kv" ceiling) /
(``control_thrust_ratio`` x g) - empty mass - battery mass. A claim holds when the capacity
is at least the claimed payload. Among the drawn machines that meet every constraint but the
thrust (what is being tested); the generous bound searches the same set, from the best of
them. Needs the motor Kv: without it nothing says how much thrust the motors give, and the
claim is not judged.
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


def capacity(values: Mapping[str, np.ndarray]) -> np.ndarray:
    """Heaviest payload [kg] with full-throttle thrust >= control_thrust_ratio x weight."""
    a = unc.vehicle(values, False).as_arrays()
    thrust = _thrust_ceiling_kv(a["motor_kv"], a["pack_voltage"], a["rotor_diameter"],
                                a["rotors"], a["air_density"], a["thrust_coefficient"],
                                a["loaded_rpm_fraction"])
    return (thrust / (np.asarray(values["control_thrust_ratio"]) * _G)
            - a["empty_mass"] - a["battery_mass"])


def evaluate(ctx: Context) -> list[Finding]:
    """Every max_payload claim and every payload said to be carried, when the Kv is known."""
    if "motor_kv" not in ctx.inputs:
        return []
    figs = ctx.claims("max_payload") + ctx.claims("payload_mass")
    if not figs:
        return []
    values = ctx.drawn_except("thrust")
    result = capacity(values)
    swings = unc.sensitivity(ctx.inputs, capacity, exempt=("thrust",), samples=values)
    bound = unc.generous_bound(ctx.inputs, capacity, True, ctx.best_of(values, result),
                               drivers=swings, exempt=("thrust",))
    return [_finding(ctx, fig, values, result, swings, bound) for fig in figs]


def _finding(ctx: Context, fig: CaseFigure, values, result: np.ndarray, swings,
             bound: unc.Bound) -> Finding:
    target = threshold(fig, "kg")
    p, verdict = assess(result, bound.value, target)
    est = unc.percentiles(result, scaler(1.0), "kg")
    found = effects(swings, 1.0, "kg")
    what = "A maximum payload" if fig.field == "max_payload" else "Carrying a payload"
    statement = (f"{what} of {fig.text} ({fig.id}): the motors lift at most {band(est)} "
                 f"of payload with the {range_text(ctx.inputs, 'control_thrust_ratio')} "
                 f"thrust-to-weight needed for control; {share(p, result.size)} can carry it"
                 + ("." if verdict != "implausible" or bound.value >= target else
                    f", and even the most generous assumptions give {num(bound.value)} kg."))
    return ctx.keep(Finding(
        [fig.id], "payload", verdict, statement, claimed(fig, "kg"), est,
        Value(bound.value, "kg"), p, found,
        overturn_for(ctx.inputs, capacity, bound, target, found, verdict, True),
        "full throttle, static, with the thrust margin needed for control",
        ["Thrust from the propulsion 'kv' ceiling: an upper estimate that assumes the motor "
         "holds its loaded speed with that propeller; the pack's discharge limit is not "
         "modelled."] + rotor_note(ctx), with_payload=True), result, 1.0)


KIND = register(ClaimKind(
    "payload", ("max_payload", "payload_mass"),
    "a motor Kv figure (with the pack's voltage or cell count), so that the full-throttle "
    "thrust is known", evaluate, 55))
