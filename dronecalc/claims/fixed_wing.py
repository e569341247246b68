r"""Claims about fixed wings (electric and piston) and VTOL fixed wings (quadplanes,
tailsitters): the checks :func:`dronecalc.check` dispatches to for a case of one of those kinds
(the kinds seam, :mod:`dronecalc.physics.kinds`). They are one claim kind, ``fixed-wing``, in
the claim registry (:mod:`dronecalc.claims.registry`, ``vehicles`` = these kinds), so that the
claim contract names what an unjudged fixed-wing claim needs.

=================  ==========================================================================
check              what is compared
=================  ==========================================================================
``range``          a range or distance claim against the still-air one-way range at the
                   best-range C_L (a one-way attack drone flies its range, not a radius)
``range-at-speed`` a range claim flown at its own ``at_speed`` (a range: its best speed)
``endurance``      a flight-time claim against the Breguet / battery endurance
``endurance-at-    a flight-time claim flown at its own ``at_speed`` (a range: its best): the
speed``            condition makers state endurance at (docs/theory.md section 10)
``speed``          a top or cruise speed claim against the level-flight top speed the stated
                   engine power allows (only with an engine power)
``ceiling``        a ceiling claim against the service ceiling (100 ft/min), with an engine power
``payload``        a payload or warhead claim against the payload fractions of the real
                   aircraft of ``data/fixed_wing.toml`` at that take-off mass (a fleet
                   comparison, not physics: it says how unusual the claim is)
``kinematics``     a range and a flight-time claim together: the mean speed they imply against
                   the top speed (only with an engine power)
=================  ==========================================================================

Each range or flight-time claim has one verdict (the claim contract, :mod:`dronecalc.claims.
contract`): at its own ``at_speed`` when it states one, else at the best speed (a maximum), with
the claim flown at the case's cruise speed claim (never a top speed) as a note of that finding
(:func:`_as_stated`). ``kinematics`` is a cross-check of the claims against each other, not a
claim's verdict. Nor are the figures' cross-checks, reported first
(:func:`dronecalc.claims.crosscheck.without_physics`, issue #10): energy vs capacity x voltage,
voltage vs cells, take-off mass vs its parts, payload vs a stated maximum payload (the input and
each payload or warhead claim), fuel mass vs volume x density, and a range vs the speed it is
flown at (its ``at_speed``, else the cruise speed, else the top speed) x a flight-time claim.

Verdicts, thresholds and result types are those of :mod:`dronecalc.claims.checks`. This module
builds the inputs and the run and registers the claim kind; a claim's finding is assembled in
:mod:`dronecalc.claims.fixed_wing_findings`, the payload check in
:mod:`dronecalc.claims.fixed_wing_payload` (both re-exported here).
"""
from __future__ import annotations

import copy
import math
from typing import Any, Mapping

import numpy as np

from ..engine import fixed_wing as eng
from ..errors import DroneCalcError
from ..intake import airframes
from ..intake.airspeed import is_indicated
from ..intake.case import Case, CaseFigure
from ..intake.figures import Figure
from ..physics import fixed_wing as fw
from ..priors import fixed_wing as fwp, fixed_wing_jet as fwjp, fixed_wing_mass as fwm
from . import fixed_wing_inferred as fwi, fixed_wing_jet as fwj
from . import fixed_wing_engine as fwe, fixed_wing_feasible as fwf, fixed_wing_pack as fwk
from . import fixed_wing_conflict as fwc, fixed_wing_leg as fwl, fixed_wing_vtol_power as fwv
from . import fixed_wing_ceiling as fwce
from ..wording import num as _num
from .context import closed_bound, own_unit, unused_assumed, threshold as _threshold
from .contract import not_judged
from .crosscheck import fuel_density, without_physics
from .fixed_wing_kinematics import fold as _fold_kinematics, kinematics
from .fixed_wing_conditions import (claim_inputs, flown_at as _flown_at, refused as _refused,
                                    time_unit)
# the findings and the payload check (split out to keep this module within 700 lines;
# re-exported: claims.fixed_wing_leg and others import them from here)
from .fixed_wing_findings import (AT_SPEED, _as_stated, _capability, _loaded,  # noqa: F401
                                  _notes, _on_own, _open_top)
