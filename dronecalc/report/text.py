"""Rendering of check and estimate results: text for a terminal, JSON for machines.

No physics here: every number comes computed from :mod:`dronecalc.claims`; this module only
rounds, orders and lays it out, numbers through :mod:`dronecalc.wording` (the formatter of
every output). Both start from the plain summary (:func:`dronecalc.report.verdicts.summary`)
and carry the key to every figure id with the source's quote. JSON output has a fixed key
order and floats rounded to four significant figures, so the same seed gives byte-identical
output.
"""
from __future__ import annotations

import json
import math
import re
import textwrap
from typing import Any

from ..claims.checks import CheckResult, EstimateResult, Finding
from ..errors import InputValueError
from ..intake.fields import Flag
from ..engine.uncertainty import Estimate
from ..wording import assumption, clock, measured, num as _num, percent as _percent
from . import glossary, plain, shared_notes, verdicts
from .blocks import hold_figures
from .quotes import language_note

#: Significant figures kept for floats in JSON.
SIGNIFICANT = 4
#: Text report width [characters].
WIDTH = 100
_LABELS = {"consistent": "CONSISTENT", "needs-checking": "NEEDS CHECKING",
           "implausible": "IMPLAUSIBLE"}
_ESTIMATE_ROWS = (("hover_endurance", "hover endurance"), ("max_endurance", "max endurance"),
                  ("max_range", "max range"), ("best_endurance_speed", "best endurance speed"),
                  ("best_range_speed", "best range speed"), ("hover_power", "hover power"),
                  ("takeoff_mass", "take-off mass"))


# --------------------------------------------------------------------------- arguments

_NEEDS = {"check": (CheckResult, ("case", "run", "findings")),
          "estimate": (EstimateResult, ("case", "run", "with_payload"))}
_RENDERERS = {"check": "format_check, check_json or write_report",
              "estimate": "format_estimate or estimate_json"}


def require_result(result: Any, kind: str) -> None:
    """Refuse, with the library's error, anything but what ``dronecalc.<kind>`` returns
    (``"check"`` or ``"estimate"``), where an AttributeError would have surfaced; an
    estimate given to a check's renderer (or the other way round) is told which one fits."""
    cls, attrs = _NEEDS[kind]
    if isinstance(result, cls) or all(hasattr(result, a) for a in attrs):
        return
    other = next((k for k, (c, _) in _NEEDS.items() if k != kind and isinstance(result, c)),
                 None)
    hint = (f"; a result of dronecalc.{other} is rendered with {_RENDERERS[other]}"
            if other else "")
    raise InputValueError(f"not the result of dronecalc.{kind}", field="result",
                          value=type(result).__name__,
                          expected=f"what dronecalc.{kind}(case) returns{hint}")


def thin_run(run) -> str | None:
    """The warning a check resting on too few kept machines carries in its own output (the
    command line also says it on standard error), so that a forwarded report says it too."""
    from ..engine.limits import thin_run_warning
    warning = thin_run_warning(run.kept, run.drawn) if run.drawn else None
    return f"Warning: {warning}." if warning else None


# --------------------------------------------------------------------------- numbers

