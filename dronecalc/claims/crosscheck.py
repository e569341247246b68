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
maximum take-off mass        take-off mass (else its parts) vs a stated MTOW   (both kept)
leg time                     distance vs speed x the leg's flight time          (all kept)
rotor layout                 rotor_layout vs rotors and arms (claims.layouts)   the counts'
===========================  ================================================  ==============

Cases no multirotor run builds (fixed wings, VTOL, cases no kind models) take those (with the
``condition`` naming what their model keeps, :data:`USES`) and :func:`without_physics`'s:

===========================  ================================================  ==============
fuel mass                    fuel mass vs fuel volume x density (fuel type)     the fuel mass
payload claim                a payload or warhead claim vs a stated maximum     (both kept)
range in time                a range claim vs its speed x a like flight time    (all kept)
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
from ..intake.fields import FIELDS
from ..intake.figures import Figure
from ..intake.units import Q_
from ..intake.refusals import UNMODELLED_FUEL
from ..intake.vague import typical_words
from ..physics.battery import CHEMISTRIES, LIHV_CHARGE_ABOVE, full_charge_nominal
from ..priors.describe import chemistry_key
from ..wording import num, percent
from .frame_fit import frame_fit
from .layouts import reconcile_layout
from .results import Claimed, Finding
from .set_aside import ident_of

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


def agreement(mismatch: float) -> tuple[str, str]:
    """The verdict of a relative ``mismatch`` of the source's figures (:data:`TOLERANCE`) and
    its words: ``"agree"``, ``"agree within 4.5 %"``, ``"disagree by 30 %"``."""
    verdict = _verdict(mismatch)
    return verdict, ("agree" if mismatch == 0 else f"agree within {percent(mismatch)}"
                     if verdict == "consistent" else f"disagree by {percent(mismatch)}")


#: How a comparison of the source's figures with each other is named in a finding.
COMPARED = (f"figures compared with each other (within {percent(TOLERANCE['consistent'])}"
            " they agree); no physics")


def _span(ends: tuple[float, float], unit: str) -> str:
    a, b = num(ends[0]), num(ends[1])
    return f"{a} {unit}" if a == b else f"{a}-{b} {unit}"


#: What would overturn a disagreement of each compared pair: readings under which the figures
#: describe one machine (a figure's conventions, never a different machine).
OVERTURN = {
    "battery": ("A reading of the figures under which they describe one machine (per pack "
                "or all packs, nominal or full-charge voltage)."),
    "mass": ("A reading of the masses under which they describe one machine (with or without "
             "payload or battery, an empty mass of another version)."),
    "payload": ("A reading under which the payload is within the maximum (another "
                "configuration's maximum, the payload with or without its mount)."),
    "leg": ("A reading under which the leg's figures describe one flight (the speed an "
            "average or a top speed, the time with take-off and landing)."),
    "mtow": ("A reading of the masses under which they describe one machine (a maximum "
             "take-off mass of another version or another unit, the take-off mass of a "
             "heavier configuration)."),
    "density": ("A reading of the figures under which they describe one pack (the energy of "
                "all packs against one pack's mass, a mass or an energy in another unit)."),
    "fuel": ("Another fuel type (density), a tank volume usable rather than total, or a fuel "
             "mass including oil or the tank."),
}


def _finding(ids: list[str], what: str, stated: tuple[float, float],
             computed: tuple[float, float], unit: str, how: str, used: str,
             overturn: str = OVERTURN["battery"]) -> Finding | None:
    """The comparison as a finding; None when the stated figure is 0 or less (nothing to
    compare a share of: a "0 km" claim is judged by its own check, never here)."""
    if stated[1] <= 0:
        return None
    mismatch = _mismatch(stated, computed)
    verdict, agree = agreement(mismatch)
    statement = (f"The report's figures {agree}: {what} {_span(stated, unit)} against "
                 f"{_span(computed, unit)} from {how}.")
    return Finding(ids, "cross-check", verdict, statement,
                   Claimed(f"{what} {_span(stated, unit)}", stated[0], stated[1], unit,
                           "point" if stated[0] == stated[1] else "range"),
                   None, None, None, [], "" if verdict == "consistent" else overturn,
                   f"figures compared with each other; {used}", [])


