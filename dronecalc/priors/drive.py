"""What the drive can give when no motor Kv is stated: the full-throttle thrust-to-weight prior.

The top-speed and payload-capacity claim kinds need the full-throttle static thrust of the
motors. With a stated Kv it comes from the propulsion "kv" ceiling; without one, from this
prior: the full-throttle thrust over the weight at the stated take-off mass, uniform between
the least and the most of the sourced figures of ``data/thrust_to_weight.toml`` (makers'
propulsion-system and aircraft sheets, design guides for camera, survey, delivery and
agricultural multirotors; racing machines recorded but left out). A machine flown at its
stated take-off mass has at least the thrust margin it needs for control there, so each draw
starts at the larger of the table's least figure and that sample's ``control_thrust_ratio``
(:func:`draw`).

The table's ratios are defined at the machine's maximum (design) take-off mass. The top-speed
kind applies them there: thrust = ratio x MTOW x g, the MTOW stated or the design full load
below, each draw starting where that thrust gives the control margin at the take-off mass
flown (``claims/kinds/top_speed.py``). The payload kind
does not use them: a maker's maximum take-off mass (MTOW) is where the thrust-to-weight and the
control margin put the full load, so its capacity is that design full load less the mass
without payload (:class:`DesignLoad`): a stated MTOW, else the mass without payload times the
ratio MTOW / that mass of real machines, fitted on ``data/multirotors.toml`` against the mass
(:func:`design_load`; docs/theory.md section 9.9).

A stated motor Kv, or a measured full-throttle thrust, overturns this prior; a stated maximum
take-off mass overturns the fitted design load.
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, replace
from importlib import resources

import numpy as np

from ..errors import ModelError
from .conditioned import Relation


#: The sentence a finding judged on this prior adds to what would overturn it.
OVERTURN = ("The drive's full-throttle thrust and power are from the thrust-to-weight prior, "
            "not a stated motor Kv: a stated Kv (with the pack's voltage) or a measured "
            "full-throttle thrust would replace it.")


@dataclass(frozen=True)
class ThrustToWeight:
    """The prior: uniform between ``low`` and ``high`` [-], from ``rows`` (name, value, kind,
    source, used)."""
    low: float
    high: float
    rows: tuple[tuple[str, float, str, str, bool], ...]

    @property
    def middle(self) -> float:
        return 0.5 * (self.low + self.high)

    def describe(self, at: str = "at the stated take-off mass") -> str:
        used = [r for r in self.rows if r[4]]
        kinds = sorted({r[2] for r in used})
        return (f"full-throttle thrust-to-weight {self.low:g}-{self.high:g} {at}, the range "
                f"of {len(used)} sourced figures ({', '.join(kinds)}; "
                "data/thrust_to_weight.toml)")


@functools.cache
def thrust_to_weight() -> ThrustToWeight:
    """Load ``data/thrust_to_weight.toml`` (every figure with its source)."""
    text = resources.files("dronecalc").joinpath("data/thrust_to_weight.toml").read_text()
    rows = []
    for entry in tomllib.loads(text)["ratio"]:
        value = float(entry["value"])
        if not (1.0 < value < 20.0) or not entry.get("source"):
            raise ModelError(f"data/thrust_to_weight.toml: {entry.get('name')!r} has value "
                             f"{value!r} or no source; expected a ratio above 1 with its "
                             "source")
        rows.append((entry["name"], value, entry["kind"], entry["source"],
                     bool(entry.get("use", True))))
    used = [r[1] for r in rows if r[4]]
    return ThrustToWeight(min(used), max(used), tuple(rows))


def draw(rng: np.random.Generator, control_ratio) -> np.ndarray:
    """Samples of the full-throttle thrust-to-weight at the take-off mass, one per entry of
    ``control_ratio`` (the thrust-to-weight each machine needs for control): uniform from the
    larger of the prior's least figure and that ratio, to the prior's most."""
    prior = thrust_to_weight()
    low = np.clip(np.asarray(control_ratio, dtype=float), prior.low, prior.high)
    return low + rng.random(low.shape) * (prior.high - low)


# --------------------------------------------------------------------------- design full load

#: Percentiles of the design-load relation's prediction distribution the Monte Carlo draws
#: between: its 90 % prediction interval (as the relations of :mod:`.conditioned`).
DESIGN_PERCENTILES = (0.05, 0.95)


@dataclass(frozen=True)
class DesignLoad:
    """The maker's maximum take-off mass over the take-off mass without payload, ``r``, fitted
    on the machines of ``data/multirotors.toml`` that state both: ``ln r = a + b ln m``
    (:func:`.conditioned.fit`: the slope dropped when within two standard errors of zero).

    ``loo`` holds the leave-one-out error (root mean square and largest, in ln r) of each
    candidate: ``"pooled"`` (a constant), ``"mass"`` (a trend on ln m) and ``"class"`` (a
    mean per class, reported only); ``choice`` is the one of the first two with the smaller
    root mean square, the one :attr:`relation` uses.
    """
    relation: Relation
    rows: tuple[tuple[str, float, float], ...]      # (name, take-off mass, max take-off mass)
    loo: dict
    choice: str

    def ratio(self, mass, percentile) -> np.ndarray:
        """``r`` at take-off mass without payload ``mass`` [kg] and the ``percentile`` (0-1)
        of the prediction distribution, at least 1 (a maximum take-off mass is never below a
        mass flown), vectorised."""
        return np.maximum(self.relation.quantile(mass, percentile), 1.0)

    def ends(self, mass: tuple[float, float]) -> tuple[float, float]:
        """The drawn ratio's least and most over take-off masses ``mass`` [kg] (its ends)."""
        return (float(self.ratio(np.asarray(mass[0]), DESIGN_PERCENTILES[0])),
                float(self.ratio(np.asarray(mass[1]), DESIGN_PERCENTILES[1])))

    def rests(self, mass: tuple[float, float]) -> str:
        """What a finding rests on, in a clause: the ratio's ends at the case's masses."""
        lo, hi = self.ends(mass)
        rel = self.relation
        outside = mass[0] < rel.masses[0] or mass[1] > rel.masses[1]
        return (f"the design full load taken as {lo:.3g}-{hi:.3g} times the take-off mass "
                f"without payload, fitted on {len(self.rows)} real machines of "
                f"{rel.masses[0]:.3g}-{rel.masses[1]:.3g} kg"
                + (" (extrapolated to this mass)" if outside else ""))

    def describe(self, mass: tuple[float, float]) -> str:
        """:meth:`rests` with the relation, its scatter and its held-out error."""
        rel = self.relation
        return (self.rests(mass) + f" (data/multirotors.toml, maximum take-off mass over "
                f"take-off mass without payload m: ln(MTOW / m) = {rel.intercept:.3g} "
                f"{rel.slope:+.3g} ln(m / 1 kg), residual scatter {rel.scatter:.2g} in ln, "
                f"leave-one-out error {self.loo[self.choice][0]:.2g} in ln; "
                + ("a machine stating a maximum payload and no MTOW counts as MTOW = m + "
                   "that payload; " if ROWS == "all" else "")
                + "its 90 % "
                "prediction interval, at least 1)")


