"""A wing-borne case whose stated masses leave no buildable machine: the conflict finding.

The multirotor's rule (:mod:`dronecalc.claims.conflict`, issue 10: "when stated inputs leave no
buildable machine, say which stated figures conflict and by how much, judge the other claims
with the conflicting input set aside, and say so") for the fixed-wing and VTOL kinds, whose one
mass constraint is :data:`dronecalc.engine.fixed_wing.CONSTRAINTS` ``empty_mass``: the fuel or
battery (the hybrid's both, and its lift system) plus the payload must leave some empty mass in
the take-off mass. Review 16: a hybrid quadplane with a 40 kg battery on a 25 kg take-off mass
stopped with "empty_mass: no sampled machine satisfies the constraints", naming no figure.

The stated figures of :data:`SET_ASIDE` are set aside one at a time, in that order (the
battery, then the fuel, then the payload: the take-off mass, which every result rests on, is
kept), until the rest allow a machine; the finding names the figure set aside, the take-off
mass it conflicts with and by how many kilograms the best machine drawn falls short. If no one
figure explains it, the error names the stated masses and stands (exit 2).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Mapping

import numpy as np

from ..engine import fixed_wing as eng
from ..errors import DroneCalcError, InputValueError
from ..wording import measured, num as _num
from .results import Finding
from .set_aside import conflict_finding, first_set_aside, stated_where

#: Stated parameters (``Case.described()`` keys) tried, in this order, as the one to set aside.
SET_ASIDE = ("battery_mass", "energy", "capacity", "fuel_mass", "fuel_volume", "payload")
#: The fuel's parameters, set aside when the fuel alone overfills the take-off mass.
FUEL = ("fuel_mass", "fuel_volume")
#: The battery's parameters (the notes say a set-aside battery is set aside, not "no battery").
BATTERY = ("battery_mass", "energy", "capacity")


def without(case, name: str, source: str):
    """``case`` with the stated parameter ``name`` (stated at ``source``) taken out."""
    if source.startswith("figure "):
        ident = source.split(" ", 1)[1]
        return replace(case, figures={k: f for k, f in case.figures.items() if k != ident})
    if source in ("vehicle", "battery"):
        key = "mass" if source == "battery" and name == "battery_mass" else name
        table = {k: v for k, v in getattr(case, source).items() if k != key}
        return replace(case, **{source: table})
    return replace(case, assumptions={k: v for k, v in case.assumptions.items() if k != name})


def _short(inputs: Mapping[str, eng.Input], kind: str, samples: int, seed: int) -> float:
    """The fewest kilograms by which a drawn machine misses a positive empty mass."""
    drawn = eng.sample(inputs, samples, seed)
    margin = eng.margins(drawn, kind)["empty_mass"] * np.asarray(drawn["takeoff_mass"])
    return float(max(-np.max(margin), 0.0))


def build(case, describe: Callable, samples: int, seed: int, cruise: float | None):
    """``(inputs, Monte Carlo, findings, set-aside parameter or None)`` of a wing-borne case:
    :func:`dronecalc.engine.fixed_wing.monte_carlo` on ``describe(case)``, or, when the stated
    masses leave no machine, on the case with one stated figure set aside and its conflict
    finding; a stated stall speed no machine drawn has (review 20: 10 m/s at 11.5 kg on
    0.725 m^2 needs C_L,max 2.54) is set aside first, with its own conflict finding."""
    try:
        return _build(case, describe, samples, seed, cruise)
    except InputValueError as exc:
        stall = next((f for f in case.figures.values() if f.field == "stall_speed"
                      and f.role in ("input", "context")), None)
        if exc.field != "stall_speed" or stall is None:
            raise
        error = exc
    kept = without(case, "stall_speed", f"figure {stall.id}")
    inputs, mc, findings, aside = _build(kept, describe, samples, seed, cruise)
    return inputs, mc, [_stall_finding(case, stall, error, inputs)] + findings, aside


def _stall_finding(case, stall, error: InputValueError, inputs) -> Finding:
    """The conflict of a stated stall speed set aside: the C_L,max it needs at the take-off
    mass and wing area, the stall that mass gives at the wings' bound, and the mass the
    stated stall holds at (a maker's stall is often quoted at a lighter mass)."""
    from .context import ends
    from .fixed_wing_inferred import STALL_LIFT_COEFFICIENT, StallConflict
    ident = stall.id
    if isinstance(error, StallConflict) and "wing_area" in inputs:
        mass, area = inputs["takeoff_mass"], inputs["wing_area"]
        v_lo, v_hi = ends(stall, "m/s")
        low, high = STALL_LIFT_COEFFICIENT
        heavy = error.lift[0] > high          # more lift than any wing: too slow a stall
        need, bound = (error.lift[0], high) if heavy else (error.lift[1], low)
        speed = (v_hi if heavy else v_lo) * (need / bound) ** 0.5
        fit = (mass.low if heavy else mass.high) * bound / need
        total = measured(mass.low, mass.high, "kg")
        sq = measured(area.low, area.high, "m^2")
        lift = (_num(error.lift[0]) if f"{error.lift[0]:.3g}" == f"{error.lift[1]:.3g}"
                else f"{_num(error.lift[0])}-{_num(error.lift[1])}")
        stated_v, stated_m = (v_hi if heavy else v_lo), (mass.low if heavy else mass.high)
        why = (f"the stated stall speed {stall.text!r} ({ident}) at the {error.where} take-off "
               f"mass {total} on the {sq} wing needs C_L,max {lift}, "
               f"{'above' if heavy else 'below'} the {bound:.1f} "
               f"{'any' if heavy else 'every'} wing {'reaches' if heavy else 'exceeds'} "
               "(claims.fixed_wing_inferred.STALL_LIFT_COEFFICIENT, a judgement). At C_L,max "
               f"{bound:.1f} that mass stalls at {_num(speed)} m/s, "
               f"{_num(100 * abs(speed / stated_v - 1))} % {'above' if heavy else 'below'} the "
               f"stated {_num(stated_v)} m/s, and the stated stall holds at a mass of "
               f"{'at most' if heavy else 'at least'} {_num(fit)} kg, "
               f"{_num(100 * abs(fit / stated_m - 1))} % {'below' if heavy else 'above'} "
               f"{_num(stated_m)} kg"
               + (": the stall is probably quoted at a lighter mass" if heavy else ""))
    else:
        why = (f"the stated stall speed {stall.text!r} ({ident}) fits no machine drawn: "
               f"{error} (expected {error.expected})")
    statement = (f"The stated inputs conflict: {why}. The other claims are judged with "
                 f"{ident} set aside (the wing from the priors).")
    return conflict_finding(ident, statement, "The mass the stall speed is quoted at (a maker's "
                            "stall is often at a lighter mass than the maximum), or a "
                            "correction of the wing figures.",
                            "stated stall speed against the mass and wing area")


def _build(case, describe: Callable, samples: int, seed: int, cruise: float | None):
    inputs = describe(case)
    try:
        return inputs, eng.monte_carlo(inputs, case.kind, samples, seed, cruise), [], None
    except InputValueError as exc:
        if exc.field not in ("empty_mass", "fuel_fraction"):
            raise
        error = exc
    described = case.described()

    def attempt(name: str):
        kept = describe(without(case, name, described[name].source))
        return kept, eng.monte_carlo(kept, case.kind, samples, seed, cruise)

    if error.field == "fuel_fraction":      # the stated fuel against the take-off mass
        found = first_set_aside(FUEL, described.__contains__, attempt)
        if found is None:
            raise error
        name, (kept, mc) = found
        return kept, mc, [fuel_finding(case, name, described[name], inputs)], name
    short = _short(inputs, case.kind, samples, seed)
    found = first_set_aside(SET_ASIDE, described.__contains__, attempt, (DroneCalcError,))
    if found is not None:
        name, (kept, mc) = found
        return kept, mc, [_finding(case, name, described[name], inputs, short)], name
    raise InputValueError(
        "the stated figures leave no buildable machine: " + _masses(case, inputs)
        + f" leave no empty mass within the take-off mass (the best machine drawn is "
        f"{_num(short)} kg short), and no one of them set aside lets a machine be built",
        field="empty_mass", value=_num(inputs["takeoff_mass"].high) + " kg take-off mass",
        expected="fuel, battery and payload that fit in the take-off mass with room for the "
                 "airframe; check each figure (a pack or tank of another version, a mass in "
                 "another unit)") from error


def own_payload_statement(case, fig, inputs: Mapping[str, eng.Input], samples: int,
                          seed: int) -> str:
    """Why a claim's own payload leaves no machine (``inputs``: the claim's, on which the
    Monte Carlo found none), in the source's figures: "20h (F5) cannot hold as stated: its
    own payload of 10kg with the stated fuel mass 13kg (F2) leaves no empty mass within the
    22.3 kg take-off mass (F3) ...". The finding had quoted the engine's error ("empty_mass:
    no sampled machine satisfies the constraints; got ...; expected ..."), which names no
    figure (unseen, 2026-12-06: FlightGlobal's Penguin B, a record flight's fuel beside the
    normal mission's payload)."""
    described = case.described()
    stores = [f"{_field(name)} {getattr(d.value, 'text', d.value)} "
              f"({stated_where(name, d.source)})" for name, d in described.items()
              if name in SET_ASIDE and name != "payload"]
    mass = inputs["takeoff_mass"]
    where = next((f" ({stated_where(n, described[n].source)})" for n in ("takeoff_mass", "mass")
                  if n in described), "")
    store = (f"and the stated {', '.join(stores)} " if stores else
             "and the fuel or battery drawn as a share of the take-off mass ")
    short = _short(inputs, case.kind, samples, seed)
    two = (" If the claim was flown with less fuel or battery than the case states, the "
           "source's figures describe two flights: give this claim that flight's figures, or "
           "judge it without its payload." if stores else "")
    return (f"{fig.text} ({fig.id}) cannot hold as stated: no sampled machine can be built with "
            f"its own payload of "
            f"{fig.payload.text if fig.payload is not None else 'the claim'} {store}within the "
            f"{measured(mass.low, mass.high, 'kg')} take-off mass{where}: the best machine "
            f"drawn is {_num(short)} kg short (the airframe itself must weigh something).{two}")


def _field(name: str) -> str:
    """A parameter's field name in words (``energy`` -> "battery energy")."""
    from ..intake.case import PARAMETERS
    return PARAMETERS[name][0].replace("_", " ")


def _masses(case, inputs: Mapping[str, eng.Input]) -> str:
    """The stated figures that fill the take-off mass, in words."""
    described = case.described()
    parts = [f"{_field(name)} {getattr(d.value, 'text', d.value)} "
             f"({stated_where(name, d.source)})" for name, d in described.items()
             if name in SET_ASIDE]
    return ", ".join(parts) or "the fuel or battery share and the payload"


def _finding(case, name: str, d, inputs: Mapping[str, eng.Input], short: float) -> Finding:
    ident = stated_where(name, d.source)
    mass = inputs["takeoff_mass"]
    described = case.described()
    where = next((f" ({stated_where(n, described[n].source)})" for n in ("takeoff_mass", "mass")
                  if n in described), "")
    total = measured(mass.low, mass.high, "kg")
    spec = inputs.get("specific_energy")
    per_kg = (f"{_num(spec.low / 3600)}-{_num(spec.high / 3600)} Wh/kg" if spec is not None else
              f"{_num(eng.DEFAULT_SPECIFIC_ENERGY / 3600)} Wh/kg, engine.fixed_wing."
              "DEFAULT_SPECIFIC_ENERGY")
    heavy = {"energy": f" (its mass at {per_kg})", "capacity": f" (its mass at {per_kg})",
             "fuel_volume": " (its mass at the fuel's density)"}.get(name, "")
    store = ("lift battery, lift system, fuel" if case.kind in eng.FUEL_KINDS
             and case.kind in eng.BATTERY_KINDS else "fuel or battery")
    others = [f"{_field(n)} {getattr(o.value, 'text', o.value)!r} "
              f"({stated_where(n, o.source)})" for n, o in described.items()
              if n in SET_ASIDE and n != name]
    beside = f" beside the stated {', '.join(others)}" if others else ""
    statement = (f"The stated inputs leave no buildable machine: with {_field(name)} "
                 f"{getattr(d.value, 'text', d.value)!r} ({ident}){heavy}{beside}, the {store} and "
                 f"payload leave no empty mass within the {total} take-off mass{where}: "
                 f"the best machine drawn is {_num(short)} kg short (the "
                 "airframe itself must weigh something). The other claims are judged with "
                 f"{ident} set aside (from the priors where the model needs it).")
    return conflict_finding(ident, statement, f"A reading of {ident} (or of the take-off mass it "
                            "conflicts with) under which a machine can be built.",
                            "stated inputs against a positive empty mass")


def fuel_finding(case, name: str, d, inputs: Mapping[str, eng.Input]) -> Finding:
    """The conflict of a stated fuel whose share of the take-off mass no draw keeps
    (:mod:`dronecalc.claims.fixed_wing_fuel`), with the claimed maximum payloads beside it."""
    from . import fixed_wing_fuel as fuel_share
    from .fixed_wing_inferred import is_capacity
    ident = stated_where(name, d.source)
    mass, fuel = inputs["takeoff_mass"], inputs["fuel_mass"]
    lo, hi = fuel_share.share(inputs)
    described = case.described()
    total = measured(mass.low, mass.high, "kg")
    if eng.is_inferred(mass):
        where = f" {eng.INFERRED} from {eng.inferred_from(mass)}"
    else:
        where = next((f" ({stated_where(n, described[n].source)})"
                      for n in ("takeoff_mass", "mass") if n in described),
                     " (the stated maximum)")
    bound = inputs["fuel_fraction_high"]
    floor = inputs.get("fuel_fraction_low")
    allowed = (f"{_num(floor.low)}-{_num(bound.high)}, {bound.note}" if floor is not None
               else f"at most {_num(bound.high)}, {bound.note}")
    heavy = (f"; {_num(fuel.low)}-{_num(fuel.high)} kg at the fuel's density"
             if name == "fuel_volume" else "")
    payloads = [f for f in case.figures.values() if is_capacity(f)]
    beside = ""
    if payloads:
        from .context import ends
        p_lo, p_hi = ends(payloads[0], "kg")
        beside = (f"; with the maximum payload {payloads[0].text!r} ({payloads[0].id}) fuel and "
                  f"payload come to {_num(fuel.low + p_lo)}-{_num(fuel.high + p_hi)} kg, "
                  f"{_num((fuel.low + p_lo) / mass.high)}-{_num((fuel.high + p_hi) / mass.low)} "
                  "times the take-off mass")
    statement = (f"The stated inputs conflict: the fuel {getattr(d.value, 'text', d.value)!r} "
                 f"({ident}{heavy}) is {_num(100 * lo)}-{_num(100 * hi)} % of the {total} "
                 f"take-off mass{where}, where the fuel share can be {allowed}{beside}. No "
                 f"machine drawn holds it. The other claims are judged with {ident} set aside "
                 "(the fuel from the priors' share of the take-off mass).")
    return conflict_finding(ident, statement, f"A reading of {ident} (another version's tank, a "
                            "volume in another unit) or of the take-off mass that fits them "
                            "both.", "stated fuel against the take-off mass")


def refuse_estimate(run) -> None:
    """``estimate`` has no finding to say a conflict in: raise the error that names it."""
    if run.conflict:
        found = run.conflict[0]
        why = found.statement.split(": ", 1)[1].split(" The other claims", 1)[0].rstrip(".")
        raise InputValueError(
            f"the stated inputs leave no buildable machine: {why}", field=found.claims[0],
            value=getattr(getattr(run.case.described().get(run.set_aside), "value", None),
                          "text", found.claims[0]),
            expected="a figure that fits the others: correct or remove "
            "it (dronecalc check judges the claims with it set aside and says so in a "
            "conflict finding)")
