r"""Priors conditioned on what a report states, fitted on real machines.

A news story gives a rotor count, one mass and a capacity in mAh; the class word it uses
("quadcopter") says nothing about the size of the pack. The relations here give the unstated
figures from the stated take-off mass instead, each fitted on the real-machine data of
``data/multirotors.toml`` and ``data/multirotors_priors.toml`` (every figure sourced there):

``cells``
    series cells per pack against take-off mass without payload :math:`m`:
    :math:`\ln n_s = a + b \ln m + \varepsilon`; drawn through its percentile
    (``cells_percentile``) and rounded to whole cells per sample.
``battery_mass_fraction``
    mass of all packs over :math:`m`, as a logit: :math:`\mathrm{logit} f = a + b \ln m +
    \varepsilon`.
``specific_energy``
    pack energy over pack mass, one value per pack model: fitted and reported, not used as a
    prior (:func:`conditioned_priors` says why).
``max_payload``
    the maker's maximum payload against :math:`m`, :math:`\ln P = a + b \ln m +
    \varepsilon`: picks the class when only a payload is stated (:func:`payload_mass`).
``packs``
    packs flown at once: from one to the most flown by a data machine within a factor of two
    of :math:`m` (a range, not a fit; the data hold 1, 2 and 6); a stated maximum take-off
    mass caps it at the packs that fit beside the empty mass (:mod:`.pack_bound`).

Each fit is ordinary least squares on :math:`\ln m`. A slope within :data:`TREND_T` standard
errors of zero is dropped (no trend: the relation is pooled). With a trend the prior is the
90 % prediction interval (Student t with :math:`n - p` degrees of freedom, the residual
scatter and the leverage of :math:`m`, so it widens outside the masses fitted); without one,
the lowest to the highest value observed (a distribution-free prediction interval, Wilks
1941). A stated capacity or energy adds the constraint ``max_battery_fraction`` (the 98 %
bound of the battery share), with a stated take-off mass or with a stated empty mass
(:func:`battery_fraction_limit_empty`). The class of the machine (for the figure of merit and
what no relation covers) is picked from the stated figures by :func:`pick_class`; a case that
names a class keeps that class's tables.

References
----------
.. [Wilks] Wilks, S. S. (1941). Determination of sample sizes for setting tolerance limits.
   Annals of Mathematical Statistics 12(1), 91-96. doi:10.1214/aoms/1177731788

The fits run on first use (closed-form least squares on a few dozen rows, microseconds), never
at import; :func:`relations` caches them. docs/theory.md lists each relation, its data and its
scatter.
"""
from __future__ import annotations

import functools
import math
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any, Mapping

import numpy as np

from ..errors import DroneCalcError
from ..intake.units import Q_
from . import calibration
from .multirotors import nominal_pack_voltage     # a charge voltage made nominal
from .tables import Prior

_EXTRA_FILE = "multirotors_priors.toml"
#: Share of the prediction distribution a conditioned prior spans (its p5-p95).
COVERAGE = 0.90
#: A fitted slope on ln m is kept when it is at least this many standard errors from zero;
#: otherwise the relation is pooled (no trend with mass). Two: the usual 95 % two-sided test.
TREND_T = 2.0
#: Share of the battery-share prediction distribution below the constraint
#: ``max_battery_fraction`` (a filter on samples, so wider than a prior: judgement).
LIMIT_COVERAGE = 0.98
#: Take-off masses (without payload) that separate the vehicle classes [kg]: the gaps in
#: the data between the small camera machines (0.25-1.85 kg), the enterprise and heavy-lift
#: machines (2.4-10.9 kg) and the agricultural and cargo machines (50-65 kg) of
#: data/multirotors.toml; where inside each gap the line falls is a judgement.
CLASS_MASSES = (2.0, 20.0)


# --------------------------------------------------------------------------- data

