"""Sentence pieces the claim kinds share: bands, shares, inputs as text.

Numbers go through :mod:`dronecalc.wording` (the one formatter), so a value reads the same in a
finding's sentence as in the report around it.
"""
from __future__ import annotations

import math
from typing import Mapping

from ..engine import uncertainty as unc
from ..intake.figures import Figure
from ..wording import clock, num, percent, span


def band(est: unc.Estimate) -> str:
    """``p5-p95 unit (p5-p95; median p50)``."""
    unit = f" {est.unit}" if est.unit else ""
    return f"{span(est.p5, est.p95)}{unit} (p5-p95; median {num(est.p50)})"


def share(p: float, kept: int) -> str:
    """``"12.5 % of 9,000 sampled machines"``, ``"none of ..."``, ``"all ..."``."""
    hits = int(round(p * kept))
    machines = "the one sampled machine" if kept == 1 else f"{kept:,} sampled machines"
    if hits == 0:
        return f"none of {machines}"
    if hits == kept:
        return "the one sampled machine" if kept == 1 else f"all {machines}"
    return f"{percent(p)} of {machines}"


#: The noun of a count whose display unit is empty (the JSON keeps ``""``): a sentence writes
#: "5 packs (assumed 1-2 packs)", never "packs 5 (assumed 1-2)" (issue 10 review, stop 36).
COUNT_NOUNS = {"packs": "pack", "rotors": "rotor"}


def _noun(name: str) -> str:
    """The noun that counts ``name`` ("cell" of "cells", "pack" of "packs"), or ""."""
    var = unc.VARIABLES[name]
    if not var.integer:
        return ""
    if var.display:
        return var.display if name.startswith(var.display) else ""
    return COUNT_NOUNS.get(name, "")


def counted(name: str) -> bool:
    """Whether ``name`` is a count whose noun is its own ("cells" in "cell", "packs" in
    "pack"): written "6 cells", never "cells 6 cell" (review 21)."""
    return bool(_noun(name))


def _unit_of(name: str, high: float) -> str:
    unit = unc.VARIABLES[name].display
    if counted(name):
        return f" {_noun(name)}" + ("" if high == 1 else "s")
    return f" {unit}" if unit else ""


def input_text(name: str, si_value: float) -> str:
    """``"12 cells"``, ``"empty mass 3 kg"``: one input's value in its display unit."""
    value = unc.display_value(name, si_value)
    if unc.VARIABLES[name].integer:
        value = float(math.ceil(value - 1e-9))
    lead = "" if counted(name) else name.replace('_', ' ') + " "
    return f"{lead}{num(value)}{_unit_of(name, value)}"


def range_text(inputs: Mapping[str, unc.Input], name: str) -> str:
    """``"3-6 kg"``, ``"6-12 cells"``: an input's range in its display unit; one number when
    both ends round alike (``"54 in"``, never ``"54-54 in"``), ``"-5 to 5"`` when an end is
    negative."""
    low, high, unit = inputs[name].display()
    if unit == unc.VARIABLES[name].display and (unit or counted(name)):
        return f"{span(low, high)}{_unit_of(name, high)}"
    return f"{span(low, high)}{' ' + unit if unit else ''}"


def payload_text(inputs: Mapping[str, unc.Input]) -> str:
    """The payload as the findings write it (``"3 kg"``, ``"0 kg"``, ``"2-3 kg"``)."""
    low, high, unit = inputs["payload"].display()
    return f"{num(low)} {unit}" if low == high else f"{num(low)}-{num(high)} {unit}"


def figure_text(figure: Figure) -> str:
    """A figure's ends with its unit as written (``"320 Kv"``, ``"2-2.5 km"``)."""
    low, high = figure.low, figure.high
    if figure.kind == "range":
        return f"{low.magnitude:g}-{high.magnitude:g} {high.units:~P}"
    end = low if low is not None else high
    return clock(end.magnitude, f"{end.units:~P}") or f"{end.magnitude:g} {end.units:~P}"
