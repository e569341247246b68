"""The payload against the full-throttle thrust of the stated motors."""
from __future__ import annotations

from typing import Mapping

import numpy as np

from ...engine import uncertainty as unc
from ...engine.machine import blockwise, constraint_machine
from ...physics.propulsion import _thrust_ceiling_kv
from ...physics.rotor import _G
from ..context import Context, ends, rotor_note, scaler
from ..explain import effects, overturn_for
from ..phrases import band, range_text, share
from ..registry import ClaimKind, register
from ..results import Claimed, Finding, Value
from ..verdict import judge


def thrust_to_weight(values: Mapping[str, np.ndarray]) -> np.ndarray:
    """Full-throttle static thrust / take-off weight with payload (propulsion "kv" ceiling)."""
    a = constraint_machine(values).as_arrays()
    thrust = _thrust_ceiling_kv(a["motor_kv"], a["pack_voltage"], a["rotor_diameter"],
                                a["rotors"], a["air_density"], a["thrust_coefficient"],
                                a["loaded_rpm_fraction"])
    return thrust / ((a["empty_mass"] + a["battery_mass"] + a["payload_mass"]) * _G)


thrust_to_weight.elementwise = True  # each point's result is its own (engine.sensitivity)


def evaluate(ctx: Context) -> list[Finding]:
    """The payload against full-throttle thrust, among machines otherwise buildable."""
    payload = ctx.input_figure("payload_mass")
    kv = ctx.input_figure("motor_kv")
    if payload is None or "motor_kv" not in ctx.inputs:
        return []
    values = ctx.drawn_except("thrust")
    ratio = blockwise(lambda block: {"ratio": thrust_to_weight(block)}, values)["ratio"]
    p = unc.probability(ratio >= values["control_thrust_ratio"])
    swings = unc.sensitivity(ctx.inputs, thrust_to_weight, exempt=("thrust",),
                             samples=values)
    bound = unc.generous_bound(ctx.inputs, thrust_to_weight, True, ctx.best_of(values, ratio),
                               drivers=swings, exempt=("thrust",))
    verdict = judge(p, bound.value >= ctx.inputs["control_thrust_ratio"].low)
    est = unc.percentiles(ratio, scaler(1.0), "")
    found = effects(swings, 1.0, "")
    need = range_text(ctx.inputs, "control_thrust_ratio")
    statement = (f"With {payload.text} aboard ({payload.id}), the motors"
                 f"{' (' + kv.id + ')' if kv else ''} give a full-throttle thrust-to-weight of "
                 f"{band(est)} on the packs and propellers the assumptions allow; "
                 f"{share(p, ratio.size)} keep the {need} needed for control"
                 + _population(ratio.size, ctx.mc.size) + ".")
    ids = [payload.id] + ([kv.id] if kv else [])
    return [ctx.keep(Finding(
        ids, "lift", verdict, statement,
        Claimed(payload.text, *ends(payload, "kg"), "kg", "point"), est,
        Value(bound.value, ""), p, found,
        overturn_for(ctx.inputs, thrust_to_weight, bound,
                     ctx.inputs["control_thrust_ratio"].high, found, verdict, True),
        f"with the {ctx.payload_text()} payload, full throttle, static",
        ["Thrust from the propulsion 'kv' ceiling: an upper estimate that assumes "
         "the motor holds its loaded speed with that propeller."] + rotor_note(ctx),
        with_payload=True),
        ratio, 1.0)]


def _population(judged: int, kept: int) -> str:
    """Which machines the share counts, when they are not the ``kept`` ones the other findings
    count (issue 10 review: "1,828" here beside "1,563 simulated drones" in the summary): the
    machines drawn that pass every check but thrust, the one this check tests."""
    if judged == kept:
        return ""
    return (f" (every machine drawn that passes the other checks; the {kept:,} the other "
            f"findings count also leave out the {judged - kept:,} short of thrust, which this "
            "check tests)")


KIND = register(ClaimKind("lift", (), "a payload and a motor Kv figure", evaluate, 50))