from .fixed_wing_payload import _payload
from .registry import ClaimKind, load_kinds, register
from .sources import figure_key
from .values import flies  # noqa: F401
from .results import (Assumed, CheckResult, EstimateResult, Finding, NotJudged,
                      Run, Samples)

#: Case parameter (``Case.described()`` key) -> (engine input, SI unit).
CASE_INPUTS = {"takeoff_mass": ("takeoff_mass", "kg"), "payload": ("payload", "kg"),
               "wingspan": ("wingspan", "m"), "wing_area": ("wing_area", "m^2"),
               "engine_power": ("engine_power", "W"), "fuel_mass": ("fuel_mass", "kg"),
               "energy": ("battery_energy", "J"), "altitude": ("altitude", "m"),
               "engine_thrust": ("thrust", "N"), "specific_energy": ("specific_energy", "J/kg")}
#: Cruise altitude when the case states none (ISA): judgement.
ALTITUDE = eng.Input("altitude", 0.0, 3000.0, "prior",
                     "judgement: sea level to 3,000 m, where small drones cruise")
#: Quantities of :func:`estimate`: key -> (scale from SI, display unit).
ESTIMATED = {"max_endurance": (3600.0, "h"), "max_range": (1000.0, "km"),
             "best_endurance_speed": (1 / 3.6, "km/h"), "best_range_speed": (1 / 3.6, "km/h"),
             "stall_speed": (1 / 3.6, "km/h"), "top_speed": (1 / 3.6, "km/h"),
             "ceiling": (1.0, "m"), "max_lift_to_drag": (1.0, "")}
#: The claim fields a case's cruise speed (the speed range-at-speed and endurance-at-speed fly
#: a claim at when it states no ``at_speed``) is read from: ``cruise_speed`` only.
CRUISE_FIELDS = ("cruise_speed",)
_DELTA_WORDS = ("delta", "delta-wing", "delta wing", "shahed-136", "shahed-131", "geran-2",
                "geran-1")
#: Flying wings are not deltas (aspect ratio about 6, priors.fixed_wing.FLYING_WING_PRIORS).
_FLYING_WING_WORDS = ("flying wing", "flying-wing", "skywalker x8", "deltaquad", "tailless")


# --------------------------------------------------------------------------- inputs

def _ends(value: Any, unit: str) -> tuple[float, float]:
    if not isinstance(value, Figure):
        raise DroneCalcError("not a figure", value=value)
    ends = [e.m_as(unit) for e in (value.low, value.high) if e is not None]
    return float(min(ends)), float(max(ends))


def _layout_words(case: Case, words) -> bool:
    texts = [f.text.lower() for f in case.figures.values() if f.field == "airframe"]
    texts.append((case.vehicle_class or "").lower())
    texts += [airframes.planform(t) or "" for t in texts]  # "Shahed 136": delta (type_names)
    return any(w in t for t in texts for w in words)


def _is_delta(case: Case) -> bool:
    # "deltaquad" is a flying wing, not a delta
    return _layout_words(case, _DELTA_WORDS) and not _layout_words(case, ("deltaquad",))