def _loo(m: np.ndarray, r: np.ndarray, trend: bool) -> tuple[float, float]:
    """Leave-one-out error of ln r (root mean square, largest) of a pooled or trend fit."""
    x, y = np.log(m), np.log(r)
    err = []
    for i in range(len(m)):
        keep = np.arange(len(m)) != i
        if trend:
            b, a = np.polyfit(x[keep], y[keep], 1)
            err.append(y[i] - (a + b * x[i]))
        else:
            err.append(y[i] - np.mean(y[keep]))
    err = np.asarray(err)
    return float(np.sqrt(np.mean(err ** 2))), float(np.max(np.abs(err)))


def _loo_class(rows, held_out) -> tuple[float, float]:
    """Leave-one-out error of ln r predicted by the mean of the machine's ``class`` in
    ``data/multirotors.toml`` (the pooled mean when it is alone in its class): reported, not
    used (a case's class is picked from its mass, so it holds nothing the mass does not)."""
    kind = _classes(_held_back_env())
    y = np.array([np.log(mt / m) for _, m, mt in rows])
    cls = [kind[name] for name, _, _ in rows]
    err = []
    for i in range(len(rows)):
        same = [j for j in range(len(rows)) if j != i and cls[j] == cls[i]]
        rest = same or [j for j in range(len(rows)) if j != i]
        err.append(y[i] - np.mean(y[rest]))
    err = np.abs(err)
    return float(np.sqrt(np.mean(err ** 2))), float(np.max(err))


