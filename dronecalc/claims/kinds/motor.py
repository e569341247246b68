"""Motor Kv x pack voltage: RPM, tip speed and tip Mach of the propellers at full throttle."""
from __future__ import annotations

from typing import Mapping

import numpy as np

from ...engine import uncertainty as unc
from ...engine.machine import blockwise, constraint_machine
from ...intake.case import CaseFigure
from ...intake.figures import Figure
from ...physics.atmosphere import _speed_of_sound
from ...physics.propulsion import TIP_MACH_LIMIT, _loaded_speed, _no_load_speed, _tip_speed
from ...wording import num, percent, span
from ..context import Context, ends, rotor_note, scaler
from ..explain import effects
from ..phrases import figure_text, range_text
from ..registry import ClaimKind, register
from ..results import Claimed, Finding, Value
from ..verdict import judge


def tip_mach(values: Mapping[str, np.ndarray]) -> np.ndarray:
    """Full-throttle (loaded) tip Mach number of the propellers."""
    a = constraint_machine(values).as_arrays()
    tip = _tip_speed(_loaded_speed(a["motor_kv"], a["pack_voltage"], a["loaded_rpm_fraction"]),
                     a["rotor_diameter"])
    return tip / _speed_of_sound(np.asarray(values["air_temperature"], dtype=float))


def _full_throttle(values: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Pack voltage [V], rotor diameter [m], full-throttle tip speed [m/s] and tip Mach of
    the samples (:func:`tip_mach`'s arithmetic); in blocks (``engine.machine.blockwise``)."""
    machine = constraint_machine(values).as_arrays()
    tip = _tip_speed(_loaded_speed(machine["motor_kv"], machine["pack_voltage"],
                                   machine["loaded_rpm_fraction"]), machine["rotor_diameter"])
    mach = tip / _speed_of_sound(np.asarray(values["air_temperature"], dtype=float))
    return {"pack_voltage": machine["pack_voltage"], "rotor_diameter": machine["rotor_diameter"],
            "tip_speed": tip, "tip_mach": mach}


def evaluate(ctx: Context) -> list[Finding]:
    """Kv x pack voltage: RPM and propeller tip Mach over the assumed packs and propellers."""
    kv = ctx.input_figure("motor_kv")
    if kv is None or "motor_kv" not in ctx.inputs:
        return []
    values = ctx.drawn_except("thrust", "tip_mach")
    machine = blockwise(_full_throttle, values)
    tip, mach = machine["tip_speed"], machine["tip_mach"]
    limit = TIP_MACH_LIMIT["value"]
    p = unc.probability(mach <= limit)
    swings = unc.sensitivity(ctx.inputs, tip_mach, exempt=("thrust", "tip_mach"),
                             samples=values)
    bound = unc.generous_bound(ctx.inputs, tip_mach, False, ctx.best_of(values, mach, False),
                               drivers=swings, exempt=("thrust", "tip_mach"))
    verdict = judge(p, bound.value <= limit)
    est = unc.percentiles(mach, scaler(1.0), "")
    return [ctx.keep(Finding([kv.id], "motor", verdict,
                             _sentence(ctx, kv, values, machine, tip, mach, p),
                             Claimed(_kv_claim_text(kv), *ends(kv, "rpm/V"), "rpm/V",
                                     "point"), est,
                             Value(bound.value, ""), p, effects(swings, 1.0, ""),
                             f"Packs and propellers whose full-throttle tip Mach stays at or "
                             f"below {limit:g} (a rule of thumb)",
                             "full throttle, loaded speed, static",
                             _literal_voltage_note(kv) + rotor_note(ctx)),
                     mach, 1.0)]


def _kv_claim_text(kv: CaseFigure) -> str:
    if kv.flag is not None and isinstance(kv.value, Figure):
        return f"{kv.text} (read as {figure_text(kv.value)})"
    return kv.text


def _sentence(ctx: Context, kv: CaseFigure, values: Mapping[str, np.ndarray],
              machine: Mapping[str, np.ndarray], tip: np.ndarray, mach: np.ndarray,
              p: float) -> str:
    """``machine``: the samples' Vehicle arrays; ``tip`` [m/s] and ``mach``: full throttle."""
    voltage = machine["pack_voltage"]
    rpm = _no_load_speed(values["motor_kv"], voltage) * 60 / (2 * np.pi)
    kv_text = figure_text(kv.value) if isinstance(kv.value, Figure) else kv.text
    written = f", written {kv.text!r}" if kv.flag else ""
    lead = (f"Read as {kv_text} ({kv.id}{written}), the motors turn" if kv.flag else
            f"The {kv_text} motors ({kv.id}) turn")   # "Read as" only for a figure reread
    return (f"{lead} "
            f"{span(np.min(rpm), np.max(rpm))} rpm unloaded on the "
            f"{_packs(ctx, span(np.min(voltage), np.max(voltage)))}; with "
            f"{_propeller_text(ctx, machine)} propellers the full-throttle tip speed "
            f"is {span(np.min(tip), np.max(tip))} m/s (Mach {span(np.min(mach), np.max(mach))}"
            f"), and {percent(p)} of the combinations stay at or below "
            f"Mach {TIP_MACH_LIMIT['value']:g}{_by_cells(values, mach)}.")


def _packs(ctx: Context, volts: str) -> str:
    """``"stated 22.2 V packs"`` when the source states the cell count or the voltage (ux7: a
    stated "6S" was called "the 22.2 V packs assumed"), else ``"22.2-44.4 V packs assumed"``."""
    stated = any(getattr(ctx.inputs.get(name), "origin", None) == "stated"
                 for name in ("cells", "voltage"))
    return f"stated {volts} V packs" if stated else f"{volts} V packs assumed"


def _propeller_text(ctx: Context, machine: Mapping[str, np.ndarray]) -> str:
    """The propeller diameters used: the stated or assumed range, else the derived p5-p95."""
    if "rotor_diameter" in ctx.inputs:
        return range_text(ctx.inputs, "rotor_diameter")
    p5, p95 = (unc.display_value("rotor_diameter", x)
               for x in unc.percentile(machine["rotor_diameter"], (5.0, 95.0)))
    return f"{span(p5, p95)} in (p5-p95, from the calibrated disk-loading law)"


def _by_cells(values: Mapping[str, np.ndarray], mach: np.ndarray) -> str:
    """Share of combinations below the tip Mach limit at the fewest and the most cells."""
    if "cells" not in values or values["cells"].min() == values["cells"].max():
        return ""
    limit = TIP_MACH_LIMIT["value"]
    parts = []
    for cells in (values["cells"].min(), values["cells"].max()):
        at = values["cells"] == cells
        parts.append(f"{percent(float(np.mean(mach[at] <= limit)))} on {cells:g}S")
    return " (" + ", ".join(parts) + ")"


def _literal_voltage_note(kv: CaseFigure) -> list[str]:
    if kv.flag is None or kv.figure is None:
        return []
    try:
        volts = kv.figure.low.m_as("V")
    except Exception:          # not a voltage as written: nothing to compare
        return []
    return [f"Taken literally, {kv.text} is {num(volts)} V: {num(volts / 22.2)} times a "
            "6S pack's 22.2 V and beyond any multirotor battery (3.7-100 V); the figure is "
            "garbled, and only its reading as a Kv rating is used."]


KIND = register(ClaimKind("motor", (), "a motor Kv figure", evaluate, 60))