def describe_case(case: Case) -> dict[str, eng.Input]:
    """The engine inputs of a fixed-wing case: what it states, then the priors of its kind."""
    kind = case.kind
    described = case.described()
    out: dict[str, eng.Input] = {}
    for name, d in described.items():
        if name == "mass" and "takeoff_mass" not in described:
            name = "takeoff_mass"                   # no payload split stated: total mass
        if name in CASE_INPUTS and isinstance(d.value, Figure):
            key, unit = CASE_INPUTS[name]
            value, opened = closed_bound(name, d.value, kind)    # "up to 20 kg": a range
            lo, hi = _ends(value, unit)
            origin = "assumption" if d.source == "assumption" else "stated"
            out[key] = eng.Input(key, lo, hi, origin, (d.source if not d.reason
                                 else f"assumption: {d.reason}") + opened)
    mtow = _max_takeoff(case)
    if "takeoff_mass" not in out and mtow is not None:
        # only a maximum stated: flown at it, the mass makers state range and endurance at;
        # a lighter flight would go further (the assumptions list says so)
        lo, hi = _ends(mtow.value, "kg")
        out["takeoff_mass"] = eng.Input("takeoff_mass", lo, hi, "stated",
                                        f"{mtow.id}: the stated maximum take-off mass, flown "
                                        "at it (a lighter flight goes further)")
    fwk.complete(case, out, described)    # charge x voltage; a battery mass, or the budget's
    if kind != "fixed-wing-jet":          # a propeller's thrust falls with speed: unused
        out.pop("thrust", None)           # (said in every finding's notes; review 10)
    fwi.mass_from_payload(out)             # a news story's warhead and no mass: inferred
    fwi.mass_from_capacity(out, case.figures.values())   # or its stated maximum payload
    fwi.mass_from_span(out)                # or, wide, its stated wingspan (fw17)
    if "takeoff_mass" not in out:
        where = f" ({case.path})" if case.path else ""
        raise DroneCalcError(f"a fixed-wing case{where} needs its take-off mass",
                             field="takeoff_mass", value="none stated",
                             expected="a takeoff_mass figure (input) or [vehicle] mass")
    if "payload" not in out:
        # flown at zero, not a stated 0 kg (the reader sees "none stated", as for a multirotor)
        out["payload"] = eng.Input("payload", 0.0, 0.0, "prior", "no payload stated")
    if "mass" in described and "takeoff_mass" not in described:
        # [vehicle] mass is the take-off mass without payload: add the payload back
        tm, pay = out["takeoff_mass"], out["payload"]
        out["takeoff_mass"] = eng.Input("takeoff_mass", tm.low + pay.low, tm.high + pay.high,
                                        tm.origin, f"{tm.note} + payload")
    if kind == fwj.KIND:
        fwj.wingspan(out)                   # the jets' own span prior
    if "wingspan" not in out:
        law = fwp.fitted_relations()["span"]
        out["wingspan"] = eng.Input(
            "wingspan", float(law(out["takeoff_mass"].low, -1.645)),
            float(law(out["takeoff_mass"].high, 1.645)), "calibration",
            f"p5-p95 of b = {law.coefficient:.3g} m^{law.exponent:.3g} (scatter x"
            f"{math.exp(law.sigma_ln):.2f}), fitted on {law.n} aircraft of data/fixed_wing.toml")
    prior_set = fwjp.prior_set if kind == fwj.KIND else fwp.prior_set
    priors = prior_set(kind, delta=_is_delta(case),
                       flying_wing=_layout_words(case, _FLYING_WING_WORDS))
    for name, prior in priors.items():
        if name == "aspect_ratio" and "wing_area" in out:
            continue
        if kind in eng.FUEL_KINDS and name == "fuel_fraction" and (
                "fuel_mass" in out or "fuel_volume" in described):
            continue
        if kind in eng.BATTERY_KINDS and fwk.replaced(name, out):   # a stated battery
            continue
        out[name] = eng.Input(name, prior.low, prior.high,
                              "calibration" if name == "calibration_percentile" else "prior",
                              prior.source)
    if kind in eng.PISTON_KINDS:
        if "fuel_volume" in described and "fuel_mass" not in out:
            lo, hi = _ends(described["fuel_volume"].value, "m^3")
            fuel = _fuel_density(described)
            out["fuel_mass"] = eng.Input("fuel_mass", lo * fuel["range"][0],
                                         hi * fuel["range"][1], "stated",
                                         f"{described['fuel_volume'].source} x density "
                                         f"({fuel['source']})")
        power = 0.5 * (out["engine_power"].low + out["engine_power"].high) \
            if "engine_power" in out else None
        if power is None:
            lo, hi, src = fwp.bsfc_for_mass(out["takeoff_mass"].low, out["takeoff_mass"].high)
        else:
            lo, hi, src = fwp.bsfc_range(power)
        out["bsfc"] = eng.Input("bsfc", lo, hi, "prior", src)
        if fwe.turbo_stated(kind, described):
            crit = fwp.TURBO_CRITICAL_ALTITUDE_PRIOR
            out["critical_altitude"] = eng.Input("critical_altitude", crit.low, crit.high,
                                                 "prior", crit.source)
    if kind == fwj.KIND:
        fwj.complete(out, described)        # TSFC, thrust, jet fuel, the jet's altitude
    if "altitude" not in out:
        out["altitude"] = ALTITUDE
    stall = stated_stall(case)
    if stall is not None:
        lo, hi, text = stall
        tol, why = eng.STALL_TOLERANCE, "engine.fixed_wing.STALL_TOLERANCE, a judgement"
        out["stall_speed_low"] = eng.Input("stall_speed_low", lo * (1 - tol), lo * (1 - tol),
                                           "stated", f"stated stall speed {text} less "
                                           f"{_num(100 * tol)} % ({why})")
        out["stall_speed_high"] = eng.Input("stall_speed_high", hi * (1 + tol), hi * (1 + tol),
                                            "stated", f"stated stall speed {text} plus "
                                            f"{_num(100 * tol)} % ({why})")
    fwi.complete(kind, out, stall, case.claims.values())   # inferred power; C_L,max
    fwv.complete(kind, out, case.claims.values())   # a VTOL's inferred power available
    fwe.complete(kind, out, described, case.figures.values())  # aspiration; ceiling's weight
    return out


