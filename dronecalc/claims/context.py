"""One run's shared state: the case, its model inputs, the Monte Carlo and what the kinds kept.

:class:`Context` is what every claim kind's ``evaluate`` receives. It also holds the helpers
that read a claim figure (its ends, its threshold, its payload condition) and the notes that
say where an unstated rotor size or battery energy came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

import numpy as np

from ..engine import uncertainty as unc
from ..errors import InputValueError, ModelError
from ..intake.case import Case, CaseFigure
from ..intake.figures import Figure
from ..intake.units import Q_
from ..priors.tables import class_word
from .phrases import band, figure_text, payload_text, range_text
from .plant_unused import plant_unused, stated_inputs
from .results import Assumed, Claimed, Finding, Run

#: Case parameter (``Case.described()`` key) -> uncertainty input name.
CASE_INPUTS = {
    "rotors": "rotors", "rotor_diameter": "rotor_diameter", "mass": "mass",
    "takeoff_mass": "takeoff_mass", "empty_mass": "empty_mass", "payload": "payload",
    "motor_kv": "motor_kv", "energy": "battery_energy", "capacity": "battery_capacity",
    "voltage": "battery_voltage", "cells": "cells", "packs": "packs",
    "battery_mass": "battery_mass", "chemistry": "chemistry", "specific_energy": "specific_energy",
    "air_temperature": "air_temperature", "altitude": "altitude",
    "rotor_layout": "rotor_layout",
}


# --------------------------------------------------------------------------- the case

def vehicle_class(case: Case) -> str:
    """The case's vehicle class, or the one the priors pick from its figures.

    When ``[case] vehicle_class`` is absent the priors are conditioned on the stated figures
    and the class for the rest is picked from them (:func:`dronecalc.priors.describe.class_of`,
    :func:`dronecalc.priors.conditioned.pick_class`): by the take-off mass, else the rotor
    diameter, else the rotor count. Reported with every result.
    """
    if case.vehicle_class:
        try:
            named = class_word(case.vehicle_class)[0]
        except ModelError:                # not a multirotor word: reported as written
            named = case.vehicle_class
        if named:
            return named
    return unc.class_of(describe_case(case), carried(case))


def describe_case(case: Case) -> dict[str, unc.Input]:
    """The model inputs of a case: what it states, its assumptions, then the class priors.

    Parameters
    ----------
    case : Case

    Returns
    -------
    dict of str to Input
        See :func:`dronecalc.uncertainty.describe`; a flagged figure enters through its best
        reinterpretation, and its note says so.
    """
    from .crosscheck import reconcile
    return describe_parameters(case, reconcile(case)[0])


def describe_parameters(case: Case, parameters: Mapping[str, Any]) -> dict[str, unc.Input]:
    """:func:`describe_case` from a chosen set of the case's described parameters (the
    cross-checks take redundant figures out; a conflict sets one aside)."""
    values, origins, notes = {}, {}, {}
    for name, described in parameters.items():
        if name not in CASE_INPUTS:
            continue
        key = CASE_INPUTS[name]
        value, opened = _closed(name, described.value)
        values[key] = value
        origins[key] = "assumption" if described.source == "assumption" else "stated"
        notes[key] = _provenance(described) + opened
    args = (case.vehicle_class or None, origins, notes, carried(case), stated_max_takeoff(case))
    out = unc.describe(values, *args)
    if "disk_loading_percentile" in out:         # a stated size caps the rotors drawn
        from .frame_fit import frame_inputs
        out.update(frame_inputs(parameters, values, args, out))
    return out


def stated_max_takeoff(case: Case) -> tuple[float, float] | None:
    """The maker's maximum take-off mass [kg] (low, high) that an input figure states
    (``max_takeoff_mass``, role ``input``), None without one: with no mass stated it sizes
    a multirotor (:func:`dronecalc.priors.describe.describe`, ``max_takeoff``)."""
    for fig in case.figures.values():
        if fig.field == "max_takeoff_mass" and fig.role == "input":
            value = fig.value
            low = value.low if value.low is not None else value.high
            high = value.high if value.high is not None else value.low
            if low is None:
                return None
            return float(low.m_as("kg")), float(high.m_as("kg"))
    return None


def carried(case: Case) -> float | None:
    """The heaviest payload [kg] a claim states the machine carries under its own conditions
    (``payload = "30 kg"`` on a claim), its high end; None when no claim states one. A claim
    is judged as written: the machine it describes carries that payload, so the priors size
    it as such a machine (:func:`dronecalc.priors.describe.describe`, ``carried``)."""
    ends = [end.m_as("kg") for fig in case.figures.values() if fig.role == "claim"
            and fig.payload is not None
            for end in (fig.payload.low, fig.payload.high) if end is not None]
    return float(max(ends)) if ends else None


def closed_bound(name: str, value: Any, kind: str | None = None) -> tuple[Any, str]:
    """:func:`_closed` with the plausible range of vehicle ``kind`` (a fixed wing's take-off
    mass "up to 20 kg" was flown at exactly 20 kg, review 15; the multirotor's is closed)."""
    return _closed(name, value, kind)


def _closed(name: str, value: Any, kind: str | None = None) -> tuple[Any, str]:
    """An open bound stated as an input ("up to 2.7 kg") as the range from the field's
    plausible end to the bound (``0-2.7 kg``), with a note saying so; anything else as is.

    A bound past that end ("more than 700 lb" of take-off mass, 318 kg against the field's
    0.05-150 kg) leaves no range to draw from: :class:`InputValueError` naming the figure,
    the end and what to write instead (it had been "an input must be a value or a range, not
    an open bound", which the format's own rule contradicts)."""
    from ..intake.case import PARAMETERS
    from ..intake.fields import spec_for
    if not isinstance(value, Figure) or value.kind not in ("at-most", "at-least"):
        return value, ""
    field = PARAMETERS[name][0]
    spec = spec_for(field, kind)
    if spec.low is None or spec.high is None:
        return value, ""
    end = value.high if value.kind == "at-most" else value.low
    bound = float(end.m_as(spec.unit))
    low, high = (spec.low, bound) if value.kind == "at-most" else (bound, spec.high)
    if not low <= high:
        plausible = f"{spec.low:g}-{spec.high:g} {spec.unit}"
        word = "least" if value.kind == "at-least" else "most"
        raise InputValueError(
            f"the open bound ({bound:.3g} {spec.unit}) is past the end of {field}'s plausible "
            f"{plausible} (docs/case-format.md, Fields), so it gives no range to draw the "
            "input from",
            field=name, value=value.text,
            expected=f"a value (the bound itself, the {word} the source allows) or a range "
                     "the source supports")
    closed = Figure(value.text, Q_(low, spec.unit), Q_(high, spec.unit), "range",
                    value.approximate)
    return closed, (f"; open bound {value.text!r} taken as {figure_text(closed)} (to the "
                    "field's plausible end)")


def _provenance(described) -> str:
    if described.flag is not None and described.flag.best is not None:
        if described.flag.problem not in ("garbled", "ambiguous"):   # kept as stated
            return (f"{described.source}, flagged {described.flag.problem}: "
                    f"{described.flag.text!r} kept as written (alternative reading "
                    f"{figure_text(described.flag.best.figure)})")
        return (f"{described.source}, flagged {described.flag.problem}: "
                f"{described.flag.text!r} read as {figure_text(described.flag.best.figure)}")
    if described.reason:
        return f"assumption: {described.reason}"
    return described.source


def mid(value: Any, unit: str = "dimensionless") -> float:
    """The middle of a figure's stated ends in ``unit`` (NaN for anything not a Figure)."""
    if isinstance(value, Figure):
        ends = [e.m_as(unit) for e in (value.low, value.high) if e is not None]
        return float(np.mean(ends))
    return float("nan")


def case_info(case: Case) -> dict[str, str | None]:
    """Title, source, url, path and vehicle class, as a result reports them."""
    return {"title": case.title, "source": case.source, "url": case.url,
            "path": case.path, "vehicle_class": vehicle_class(case)}


def assumed(inputs: Mapping[str, unc.Input], mc: unc.MonteCarlo,
            derived: Mapping[str, tuple[np.ndarray, str]] | None = None) -> list[Assumed]:
    """Every input as used; then what the model derived from them in place of a stated
    value (origin ``"derived"``, p5-p95 of the kept machines; ``derived``: the run's own
    :meth:`Context.derived`, so that it is not computed twice)."""
    out = []
    for name, inp in inputs.items():
        low, high, unit = inp.display()
        out.append(Assumed(name, low, high, unit, inp.origin, inp.note))
    if derived is None:
        derived = unc.derived(inputs, mc.values)
    for name, (values, note) in derived.items():
        var = unc.VARIABLES[name]
        p5, p95 = (unc.display_value(name, x) for x in unc.percentile(values, (5.0, 95.0)))
        out.append(Assumed(name, p5, p95, var.display, "derived",
                           f"p5-p95 of the {mc.size:,} machines kept; {note}"))
    return out


# --------------------------------------------------------------------------- the run

@dataclass
class Context:
    """The case, its inputs and Monte Carlo, shared by the claim kinds of one run."""

    case: Case
    inputs: dict[str, unc.Input]
    mc: unc.MonteCarlo
    seed: int
    checked: list[Finding] = field(default_factory=list)
    legs: dict[tuple[str, str], Any] = field(default_factory=dict)
    results: dict[tuple[str, tuple[str, ...]], tuple[np.ndarray, float, str]] = field(
        default_factory=dict)
    _derived: dict[str, tuple[np.ndarray, str]] | None = None
    _notes: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)
    _gathered: dict[frozenset, dict[str, np.ndarray]] = field(default_factory=dict, repr=False,
                                                              compare=False)

    @classmethod
    def build(cls, case: Case, samples: int, seed: int,
              set_aside: bool = True) -> "Context":
        """Cross-check the figures, describe the machine and run the Monte Carlo; when the
        stated inputs leave no buildable machine, set aside the one that conflicts
        (:mod:`dronecalc.claims.conflict`) and say so in a finding (``set_aside=False``:
        raise, as :func:`~dronecalc.claims.checks.estimate` does, which has no findings to
        say it in)."""
        from .conflict import monte_carlo_or_set_aside
        from .crosscheck import reconcile
        parameters, checked = reconcile(case)
        inputs, mc, conflict = monte_carlo_or_set_aside(case, parameters, samples, seed,
                                                        set_aside)
        return cls(case, inputs, mc, seed, checked + conflict)

    def run(self) -> Run:
        return Run(self.mc.drawn, self.mc.size, self.seed, dict(self.mc.rejected))

    def set_aside(self, name: str) -> str | None:
        """The id of the stated figure a ``conflict`` finding set aside for parameter
        ``name`` (``"motor_kv"``), or None: the kinds then say the figure was set aside,
        not that the source states none."""
        if name in self.inputs:
            return None
        for f in self.checked:
            if f.check == "conflict" and f.condition.startswith("stated inputs") \
                    and name in self.case.described():
                return f.claims[0]
        return None

    def no_kv(self) -> tuple[str, str]:
        """How a kind says that it has no motor Kv to work with: ("No motor Kv is stated",
        "no Kv stated"), or, when a conflict set the stated one aside, words that say so."""
        ident = self.set_aside("motor_kv")
        if ident is None:
            return "No motor Kv is stated", "no Kv stated"
        return (f"The stated motor Kv ({ident}) is set aside (see the conflict finding)",
                f"the stated Kv, {ident}, set aside")

    def claims(self, field_name: str) -> list[CaseFigure]:
        """The case's claim figures of one field, in file order."""
        return [f for f in self.case.claims.values() if f.field == field_name]

    def figures(self, field_name: str) -> list[CaseFigure]:
        """The case's input and claim figures of one field, in file order."""
        return [f for f in self.case.figures.values()
                if f.field == field_name and f.role != "context"]

    def input_figure(self, field_name: str) -> CaseFigure | None:
        """The first input figure of one field, or None."""
        return next((f for f in self.case.inputs.values() if f.field == field_name), None)

    def rng(self, stream: int) -> np.random.Generator:
        """A generator for claim figures, independent of the machine samples."""
        return np.random.default_rng([self.seed, stream])

    def payload_text(self) -> str:
        return payload_text(self.inputs)

    def derived(self) -> dict[str, tuple[np.ndarray, str]]:
        """:func:`dronecalc.uncertainty.derived` of the kept machines, computed once."""
        if self._derived is None:
            self._derived = unc.derived(self.inputs, self.mc.values)
        return self._derived

    def keep(self, finding: Finding, values: np.ndarray, scale: float) -> Finding:
        """Record the SI ``values`` behind ``finding`` (display = SI / ``scale``)."""
        unit = finding.estimate.unit if finding.estimate is not None else ""
        self.results[(finding.check, tuple(finding.claims))] = (values, scale, unit)
        return finding

    def drawn_except(self, *tested: str) -> dict[str, np.ndarray]:
        """All drawn samples that satisfy every constraint but the ``tested`` ones: the
        machines a claim about those constraints is judged on (pass the same names as
        ``exempt`` to the generous bound, so that it searches the same set). Gathered once
        per set of names (the payload and lift checks both take ``"thrust"``)."""
        key = frozenset(tested)
        if key not in self._gathered:
            self._gathered[key] = self._drawn([name for name in self.mc.all_margins
                                               if name not in key])
        return self._gathered[key]

    @staticmethod
    def best_of(values: Mapping[str, np.ndarray], result: np.ndarray,
                maximize: bool = True) -> list[dict[str, float]]:
        """The sample of ``values`` with the most favourable finite ``result``, as a start
        for the generous bound (none when no result is finite)."""
        found = unc.best_row(values, result, maximize)
        return [] if found is None else [found]

    def _drawn(self, constraints: list[str]) -> dict[str, np.ndarray]:
        keep = np.ones(self.mc.drawn, dtype=bool)
        for name in constraints:
            keep &= self.mc.all_margins[name] > 0
        if keep.all():
            return dict(self.mc.all_values)
        rows = np.flatnonzero(keep)      # gathered as the Monte Carlo keeps its samples
        return {k: np.broadcast_to(v[:1], rows.shape) if v.strides == (0,) else v.take(rows)
                for k, v in self.mc.all_values.items()}  # (engine.montecarlo.monte_carlo)