def _add(out: list[Finding], finding: Finding | None) -> None:
    if finding is not None:
        out.append(finding)


def _cell_voltage(described: Mapping[str, Described]) -> tuple[float, float]:
    key = _chem_key(described)
    if key is not None:
        v = CHEMISTRIES[key]["cell_voltage"]
        return v, v
    volts = [c["cell_voltage"] for c in CHEMISTRIES.values()]
    return min(volts), max(volts)


def _figure(low: float, high: float, unit: str, text: str) -> Figure:
    return Figure(text, Q_(low, unit), Q_(high, unit), "point" if low == high else "range")


#: What each vehicle model takes of a pair of redundant figures (the cross-check finding's
#: ``condition``): the multirotor model (:func:`reconcile`'s default), the fixed-wing and VTOL
#: model (:mod:`dronecalc.claims.fixed_wing`: battery energy and take-off mass only), and
#: ``None``, no vehicle model (:mod:`dronecalc.claims.unmodelled`).
USES = {
    "multirotor": {"voltage": "the model uses the stated voltage",
                   "energy": "the model uses the stated energy", "mass": None},
    "fixed-wing": {"voltage": "the fixed-wing model uses neither (it takes the battery energy)",
                   "energy": "the model uses the stated energy",
                   "mass": "the fixed-wing model uses the take-off mass"},
    None: {"voltage": "no vehicle model runs", "energy": "no vehicle model runs",
           "mass": "no vehicle model runs"},
}


def reconcile(case: Case, model: str | None = "multirotor"
              ) -> tuple[dict[str, Described], list[Finding]]:
    """The case's described parameters with each redundant figure taken out, and the
    cross-check findings comparing it with the one kept; ``model`` (a key of :data:`USES`)
    names which figure the model that runs keeps."""
    described = dict(case.described())
    findings: list[Finding] = []
    uses = USES[model]
    if model == "fixed-wing" and "capacity" in described and "energy" not in described and \
            case.kind in ("fixed-wing-electric", "vtol-quadplane", "tailsitter",
                          "vtol-quadplane-piston"):
        # its energy is the charge x voltage (priors.fixed_wing_battery): the voltage is used
        uses = {**uses, "voltage": USES["multirotor"]["voltage"]}
    _voltage(described, findings, uses["voltage"])
    _energy(described, findings, uses["energy"])
    _pack_density(described, findings, uses["energy"])
    if model == "multirotor":           # a wing's model takes no battery mass
        from .crosscheck_pack import specific_energy
        specific_energy(described, findings)
    _masses(described, findings, uses["mass"])
    _max_payload(case, described, findings)
    _max_takeoff(case, findings)
    _leg_time(case, findings)
    reconcile_layout(case, described, findings)   # rotor layout: claims.layouts
    if model == "multirotor":                     # rotors vs the frame: claims.frame_fit
        frame_fit(case, described, findings)
    return described, findings


def _voltage(d: dict[str, Described], out: list[Finding],
             used: str = USES["multirotor"]["voltage"]) -> None:
    if "voltage" not in d or "cells" not in d:
        return
    volts, cells = _ends(d["voltage"].value, "V"), _ends(d["cells"].value, "cell")
    nominal = _full_charge(d, volts, cells) if volts and cells else None
    if nominal is not None:
        _add(out, _charge_finding(d, volts, cells, nominal))
        # energy = charge x NOMINAL voltage: the pack is flown at cells x the nominal cell
        # voltage (physics.battery.full_charge_nominal), the stated cell count then redundant
        n = cells[0]
        d["voltage"] = Described(_figure(n * nominal, n * nominal, "V",
                                         f"{num(n)} x {num(nominal)} V"),
                                 d["voltage"].source, d["voltage"].flag, NOMINAL_OF_CHARGE)
        d.pop("cells")
        return
    if volts and cells:
        cell_v = _cell_voltage(d)
        _add(out, _finding([ident_of(d["voltage"], "voltage"), ident_of(d["cells"], "cells")],
                           "pack voltage", volts, (cells[0] * cell_v[0], cells[1] * cell_v[1]),
                           "V", f"{_span(cells, 'cells')} x {_span(cell_v, 'V')} nominal",
                           used))
    if d["cells"].source == "assumption" or d["voltage"].source != "assumption":
        d.pop("cells")
    else:
        d.pop("voltage")