def rounded(value: Any) -> Any:
    """A float to :data:`SIGNIFICANT` significant figures; NaN and infinities to None."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    value = float(value)
    if not math.isfinite(value):
        return None
    if value == 0.0:
        return 0.0
    digits = SIGNIFICANT - 1 - int(math.floor(math.log10(abs(value))))
    return float(round(value, digits))


def _unit(unit: str) -> str:
    return f" {unit}" if unit else ""


# --------------------------------------------------------------------------- JSON

def estimate_dict(est: Estimate | None) -> dict | None:
    """``{p5, p50, p95, unit}``."""
    if est is None:
        return None
    return {"p5": rounded(est.p5), "p50": rounded(est.p50), "p95": rounded(est.p95),
            "unit": est.unit}


def finding_dict(f: Finding) -> dict:
    """One finding as a JSON-ready dict, keys in a fixed order."""
    claimed = None if f.claimed is None else {
        "text": f.claimed.text, "kind": f.claimed.kind, "value": rounded(f.claimed.value),
        "low": rounded(f.claimed.low), "high": rounded(f.claimed.high), "unit": f.claimed.unit}
    bound = None if f.generous_bound is None else {
        "value": rounded(f.generous_bound.value), "unit": f.generous_bound.unit}
    return {
        "claims": list(f.claims), "check": f.check, "verdict": f.verdict,
        "statement": f.statement, "claimed": claimed, "estimate": estimate_dict(f.estimate),
        "generous_bound": bound,
        "probability": None if f.probability is None else round(float(f.probability), 4),
        "drivers": [{"assumption": d.assumption, "low": rounded(d.low),
                     "high": rounded(d.high), "unit": d.unit,
                     "result_at_low": rounded(d.result_at_low),
                     "result_at_high": rounded(d.result_at_high),
                     "result_unit": d.result_unit} for d in f.drivers],
        "overturn": f.overturn, "condition": f.condition, "notes": list(f.notes),
    } | ({"readings": [reading_dict(r) for r in f.readings]} if f.readings else {})


def reading_dict(r) -> dict:
    """One reading of a folded finding (:mod:`dronecalc.claims.plants`): the kind it was judged
    as, the plant in words, its verdict (or "not-judged") and its own finding, or why not."""
    return {"kind": r.kind, "plant": r.label, "verdict": r.verdict,
            "finding": None if r.finding is None else finding_dict(r.finding),
            "reason": r.reason, "needs": r.needs, "unbuildable": r.unbuildable}


def flag_dict(flag: Flag) -> dict:
    """A flagged figure with its ranked reinterpretations."""
    return {"id": flag.id, "field": flag.field, "text": flag.text, "problem": flag.problem,
            "message": flag.message,
            "reinterpretations": [{"value": _figure_text(r.figure), "reason": r.reason,
                                   "score": rounded(r.score)}
                                  for r in flag.reinterpretations]}


def _figure_text(figure) -> str:
    ends = [e for e in (figure.low, figure.high) if e is not None]
    if figure.kind == "range":
        return f"{ends[0].magnitude:g}-{ends[1].magnitude:g} {ends[1].units:~P}"
    unit = f"{ends[0].units:~P}"                 # 490 s as minutes: "8 min 10 s"
    return clock(ends[0].magnitude, unit) or f"{ends[0].magnitude:g} {unit}"


def _run_dict(run) -> dict:
    return {"samples_drawn": run.drawn, "samples_kept": run.kept, "seed": run.seed,
            "rejected": dict(sorted(run.rejected.items()))}


def _assumptions(items) -> list[dict]:
    return [{"name": a.name, "low": rounded(a.low), "high": rounded(a.high), "unit": a.unit,
             "origin": a.origin, "note": a.note} for a in items]


def figure_dict(ref) -> dict:
    """One figure of the case: id, field, role, text as written, the source's quote, note,
    and its reading when flagged."""
    return {"id": ref.id, "field": ref.field, "role": ref.role, "text": ref.text,
            "quote": ref.quote, "note": ref.note, "reading": ref.reading}


def check_dict(result: CheckResult) -> dict:
    """The JSON document of a check: case, run, findings, flags, assumptions; ``verdicts``
    (every claim's one verdict, :func:`verdicts_list`); ``not_judged`` (claims no finding
    judges, with why) when there are any; then the key to the figure ids (with the source's
    quotes) and the plain summary."""
    out = {"case": dict(result.case), "run": _run_dict(result.run),
           "findings": [finding_dict(f) for f in result.findings],
           "flags": [flag_dict(f) for f in result.flags],
           "assumptions": _assumptions(result.assumptions),
           "verdicts": verdicts_list(result)}
    unjudged = getattr(result, "not_judged", [])
    if unjudged:
        out["not_judged"] = [{"claim": n.claim, "field": n.field, "text": n.text,
                              "reason": n.reason, "needs": n.needs} for n in unjudged]
    out["figures"] = [figure_dict(r) for r in getattr(result, "figures", [])]
    language = language_note(result)
    if language:                        # quotes a reader of English cannot check
        out["quotes_note"] = language
    out["summary"] = verdicts.summary(result)
    return out


def verdicts_list(result: CheckResult) -> list[dict]:
    """Each claim of the case (file order) with its one verdict, the claim contract made
    explicit (:mod:`dronecalc.claims.contract`): ``claim``, ``field``, ``text``, ``verdict``
    (``consistent`` / ``needs-checking`` / ``implausible``, or ``not-judged``), ``finding``
    (the index in ``findings`` of the finding that carries it; None when not judged, the
    reason then in ``not_judged``) and that finding's ``check``."""
    judged = result.verdicts
    index = {id(f): i for i, f in enumerate(result.findings)}
    out = []
    for ref in getattr(result, "figures", []):
        if ref.role != "claim":
            continue
        found = judged.get(ref.id)
        out.append({"claim": ref.id, "field": ref.field, "text": ref.text,
                    "verdict": found.verdict if found is not None else "not-judged",
                    "finding": index[id(found)] if found is not None else None,
                    "check": found.check if found is not None else None})
    return out