# --------------------------------------------------------------------------- claim figures

def scaler(scale: float) -> Callable[[np.ndarray], np.ndarray]:
    """SI -> display: divide by ``scale`` (SI per display unit)."""
    return lambda x: np.asarray(x) / scale


def stated(fig: CaseFigure) -> Figure:
    """The figure to compute with: a claim *as written*; an input's value.

    A claim is judged as the source states it (issue #10): a unit-slip reading of a claim
    ("2000-2500 km" read as 2-2.5 km) is only an alternative (:func:`slip_reading`), never the
    claim. Only when the written figure is not even of the field's dimension (a garbling
    across dimensions) is its reinterpretation used, and the flag says so. Inputs keep their
    best reinterpretation (F6's "320 kilovolts" is a 320 Kv motor).
    """
    if fig.role == "claim" and slip_reading(fig) is not None:
        return fig.figure
    return fig.value if isinstance(fig.value, Figure) else fig.figure


def slip_reading(fig: CaseFigure):
    """The best same-dimension unit-slip reinterpretation of a flagged figure, or None."""
    if fig.flag is None or fig.flag.best is None or fig.figure is None:
        return None
    best = fig.flag.best.figure
    if best.unit.dimensionality != fig.figure.unit.dimensionality:
        return None
    return fig.flag.best