@functools.cache
def prior_rows() -> tuple[dict[str, Any], ...]:
    """One row per real machine: what the relations need, SI floats, with provenance.

    Read once per process (the two data files); treat the rows as read-only.

    Returns
    -------
    tuple of dict
        ``name``, ``mass`` (take-off mass without payload [kg]), and where sourced ``cells``,
        ``battery_fraction`` (all packs / mass), ``packs``, ``rotors``, ``pack`` (a pack model
        key) with ``specific_energy`` [Wh/kg]; ``derived`` names the figures derived by
        stated arithmetic.
    """
    drones = {d["name"]: dict(d) for d in calibration.load_multirotors()}
    extra = _load_extra()
    for sup in extra.get("supplement", []):
        if sup["name"] not in drones:
            raise DroneCalcError("supplement for an unknown machine", field=_EXTRA_FILE,
                                 value=sup["name"], expected="a name in multirotors.toml")
        drones[sup["name"]].update({k: v for k, v in sup.items() if k != "name"})
    for new in extra.get("drone", []):
        if new["name"] in drones:
            raise DroneCalcError("machine listed twice", field=_EXTRA_FILE, value=new["name"],
                                 expected="a [[supplement]] for machines of multirotors.toml")
        drones[new["name"]] = dict(new)
    return tuple(row for row in (_row(d) for d in drones.values()) if row is not None)


def supplements() -> dict[str, dict[str, Any]]:
    """The battery figures ``data/multirotors_priors.toml`` adds to machines of
    ``data/multirotors.toml`` ([[supplement]] tables), by machine name.

    Only the figures a source prints (cells, capacity, voltage, energy and mass of one pack):
    keys listed in an entry's ``derived`` (inferred by arithmetic or from a pack series) are
    left out, as are the text keys. Values as in the
    file (figure strings, integer cell counts). A benchmark that renders a machine's figures
    as a report would state them reads them here (``benchmarks/verdicts.py``).
    """
    keep = ("battery_cells", "battery_capacity_per_pack", "battery_voltage_per_pack",
            "battery_energy_per_pack", "battery_mass_per_pack")
    out: dict[str, dict[str, Any]] = {}
    for sup in _load_extra().get("supplement", []):
        derived = set(sup.get("derived", ()))
        figures = {k: sup[k] for k in keep if k in sup and k not in derived}
        if figures:
            out.setdefault(sup["name"], {}).update(figures)
    return out


def _load_extra() -> dict:
    text = resources.files("dronecalc").joinpath("data", _EXTRA_FILE).read_text("utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DroneCalcError(f"invalid TOML in dronecalc/data/{_EXTRA_FILE}: {exc}",
                             field=_EXTRA_FILE) from exc


def _si(value: Any, unit: str) -> float | None:
    if value is None:
        return None
    quantity = value if hasattr(value, "units") else Q_(value)
    return float(quantity.m_as(unit))


def _row(d: Mapping[str, Any]) -> dict[str, Any] | None:
    mass = _si(d.get("takeoff_mass"), "kg")
    if mass is None:
        return None
    row: dict[str, Any] = {"name": d["name"], "mass": mass,
                           "derived": tuple(d.get("derived", ()))}
    max_payload = _si(d.get("max_payload"), "kg")
    if max_payload is not None:
        row["max_payload"] = max_payload
    for key in ("rotors", "battery_packs"):
        if key in d:
            row["packs" if key == "battery_packs" else key] = int(d[key])
    if "battery_cells" in d:
        row["cells"] = int(d["battery_cells"])
    diameter = _si(d.get("rotor_diameter"), "m")
    if diameter is not None and "rotors" in row:     # every rotor's disk (a coaxial pair: two)
        row["disk"] = row["rotors"] * math.pi * diameter ** 2 / 4.0
    per_pack = _si(d.get("battery_mass_per_pack"), "kg")
    total = _si(d.get("battery_mass_total"), "kg")
    if total is None and per_pack is not None and "packs" in row:
        total = per_pack * row["packs"]
    if total is not None:
        row["battery_fraction"] = total / mass
        if per_pack is None and "packs" in row:
            per_pack = total / row["packs"]
    energy = _si(d.get("battery_energy_per_pack"), "W*h")
    if energy is None and "battery_capacity_per_pack" in d and "battery_voltage_per_pack" in d:
        energy = (_si(d["battery_capacity_per_pack"], "A*h")
                  * _si(nominal_pack_voltage(d), "V"))
        row["derived"] += ("specific_energy",)
    capacity = _si(d.get("battery_capacity_per_pack"), "mA*h")
    if capacity is not None:
        row["capacity"] = capacity
    if energy is not None:
        row["energy"] = energy * row.get("packs", 1)
    if energy is not None and per_pack is not None:
        row["specific_energy"] = energy / per_pack
        row["pack"] = f"{energy:.4g} Wh / {1000 * per_pack:.4g} g"
    return row


