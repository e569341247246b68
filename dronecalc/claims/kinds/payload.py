"""Payload capacity: a claimed maximum payload, or a payload said to be carried, against the
heaviest payload the motors can lift with the thrust margin needed for control.

Capacity of a machine = full-throttle static thrust (propulsion "kv" ceiling) /
(``control_thrust_ratio`` x g) - empty mass - battery mass. A claim holds when the capacity
is at least the claimed payload. Among the drawn machines that meet every constraint but the
thrust (what is being tested); the generous bound searches the same set, from the best of
them.

With a stated motor Kv the full-throttle thrust is the propulsion "kv" ceiling; a stated
``max_takeoff_mass`` bounds it too (the maker's own full load: the capacity is at most the
MTOW less the take-off mass without payload, never below the mass the case flies, as without
a Kv). A take-off mass above a stated MTOW is a cross-check finding
(:mod:`dronecalc.claims.crosscheck`), not this claim's verdict. Without one
the capacity is the design full load less the take-off mass without payload: a maker's
maximum payload is its maximum take-off mass (MTOW) less that mass, and the MTOW is where the
maker's full-throttle thrust-to-weight and control margin already put it, so neither is
applied a second time (docs/theory.md section 9.9). A stated ``max_takeoff_mass`` gives the
design full load; else it is the take-off mass without payload times the ratio MTOW / that
mass fitted on the real machines of ``data/multirotors.toml``
(:func:`dronecalc.priors.drive.design_load`, conditioned on the mass, drawn through its 90 %
prediction interval), and never below the mass the case flies; with a stated rotor
diameter and count the design full load is :func:`dronecalc.priors.disk_load.disk_load`'s,
the method its leave-one-out picks among the mass law and the MTOW disk loading of real
machines (the mass law as shipped; the finding's note says what the disk gives). Drawn per sample, at its
favourable (upper) end for the generous bound and at its middle for the drivers; the finding
says so, and that a stated maximum take-off mass, a stated Kv or a measured thrust would
overturn it.
"""
from __future__ import annotations

from typing import Mapping

import numpy as np

from ...engine import uncertainty as unc
from ...intake.case import CaseFigure
from ...physics.propulsion import _thrust_ceiling_kv
from ...physics.rotor import _G
from ..context import Context, claimed, own_unit, rotor_note, scaler, threshold
from ..explain import effects, overturn_for
from ..phrases import band, range_text, share
from ..registry import ClaimKind, register
from ..results import Finding, Value
from ..verdict import assess
from ...wording import num, percent, span
from ..crosscheck import TOLERANCE
from ..payload_sized import PAYLOAD_FIELDS, circular, refine as refine_circular


def capacity(values: Mapping[str, np.ndarray], design_percentile=None,
             max_takeoff=None, disk: bool = False) -> np.ndarray:
    """Heaviest payload [kg] the machine is built to lift.

    With a ``motor_kv`` in ``values``: the propulsion "kv" ceiling's full-throttle thrust over
    ``control_thrust_ratio`` x g, less the empty and battery masses. Without one
    (:mod:`dronecalc.priors.drive`): the design full load less the take-off mass without
    payload, the design full load being ``max_takeoff`` [kg] (a stated maximum take-off mass),
    else the take-off mass without payload times the design-load ratio at
    ``design_percentile`` (0-1) of its prediction distribution; never below the take-off
    mass without payload (a capacity of at least 0). With ``disk`` (a stated rotor diameter
    and count) the design full load is that of :func:`dronecalc.priors.disk_load.disk_load`
    at the machine's disk, by the method its leave-one-out chose. Not floored at the case's take-off mass
    with its stated payload: a claim equal to that payload would then be consistent by
    restating it (review 6: a 2 kg quad "carrying" 10 kg passed a 10 kg maximum-payload
    claim where the design full load leaves at most 1.04 kg). The maker's thrust-to-weight
    and control margin are what set that full load, so neither is applied to it a second
    time.
    """
    if "motor_kv" in values:
        a = unc.vehicle(values, False).as_arrays()
        thrust = _thrust_ceiling_kv(a["motor_kv"], a["pack_voltage"], a["rotor_diameter"],
                                    a["rotors"], a["air_density"], a["thrust_coefficient"],
                                    a["loaded_rpm_fraction"])
        motors = (thrust / (np.asarray(values["control_thrust_ratio"]) * _G)
                  - a["empty_mass"] - a["battery_mass"])
        if max_takeoff is None:
            return motors
        # a stated MTOW is the maker's own full load: the motors never lift more than it
        takeoff = unc.vehicle(values, True)
        dry = np.asarray(takeoff.empty_mass + takeoff.battery_mass, dtype=float)
        return np.minimum(motors, design_full_load(dry, dry, max_takeoff=max_takeoff) - dry)
    takeoff = unc.vehicle(values, True)
    dry = np.asarray(takeoff.empty_mass + takeoff.battery_mass, dtype=float)
    rotor = (np.asarray(takeoff.rotor_diameter, dtype=float),
             np.asarray(takeoff.rotors, dtype=float),
             np.asarray(takeoff.overlap_factor, dtype=float)) if disk else None
    return design_full_load(dry, dry, design_percentile, max_takeoff, rotor) - dry


