r"""Claims against physics and against each other: the entry points :func:`check` and
:func:`estimate`.

:func:`check` takes a :class:`~dronecalc.intake.case.Case`, turns what it states (plus the
class priors for what it does not) into distributions, runs one Monte Carlo over the machines
those allow (:mod:`dronecalc.engine.uncertainty`) and runs every registered claim kind
(:mod:`dronecalc.claims.registry`, one module each in :mod:`dronecalc.claims.kinds`) on it.
The verdict rules are in :mod:`dronecalc.claims.verdict`, the result types in
:mod:`dronecalc.claims.results`.

The names that lived here before the split (``Finding``, ``CheckResult``, ``judge``,
``describe_case`` ...) are still importable from this module.
"""
from __future__ import annotations


from ..engine import limits, uncertainty as unc
from ..errors import BeyondModelError, InputValueError
from ..intake.case import Case
from .context import CASE_INPUTS, Context, assumed, case_info, describe_case, scaler, \
    vehicle_class
from . import leg_refusals, open_bounds, outsized, plants, reach, stated_plant, unmodelled, \
    unsized
from .values import restore, set_aside
from .contract import not_judged
from .kinds import payload as payload_kind
from .explain import TOP_DRIVERS
from .sources import figure_key
from .registry import CLAIM_KINDS, ClaimKind, load_kinds, lookup, register
from .results import Assumed, CheckResult, Claimed, Effect, EstimateResult, Finding, \
    NotJudged, Run, Samples, Value
from .verdict import THRESHOLDS, VERDICTS, assess, judge

__all__ = ["check", "estimate", "load_machine", "validate", "ESTIMATED", "CASE_INPUTS", "Context",
           "describe_case", "vehicle_class", "TOP_DRIVERS", "CLAIM_KINDS", "ClaimKind",
           "register", "lookup", "Assumed", "CheckResult", "Claimed", "Effect",
           "EstimateResult", "Finding", "NotJudged", "Run", "Samples", "Value", "THRESHOLDS",
           "VERDICTS", "assess", "judge"]


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
        Each claim is judged by exactly one finding (``verdicts``; cross-check findings
        compare figures and are no verdict) or listed once in ``not_judged`` with why
        (:mod:`dronecalc.claims.contract`), also when no vehicle kind models the case
        (:mod:`dronecalc.claims.unmodelled`: no Monte Carlo, ``run`` 0 samples).

    Raises
    ------
    InputValueError
        ``case`` not a Case, ``samples`` not a whole number in [1, ``limits.MAX_SAMPLES``] or
        ``seed`` not a whole number >= 0 (:mod:`dronecalc.engine.limits`).

    Notes
    -----
    A flight-time, hover-time, range or distance claim of zero ("0 min") is one "not judged" entry
    saying why, for every kind, and the rest of the case is judged without it
    (:mod:`dronecalc.claims.values`).
    """
    samples, seed = _run_arguments(case, samples, seed)
    judged, void = set_aside(case)      # claims of zero: "not judged", the rest judged
    return open_bounds.annotate(restore(_check(judged, samples, seed), case, void), case)


def _check(case: Case, samples: int, seed: int) -> CheckResult:
    if plants.unstated(case):           # a fixed wing of unstated plant: judged under each
        return plants.check(case, samples, seed, _check)
    why = unmodelled.refusal(case)
    if why is not None:                 # read, but no kind models it: every claim not judged
        return unmodelled.check(case, why, seed)
    other = _other_kind(case)
    try:
        if other is not None:
            reach.check_inputs(case)    # a wing's stated input 10x past the sourced range
            return other.check(case, samples, seed)
        ctx = Context.build(case, samples, seed)
    except BeyondModelError as exc:     # read, but past the model's range: not judged (ux9)
        return unmodelled.check(case, unmodelled.beyond(exc, case.kind), seed)
    findings = []
    for kind in load_kinds():
        findings += kind.evaluate(ctx)
    findings, void = outsized.set_apart(case, findings, ctx)    # on another machine (ux9)
    findings = unsized.annotate(findings, ctx)      # judged on the class prior's machine
    entries = outsized.refine(payload_kind.refine(not_judged(case, findings), ctx), void)
    entries = leg_refusals.refine(entries, ctx)     # a statement's own legs, not a kind's list
    return CheckResult(case_info(case), findings, list(case.flags),
                       assumed(ctx.inputs, ctx.mc, ctx.derived()), ctx.run(),
                       Samples(ctx.inputs, ctx.mc, ctx.results, ctx.legs),
                       entries, figure_key(case))


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

    Raises
    ------
    InputValueError
        As for :func:`check`.
    ModelError
        No vehicle kind models the case (:mod:`dronecalc.claims.unmodelled`): the reason,
        what would settle it and the kinds.
    """
    samples, seed = _run_arguments(case, samples, seed)
    why = unmodelled.refusal(case) or stated_plant.refusal(case) or plants.refusal(case)
    if why is not None:
        unmodelled.refuse_estimate(why)
    other = _other_kind(case)
    if other is not None:
        reach.check_inputs(case)        # past the wing models' reach: nothing to estimate
        return other.estimate(case, samples, seed)
    try:
        ctx = Context.build(case, samples, seed, set_aside=False)
    except InputValueError as exc:
        _name_the_conflict(case, samples, seed, exc)
        raise
    payload = ctx.inputs["payload"]
    conditions = [True, False] if payload.high > 0 else [True]
    tables = [{key: unc.percentiles(ctx.mc.performance(cond)[key], scaler(scale), unit)
               for key, (scale, unit) in ESTIMATED.items()} for cond in conditions]
    return EstimateResult(case_info(case), tables[0], tables[1] if len(tables) > 1 else None,
                          0.5 * (payload.low + payload.high),
                          assumed(ctx.inputs, ctx.mc, ctx.derived()), ctx.run())


