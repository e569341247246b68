"""The findings of the fixed-wing checks (:mod:`dronecalc.claims.fixed_wing`): one claim
judged on a run's sampled machines, with its numbers, drivers, overturn and notes.

* :func:`_capability`: a claim that the machine can do at least the figure in one result
  (range, endurance, speed, ceiling, hover endurance), its verdict by the rules of
  :mod:`dronecalc.claims.verdict` on the Monte Carlo and the generous bound;
* :func:`_as_stated`: a range or flight-time claim judged as the source states it (its own
  ``at_speed``, else a maximum at the best speed with the cruise-speed reading as a note:
  the claim contract);
* :func:`_on_own`: either of them on the run of the claim's own conditions;
* :func:`_notes`: the notes every finding of a run carries (unused figures, priors that
  stand in for unstated ones, the VTOL phases, the calibration, inferred inputs).

Split out of :mod:`dronecalc.claims.fixed_wing` (issue #13, vtolspeed) to keep it within the
700-line cap; ``fixed_wing`` re-exports these names. The run (``_Run``) is the fixed-wing
module's; nothing here imports it.
"""
from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from ..engine import fixed_wing as eng
from ..errors import InputValueError
from ..intake.case import CaseFigure
from ..physics import fixed_wing as fw
from ..priors import fixed_wing as fwp, fixed_wing_mass as fwm
from . import fixed_wing_inferred as fwi, fixed_wing_jet as fwj, fixed_wing_overturn as fwo
from . import fixed_wing_engine as fwe, fixed_wing_feasible as fwf, fixed_wing_pack as fwk
from . import fixed_wing_conflict as fwc, fixed_wing_vtol_power as fwv
from ..wording import num as _num, percent as _percent
from .context import claimed as _claimed, rotor_unused_note, threshold as _threshold
from .fixed_wing_conditions import (FLOWN_AT as _FLOWN_AT, claim_inputs, condition as _condition,
                                    too_slow as _too_slow, unloaded_claim)
from .explain import effects as _effects
from .phrases import band as _band
from .results import Finding, Value
from .verdict import judge

#: The results flown at a stated speed (NaN below the stall speed).
AT_SPEED = ("range_at_speed", "endurance_at_speed")


def _open_top(run: _Run, fig: CaseFigure) -> bool:
    """Whether any sampled machine still climbs at the model's top (its ceiling is then only
    known to be at least ``CEILING_TOP``; review 6: 13 km was judged against a cap of 11)."""
    perf = run.mc.at_speed(run.cruise, _loaded(run, fig), bool(run.cruise_indicated))
    return bool(np.any(np.asarray(perf["ceiling"], dtype=float) >= fw.CEILING_TOP))


def _on_own(run: _Run, fig: CaseFigure, judge_with, *args) -> Finding:
    """``judge_with(run, fig, *args)`` on the run of the claim's own conditions; when they
    leave no machine that can be built (a payload the take-off mass cannot hold with its
    fuel or battery), the claim is implausible as stated, with the reason."""
    try:
        own = run.for_claim(fig)
    except InputValueError as err:
        check_name = args[0] if judge_with is _as_stated else args[1]
        unit = args[2] if judge_with is _as_stated else args[3]
        statement = (fwc.own_payload_statement(run.case, fig, claim_inputs(run, fig)[0],
                                               run.samples, run.seed)
                     if err.field == "empty_mass" else
                     f"{fig.text} ({fig.id}): no sampled machine can be built with the "
                     f"claim's own conditions ({err}); the claim cannot hold as stated.")
        return Finding([fig.id], check_name, "implausible", statement,
                       _claimed(fig, unit), None, None, 0.0, [], "", "", [],
                       with_payload=True)
    return judge_with(own, fig, *args)