# --------------------------------------------------------------------------- fits

@dataclass(frozen=True)
class Relation:
    """A least-squares relation ``g(y) = a + b ln m + e`` (``b = 0`` for a pooled one).

    ``transform`` is ``"log"`` or ``"logit"`` (``g``); ``scatter`` the residual standard
    deviation (``n - p`` degrees of freedom); ``mean_x`` and ``sxx`` the mean and spread of
    ``ln m`` that set the leverage; ``masses`` the take-off masses fitted [kg]; ``rows`` the
    machines used, by name.
    """

    name: str
    transform: str
    intercept: float
    slope: float
    scatter: float
    n: int
    parameters: int
    mean_x: float
    sxx: float
    masses: tuple[float, float]
    rows: tuple[str, ...]
    observed: tuple[float, float] = (math.nan, math.nan)
    slope_error: float = math.nan
    #: What ``x`` is the log of ("m / 1 kg"; a battery relation's capacity or energy).
    x_label: str = "m / 1 kg"

    @property
    def trend(self) -> bool:
        """True when the fit keeps its slope on ln m (:data:`TREND_T` standard errors)."""
        return self.parameters == 2

    def prior_interval(self, mass: float) -> tuple[float, float]:
        """The prior's ends at take-off mass ``mass`` [kg].

        With a trend, the :data:`COVERAGE` prediction interval of the fit. Without one, the
        lowest to the highest value observed: a distribution-free prediction interval that
        holds a new machine's value with probability (n - 1) / (n + 1) whatever the shape of
        the distribution (Wilks 1941), where a fitted normal would put its tails where the
        data may have none.
        """
        return self.interval(mass) if self.trend else self.observed

    def interval(self, mass: float, coverage: float = COVERAGE) -> tuple[float, float]:
        """The ``coverage`` prediction interval of ``y`` at take-off mass ``mass`` [kg]."""
        from scipy.special import stdtrit    # Student t quantile; imported here, on first use
        x = math.log(mass)
        leverage = 1.0 / self.n + ((x - self.mean_x) ** 2 / self.sxx
                                   if self.parameters == 2 else 0.0)
        half = stdtrit(self.n - self.parameters, 0.5 + coverage / 2.0) * self.scatter \
            * math.sqrt(1.0 + leverage)
        centre = self.intercept + self.slope * x
        return self._back(centre - half), self._back(centre + half)

    def quantile(self, mass: np.ndarray, percentile: np.ndarray) -> np.ndarray:
        """``y`` at the ``percentile`` (0-1) of its prediction distribution, vectorised."""
        from scipy.special import stdtrit
        x = np.log(np.asarray(mass, dtype=float))
        leverage = 1.0 / self.n + ((x - self.mean_x) ** 2 / self.sxx
                                   if self.parameters == 2 else 0.0)
        g = (self.intercept + self.slope * x
             + stdtrit(self.n - self.parameters, percentile) * self.scatter
             * np.sqrt(1.0 + leverage))
        return np.exp(g) if self.transform == "log" else 1.0 / (1.0 + np.exp(-g))

    def median(self, mass: float) -> float:
        """The fitted (median) ``y`` at take-off mass ``mass`` [kg]."""
        return self._back(self.intercept + self.slope * math.log(mass))

    def _back(self, g: float) -> float:
        return math.exp(g) if self.transform == "log" else 1.0 / (1.0 + math.exp(-g))

    def summary(self) -> str:
        """The relation, its data and its scatter, in one line."""
        g = {"log": "ln", "logit": "logit"}[self.transform]
        data = (f"{self.n} real machines of {self.masses[0]:.3g}-{self.masses[1]:.3g} kg "
                "(data/multirotors.toml, data/multirotors_priors.toml)")
        if self.trend:
            return (f"{g} {self.name} = {self.intercept:.3g} {self.slope:+.3g} "
                    f"ln({self.x_label}) "
                    f"(slope s.e. {self.slope_error:.2g}), residual scatter "
                    f"{self.scatter:.3g} in {g}, fitted on {data}; "
                    f"{100 * COVERAGE:.0f} % prediction interval")
        return (f"no trend with mass in {data} (slope within {TREND_T:g} standard errors "
                f"of zero, s.e. {self.slope_error:.2g} in {g} per ln kg): "
                f"{self.observed[0]:.3g}-{self.observed[1]:.3g}, the lowest to the highest "
                f"observed, a distribution-free interval of coverage {self.n - 1}/{self.n + 1}"
                f" (scatter {self.scatter:.3g} in {g})")