def alternative_note(fig: CaseFigure, values, bound: float, si_unit: str, scale: float,
                     unit: str, maximize: bool = True) -> list[str]:
    """A labelled alternative reading of a claim flagged as a unit slip, with its own verdict.

    ``values`` and ``bound`` are the finding's per-sample result and generous bound (SI).
    """
    from .verdict import assess
    from ..wording import percent
    slip = slip_reading(fig)
    if fig.role != "claim" or slip is None:
        return []
    alt = slip.figure
    end = alt.low if alt.low is not None else alt.high
    p, verdict = assess(values, bound, float(end.m_as(si_unit)), maximize)
    return [f"Judged as written ({fig.text}). Alternative reading, not the claim: if the "
            f"figure were a unit slip ({slip.reason}), it would read {figure_text(alt)}, which "
            f"{percent(p)} of the machines reach: {verdict} on that reading."]


#: Speed, length and time units a finding answers in when its claim is written in them: the SI
#: unit -> {the claim's unit as pint reads it: (SI per unit, the unit as the finding writes
#: it)}. A claim in any other unit is answered in the kind's own (km/h, km), so that "16 m/s"
#: or "36 mph" is never answered only in km/h, nor "1.5 hours" in minutes (ux6: numbers in
#: the claim's own units).
OWN_UNITS = {"m/s": {"m/s": (1.0, "m/s"), "mps": (1.0, "m/s"), "mi/h": (0.44704, "mph"),
                     "kn": (1852.0 / 3600.0, "kn")},
             "m": {"mi": (1609.344, "mi"), "nmi": (1852.0, "nmi")},
             # a ceiling claimed in feet (aviation's unit): answered in feet (review 10)
             "height": {"ft": (0.3048, "ft")},
             # a payload claimed in pounds (US news: "55 pounds"): answered in pounds (ux7)
             "kg": {"lb": (0.45359237, "lb")}}