def design_full_load(dry, loaded, design_percentile=None, max_takeoff=None,
                     disk=None) -> np.ndarray:
    """The design full load [kg], the maker's maximum take-off mass: ``max_takeoff`` when
    stated, else ``dry`` (take-off mass without payload) times the design-load ratio at
    ``design_percentile`` (with ``disk`` = (rotor diameter [m], rotors, layout factor): the disk-conditioned
    full load of :mod:`dronecalc.priors.disk_load` there), else ``loaded``; at least
    ``loaded`` (the mass flown)."""
    if max_takeoff is not None:
        full = np.asarray(max_takeoff, dtype=float)
    elif design_percentile is not None and disk is not None:
        from ...priors.disk_load import disk_load
        full = disk_load().full_load(dry, disk[0], disk[1], design_percentile,
                                     overlap=disk[2])
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


def stated_disk(ctx: Context) -> bool:
    """True when the case states both a rotor diameter and a rotor count (the disk of
    :mod:`dronecalc.priors.disk_load`); a drawn rotor size comes from the take-off mass
    (the calibrated disk-loading law), so it holds nothing the mass law does not."""
    return all(n in ctx.inputs and ctx.inputs[n].origin == "stated"
               for n in ("rotor_diameter", "rotors"))


def unsized(ctx: Context) -> bool:
    """True when nothing of the case sizes the machine and no motor Kv is stated: no mass of
    any kind (stated, assumed, or conditioned on a battery, a carried payload or a maximum
    take-off mass), no battery mass, no maximum take-off mass. A payload capacity in kg is
    then the design full load of the class prior's machine, a judgement on that machine and
    not on the source's (a 200 kg maximum payload was 'implausible' because the class prior
    drew a 3-7 kg quadcopter)."""
    if "motor_kv" in ctx.inputs or stated_max_takeoff(ctx) is not None:
        return False
    if any(n in ctx.inputs for n in ("mass", "takeoff_mass", "battery_mass")):
        return False
    empty = ctx.inputs.get("empty_mass")
    return empty is None or empty.origin == "prior"


def refine(entries: list, ctx: Context) -> list:
    """The not-judged entries, with the reason a payload claim is not judged when
    :func:`unsized` (else as they are)."""
    from ..contract import NotJudged
    if not unsized(ctx):
        return refine_circular(entries, ctx)
    empty = ctx.inputs.get("empty_mass")
    prior = (f" ({empty.low:.3g}-{empty.high:.3g} kg empty, from the class prior)"
             if empty is not None else "")
    out = []
    for entry in entries:
        if entry.field in PAYLOAD_CLAIMS:
            entry = NotJudged(
                entry.claim, entry.field, entry.text,
                "the case states no mass, battery, maximum take-off mass or motor Kv, so the "
                "payload the machine can carry would be that of the class prior's machine"
                f"{prior}, not this one's: a payload in kg grows with the machine (a maximum "
                "payload is the maximum take-off mass less the mass without payload), so a "
                "verdict would judge the prior's size, not the claim. A flight time, range, "
                "speed or ceiling is set by ratios of the machine's own figures and is judged "
                "on that machine (its finding says so); a stated rotor size alone does not "
                "size the machine yet (the mass prior stays the class's)",
                "a take-off mass (a takeoff_mass figure with role = \"input\", or [vehicle] "
                "mass), an empty mass with the battery mass, a battery (energy, or capacity "
                "with voltage or cells: it sizes the machine), a max_takeoff_mass input or a "
                "motor Kv")
        out.append(entry)
    return out


