"""A payload claim written as an open bound, said to be one in its verdict (issue 10, review 19).

"carries over 1,100 lb" claims at least 499 kg: the payload checks judge it at its bound (the
least the source claims; :func:`~dronecalc.claims.context.threshold`), but the finding said only
"Carrying a payload of over 1,100 lb ... 30.7 % of the machines can carry it", beside an
estimate of 978 lb and, for a machine past the fitted data, "extrapolated": a reader could take
the verdict for one on a point value read into the bound. The verdict finding of such a claim
now says what was judged: the bound itself, in the claim's unit and in SI-style units where
the claim is written in imperial ones, as a lower (or upper) bound.

Payload kinds only (``payload_mass``, ``max_payload``, ``warhead_mass``): an open-bound flight
time or range ("more than 120 minutes") is judged the same way and its verdict already reads
as a threshold ("reach it").
"""
from __future__ import annotations

from dataclasses import replace

from ..wording import num
from .results import CheckResult

#: The fields whose open-bound claims get the note.
FIELDS = ("payload_mass", "max_payload", "warhead_mass")
#: An imperial display unit -> its metric unit and the factor to it.
METRIC = {"lb": ("kg", 0.45359237), "oz": ("g", 28.349523125)}


def note(text: str, kind: str, bound: float, unit: str) -> str:
    """The note for a claim ``text`` of ``kind`` ("at-least" / "at-most") bounded at
    ``bound`` [``unit``]."""
    shown = f"{num(bound)} {unit}"
    if unit in METRIC:
        metric, factor = METRIC[unit]
        shown += f" ({num(bound * factor)} {metric})"
    least = kind == "at-least"
    return (f"The claim {text!r} is an open bound: judged at the bound itself, "
            f"{'at least' if least else 'at most'} {shown}, the {'least' if least else 'most'} "
            f"the source claims; {'a larger' if least else 'a smaller'} payload meets it too, "
            "and no point value beyond the bound is read into it.")


def annotate(result: CheckResult, case) -> CheckResult:
    """``result`` with the note on the verdict finding of each open-bound payload claim."""
    bounded = {ident for ident, fig in case.figures.items()
               if fig.role == "claim" and fig.field in FIELDS
               and getattr(fig.value, "kind", None) in ("at-least", "at-most")}
    if not bounded:
        return result
    verdicts = {id(f): ident for ident, f in result.verdicts.items() if ident in bounded}
    findings = []
    for finding in result.findings:
        claimed = finding.claimed
        if id(finding) in verdicts and claimed is not None and claimed.value is not None \
                and claimed.kind in ("at-least", "at-most"):
            finding = replace(finding, notes=list(finding.notes) + [
                note(claimed.text, claimed.kind, claimed.value, claimed.unit)])
        findings.append(finding)
    return replace(result, findings=findings)
