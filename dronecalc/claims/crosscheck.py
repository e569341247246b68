"""Figures of the report checked against each other, before any physics (issue #10).

A spec sheet often states the same thing twice: ``"5000 mAh, 77 Wh"``, ``"15.4 V, 4S"``, an empty
mass, a battery mass and a take-off mass. The model takes one of each pair; the other is not
refused but compared with it, and the comparison is a finding (check ``cross-check``):

===========================  ================================================  ==============
relation                     compared                                          the model uses
===========================  ================================================  ==============
energy                       battery energy vs capacity x voltage x packs      the energy
voltage                      pack voltage vs cells x nominal cell voltage      the voltage
mass budget                  take-off mass vs empty + battery (+ payload)      the empty mass
payload                      payload vs a stated maximum payload               (both kept)
leg time                     distance vs speed x the leg's flight time          (all kept)
rotor layout                 rotor_layout vs rotors and arms (claims.layouts)   the counts'
===========================  ================================================  ==============

A leg's flight time is a ``flight_time`` figure that ``refers`` to a ``distance`` (or is
referred to by it), with the speed linked to either.

Two stated ranges *agree* when they overlap; otherwise their mismatch is the gap between them
over the stated figure's middle. Verdicts by :data:`TOLERANCE`, a stated convention (chosen
before any case was run): within 10 % the figures agree (rounding, nominal-voltage
conventions of 3.6-3.8 V per cell), beyond 25 % they cannot describe one machine.
"""
from __future__ import annotations

from typing import Mapping

from ..intake.case import Case, Described
from ..intake.figures import Figure
from ..intake.units import Q_
from ..physics.battery import CHEMISTRIES
from ..wording import num, percent
from .layouts import reconcile_layout
from .results import Claimed, Finding

#: Relative mismatch up to which figures agree (consistent), and beyond which they cannot
#: describe one machine (implausible); between them: needs checking. Stated conventions.
TOLERANCE = {"consistent": 0.10, "needs-checking": 0.25}


def _ends(value, unit: str) -> tuple[float, float] | None:
    if not isinstance(value, Figure) or value.low is None or value.high is None:
        return None
    return float(value.low.m_as(unit)), float(value.high.m_as(unit))


def _mismatch(stated: tuple[float, float], computed: tuple[float, float]) -> float:
    """Gap between two intervals over the stated interval's middle (0 when they overlap)."""
    gap = max(computed[0] - stated[1], stated[0] - computed[1], 0.0)
    return gap / (0.5 * (stated[0] + stated[1]))


def _verdict(mismatch: float) -> str:
    if mismatch <= TOLERANCE["consistent"]:
        return "consistent"
    return "needs-checking" if mismatch <= TOLERANCE["needs-checking"] else "implausible"


def _ident(described: Described, name: str) -> str:
    source = described.source
    if source.startswith("figure "):
        return source.split(" ", 1)[1]
    if source in ("vehicle", "battery"):
        key = "mass" if name == "battery_mass" else name
        return f"{source}.{key}"
    return f"assumptions.{name}"


def _span(ends: tuple[float, float], unit: str) -> str:
    a, b = num(ends[0]), num(ends[1])
    return f"{a} {unit}" if a == b else f"{a}-{b} {unit}"


def _finding(ids: list[str], what: str, stated: tuple[float, float],
             computed: tuple[float, float], unit: str, how: str, used: str) -> Finding:
    mismatch = _mismatch(stated, computed)
    verdict = _verdict(mismatch)
    agree = ("agree" if mismatch == 0 else f"agree within {percent(mismatch)}"
             if verdict == "consistent" else f"disagree by {percent(mismatch)}")
    statement = (f"The report's figures {agree}: {what} {_span(stated, unit)} against "
                 f"{_span(computed, unit)} from {how}.")
    overturn = ("" if verdict == "consistent" else
                "A reading of the figures under which they describe one machine (per pack "
                "or all packs, nominal or full-charge voltage, with or without payload).")
    return Finding(ids, "cross-check", verdict, statement,
                   Claimed(f"{what} {_span(stated, unit)}", stated[0], stated[1], unit,
                           "point" if stated[0] == stated[1] else "range"),
                   None, None, None, [], overturn, f"figures compared with each other; {used}",
                   [])


def _cell_voltage(described: Mapping[str, Described]) -> tuple[float, float]:
    chem = described.get("chemistry")
    key = str(chem.value).lower().replace("-", "") if chem is not None else None
    if key in CHEMISTRIES:
        v = CHEMISTRIES[key]["cell_voltage"]
        return v, v
    volts = [c["cell_voltage"] for c in CHEMISTRIES.values()]
    return min(volts), max(volts)


def _figure(low: float, high: float, unit: str, text: str) -> Figure:
    return Figure(text, Q_(low, unit), Q_(high, unit), "point" if low == high else "range")


def reconcile(case: Case) -> tuple[dict[str, Described], list[Finding]]:
    """The case's described parameters with each redundant figure taken out, and the
    cross-check findings comparing it with the one kept."""
    described = dict(case.described())
    findings: list[Finding] = []
    _voltage(described, findings)
    _energy(described, findings)
    _masses(described, findings)
    _max_payload(case, described, findings)
    _leg_time(case, findings)
    reconcile_layout(case, described, findings)   # rotor layout: claims.layouts
    return described, findings


def _voltage(d: dict[str, Described], out: list[Finding]) -> None:
    if "voltage" not in d or "cells" not in d:
        return
    volts, cells = _ends(d["voltage"].value, "V"), _ends(d["cells"].value, "cell")
    if volts and cells:
        cell_v = _cell_voltage(d)
        out.append(_finding([_ident(d["voltage"], "voltage"), _ident(d["cells"], "cells")],
                            "pack voltage", volts, (cells[0] * cell_v[0], cells[1] * cell_v[1]),
                            "V", f"{_span(cells, 'cells')} x {_span(cell_v, 'V')} nominal",
                            "the model uses the stated voltage"))
    if d["cells"].source == "assumption" or d["voltage"].source != "assumption":
        d.pop("cells")
    else:
        d.pop("voltage")