#: The ``reason`` of a voltage :func:`_voltage` made nominal from a full-charge one.
NOMINAL_OF_CHARGE = "the nominal voltage of a pack stated by its full-charge voltage"


def _chem_key(d: Mapping[str, Described]) -> str | None:
    chem = d.get("chemistry")
    return chemistry_key(chem.value) if chem is not None else None


def _full_charge(d: Mapping[str, Described], volts: tuple[float, float],
                 cells: tuple[float, float]) -> float | None:
    """The nominal cell voltage to fly a stated pack voltage that is a full-charge one (a
    maker's "6S 25.2V"; :func:`dronecalc.physics.battery.full_charge_nominal`), when both
    figures are stated single values; else None."""
    stated = all(d[k].source != "assumption" for k in ("voltage", "cells"))
    single = volts[0] == volts[1] and cells[0] == cells[1]
    return full_charge_nominal(volts[0], cells[0], _chem_key(d)) if stated and single else None


def _charge_finding(d: Mapping[str, Described], volts: tuple[float, float],
                    cells: tuple[float, float], nominal: float) -> Finding:
    per_cell, n = volts[0] / cells[0], int(cells[0])
    chem = ("" if _chem_key(d) is not None else
            " (LiHV's, no chemistry stated)" if per_cell > LIHV_CHARGE_ABOVE else
            " (LiPo's, no chemistry stated)")
    flown = ("the model flies the stated energy, and the energy is checked against this "
             "voltage below" if "energy" in d else "which is what the model flies")
    statement = (f"The report's figures agree: the pack voltage {num(volts[0])} V is {n} cells "
                 f"x {num(per_cell)} V, a lithium pack's full-charge voltage, not its nominal "
                 f"one. A pack's energy is its charge times its nominal voltage, "
                 f"{n} x {num(nominal)} V{chem} = {num(n * nominal)} V, {flown}; the "
                 f"full-charge reading would add {percent(volts[0] / (n * nominal) - 1.0)} "
                 "to the energy.")
    return Finding([ident_of(d["voltage"], "voltage"), ident_of(d["cells"], "cells")],
                   "cross-check", "consistent", statement,
                   Claimed(f"pack voltage {num(volts[0])} V", volts[0], volts[1], "V", "point"),
                   None, None, None, [], "", "figures compared with each other; the pack flown "
                   "at cells x the nominal cell voltage", [])


def _charge_energy(charge: tuple[float, float], volts: tuple[float, float],
                   packs: tuple[float, float]) -> tuple[float, float]:
    """Charge [Ah] x voltage [V] x packs, end by end [Wh]: the energy the model takes."""
    return charge[0] * volts[0] * packs[0], charge[1] * volts[1] * packs[1]


def _energy(d: dict[str, Described], out: list[Finding],
            used: str = USES["multirotor"]["energy"]) -> None:
    if "energy" not in d or "capacity" not in d:
        return
    energy, charge = _ends(d["energy"].value, "Wh"), _ends(d["capacity"].value, "Ah")
    packs = _ends(d["packs"].value, "") if "packs" in d else (1.0, 1.0)
    if "voltage" in d:
        volts = _ends(d["voltage"].value, "V")
        how_v = ("the nominal voltage" if d["voltage"].reason == NOMINAL_OF_CHARGE
                 else "the stated voltage")
    elif "cells" in d:
        cells, cell_v = _ends(d["cells"].value, "cell"), _cell_voltage(d)
        volts = (cells[0] * cell_v[0], cells[1] * cell_v[1]) if cells else None
        how_v = f"{_span(cells, 'cells')} x {_span(cell_v, 'V')}" if cells else ""
    else:
        volts, how_v = None, ""
    ids = [ident_of(d["energy"], "energy"), ident_of(d["capacity"], "capacity")]
    if energy and charge and volts and packs:
        _add(out, _finding(ids, "battery energy", energy, _charge_energy(charge, volts, packs),
                           "Wh", f"{_span(charge, 'Ah')} x {how_v}"
                           + (f" x {_span(packs, 'packs')}" if "packs" in d else ""),
                           used))
    d.pop("capacity")
    if "packs" in d and d["packs"].source == "assumption":
        d.pop("packs")