def _as_stated(run: _Run, fig: CaseFigure, check_name: str, scale: float, unit: str,
               noun: str) -> Finding:
    """The one finding that carries a range or flight-time claim's verdict, judged as the
    source states it (the claim contract: one verdict per claim).

    A claim with its own ``at_speed`` is judged flown at that speed (``range-at-speed``,
    ``endurance-at-speed``). A claim with no speed of its own is a maximum: the machine may
    fly its best speed, so the best-speed check (``range``, ``endurance``) gives the verdict,
    as for a multirotor; when the case states a cruise speed, the claim flown at it goes into
    that finding's notes as context, with the verdict it would have if the source meant "at
    cruise" (never a second finding)."""
    key = {"range": "max_range", "endurance": "max_endurance"}[check_name]
    at_key, at_check = f"{key.removeprefix('max_')}_at_speed", f"{check_name}-at-speed"
    speed, named, indicated = run.speed_of(fig)
    word = check_name                                   # "range" | "endurance"
    if fig.at_speed is not None:
        return _capability(run, fig, at_key, at_check, scale, unit, f"{word} flown at {named}",
                           speed, indicated)
    finding = _capability(run, fig, key, check_name, scale, unit, noun)
    if speed is None:
        return finding
    context = _capability(run, fig, at_key, at_check, scale, unit, f"{word} flown at {named}",
                          speed, indicated)
    run.results.pop((at_check, (fig.id,)), None)      # context only: not a finding's samples
    if context.estimate is None:
        flown = ("no sampled machine can fly it (below their stall speed, or more power than "
                 "the engine gives)")
    else:
        flown = (f"{_band(context.estimate)}, and {_percent(context.probability)} of the "
                 "sampled machines reach the claim")
    note = (f"At the stated cruise speed of {named}: {flown}; if the source means the "
            f"{word} at cruise, this claim would be {context.verdict.replace('-', ' ')} "
            "(give the claim at_speed to judge it so; this finding judges it as a maximum, "
            "at the best speed).")
    return replace(finding, notes=finding.notes + [note])