def _kg(d, key):
    return float(d[key].m_as("kg")) if key in d else None


def mass_without_payload(d) -> float | None:
    """The take-off mass without payload [kg] of a ``data/multirotors.toml`` row: its empty
    mass (without batteries and payload) plus all its packs when both are stated, else its
    ``takeoff_mass``. The two agree wherever the maker's take-off mass holds no payload
    (DJI Matrice 100, 210, 600); the Inspire 1 and 1 Pro take-off masses include the camera
    (247 g and 526 g, their ``takeoff_mass_condition``), a payload, so their mass without
    payload is empty + battery (2118 + 570 g and 2300 + 570 g)."""
    empty, total = _kg(d, "empty_mass"), _kg(d, "battery_mass_total")
    per_pack = _kg(d, "battery_mass_per_pack")
    if total is None and per_pack is not None and "battery_packs" in d:
        total = per_pack * int(d["battery_packs"])
    if empty is not None and total is not None:
        return empty + total
    return _kg(d, "takeoff_mass")


def design_load_rows(held_out=frozenset()) -> tuple[tuple[str, float, float], ...]:
    """(name, take-off mass without payload m [kg] (:func:`mass_without_payload`), design full
    load [kg]) of every machine of ``data/multirotors.toml`` stating m and a maximum take-off
    mass (the full load), or, with :data:`ROWS` ``"all"``, a maximum payload P and no maximum
    take-off mass (the full load m + P), less ``held_out`` (names)."""
    return tuple(r for r in _all_design_load_rows(_held_back_env(), ROWS)
                 if r[0] not in held_out)


def _held_back_env() -> str | None:
    """The environment switch that adds held-back rows to the data (part of the caches' key)."""
    import os
    from .multirotors import HELD_BACK_ENV
    return os.environ.get(HELD_BACK_ENV)


#: Which machines the design-load relation is fitted on (:data:`ROW_SETS`): ``"all"``, every
#: machine stating its take-off mass and either a maximum take-off mass or a maximum payload
#: (the latter's full load taken as m + its maximum payload, the quantity a maximum-payload
#: claim is judged against); ``"mtow"`` (shipped), only those stating a maximum take-off
#: mass. Measured by ``benchmarks/design_load_forms.py`` (issue 10, maxpay, 2026-12-06): held
#: out one at a time over the 24 machines stating either figure, the rms error of ln (maker's
#: maximum payload) is 0.525 for "all" against 0.534 for "mtow" (paired difference of mean
#: squared errors 0.009, s.e. 0.016: 0.6 s.e.; on the 22 machines before the Agras T50 / T20P
#: rows 0.553 against 0.570, 0.7 s.e.), 90 % coverage 92 % for both, and "all" passes more
#: tripled claims (x3 -> implausible 75 % against 83 %): not shipped
#: (docs/theory.md section 9.9, "Which machines the design load is fitted on").
ROWS = "mtow"
ROW_SETS = ("all", "mtow")


