"""A fixed wing or quadplane whose power plant the case does not state: every claim judged
under each plant.

A news story often says "a fixed-wing drone ... weighs about 300 kg ... can fly 1,000 km" and
never what powers it. The intake flags that (:func:`dronecalc.intake.airframes.case_kind`,
refusal cause ``"no-plant"``) and guesses no plant. Here the case is judged once per power plant
dronecalc models end to end (:data:`CANDIDATES`: battery-electric and piston; a turbojet only
when a figure's words name a jet, :func:`candidates`), each reading on the same stated figures
and seed, and the readings are folded into the claim contract's one finding per claim
(:func:`fold`). A quadplane of no stated plant ("a VTOL quadplane drone", no battery, fuel or
engine figure: the intake's :class:`~dronecalc.intake.vtol_power.OpenPlant` note) is read the
same way, as the battery quadplane and as the hybrid (:data:`QUADPLANE`: battery lift rotors, a
piston engine for the cruise). A tailsitter has one modelled plant (the battery), so it has one
reading and no fold (its flag says so). An airframe word that could be a quadplane or a
tailsitter ("VTOL fixed-wing", the intake's :class:`~dronecalc.intake.vtol_kinds.OpenKind`
note, the kind left None and the word flagged) is read as each kind (:data:`VTOL_KINDS`: the
battery quadplane and the tailsitter, and the hybrid where no plant is stated either,
:func:`two_kinds`): two readings of one ambiguous word, never one chosen. The fold:

=============================================  ================================================
the readings                                    the claim's one verdict
=============================================  ================================================
all judge it, the same verdict                  that verdict
all judge it, verdicts differ                   ``needs-checking``: which plant decides it
one judges it, another cannot be built          the judged reading's verdict: the stated
(no sampled machine of that plant fits the      figures leave no machine of the other plant
stated figures)
one judges it, another does not (for any        ``needs-checking``
other reason)
none judges it                                  one "not judged" entry with each reading's
                                                reason
=============================================  ================================================

Each folded finding carries the readings (:class:`~dronecalc.claims.results.Reading`: plant,
verdict, that reading's finding or why it is not judged) and says in its statement and notes
each plant's estimate and verdict and what would settle it (an engine_type, battery or fuel
figure, or [case] vehicle_kind). The estimate, bound and probability of a folded finding are
None: they differ by plant and live in the readings. Cross-checks that need no physics are the
same in every reading and kept once; a physics cross-check (``kinematics``) is folded the same
way, by its check and claims.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..errors import InputValueError
from ..intake.case import Case
from ..intake.refusals import Refusal
from ..intake.vtol_kinds import OpenKind
from ..intake.vtol_power import OPEN_KINDS, OpenPlant
from ..wording import num as _n, percent as _percent
from .contract import CROSS_CHECKS, verdicts
from .results import CheckResult, Finding, NotJudged, Reading, Run

#: The power plants a fixed wing of unstated plant is judged under (modelled end to end),
#: with the words a statement names each reading by.
CANDIDATES = {"fixed-wing-electric": "battery-electric", "fixed-wing-piston": "piston-engined"}
#: Read as well when a figure's words name a jet (:func:`candidates`).
JET = ("fixed-wing-jet", "turbojet")
#: Words that name a jet in any figure's text (context included): then the jet reading is added.
JET_WORDS = re.compile(r"(?i)\b(?:jet|turbojet|jet[\s-]*(?:powered|engine|propelled))\b")
#: What settles the plant (completes "needs ...").
SETTLE = ("an engine_type figure ('electric', 'two-stroke piston', 'four-stroke piston', "
          "'diesel', 'turbojet'), a battery or fuel figure, or [case] vehicle_kind = "
          "'fixed-wing-electric' or 'fixed-wing-piston'")
#: The readings of a quadplane of unstated plant (``intake.vtol_power.OPEN_KINDS``), with the
#: words a statement names each by: the battery quadplane and the hybrid (battery lift rotors,
#: a piston engine on fuel for the cruise, docs/theory.md section 11.1).
QUADPLANE = dict(zip(OPEN_KINDS, ("battery-electric", "piston-hybrid")))
#: What settles a quadplane's plant (completes "needs ...").
QUADPLANE_SETTLE = ("an engine_type figure ('electric', 'two-stroke piston', 'four-stroke "
                    "piston', 'heavy fuel'), a battery or fuel figure, or [case] vehicle_kind "
                    "= 'vtol-quadplane' or 'vtol-quadplane-piston'")
#: The short name of each reading's kind, for the inputs list ("bsfc (piston)").
_TAGS = {"fixed-wing-electric": "electric", "fixed-wing-piston": "piston",
         "fixed-wing-jet": "jet", "vtol-quadplane": "battery", "vtol-quadplane-piston": "hybrid"}
#: The readings of an airframe word that could be a quadplane or a tailsitter ("VTOL
#: fixed-wing", ``intake.vtol_kinds.OpenKind``), each kind in words; with the hybrid quadplane
#: where the power plant is not stated either.
VTOL_KINDS = {"vtol-quadplane": "battery-electric quadplane",
              "vtol-quadplane-piston": "hybrid quadplane (battery lift rotors, piston cruise)",
              "tailsitter": "battery-electric tailsitter"}
#: Their short names for the inputs list ("takeoff_mass (tailsitter)").
VTOL_TAGS = {"vtol-quadplane": "quadplane", "vtol-quadplane-piston": "hybrid",
             "tailsitter": "tailsitter"}
#: What settles which kind it is (completes "needs ..."); the plant words where it is open too.
VTOL_SETTLE = ("[case] vehicle_kind = {kinds}, or an airframe figure whose words name one kind "
               "('quadplane', 'tailsitter')")
VTOL_PLANT = ("; for a quadplane also an engine_type figure ('electric', 'two-stroke piston' "
              "...), a battery or fuel figure")


@dataclass(frozen=True)
class Open:
    """What a case leaves open and how it is read: ``kinds`` (kind -> plant words, in reading
    order), the airframe ``noun`` the statements name ("fixed wing", "quadplane"; "" when the
    words name the airframe too), ``why`` (the intake's sentence of why the plant is open) and
    ``settle`` (what would settle it). ``what`` is what is open, in the statements' words:
    ``each`` a reading ("plant"), ``which`` what decides a claim whose readings disagree,
    ``rests`` what a claim some reading cannot judge rests on, ``judged`` how the claims are
    judged, ``tags`` the short names of the readings for the inputs list."""

    kinds: dict[str, str]
    noun: str
    why: str
    settle: str
    each: str = "plant"
    which: str = "which power plant the aircraft has"
    rests: str = "a plant the source does not state"
    judged: str = ""
    tags: dict = field(default_factory=dict)

    def named(self, label: str) -> str:
        """A reading as the statements name it: "battery-electric fixed wing"."""
        return f"{label} {self.noun}" if self.noun else label

    @property
    def over(self) -> str:
        """What the readings range over: "power plant", or "reading"."""
        return "power plant" if self.each == "plant" else "reading"

    def judged_as(self) -> str:
        """How every claim is judged: "judged under each power plant dronecalc models for a
        fixed wing"."""
        return self.judged or ("judged under each power plant dronecalc models for a "
                               + self.noun)


def opened(case: Case) -> Open | None:
    """How ``case`` is read when its power plant is open: a fixed wing (the intake's refusal
    cause ``"no-plant"``) or a quadplane (its :class:`~dronecalc.intake.vtol_power.OpenPlant`
    note, kind ``vtol-quadplane``); None when the plant is stated (or nothing else is open)."""
    if isinstance(case.kind_note, OpenPlant) and case.kind == OPEN_KINDS[0]:
        return Open(dict(QUADPLANE), "quadplane", case.kind_note.reason, QUADPLANE_SETTLE)
    if isinstance(case.kind_note, OpenKind) and case.kind is None:
        return two_kinds(case.kind_note)
    refusal = getattr(case.kind_note, "refusal", None)
    if case.kind is not None or getattr(refusal, "cause", None) != "no-plant":
        return None
    kinds = dict(CANDIDATES)
    if any(isinstance(f.text, str) and JET_WORDS.search(f.text) for f in case.figures.values()):
        kinds[JET[0]] = JET[1]
    why = getattr(refusal, "reason", "") or "the case does not say what powers the fixed wing"
    return Open(kinds, "fixed wing", why, SETTLE)


def two_kinds(note: OpenKind) -> Open:
    """How an airframe word that could be a quadplane or a tailsitter is read: as each kind of
    ``note.kinds`` (the hybrid quadplane too where the plant is open), two readings of one
    ambiguous word, never one of them chosen."""
    kinds = {k: VTOL_KINDS[k] for k in note.kinds}
    settle = VTOL_SETTLE.format(kinds=" or ".join(repr(k) for k in kinds))
    plant = "vtol-quadplane-piston" in kinds
    return Open(kinds, "", note.refusal.reason, settle + VTOL_PLANT * plant, each="reading",
                which="which kind the airframe is (a quadplane or a tailsitter"
                + ", and a quadplane's power plant" * plant + ")",
                rests="a kind the source does not state",
                judged="judged as each kind the word could mean (readings of an ambiguous "
                "airframe word, none of them chosen)", tags=VTOL_TAGS)


def unstated(case: Case) -> bool:
    """Whether ``case`` is a fixed wing or quadplane whose power plant it does not state
    (:func:`opened`)."""
    return opened(case) is not None


def refusal(case: Case) -> Refusal | None:
    """Why :func:`dronecalc.estimate` refuses a quadplane of unstated plant, as it refuses a
    fixed wing's (whose intake refusal says it): its estimate would be one plant's, guessed;
    None for any other case."""
    plan = opened(case)
    if plan is None or case.kind is None:
        return None
    return Refusal("no-plant", f"{plan.why}: an estimate would be one power plant's, guessed "
                   f"(check judges each claim as {' and as '.join(plan.kinds)})", plan.settle)


def candidates(case: Case) -> dict[str, str]:
    """The kinds to read ``case`` as, kind -> plant words: :data:`CANDIDATES` and the jet when
    any figure's text names a jet (a "jet-powered" context figure), :data:`QUADPLANE` for a
    quadplane; {} when the plant is stated."""
    plan = opened(case)
    return dict(plan.kinds) if plan is not None else {}


def check(case: Case, samples: int, seed: int, run) -> CheckResult:
    """Judge ``case`` under each candidate plant with ``run(case, samples, seed)`` (the
    single-kind check) and fold the readings into one result."""
    results: dict[str, CheckResult | str] = {}
    for kind in candidates(case):
        open_ = "the airframe word could be either kind" if isinstance(
            case.kind_note, OpenKind) else "the power plant is not stated"
        as_kind = replace(case, kind=kind, kind_note=f"a reading: {open_}, read as {kind}")
        try:
            results[kind] = run(as_kind, samples, seed)
        except InputValueError as err:      # no machine of this plant fits the figures
            results[kind] = str(err)
    return fold(case, results, seed)


def fold(case: Case, results: dict[str, CheckResult | str], seed: int) -> CheckResult:
    """One result from the readings (kind -> its CheckResult, or why no machine of that plant
    can be built): the table of the module docstring."""
    plan = _plan(case, results)
    label = {k: plan.kinds.get(k, k) for k in results}.__getitem__
    built = {k: r for k, r in results.items() if isinstance(r, CheckResult)}
    first = next(iter(built.values()), None)
    findings: list[Finding] = []
    shared = first.findings if first is not None else []
    for f in shared:                         # physics-free cross-checks: the same in each
        if f.check in CROSS_CHECKS and all(f in r.findings for r in built.values()):
            findings.append(f)
    crossed = _cross(built, findings, plan, label)
    entries: list[NotJudged] = []
    per_claim = {k: verdicts(case.claims, r.findings) for k, r in built.items()}
    unjudged = {k: {n.claim: n for n in r.not_judged} for k, r in built.items()}
    for ident, fig in case.claims.items():
        readings = []
        for kind, result in results.items():
            if not isinstance(result, CheckResult):
                readings.append(Reading(kind, label(kind), "not-judged", None,
                                        f"no {label(kind)} machine can be built from the "
                                        f"stated figures ({result})", unbuildable=True))
                continue
            found = per_claim[kind].get(ident)
            if found:
                readings.append(Reading(kind, label(kind), found[0].verdict, found[0],
                                        samples=result.samples))
            else:
                entry = unjudged[kind].get(ident)
                readings.append(Reading(kind, label(kind), "not-judged", None,
                                        entry.reason if entry else "not judged",
                                        entry.needs if entry else ""))
        judged = [r for r in readings if r.finding is not None]
        if not judged:
            entries.append(_not_judged(fig, readings, plan))
            continue
        findings.append(_folded(fig.id, fig.text, readings, plan))
    findings += crossed
    order = {k: i for i, k in enumerate(case.claims)}
    entries.sort(key=lambda n: order.get(n.claim, 0))
    kinds = " or ".join(results)
    info = dict(first.case) if first is not None else {
        "title": case.title, "source": case.source, "url": case.url, "path": case.path}
    info.update(vehicle_class=f"{kinds} (" + ("the airframe word could be either kind: each "
                "claim is judged as each" if plan.judged else "the power plant is not "
                "stated: each claim is judged under each") + ")", vehicle_kind=None)
    runs = [r.run for r in built.values()]
    rejected: dict[str, int] = {}
    for r in runs:
        for k, v in r.rejected.items():
            rejected[k] = rejected.get(k, 0) + v
    run = Run(sum(r.drawn for r in runs), sum(r.kept for r in runs), seed, rejected)
    tags = plan.tags or _TAGS
    assumed = [replace(a, name=f"{a.name} ({tags.get(k, k)})")
               for k, r in built.items() for a in r.assumptions]
    return CheckResult(info, findings, list(case.flags), assumed, run,
                       first.samples if first is not None else None, entries,
                       first.figures if first is not None else [])


def _plan(case: Case, results: dict) -> Open:
    """How ``case`` was read (:func:`opened`); for readings folded by hand on a case whose
    plant is stated, the fixed wing's words with every known label."""
    plan = opened(case)
    if plan is not None:
        return plan
    known = {**CANDIDATES, JET[0]: JET[1], **QUADPLANE}
    quad = set(results) <= set(QUADPLANE)
    return Open({k: known.get(k, k) for k in results}, "quadplane" if quad else "fixed wing",
                "the case does not say what powers the aircraft",
                QUADPLANE_SETTLE if quad else SETTLE)


def _cross(built: dict[str, CheckResult], kept: list[Finding], plan: Open,
           label) -> list[Finding]:
    """The physics cross-checks (kinematics) of the readings, folded by check and claims."""
    groups: dict[tuple, list[Reading]] = {}
    for kind, result in built.items():
        for f in result.findings:
            if f.check in CROSS_CHECKS and f not in kept:
                groups.setdefault((f.check, tuple(f.claims)), []).append(
                    Reading(kind, label(kind), f.verdict, f, samples=result.samples))
    out = []
    for (check, claims), readings in groups.items():
        missing = [Reading(k, label(k), "not-judged", None, "this reading has no such "
                           "cross-check") for k in built if k not in {r.kind for r in readings}]
        out.append(_folded(" ".join(claims), "", readings + missing, plan, check,
                           list(claims)))
    return out


def _verdict(readings: list[Reading], plan: Open) -> tuple[str, str]:
    """The folded verdict and a sentence saying how it follows from the readings."""
    judged = [r for r in readings if r.finding is not None]
    ruled_out = [r for r in readings if r.unbuildable]
    said = {r.verdict for r in judged}
    if len(said) == 1 and len(judged) + len(ruled_out) == len(readings):
        verdict = said.pop()
        if ruled_out:
            return verdict, (f"No {' or '.join(r.label for r in ruled_out)} machine fits the "
                             "stated figures, so the claim stands on the "
                             + " and ".join(r.label for r in judged) + " reading: "
                             + verdict.replace("-", " ") + ".")
        return verdict, (f"Every {plan.each} gives the same verdict, so "
                         + ("the plant" if plan.over == "power plant" else plan.which)
                         + f" does not decide this claim: {verdict.replace('-', ' ')}.")
    if len(said) > 1:
        return "needs-checking", (f"The readings disagree, so {plan.which} decides this claim: "
                                  "needs checking until the source says.")
    return "needs-checking", (f"Not every reading can judge it, so the claim rests on "
                              f"{plan.rests}: needs checking.")


def _folded(ident: str, text: str, readings: list[Reading], plan: Open,
            check: str | None = None, claims: list[str] | None = None) -> Finding:
    judged = [r for r in readings if r.finding is not None]
    verdict, why = _verdict(readings, plan)
    head = judged[0].finding
    parts = []
    for r in readings:
        if r.finding is None:
            parts.append(f"as a {plan.named(r.label)} it is not judged ({r.reason})")
            continue
        band = ""
        if r.finding.estimate is not None:
            e = r.finding.estimate
            band = (f": estimate {_n(e.p5)}-{_n(e.p95)} {e.unit} (p5-p95), "
                    f"{_pct(r.finding.probability)} of machines reach the claim")
        verdict_words = {"needs-checking": "needs checking"}.get(
            r.verdict, f"is {r.verdict.replace('-', ' ')}")
        parts.append(f"as a {plan.named(r.label)} it {verdict_words}{band}")
    subject = f"{text} ({ident})" if text else f"The figures {ident}"
    statement = (f"{subject}: {plan.why}, so it is {plan.judged_as()}; " + "; ".join(parts)
                 + f". {why}")
    notes = [f"{r.label.capitalize()} reading ({r.kind}): {r.finding.statement}"
             for r in judged]
    if verdict == "needs-checking" or len(readings) > len(judged):
        notes.append(f"What would settle it: {plan.settle}.")
    plants = ", ".join(r.kind for r in readings)
    return Finding(claims or [ident], check or head.check, verdict, statement, head.claimed,
                   None, None, None, [], "", f"under each {plan.over} ({plants})"
                   + _conditions(judged), notes,
                   with_payload=head.with_payload, readings=tuple(readings))


def _conditions(judged: list[Reading]) -> str:
    """The readings' own conditions (the payload flown and why: "with 50 kg, inferred from the
    maximum payload"), once when they agree, else each by its plant; "" when none has one."""
    said = {r.label: r.finding.condition for r in judged if r.finding.condition}
    if not said:
        return ""
    if len(set(said.values())) == 1:
        return "; " + next(iter(said.values()))
    return "; " + "; ".join(f"{label}: {cond}" for label, cond in said.items())


def _not_judged(fig, readings: list[Reading], plan: Open) -> NotJudged:
    why_open, settle = plan.why, plan.settle
    reasons = {r.reason for r in readings}
    needs = {r.needs for r in readings if r.needs}
    if len(reasons) == 1:
        reason = f"{why_open}; under every {plan.each}: {reasons.pop()}"
    else:
        reason = (f"{why_open}, and no " + ("plant's reading" if plan.each == "plant" else
                                            "reading") + " judges it: "
                  + "; ".join(f"{r.label}: {r.reason}" for r in readings))
    if not needs:
        return NotJudged(fig.id, fig.field, fig.text, reason, settle)
    return NotJudged(fig.id, fig.field, fig.text, reason, "; or ".join(sorted(needs))
                     + f"; the claim is then judged under each {plan.over}, unless " + settle
                     + " says which")


def _pct(value: float | None) -> str:
    return "?" if value is None else _percent(value)
