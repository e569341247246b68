"""The design full load conditioned on the rotor disk (issue 10, payload10).

A maximum-payload claim without a stated maximum take-off mass (MTOW) or motor Kv is judged
against the design full load M less the take-off mass without payload m
(``claims/kinds/payload.py``). :mod:`.drive` predicts M from m alone (M = rho(m) m, the ratio
fitted on the real machines of ``data/multirotors.toml``). A stated rotor disk says more about
what the machine can lift: momentum theory ties the thrust a rotor gives at a given power to its
disk area A = N pi D^2 / 4 (Leishman, *Principles of Helicopter Aerodynamics*, 2nd ed., 2006,
ch. 2), and makers size rotors for their full load. This module fits the disk loading at the
MTOW, w = M g / A [N/m^2], of the machines of ``data/multirotors.toml`` that state an MTOW, a
rotor diameter and a rotor count, against the rotor diameter:

    ln w = a + b ln(D / 1 m) + e        (:func:`.conditioned.fit`: OLS, the slope dropped
                                         when within two standard errors of zero)

so that M_disk = w(D) A / g, and offers four ways (:data:`METHODS`) to turn m and the disk
into M:

* ``"mass"``: the mass law of :mod:`.drive` alone (ln M = ln m + ln rho(m)), the disk unused;
* ``"disk"``: the disk law alone (ln M = ln(w(D) A / g));
* ``"mean"``: the mean of the two in ln M;
* ``"max"``: the larger of the two (the disk allows more than the mass law says).

The method is chosen by leave-one-out over the same machines (:func:`disk_load`: each machine
predicted by both laws refitted without it; the smallest root-mean-square error of ln M wins),
never by a case or a benchmark's verdict. ``benchmarks/disk_full_load.py`` validates that
choice by nested leave-one-out (the choice made inside each outer fold). A method other than
``"mass"`` draws ln M = centre + t_{n-1}(u) x its leave-one-out error (u the design-load
percentile); ``"mass"`` keeps the mass law's own prediction interval (:meth:`.drive.DesignLoad
.ratio`). As shipped (8 machines, 2026-12-02) the choice is ``"mass"``: docs/theory.md section
9.9, "The design full load and the rotor disk".
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from ..errors import DroneCalcError
from ..physics.atmosphere import ISA_CONSTANTS
from .conditioned import Relation, fit

#: Standard gravity [m/s^2] (ISO 80000-3; the package's one constant, physics.atmosphere).
G = ISA_CONSTANTS["gravity"]
#: The ways to predict the design full load from the mass and the disk (see the module text).
METHODS = ("mass", "disk", "mean", "max")


#: How a coaxial machine's disk counts (``benchmarks/disk_full_load.py`` reports all three):
#: ``"effective"`` (shipped) N pi D^2 / 4 / kappa^2, the area of isolated rotors that needs
#: the same ideal power for the same thrust, kappa the layout's induced-power factor of
#: :data:`dronecalc.physics.rotor_terms.COAXIAL_FACTORS` (1 flat; 1.22 coaxial, Leishman 2006
#: sec. 4.4), as the physics treats a coaxial machine; ``"isolated"`` every rotor a disk
#: (kappa = 1); ``"projected"`` one disk per coaxial pair (N / 2 disks).
AREAS = ("effective", "isolated", "projected")
AREA = "effective"


def disk_area(diameter, rotors, overlap=1.0) -> np.ndarray:
    """Effective rotor disk area N pi D^2 / (4 kappa^2) [m^2] of ``rotors`` rotors of
    ``diameter`` [m] with the layout's induced-power factor ``overlap`` (kappa, 1 for a flat
    layout): momentum-theory hover power kappa T^1.5 / sqrt(2 rho A) is that of isolated
    rotors of area A / kappa^2 (Leishman 2006 sec. 4.4)."""
    d = np.asarray(diameter, dtype=float)
    kappa = np.asarray(overlap, dtype=float)
    return np.asarray(rotors, dtype=float) * math.pi * d * d / 4.0 / (kappa * kappa)


def _overlap(layout: str | None, area: str) -> tuple[float, float]:
    """(kappa, rotor-count factor) of a data row's ``rotor_layout`` text under ``area``."""
    from ..physics.rotor_terms import COAXIAL_FACTORS
    coaxial = bool(layout) and str(layout).lower().startswith("coaxial")
    if area not in AREAS:
        raise DroneCalcError("unknown disk-area definition", field="area", value=area,
                             expected=" | ".join(AREAS))
    if not coaxial or area == "isolated":
        return 1.0, 1.0
    if area == "projected":
        return 1.0, 0.5
    return float(COAXIAL_FACTORS["coaxial"]["value"]), 1.0


