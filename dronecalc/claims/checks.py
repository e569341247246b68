r"""Claims against physics and against each other: findings with numbers (no formatting).

:func:`check` takes a :class:`~dronecalc.case.Case`, turns what it states (plus the class
priors for what it does not) into distributions, runs one Monte Carlo over the machines
those allow (:mod:`dronecalc.uncertainty`) and tests every claim:

==================  ==========================================================================
check               what is compared
==================  ==========================================================================
``kinematics``      range, flight time and speed claims with each other (no physics)
``endurance``       a flight-time claim against the estimated maximum endurance
``range``           a range claim against the estimated maximum range
``leg``             a stated leg (distance at a speed, with or without payload): reserve left
``statement``       a claim such as "could not fly that leg unless modified", via its leg
``lift``            the payload against the full-throttle thrust of the stated motors
``motor``           motor Kv x pack voltage: RPM, tip speed and tip Mach of the propellers
``radio``           a radio's advertised range against a claimed flight range
==================  ==========================================================================

Verdicts
--------
``p`` is the share of the sampled machines (all buildable, see
:data:`dronecalc.uncertainty.CONSTRAINTS`) for which the claim holds; the *generous bound*
is the most favourable value inside the box of assumptions (for an "infeasible" assertion,
the least capable machine). With the thresholds of :data:`THRESHOLDS`, chosen as round
conventions before any case was run:

* ``consistent``: ``p >= 5 %``: the claim lies inside the 5-95 % band of the estimate or on
  its favourable side;
* ``needs-checking``: ``0.1 % <= p < 5 %`` and the generous bound reaches the claim: only
  a machine near the favourable edge of several assumptions makes it true;
* ``implausible``: the generous bound does not reach the claim, or ``p < 0.1 %``: fewer
  than one machine in a thousand, i.e. only every assumption at its favourable end at
  once. The finding always shows the bound, so the reader sees which case applies.

A capability claim (endurance, range, a leg flown) holds when the machine can do at least
what is claimed: the lower end of a range figure, the bound of an open figure. A claim
stated without saying whether it was with payload is evaluated in the more favourable
condition (without), and the finding says so.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Mapping

import numpy as np

from ..physics import multirotor as mission
from ..engine import uncertainty as unc
from ..physics.atmosphere import _speed_of_sound
from ..intake.case import Case, CaseFigure
from ..intake.figures import Figure
from .sources import figure_key
from ..physics.propulsion import TIP_MACH_LIMIT, _loaded_speed, _no_load_speed, _thrust_ceiling_kv, \
    _tip_speed
from ..physics.rotor import _G

VERDICTS = ("consistent", "needs-checking", "implausible")
#: Probability thresholds of the verdicts (see the module docstring): stated conventions.
THRESHOLDS = {"consistent": 0.05, "negligible": 0.001}
#: Two figures within this relative difference are "the same figure" (radio coincidence).
COINCIDENCE = 0.10
#: Drivers listed per finding.
TOP_DRIVERS = 4

#: Case parameter (``Case.described()`` key) -> uncertainty input name.
CASE_INPUTS = {
    "rotors": "rotors", "rotor_diameter": "rotor_diameter", "mass": "mass",
    "takeoff_mass": "takeoff_mass", "empty_mass": "empty_mass", "payload": "payload",
    "motor_kv": "motor_kv", "energy": "battery_energy", "capacity": "battery_capacity",
    "voltage": "battery_voltage", "cells": "cells", "packs": "packs",
    "battery_mass": "battery_mass", "chemistry": "chemistry",
    "air_temperature": "air_temperature", "altitude": "altitude",
}


# --------------------------------------------------------------------------- results

@dataclass(frozen=True)
class Claimed:
    """A claimed figure in display units: ``low``/``high`` (None for an open end)."""

    text: str
    low: float | None
    high: float | None
    unit: str
    kind: str

    @property
    def value(self) -> float | None:
        """The point, the middle of a range, or the one stated bound of an open figure."""
        ends = [e for e in (self.low, self.high) if e is not None]
        return sum(ends) / len(ends) if ends else None


@dataclass(frozen=True)
class Value:
    """A number with its unit (the generous bound of a finding)."""

    value: float
    unit: str


@dataclass(frozen=True)
class Effect:
    """One assumption's swing: the result with the assumption at its low and high end."""

    assumption: str
    low: float
    high: float
    unit: str
    result_at_low: float
    result_at_high: float
    result_unit: str


@dataclass(frozen=True)
class Finding:
    """What one check found about one or more claims.

    Attributes
    ----------
    claims : list of str
        Ids of the figures tested.
    check : str
        Name of the check (module docstring table).
    verdict : {"consistent", "needs-checking", "implausible"}
    statement : str
        One plain sentence with the numbers.
    claimed : Claimed or None
    estimate : Estimate or None
        p5/p50/p95 of the compared quantity, in ``claimed``'s unit.
    generous_bound : Value or None
        The most favourable value for the claim inside the assumptions.
    probability : float or None
        Share of the sampled machines for which the claim holds.
    drivers : list of Effect
        Assumptions ranked by how far they move the result.
    overturn : str
        What would have to be true to overturn the verdict.
    condition : str
        The condition evaluated (with or without payload, and why).
    notes : list of str
        Further numbers worth knowing.
    with_payload : bool or None
        True when the machines were evaluated with the case's payload aboard (also when the
        case has none), False when flown without it, None when the check does not depend
        on it (kinematics, motor, radio).
    """

    claims: list[str]
    check: str
    verdict: str
    statement: str
    claimed: Claimed | None = None
    estimate: unc.Estimate | None = None
    generous_bound: Value | None = None
    probability: float | None = None
    drivers: list[Effect] = field(default_factory=list)
    overturn: str = ""
    condition: str = ""
    notes: list[str] = field(default_factory=list)
    with_payload: bool | None = None


@dataclass(frozen=True)
class Assumed:
    """One model input as used, in display units, with where it comes from."""

    name: str
    low: float
    high: float
    unit: str
    origin: str
    note: str


@dataclass(frozen=True)
class Run:
    """The Monte Carlo behind a result: samples drawn and kept, seed, rejections."""

    drawn: int
    kept: int
    seed: int
    rejected: dict[str, int]