def _capability(run: _Run, fig: CaseFigure, key: str, check_name: str, scale: float,
                unit: str, noun: str, speed: float | None = None,
                indicated: bool | None = None) -> Finding:
    """A claim that the machine can do at least ``fig`` (its low end) in result ``key``;
    ``speed`` [m/s] is the airspeed the at-speed results are flown at (the run's cruise speed
    when None), an indicated one converted per sampled altitude with ``indicated``."""
    si = {"km": "m", "h": "s", "min": "s", "km/h": "m/s", "m": "m", "m/s": "m/s",
          "mph": "m/s", "kn": "m/s", "mi": "m", "nmi": "m", "ft": "m"}[unit]
    target = _threshold(fig, si)
    loaded = _loaded(run, fig)
    if speed is None:
        speed, indicated = run.cruise, run.cruise_indicated
    indicated = bool(indicated) and speed is not None
    perf = run.mc.at_speed(speed, loaded, indicated)
    values = np.asarray(perf[key], dtype=float)
    notes = (_notes(run, key) + _too_slow(perf, key, speed, run.stated_stall, indicated)
             + fwf.notes(perf, key, run.mc.size))
    unflown = float(np.mean(~np.isfinite(values)))
    if run.case.kind == "fixed-wing-jet" and 0.0 < unflown < 1.0:     # review 10, finding 1
        notes.append(f"{_percent(unflown)} of the {run.mc.size:,} sampled machines cannot fly "
                     "this (their thrust at the altitude is below the drag, or the speed is "
                     "past Mach 0.9): they are left out of the band and count as failing.")
    if key == "ceiling" and np.any(values >= fw.CEILING_TOP):
        notes.append(f"{_percent(float(np.mean(values >= fw.CEILING_TOP)))} of the machines "
                     f"still climb at {_num(fw.CEILING_TOP)} m, the top of the model's "
                     "atmosphere (the ISA to 20 km): their ceiling is at least that, and "
                     "counted as that.")
    if not np.isfinite(values).any():
        if key in AT_SPEED:
            # the stated speed is below every sampled machine's stall speed (C_L > C_L,max)
            statement = (f"{fig.text} ({fig.id}): the stated speed is below the stall speed "
                         f"of every sampled machine{fwf.beyond(perf, key)}, so the {noun} is "
                         "undefined: no wing flies below its stall speed; check the speed and "
                         "the wing figures (area, C_L,max, a stated stall_speed).")
        else:
            what = "thrust" if run.case.kind == "fixed-wing-jet" else "power"
            statement = (f"{fig.text} ({fig.id}): no sampled machine can fly it at all (the "
                         f"{noun} is undefined: e.g. the engine {what} cannot hold level flight "
                         "at this mass).")
        return run.keep(Finding(
            [fig.id], check_name, "implausible", statement,
            _claimed(fig, unit), None, None, 0.0, [], "", "", notes,
            with_payload=loaded), values, scale)
    objective = eng.outcome(key, run.case.kind, speed, loaded, indicated)
    swings = eng.sensitivity(run.inputs, objective)
    if key in AT_SPEED and not any(math.isfinite(d.swing) and d.swing for d in swings):
        # the machine in the middle of the assumptions cannot fly the speed (every swing is
        # undefined): swing about the best sampled machine, which can
        swings = eng.sensitivity(run.inputs, objective, base=run.mc.best(values))
        notes.append("The machine in the middle of the assumptions cannot fly this speed, so "
                     "the drivers swing about the best sampled machine instead.")
    bound, point = eng.generous_bound(run.inputs, objective, True, [run.mc.best(values)],
                                      swings)
    if not math.isfinite(bound):                  # never below the best sampled machine
        bound, point = float(np.nanmax(values)), run.mc.best(values)
    p = float(np.mean(values >= target))         # NaN (cannot fly it) counts as failing
    reaches = math.isfinite(bound) and bound >= target
    verdict = judge(p, reaches)
    est = eng.estimate(values, scale, unit)
    drivers = _effects(swings, scale, unit)
    article = "An" if check_name[0] in "aeiou" else "A"
    statement = (f"{article} {check_name.replace('-', ' ')} claim of {fig.text} ({fig.id}): the "
                 f"model gives {noun} {_band(est)} for {run.mc.size:,} sampled machines; "
                 f"{_percent(p)} reach the claim, and the most generous assumptions give "
                 f"{_num(bound / scale)} {unit}.")
    overturn = fwo.overturn(run.inputs, objective, point, target, drivers, verdict,
                            run.case.kind)
    return run.keep(Finding([fig.id], check_name, verdict, statement, _claimed(fig, unit), est,
                            Value(bound / scale, unit), p, drivers, overturn,
                            _condition("hover-endurance" if key == "hover_endurance"
                                       else check_name,
                                       loaded if run.inputs["payload"].high > 0.0 else None,
                                       run.conditions + unloaded_claim(run.inputs, fig),
                                       fwm.is_inferred(run.inputs["takeoff_mass"])
                                       and fwm.inferred_from(run.inputs["takeoff_mass"])), notes,
                            with_payload=loaded), values, scale)


def _loaded(run: _Run, fig: CaseFigure) -> bool:
    """Whether ``fig`` is judged with the payload aboard: yes unless the claim says
    ``with_payload = false`` and the case states a payload to take off (a maker's no-payload
    figure of a machine whose take-off mass includes one)."""
    return not (fig.with_payload is False and run.inputs["payload"].high > 0.0)


