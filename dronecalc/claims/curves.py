r"""Curves behind a check's pictures, computed from the run's own Monte Carlo machines.

The report layer draws pictures but computes no physics (issue 9). What a picture needs that
is not already a finding's per-sample values (:meth:`~dronecalc.claims.checks.Samples.values`)
is evaluated here, on the same buildable machines the findings counted
(``result.samples.monte_carlo.values``), and handed over as plain numbers in display units:

* the power bucket: electrical power against airspeed, with the payload aboard, as the
  5th, 50th and 95th percentile across *all* kept machines at each speed, plus the median
  best-endurance and best-range speeds from the run's cached performance; and per stated
  leg (:class:`LegPower`) the same for the machines as that leg flies them (its own payload,
  or none), with its own speed (review 18: a leg flown empty at 50 km/h showed the case's
  curve "with the payload", marked at the first speed figure);
* the payload trade-off: maximum endurance and maximum range against payload (0 to 1.5 x the
  stated payload), on the first :data:`PAYLOAD_MACHINES` kept machines (each payload runs the
  full best-speed search, about 3 s for 47,000 machines; the draws are independent, so the
  first N are a random subset), and the count is carried so the picture can say so;
* the thresholds a finding is judged against (thrust-to-weight needed for control, the tip
  Mach limit), so that a picture draws the same line the verdict used.

:func:`curves` is what :attr:`CheckResult.curves <dronecalc.claims.checks.CheckResult.curves>`
calls, once, on first use: a JSON or text report never pays for it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from ..engine import uncertainty as unc
from ..physics import multirotor
from ..physics.propulsion import TIP_MACH_LIMIT

if TYPE_CHECKING:                                  # pragma: no cover
    from .checks import CheckResult

#: Kept machines the payload curves are evaluated on (the first N; see the module docstring).
PAYLOAD_MACHINES = 5_000
#: Payloads on the payload curves.
PAYLOAD_STEPS = 13
#: Airspeed step of the power curve [km/h].
SPEED_STEP = 1.0


@dataclass(frozen=True)
class Band:
    """A quantity across machines at each point of a grid: its 5th, 50th, 95th percentiles.

    Attributes
    ----------
    x : ndarray
        The grid, in ``x_unit``.
    p5, p50, p95 : ndarray
        Percentiles across machines at each grid point, in ``unit`` (NaN where no machine
        gives a finite value).
    x_unit, unit : str
        Display units.
    machines : int
        How many machines the percentiles are taken over.
    """

    x: np.ndarray
    p5: np.ndarray
    p50: np.ndarray
    p95: np.ndarray
    x_unit: str
    unit: str
    machines: int


@dataclass(frozen=True)
class Curves:
    """Everything the report's pictures need beyond the findings' own samples.

    Attributes
    ----------
    power : Band
        Electrical power [W] against airspeed [km/h], payload aboard.
    best_endurance_speed, best_range_speed : float
        Medians over the kept machines [km/h] (payload aboard), NaN if none can fly.
    endurance, range : Band
        Maximum endurance [min] and maximum range [km] against payload [kg].
    payload : float
        The payload the case states [kg] (middle of its range), 0 if none.
    payload_drag : bool
        Whether the payload curves carry the payload's drag area.
    kept : int
        Machines kept by the run (what the findings count).
    thresholds : dict of str to tuple of float
        Per check name, the line(s) its verdict is judged against, in the finding's unit:
        ``lift`` the thrust-to-weight needed for control (low, high), ``motor`` the tip Mach
        limit.
    """

    power: Band
    best_endurance_speed: float
    best_range_speed: float
    endurance: Band
    range: Band
    payload: float
    payload_drag: bool
    kept: int
    thresholds: dict[str, tuple[float, ...]] = field(default_factory=dict)
    legs: dict[tuple[str, ...], "LegPower"] = field(default_factory=dict)


@dataclass(frozen=True)
class LegPower:
    """The power curve of one stated leg: at its own speed, with its own payload.

    Attributes
    ----------
    power : Band
        As :attr:`Curves.power`, for the machines as the leg flies them (the case's payload,
        none, or the distance claim's own payload).
    best_endurance_speed, best_range_speed : float
        Medians over those machines [km/h], NaN if none can fly.
    speed : tuple of (float, float)
        The leg's speed, its ends [km/h].
    speed_text, speed_id : str
        The speed as written and its figure id ("" for a speed derived from a distance over
        a time, which is no figure).
    payload : str
        What the leg carries, in words: ``"with the claim's own 3 kg payload (D1)"``,
        ``"with no payload"``, ``"with the payload (2 kg)"``.
    """

    power: Band
    best_endurance_speed: float
    best_range_speed: float
    speed: tuple[float, float]
    speed_text: str
    speed_id: str
    payload: str


def _percentiles(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """p5, p50, p95 along axis 0 of the finite entries; NaN where a column has none."""
    v = np.where(np.isfinite(values), values, np.nan)
    finite = np.isfinite(v).any(axis=0)
    out = np.full((3, v.shape[1]), np.nan)
    if finite.any():
        out[:, finite] = np.nanpercentile(v[:, finite], [5.0, 50.0, 95.0], axis=0)
    return out[0], out[1], out[2]


def _median(values: np.ndarray, ok: np.ndarray) -> float:
    v = np.asarray(values, dtype=float)[ok]
    v = v[np.isfinite(v)]
    return float(np.median(v)) if v.size else float("nan")


def _claimed_speed_top(result: "CheckResult") -> float:
    """The highest claimed airspeed of the case [km/h], 0 if none."""
    tops = [f.high if f.high is not None else f.low for f in getattr(result, "figures", ())
            if f.field == "speed" and f.role != "context" and f.unit == "km/h"]
    return max((t for t in tops if t is not None), default=0.0)


def curves(result: "CheckResult") -> Curves:
    """The curves of a check result, from its own Monte Carlo machines.

    Parameters
    ----------
    result : CheckResult
        As returned by :func:`dronecalc.check` (it must carry its samples).

    Returns
    -------
    Curves

    Raises
    ------
    InputValueError
        The result carries no samples.
    """
    from ..errors import InputValueError
    if result.samples is None:
        raise InputValueError("the result carries no samples", field="result",
                              value=result.case.get("path"),
                              expected="a CheckResult returned by dronecalc.check")
    samples = result.samples
    mc = samples.monte_carlo
    kept = mc.size
    perf = mc.performance(True)
    ok = np.asarray(perf["feasible"], dtype=bool)
    endurance_speed = _median(perf["best_endurance_speed"], ok) * 3.6
    range_speed = _median(perf["best_range_speed"], ok) * 3.6

    # Power bucket: every kept machine, up to 1.3 x the fastest claimed or best-range speed.
    top = 1.3 * max(_claimed_speed_top(result), range_speed if np.isfinite(range_speed) else 0,
                    40.0)
    kmh = np.arange(0.0, top + SPEED_STEP / 2, SPEED_STEP)
    machine = unc.vehicle(mc.values, True)
    power = np.atleast_2d(multirotor.power_curve(machine, kmh / 3.6))
    power_band = Band(kmh, *_percentiles(power), "km/h", "W", kept)

    # Payload trade-off: drag of the payload counted unless every capability claim is
    # tested without it (then the zero-payload end is the machine those claims were tested on).
    capability = [f for f in result.findings if f.check in ("endurance", "range")]
    drag = not capability or any(f.with_payload is not False for f in capability)
    payload_input = samples.inputs.get("payload")
    payload = 0.0 if payload_input is None else 0.5 * (payload_input.low + payload_input.high)
    n = min(kept, PAYLOAD_MACHINES)
    subset = {k: v[:n] for k, v in mc.values.items()}
    grid = np.linspace(0.0, max(1.0, 1.5 * payload), PAYLOAD_STEPS)
    trade = multirotor.payload_curve(unc.vehicle(subset, drag), grid)
    endurance = Band(grid, *_percentiles(np.atleast_2d(trade["max_endurance"]) / 60.0),
                     "kg", "min", n)
    reach = Band(grid, *_percentiles(np.atleast_2d(trade["max_range"]) / 1000.0), "kg", "km", n)

    said = samples.payload_text() if payload > 0 else ""
    legs = {key: _leg_power(leg, kmh, power_band, endurance_speed, range_speed, said)
            for key, leg in getattr(samples, "legs", {}).items()}
    return Curves(power_band, endurance_speed, range_speed, endurance, reach, payload, drag,
                  kept, thresholds(result), legs)


def _leg_power(leg, kmh: np.ndarray, case_band: Band, endurance_speed: float,
               range_speed: float, payload: str) -> LegPower:
    """A leg's :class:`LegPower`: the case's band when the leg flies with the case's payload
    (the same machines), else its own machines' band and best speeds."""
    speed = leg.inputs["leg_speed"]
    ends = (speed.low * 3.6, speed.high * 3.6)
    sid = "" if leg.derived else leg.speed.id
    if leg.with_payload and not leg.own_payload:
        words = f"with the payload ({payload})" if payload else "with no payload"
        return LegPower(case_band, endurance_speed, range_speed, ends, leg.speed.text, sid,
                        words)
    machine = leg.machine()
    top = max(kmh[-1], 1.3 * ends[1])
    grid = np.arange(0.0, top + SPEED_STEP / 2, SPEED_STEP)
    band = Band(grid, *_percentiles(np.atleast_2d(multirotor.power_curve(machine, grid / 3.6))),
                "km/h", "W", case_band.machines)
    perf = multirotor.performance(machine, speeds=unc.MC_SPEEDS)
    ok = np.asarray(perf["feasible"], dtype=bool)
    words = (f"with the claim's own {leg.dist.payload.text} payload ({leg.dist.id})"
             if leg.own_payload else "with no payload")
    return LegPower(band, _median(perf["best_endurance_speed"], ok) * 3.6,
                    _median(perf["best_range_speed"], ok) * 3.6, ends, leg.speed.text, sid,
                    words)


def thresholds(result: "CheckResult") -> dict[str, tuple[float, ...]]:
    """The line(s) each check's verdict is judged against, in the finding's unit (no physics
    run): ``lift`` the thrust-to-weight needed for control (low, high), ``motor`` the tip
    Mach limit."""
    out: dict[str, tuple[float, ...]] = {"motor": (float(TIP_MACH_LIMIT["value"]),)}
    control = next((a for a in result.assumptions if a.name == "control_thrust_ratio"), None)
    if control is not None:
        out["lift"] = (float(control.low), float(control.high))
    return out


__all__ = ["Band", "Curves", "LegPower", "curves", "thresholds", "PAYLOAD_MACHINES"]