@functools.cache
def _all_design_load_rows(env: str | None, rows: str = None) -> tuple[tuple[str, float, float], ...]:
    """:func:`design_load_rows` of every machine, read once per ``env`` (the data are read
    ~60 ms a time; the leave-one-out of :mod:`.disk_load` refits this law 9 times) and
    row set ``rows`` (:data:`ROW_SETS`; :data:`ROWS` when None)."""
    from .multirotors import load_multirotors
    rows = ROWS if rows is None else rows
    if rows not in ROW_SETS:
        raise ModelError(f"design-load rows {rows!r}: expected one of {ROW_SETS}")
    out = []
    for d in load_multirotors():
        if "takeoff_mass" not in d:
            continue
        m = mass_without_payload(d)
        if "max_takeoff_mass" in d:
            out.append((d["name"], m, float(d["max_takeoff_mass"].m_as("kg"))))
        elif rows == "all" and "max_payload" in d:
            out.append((d["name"], m, m + float(d["max_payload"].m_as("kg"))))
    return tuple(out)


@functools.cache
def _classes(env: str | None) -> dict:
    """Each machine's ``class`` of ``data/multirotors.toml``, read once per ``env``."""
    from .multirotors import load_multirotors
    return {d["name"]: d["class"] for d in load_multirotors()}


def design_load() -> DesignLoad:
    """The fitted design-load relation, leaving out the machines a hold-out names
    (:func:`.holdout.held_out` sets ``conditioned._HELD_OUT``)."""
    from . import conditioned
    return _design_load(conditioned._HELD_OUT)


def _design_load(held_out: frozenset) -> DesignLoad:
    """The relation fitted without ``held_out``, on the row set :data:`ROWS` (cached per
    both, so a benchmark may switch :data:`ROWS`)."""
    return _design_load_on(held_out, ROWS)


@functools.cache
def _design_load_on(held_out: frozenset, rows_set: str) -> DesignLoad:
    from .conditioned import fit
    rows = tuple(r for r in _all_design_load_rows(_held_back_env(), rows_set)
                 if r[0] not in held_out)
    m = np.array([r[1] for r in rows])
    r = np.array([r[2] / r[1] for r in rows])
    loo = {"pooled": _loo(m, r, False), "mass": _loo(m, r, True),
           "class": _loo_class(rows, held_out)}
    choice = min(("pooled", "mass"), key=lambda k: loo[k][0])   # a case states no class
    relation = fit("max_takeoff_ratio", np.log(m), r, "log", tuple(x[0] for x in rows), m)
    if choice == "pooled" and relation.trend:      # the held-out error prefers no trend
        y = np.log(r)
        relation = replace(relation, intercept=float(np.mean(y)), slope=0.0, parameters=1,
                           scatter=float(np.std(y, ddof=1)))
    return DesignLoad(relation, rows, loo, choice)


def masses_for_max_takeoff(max_takeoff: tuple[float, float]) -> tuple[float, float]:
    """Take-off masses without payload [kg] of real machines whose maximum take-off mass is
    ``max_takeoff`` [kg] (low, high): the design-load relation read the other way, its 90 %
    prediction interval (:data:`DESIGN_PERCENTILES`). The low end is the mass m at which
    m x r(m, 95 %) reaches the low MTOW (a lighter machine would need a larger ratio than 95 %
    of real machines), the high end the mass at which m x r(m, 5 %) reaches the high MTOW;
    each at most that MTOW (r is at least 1). Bisection on ln m (m r(m) rises with m)."""
    load = design_load()

    def where(target: float, percentile: float) -> float:
        low, high = np.log(1e-3), np.log(max(target, 1e-3))
        for _ in range(60):
            mid = 0.5 * (low + high)
            m = float(np.exp(mid))
            if m * float(load.ratio(np.asarray(m), percentile)) >= target:
                high = mid
            else:
                low = mid
        return float(np.exp(high))

    return (where(max_takeoff[0], DESIGN_PERCENTILES[1]),
            where(max_takeoff[1], DESIGN_PERCENTILES[0]))