def estimate_document(result: EstimateResult) -> dict:
    """The JSON document of an estimate: quantities with the payload, then without."""
    out = {"case": dict(result.case), "run": _run_dict(result.run),
           "payload": {"value": rounded(result.payload), "unit": "kg"}}
    rows = _estimate_rows(result.with_payload)
    for key, _ in rows:
        out[key] = estimate_dict(result.with_payload[key])
    out["without_payload"] = None if result.without_payload is None else {
        key: estimate_dict(result.without_payload[key]) for key, _ in rows}
    out["assumptions"] = _assumptions(result.assumptions)
    return out


def _estimate_rows(table) -> list[tuple[str, str]]:
    """The rows an estimate holds: the multirotor rows in their order, then any other kind's
    (a fixed wing has no hover rows)."""
    known = dict(_ESTIMATE_ROWS)
    return [(k, l) for k, l in _ESTIMATE_ROWS if k in table] + \
        [(k, k.replace("_", " ")) for k in table if k not in known]


def to_json(document: dict) -> str:
    """Serialise with a fixed layout (two-space indent, UTF-8 text, trailing newline)."""
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def check_json(result: CheckResult) -> str:
    """:func:`check_dict` as JSON text."""
    require_result(result, "check")
    return to_json(check_dict(result))


def estimate_json(result: EstimateResult) -> str:
    """:func:`estimate_document` as JSON text."""
    require_result(result, "estimate")
    return to_json(estimate_document(result))


# --------------------------------------------------------------------------- text

def _wrap(text: str, indent: str = "  ") -> list[str]:
    """Wrapped lines; a number never parts from its unit or a following "%", nor a range's
    ends from each other ("-5 to 5"): each figure is kept as one word (as the HTML and Markdown
    reports hold it, :func:`~dronecalc.report.blocks.hold_figures`)."""
    glued = hold_figures(glossary.reader_text(text)).replace(" %", "\u00a0%")   # no code name
    lines = textwrap.wrap(glued, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ",
                          break_on_hyphens=False) or [indent]
    return [line.replace("\u00a0", " ") for line in lines]


def stated_rotors(assumed) -> float | None:
    """The machine's one rotor count among a result's inputs (None for a range or none)."""
    rotors = next((a for a in assumed if a.name == "rotors"), None)
    return rotors.low if rotors is not None and rotors.low == rotors.high else None


def _header(case: dict, run, assumed=()) -> list[str]:
    lines = [case["title"], "=" * min(WIDTH, len(case["title"]))]
    lines += _wrap(f"Source: {case['source']}", "")
    rejected = ", ".join(f"{k.replace('_', ' ')} {v:,}" for k, v in sorted(run.rejected.items())
                         if v)
    machines = "machine" if run.drawn == 1 else "machines"
    if run.drawn == 0:                 # no vehicle model ran: the claims are not judged
        return lines + _wrap("No Monte Carlo: no vehicle model ran for this case (see 'not "
                             "judged').", "")
    priors = glossary.class_label(case["vehicle_class"], stated_rotors(assumed))
    lines += _wrap(f"Priors: {priors}. Monte Carlo: {run.drawn:,} {machines} "
                   f"drawn, {run.kept:,} kept" + (f" (rejected as unbuildable: {rejected})"
                                                   if rejected else "")
                   + f"; seed {run.seed}.", "")
    return lines


