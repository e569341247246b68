"""Payload capacity: a claimed maximum payload, or a payload said to be carried, against the
heaviest payload the motors can lift with the thrust margin needed for control.

Capacity of a machine = full-throttle static thrust (propulsion "kv" ceiling) /
(``control_thrust_ratio`` x g) - empty mass - battery mass. A claim holds when the capacity
is at least the claimed payload. Among the drawn machines that meet every constraint but the
thrust (what is being tested); the generous bound searches the same set, from the best of
them.

With a stated motor Kv the full-throttle thrust is the propulsion "kv" ceiling. Without one
it comes from a sourced prior (:mod:`dronecalc.priors.drive`): the full-throttle thrust-to-
weight of multirotors *at their maximum take-off mass* (the prior's own definition: makers'
max thrust / recommended take-off weight, rotors x max thrust / MTOW) times that mass, the
design full load. A stated ``max_takeoff_mass`` gives it; else it is the take-off mass
without payload times the ratio MTOW / that mass fitted on the real machines of
``data/multirotors.toml`` (:func:`dronecalc.priors.drive.design_load`, conditioned on the
mass, drawn through its 90 % prediction interval), and never below the mass the case flies.
Both are drawn per sample, at their favourable (upper) ends for the generous bound and at
their middles for the drivers; the finding says so, and that a stated maximum take-off mass,
a stated Kv or a measured thrust would overturn it.
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


def capacity(values: Mapping[str, np.ndarray], thrust_to_weight=None,
             design_percentile=None, max_takeoff=None) -> np.ndarray:
    """Heaviest payload [kg] with full-throttle thrust >= control_thrust_ratio x weight.

    Used when ``values`` hold no ``motor_kv`` (:mod:`dronecalc.priors.drive`):
    ``thrust_to_weight`` [-], scalar or one per sample, the full-throttle thrust over the
    weight at the design full load, which is ``max_takeoff`` [kg] (a stated maximum take-off
    mass), else the take-off mass without payload times the design-load ratio at
    ``design_percentile`` (0-1) of its prediction distribution, else (neither given) the
    case's take-off mass; never below the case's take-off mass with its payload.
    """
    if "motor_kv" in values:
        a = unc.vehicle(values, False).as_arrays()
        thrust = _thrust_ceiling_kv(a["motor_kv"], a["pack_voltage"], a["rotor_diameter"],
                                    a["rotors"], a["air_density"], a["thrust_coefficient"],
                                    a["loaded_rpm_fraction"])
        return (thrust / (np.asarray(values["control_thrust_ratio"]) * _G)
                - a["empty_mass"] - a["battery_mass"])
    takeoff = unc.vehicle(values, True)
    dry = np.asarray(takeoff.empty_mass + takeoff.battery_mass, dtype=float)
    loaded = dry + takeoff.payload_mass
    full = design_full_load(dry, loaded, design_percentile, max_takeoff)
    return (np.asarray(thrust_to_weight) * full
            / np.asarray(values["control_thrust_ratio"]) - dry)


def design_full_load(dry, loaded, design_percentile=None, max_takeoff=None) -> np.ndarray:
    """The mass [kg] the drive's thrust-to-weight prior is defined at: ``max_takeoff`` when
    stated, else ``dry`` (take-off mass without payload) times the design-load ratio at
    ``design_percentile``, else ``loaded``; at least ``loaded`` (the mass flown)."""
    if max_takeoff is not None:
        full = np.asarray(max_takeoff, dtype=float)
    elif design_percentile is not None:
        from ...priors import drive
        full = drive.design_load().ratio(dry, design_percentile) * dry
    else:
        full = loaded
    return np.maximum(full, loaded)


def stated_max_takeoff(ctx: Context) -> tuple[float, float] | None:
    """The ends [kg] of the case's stated maximum take-off mass, or None."""
    fig = ctx.input_figure("max_takeoff_mass")
    if fig is None:
        return None
    ends = [e.m_as("kg") for e in (fig.value.low, fig.value.high) if e is not None]
    return min(ends), max(ends)


#: Stream of :meth:`Context.rng` for the thrust-to-weight draws (claim figures use 1-7).
TWR_STREAM = 12
#: Stream for the design full load (the design-load percentile or a stated MTOW range).
LOAD_STREAM = 13
#: What overturns the design full load, added to what would overturn the finding.
LOAD_OVERTURN = ("The design full load is fitted on real machines, not stated: a stated "
                 "maximum take-off mass (max_takeoff_mass) would replace it.")