def stated_stall(case: Case) -> tuple[float, float, str] | None:
    """A stated ``stall_speed`` (input or context figure): (low, high [m/s], its text), or
    None. It conditions the draws (:data:`dronecalc.engine.fixed_wing.CONSTRAINTS`)."""
    for fig in case.figures.values():
        if fig.field == "stall_speed" and fig.role in ("input", "context") \
                and isinstance(fig.value, Figure):
            lo, hi = _ends(fig.value, "m/s")
            return lo, hi, f"{fig.text} ({fig.id})"
    return None


_fuel_density = fuel_density       # the fuel type's density row (claims.crosscheck)


# --------------------------------------------------------------------------- the run

class FixedWingSamples(Samples):
    """The Monte Carlo behind a fixed-wing :class:`CheckResult`: ``checks.Samples`` with the
    vehicle kind, which the report reads to leave out the multirotor pictures."""

    kind = "fixed-wing"


class _Run:
    def __init__(self, case: Case, samples: int, seed: int) -> None:
        self.case, self.seed = case, seed
        # the speed a range or endurance is flown at: a cruise speed only. A top speed is
        # the most the machine can do, never the speed a maker's endurance or range is
        # flown at, and a plain ``speed`` is a leg's speed (docs/case-format.md), not the
        # cruise; a claim's own ``at_speed`` wins over this (:meth:`speed_of`)
        speeds = [f for f in case.claims.values() if f.field in CRUISE_FIELDS]
        self.cruise_figure = speeds[0] if speeds else None
        self.cruise = _threshold(speeds[0], "m/s") if speeds else None
        self.stated_stall = stated_stall(case)
        # kept indicated by the intake (no altitude stated): converted per sampled altitude
        self.cruise_indicated = bool(speeds) and is_indicated(
            getattr(speeds[0].value, "text", None))
        self.inputs, self.mc, self.conflict, self.set_aside = fwc.build(   # or one set aside
            case, describe_case, samples, seed, self.cruise)
        self.results: dict = {}
        self.samples = samples
        described = case.described()
        #: how a claim's own payload is flown (:func:`claim_inputs`)
        self.mass_without_payload = "mass" in described and "takeoff_mass" not in described
        self.payload_stated = "payload" in described
        self.conditions: tuple = ()          # the claim conditions this run flies
        self._claim_runs: dict = {}

    def for_claim(self, fig: CaseFigure) -> "_Run":
        """The run a claim is judged on: this one, or, when the claim states its own payload,
        altitude, reserve or headwind, a run of the same seed on :func:`claim_inputs` (one per
        distinct set of conditions, shared by the claims that state the same)."""
        inputs, conditions = claim_inputs(self, fig)
        if not conditions:
            return self
        key = tuple((n, i.low, i.high) for n, i in inputs.items())
        if key not in self._claim_runs:     # one Monte Carlo per set of conditions
            self._claim_runs[key] = eng.monte_carlo(inputs, self.case.kind, self.samples,
                                                    self.seed, self.cruise)
        other = copy.copy(self)              # shares results, case and the cruise speed
        other.inputs, other.conditions = inputs, conditions   # in this claim's words
        other.mc, other._claim_runs = self._claim_runs[key], {}
        return other

    def speed_of(self, fig: CaseFigure) -> tuple[float | None, str, bool]:
        """The airspeed [m/s] a range or flight-time claim is flown at, how to name it, and
        whether it is an indicated airspeed the engine converts at each sampled altitude
        (stated in kias or kcas where no altitude is stated, so the intake kept it indicated):
        the claim's own ``at_speed`` (a range's best, ``flown_at``), else the case's cruise
        speed, else None."""
        if fig.at_speed is not None:        # a range: flown at its best speed
            return _flown_at(self.mc, fig, _loaded(self, fig))
        if self.cruise is not None:      # in the source's unit too ("81-92 kn": review 10)
            kmh = f"{_num(self.cruise * 3.6)} km/h"
            text = self.cruise_figure.text
            named = kmh if "km/h" in text.lower() else f"{text} ({kmh})"
            return (self.cruise, f"{named}{' indicated' if self.cruise_indicated else ''} "
                    f"({self.cruise_figure.id})", self.cruise_indicated)
        return None, "", False

    def perf(self) -> dict[str, np.ndarray]:
        return self.mc.performance()

    def claims(self, *fields: str) -> list[CaseFigure]:
        return [f for f in self.case.claims.values() if f.field in fields]

    def keep(self, finding: Finding, values: np.ndarray, scale: float) -> Finding:
        unit = finding.estimate.unit if finding.estimate is not None else ""
        self.results[(finding.check, tuple(finding.claims))] = (values, scale, unit)
        return finding


