"""What moves a result and what would overturn a verdict, in display units.

Shared by every claim kind that runs a sensitivity: the :data:`TOP_DRIVERS` largest
one-at-a-time swings (:func:`dronecalc.engine.uncertainty.sensitivity`) and the sentence saying
what the top drivers would have to be, alone, for the result to cross the claim.
"""
from __future__ import annotations

import math
from typing import Mapping

import numpy as np

from ..engine import uncertainty as unc
from ..wording import num
from .phrases import counted, input_text, range_text
from .results import Effect

#: Drivers listed per finding.
TOP_DRIVERS = 4

#: What would overturn a verdict when no single assumption, moved alone, crosses the claim:
#: said instead of leaving only "No value of ... alone would do it".
OUT_OF_REACH = ("Nothing inside the assumed ranges reaches the claim, even every assumption at "
                "its favourable end at once: only evidence of a machine outside them (a figure "
                "the source does not state, shown to differ), or another reading of the claim, "
                "would overturn the verdict.")
HOLDS_ANYWAY = ("No single assumption, moved alone to any value, makes the claim fail: only "
                "several at their unfavourable ends at once, or a stated figure shown to be "
                "wrong, would overturn the verdict.")
SHORT_ANYWAY = ("No single assumption, moved alone to any value, makes the claim true: only "
                "several at their favourable ends at once do, and evidence of such a machine "
                "would settle it.")


def drivers(inputs: Mapping[str, unc.Input], objective: unc.Objective, scale: float,
            unit: str, base: Mapping[str, float] | None = None) -> list[Effect]:
    """The largest one-at-a-time swings, converted to display units."""
    return effects(unc.sensitivity(inputs, objective, base), scale, unit)


def effects(swings: list[unc.Driver], scale: float, unit: str) -> list[Effect]:
    """The :data:`TOP_DRIVERS` largest of :func:`~dronecalc.engine.uncertainty.sensitivity`'s
    swings, in display units (``scale``: SI per display unit)."""
    out = []
    for d in swings:
        if len(out) == TOP_DRIVERS or not math.isfinite(d.swing) or d.swing == 0:
            break
        out.append(Effect(d.name, d.low, d.high, d.unit, d.output_low / scale,
                          d.output_high / scale, unit))
    return out


def overturn(inputs: Mapping[str, unc.Input], objective: unc.Objective,
             point: Mapping[str, float], target: float, found: list[Effect],
             want_higher: bool, lead: str, fallback: str = "") -> str:
    """What the top drivers would have to be, alone, for the result to cross ``target``.

    ``want_higher``: the verdict is overturned by a higher result (True) or a lower one.
    ``fallback``: said when no driver alone crosses it, so that the sentence still says what
    would overturn the verdict rather than only what would not.
    """
    needs, never = [], []
    for d in [d for d in found if not unc.VARIABLES[d.assumption].integer][:3]:
        value = unc.solve_for(inputs, objective, point, d.assumption, target)
        rises = d.result_at_high > d.result_at_low
        word = "above" if rises == want_higher else "below"
        if value is None:
            never.append(d.assumption.replace('_', ' '))
        else:
            needs.append(f"{_needs(d.assumption, value, word)} "
                         f"(assumed {range_text(inputs, d.assumption)})")
    for d in [d for d in found if unc.VARIABLES[d.assumption].integer]:
        count = _integer_crossing(inputs, objective, point, d.assumption, target)
        if count is None:
            never.append(d.assumption.replace('_', ' '))
        else:
            needs.append(f"{input_text(d.assumption, count)} "
                         f"(assumed {range_text(inputs, d.assumption)})")
    text = f"{lead} " + "; or ".join(needs) + "." if needs else ""
    if never:
        names = " or ".join(never)
        text += (" " if text else "") + f"No value of {names} alone would do it."
    if not needs and fallback:
        text += (" " if text else "") + fallback
    return text


