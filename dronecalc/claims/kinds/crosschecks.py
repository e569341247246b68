"""The report's figures against each other (:mod:`dronecalc.claims.crosscheck`) and the stated
input set aside when the inputs leave no buildable machine (:mod:`dronecalc.claims.conflict`):
computed while the run is built, reported first."""
from __future__ import annotations

from ..context import Context
from ..registry import ClaimKind, register
from ..results import Finding


def evaluate(ctx: Context) -> list[Finding]:
    """The cross-check and conflict findings found while building the run."""
    return list(ctx.checked)


KIND = register(ClaimKind("cross-check", (), "two figures that state the same quantity",
                          evaluate, 5))