class Samples:
    """The Monte Carlo behind a :class:`CheckResult`: its inputs, machines and per-finding values.

    Attributes
    ----------
    inputs : dict of str to Input
        The model inputs (:func:`describe_case`).
    monte_carlo : MonteCarlo
        The run's samples (:func:`dronecalc.uncertainty.monte_carlo`): ``values`` holds the
        buildable machines (SI), ``performance(with_payload)`` their cached performance.
    """

    def __init__(self, inputs: dict[str, unc.Input], monte_carlo: unc.MonteCarlo,
                 results: dict[tuple[str, tuple[str, ...]], tuple[np.ndarray, float, str]]
                 ) -> None:
        self.inputs, self.monte_carlo, self._results = inputs, monte_carlo, results

    def values(self, finding: Finding):
        """The per-sample values behind ``finding.estimate``, as a Quantity in its unit.

        Parameters
        ----------
        finding : Finding
            A finding of the same result.

        Returns
        -------
        pint.Quantity
            1-D, one value per sample the check used (the kept machines; for ``lift`` and
            ``motor`` the drawn machines that satisfy the other constraints; for
            ``kinematics`` the sampled claim figures); its percentiles are the estimate.

        Raises
        ------
        InputValueError
            The finding has no samples (``radio``, a statement that refers to no leg).
        """
        from ..errors import InputValueError
        from ..intake.units import Q_
        key = (finding.check, tuple(finding.claims))
        if key not in self._results:
            raise InputValueError("the finding has no samples", field="finding",
                                  value=f"{finding.check} {' '.join(finding.claims)}",
                                  expected="a finding with an estimate")
        si, scale, unit = self._results[key]
        return Q_(np.asarray(si) / scale, unit or "dimensionless")

    def payload_text(self) -> str:
        """The payload as the findings write it (``"3 kg"``, ``"0 kg"``, ``"2-3 kg"``)."""
        return _payload_text(self.inputs)


@dataclass(frozen=True)
class CheckResult:
    """Everything :func:`check` found about a case.

    Attributes
    ----------
    case : dict
        Title, source, url, path and vehicle class of the case.
    findings : list of Finding
    flags : list of Flag
        Figures the case layer flagged (garbled, underspecified ...).
    assumptions : list of Assumed
        Every model input as used, with its origin.
    run : Run
        Samples drawn and kept, seed, rejections.
    samples : Samples or None
        The run's Monte Carlo (not part of the JSON or text output), so that figures and
        further analysis use the same machines without drawing them again.
    """

    case: dict[str, str | None]
    findings: list[Finding]
    flags: list
    assumptions: list[Assumed]
    run: Run
    samples: Samples | None = field(default=None, repr=False, compare=False)
    #: The case's figures with their quotes (:func:`dronecalc.claims.sources.figure_key`).
    figures: list = field(default_factory=list, repr=False, compare=False)

    @functools.cached_property
    def curves(self):
        """The pictures' curves from this run's machines (:mod:`dronecalc.claims.curves`)."""
        from .curves import curves
        return curves(self)


@dataclass(frozen=True)
class EstimateResult:
    """What :func:`estimate` computed: percentiles per quantity, per payload condition."""

    case: dict[str, str | None]
    with_payload: dict[str, unc.Estimate]
    without_payload: dict[str, unc.Estimate] | None
    payload: float
    assumptions: list[Assumed]
    run: Run


# --------------------------------------------------------------------------- entry points

def check(case: Case, samples: int = unc.DEFAULT_SAMPLES, seed: int = 0) -> CheckResult:
    """Test every claim of a case against physics and against the other claims.

    Parameters
    ----------
    case : Case
        From :func:`dronecalc.load_case`.
    samples : int
        Monte Carlo samples drawn (default 100 000).
    seed : int
        Seed: the same seed gives the same findings, number for number.

    Returns
    -------
    CheckResult
    """
    ctx = _Context.build(case, samples, seed)
    findings = []
    for test in (_kinematics, _capabilities, _legs, _statements, _lift, _motor, _radio):
        findings += test(ctx)
    return CheckResult(_case_info(case), findings, list(case.flags),
                       _assumed(ctx.inputs, ctx.mc), ctx.run(),
                       Samples(ctx.inputs, ctx.mc, ctx.results), figure_key(case))


#: Quantities of :func:`estimate`: key -> (scale from SI, display unit).
ESTIMATED = {
    "hover_endurance": (60.0, "min"), "max_endurance": (60.0, "min"),
    "max_range": (1000.0, "km"), "best_endurance_speed": (1 / 3.6, "km/h"),
    "best_range_speed": (1 / 3.6, "km/h"), "hover_power": (1.0, "W"),
    "takeoff_mass": (1.0, "kg"),
}


def estimate(case: Case, samples: int = unc.DEFAULT_SAMPLES, seed: int = 0) -> EstimateResult:
    """Percentiles of endurance, range and best speeds of the machine a case describes.

    Parameters
    ----------
    case : Case
        A case file; only its machine description is used (claims are ignored).
    samples, seed : int
        As for :func:`check`.

    Returns
    -------
    EstimateResult
        With the payload as described, and without it when there is one.
    """
    ctx = _Context.build(case, samples, seed)
    payload = ctx.inputs["payload"]
    conditions = [True, False] if payload.high > 0 else [True]
    tables = [{key: unc.percentiles(ctx.mc.performance(cond)[key], _scaler(scale), unit)
               for key, (scale, unit) in ESTIMATED.items()} for cond in conditions]
    return EstimateResult(_case_info(case), tables[0], tables[1] if len(tables) > 1 else None,
                          0.5 * (payload.low + payload.high), _assumed(ctx.inputs, ctx.mc),
                          ctx.run())


# --------------------------------------------------------------------------- the case

def load_machine(path: str) -> Case:
    """Load a case file, or a bare machine description without a ``[case]`` table.

    ADAPTER (owned here, not in :mod:`dronecalc.case`): :func:`~dronecalc.case.load_case`
    requires ``[case] title`` and ``source``, while ``dronecalc estimate`` also accepts a
    file holding only ``[vehicle]`` and ``[battery]``. Such a file is loaded with a
    ``[case]`` table appended (title: the file name; source: "machine description"), so
    every entry is validated by the case layer as usual; error messages name the original
    file.
    """
    import json
    import tempfile
    import tomllib
    from pathlib import Path

    from ..intake.case import load_case
    from ..errors import CaseError

    try:
        text = Path(path).read_text(encoding="utf-8")
        has_case = "case" in tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return load_case(path)                  # reports the problem with the file itself
    if has_case:
        return load_case(path)
    header = f'\n[case]\ntitle = {json.dumps(Path(path).name)}\nsource = "machine description"\n'
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / Path(path).name
        copy.write_text(text + header, encoding="utf-8")
        try:
            case = load_case(copy)
        except CaseError as exc:
            raise CaseError(str(path), exc.problems) from None
    return replace(case, path=str(path))