#: The plausible energy per kilogram of a drone's pack, the ``battery_specific_energy`` field's
#: range (LiFePO4 ~90 Wh/kg to lab-verified silicon-anode cells of 500 Wh/kg; its sources in
#: :data:`dronecalc.intake.fields.FIELDS`): a stated energy over a stated battery mass outside
#: it cannot describe one pack (review 21: "2000 Wh" in "1 kg").
PACK_DENSITY = FIELDS["battery_specific_energy"]


def _pack_density(d: Mapping[str, Described], out: list[Finding],
                  used: str = USES["multirotor"]["energy"]) -> None:
    """A stated energy over a stated battery mass against :data:`PACK_DENSITY`; only when
    both are stated (a drawn one is bounded by its chemistry in the engine), and only a
    finding when the figures fall outside it (a pack of 230 Wh/kg is no news)."""
    parts = ("energy",) if "energy" in d else ("capacity", "voltage")
    if "battery_mass" not in d or any(k not in d or d[k].source == "assumption"
                                      for k in parts + ("battery_mass",)):
        return
    mass = _ends(d["battery_mass"].value, "kg")
    if "energy" in d:
        energy, how = _ends(d["energy"].value, "Wh"), "energy"
    else:                                 # charge x voltage (x packs), as the model takes it
        charge, volts = _ends(d["capacity"].value, "Ah"), _ends(d["voltage"].value, "V")
        packs = _ends(d["packs"].value, "") if "packs" in d else (1.0, 1.0)
        energy = _charge_energy(charge, volts, packs) if charge and volts and packs else None
        how = "capacity x voltage" + (" x packs" if "packs" in d else "")
    if not energy or not mass or mass[0] <= 0:
        return
    density = (energy[0] / mass[1], energy[1] / mass[0])
    low, high = PACK_DENSITY.low, PACK_DENSITY.high
    if _mismatch(density, (low, high)) == 0:
        return
    _add(out, _finding([ident_of(d[k], k) for k in parts + ("battery_mass",)],
                       "the pack's energy per kilogram", density, (low, high), "Wh/kg",
                       f"the plausible range of drone packs (LiFePO4 to silicon-anode cells; "
                       f"the battery_specific_energy field's range), {how} "
                       f"{_span(energy, 'Wh')} / battery mass {_span(mass, 'kg')}",
                       used + "; a verdict that rests on the energy rests on a figure that "
                       "cannot describe a real pack", OVERTURN["density"]))


def _masses(d: dict[str, Described], out: list[Finding], used: str | None = None) -> None:
    """Take-off mass against its parts; ``used``: what the model takes (None: the multirotor
    model, which builds the machine from the empty mass)."""
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
        ids = [ident_of(d[n], n) for n in [other, primary] + [p for p in parts if p in d]]
        if len(missing) == 1 and missing[0] == "battery_mass":
            diff = (total[0] - high, total[1] - low)
            if diff[1] > 0:                       # the budget states the battery mass
                lo = max(diff[0], 0.05 * diff[1])
                d["battery_mass"] = Described(
                    _figure(lo, diff[1], "kg", f"{other} - {names}"),
                    f"the mass budget of {' '.join(ids)}: {other.replace('_', ' ')} - "
                    f"{names}")
            else:
                _add(out, _finding(ids, other.replace("_", " "), total, (low, high), "kg",
                                   names, used or "the model uses the empty mass",
                                   OVERTURN["mass"]))
        elif not missing:
            _add(out, _finding(ids, other.replace("_", " "), total, (low, high), "kg",
                               names, used or f"the model uses the {primary.replace('_', ' ')}",
                               OVERTURN["mass"]))
        d.pop(other)