def _integer_crossing(inputs: Mapping[str, unc.Input], objective: unc.Objective,
                      point: Mapping[str, float], name: str, target: float) -> float | None:
    """The count nearest ``point``'s at which the result lies on the other side of
    ``target``, others at ``point`` (a count has no value between two others for
    :func:`~dronecalc.engine.uncertainty.solve_for` to interpolate); searched over the
    variable's limits bounded as solve_for bounds them; None when no count crosses."""
    inp = inputs[name]
    lo_lim, hi_lim = inp.variable.limits
    lo = math.ceil(max(lo_lim, inp.low / 20.0 if inp.low > 0 else lo_lim))
    hi = math.floor(min(hi_lim, inp.high * 20.0 if inp.high > 0 else hi_lim))
    counts = np.arange(lo, hi + 1, dtype=float)
    here = float(np.asarray(objective(unc.batch(point, {name: np.array([point[name]])})))[0])
    if counts.size == 0 or not math.isfinite(here):
        return None
    f = np.asarray(objective(unc.batch(point, {name: counts})), dtype=float)
    other = np.isfinite(f) & ((f >= target) != (here >= target))
    if not other.any():
        return None
    return float(counts[other][np.argmin(np.abs(counts[other] - point[name]))])


def _needs(name: str, si_value: float, word: str) -> str:
    value = unc.display_value(name, si_value)
    unit = unc.VARIABLES[name].display
    if unc.VARIABLES[name].integer:
        value = float(math.ceil(value - 1e-9) if word == "above" else math.floor(value + 1e-9))
    if counted(name):                    # "cells above 6", never "cells above 6 cell"
        return f"{name.replace('_', ' ')} {word} {num(value)}"
    return f"{name.replace('_', ' ')} {word} {num(value)}{' ' + unit if unit else ''}"


def _generous_list(point: Mapping[str, float], found: list[Effect]) -> str:
    return ", ".join(input_text(d.assumption, point[d.assumption]) for d in found)


def overturn_for(inputs: Mapping[str, unc.Input], objective: unc.Objective,
                 bound: unc.Bound, target: float, found: list[Effect], verdict: str,
                 maximize: bool) -> str:
    """The overturn sentence: from the generous point when implausible, else the centre.

    ``maximize``: the claim holds when the result is at least ``target`` (else at most).
    """
    if not found:
        return ""
    if verdict == "implausible":
        at_bound = float(np.asarray(objective(unc.stack([bound.point])))[0])
        if (at_bound >= target) == maximize:
            return ("Only a machine with every assumption at the end most favourable to the "
                    "claim, all at once, makes it true ("
                    + _generous_list(bound.point, found)
                    + "); evidence of such a machine would overturn the verdict.")
        return overturn(inputs, objective, bound.point, target, found, maximize,
                        "Even with every other assumption at the end most favourable to "
                        "the claim, it would hold only with", OUT_OF_REACH)
    centre = unc.central_point(inputs)
    at_centre = float(np.asarray(objective(unc.stack([centre])))[0])
    holds = (at_centre >= target) == maximize
    typical = f"A typical machine ({typical_words(inputs, centre)})"
    if holds:
        lead = f"{typical} makes the claim true; it would stop only with"
    elif verdict == "consistent":
        # enough machines reach it, not the typical one (as claims.fixed_wing_overturn says)
        lead = (f"{typical} falls short, so the verdict rests on the machines that reach the "
                "claim: with the others mid-range, it holds only with")
    else:
        lead = f"{typical} falls short; it would make the claim true with"
    return overturn(inputs, objective, centre, target, found, maximize != holds, lead,
                    HOLDS_ANYWAY if holds else SHORT_ANYWAY)


def typical_words(inputs: Mapping[str, unc.Input], centre: Mapping[str, float]) -> str:
    """What "typical" means: every assumption mid-range, and for a count drawn over an even
    number of values (packs 1-2) the one taken, the lower middle value
    (:func:`dronecalc.engine.points.central_point`), so that the sentence says it."""
    split = [name for name, inp in inputs.items() if inp.variable.integer and not inp.exact
             and round(inp.high - inp.low) % 2 == 1]
    said = "; ".join(f"{input_text(name, centre[name])} of the {range_text(inputs, name)} "
                     "assumed, the lower middle value" for name in split)
    return "every assumption mid-range" + (f"; {said}" if said else "")