#: From how many minutes a flight time is shown in hours (issue 10, review 23 F15: "half an
#: hour" was answered "0.449 h" where every other short flight time reads in minutes).
HOURS_FROM_MINUTES = 120.0


def time_display(end) -> tuple[float, str]:
    """The (s per unit, unit) a flight time stated as the Quantity ``end`` is shown in: a
    claim in seconds or minutes in minutes ("3 min", "600 min"); one in hours or days by its
    size, minutes under :data:`HOURS_FROM_MINUTES` ("half an hour", "1.5 h": min) and hours
    from it ("26 h", "14 days": h), so that short flight times share one unit."""
    minutes = float(end.m_as("minute"))
    if float((1.0 * end.units).to("minute").magnitude) <= 1.0 + 1e-9 \
            or minutes < HOURS_FROM_MINUTES:
        return 60.0, "min"
    return 3600.0, "h"


def own_unit(fig: CaseFigure, si_unit: str, default: tuple[float, str]) -> tuple[float, str]:
    """The (SI per unit, unit) a speed or length claim's finding is written in: the claim's
    own unit when it is one of :data:`OWN_UNITS` (``"16 m/s"``: m/s; ``"36 mph"``: mph),
    else ``default`` (``(1 / 3.6, "km/h")``, ``(1000.0, "km")``); a time by
    :func:`time_display`."""
    try:
        value = stated(fig)
        end = value.low if value.low is not None else value.high
        if si_unit == "s":
            return time_display(end)
        return OWN_UNITS.get(si_unit, {}).get(f"{end.units:~P}", default)
    except Exception:                  # no readable unit: the kind's own
        return default


