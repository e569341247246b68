"""A machine the case's own payload shows is not the class prior's: its claims not judged.

When nothing in a multirotor case sizes the machine (no mass of any kind, battery, maximum
take-off mass or motor Kv: :func:`dronecalc.claims.kinds.payload.unsized`), the Monte Carlo
flies the class prior's machine, and a payload claim in kg is "not judged" because it would
be judged on that machine, not the source's. If that payload claim is more than even the most
favourable machine drawn is built to carry (its design full load at the top of its
prediction interval less its mass without payload, :func:`payload.capacity`), the case's own
figures say the source's machine is not one the prior draws, and every other verdict on the
prior's machines (range, flight time, a leg, top speed) is a verdict on another machine:
those claims are "not judged" too, with the reason and what would size the machine (ux8: the
VoloDrone's 40 km range was judged implausible on a 3-7 kg quadcopter while its 200 kg
payload, which no drawn machine could carry, was already not judged for that reason).

Why not judge them on a machine sized from the payload claim: that claim is a claim, not an
input, so each verdict would rest on it being true (a circle), and the maximum take-off mass
relation that would size it (:mod:`dronecalc.priors.drive`) is fitted on 0.9-50 kg machines
(docs/theory.md section 9.9), far below the machines such payloads imply. A stated payload
input sizes the machine already (``priors.conditioned``) and makes the case sized.

The cross-checks (figures against each other, no physics) are kept: they are no verdict.
"""
from __future__ import annotations

import numpy as np

from ..intake.case import Case
from .context import Context, threshold
from .contract import CROSS_CHECKS, judged_by
from .kinds import payload
from .results import Finding, NotJudged
from ..wording import num


def heavier_than_drawn(ctx: Context) -> tuple[str, str] | None:
    """``(reason, needs)`` when the case is unsized and one of its payload claims exceeds the
    capacity of every machine drawn (at the design load's favourable end), else None."""
    figs = ctx.claims("max_payload") + ctx.claims("payload_mass")
    if not figs or not payload.unsized(ctx):
        return None
    from ..priors import drive
    values = ctx.drawn_except("thrust")
    most = payload.capacity(values, design_percentile=drive.DESIGN_PERCENTILES[1])
    most = float(np.max(most)) if np.size(most) else float("nan")
    over = [(threshold(f, "kg"), f) for f in figs]
    over = [(kg, f) for kg, f in over if np.isfinite(most) and kg > most]
    if not over:
        return None
    kg, fig = max(over, key=lambda pair: pair[0])
    empty = ctx.inputs.get("empty_mass")
    prior = (f" ({num(empty.low)}-{num(empty.high)} kg empty, from the class prior)"
             if empty is not None else "")
    return (f"the case states no mass, battery, maximum take-off mass or motor Kv, so the "
            f"machine flown would be the class prior's{prior}; its own payload claim, "
            f"{fig.text} ({fig.id}), is more than any machine drawn is built to carry (at most "
            f"{num(most)} kg), so the source's machine is not that one and a verdict on it "
            "would be on another machine",
            "what sizes the machine: a take-off mass (a takeoff_mass figure with role = "
            "\"input\", or [vehicle] mass), an empty mass with the battery mass, a battery "
            "(energy, or capacity with voltage or cells), a max_takeoff_mass input, or the "
            "payload carried as an input")


def set_apart(case: Case, findings: list[Finding], ctx: Context
              ) -> tuple[list[Finding], dict[str, tuple[str, str]]]:
    """``findings`` without the verdicts :func:`heavier_than_drawn` voids, and the reason for
    each claim they judged (claim id -> (reason, needs))."""
    why = heavier_than_drawn(ctx)
    if why is None:
        return findings, {}
    kept, void = [], {}
    for finding in findings:
        ids = judged_by(finding, case.claims) if finding.check not in CROSS_CHECKS else []
        if ids:
            void.update({i: why for i in ids})
        else:
            kept.append(finding)
    return kept, void


def refine(entries: list[NotJudged], void: dict[str, tuple[str, str]]) -> list[NotJudged]:
    """The not-judged entries, with the reason :func:`set_apart` gave for the claims it
    voided."""
    return [NotJudged(e.claim, e.field, e.text, *void[e.claim]) if e.claim in void else e
            for e in entries]