def evaluate(ctx: Context) -> list[Finding]:
    """Every max_payload claim and every payload said to be carried: the full-throttle thrust
    from a stated motor Kv, else from the thrust-to-weight prior at the design full load
    (multirotors)."""
    figs = ctx.claims("max_payload") + ctx.claims("payload_mass")
    if not figs:
        return []
    from ...priors import drive     # here, not at the top: ~1 ms of a check's imports
    values = ctx.drawn_except("thrust")
    notes: list[str] = []
    rests = ""
    if "motor_kv" in ctx.inputs:
        result = capacity(values)
        objective = central = capacity
        best = ctx.best_of(values, result)
    else:
        prior = drive.thrust_to_weight()
        shape = np.shape(values["control_thrust_ratio"])
        stated = stated_max_takeoff(ctx)
        gen = ctx.rng(LOAD_STREAM)
        if stated is not None:
            load = dict(max_takeoff=gen.uniform(stated[0], stated[1], shape))
            load_mid = dict(max_takeoff=0.5 * (stated[0] + stated[1]))
            load_ends = [dict(max_takeoff=stated[0]), dict(max_takeoff=stated[1])]
            rests = f"the stated maximum take-off mass of {num(stated[0])}" + (
                "" if stated[1] == stated[0] else f"-{num(stated[1])}") + " kg"
            load_text = "the design full load is " + rests
        else:
            low, high = drive.DESIGN_PERCENTILES
            load = dict(design_percentile=gen.uniform(low, high, shape))
            load_mid = dict(design_percentile=0.5)
            load_ends = [dict(design_percentile=low), dict(design_percentile=high)]
            take = unc.vehicle(values, False)
            dry = np.ravel(np.asarray(take.empty_mass + take.battery_mass, dtype=float))
            masses = (float(dry.min()), float(dry.max()))
            rests = drive.design_load().rests(masses)
            load_text = drive.design_load().describe(masses)
        result = capacity(values, drive.draw(ctx.rng(TWR_STREAM),
                                             values["control_thrust_ratio"]), **load)
        objective = lambda v: capacity(v, prior.high, **load_ends[1])    # noqa: E731
        central = lambda v: capacity(v, prior.middle, **load_mid)        # noqa: E731
        best = ctx.best_of(values, result)
        ends = [float(np.ravel(capacity(best[0], r, **e))[0])
                for r, e in ((prior.low, load_ends[0]), (prior.high, load_ends[1]))] \
            if best else [float("nan")] * 2
        notes = [f"No motor Kv is stated: the motors' full-throttle thrust comes from a prior, "
                 f"not from the motors: {prior.describe('at the maximum take-off mass')} "
                 f"times the design full load; {load_text}; both drawn per sample. Their ends "
                 f"give {num(ends[0])}-{num(ends[1])} kg of payload for the most favourable "
                 "machine drawn. A stated maximum take-off mass, a stated motor Kv (with the "
                 "pack's voltage) or a measured full-throttle thrust would replace these "
                 "priors and could overturn the verdict."]
    swings = unc.sensitivity(ctx.inputs, central, exempt=("thrust",), samples=values)
    bound = unc.generous_bound(ctx.inputs, objective, True, best, drivers=swings,
                               exempt=("thrust",))
    return [_finding(ctx, fig, values, result, swings, bound, objective, notes, rests,
                     stated is None if notes else False, central)
            for fig in figs]


def _finding(ctx: Context, fig: CaseFigure, values, result: np.ndarray, swings,
             bound: unc.Bound, objective=capacity, notes=(), rests: str = "",
             fitted: bool = False, central=None) -> Finding:
    from ...priors import drive
    target = threshold(fig, "kg")
    p, verdict = assess(result, bound.value, target)
    est = unc.percentiles(result, scaler(1.0), "kg")
    found = effects(swings, 1.0, "kg")
    what = "A maximum payload" if fig.field == "max_payload" else "Carrying a payload"
    source = ("the motors lift" if not notes else
              f"the thrust-to-weight prior (no Kv stated; {rests}) lifts")
    statement = (f"{what} of {fig.text} ({fig.id}): {source} at most {band(est)} "
                 f"of payload with the {range_text(ctx.inputs, 'control_thrust_ratio')} "
                 f"thrust-to-weight needed for control; {share(p, result.size)} can carry it"
                 + ("." if verdict != "implausible" or bound.value >= target else
                    f", and even the most generous assumptions give {num(bound.value)} kg."))
    return ctx.keep(Finding(
        [fig.id], "payload", verdict, statement, claimed(fig, "kg"), est,
        Value(bound.value, "kg"), p, found,
        overturn_for(ctx.inputs, objective if verdict == "implausible" or central is None
                     else central, bound, target, found, verdict, True)
        + ("" if not notes else " " + drive.OVERTURN)
        + (" " + LOAD_OVERTURN if fitted else ""),
        "full throttle, static, with the thrust margin needed for control",
        (["Thrust from the propulsion 'kv' ceiling: an upper estimate that assumes the motor "
          "holds its loaded speed with that propeller; the pack's discharge limit is not "
          "modelled."] if not notes else list(notes)) + rotor_note(ctx),
        with_payload=True), result, 1.0)


KIND = register(ClaimKind(
    "payload", ("max_payload", "payload_mass"),
    "a multirotor (the full-throttle thrust from a stated motor Kv, else from the "
    "thrust-to-weight prior)", evaluate, 55))