def claimed(fig: CaseFigure, unit: str) -> Claimed:
    """A claim figure's ends in ``unit``."""
    value = stated(fig)
    low = value.low.m_as(unit) if value.low is not None else None
    high = value.high.m_as(unit) if value.high is not None else None
    return Claimed(fig.text, low, high, unit, value.kind)


def threshold(fig: CaseFigure, si_unit: str) -> float:
    """What a capability claim asserts at least: low end, or the one stated bound."""
    value = stated(fig)
    end = value.low if value.low is not None else value.high
    return float(end.m_as(si_unit))


def ends(fig: CaseFigure, si_unit: str) -> tuple[float, float]:
    """The lowest and highest stated end of a figure in ``si_unit``."""
    value = stated(fig)
    found = [e.m_as(si_unit) for e in (value.low, value.high) if e is not None]
    return float(min(found)), float(max(found))


def condition(ctx: Context, fig: CaseFigure) -> tuple[bool, str]:
    """Which payload condition a claim is evaluated in, and the sentence saying why."""
    if ctx.inputs["payload"].high == 0.0:
        claimed_payloads = [f.id for f in ctx.claims("payload_mass")]
        if claimed_payloads:
            return True, (f"with no payload (the case states none as an input; the payload "
                          f"claimed in {', '.join(claimed_payloads)} is judged on its own, "
                          "and flies with this claim only as an input or its own payload)")
        if fig.with_payload is True:        # said "with payload", but of no stated mass
            return True, ("with no payload: the claim is stated with payload, but the case "
                          "states no payload mass (a payload_mass input, or the claim's own "
                          "payload, would judge it with one)")
        return True, "with no payload (the case states none)"
    elif fig.with_payload is True:
        return True, f"with the {ctx.payload_text()} payload, as stated"
    elif fig.with_payload is False:
        return False, "without payload, as stated"
    else:
        # the case states a payload (ctx.inputs["payload"] above 0), the claim not whether it
        # was flown with it (review 19 #9: "the source does not say" read as no payload stated)
        return False, (f"without payload: the source states a {ctx.payload_text()} payload but "
                       "not that this claim was flown with it, and without is the more "
                       "favourable case (with_payload = true on the claim would fly it)")