#: What a check's unitless estimate is, written before its numbers.
_RATIOS = {"lift": "thrust-to-weight ", "motor": "tip Mach "}


def _pair(low: float, high: float) -> str:
    """A driver's two ends in order, '30.4-45.5'; 'low to high' when an end is negative
    ('-31.9 to -99.3', never '-31.9--99.3')."""
    a, b = _num(low), _num(high)
    return f"{a} to {b}" if a.startswith("-") or b.startswith("-") else f"{a}-{b}"


def _finding_lines(f: Finding, common: list[str] = ()) -> list[str]:
    head = f"{_LABELS[f.verdict]:<15} {f.check:<10} {' '.join(f.claims)}"
    lines = [head] + _wrap(f.statement)
    numbers = []
    if f.claimed is not None:
        numbers.append(f"claimed {f.claimed.text}")
    label = _RATIOS.get(f.check, "")          # a number without a unit says what it is
    flat = f.estimate is not None and _num(f.estimate.p5) == _num(f.estimate.p95)
    bound = f.generous_bound
    if flat and f.check == "kinematics":
        # the claimed range over the claimed time: one number, a bound, no p5-p95 band
        # (issue 10 review: "estimate 20 km/h (p5 20, p95 20)" was a fake spread)
        numbers.append(f"bound: average speed {_num(f.estimate.p50)}{_unit(f.estimate.unit)} "
                       "(the claimed range over the claimed time; no spread)")
        if bound is not None and bound.value is not None and \
                _num(bound.value) == _num(f.estimate.p50):
            bound = None                   # the same number: said once
    elif flat:
        numbers.append(f"estimate {label}{_num(f.estimate.p50)}{_unit(f.estimate.unit)} "
                       "(no spread)")
    elif f.estimate is not None:
        e = f.estimate
        numbers.append(f"estimate {label}{_num(e.p50)}{_unit(e.unit)} "
                       f"(p5 {_num(e.p5)}, p95 {_num(e.p95)})")
    if bound is None:
        pass
    elif f.generous_bound is not None and (f.generous_bound.value is None or
                                         not math.isfinite(f.generous_bound.value)):
        numbers.append("generous bound not found")
    elif f.generous_bound is not None and f.check in ("leg", "statement") and \
            f.generous_bound.unit == "%":       # energy left: a shortfall said as one
        least = f.claimed is not None and f.claimed.kind == "at-most"     # "infeasible"
        numbers.append(f"generous bound ({'least' if least else 'most'} capable machine) "
                       + plain.energy_words(f.generous_bound.value))
    elif f.generous_bound is not None:
        numbers.append(f"generous bound {label}{_num(f.generous_bound.value)}"
                       f"{_unit(f.generous_bound.unit)}"
                       + (" (the lowest the assumptions allow: lower favours the claim)"
                          if f.check == "motor" else ""))
    if f.probability is not None:
        numbers.append(f"P(claim holds) {_percent(f.probability)}")
    if numbers:
        lines += _wrap("; ".join(numbers), "    ")
    if f.condition:
        lines += _wrap(f"condition: {f.condition}", "    ")
    if f.drivers:
        lines += _wrap("drivers: " + "; ".join(
            f"{assumption(d.assumption, d.low, d.high, d.unit)} -> "
            f"{_pair(d.result_at_low, d.result_at_high)}{_unit(d.result_unit)}"
            for d in f.drivers), "    ")
    if f.overturn:
        lines += _wrap(f"overturn: {f.overturn}", "    ")
    for r in f.readings:                # a fixed wing of unstated plant: each plant's verdict
        est = r.finding.estimate if r.finding is not None else None
        lines += _wrap(f"reading {r.kind}: {_LABELS.get(r.verdict, r.verdict).strip()}"
                       + (f", estimate {_num(est.p50)}{_unit(est.unit)} (p5 {_num(est.p5)}, "
                          f"p95 {_num(est.p95)})" if est is not None else "")
                       + (f" ({r.reason})" if r.finding is None else ""), "    ")
    for note in f.notes:              # a note several findings carry: said once, referred to
        said = shared_notes.reference(note, list(common)) if note in common else note
        lines += _wrap(f"note: {said}", "    ")
    return lines