def vehicle_class(case: Case) -> str:
    """The case's vehicle class, or one chosen from its rotors and rotor diameter.

    When ``[case] vehicle_class`` is absent: a stated rotor diameter over 30 in ->
    ``heavy-agricultural``; else six or more rotors -> ``large-lift-hexa``; else a stated
    diameter under 12 in -> ``small-camera-quad``; otherwise ``large-lift-quad``. A stated
    choice of this module, reported with every result.
    """
    if case.vehicle_class:
        return case.vehicle_class
    described = case.described()
    rotors = _mid(described["rotors"].value) if "rotors" in described else 4.0
    diameter = _mid(described["rotor_diameter"].value, "inch") \
        if "rotor_diameter" in described else None
    if diameter is not None and diameter > 30:
        return "heavy-agricultural"
    elif rotors >= 6:
        return "large-lift-hexa"
    elif diameter is not None and diameter < 12:
        return "small-camera-quad"
    else:
        return "large-lift-quad"


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
    values, origins, notes = {}, {}, {}
    for name, described in case.described().items():
        if name not in CASE_INPUTS:
            continue
        key = CASE_INPUTS[name]
        values[key] = described.value
        origins[key] = "assumption" if described.source == "assumption" else "stated"
        notes[key] = _provenance(described)
    return unc.describe(values, vehicle_class(case), origins, notes)


def _provenance(described) -> str:
    if described.flag is not None and described.flag.best is not None:
        return (f"{described.source}, flagged {described.flag.problem}: "
                f"{described.flag.text!r} read as {_figure_text(described.flag.best.figure)}")
    if described.reason:
        return f"assumption: {described.reason}"
    return described.source


def _figure_text(figure: Figure) -> str:
    low, high = figure.low, figure.high
    if figure.kind == "range":
        return f"{low.magnitude:g}-{high.magnitude:g} {high.units:~P}"
    end = low if low is not None else high
    return f"{end.magnitude:g} {end.units:~P}"


def _mid(value: Any, unit: str = "dimensionless") -> float:
    if isinstance(value, Figure):
        ends = [e.m_as(unit) for e in (value.low, value.high) if e is not None]
        return float(np.mean(ends))
    return float("nan")


def _case_info(case: Case) -> dict[str, str | None]:
    return {"title": case.title, "source": case.source, "url": case.url,
            "path": case.path, "vehicle_class": vehicle_class(case)}


def _assumed(inputs: Mapping[str, unc.Input], mc: unc.MonteCarlo) -> list[Assumed]:
    """Every input as used; then what the model derived from them in place of a stated
    value (origin ``"derived"``, p5-p95 of the kept machines)."""
    out = []
    for name, inp in inputs.items():
        low, high, unit = inp.display()
        out.append(Assumed(name, low, high, unit, inp.origin, inp.note))
    for name, (values, note) in unc.derived(inputs, mc.values).items():
        var = unc.VARIABLES[name]
        p5, p95 = (unc.display_value(name, x) for x in np.percentile(values, (5.0, 95.0)))
        out.append(Assumed(name, p5, p95, var.display, "derived",
                           f"p5-p95 of the {mc.size:,} machines kept; {note}"))
    return out


@dataclass
class _Context:
    """The case, its inputs and Monte Carlo, shared by the checks of one run."""

    case: Case
    inputs: dict[str, unc.Input]
    mc: unc.MonteCarlo
    seed: int
    legs: dict[tuple[str, str], "_Leg"] = field(default_factory=dict)
    results: dict[tuple[str, tuple[str, ...]], tuple[np.ndarray, float, str]] = field(
        default_factory=dict)
    _derived: dict[str, tuple[np.ndarray, str]] | None = None

    @classmethod
    def build(cls, case: Case, samples: int, seed: int) -> "_Context":
        inputs = describe_case(case)
        return cls(case, inputs, unc.monte_carlo(inputs, samples, seed), seed)

    def run(self) -> Run:
        return Run(self.mc.drawn, self.mc.size, self.seed, dict(self.mc.rejected))

    def claims(self, field_name: str) -> list[CaseFigure]:
        return [f for f in self.case.claims.values() if f.field == field_name]

    def figures(self, field_name: str) -> list[CaseFigure]:
        return [f for f in self.case.figures.values()
                if f.field == field_name and f.role != "context"]

    def rng(self, stream: int) -> np.random.Generator:
        """A generator for claim figures, independent of the machine samples."""
        return np.random.default_rng([self.seed, stream])

    def payload_text(self) -> str:
        return _payload_text(self.inputs)

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


def _payload_text(inputs: Mapping[str, unc.Input]) -> str:
    low, high, unit = inputs["payload"].display()
    return f"{_num(low)} {unit}" if low == high else f"{_num(low)}-{_num(high)} {unit}"


# --------------------------------------------------------------------------- verdicts

def judge(probability: float, bound_reaches: bool) -> str:
    """The verdict from the probability that a claim holds and whether the bound reaches it.

    Parameters
    ----------
    probability : float
        Share of the sampled machines for which the claim holds [-].
    bound_reaches : bool
        Whether the generous bound makes the claim true.

    Returns
    -------
    str
        ``"consistent"``, ``"needs-checking"`` or ``"implausible"`` (:data:`THRESHOLDS`).

    Examples
    --------
    >>> judge(0.5, True), judge(0.01, True), judge(0.0, True), judge(0.2, False)
    ('consistent', 'needs-checking', 'implausible', 'implausible')
    """
    if not bound_reaches or not probability >= THRESHOLDS["negligible"]:
        return "implausible"
    elif probability < THRESHOLDS["consistent"]:
        return "needs-checking"
    else:
        return "consistent"


def assess(values: np.ndarray, bound: float, target: float,
           maximize: bool = True) -> tuple[float, str]:
    """Probability and verdict of a claim that a result reaches ``target``.

    Parameters
    ----------
    values : ndarray
        The result for every sampled machine (SI).
    bound : float
        The generous bound of the result (SI): the most favourable value for the claim.
    target : float
        What the claim asserts (SI).
    maximize : bool
        True when the claim holds for results at or above ``target``; False for at or below.

    Returns
    -------
    probability : float
    verdict : str
    """
    values = np.asarray(values, dtype=float)
    holds = values >= target if maximize else values <= target
    p = unc.probability(holds)
    reaches = bound >= target if maximize else bound <= target
    return p, judge(p, bool(reaches))


def _scaler(scale: float) -> Callable[[np.ndarray], np.ndarray]:
    return lambda x: np.asarray(x) / scale