def _energy(d: dict[str, Described], out: list[Finding]) -> None:
    if "energy" not in d or "capacity" not in d:
        return
    energy, charge = _ends(d["energy"].value, "Wh"), _ends(d["capacity"].value, "Ah")
    packs = _ends(d["packs"].value, "") if "packs" in d else (1.0, 1.0)
    if "voltage" in d:
        volts, how_v = _ends(d["voltage"].value, "V"), "the stated voltage"
    elif "cells" in d:
        cells, cell_v = _ends(d["cells"].value, "cell"), _cell_voltage(d)
        volts = (cells[0] * cell_v[0], cells[1] * cell_v[1]) if cells else None
        how_v = f"{_span(cells, 'cells')} x {_span(cell_v, 'V')}" if cells else ""
    else:
        volts, how_v = None, ""
    ids = [_ident(d["energy"], "energy"), _ident(d["capacity"], "capacity")]
    if energy and charge and volts and packs:
        out.append(_finding(ids, "battery energy", energy,
                            (charge[0] * volts[0] * packs[0], charge[1] * volts[1] * packs[1]),
                            "Wh", f"{_span(charge, 'Ah')} x {how_v}"
                            + (f" x {_span(packs, 'packs')}" if "packs" in d else ""),
                            "the model uses the stated energy"))
    d.pop("capacity")
    if "packs" in d and d["packs"].source == "assumption":
        d.pop("packs")


def _masses(d: dict[str, Described], out: list[Finding]) -> None:
    stated = [n for n in ("empty_mass", "mass", "takeoff_mass") if n in d]
    if len(stated) < 2:
        return
    primary = stated[0]
    base = _ends(d[primary].value, "kg")
    for other in stated[1:]:
        total = _ends(d[other].value, "kg")
        # a take-off mass includes the payload; with none stated the model carries none
        # (describe's payload prior is 0 kg), so the budget counts it as 0 kg, not unknown
        parts = (["battery_mass"] if primary == "empty_mass" else []) + (
            ["payload"] if other == "takeoff_mass" and "payload" in d else [])
        missing = [p for p in parts if p not in d]
        known = [_ends(d[p].value, "kg") for p in parts if p in d]
        if not (base and total) or any(k is None for k in known):
            d.pop(other)
            continue
        low = base[0] + sum(k[0] for k in known)
        high = base[1] + sum(k[1] for k in known)
        names = " + ".join([primary.replace("_", " ")] + [p.replace("_", " ")
                                                          for p in parts if p in d])
        ids = [_ident(d[n], n) for n in [other, primary] + [p for p in parts if p in d]]
        if len(missing) == 1 and missing[0] == "battery_mass":
            diff = (total[0] - high, total[1] - low)
            if diff[1] > 0:                       # the budget states the battery mass
                lo = max(diff[0], 0.05 * diff[1])
                d["battery_mass"] = Described(
                    _figure(lo, diff[1], "kg", f"{other} - {names}"),
                    f"the mass budget of {' '.join(ids)}: {other.replace('_', ' ')} - "
                    f"{names}")
            else:
                out.append(_finding(ids, other.replace("_", " "), total, (low, high), "kg",
                                    names, "the model uses the empty mass"))
        elif not missing:
            out.append(_finding(ids, other.replace("_", " "), total, (low, high), "kg",
                                names, f"the model uses the {primary.replace('_', ' ')}"))
        d.pop(other)


def _max_payload(case: Case, d: dict[str, Described], out: list[Finding]) -> None:
    maximum = next((f for f in case.figures.values()
                    if f.field == "max_payload" and f.role != "claim"), None)
    if maximum is None or "payload" not in d:
        return
    payload, top = _ends(d["payload"].value, "kg"), _ends(maximum.value, "kg")
    if not (payload and top):
        return
    excess = max(payload[1] - top[1], 0.0) / top[1]
    out.append(_finding([_ident(d["payload"], "payload"), maximum.id], "payload",
                        payload, (0.0, top[1]), "kg", f"the stated maximum payload "
                        f"({maximum.id})", "both kept") if excess else
               Finding([_ident(d["payload"], "payload"), maximum.id], "cross-check",
                       "consistent",
                       f"The report's figures agree: the payload {_span(payload, 'kg')} is "
                       f"within the stated maximum of {_span(top, 'kg')} ({maximum.id}).",
                       condition="figures compared with each other; both kept"))


def _linked(a, b) -> bool:
    return a.id in b.refers or b.id in a.refers


def _leg_time(case: Case, out: list[Finding]) -> None:
    """A flight time stated for a leg (it ``refers`` to a distance, or the distance to it)
    against the distance / speed of that leg."""
    figures = [f for f in case.figures.values() if f.role != "context"]
    for time in (f for f in figures if f.field == "flight_time"):
        for dist in (f for f in figures if f.field == "distance" and _linked(f, time)):
            speed = next((f for f in figures if f.field == "speed"
                          and (_linked(f, dist) or _linked(f, time))), None)
            if speed is None:
                continue
            t, v = _ends(time.value, "s"), _ends(speed.value, "m/s")
            d = _ends(dist.value, "km")
            if not (t and v and d):
                continue
            out.append(_finding([dist.id, speed.id, time.id], "distance", d,
                                (v[0] * t[0] / 1000, v[1] * t[1] / 1000), "km",
                                f"{speed.text} x {time.text}", "all kept"))