def disk_rows(held_out=frozenset(), area: str = AREA
              ) -> tuple[tuple[str, float, float, float, float, float], ...]:
    """(name, take-off mass without payload m [kg], MTOW [kg], rotor diameter [m], rotors,
    kappa) of every machine of ``data/multirotors.toml`` stating a take-off mass, an MTOW, a
    rotor diameter and a rotor count, less ``held_out`` (names); kappa and the counted rotors
    as ``area`` defines a coaxial disk (:data:`AREAS`; its ``rotor_layout``, flat if unstated)."""
    from .drive import _held_back_env
    return tuple(r for r in _all_disk_rows(_held_back_env(), area) if r[0] not in held_out)


@functools.cache
def _all_disk_rows(env: str | None, area: str):
    """:func:`disk_rows` of every machine, read once per ``env`` (the held-back switch)."""
    from .drive import mass_without_payload
    from .multirotors import load_multirotors
    out = []
    for d in load_multirotors():
        if all(k in d for k in ("takeoff_mass", "max_takeoff_mass", "rotor_diameter",
                                "rotors")):
            kappa, count = _overlap(d.get("rotor_layout"), area)
            out.append((d["name"], mass_without_payload(d),
                        float(d["max_takeoff_mass"].m_as("kg")),
                        float(d["rotor_diameter"].m_as("m")), float(d["rotors"]) * count, kappa))
    return tuple(out)


def _disk_relation(rows) -> Relation:
    diameter = np.array([r[3] for r in rows])
    loading = np.array([r[2] * G for r in rows]) / disk_area(
        diameter, [r[4] for r in rows], [r[5] for r in rows])
    return fit("max_takeoff_disk_loading", np.log(diameter), loading, "log",
               tuple(r[0] for r in rows), diameter, x_label="D / 1 m")


def _centres(mass_law, disk_law: Relation, dry, diameter, rotors, overlap=1.0
             ) -> dict[str, np.ndarray]:
    """ln M of every method at the laws' medians, vectorised over ``dry`` [kg], ``diameter``
    [m], ``rotors`` and ``overlap`` (kappa)."""
    dry = np.asarray(dry, dtype=float)
    by_mass = np.log(dry) + np.log(mass_law.ratio(dry, 0.5))
    by_disk = np.log(disk_law.quantile(diameter, 0.5) * disk_area(diameter, rotors, overlap)
                     / G)
    return {"mass": by_mass, "disk": by_disk, "mean": 0.5 * (by_mass + by_disk),
            "max": np.maximum(by_mass, by_disk)}


def loo_errors(held_out=frozenset(), area: str = AREA) -> dict[str, np.ndarray]:
    """Leave-one-out errors of ln M (predicted less stated) of every method over
    :func:`disk_rows` less ``held_out``: each machine predicted by the mass law and the disk
    law both refitted without it (and without ``held_out``)."""
    from .drive import _design_load
    rows = disk_rows(held_out, area)
    errors = {k: [] for k in METHODS}
    for name, m, mtow, d, n, kappa in rows:
        out = frozenset(held_out) | {name}
        centres = _centres(_design_load(out), _disk_relation(disk_rows(out, area)), m, d, n,
                           kappa)
        for k in METHODS:
            errors[k].append(float(centres[k]) - math.log(mtow))
    return {k: np.asarray(v) for k, v in errors.items()}


