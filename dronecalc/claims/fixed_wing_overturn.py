"""What would overturn a fixed-wing verdict: which assumption, at which value, alone.

The fixed-wing counterpart of :func:`dronecalc.claims.explain.overturn_for`, phrased the same
way: for a consistent or needs-checking verdict, from a typical machine (every assumption
mid-range) the value of each top driver at which the claim would stop holding (or, when the
typical machine falls short, would start to); for an implausible verdict, from the most
generous machine, what would make the claim true. The value is searched on one batched grid
of the driver (others held), from a twentieth to twenty times its assumed range (as the
multirotor search, :func:`dronecalc.engine.sensitivity.solve_for`), kept inside what the
quantity can physically be (an efficiency or a share at most 1, a percentile inside 0-100).
"""
from __future__ import annotations

import math
from typing import Mapping

import numpy as np

from ..engine import fixed_wing as eng
from ..engine.points import batch
from ..engine.sensitivity import nearest_root
from ..physics.atmosphere import ISA_CONSTANTS
from ..priors import fixed_wing as fwp
from ..wording import num
from .explain import HOLDS_ANYWAY, OUT_OF_REACH, SHORT_ANYWAY

#: Inputs that are shares or efficiencies: never above 1.
_AT_MOST_ONE = ("propeller_efficiency", "drive_efficiency", "usable_fraction",
                "figure_of_merit", "fuel_fraction", "battery_fraction", "reserve",
                "ceiling_fuel_burnt")
#: Inputs that may be negative (an offset; a tailwind is a negative headwind).
_SIGNED = ("oswald_offset", "headwind")
#: Altitude inputs: no higher than the top of the atmosphere model (the ISA troposphere).
_ALTITUDES = ("altitude", "critical_altitude")
#: Grid points of the search (as the multirotor's).
_POINTS = 801


def _limits(name: str, inp: eng.Input) -> tuple[float, float]:
    width = inp.high - inp.low
    if name in _SIGNED:
        return inp.low - 2.0 * width, inp.high + 2.0 * width
    if name == "calibration_percentile":
        return 0.01, 99.99
    lo = inp.low / 20.0 if inp.low > 0 else 0.0
    hi = inp.high * 20.0 if inp.high > 0 else width
    if name in _AT_MOST_ONE:
        hi = min(hi, 1.0)
    if name in _ALTITUDES:
        hi = min(hi, ISA_CONSTANTS["tropopause"])
    return lo, hi


def solve_for(inputs: Mapping[str, eng.Input], objective, point: Mapping[str, float],
              name: str, target: float) -> float | None:
    """The value [SI] of input ``name`` at which ``objective`` crosses ``target``, the others
    at ``point``: the crossing nearest the point's value, linearly interpolated; None when
    none inside the limits reaches it."""
    inp = inputs[name]
    lo, hi = _limits(name, inp)
    grid = np.unique(np.concatenate([np.linspace(lo, hi, _POINTS),
                                     np.linspace(inp.low, inp.high, 21)]))
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):  # probes past the
        f = np.asarray(objective(batch(point, {name: grid})), dtype=float) - target  # priors
    found = nearest_root(grid, f, point[name])      # the multirotor search's root rule
    return None if found is None else found[0]


def _value_text(name: str, si_value: float) -> str:
    """``"bsfc 1,050 g/kWh"``: one input's value in its display unit."""
    var = eng.VARIABLES[name]
    value = si_value / var.scale
    return f"{name.replace('_', ' ')} {num(value)}{' ' + var.display if var.display else ''}"


def _meaning(name: str, si_value: float, kind: str) -> str:
    """What a value of an input without a physical unit means, in words ("" if plain)."""
    cal = fwp.cruise_calibration(kind) if name == "calibration_percentile" else None
    if cal is None:
        return ""
    return (", i.e. a propulsive efficiency times lift-to-drag ratio "
            f"{num(float(cal.factor_at(si_value / eng.VARIABLES[name].scale)))} times the "
            "typical value the priors hold")


def _assumed(inputs, name: str) -> str:
    low, high, unit = inputs[name].display()
    return f"assumed {num(low)}-{num(high)}{' ' + unit if unit else ''}"