def _flag_lines(flags: list[Flag]) -> list[str]:
    if not flags:
        return []
    lines = ["", "Flagged figures"]
    for flag in flags:
        lines += _wrap(f"{flag.id} {flag.problem}: {flag.text!r}{flag_reading(flag)}. "
                       f"{flag.message}")
    return lines


def flag_reading(flag: Flag) -> str:
    """' -> read as 2 kg' (the reading computed with), ' -> kept; alternative 2 km' (a
    claim or out-of-range figure kept as written), or '' when the flag offers none."""
    best = flag.best
    verb = "read as" if flag.problem in ("garbled", "ambiguous") else "kept; alternative"
    return f" -> {verb} {_figure_text(best.figure)}" if best else ""


#: The note of an input the source leaves out that is flown at zero (no payload): shown as
#: "none stated", neither "stated" nor a typical value (priors.describe, claims.fixed_wing).
NONE_STATED = "no payload stated"


def _assumption_lines(items) -> list[str]:
    if not items:                       # no machine was built (no claim could be judged)
        return []
    lines = ["", "Inputs (stated, assumed, or from the class priors)"]
    # one column for every name, widened for a reading's "max_lift_coefficient (electric)"
    width = max(25, *(len(a.name) + 1 for a in items))
    # not "stated" 0 kg
    origins = ["none stated" if a.note == NONE_STATED else a.origin for a in items]
    across = max(13, *(len(o) + 2 for o in origins))
    for a, origin in zip(items, origins):
        value = measured(a.low, a.high, a.unit, a.name)
        head = f"  {a.name:<{width}}{value:<26}{origin:<{across}}"
        plain = _plain_name(a.name)
        if plain is None:                  # the code name is already the plain one ("payload")
            lines.append(head.rstrip())
            continue
        said = textwrap.wrap(plain, max(24, WIDTH - len(head)), break_on_hyphens=False)
        lines += [head + said[0]] + [" " * len(head) + more for more in said[1:]]
    return lines


def _plain_name(name: str) -> str | None:
    """The glossary's plain name of an input ``name`` (a reading's suffix kept:
    "max_lift_coefficient (electric)"), or None when it only spells the code name out: the
    table keeps the code name (the JSON's, the one a case's assumptions use) beside it."""
    base, _, reading = name.partition(" (")
    plain = glossary.input_name(base)
    if plain == base.replace("_", " "):
        return None
    return plain + (f" ({reading}" if reading else "")


def _figure_key_lines(result: CheckResult) -> list[str]:
    if not result.figures:
        return []
    lines = ["", "The source's figures"]
    for r in result.figures:
        written = r.text + (f" (read as {r.reading})" if r.reading else "")
        words = f" \u201c{r.quote}\u201d" if r.quote else " (not quoted)"
        lines += _wrap(f"{r.id:<4} {r.role:<8} {r.field}: {written}.{words}")
    return lines