def _max_payload(case: Case, d: dict[str, Described], out: list[Finding]) -> None:
    maximum = next((f for f in case.figures.values()
                    if f.field == "max_payload" and f.role != "claim"), None)
    if maximum is None or "payload" not in d:
        return
    payload, top = _ends(d["payload"].value, "kg"), _ends(maximum.value, "kg")
    if not (payload and top) or payload[1] <= 0 or top[1] <= 0:
        return
    excess = max(payload[1] - top[1], 0.0) / top[1]
    out.append(_finding([ident_of(d["payload"], "payload"), maximum.id], "payload",
                        payload, (0.0, top[1]), "kg", f"the stated maximum payload "
                        f"({maximum.id})", "both kept", OVERTURN["payload"]) if excess else
               Finding([ident_of(d["payload"], "payload"), maximum.id], "cross-check",
                       "consistent",
                       f"The report's figures agree: the payload {_span(payload, 'kg')} is "
                       f"within the stated maximum of {_span(top, 'kg')} ({maximum.id}).",
                       condition="figures compared with each other; both kept"))


def _stated(case: Case, field: str):
    return next((f for f in case.figures.values()
                 if f.field == field and f.role != "claim"), None)


def _max_takeoff(case: Case, out: list[Finding]) -> None:
    """A stated take-off mass (else empty + battery (+ payload) masses, all stated) above the
    stated maximum take-off mass: the maker's full load is a limit, so any excess is at least
    needs-checking (beyond :data:`TOLERANCE`'s 25 %: implausible). Nothing when within."""
    top = _stated(case, "max_takeoff_mass")
    ends = _ends(top.value, "kg") if top is not None else None
    if not ends or ends[1] <= 0:
        return
    whole = _stated(case, "takeoff_mass")
    parts = [whole] if whole is not None else [
        _stated(case, n) for n in ("empty_mass", "battery_mass")]
    if whole is None and parts[0] is not None and _stated(case, "payload_mass") is not None:
        parts.append(_stated(case, "payload_mass"))
    if any(f is None for f in parts):
        return
    masses = [_ends(f.value, "kg") for f in parts]
    if any(m is None for m in masses):
        return
    low = sum(m[0] for m in masses)
    excess = (low - ends[1]) / ends[1]
    if excess <= 0:
        return
    what = ("the stated take-off mass" if whole is not None else
            "the stated " + " + ".join(f.field.replace("_", " ") for f in parts))
    out.append(Finding(
        [f.id for f in parts] + [top.id], "cross-check",
        "needs-checking" if excess <= TOLERANCE["needs-checking"] else "implausible",
        f"The report's figures disagree: {what} ({_span((low, sum(m[1] for m in masses)), 'kg')}"
        f") exceeds the stated maximum take-off mass ({_span(ends, 'kg')}, {top.id}) by "
        f"{percent(excess)}.",
        Claimed(f"maximum take-off mass {_span(ends, 'kg')}", ends[0], ends[1], "kg",
                "point" if ends[0] == ends[1] else "range"),
        None, None, None, [], OVERTURN["mtow"],
        "figures compared with each other; both kept (the payload capacity is at most the "
        "maximum take-off mass less the take-off mass without payload)", []))


def _linked(a, b) -> bool:
    return a.id in b.refers or b.id in a.refers


def _leg_time(case: Case, out: list[Finding]) -> None:
    """A flight time stated for a leg (it ``refers`` to a distance, or the distance to it)
    against the distance / speed of that leg; a figure stated as a bound ("up to 10 km",
    "under three minutes") is compared as one (:func:`_open_leg`)."""
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
                _add(out, _open_leg(dist, speed, time))
                continue
            _add(out, _finding([dist.id, speed.id, time.id], "distance", d,
                               (v[0] * t[0] / 1000, v[1] * t[1] / 1000), "km",
                               f"{speed.text} x {time.text}{_typical(time)}", "all kept",
                               OVERTURN["leg"]))