def _notes(run: _Run, key: str) -> list[str]:
    notes = [f"The stated engine thrust ({f.id}, {f.text}) is not used: only the jet kind "
             "flies on a thrust; a propeller's falls with speed, and this kind's checks use "
             "the engine power." for f in run.case.figures.values()
             if f.field == "engine_thrust" and f.role == "input"
             and run.case.kind != "fixed-wing-jet"][:1]
    notes += rotor_unused_note(run.case, run.case.kind in eng.VTOL_KINDS)   # ux7
    origins = {n: i.origin for n, i in run.inputs.items()}
    if origins.get("fuel_fraction") == "prior":
        lo, hi, _ = run.inputs["fuel_fraction"].display()
        notes.append(("The stated fuel is set aside (see the conflict finding)" if run.set_aside
                      in fwc.FUEL else "The source states no fuel") + f": the fuel is taken as "
                     f"{_num(lo)}-{_num(hi)} of the take-off mass (a judgement), and every "
                     "range and endurance here rests on it.")
    if origins.get("battery_fraction") == "prior":
        lo, hi, _ = run.inputs["battery_fraction"].display()
        unused = fwk.unused_battery(run)     # set aside, or a charge without voltage
        notes.append((f"{unused}: " if isinstance(unused, str) else "The source states no "
                      "battery: ") + f"the battery is taken as {_num(lo)}-"
                     f"{_num(hi)} of the take-off mass (a judgement on the few aircraft of "
                     "data/fixed_wing.toml that state their pack), and every "
                     "result rests on it.")
    notes += fwe.hybrid_notes(run) + fwk.notes(run)    # the lift battery; a stated pack
    if run.case.kind in eng.VTOL_KINDS:
        e = run.perf().get("hover_energy")
        if e is not None:
            est = eng.estimate(np.asarray(e), 3600.0, "Wh")
            notes.append(f"VTOL: the vertical phases take {_band(est)} on the rotor model "
                         "(the time spent hovering at take-off and landing times the hover "
                         "power, which the weight per area of the lift rotors and their "
                         "hover efficiency set), before the cruise; the lift system's mass is "
                         "inside the stated take-off mass, and its stopped rotors add to the "
                         "airframe's drag in cruise.")
        short = run.perf().get("hover_short")
        if short is not None and np.any(short):
            notes.append(f"{_percent(float(np.mean(short)))} of the sampled machines cannot pay "
                         "for the vertical phases with the usable energy: they cannot take off "
                         "and land, so their range and flight time are 0 (counted as failing).")
    if origins.get("calibration_percentile") == "calibration":
        cal = fwp.cruise_calibration(run.case.kind)
        lo, hi = (float(cal.factor_at(q)) for q in fwp.CALIBRATION_PERCENTILES)
        held = [n for n in fwp.CALIBRATION_HELD if n in run.inputs and run.inputs[n].exact]
        notes.append(f"The cruise is calibrated on the {cal.n} {run.case.kind} aircraft of "
                     "data/fixed_wing.toml: their makers' endurance and range figures need a "
                     "propulsive efficiency times lift-to-drag ratio (eta L/D) "
                     f"{_num(cal.factor)} times (median) the typical value the textbook "
                     f"priors give; here it is drawn from {_num(lo)} to {_num(hi)} times that "
                     "value (the central 98 % of what the calibration predicts for another "
                     f"aircraft of the kind: a spread of x{_num(math.exp(cal.predictive_sd))} "
                     "for one standard deviation, widened for the few aircraft it rests "
                     "on). The inputs it absorbs are held at the values it was fitted at: "
                     + ", ".join(f"{n.replace('_', ' ')} {_num(run.inputs[n].low)}"
                                 for n in held)
                     + " (docs/theory.md section 11).")
    notes += fwi.notes(run.inputs, key) + fwj.notes(run.inputs, key) + fwv.notes(run.inputs, key)
    if origins.get("wingspan") == "calibration":
        notes.append("No wingspan stated: " + run.inputs["wingspan"].note + ".")
    notes += fwe.ceiling_notes(run, key)
    if key == "range_at_speed":
        notes.append(f"{_FLOWN_AT}, with L/D at the mid-cruise weight; machines for which "
                     "that speed is below their stall speed cannot fly it and are left out "
                     "of the band and count as failing.")
    if key == "endurance_at_speed":
        notes.append(f"{_FLOWN_AT} all the way (makers state endurance at a cruise speed, "
                     "not at the minimum-power speed of the endurance check); machines for "
                     "which that speed is below their stall speed cannot fly it and are left "
                     "out of the band and count as failing.")
    return notes