def check(case: Case, samples: int = eng.DEFAULT_SAMPLES, seed: int = 0) -> CheckResult:
    """Test every claim of a fixed-wing case (the table of the module docstring).

    Same parameters, result type and verdict rules as :func:`dronecalc.check` (which sets
    aside a claim of zero first, :mod:`dronecalc.claims.values`).
    """
    if not _states_mass(case):
        return _unweighed(case, seed)
    run = _Run(case, samples, seed)
    findings = without_physics(case, "fixed-wing") + run.conflict   # cross-checks first
    for kind in load_kinds(case.kind):
        findings += kind.evaluate(run)
    return CheckResult(_case_info(case), _fold_kinematics(findings, run), list(case.flags),
                       fwf.assumed(_assumed(run.inputs, case), run.perf()),
                       _run_info(run), FixedWingSamples(run.inputs, run.mc, run.results),
                       _refused(case, not_judged(case, findings), run.inputs), figure_key(case))


def _max_takeoff(case: Case):
    """The case's stated maximum take-off mass (an input figure), if it states no take-off
    mass and no mass without payload; else None."""
    if any(f.role == "input" and f.field in ("takeoff_mass", "mass")
           for f in case.figures.values()):
        return None
    return next((f for f in case.figures.values() if f.field == "max_takeoff_mass"
                 and f.role == "input" and isinstance(f.value, Figure)), None)


def _states_mass(case: Case) -> bool:
    """Whether the case states the take-off mass (or the mass without payload, or only its
    maximum take-off mass, which it is then flown at), or a payload or maximum payload that
    the mass is inferred from, or a wingspan (fw17)."""
    described = case.described()
    return any(name in described and isinstance(described[name].value, Figure)
               for name in ("takeoff_mass", "mass", "payload", "wingspan")) \
        or _max_takeoff(case) is not None \
        or any(fwi.is_capacity(f) for f in case.figures.values())  # the mass inferred from it


def _unweighed(case: Case, seed: int) -> CheckResult:
    """A fixed-wing case without its mass: no machine can be built, so every claim is "not
    judged" with what would let it be (the claim contract), instead of stopping the check."""
    missing = [NotJudged(fig.id, fig.field, fig.text,
                         "a fixed-wing claim is judged at the machine's take-off mass, which "
                         "the case does not state",
                         "a takeoff_mass figure (role = \"input\") or [vehicle] mass; the "
                         "other stated figures are used as they are")
               for fig in case.claims.values()]
    return CheckResult(_case_info(case), without_physics(case, "fixed-wing"), list(case.flags),
                       [], Run(0, 0, seed, {}), None, missing, figure_key(case))