def _crossings(inputs, objective, point, target: float, found, want_higher: bool,
               kind: str) -> tuple[list[str], list[str]]:
    needs, never = [], []
    for d in found[:3]:
        value = solve_for(inputs, objective, point, d.assumption, target)
        if value is None:
            never.append(d.assumption.replace("_", " "))
            continue
        rises = d.result_at_high > d.result_at_low
        word = "above" if rises == want_higher else "below"
        words = _value_text(d.assumption, value).split(" ")
        n = len(d.assumption.split("_"))
        needs.append(" ".join(words[:n] + [word] + words[n:])
                     + f" ({_assumed(inputs, d.assumption)})"
                     + _meaning(d.assumption, value, kind))
    return needs, never


def _sentence(lead: str, needs: list[str], never: list[str], fallback: str) -> str:
    text = f"{lead} " + "; or ".join(needs) + "." if needs else ""
    if never:
        text += (" " if text else "") + f"No value of {' or '.join(never)} alone would do it."
    if not needs:
        text += (" " if text else "") + fallback
    return text


def overturn(inputs: Mapping[str, eng.Input], objective, bound_point: Mapping[str, float],
             target: float, found, verdict: str, kind: str) -> str:
    """The overturn sentence of a capability claim (the claim holds at ``target`` or more).

    ``bound_point``: where the generous bound is reached; ``found``: the finding's drivers
    (largest swing first)."""
    if not found:
        return ""
    if verdict == "implausible":
        at_bound = float(np.asarray(objective(batch(bound_point, {})))[0])
        if math.isfinite(at_bound) and at_bound >= target:
            listed = "; ".join(_value_text(d.assumption, bound_point[d.assumption])
                               + _meaning(d.assumption, bound_point[d.assumption], kind)
                               for d in found[:3])
            return ("Only a machine with every assumption at the end most favourable to the "
                    f"claim, all at once, makes it true ({listed}); evidence of such a "
                    "machine would overturn the verdict.")
        needs, never = _crossings(inputs, objective, bound_point, target, found, True, kind)
        return _sentence("Even with every other assumption at the end most favourable to the "
                         "claim, it would hold only with", needs, never, OUT_OF_REACH)
    centre = eng.central_point(inputs)
    at_centre = float(np.asarray(objective(batch(centre, {})))[0])
    holds = math.isfinite(at_centre) and at_centre >= target
    if holds:
        lead = ("A typical machine (every assumption mid-range) makes the claim true; it "
                "would stop only with")
    elif verdict == "consistent":
        # enough machines reach it, not the typical one: the verdict rests on the values that
        # make it true, and the other side of each is what would make the claim fall short
        lead = ("A typical machine (every assumption mid-range) falls short, so the verdict "
                "rests on the machines that reach the claim: with the others mid-range, it "
                "holds only with")
    else:
        lead = ("A typical machine (every assumption mid-range) falls short; it would make "
                "the claim true with")
    needs, never = _crossings(inputs, objective, centre, target, found, not holds, kind)
    text = _sentence(lead, needs, never, HOLDS_ANYWAY if holds else SHORT_ANYWAY)
    if needs and not holds and verdict == "consistent":
        text += (" Evidence that none of these holds (each on the other side of its value: "
                 "figures the source does not state) would make it fall short for a typical "
                 "machine.")
    return text


def fleet(carried: np.ndarray, bound: float, verdict: str, unit: str = "kg") -> str:
    """The overturn sentence of a payload claim judged against the fleet's payload fractions
    (``carried``: the fleet's payload at each sampled take-off mass [kg]; ``bound``: the p99 of
    its scatter at the heaviest), both in ``unit``: the payload at which the verdict would
    change."""
    edge = float(np.quantile(carried, 0.95))              # 5 % of the draws carry more
    settle = ("the aircraft's own stated empty mass and fuel (or battery) mass would settle "
              "it better than the fleet does")
    if verdict == "consistent":
        return (f"Against the fleet it would stop being consistent only above {num(edge)} {unit}, "
                "which only 5 % of the draws carry at this take-off mass; " + settle + ".")
    if verdict == "needs-checking":
        return (f"It would be consistent at or below {num(edge)} {unit} (5 % of the draws carry "
                "more at this take-off mass); " + settle + ".")
    return (f"Only an aircraft carrying a larger share of its take-off mass than 99 % of the "
            f"fleet's scatter (more than {num(bound)} {unit} here) makes it true; " + settle
            + ", and one that leaves room for it would overturn the verdict.")