def fit(name: str, x: np.ndarray, y: np.ndarray, transform: str, rows: tuple[str, ...],
        masses: np.ndarray, x_label: str = "m / 1 kg") -> Relation:
    """Ordinary least squares of ``g(y)`` on ``x = ln m``; pooled (a constant) when the
    slope lies within :data:`TREND_T` standard errors of zero."""
    g = np.log(y) if transform == "log" else np.log(y / (1.0 - y))
    n = len(g)
    if n < 4:
        raise DroneCalcError("too few machines to fit a relation", field=name, value=n,
                             expected="at least 4")
    mean_x = float(np.mean(x))
    sxx = float(np.sum((x - mean_x) ** 2))
    slope = float(np.sum((x - mean_x) * (g - g.mean())) / sxx)
    scatter2 = float(np.sqrt(np.sum((g - g.mean() - slope * (x - mean_x)) ** 2) / (n - 2)))
    slope_error = scatter2 / math.sqrt(sxx)
    trend = abs(slope) >= TREND_T * slope_error
    if not trend:
        slope = 0.0
    p = 2 if trend else 1
    intercept = float(g.mean() - slope * mean_x)
    scatter = float(np.sqrt(np.sum((g - intercept - slope * x) ** 2) / (n - p)))
    return Relation(name, transform, intercept, slope, scatter, n, p, mean_x, sxx,
                    (float(masses.min()), float(masses.max())), rows,
                    (float(np.min(y)), float(np.max(y))), slope_error, x_label)


#: Machines the relations leave out (by name): empty except inside
#: :func:`dronecalc.priors.holdout.held_out`, which a validation benchmark uses so that a
#: machine is never judged with priors fitted on its own figures.
_HELD_OUT: frozenset[str] = frozenset()


def rows_in_use() -> tuple[dict[str, Any], ...]:
    """:func:`prior_rows` less the machines held out (all of them outside a hold-out)."""
    return tuple(r for r in prior_rows() if r["name"] not in _HELD_OUT)


def relations() -> dict[str, Relation]:
    """The fitted relations (once per process and hold-out; the data files are read on first
    use)."""
    return _relations(_HELD_OUT)


@functools.cache
def _relations(held_out: frozenset[str]) -> dict[str, Relation]:
    rows = [r for r in prior_rows() if r["name"] not in held_out]
    out = {}
    for name, key, transform in (("cells", "cells", "log"),
                                 ("battery_mass_fraction", "battery_fraction", "logit"),
                                 ("specific_energy", "specific_energy", "log"),
                                 ("max_payload", "max_payload", "log")):
        used = [r for r in rows if key in r]
        if name == "specific_energy":              # one row per pack model
            used = list({r["pack"]: r for r in used}.values())
        mass = np.array([r["mass"] for r in used])
        out[name] = fit(name, np.log(mass), np.array([float(r[key]) for r in used]),
                        transform, tuple(r["name"] for r in used), mass)
    for key, label in {**BATTERY_RELATIONS, **SIZE_RELATIONS}.items():   # mass given them
        used = [r for r in rows if key in r]
        mass = np.array([r["mass"] for r in used])
        out[f"mass_from_{key}"] = fit(
            "mass", np.log([float(r[key]) for r in used]), mass, "log",
            tuple(r["name"] for r in used), mass, label)
    return out


#: Battery figures the take-off mass is fitted on when no mass is stated (row key -> what
#: the relation's x is): the charge of one pack [mAh] and the energy of all packs [Wh].
BATTERY_RELATIONS = {"capacity": "C / 1 mAh, the charge of one pack",
                     "energy": "E / 1 Wh, the energy of all packs"}
#: The same for the rotor disk (review 18: a stated 40 in rotor sized nothing): the disk area
#: of all rotors N pi D^2 / 4 [m^2] (:mod:`.disk_size`).
SIZE_RELATIONS = {"disk": "A / 1 m^2, the disk area of all rotors"}