def _evaluate(run: _Run) -> list[Finding]:
    """Every fixed-wing finding of one run (the ``fixed-wing`` claim kind)."""
    findings: list[Finding] = []
    for fig in fwl.unpaired(run, "range", "distance"):   # at_speed 0: values; legs: fwl
        findings.append(_on_own(run, fig, _as_stated, "range",
                                *own_unit(fig, "m", (1000.0, "km")),
                                "one-way range" if fig.headwind is not None
                                else "one-way still-air range"))
    for fig in fwl.unpaired(run, "flight_time"):
        if fig.mode == "hover":
            if run.case.kind in eng.VTOL_KINDS:
                # check "endurance", as a multirotor's hover time: the key, the noun and
                # the condition line say it is the hover on the lift rotors
                findings.append(_on_own(run, fig, _capability, "hover_endurance",
                                        "endurance", *time_unit(fig),
                                        "hover endurance on the lift rotors"))
            continue                        # a plain fixed wing: not judged (_refused)
        findings.append(_on_own(run, fig, _as_stated, "endurance", *time_unit(fig),
                                "endurance"))
    if "engine_power" in run.inputs or "thrust" in run.inputs:
        for fig in run.claims("speed", "cruise_speed", "top_speed"):
            # kept indicated by the intake (no altitude stated): compared as indicated
            ias = is_indicated(getattr(fig.value, "text", None))
            findings.append(_on_own(run, fig, _capability,
                                    "top_speed_indicated" if ias else "top_speed", "speed",
                                    *own_unit(fig, "m/s", (1 / 3.6, "km/h")),
                                    "level-flight top speed" + (
                                        " as indicated at the sampled altitudes" if ias
                                        else "")))
        for fig in run.claims("service_ceiling"):
            if _threshold(fig, "m") > fw.CEILING_TOP and _open_top(run, fig):
                continue                    # not judged: above the model's atmosphere (_refused)
            findings.append(fwce.judged(run.inputs, _capability(   # an inferred power: its rule
                run, fig, "ceiling", "ceiling", *own_unit(fig, "height", (1.0, "m")),
                "service ceiling")))
    if not fwm.is_inferred(run.inputs["takeoff_mass"]):   # else circular: not judged
        for fig in run.claims("payload_mass", "warhead_mass", "max_payload"):
            findings.append(_payload(run, fig))         # makers' payloads are their maxima
    findings += fwl.legs(run) + kinematics(run)    # a distance in a time: one leg
    return findings


def estimate(case: Case, samples: int = eng.DEFAULT_SAMPLES, seed: int = 0) -> EstimateResult:
    """Percentiles of endurance, range, speeds, ceiling and L/D of a fixed-wing case."""
    run, perf = (r := _Run(case, samples, seed)), fwc.refuse_estimate(r) or r.perf()
    # a calibrated cruise scales eta L/D whole: the polar's L/D (held) is no figure of it (ux7)
    held = getattr(run.inputs.get("calibration_percentile"), "origin", "") == "calibration"
    table = {key: eng.estimate(perf[key], scale, unit) for key, (scale, unit) in ESTIMATED.items()
             if np.isfinite(perf[key]).any() and not (held and key == "max_lift_to_drag")}
    payload = run.inputs["payload"]
    return EstimateResult(_case_info(case), table, None, 0.5 * (payload.low + payload.high),
                          fwf.assumed(_assumed(run.inputs, case), perf), _run_info(run))


def _case_info(case: Case) -> dict[str, str | None]:
    return {"title": case.title, "source": case.source, "url": case.url, "path": case.path,
            "vehicle_class": case.kind, "vehicle_kind": case.kind}


def _run_info(run: _Run) -> Run:
    return Run(run.mc.drawn, run.mc.size, run.seed, dict(run.mc.rejected))


def _assumed(inputs: Mapping[str, eng.Input], case: Case | None = None) -> list[Assumed]:
    out = []
    for name, inp in inputs.items():
        low, high, unit = inp.display()
        out.append(Assumed(name, low, high, unit, inp.origin, inp.note))
    return out + (unused_assumed(case) if case is not None else [])       # ux9


def kinds_checked() -> tuple[str, ...]:
    """The vehicle kinds this module checks end to end."""
    return ("fixed-wing-electric", "fixed-wing-piston") + eng.VTOL_KINDS


assert set(kinds_checked()) <= set(airframes.KINDS)
#: The fixed-wing claims in the claim registry: one kind, the checks of the table above.
FIXED_WING = register(ClaimKind(
    "fixed-wing", ("range", "distance", "flight_time", "speed", "cruise_speed", "top_speed",
                   "service_ceiling", "payload_mass", "warhead_mass", "max_payload"),
    "an engine power figure (field engine_power, role = \"input\"; for an electric aircraft "
    "its motors' maximum power): top speed and ceiling claims are judged against the power "
    "available", _evaluate, 10.0,
    kinds_checked()))