def _claimed(fig: CaseFigure, unit: str) -> Claimed:
    value = fig.value if isinstance(fig.value, Figure) else fig.figure
    low = value.low.m_as(unit) if value.low is not None else None
    high = value.high.m_as(unit) if value.high is not None else None
    return Claimed(fig.text, low, high, unit, value.kind)


def _threshold(fig: CaseFigure, si_unit: str) -> float:
    """What a capability claim asserts at least: low end, or the one stated bound."""
    value = fig.value if isinstance(fig.value, Figure) else fig.figure
    end = value.low if value.low is not None else value.high
    return float(end.m_as(si_unit))


def _ends(fig: CaseFigure, si_unit: str) -> tuple[float, float]:
    value = fig.value if isinstance(fig.value, Figure) else fig.figure
    ends = [e.m_as(si_unit) for e in (value.low, value.high) if e is not None]
    return float(min(ends)), float(max(ends))


def _condition(ctx: _Context, fig: CaseFigure) -> tuple[bool, str]:
    """Which payload condition a claim is evaluated in, and the sentence saying why."""
    if ctx.inputs["payload"].high == 0.0:
        return True, "with no payload (the case states none)"
    elif fig.with_payload is True:
        return True, f"with the {ctx.payload_text()} payload, as stated"
    elif fig.with_payload is False:
        return False, "without payload, as stated"
    else:
        return False, ("without payload: the source does not say, and that is the more "
                       "favourable case")


# --------------------------------------------------------------------------- sentences

def _num(x: float | None) -> str:
    """A number with three significant figures for sentences (``7,100``, ``35.6``, ``0.42``)."""
    if x is None or not math.isfinite(x):
        return "n/a"
    if x == 0:
        return "0"
    rounded = float(f"{x:.3g}")
    if abs(rounded) >= 1000:
        return f"{rounded:,.0f}"
    return f"{rounded:g}"


def _percent(p: float) -> str:
    """A share as a percentage, never rounded to 0 % or 100 % when it is neither."""
    text = f"{100 * p:.3g}"
    digits = 3
    while 0 < p < 1 and text in ("0", "100") and digits < 8:
        digits += 1
        text = f"{100 * p:.{digits}g}"
    return f"{text} %"


def _span(low: float, high: float) -> str:
    """``low-high``, or one number when both ends round alike."""
    a, b = _num(low), _num(high)
    return a if a == b else f"{a}-{b}"


def _band(est: unc.Estimate) -> str:
    unit = f" {est.unit}" if est.unit else ""
    return f"{_span(est.p5, est.p95)}{unit} (p5-p95; median {_num(est.p50)})"


def _share(p: float, kept: int) -> str:
    hits = int(round(p * kept))
    machines = "the one sampled machine" if kept == 1 else f"{kept:,} sampled machines"
    if hits == 0:
        return f"none of {machines}"
    if hits == kept:
        return "the one sampled machine" if kept == 1 else f"all {machines}"
    return f"{_percent(p)} of {machines}"


def _input_text(inputs: Mapping[str, unc.Input], name: str, si_value: float) -> str:
    value = unc.display_value(name, si_value)
    unit = unc.VARIABLES[name].display
    if unc.VARIABLES[name].integer:
        value = float(math.ceil(value - 1e-9))
    return f"{name.replace('_', ' ')} {_num(value)}{' ' + unit if unit else ''}"


def _range_text(inputs: Mapping[str, unc.Input], name: str) -> str:
    low, high, unit = inputs[name].display()
    return f"{_num(low)}-{_num(high)}{' ' + unit if unit else ''}"


# --------------------------------------------------------------------------- drivers

def _drivers(inputs: Mapping[str, unc.Input], objective: unc.Objective, scale: float,
             unit: str, base: Mapping[str, float] | None = None) -> list[Effect]:
    """The largest one-at-a-time swings, converted to display units."""
    return _effects(unc.sensitivity(inputs, objective, base), scale, unit)


def _effects(swings: list[unc.Driver], scale: float, unit: str) -> list[Effect]:
    """The :data:`TOP_DRIVERS` largest of :func:`~dronecalc.uncertainty.sensitivity`'s swings,
    in display units (``scale``: SI per display unit)."""
    out = []
    for d in swings:
        if len(out) == TOP_DRIVERS or not math.isfinite(d.swing) or d.swing == 0:
            break
        out.append(Effect(d.name, d.low, d.high, d.unit, d.output_low / scale,
                          d.output_high / scale, unit))
    return out


def _overturn(inputs: Mapping[str, unc.Input], objective: unc.Objective,
              point: Mapping[str, float], target: float, drivers: list[Effect],
              want_higher: bool, lead: str) -> str:
    """What the top drivers would have to be, alone, for the result to cross ``target``.

    ``want_higher``: the verdict is overturned by a higher result (True) or a lower one.
    """
    needs = []
    for d in [d for d in drivers if not unc.VARIABLES[d.assumption].integer][:3]:
        value = unc.solve_for(inputs, objective, point, d.assumption, target)
        rises = d.result_at_high > d.result_at_low
        word = "above" if rises == want_higher else "below"
        if value is None:
            needs.append(f"no value of {d.assumption.replace('_', ' ')} alone would do")
        else:
            needs.append(f"{_needs(inputs, d.assumption, value, word)} "
                         f"(assumed {_range_text(inputs, d.assumption)})")
    return f"{lead} " + "; or ".join(needs) + "." if needs else ""


def _needs(inputs: Mapping[str, unc.Input], name: str, si_value: float, word: str) -> str:
    value = unc.display_value(name, si_value)
    unit = unc.VARIABLES[name].display
    if unc.VARIABLES[name].integer:
        value = float(math.ceil(value - 1e-9) if word == "above" else math.floor(value + 1e-9))
    return f"{name.replace('_', ' ')} {word} {_num(value)}{' ' + unit if unit else ''}"


def _generous_list(inputs: Mapping[str, unc.Input], point: Mapping[str, float],
                   drivers: list[Effect]) -> str:
    return ", ".join(_input_text(inputs, d.assumption, point[d.assumption]) for d in drivers)


