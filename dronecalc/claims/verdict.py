r"""Verdict rules: from the share of machines for which a claim holds, and the generous bound.

``p`` is the share of the sampled machines (all buildable, see
:data:`dronecalc.engine.uncertainty.CONSTRAINTS`) for which the claim holds; the *generous
bound* is the most favourable value inside the box of assumptions (for an "infeasible"
assertion, the least capable machine). With the thresholds of :data:`THRESHOLDS`, chosen as
round conventions before any case was run:

* ``consistent``: ``p >= 5 %``: the claim lies inside the 5-95 % band of the estimate or on
  its favourable side;
* ``needs-checking``: ``0.1 % <= p < 5 %`` and the generous bound reaches the claim: only
  a machine near the favourable edge of several assumptions makes it true;
* ``implausible``: the generous bound does not reach the claim, or ``p < 0.1 %``: fewer
  than one machine in a thousand, i.e. only every assumption at its favourable end at
  once. The finding always shows the bound, so the reader sees which case applies.
"""
from __future__ import annotations

import numpy as np

from ..engine import uncertainty as unc

VERDICTS = ("consistent", "needs-checking", "implausible")
#: Probability thresholds of the verdicts (see the module docstring): stated conventions.
THRESHOLDS = {"consistent": 0.05, "negligible": 0.001}


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
    >>> judge(0.5, True), judge(0.01, True), judge(0.0, True), judge(0.0, False)
    ('consistent', 'needs-checking', 'implausible', 'implausible')
    >>> judge(0.7, False)      # machines make it true: the bound cannot say it falls short
    'consistent'
    """
    # A sampled machine for which the claim holds lies inside the box, so the most
    # favourable point of the box reaches the claim too: a bound that says otherwise (NaN when
    # the optimiser found no buildable candidate) is not evidence against the claim.
    bound_reaches = bool(bound_reaches) or probability > 0
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