def battery_masses(capacity: float | None = None, energy: float | None = None
                   ) -> tuple[float, float, Relation, bool]:
    """Take-off masses [kg] (no payload) of real machines with a stated battery: the
    :data:`COVERAGE` prediction interval of ``mass_from_energy`` at ``energy`` [Wh] (all
    packs) when given, else of ``mass_from_capacity`` at ``capacity`` [mAh] (one pack).

    The energy predicts the mass with less scatter than the charge (which leaves the cell
    count open); both relations are fitted on the machines of data/multirotors.toml and
    data/multirotors_priors.toml that source the figure (docs/theory.md). The fourth value
    is True when the figure lies outside those the relation was fitted on (an
    extrapolation: the interval widens with the leverage).
    """
    key = "energy" if energy is not None else "capacity"
    rel = relations()[f"mass_from_{key}"]
    x = energy if energy is not None else capacity
    low, high = rel.interval(x)
    fitted = [r[key] for r in rows_in_use() if key in r]
    return low, high, rel, not min(fitted) <= x <= max(fitted)


def battery_share_masses(battery_mass: tuple[float, float]) -> tuple[float, float, Relation]:
    """Take-off masses [kg] (no payload) at which a stated mass of all packs ``battery_mass``
    [kg] (low, high) is a battery share real machines show: from the mass at which the low
    battery mass is the top of the ``battery_mass_fraction`` prior (its
    :meth:`Relation.prior_interval`, the lowest to the highest share observed when the fit
    has no trend) to the mass at which the high battery mass is its bottom. A lighter machine
    would carry a larger share of its mass as battery than any real machine of the data, a
    heavier one a smaller share. Bisection on ln m within 0.001-10,000 kg (the battery mass
    m f(m) rises with m over the data)."""
    rel = relations()["battery_mass_fraction"]

    def where(target: float, end: int) -> float:
        low, high = math.log(1e-3), math.log(1e4)
        for _ in range(60):
            mid = 0.5 * (low + high)
            m = math.exp(mid)
            low, high = (low, mid) if m * rel.prior_interval(m)[end] >= target else (mid, high)
        return math.exp(high)

    return where(battery_mass[0], 1), where(battery_mass[1], 0), rel


# --------------------------------------------------------------------------- priors

#: Whether a stated charge of one pack conditions the drawn cell count as well as the mass
#: (:func:`.pack_fit.cells_given_charge`, :func:`cells_from_percentile`). Off: measured in
#: issue 10's sixth round and left out (news rendering of benchmarks/verdicts.py 98 / 16 / 90
#: -> 92 / 16 / 90 %; the capacity term rests on two machines; docs/theory.md 9.2).
CELLS_GIVEN_CHARGE = False


def cells_from_percentile(mass: np.ndarray, percentile: np.ndarray,
                          charge: np.ndarray | None = None) -> np.ndarray:
    """Series cells per pack at take-off mass ``mass`` [kg] and ``percentile`` (0-1); with
    :data:`CELLS_GIVEN_CHARGE` on and the charge of one pack ``charge`` [mAh] given, from the
    relation on mass and charge (:func:`.pack_fit.cells_given_charge`) when the data keep its
    charge term.

    The ``cells`` relation's prediction quantile, rounded to the nearest whole cell and kept
    within 1-30 cells: drawing ``percentile`` uniformly between 0.5 % and 99.5 %
    (``tables.CELLS_PERCENTILES``) reproduces the fitted distribution between its p0.5 and
    p99.5, so the samples' p5-p95 is the relation's, as ``disk_loading_percentile`` does for
    the rotor size.
    """
    joint = None
    if CELLS_GIVEN_CHARGE and charge is not None:        # off as shipped (sixth round)
        from .pack_fit import cells_given_charge
        joint = cells_given_charge()
    value = (joint.quantile(mass, charge, percentile) if joint is not None
             else relations()["cells"].quantile(mass, percentile))
    return np.clip(np.round(value), 1.0, 30.0)


def payload_mass(payload: float) -> float:
    """The lightest take-off mass [kg] (no payload) at which real machines carry ``payload``.

    The ``max_payload`` relation (maker's maximum payload against take-off mass) at the upper
    end of its :data:`COVERAGE` prediction interval reaches ``payload`` [kg] there: a lighter
    machine would need a larger payload share than 95 % of real machines have.
    """
    return _mass_where(payload, 1)