def _overturn_for(inputs: Mapping[str, unc.Input], objective: unc.Objective,
                  bound: unc.Bound, target: float, drivers: list[Effect], verdict: str,
                  maximize: bool) -> str:
    """The overturn sentence: from the generous point when implausible, else the centre.

    ``maximize``: the claim holds when the result is at least ``target`` (else at most).
    """
    if not drivers:
        return ""
    if verdict == "implausible":
        at_bound = float(np.asarray(objective(unc.stack([bound.point])))[0])
        if (at_bound >= target) == maximize:
            return ("Only a machine with every assumption at the end most favourable to the "
                    "claim, all at once, makes it true ("
                    + _generous_list(inputs, bound.point, drivers)
                    + "); evidence of such a machine would overturn the verdict.")
        return _overturn(inputs, objective, bound.point, target, drivers, maximize,
                         "Only if, with every other assumption at the end most favourable "
                         "to the claim,")
    centre = unc.central_point(inputs)
    at_centre = float(np.asarray(objective(unc.stack([centre])))[0])
    holds = (at_centre >= target) == maximize
    lead = ("A typical machine (every assumption mid-range) makes the claim true; it would "
            "stop only with" if holds else
            "A typical machine (every assumption mid-range) falls short; it would make the "
            "claim true with")
    return _overturn(inputs, objective, centre, target, drivers, maximize != holds, lead)


# --------------------------------------------------------------------------- capability

#: Capability claims: field -> (performance key, SI unit, display scale, display unit, noun).
CAPABILITIES = {
    "flight_time": ("max_endurance", "s", 60.0, "min", "flight time"),
    "range": ("max_range", "m", 1000.0, "km", "range"),
}


def _prior_notes(ctx: _Context) -> list[str]:
    """Notes for a finding that uses the rotor and the battery energy."""
    return _rotor_note(ctx) + _energy_note(ctx)


def _rotor_note(ctx: _Context) -> list[str]:
    """When the case states no rotor diameter: where the rotor size came from."""
    if "rotor_diameter" not in ctx.derived():
        return []
    diameter, note = ctx.derived()["rotor_diameter"]
    est = unc.percentiles(diameter, _scaler(0.0254), "in")
    extrapolated = note.split("; ", 1)[1]
    return [f"No rotor diameter stated: {_band(est)} from the calibrated disk-loading law "
            f"(disk_loading_percentile); {extrapolated}."]


def _energy_note(ctx: _Context) -> list[str]:
    """When the case states no battery energy or capacity: say the energy is a prior."""
    if "battery_energy" not in ctx.derived():
        return []
    energy = ctx.derived()["battery_energy"][0]
    est = unc.percentiles(energy, _scaler(3600.0), "Wh")
    if "battery_mass_fraction" in ctx.inputs:
        how = (f"the packs taken as {_range_text(ctx.inputs, 'battery_mass_fraction')} of the "
               "take-off mass without payload (the range of 11 real machines, "
               "uncertainty.PRIOR_SETS) at")
    else:
        how = "the stated battery mass at"
    return [f"The source states no battery energy or capacity, so the energy is not known: "
            f"{how} the chemistry's {_range_text(ctx.inputs, 'specific_energy')} give "
            f"{_band(est)}, and every result here rests on that assumption."]


def _capabilities(ctx: _Context) -> list[Finding]:
    return [_capability(ctx, fig) for name in CAPABILITIES for fig in ctx.claims(name)]


def _capability(ctx: _Context, fig: CaseFigure) -> Finding:
    """An endurance or range claim against the Monte Carlo and the generous bound."""
    key, si_unit, scale, unit, noun = CAPABILITIES[fig.field]
    with_payload, condition = _condition(ctx, fig)
    target = _threshold(fig, si_unit)
    values = ctx.mc.performance(with_payload)[key]
    exact, quick = unc.outcome(key, with_payload), unc.quick_outcome(key, with_payload)
    swings = unc.sensitivity(ctx.inputs, quick)
    bound = unc.generous_bound(ctx.inputs, exact, True, [ctx.mc.best(values)], search=quick,
                               drivers=swings)
    p, verdict = assess(values, bound.value, target)
    est = unc.percentiles(values, _scaler(scale), unit)
    drivers = _effects(swings, scale, unit)
    statement = _capability_sentence(fig, noun, est, p, ctx.mc.size, bound.value / scale,
                                     target / scale, verdict, condition)
    return ctx.keep(Finding(
        [fig.id], "endurance" if key == "max_endurance" else "range", verdict, statement,
        _claimed(fig, unit), est, Value(bound.value / scale, unit), p, drivers,
        _overturn_for(ctx.inputs, quick, bound, target, drivers, verdict, True), condition,
        _prior_notes(ctx), with_payload=with_payload), values, scale)


def _capability_sentence(fig: CaseFigure, noun: str, est: unc.Estimate, p: float, kept: int,
                         bound: float, target: float, verdict: str, condition: str) -> str:
    claim = f"A {noun} of {fig.text} ({fig.id})"
    model = f"the model gives {_band(est)} {condition.split(':')[0]}"
    generous = f"{_num(bound)} {est.unit}"
    if verdict == "implausible" and bound < target:
        return (f"{claim} is out of reach: {model}, and even the most generous assumptions "
                f"give at most {generous}.")
    if verdict == "implausible":
        return (f"{claim} is out of reach: {model}; {_share(p, kept)} reach it, and only "
                f"every assumption at its favourable end at once does ({generous}).")
    if verdict == "needs-checking":
        return (f"{claim} is possible only near the edge of the assumptions: {model}; "
                f"{_share(p, kept)} reach it (at most {generous}).")
    return f"{claim} is within reach: {model}; {_share(p, kept)} reach it."


# --------------------------------------------------------------------------- kinematics

def _kinematics(ctx: _Context) -> list[Finding]:
    """Range, flight time and speed claims that cannot describe one flight."""
    ranges, times = ctx.claims("range"), ctx.claims("flight_time")
    speeds = ctx.figures("speed")
    if not (ranges and times and speeds):
        return []
    return [_kinematic(ctx, r, t, speeds[0]) for r in ranges for t in times]


def _kinematic(ctx: _Context, rng_fig: CaseFigure, time_fig: CaseFigure,
               speed_fig: CaseFigure) -> Finding:
    gen = ctx.rng(1)
    r_low, r_high = _ends(rng_fig, "m")
    t_low, t_high = _threshold(time_fig, "s"), _ends(time_fig, "s")[1]
    v_low, v_high = _ends(speed_fig, "m/s")
    n = ctx.mc.size
    average = gen.uniform(r_low, r_high, n) / gen.uniform(t_low, max(t_low, t_high), n)
    speed = gen.uniform(v_low, v_high, n)
    p = unc.probability(speed <= average)
    best = r_high / t_low
    verdict = judge(p, best >= v_low)
    est = unc.percentiles(average, _scaler(1 / 3.6), "km/h")
    flight = (f"A {rng_fig.text} range ({rng_fig.id}) flown in {time_fig.text} "
              f"({time_fig.id}) averages at most {_num(best * 3.6)} km/h")
    if verdict == "consistent":
        statement = (f"{flight}, which the {speed_fig.text} of {speed_fig.id} does not exceed "
                     f"in {_percent(p)} of the sampled combinations: the three figures can "
                     "describe one flight.")
        overturn = ("A speed held above the implied average for the whole flight would "
                    "overturn it.")
    else:
        covered = _span(v_low * t_low / 1000, v_high * t_low / 1000)
        statement = (f"{flight}, against the {speed_fig.text} of {speed_fig.id}: at that speed "
                     f"{_num(t_low / 60)} min would cover {covered} km, and "
                     f"{_num(r_high / 1000)} km would take "
                     f"{_span(r_high / v_high / 60, r_high / v_low / 60)} min.")
        overturn = ("The three figures would have to describe different flights, e.g. the "
                    f"{time_fig.text} spent mostly hovering or loitering below "
                    f"{_num(best * 3.6)} km/h, which the source does not say.")
    return ctx.keep(Finding([rng_fig.id, time_fig.id, speed_fig.id], "kinematics", verdict,
                            statement, _claimed(speed_fig, "km/h"), est,
                            Value(best * 3.6, "km/h"), p, [], overturn,
                            "claims compared with each other; no physics",
                            _endurance_speed_note(ctx, t_low)), average, 1 / 3.6)