def _typical(time) -> str:
    """The words saying a leg's time is a typical or average one, or nothing."""
    words = typical_words(time.text, time.quote, time.note)
    return "" if words is None else f" (a typical or average time: '{words}')"


def _open_leg(dist, speed, time) -> Finding | None:
    """A leg whose distance, speed or time is an open bound: the figures disagree only when
    the product speed x time lies outside the bound's side ("up to 10 km" against 4 km
    agrees; against 15 km it is 50 % over), the gap over the stated distance's finite end."""
    ends = []
    for fig, unit in ((dist, "km"), (speed, "km/h"), (time, "h")):
        value = fig.value
        if not isinstance(value, Figure) or (value.low is None and value.high is None):
            return None
        ends.append((0.0 if value.low is None else float(value.low.m_as(unit)),
                     float("inf") if value.high is None else float(value.high.m_as(unit))))
    (d_low, d_high), (v_low, v_high), (t_low, t_high) = ends
    product = (v_low * t_low, v_high * t_high)
    scale = d_high if d_low == 0.0 else d_low if d_high == float("inf") else 0.5 * (d_low
                                                                                  + d_high)
    if scale <= 0.0:
        return None
    gap = max(product[0] - d_high, d_low - product[1], 0.0)
    verdict, agree = agreement(gap / scale)
    shown = "-".join(dict.fromkeys("no bound" if e == float("inf") else num(e)
                                   for e in product))
    return Finding([dist.id, speed.id, time.id], "cross-check", verdict,
                   f"The report's figures {agree}: distance {dist.text} against {shown} km "
                   f"from {speed.text} x {time.text}{_typical(time)}; a figure stated as a "
                   "bound is compared as one (only a product outside the bound's side "
                   "disagrees).",
                   Claimed(f"distance {dist.text}", None if d_low == 0.0 else d_low,
                           None if d_high == float("inf") else d_high, "km",
                           dist.value.kind),
                   None, None, None, [], "" if verdict == "consistent" else OVERTURN["leg"],
                   "figures compared with each other; all kept", [])


# --------------------------------------------------------------------------- no vehicle model

def without_physics(case: Case, model: str | None) -> list[Finding]:
    """Every cross-check of a case that no multirotor run builds: the wing-borne kinds
    (:mod:`dronecalc.claims.fixed_wing`, ``model = "fixed-wing"``) and the cases no kind
    models (:mod:`dronecalc.claims.unmodelled`, ``model = None``). :func:`reconcile`'s
    pairs, then :func:`range_in_time`, :func:`fuel_mass` and :func:`payload_claims`; the
    multirotor run takes only :func:`reconcile`'s (its own checks judge the rest)."""
    return (reconcile(case, model)[1] + range_in_time(case) + fuel_mass(case)
            + payload_claims(case))


def fuel_density(described: Mapping[str, Described]) -> dict:
    """The density row (:data:`dronecalc.physics.fixed_wing.FUEL_DENSITY`) of the case's
    ``fuel_type``: AVGAS, diesel, jet fuel (JP, kerosene, heavy fuel), gasoline (petrol, mogas,
    or no fuel_type). Any other fuel gets petrol's row marked ``assumed``, its source saying so
    (never silent); hydrogen, methanol, ethanol (``intake.refusals.UNMODELLED_FUEL``) too."""
    from ..physics.fixed_wing import FUEL_DENSITY
    fuel = described.get("fuel_type")
    text = fuel.value.lower() if fuel is not None and isinstance(fuel.value, str) else ""
    for word, key in (("avgas", "avgas"), ("diesel", "diesel"), ("jet", "jet"), ("jp", "jet"),
                      ("kerosene", "jet"), ("heavy", "jet")):
        if word in text:
            return FUEL_DENSITY[key]
    row = FUEL_DENSITY["gasoline"]
    if not text.strip() or any(w in text for w in ("gasoline", "petrol", "mogas", "unleaded")):
        return row
    return {**row, "assumed": True, "source": f"ASSUMED: dronecalc has no density for the fuel "
            f"type {fuel.value!r}, so petrol's is taken ({row['source']})"}