@dataclass(frozen=True)
class DiskLoad:
    """The disk law, the method chosen by leave-one-out and its errors.

    ``loo`` maps each method to (root mean square, largest) leave-one-out error of ln M over
    ``rows``; ``choice`` is the method with the smallest root mean square.
    """
    relation: Relation
    rows: tuple[tuple[str, float, float, float, float], ...]
    loo: dict
    choice: str

    def full_load(self, dry, diameter, rotors, percentile, method: str | None = None,
                  overlap=1.0) -> np.ndarray:
        """The design full load M [kg] at take-off mass without payload ``dry`` [kg], rotor
        ``diameter`` [m], ``rotors``, layout factor ``overlap`` (kappa) and the
        ``percentile`` (0-1) of its prediction distribution, at least ``dry``; ``method``
        (default :attr:`choice`) one of :data:`METHODS`. Vectorised."""
        from scipy.special import stdtrit
        from .drive import design_load
        method = self.choice if method is None else method
        if method not in METHODS:
            raise DroneCalcError("unknown design-full-load method", field="method",
                                 value=method, expected=" | ".join(METHODS))
        dry = np.asarray(dry, dtype=float)
        mass_law = design_load()
        if method == "mass":
            return np.maximum(mass_law.ratio(dry, percentile), 1.0) * dry
        centre = _centres(mass_law, self.relation, dry, diameter, rotors, overlap)[method]
        spread = stdtrit(len(self.rows) - 1, percentile) * self.loo[method][0]
        return np.maximum(np.exp(centre + spread), dry)

    def describe(self, dry: float, diameter: float, rotors: float, overlap=1.0) -> str:
        """What the stated disk gives and which method the leave-one-out chose, a sentence."""
        from .drive import DESIGN_PERCENTILES
        lo, hi = (float(self.full_load(dry, diameter, rotors, p, "disk", overlap))
                  for p in DESIGN_PERCENTILES)
        area = float(disk_area(diameter, rotors, overlap))
        rel = self.relation
        errors = ", ".join(f"{k} {v[0]:.2g}" for k, v in self.loo.items())
        use = ("so it is not used: the design full load is the mass law's" if self.choice == "mass"
               else f"so the design full load is the '{self.choice}' method's")
        return (f"The stated rotor disk ({rotors:g} x {diameter / 0.0254:.3g} in, "
                f"{area:.3g} m^2 effective) gives, at the disk loading at the maximum take-off mass of "
                f"{len(self.rows)} real machines (data/multirotors.toml: ln w = "
                f"{rel.intercept:.3g} {rel.slope:+.3g} ln(D / 1 m), scatter {rel.scatter:.2g} "
                f"in ln, {rel.observed[0]:.3g}-{rel.observed[1]:.3g} N/m^2), a design full "
                f"load of {lo:.3g}-{hi:.3g} kg (90 % prediction interval, at least the "
                f"{dry:.3g} kg without payload: at most {hi - dry:.3g} kg of payload); a "
                "leave-one-out "
                f"over those machines (error of ln MTOW, rms: {errors}) chose '{self.choice}', "
                f"{use}.")


def disk_load() -> DiskLoad:
    """The fitted disk law and chosen method, leaving out the machines a hold-out names
    (:func:`.holdout.held_out` sets ``conditioned._HELD_OUT``)."""
    from . import conditioned
    return _disk_load(conditioned._HELD_OUT)


def _disk_load(held_out: frozenset) -> DiskLoad:
    from .drive import _held_back_env
    return _disk_load_env(held_out, _held_back_env())


@functools.cache
def _disk_load_env(held_out: frozenset, env: str | None) -> DiskLoad:
    rows = disk_rows(held_out)
    errors = loo_errors(held_out)
    loo = {k: (float(np.sqrt(np.mean(v ** 2))), float(np.max(np.abs(v))))
           for k, v in errors.items()}
    choice = min(METHODS, key=lambda k: loo[k][0])
    return DiskLoad(_disk_relation(rows), rows, loo, choice)