def _endurance_speed_note(ctx: _Context, t_low: float) -> list[str]:
    """The model's own best-endurance speed and the distance it implies in ``t_low``."""
    speed = ctx.mc.performance(False)["best_endurance_speed"]
    est = unc.percentiles(speed, _scaler(1 / 3.6), "km/h")
    return [f"The model's own best-endurance speed is {_band(est)} without payload: "
            f"{_num(t_low / 60)} min aloft at even its p5 covers {_num(est.p5 * t_low / 3600)} "
            "km."]


# --------------------------------------------------------------------------- legs

def _leg_pairs(ctx: _Context) -> list[tuple[CaseFigure, CaseFigure]]:
    """(distance, speed) figures of stated legs: a distance pairs with the speed figure it
    refers to or that refers to it, else with the case's only speed figure."""
    speeds = ctx.figures("speed")
    pairs = []
    for dist in ctx.figures("distance"):
        linked = [s for s in speeds if s.id in dist.refers or dist.id in s.refers]
        chosen = linked[0] if linked else (speeds[0] if len(speeds) == 1 else None)
        if chosen is not None:
            pairs.append((dist, chosen))
    return pairs


def _leg_inputs(ctx: _Context, dist: CaseFigure, speed: CaseFigure) -> dict[str, unc.Input]:
    inputs = dict(ctx.inputs)
    for name, fig, unit in (("leg_distance", dist, "m"), ("leg_speed", speed, "m/s")):
        low, high = _ends(fig, unit)
        inputs[name] = unc.Input(name, low, high, "stated", f"figure {fig.id}")
    return inputs


def _leg_reserve(with_payload: bool) -> unc.Objective:
    """Objective: reserve fraction left after the leg (``mission.leg``)."""
    def reserve(values: Mapping[str, np.ndarray]) -> np.ndarray:
        out = mission.leg(unc.vehicle(values, with_payload), values["leg_distance"],
                          values["leg_speed"])
        return out["reserve_fraction"]
    return reserve


@dataclass
class _Leg:
    """One stated leg evaluated on the Monte Carlo."""

    dist: CaseFigure
    speed: CaseFigure
    inputs: dict[str, unc.Input]
    values: dict[str, np.ndarray]
    reserve: np.ndarray
    with_payload: bool
    condition: str
    swings: list[unc.Driver] | None = None

    @property
    def ids(self) -> list[str]:
        return [self.dist.id, self.speed.id]

    def sensitivity(self) -> list[unc.Driver]:
        """One-at-a-time swings of the reserve, computed once for the leg and statements."""
        if self.swings is None:
            self.swings = unc.sensitivity(self.inputs, _leg_reserve(self.with_payload))
        return self.swings


def _evaluate_leg(ctx: _Context, dist: CaseFigure, speed: CaseFigure) -> _Leg:
    """The leg flown by every kept sample; evaluated once per run and pair of figures."""
    key = (dist.id, speed.id)
    if key not in ctx.legs:
        ctx.legs[key] = _fly_leg(ctx, dist, speed)
    return ctx.legs[key]


def _fly_leg(ctx: _Context, dist: CaseFigure, speed: CaseFigure) -> _Leg:
    with_payload, condition = _condition(ctx, dist if dist.role == "claim" else speed)
    inputs = _leg_inputs(ctx, dist, speed)
    gen = ctx.rng(2)
    values = dict(ctx.mc.values)
    for name in ("leg_distance", "leg_speed"):
        values[name] = gen.uniform(inputs[name].low, inputs[name].high, ctx.mc.size)
    reserve = _leg_reserve(with_payload)(values)
    return _Leg(dist, speed, inputs, values, reserve, with_payload, condition)


def _legs(ctx: _Context) -> list[Finding]:
    return [_leg_finding(ctx, _evaluate_leg(ctx, d, s)) for d, s in _leg_pairs(ctx)]


def _leg_finding(ctx: _Context, leg: _Leg) -> Finding:
    objective = _leg_reserve(leg.with_payload)
    best = ctx.mc.best(leg.reserve)
    bound = unc.generous_bound(leg.inputs, objective, True,
                               [{**best, **_leg_point(leg, best)}], drivers=leg.sensitivity())
    p = unc.probability(leg.reserve >= 0)
    verdict = judge(p, bound.value >= 0)
    est = unc.percentiles(leg.reserve, _scaler(0.01), "%")
    drivers = _effects(leg.sensitivity(), 0.01, "%")
    minutes = [leg.inputs["leg_distance"].high / leg.inputs["leg_speed"].high / 60,
               leg.inputs["leg_distance"].low / leg.inputs["leg_speed"].low / 60]
    statement = (f"Flying {leg.dist.text} ({leg.dist.id}) at {leg.speed.text} "
                 f"({leg.speed.id}) {leg.condition.split(':')[0].split(',')[0]} takes "
                 f"{_num(min(minutes))}-{_num(max(minutes))} min and leaves {_band(est)} of "
                 f"the usable energy; {_share(p, ctx.mc.size)} can fly it.")
    claimed = Claimed(f"{leg.dist.text} at {leg.speed.text} (usable energy left >= 0)", 0.0,
                      None, "%", "at-least")
    return ctx.keep(Finding(leg.ids + _payload_ids(ctx, leg), "leg", verdict, statement,
                            claimed, est, Value(100 * bound.value, "%"), p, drivers,
                            _overturn_for(leg.inputs, objective, bound, 0.0, drivers,
                                          verdict, True),
                            leg.condition, _prior_notes(ctx), with_payload=leg.with_payload),
                    leg.reserve, 0.01)


