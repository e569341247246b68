"""A multirotor case with nothing that sizes the machine: which claims are judged on the class
prior's machine, and the note each such verdict carries (review 17 item 11).

The rule (:func:`dronecalc.claims.kinds.payload.unsized`: no mass of any kind, battery,
maximum take-off mass or motor Kv): the Monte Carlo flies the class prior's machine. A claim
whose figure does not grow with the machine's size is judged on it: a flight time, a range,
a speed or a ceiling is set by ratios of the machine's own figures (battery share and specific
energy, thrust and drag per unit weight), which the class prior spans. A payload in kg grows
in proportion to the machine (a maker's maximum payload is its maximum take-off mass less its
mass without payload), so judging it on the prior's machine would judge the prior's size, not
the claim: it stays "not judged", naming the figures that would size the machine
(:func:`dronecalc.claims.kinds.payload.refine`), and when it is more than any drawn machine
carries the other verdicts are set aside too (:mod:`.outsized`). Each verdict judged on the
prior's machine says so in a note (it did not before: the Vampire's range and top speed were
judged with no word that the mass was the prior's).
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from ..engine import uncertainty as unc
from ..wording import num
from .context import Context
from .contract import CROSS_CHECKS
from .kinds import payload
from .results import Finding

#: What a claim of each field measures, for the note.
_NOUNS = {"endurance": "a flight time", "range": "a range", "top_speed": "a top speed",
          "ceiling": "a ceiling", "leg": "a leg flown", "statement": "a leg flown"}


def note(ctx: Context, check: str) -> str | None:
    """The note of a verdict of ``check`` judged on the class prior's machine, or None when
    the case sizes its machine."""
    if not payload.unsized(ctx):
        return None
    take = unc.vehicle(ctx.mc.values, False)
    dry = np.asarray(take.empty_mass + take.battery_mass, dtype=float)
    low, high = (num(float(np.percentile(dry, q))) for q in (5, 95))
    empty = ctx.inputs.get("empty_mass")
    prior = (f"{num(empty.low)}-{num(empty.high)} kg empty, " if empty is not None else "")
    noun = _NOUNS.get(check, "this claim")
    return (f"The source states no mass, battery, maximum take-off mass or motor Kv: the "
            f"machine flown is the class prior's ({prior}{low}-{high} kg at take-off without "
            f"payload, p5-p95), not one the source sizes. {noun[0].upper() + noun[1:]} is "
            "set, to first order, by ratios of the machine's own figures, which that prior "
            "spans, so it is judged on it; a payload in kg grows with the machine and is not "
            "(listed under 'not judged'). A stated take-off mass would judge it on the source's machine.")


def annotate(findings: list[Finding], ctx: Context) -> list[Finding]:
    """``findings`` with :func:`note` added to every verdict (not to cross-checks)."""
    if not payload.unsized(ctx):
        return findings
    return [f if f.check in CROSS_CHECKS else replace(f, notes=list(f.notes)
                                                      + [note(ctx, f.check)])
            for f in findings]
