"""What a check returns: findings with their numbers, the inputs as used, the run.

These are plain frozen dataclasses (no formatting: :mod:`dronecalc.report` lays them out). The
names are also importable from :mod:`dronecalc.claims.checks`, where they lived before the
claim kinds moved into a registry.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy as np

from ..engine import uncertainty as unc
from .phrases import payload_text


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
        Name of the check: the claim kind (:data:`dronecalc.claims.registry.CLAIM_KINDS`).
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
    readings : tuple of Reading
        Empty, except for a claim judged under each of several readings of the case (a fixed
        wing whose power plant is not stated, :mod:`dronecalc.claims.plants`): each
        reading's verdict and finding; the verdict above is folded from them.
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
    readings: tuple = ()


@dataclass(frozen=True)
class Reading:
    """One reading of a claim whose case leaves its vehicle kind open (a fixed wing's power
    plant, :mod:`dronecalc.claims.plants`): the kind it was judged as and what that gave.

    Attributes
    ----------
    kind : str
        The vehicle kind of the reading (``"fixed-wing-electric"``).
    label : str
        The plant in words (``"battery-electric"``).
    verdict : str
        That reading's verdict, or ``"not-judged"``.
    finding : Finding or None
        That reading's finding (None when not judged).
    reason, needs : str
        Why that reading does not judge it, and what would (empty when judged).
    unbuildable : bool
        True when no machine of that kind can be built from the stated figures.
    samples : Samples or None
        That reading's Monte Carlo, so the report draws its pictures from that reading's own
        machines (not part of the JSON or text output, nor of equality).
    """

    kind: str
    label: str
    verdict: str
    finding: "Finding | None" = None
    reason: str = ""
    needs: str = ""
    unbuildable: bool = False
    samples: "Samples | None" = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class NotJudged:
    """A claim that no finding judges, and why: the claim contract's explicit entry.

    Attributes
    ----------
    claim : str
        The figure id.
    field : str
        Its field.
    text : str
        The figure as written.
    reason : str
        Why it was not judged, in one sentence.
    needs : str
        Which figures would let it be judged ("" when dronecalc has no model for it yet).
    """

    claim: str
    field: str
    text: str
    reason: str
    needs: str = ""


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
    legs : dict
        (distance id, speed id) -> the stated leg flown on these machines
        (:class:`dronecalc.claims.kinds.leg.Leg`: its own speed and payload), so a leg's
        power curve is drawn for the leg, not for the case's first speed figure.
    """

    def __init__(self, inputs: dict[str, unc.Input], monte_carlo: unc.MonteCarlo,
                 results: dict[tuple[str, tuple[str, ...]], tuple[np.ndarray, float, str]],
                 legs: dict | None = None) -> None:
        self.inputs, self.monte_carlo, self._results = inputs, monte_carlo, results
        self.legs = dict(legs or {})

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
        return payload_text(self.inputs)


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
    not_judged : list of NotJudged
        Every claim of the case that no verdict finding judges, each with why and what would
        let it be judged (the claim contract: a claim has one verdict finding, see
        ``verdicts``, or one entry here, never neither and never both).
    figures : list of FigureRef
        Every figure of the case with the source's quote (:mod:`dronecalc.claims.sources`),
        so a report can quote the source without loading the case again.
    """

    case: dict[str, str | None]
    findings: list[Finding]
    flags: list
    assumptions: list[Assumed]
    run: Run
    samples: Samples | None = field(default=None, repr=False, compare=False)
    not_judged: list[NotJudged] = field(default_factory=list)
    figures: list = field(default_factory=list, repr=False, compare=False)

    @property
    def verdicts(self) -> dict[str, Finding]:
        """Claim id -> the one finding that carries its verdict (the claim contract,
        :func:`dronecalc.claims.contract.verdicts`); cross-checks are never a verdict, and
        a claim that is not here is in ``not_judged``."""
        from .contract import verdicts
        claims = [r.id for r in self.figures if r.role == "claim"]
        return {ident: found[0] for ident, found in verdicts(claims, self.findings).items()}

    @functools.cached_property
    def curves(self):
        """The pictures' curves from this run's machines (:mod:`dronecalc.claims.curves`),
        computed once, on first use."""
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