def _leg_point(leg: _Leg, best: Mapping[str, float]) -> dict[str, float]:
    return {k: best.get(k, 0.5 * (leg.inputs[k].low + leg.inputs[k].high))
            for k in ("leg_distance", "leg_speed")}


def _payload_ids(ctx: _Context, leg: _Leg) -> list[str]:
    if not leg.with_payload:
        return []
    return [f.id for f in ctx.case.inputs.values() if f.field == "payload_mass"]


# --------------------------------------------------------------------------- statements

def _statements(ctx: _Context) -> list[Finding]:
    out = []
    for fig in ctx.claims("statement"):
        dist = next((ctx.case.figures[r] for r in fig.refers
                     if ctx.case.figures[r].field == "distance"), None)
        speed = next((ctx.case.figures[r] for r in fig.refers
                      if ctx.case.figures[r].field == "speed"), None)
        if dist is None or speed is None:
            out.append(Finding([fig.id], "statement", "needs-checking",
                               f"{fig.id} ({fig.text!r}) refers to no leg (a distance and a "
                               "speed figure), so dronecalc cannot test it."))
            continue
        out.append(_statement_finding(ctx, fig, _evaluate_leg(ctx, dist, speed)))
    return out


def _statement_finding(ctx: _Context, fig: CaseFigure, leg: _Leg) -> Finding:
    """A feasible/infeasible assertion about a leg; "infeasible" holds where reserve < 0."""
    infeasible = fig.asserts == "infeasible"
    objective = _leg_reserve(leg.with_payload)
    worst = ctx.mc.best(leg.reserve, maximize=not infeasible)
    bound = unc.generous_bound(leg.inputs, objective, not infeasible,
                               [{**worst, **_leg_point(leg, worst)}], drivers=leg.sensitivity())
    holds = leg.reserve < 0 if infeasible else leg.reserve >= 0
    p = unc.probability(holds)
    reaches = bound.value < 0 if infeasible else bound.value >= 0
    verdict = judge(p, reaches)
    est = unc.percentiles(leg.reserve, _scaler(0.01), "%")
    drivers = _effects(leg.sensitivity(), 0.01, "%")
    which = "least capable" if infeasible else "most capable"
    left = (f"keeps {_num(100 * bound.value)} %" if bound.value >= 0 else
            f"would fall {_num(-100 * bound.value)} % short")
    statement = (f"{fig.id} asserts the leg is {fig.asserts} ({fig.text!r}), but "
                 f"{_share(1 - p if infeasible else p, ctx.mc.size)} fly it, with "
                 f"{_band(est)} of the usable energy left; only the {which} combination of "
                 f"assumptions {left}.")
    return ctx.keep(Finding([fig.id] + [r for r in fig.refers], "statement", verdict,
                            statement, Claimed(fig.text, None, 0.0 if infeasible else None,
                                               "%", "at-most" if infeasible else "at-least"),
                            est, Value(100 * bound.value, "%"), p, drivers,
                            _overturn_for(leg.inputs, objective, bound, 0.0, drivers, verdict,
                                          not infeasible),
                            leg.condition, _prior_notes(ctx), with_payload=leg.with_payload),
                    leg.reserve, 0.01)


# --------------------------------------------------------------------------- lift and motor

def _thrust_to_weight(values: Mapping[str, np.ndarray]) -> np.ndarray:
    """Full-throttle static thrust / take-off weight with payload (propulsion "kv" ceiling)."""
    a = unc.vehicle(values, True).as_arrays()
    thrust = _thrust_ceiling_kv(a["motor_kv"], a["pack_voltage"], a["rotor_diameter"],
                                a["rotors"], a["air_density"], a["thrust_coefficient"],
                                a["loaded_rpm_fraction"])
    return thrust / ((a["empty_mass"] + a["battery_mass"] + a["payload_mass"]) * _G)


def _tip_mach(values: Mapping[str, np.ndarray]) -> np.ndarray:
    """Full-throttle (loaded) tip Mach number of the propellers."""
    a = unc.vehicle(values, True).as_arrays()
    tip = _tip_speed(_loaded_speed(a["motor_kv"], a["pack_voltage"], a["loaded_rpm_fraction"]),
                     a["rotor_diameter"])
    return tip / _speed_of_sound(np.asarray(values["air_temperature"], dtype=float))


def _drawn_where(ctx: _Context, *constraints: str) -> dict[str, np.ndarray]:
    """All drawn samples that satisfy the named constraints (others may fail)."""
    keep = np.ones(ctx.mc.drawn, dtype=bool)
    for name in constraints:
        keep &= ctx.mc.all_margins[name] > 0
    if keep.all():
        return dict(ctx.mc.all_values)
    return {k: v[keep] for k, v in ctx.mc.all_values.items()}


def _kv_figure(ctx: _Context) -> CaseFigure | None:
    return next((f for f in ctx.case.inputs.values() if f.field == "motor_kv"), None)


def _lift(ctx: _Context) -> list[Finding]:
    """The payload against full-throttle thrust, among machines otherwise buildable."""
    payload = next((f for f in ctx.case.inputs.values() if f.field == "payload_mass"), None)
    kv = _kv_figure(ctx)
    if payload is None or "motor_kv" not in ctx.inputs:
        return []
    values = _drawn_where(ctx, "empty_mass", "tip_mach")
    ratio = _thrust_to_weight(values)
    p = unc.probability(ratio >= values["control_thrust_ratio"])
    swings = unc.sensitivity(ctx.inputs, _thrust_to_weight)
    bound = unc.generous_bound(ctx.inputs, _thrust_to_weight, True, drivers=swings)
    verdict = judge(p, bound.value >= ctx.inputs["control_thrust_ratio"].low)
    est = unc.percentiles(ratio, _scaler(1.0), "")
    drivers = _effects(swings, 1.0, "")
    need = _range_text(ctx.inputs, "control_thrust_ratio")
    statement = (f"With {payload.text} aboard ({payload.id}), the motors"
                 f"{' (' + kv.id + ')' if kv else ''} give a full-throttle thrust-to-weight of "
                 f"{_band(est)} on the packs and propellers the assumptions allow; "
                 f"{_share(p, ratio.size)} keep the {need} needed for control.")
    ids = [payload.id] + ([kv.id] if kv else [])
    return [ctx.keep(Finding(
        ids, "lift", verdict, statement,
        Claimed(payload.text, *_ends(payload, "kg"), "kg", "point"), est,
        Value(bound.value, ""), p, drivers,
        _overturn_for(ctx.inputs, _thrust_to_weight, bound,
                      ctx.inputs["control_thrust_ratio"].high, drivers, verdict, True),
        f"with the {ctx.payload_text()} payload, full throttle, static",
        ["Thrust from the propulsion 'kv' ceiling: an upper estimate that assumes "
         "the motor holds its loaded speed with that propeller."] + _rotor_note(ctx),
        with_payload=True),
        ratio, 1.0)]