def _name_the_conflict(case: Case, samples: int, seed: int, exc: InputValueError) -> None:
    """``estimate`` stops when the stated inputs leave no buildable machine (it has no
    finding to say it in): raise instead the error that names the stated figure ``check``
    would set aside and what it broke, with the fix; return when no one figure explains it
    (``exc`` then stands)."""
    if "no sampled machine" not in str(exc):
        return
    try:
        conflict = Context.build(case, samples, seed).checked
    except InputValueError:
        return
    found = next((f for f in conflict if f.check == "conflict"), None)
    if found is None:
        return
    from .set_aside import stated_where
    why = found.statement.split(": ", 1)[-1].split(" The other claims", 1)[0].rstrip(".")
    text = next((getattr(d.value, "text", str(d.value)) for name, d in case.described().items()
                 if stated_where(name, d.source) == found.claims[0]), None)
    raise InputValueError(
        f"the stated inputs leave no buildable machine: {why}", field=found.claims[0],
        value=text, expected="a figure that fits the others: correct or remove it (dronecalc "
        "check judges the claims with it set aside and says so in a conflict finding)"
    ) from exc


# --------------------------------------------------------------------------- the case

def _other_kind(case: Case):
    """The claims module of a non-multirotor case, None for a multirotor.

    The seam of :mod:`dronecalc.physics.kinds` and :data:`.registry.VEHICLE_CHECKS`: a case
    whose kind is not known, or known but not modelled end to end, is refused; it is never run
    as a multirotor.
    """
    import importlib

    from ..errors import DroneCalcError
    from ..intake.airframes import kinds_text
    from . import registry
    if case.kind is None:       # a Case built by hand: load_case's cases take unmodelled's path
        if case.kind_note:          # the airframe's own problem: its field, value and the kinds
            raise DroneCalcError("cannot tell the vehicle kind: " + case.kind_note,
                                 field="case.vehicle_kind")
        where = f" of {case.path}" if case.path else ""
        raise DroneCalcError(
            f"cannot tell the vehicle kind{where}: no airframe word, vehicle_class or rotor "
            "figure names it", field="case.vehicle_kind", value="none stated",
            expected="an airframe figure ('quadcopter', 'flying wing', 'quadplane' ...) or "
                     "[case] vehicle_kind, one of: " + kinds_text())
    kind = registry.require_modelled(case.kind)
    return (None if kind.name == "multirotor" else
            importlib.import_module(registry.VEHICLE_CHECKS[kind.name]))


def load_machine(path: str) -> Case:
    """Load a case file, or a bare machine description without a ``[case]`` table.

    ADAPTER (owned here, not in :mod:`dronecalc.intake.case`): :func:`~dronecalc.load_case`
    requires ``[case] title`` and ``source``, while ``dronecalc estimate`` also accepts a
    file holding only ``[vehicle]`` and ``[battery]``. Such a file is loaded with a
    ``[case]`` table added in memory (title: the file name; source: "machine
    description"), so every entry is validated by the case layer as usual.
    """
    from pathlib import Path

    from ..intake.case import case_from_data, load_toml

    data = load_toml(path)                      # read from memory: no copy of user input
    if "case" not in data:
        data = {**data, "case": {"title": Path(path).name, "source": "machine description"}}
    return case_from_data(data, str(path))


def validate(case: Case) -> unmodelled.Refusal | None:
    """Raise what :func:`check` raises on reading a case's inputs, before any Monte Carlo
    (``dronecalc case``, so that the two commands refuse alike: issue 10; an open bound past a
    field's end as an input, two alternatives for one quantity), and return why :func:`check`
    would judge no claim of a machine past the model's reach (its "not judged" reason, no
    error), else None. A wing-borne kind's inputs are tested against the same reach as in
    :func:`check` (:func:`reach.check_inputs`: issue 13, ``case`` had listed a 1e9 m wingspan
    as merely out of range while ``check`` judged no claim); their other inputs are read by
    the wing checks themselves."""
    if plants.unstated(case) or unmodelled.refusal(case):
        return None
    try:
        if case.kind != "multirotor":
            if _other_kind(case) is not None:
                reach.check_inputs(case)
        else:
            describe_case(case)
    except BeyondModelError as exc:
        return unmodelled.beyond(exc, case.kind)
    return None


def _run_arguments(case: Case, samples, seed) -> tuple[int, int]:
    """The public entry points' arguments, validated as the command line validates them."""
    if not isinstance(case, Case):
        raise InputValueError("not a Case", field="case", value=type(case).__name__,
                              expected="a Case from dronecalc.load_case(path)")
    return limits.check_samples(samples), limits.check_seed(seed)