def payload_masses(payload: float) -> tuple[float, float]:
    """Take-off masses [kg] (no payload) of real machines whose maximum payload is
    ``payload`` [kg]: the ``max_payload`` relation's :data:`COVERAGE` prediction interval
    read the other way, from the mass where its upper end reaches ``payload``
    (:func:`payload_mass`) to the mass where its lower end does (a heavier machine's maximum
    payload is larger than ``payload`` for 95 % of real machines)."""
    return _mass_where(payload, 1), _mass_where(payload, 0)


def _mass_where(payload: float, end: int) -> float:
    """The mass [kg] at which end ``end`` (0 lower, 1 upper) of the ``max_payload``
    prediction interval reaches ``payload`` [kg], within 0.01-1000 kg."""
    rel = relations()["max_payload"]
    low, high = math.log(0.01), math.log(1000.0)
    if rel.interval(math.exp(low))[end] >= payload:
        return math.exp(low)
    for _ in range(60):                          # bisection on ln m: the bound rises with m
        mid = 0.5 * (low + high)
        low, high = (low, mid) if rel.interval(math.exp(mid))[end] >= payload else (mid, high)
    return math.exp(high)


def pick_class(mass: tuple[float, float] | None, rotors: float | None,
               rotor_diameter: float | None, payload: float | None = None) -> tuple[str, str]:
    """The vehicle class whose tables fill what no relation covers, and why.

    Parameters
    ----------
    mass : (float, float) or None
        Take-off mass without payload [kg], both ends of what is stated.
    rotors : float or None
        Stated rotor count (middle of a range).
    rotor_diameter : float or None
        Stated rotor diameter [m] (middle of a range).
    payload : float or None
        Stated payload [kg] (its high end).

    Returns
    -------
    (str, str)
        A key of :data:`~dronecalc.priors.tables.PRIOR_SETS` and the reason.

    Notes
    -----
    By the mass when one is stated (:data:`CLASS_MASSES`), else by the rotor diameter (over
    30 in: agricultural; under 12 in: small camera), else by the lightest machine that
    carries a stated payload (:func:`payload_mass`), else by the rotor count (six or more:
    hexacopter). With none of these, ``large-lift-quad``, and the reason says that no figure
    sets the size.
    """
    many = rotors is not None and rotors >= 6
    if mass is not None:
        middle = math.sqrt(mass[0] * mass[1])
        if middle < CLASS_MASSES[0]:
            return "small-camera-quad", f"take-off mass {middle:.3g} kg < {CLASS_MASSES[0]:g} kg"
        elif middle >= CLASS_MASSES[1]:
            return "heavy-agricultural", (f"take-off mass {middle:.3g} kg >= "
                                          f"{CLASS_MASSES[1]:g} kg")
        else:
            name = "large-lift-hexa" if many else "large-lift-quad"
            return name, (f"take-off mass {middle:.3g} kg within {CLASS_MASSES[0]:g}-"
                          f"{CLASS_MASSES[1]:g} kg" + (", six or more rotors" if many else ""))
    inch = 0.0254
    if rotor_diameter is not None and rotor_diameter > 30 * inch:
        return "heavy-agricultural", "rotor diameter over 30 in"
    elif rotor_diameter is None and payload is not None and payload > 0:
        least = payload_mass(payload)
        name, _ = pick_class((least, least), rotors, None)
        return name, (f"no mass stated; a {payload:.3g} kg payload needs a machine of at least "
                      f"{least:.3g} kg without payload ({relations()['max_payload'].summary()},"
                      " upper end)")
    elif many:
        return "large-lift-hexa", "six or more rotors, no mass stated"
    elif rotor_diameter is not None and rotor_diameter < 12 * inch:
        return "small-camera-quad", "rotor diameter under 12 in"
    elif rotor_diameter is not None:
        return "large-lift-quad", "rotor diameter 12-30 in, no mass stated"
    else:
        return "large-lift-quad", "no mass, rotor size or rotor count sets the size"