def fuel_mass(case: Case) -> list[Finding]:
    """A stated fuel mass against the stated fuel volume x the density of its fuel type
    (:func:`fuel_density`, its range); the fixed-wing model uses the fuel mass."""
    d = case.described()
    if "fuel_mass" not in d or "fuel_volume" not in d:
        return []
    mass, volume = _ends(d["fuel_mass"].value, "kg"), _ends(d["fuel_volume"].value, "m^3")
    if not (mass and volume):
        return []
    row = fuel_density(d)
    if row.get("assumed") and UNMODELLED_FUEL.search(d["fuel_type"].value):
        return []                  # petrol's density says nothing of a hydrogen or methanol tank
    rho = row["range"]
    out: list[Finding] = []
    _add(out, _finding([ident_of(d["fuel_mass"], "fuel_mass"), ident_of(d["fuel_volume"],
                                                                    "fuel_volume")],
                       "fuel mass", mass, (volume[0] * rho[0], volume[1] * rho[1]), "kg",
                       f"{_span((volume[0] * 1000, volume[1] * 1000), 'L')} x "
                       f"{_span((rho[0] / 1000, rho[1] / 1000), 'kg/L')} ({row['source']})",
                       "the model uses the stated fuel mass", OVERTURN["fuel"]))
    return out


def payload_claims(case: Case) -> list[Finding]:
    """A payload or warhead *claim* against a stated maximum payload (an input or context
    figure): one-sided, the claim cannot exceed the maximum the source gives (the payload
    input against it is :func:`reconcile`'s). The claim's verdict is its own check's."""
    top = next((f for f in case.figures.values()
                if f.field == "max_payload" and f.role != "claim"), None)
    bound = _ends(top.value, "kg") if top is not None else None
    if bound is None:
        return []
    out = []
    for fig in case.claims.values():
        if fig.field not in ("payload_mass", "warhead_mass"):
            continue
        claimed = _ends(fig.value, "kg")
        if claimed is not None:
            _add(out, _finding([fig.id, top.id], fig.field.replace("_", " "), claimed,
                               (0.0, bound[1]), "kg", f"the stated maximum payload "
                               f"({top.id})", "both kept", OVERTURN["payload"]))
    return out


def _speed_bound(case: Case, fig) -> tuple[tuple[float, float], str] | None:
    """The fastest a range claim is flown [km/h] and how it is named: its own ``at_speed``,
    else (a range with no speed is a maximum, flown at whichever speed is best) the case's
    top speed, the fastest it flies; a cruise speed bounds nothing (the best-range speed may
    be faster). An indicated speed with no single altitude stated bounds nothing."""
    from ..intake.airspeed import case_altitude, converts_at, is_indicated
    # no single altitude: an indicated speed was kept indicated (read at sea level)
    unknown = not converts_at(fig.altitude if fig.altitude is not None
                              else case_altitude(case.figures, case.assumptions))
    if fig.at_speed is not None:
        # an indicated speed with no single altitude was read at sea level, its slowest true
        # airspeed: it bounds nothing (at altitude the machine flies faster)
        ends = _ends(fig.at_speed, "km/h")
        indicated = unknown and is_indicated(fig.at_speed.text)
        return (ends, fig.at_speed.text) if ends and not indicated else None
    speed = next((f for f in case.figures.values()
                  if f.field == "top_speed" and f.role != "context"), None)
    ends = _ends(speed.value, "km/h") if speed is not None else None
    if ends is None or (unknown and is_indicated(speed.text)):
        return None
    return ends, f"{speed.text} (the top speed, {speed.id})"