#: The claim fields this kind judges (payload_sized.PAYLOAD_FIELDS): a warhead is a payload
#: carried (to the end of a one-way flight), so "can carry a warhead of up to 3 kg" is judged
#: as carrying 3 kg (intake.fields).
PAYLOAD_CLAIMS = PAYLOAD_FIELDS
_WHAT = {"max_payload": "A maximum payload", "warhead_mass": "Carrying a warhead"}

#: Stream for the design full load (the design-load percentile or a stated MTOW range).
LOAD_STREAM = 13
#: What overturns the design full load, added to what would overturn the finding.
NO_KV_OVERTURN = ("The capacity is the design full load less the mass without payload, not "
                  "the motors': a stated motor Kv (with the pack's voltage) or a measured "
                  "full-throttle thrust would replace it.")
LOAD_OVERTURN = ("The design full load is fitted on real machines, not stated: a stated "
                 "maximum take-off mass (max_takeoff_mass) would replace it.")


def evaluate(ctx: Context) -> list[Finding]:
    """Every max_payload claim and every payload said to be carried: the full-throttle thrust
    from a stated motor Kv, else the design full load less the mass without payload
    (multirotors)."""
    figs = [f for field in PAYLOAD_CLAIMS for f in ctx.claims(field)]
    figs = [f for f in figs if not circular(ctx, f)]   # sized from its own payload: not judged
    if not figs or unsized(ctx):        # the class prior's machine, not this one: not judged
        return []
    from ...priors import drive     # here, not at the top: ~1 ms of a check's imports
    values = ctx.drawn_except("thrust")
    notes: list[str] = []
    kv_notes: list[str] = []
    capped = ""
    rests = ""
    own = None
    disk_note: list[str] = []
    stated = stated_max_takeoff(ctx)
    if "motor_kv" in ctx.inputs:
        if stated is None:
            result = capacity(values)
            objective = central = capacity
        else:
            shape = np.shape(np.asarray(values["motor_kv"], dtype=float))
            top = ctx.rng(LOAD_STREAM).uniform(stated[0], stated[1], shape)
            result = capacity(values, max_takeoff=top)
            objective = lambda v: capacity(v, max_takeoff=stated[1])    # noqa: E731
            central = lambda v: capacity(                               # noqa: E731
                v, max_takeoff=0.5 * (stated[0] + stated[1]))
            kv_notes.append(
                f"The stated maximum take-off mass of {_kg(stated)} is the maker's own "
                "full load: the capacity is at most it less the take-off mass without "
                "payload, whatever the motors lift.")
            if np.mean(np.asarray(result) < np.asarray(capacity(values)) - 1e-9) > 0.5:
                # the maker's full load, not the motors, sets most draws' capacity (ux6:
                # "the motors lift at most 51 kg" was the 101 kg MTOW less 50 kg)
                capped = (f"the stated {_kg(stated)} maximum take-off mass less the take-off "
                          "mass without payload leaves")
        best = ctx.best_of(values, result)
    else:
        take = unc.vehicle(values, False)
        dry = np.asarray(take.empty_mass + take.battery_mass, dtype=float)
        shape = np.shape(dry)
        gen = ctx.rng(LOAD_STREAM)
        if stated is not None:
            mass, tk, pay = (ctx.inputs.get(n) for n in ("mass", "takeoff_mass", "payload"))
            if mass is not None and mass.origin == "stated":
                own = (mass.low, mass.high)     # MTOW less a stated mass (or range of one)
            elif tk is not None and pay is not None and tk.origin == pay.origin == "stated":
                own = (max(tk.low - pay.high, 0.0), tk.high - pay.low)
            elif dry.size and np.ptp(dry) <= 1e-9 * float(dry.max()):
                own = (float(dry[0]),) * 2      # the source's own figures either way
            load = dict(max_takeoff=gen.uniform(stated[0], stated[1], shape))
            load_mid = dict(max_takeoff=0.5 * (stated[0] + stated[1]))
            load_ends = [dict(max_takeoff=stated[0]), dict(max_takeoff=stated[1])]
            rests = f"the stated maximum take-off mass of {_kg(stated)}"
            load_text = "the design full load is " + rests
        else:
            low, high = drive.DESIGN_PERCENTILES
            disk = stated_disk(ctx)
            load = dict(design_percentile=gen.uniform(low, high, shape), disk=disk)
            load_mid = dict(design_percentile=0.5, disk=disk)
            load_ends = [dict(design_percentile=low, disk=disk),
                         dict(design_percentile=high, disk=disk)]
            masses = (float(dry.min()), float(dry.max()))
            rests = drive.design_load().rests(masses)
            load_text = drive.design_load().describe(masses)
            if disk:
                from ...priors.disk_load import disk_load
                a = take.as_arrays()
                disk_note = [disk_load().describe(
                    float(np.median(dry)), float(np.median(a["rotor_diameter"])),
                    float(np.median(a["rotors"])), float(np.median(take.overlap_factor)))]
                if disk_load().choice != "mass":
                    rests = f"the '{disk_load().choice}' disk-conditioned full load"
                    load_text = "the design full load is " + rests
        result = capacity(values, **load)
        objective = lambda v: capacity(v, **load_ends[1])    # noqa: E731
        central = lambda v: capacity(v, **load_mid)          # noqa: E731
        best = ctx.best_of(values, result)
        ends = [float(np.ravel(capacity(best[0], **e))[0]) for e in load_ends] \
            if best else [float("nan")] * 2
        notes = [f"{ctx.no_kv()[0]}: the payload capacity is the design full load (the "
                 f"maximum take-off mass) less the take-off mass without payload; {load_text}, "
                 f"drawn per sample. Its ends give {span(ends[0], ends[1])} kg of payload "
                 "for the most favourable machine drawn. The maker's thrust-to-weight and the "
                 "thrust margin needed for control are what set a maximum take-off mass, so "
                 "neither is applied to it again. "
                 + ("A stated maximum take-off mass, a" if stated is None else "A")
                 + " stated motor Kv (with the pack's voltage) or a measured full-throttle "
                 "thrust would replace this and could overturn the verdict."] + disk_note
    swings = unc.sensitivity(ctx.inputs, central, exempt=("thrust",), samples=values)
    bound = unc.generous_bound(ctx.inputs, objective, True, best, drivers=swings,
                               exempt=("thrust",))
    return [_finding(ctx, fig, values, result, swings, bound, objective, notes, rests,
                     stated is None if notes else False, central, kv_notes, capped)
            if own is None else _from_stated(ctx, fig, stated, own, result)
            for fig in figs]