def conditioned_priors(mass: tuple[float, float]) -> dict[str, Prior]:
    """Priors for ``cells``, ``battery_mass_fraction`` and ``packs`` at a stated mass.

    The ``specific_energy`` relation is fitted and reported (docs/theory.md) but is not a
    prior here: it shows no trend with mass. Below 2 kg with no chemistry stated the small
    machines' own pack models set it (:mod:`.pack_energy`, review 20); elsewhere the
    chemistry's sourced range (``battery.CHEMISTRIES``, which covers hobby packs) stands.

    Parameters
    ----------
    mass : (float, float)
        Take-off mass without payload [kg], low and high end (equal for a point figure).

    Returns
    -------
    dict of str to Prior
        In display units (cells, -, packs). For a mass range, the union of the
        intervals at its two ends (every relation is monotone in mass).
    """
    rel = relations()
    out = {}
    for name in ("cells", "battery_mass_fraction"):
        ends = [rel[name].prior_interval(m) for m in mass]
        low, high = min(e[0] for e in ends), max(e[1] for e in ends)
        if name == "cells":
            low, high = max(1.0, math.floor(low)), min(30.0, max(math.ceil(high), 1.0))
        out[name] = Prior(low, high, _note(rel[name], mass), judgement=False)
    out["packs"] = _packs(mass)
    return out


def battery_fraction_limit(mass: tuple[float, float]) -> Prior:
    """The largest battery share real machines of ``mass`` [kg] show: the upper end of the
    :data:`LIMIT_COVERAGE` prediction interval of the ``battery_mass_fraction`` relation
    (the larger of the two ends of a mass range), as an exact prior."""
    rel = relations()["battery_mass_fraction"]
    high = max(rel.interval(m, LIMIT_COVERAGE)[1] for m in mass)
    return Prior(high, high, f"upper end of the {100 * LIMIT_COVERAGE:.0f} % prediction "
                 "interval of the battery share: " + _note(rel, mass), judgement=False)


def battery_fraction_limit_empty(empty: tuple[float, float]) -> Prior:
    """:func:`battery_fraction_limit` for a case stating its empty mass ``empty`` [kg] and a
    battery by its charge or energy, no take-off mass: the packs then make the take-off mass
    without payload, at least the empty mass and at most empty / (1 - the share's bound), and
    the bound is the largest over those masses (one refinement: the relation is pooled as
    shipped, so it is the same at every mass). Without it a 4 kg airframe with 11 Ah per pack
    drew up to six 12S packs, 18 kg of battery (an 82 % share; real machines 17-43 %)."""
    first = battery_fraction_limit(empty)
    return battery_fraction_limit((empty[0], empty[1] / (1.0 - min(first.high, 0.99))))


def _note(relation: Relation, mass: tuple[float, float]) -> str:
    outside = mass[0] < relation.masses[0] or mass[1] > relation.masses[1]
    return (f"conditioned on the take-off mass {_span(mass)} kg without payload: "
            f"{relation.summary()}" + ("; outside the fitted masses: an extrapolation, the "
                                      "interval widened by the fit's leverage"
                                      if outside else ""))


def _span(mass: tuple[float, float]) -> str:
    return f"{mass[0]:.3g}" if mass[0] == mass[1] else f"{mass[0]:.3g}-{mass[1]:.3g}"


def _packs(mass: tuple[float, float]) -> Prior:
    rows = [r for r in rows_in_use() if "packs" in r]
    near = [r for r in rows if mass[0] / 2.0 <= r["mass"] <= 2.0 * mass[1]]
    if near:
        most = max(r["packs"] for r in near)
        how = (f"1 to the most packs flown by the {len(near)} data machines within a factor "
               f"2 of {_span(mass)} kg ({most}: "
               + ", ".join(r["name"] for r in near if r["packs"] == most) + ")")
    else:
        most = max(r["packs"] for r in rows)
        how = (f"no data machine within a factor 2 of {_span(mass)} kg: 1 to the most packs "
               f"any of the {len(rows)} machines flies ({most})")
    return Prior(1.0, float(most), how + " (data/multirotors.toml)", judgement=False)


# ------------------------------------------- rotor drag given the drag area (issue 12)