def own_payload(ctx: Context, fig: CaseFigure) -> str:
    """How a claim's own payload reads: ``"the claim's own 2 kg payload"``, or, taken from a
    payload figure it refers to (:mod:`dronecalc.intake.payload_refers`), that figure's."""
    from ..intake.payload_refers import from_text
    return from_text(fig, ctx.case.figures) or f"the claim's own {fig.payload.text} payload"


# --------------------------------------------------------------------------- notes

def prior_notes(ctx: Context) -> list[str]:
    """Notes for a finding that uses the rotor and the battery energy (worded once per run:
    most findings ask, and each note takes percentiles of the derived inputs)."""
    if "prior" not in ctx._notes:
        ctx._notes["prior"] = (rotor_note(ctx) + efficiency_note(ctx) + energy_note(ctx)
                               + layout_note(ctx) + unused_note(ctx))
    return list(ctx._notes["prior"])


#: Inputs only the wing-borne kinds use: on a multirotor they are read but no model uses them.
WING_ONLY = ("wingspan", "wing_area", "engine_thrust", "engine_power",
             "stall_speed", "cruise_speed")


def unused_note(ctx: Context) -> list[str]:
    """Wing or jet inputs of a multirotor case, which its model does not use (review 10: a
    stated engine thrust and wingspan were accepted and nothing said they were unused)."""
    unused = stated_inputs(ctx.case, WING_ONLY)     # figures, then [vehicle] (review 16)
    return [f"Not used by the multirotor model (figures of wing-borne kinds): "
            f"{', '.join(unused)}."] if unused else []


#: Inputs only the multirotor model uses: on a wing-borne kind they are read but unused.
ROTOR_ONLY = ("rotors", "arms", "rotor_layout", "rotor_diameter", "motor_kv", "frame_size",
              "width")


def rotor_unused_note(case, vtol: bool) -> list[str]:
    """Multirotor inputs of a wing-borne case, which its model does not use (ux7: a piston
    wing's stated "rotors = 4" was accepted and nothing said so; the mirror of
    :func:`unused_note`)."""
    unused = stated_inputs(case, ROTOR_ONLY)        # figures, then [vehicle] (review 16)
    lift = "; the lift rotors are sized from the disk-loading prior" if vtol else ""
    return ([f"Not used by the fixed-wing model (figures of multirotors{lift}): "
             f"{', '.join(unused)}."] if unused else []) + [
        f"Not used by the fixed-wing model: {name} {text} ({where}); {why}."
        for name, text, where, why in wing_unused(case)] + plant_unused(case)


#: Stated inputs of a wing-borne case that no term of its model takes, and why (ux9: a
#: fixed wing's ``length`` was accepted, listed nowhere, and silently ignored).
WING_UNUSED = {
    "length": "the zero-lift drag C_D0 is a prior over wetted / reference areas of 4-6 "
              "(Raymer 2018 ch. 12; docs/theory.md section 10), not built up from the "
              "fuselage, so the overall length, which would size the fuselage's wetted area in "
              "such a build-up, enters no equation"}