def _conditions(fig) -> tuple:
    """What a range and a flight time must share to be compared: the payload (its own or
    with/without), the reserve, the altitude and the headwind."""
    def ends(value, unit):
        return (_ends(value, unit) or (value.text,)) if isinstance(value, Figure) else None
    return (ends(fig.payload, "kg"), fig.with_payload, fig.reserve, ends(fig.altitude, "m"),
            ends(fig.headwind, "m/s"))


def _same(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return all(abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1.0) for x, y in zip(a, b))


def _own_length(value) -> tuple[float, str]:
    """(km per unit, unit) a range figure is written in: miles and nautical miles as
    written, anything else in km."""
    end = getattr(value, "low", None) or getattr(value, "high", None)
    unit = f"{end.units:~P}" if end is not None and hasattr(end, "units") else ""
    return {"mi": (1.609344, "mi"), "nmi": (1.852, "nmi")}.get(unit, (1.0, "km"))


def _in_minutes(value) -> bool:
    """Whether a flight-time figure is written in minutes ('30 min', '45 minutes')."""
    end = getattr(value, "low", None) or getattr(value, "high", None)
    return end is not None and hasattr(end, "units") and f"{end.units:~P}" == "min"


def range_in_time(case: Case) -> list[Finding]:
    """A range (or distance) claim against a flight-time claim, compared only like with like
    (the same payload, reserve, altitude and headwind; never a hover time). At speed V a
    range R takes R / V, which cannot exceed the endurance at V: a flight time stated at
    the same speed, or one stated with no speed (the maximum, at the best-endurance speed:
    the endurance at any V is at most it). So R <= V x T is implied, with V the range's own
    ``at_speed``, or for a range with no speed (a maximum, at any speed) the top speed
    (:func:`_speed_bound`); a time at another speed bounds nothing and is skipped, as is a
    time open above and a range of 0 or less. One-sided, no physics: a range longer than
    V x T is a mismatch of the figures (:data:`TOLERANCE`)."""
    out = []
    times = [f for f in case.claims.values() if f.field == "flight_time" and f.mode != "hover"]
    for rng in (f for f in case.claims.values() if f.field in ("range", "distance")):
        flown, stated = _speed_bound(case, rng), _ends(rng.value, "km")
        if flown is None or stated is None or stated[1] <= 0 or rng.mode == "hover":
            continue
        (slow, fast), named = flown
        if fast <= 0:
            continue
        for time in times:
            hours = _ends(time.value, "h")
            if hours is None or _conditions(time) != _conditions(rng):
                continue
            if time.at_speed is not None:
                at = _ends(time.at_speed, "km/h")
                if rng.at_speed is None or at is None or not _same(at, (slow, fast)):
                    continue
                longest = f"a flight time of {time.text} ({time.id}) at the same speed"
            else:
                longest = f"a longest flight of {time.text} ({time.id})"
            reach = fast * hours[1]
            mismatch = max(stated[0] - reach, 0.0) / (0.5 * (stated[0] + stated[1]))
            verdict, agree = agreement(mismatch)
            # the claims' own units (ux6: '25-31 miles ... covers at most 109 km')
            per_km, length = _own_length(rng.value)
            per_h, duration = (1 / 60, "min") if _in_minutes(time.value) else (1.0, "h")
            needs = stated[0] / fast if duration == "h" else stated[0] / fast / per_h
            covers = reach if length == "km" else reach / per_km
            out.append(Finding(
                [rng.id, time.id], "cross-check", verdict,
                f"The report's figures {agree}: a range of {rng.text} ({rng.id}) at "
                f"{'most at ' if rng.at_speed is None else ''}{named} needs "
                f"{num(needs)} {duration} or more, and the source states {longest}, in "
                f"which that speed covers at most {num(covers)} {length}.",
                Claimed(f"range {rng.text}", stated[0], stated[1], "km",
                        "point" if stated[0] == stated[1] else "range"),
                None, None, None, [], "" if verdict == "consistent" else
                "A reading under which both describe one machine (the range flown partly "
                "faster, or the flight time of another configuration).",
                COMPARED, []))
    return out