#: Whether the checks draw the rotor drag given the drawn drag area (``rotor_drag_percentile``
#: and :func:`rotor_drag_law`) instead of independently over the power-curve fit's p5-p95
#: (``rotor_drag_coefficient``), on the path with a stated rotor size. Off: measured in issue
#: 12's ninth round and left out, since it takes the held-out coverage of the checks on the
#: sized machines (accuracy.py section D, each machine held out of every fit) from 80 % to
#: 77 % and their worst case (the Alta X payload sweep) from 64 % to 73 %, with either
#: scatter of the law, while the median and worst without the sweep improve
#: (docs/validation.md, ninth round). Turning it on changes the draws the efficiency law is
#: fitted under: regenerate ``data/calibrated.toml`` (``benchmarks/accuracy.py --write``).
ROTOR_DRAG_GIVEN_DRAG_AREA = False

# ------------------------------------------- load-dependent losses (issue 12, tenth round)

#: Load-dependent loss coefficients every multirotor of the checks carries
#: (``physics.load_losses``: motor copper and no-load loss, Drela 2007; pack sag at a
#: loaded-voltage cut-off, Chen & Rincon-Mora 2006). Empty = off, as shipped: fitted on the
#: makers' payload pairs and measured held out in issue 12's tenth round (benchmarks/
#: accuracy.py section E; docs/validation.md), the best of them, copper loss fitted on the
#: DJI pairs (0.112), moves the sized machines' held-out coverage not at all (80 %), their
#: worst case (the Alta X sweep) 63.4 -> 59.4 % and the worst without the sweep 18.1 ->
#: 18.6 %. To turn one on, e.g. ``{"drive_copper_loss": 0.112}``, then regenerate
#: ``data/calibrated.toml`` (``benchmarks/accuracy.py --write``): the efficiency law is
#: fitted under the same losses (``efficiency_fit.maker_time`` reads this too).
LOAD_DEPENDENT_LOSSES: dict[str, float] = {}

#: Percentiles of the rotor-drag law's scatter between which ``rotor_drag_percentile`` is
#: drawn [%]: the same choice and reason as ``tables.EFFICIENCY_PERCENTILES`` (the normal's
#: p0.5-p99.5, so the samples' p5-p95 is the law's own).
ROTOR_DRAG_PERCENTILES = (0.5, 99.5)


@functools.lru_cache(maxsize=1)
def rotor_drag_law() -> dict:
    """The rotor drag given the drag-area coefficient, ``calibrated.toml [rotor_drag_law]``
    (fitted by ``efficiency_fit.fit_rotor_drag_law`` on ``data/power_curves.toml``)."""
    stored = calibration.load_calibrated().get("rotor_drag_law")
    if stored is None:              # a file written before the law: fit it (0.5 s, once)
        from .efficiency_fit import fit_rotor_drag_law
        return fit_rotor_drag_law()
    return dict(stored)


def rotor_drag_from_percentile(drag_area_coefficient: np.ndarray, percentile: np.ndarray
                               ) -> np.ndarray:
    """In-plane rotor-drag coefficient [s/m] at the drawn drag-area coefficient [m^2 at 1 kg]
    and ``percentile`` (0-1) of the law's between-curve scatter, vectorised:
    max(c_ref + b (f - f_ref) + Phi^-1(percentile) s, 0) (:func:`rotor_drag_law`)."""
    from scipy.special import ndtri
    from .efficiency_fit import rotor_drag_given_drag_area
    return rotor_drag_given_drag_area(rotor_drag_law(), drag_area_coefficient,
                                      ndtri(np.asarray(percentile, dtype=float)))


def rotor_drag_prior() -> Prior:
    """``rotor_drag_percentile``: p0.5-p99.5 of the rotor-drag law at the drawn drag area."""
    law = rotor_drag_law()
    return Prior(*ROTOR_DRAG_PERCENTILES,
                 f"p{ROTOR_DRAG_PERCENTILES[0]:g}-p{ROTOR_DRAG_PERCENTILES[1]:g} of the rotor "
                 f"drag given the drawn drag-area coefficient f, c = {law['value']:.3g} "
                 f"{law['slope']:+.3g} (f - {law['reference']:g}) s/m, between-curve scatter "
                 f"{law['scatter']:.2g} s/m, floored at 0 (data/calibrated.toml "
                 f"[rotor_drag_law]: c fitted at each f on the {law['n_curves']} measured power "
                 "curves of data/power_curves.toml, on which c and f trade almost one for one)",
                 judgement=False)