def format_check(result: CheckResult, details: bool = True) -> str:
    """The check as text: a plain summary, then per finding the verdict, then the numbers.

    Parameters
    ----------
    result : CheckResult
    details : bool
        Also list the source's figures with their quotes, flagged figures and every input
        with its origin.
    """
    require_result(result, "check")
    lines = _header(result.case, result.run, result.assumptions)
    thin = thin_run(result.run)
    if thin:
        lines += _wrap(thin, "")
    language = language_note(result)
    if language:
        lines += _wrap(f"Note: {language}", "")
    lines += [""] + _wrap("In short: " + " ".join(verdicts.summary(result)), "")
    # per claim, by its one verdict (the claim contract); cross-checks on their own lines
    judged, cross = verdicts.split(result)
    counts = {v: sum(f.verdict == v for f in judged.values()) for v in _LABELS}
    unjudged = getattr(result, "not_judged", [])
    lines += ["", "Verdicts: " + (", ".join([f"{n} {_LABELS[v].lower()}"
                                            for v, n in counts.items() if n]
                                           + ([f"{len(unjudged)} not judged"] if unjudged
                                              else [])) or "none")]
    if cross:
        lines += verdicts.cross_lines(cross)
    common = shared_notes.shared(result.findings) if details else []
    for f in result.findings:
        lines += [""] + _finding_lines(f, common)
    for n, why in zip(unjudged, verdicts.not_judged_texts(unjudged)):
        lines += ["", f"{'NOT JUDGED':<15} {n.field:<10} {n.claim}"]
        lines += _wrap(f"{n.claim} ({n.text!r}): {why}")
    if details:
        lines += (_figure_key_lines(result) + _flag_lines(result.flags)
                  + _assumption_lines(result.assumptions))
        if common:
            lines += ["", shared_notes.TITLE]
            for note in shared_notes.numbered(common):
                lines += _wrap(note)
    return "\n".join(lines) + "\n"


#: Inputs that size the machine: with none stated (or assumed), an estimate is the priors'.
_SIZING = re.compile(r"mass|energy|capacity|diameter|wingspan|wing_area|fuel")
#: A mass no figure states but the stated figures give (a payload's, a battery's, a maximum
#: take-off mass's: priors "conditioned", a fixed wing's inferred "calibration"): the machine
#: is the source's, not the class prior's (review 15: a 20 kg payload's 14.7-78.6 kg machine
#: was said to be "the class prior's default machine").
_SIZED_BY_OTHERS = ("conditioned", "calibration")
_MASSES = ("mass", "takeoff_mass", "empty_mass")


def format_estimate(result: EstimateResult, details: bool = True) -> str:
    """The estimate as a table: p5 / p50 / p95 with the payload and without (a fixed wing,
    quadplane or tailsitter: one column, its payload aboard)."""
    require_result(result, "estimate")
    lines = _header(result.case, result.run, result.assumptions) + [""]
    columns = [("as described", result.with_payload)]
    if not result.without_payload and result.payload > 0:
        columns = [(f"with {_num(result.payload)} kg payload", result.with_payload)]
    if result.without_payload:
        columns = [(f"with {_num(result.payload)} kg payload", result.with_payload),
                   ("without payload", result.without_payload)]
    if not any((a.origin in ("stated", "assumption") and _SIZING.search(a.name))
               or (a.origin in _SIZED_BY_OTHERS and a.name in _MASSES)
               for a in result.assumptions):
        # xag-odt (trials_new8): a sprayer's case of context figures only printed a 7 kg
        # quadcopter's table with nothing to say it was not the sprayer's
        lines += _wrap("The case states no mass, size or battery of the machine: the figures "
                       "below are the class prior's default machine, not the source's; a stated "
                       "take-off mass, battery or rotor size would make them this one's.") + [""]
    lines.append(" " * 30 + "".join(f"{title:^27}" for title, _ in columns).rstrip())
    lines.append(" " * 30 + "".join(f"{'p5':>9}{'p50':>9}{'p95':>9}" for _ in columns))
    for key, label in _estimate_rows(result.with_payload):
        unit = result.with_payload[key].unit
        row = f"{label + (f' [{unit}]' if unit else ''):<30}"    # a ratio (L/D) has none
        for _, table in columns:
            e = table[key]
            row += f"{_num(e.p5):>9}{_num(e.p50):>9}{_num(e.p95):>9}"
        lines.append(row)
    if details:
        lines += _assumption_lines(result.assumptions)
    return "\n".join(lines) + "\n"