def _from_stated(ctx: Context, fig: CaseFigure, stated: tuple[float, float],
                 dry: tuple[float, float], result: np.ndarray) -> Finding:
    """A payload claim against a stated maximum take-off mass less a stated take-off mass
    without payload ``dry`` (low, high [kg]; no Kv): a subtraction of the source's own figures,
    so a comparison of its figures with each other, judged with the cross-checks' tolerance
    (:func:`dronecalc.claims.crosscheck.agreement`) against the most the stated ends leave
    (the highest MTOW less the lowest mass), not on a sample spread."""
    from ..crosscheck import COMPARED, OVERTURN, agreement
    target = threshold(fig, "kg")
    most = stated[1] - dry[0]
    verdict, agree = agreement(max(target - most, 0.0) / target if target > 0 else 0.0)
    top = ctx.input_figure("max_takeoff_mass")
    scale, unit = own_unit(fig, "kg", (1.0, "kg"))       # "55 lb": answered in lb (ux7)
    est = unc.percentiles(result, scaler(scale), unit)
    what = _WHAT.get(fig.field, "Carrying a payload")
    statement = (f"{what} of {fig.text} ({fig.id}): the stated maximum take-off mass of "
                 f"{_kg(stated)} ({top.id}) less the stated take-off mass without payload of "
                 f"{_kg(dry)} leaves {_kg((stated[0] - dry[1], most))} of payload, so the "
                 f"source's figures {agree}. This compares the source's own figures, no "
                 "physics; they may count the same items differently (the payload with or "
                 "without its mount, a typical rather than this configuration's empty mass).")
    return ctx.keep(Finding(
        [fig.id], "payload", verdict, statement, claimed(fig, unit), est,
        Value(most / scale, unit),
        None, [], "" if verdict == "consistent" else OVERTURN["payload"],
        "the stated maximum take-off mass less the stated mass without payload",
        ["The capacity is a subtraction of the source's stated figures (no Kv stated, the "
         "maximum take-off mass and the mass without payload both stated): " + COMPARED
         + f", beyond {percent(TOLERANCE['needs-checking'])} they cannot describe one "
         "machine."], with_payload=True), result, scale)