def unused_assumed(case) -> list[Assumed]:
    """The rows of the run's assumptions for :func:`wing_unused`'s inputs: stated, not used."""
    from ..intake.figures import parse
    out = []
    for name, text, where, why in wing_unused(case):
        fig = parse(text)
        ends = [e.m_as("m") for e in (fig.low, fig.high) if e is not None]
        out.append(Assumed(name, min(ends), max(ends), "m", "stated, not used",
                           f"{where}: {why}"))
    return out


def wing_unused(case) -> list[tuple[str, str, str, str]]:
    """``(name, text, where, why)`` of each stated input of :data:`WING_UNUSED` (an input
    figure, ``[vehicle]`` or an assumption), for the findings' notes and the assumptions."""
    out = []
    for name, why in WING_UNUSED.items():
        stated = case.described().get(name)
        if stated is not None:
            source = stated.source.replace("figure ", "")
            out.append((name, getattr(stated.value, "text", str(stated.value)),
                        source if source != "vehicle" else f"vehicle.{name}", why))
    return out


def layout_note(ctx: Context) -> list[str]:
    """The rotor layout, when it sets the overlap factor (none below 6 rotors unstated)."""
    from ..priors.layout import layout_note as note
    return note(ctx.inputs.get("overlap_factor"))


def efficiency_note(ctx: Context) -> list[str]:
    """When the case states the rotor diameter: the efficiencies come from the calibrated law."""
    if "figure_of_merit" not in ctx.derived():
        return []
    d = ctx.derived()
    product = d["figure_of_merit"][0] * d["drive_efficiency"][0] * d["usable_fraction"][0]
    est = unc.percentiles(product, scaler(1.0), "")
    who = ("Rotor capped by the stated frame (those machines; the others keep the values the "
           "disk-loading law holds)" if "disk_loading_percentile" in ctx.inputs
           else "Rotor diameter stated")            # claims.frame_fit (review 23)
    return [f"{who}: FM x drive efficiency x usable fraction {band(est)} from "
            f"the calibrated efficiency law; "
            f"{d['figure_of_merit'][1].split('efficiency law; ', 1)[-1]}."]


def rotor_note(ctx: Context) -> list[str]:
    """When the case states no rotor diameter: where the rotor size came from."""
    if "rotor_diameter" not in ctx.derived():
        return []
    diameter, note = ctx.derived()["rotor_diameter"]
    est = unc.percentiles(diameter, scaler(0.0254), "in")
    extrapolated = note.split("; ", 1)[1]
    return [f"No rotor diameter stated: {band(est)} from the calibrated disk-loading law; "
            f"{extrapolated}."]


def energy_note(ctx: Context) -> list[str]:
    """When the case states no battery energy or capacity: say the energy is a prior."""
    if "battery_energy" not in ctx.derived():
        return []
    energy = ctx.derived()["battery_energy"][0]
    est = unc.percentiles(energy, scaler(3600.0), "Wh")
    if "battery_mass_fraction" in ctx.inputs:
        where = ("the battery share of real machines at the stated mass, priors.conditioned"
                 if ctx.inputs["battery_mass_fraction"].origin == "conditioned" else
                 "the range of 11 real machines, uncertainty.PRIOR_SETS")
        how = (f"the packs taken as {range_text(ctx.inputs, 'battery_mass_fraction')} of the "
               f"take-off mass without payload ({where}) at")
    else:
        how = "the stated battery mass at"
    origin = ctx.inputs["specific_energy"].origin
    if origin == "stated" and "battery_mass_fraction" not in ctx.inputs:    # both stated
        return [f"The source states no battery energy or capacity: the energy is its stated "
                f"battery mass at its stated {range_text(ctx.inputs, 'specific_energy')}, "
                f"{band(est)}."]
    source = {"conditioned": "the specific energy of real packs,",
              "stated": "the stated"}.get(origin, "the chemistry's")
    return [f"The source states no battery energy or capacity, so the energy is not known: "
            f"{how} {source} {range_text(ctx.inputs, 'specific_energy')} give "
            f"{band(est)}, and every result here rests on that assumption."]