def _motor(ctx: _Context) -> list[Finding]:
    """Kv x pack voltage: RPM and propeller tip Mach over the assumed packs and propellers."""
    kv = _kv_figure(ctx)
    if kv is None or "motor_kv" not in ctx.inputs:
        return []
    values = _drawn_where(ctx, "empty_mass")
    machine = unc.vehicle(values, True).as_arrays()
    tip = _tip_speed(_loaded_speed(machine["motor_kv"], machine["pack_voltage"],
                                   machine["loaded_rpm_fraction"]), machine["rotor_diameter"])
    mach = tip / _speed_of_sound(np.asarray(values["air_temperature"], dtype=float))
    limit = TIP_MACH_LIMIT["value"]
    p = unc.probability(mach <= limit)
    swings = unc.sensitivity(ctx.inputs, _tip_mach)
    bound = unc.generous_bound(ctx.inputs, _tip_mach, False, drivers=swings)
    verdict = judge(p, bound.value <= limit)
    est = unc.percentiles(mach, _scaler(1.0), "")
    return [ctx.keep(Finding([kv.id], "motor", verdict,
                             _motor_sentence(ctx, kv, values, machine, tip, mach, p),
                             Claimed(_kv_claim_text(kv), *_ends(kv, "rpm/V"), "rpm/V",
                                     "point"), est,
                             Value(bound.value, ""), p, _effects(swings, 1.0, ""),
                             f"Packs and propellers whose full-throttle tip Mach stays at or "
                             f"below {limit:g} (a rule of thumb, propulsion.TIP_MACH_LIMIT)",
                             "full throttle, loaded speed, static",
                             _literal_voltage_note(kv) + _rotor_note(ctx)),
                     mach, 1.0)]


def _kv_claim_text(kv: CaseFigure) -> str:
    if kv.flag is not None and isinstance(kv.value, Figure):
        return f"{kv.text} (read as {_figure_text(kv.value)})"
    return kv.text


def _motor_sentence(ctx: _Context, kv: CaseFigure, values: Mapping[str, np.ndarray],
                    machine: Mapping[str, np.ndarray], tip: np.ndarray, mach: np.ndarray,
                    p: float) -> str:
    """``machine``: the samples' Vehicle arrays; ``tip`` [m/s] and ``mach``: full throttle."""
    voltage = machine["pack_voltage"]
    rpm = _no_load_speed(values["motor_kv"], voltage) * 60 / (2 * np.pi)
    kv_text = _figure_text(kv.value) if isinstance(kv.value, Figure) else kv.text
    written = f", written {kv.text!r}" if kv.flag else ""
    return (f"Read as {kv_text} ({kv.id}{written}), the motors turn "
            f"{_span(np.min(rpm), np.max(rpm))} rpm unloaded on the "
            f"{_span(np.min(voltage), np.max(voltage))} V packs assumed; with "
            f"{_propeller_text(ctx, machine)} propellers the full-throttle tip speed "
            f"is {_span(np.min(tip), np.max(tip))} m/s (Mach {_span(np.min(mach), np.max(mach))}"
            f"), and {_percent(p)} of the combinations stay at or below "
            f"Mach {TIP_MACH_LIMIT['value']:g}{_by_cells(values, mach)}.")


def _propeller_text(ctx: _Context, machine: Mapping[str, np.ndarray]) -> str:
    """The propeller diameters used: the stated or assumed range, else the derived p5-p95."""
    if "rotor_diameter" in ctx.inputs:
        return _range_text(ctx.inputs, "rotor_diameter")
    p5, p95 = (unc.display_value("rotor_diameter", x)
               for x in np.percentile(machine["rotor_diameter"], (5.0, 95.0)))
    return f"{_span(p5, p95)} in (p5-p95, from the calibrated disk-loading law)"


def _by_cells(values: Mapping[str, np.ndarray], mach: np.ndarray) -> str:
    """Share of combinations below the tip Mach limit at the fewest and the most cells."""
    if "cells" not in values or values["cells"].min() == values["cells"].max():
        return ""
    limit = TIP_MACH_LIMIT["value"]
    parts = []
    for cells in (values["cells"].min(), values["cells"].max()):
        at = values["cells"] == cells
        parts.append(f"{_percent(float(np.mean(mach[at] <= limit)))} on {cells:g}S")
    return " (" + ", ".join(parts) + ")"


def _literal_voltage_note(kv: CaseFigure) -> list[str]:
    if kv.flag is None or kv.figure is None:
        return []
    try:
        volts = kv.figure.low.m_as("V")
    except Exception:          # not a voltage as written: nothing to compare
        return []
    return [f"Taken literally, {kv.text} is {_num(volts)} V: {_num(volts / 22.2)} times a "
            "6S pack's 22.2 V and beyond any multirotor battery (3.7-100 V); the figure is "
            "garbled, and only its reading as a Kv rating is used."]


# --------------------------------------------------------------------------- radio

def _radio(ctx: _Context) -> list[Finding]:
    """A claimed flight range equal to a radio's advertised range: a coincidence to name."""
    described = ctx.case.described()
    if "radio_range" not in described or not isinstance(described["radio_range"].value, Figure):
        return []
    radio_km = _mid(described["radio_range"].value, "km")
    radio_fig = next((f for f in ctx.case.figures.values() if f.field == "radio"), None)
    out = []
    for fig in ctx.claims("range"):
        claim_km = _threshold(fig, "km")
        if abs(claim_km - radio_km) > COINCIDENCE * radio_km:
            continue
        ids = [fig.id] + ([radio_fig.id] if radio_fig else [])
        radio = f"the radio in {radio_fig.id} ({radio_fig.text})" if radio_fig else "the radio"
        out.append(Finding(
            ids, "radio", "needs-checking",
            f"The claimed {fig.text} range ({fig.id}) equals the {_num(radio_km)} km link range "
            f"that the maker of {radio} advertises: the figure may describe the radio, not the "
            "aircraft - a coincidence worth naming, not proof.",
            _claimed(fig, "km"), None, Value(radio_km, "km"), None, [],
            "A source for the range figure that is not the radio's specification.",
            f"advertised radio range ({described['radio_range'].source}): "
            f"{described['radio_range'].reason or ''}".strip()))
    return out