def _lifted(est: unc.Estimate, result: np.ndarray) -> tuple[str, str]:
    """The payload band, ``"0.2-18.7 kg (p5-p95; median 4.08)"``, and, when some machines
    cannot lift even themselves (a negative capacity), a clause giving that share in words:
    never "at most -4.14 to 18.7 kg" (ux7: an editor cannot read a negative payload)."""
    if est.p5 >= 0:
        return band(est), ""
    short = (f"; {percent(float(np.mean(np.asarray(result, dtype=float) < 0)))} of the "
             "machines cannot lift even themselves with that margin")
    if est.p95 < 0:
        return f"nothing (even the p95 machine falls {num(-est.p95)} {est.unit} short)", short
    median = num(est.p50) if est.p50 >= 0 else "nothing"
    return f"{num(est.p95)} {est.unit} (p95; median {median})", short


def _kg(ends: tuple[float, float]) -> str:
    return num(ends[0]) + ("" if ends[1] == ends[0] else f"-{num(ends[1])}") + " kg"


def _finding(ctx: Context, fig: CaseFigure, values, result: np.ndarray, swings,
             bound: unc.Bound, objective=capacity, notes=(), rests: str = "",
             fitted: bool = False, central=None, kv_notes=(), capped: str = "") -> Finding:
    from ...priors import drive
    target = threshold(fig, "kg")
    p, verdict = assess(result, bound.value, target)
    scale, unit = own_unit(fig, "kg", (1.0, "kg"))       # "55 lb": answered in lb (ux7)
    est = unc.percentiles(result, scaler(scale), unit)
    found = effects(swings, scale, unit)
    what = _WHAT.get(fig.field, "Carrying a payload")
    source = (capped or "the motors lift" if not notes else
              f"the design full load ({ctx.no_kv()[1]}; {rests}) leaves")
    margin = (" (the motors would lift more)" if capped else
              f" with the {range_text(ctx.inputs, 'control_thrust_ratio')} thrust-to-weight "
              "needed for control" if not notes else " over the take-off mass without payload")
    lifted, short = _lifted(est, result)
    statement = (f"{what} of {fig.text} ({fig.id}): {source} at most {lifted} "
                 f"of payload{margin}{short}; {share(p, result.size)} can carry it"
                 + ("." if verdict != "implausible" or bound.value >= target else
                    f", and even the most generous assumptions give {num(bound.value / scale)} "
                    f"{unit}."))
    return ctx.keep(Finding(
        [fig.id], "payload", verdict, statement, claimed(fig, unit), est,
        Value(bound.value / scale, unit), p, found,
        " ".join(part for part in (
            overturn_for(ctx.inputs, objective if verdict == "implausible" or central is None
                         else central, bound, target, found, verdict, True),
            NO_KV_OVERTURN if notes else "", LOAD_OVERTURN if fitted else "") if part),
        "full throttle, static, with the thrust margin needed for control" if not notes
        else "at the design full load (maximum take-off mass)",
        (["Thrust from the propulsion 'kv' ceiling: an upper estimate that assumes the motor "
          "holds its loaded speed with that propeller; the pack's discharge limit is not "
          "modelled."] + list(kv_notes) if not notes else list(notes)) + rotor_note(ctx),
        with_payload=True), result, scale)


KIND = register(ClaimKind(
    "payload", PAYLOAD_CLAIMS,
    "a multirotor (the full-throttle thrust from a stated motor Kv, else the design full "
    "load less the mass without payload)", evaluate, 55))
