r"""The maximum power of an electric fixed wing's motors, given its take-off mass, for a case
whose source states none (issue #13, fwmotor13: real reports rarely state motor power, so a
top speed, cruise speed or ceiling claim on an electric wing was "not judged").

The law is a power loading, the installed power per unit take-off mass,

.. math:: \ln (P / m) = \mu + \varepsilon, \qquad \varepsilon \sim N(0, s^2),

fitted on the electric rows that state both a motor power and a take-off mass
(``data/electric_motor_power.toml`` and the electric rows of ``data/fixed_wing.toml`` that
state an ``engine_power``): :math:`\mu` the mean of :math:`\ln(P/m)` and :math:`s` its sample
standard deviation (n - 1 degrees of freedom). A power loading in W/kg (or W/lb, hp/lb) is how
design references size a power plant by class: Raymer, *Aircraft Design: A Conceptual
Approach*, ch. 5 (power-to-weight ratio tabulated by aircraft class); the electric-model guideline of
patscustom-models.com ("Direct Drive Systems- 60 Watts/lb ... For mild aerobatic performance;
70 - 80 Watts/lb ... For all out aerobatics; 100 - 125 Watts/lb ... 3D performance; 175
Watts/lb", 132-386 W/kg). The exponent on the mass is held at 1: fitted free on the same rows it
comes out 1.03, and held at 1 the leave-one-aircraft-out scatter of ln P is lower (0.67 against
0.80, benchmarks/fixed_wing_motor.py), the rows spanning only 0.7-4.5 kg.

A new aircraft's power at percentile p of the prediction interval is

.. math:: P = m\,\exp\big(\mu + t_{n-1}(p)\, s \sqrt{1 + 1/n}\big)

(Student t prediction interval for one new observation of a normal sample: Hahn & Meeker 1991,
*Statistical Intervals*, Wiley), drawn, as the piston law of
:mod:`dronecalc.priors.fixed_wing_mass`, at each sampled machine's own take-off mass between
:data:`~dronecalc.priors.fixed_wing_mass.MASS_PERCENTILES`. With seven rows, six of them hobby
models, the spread is a judgement on few data (the data file says which), and beyond the fitted
masses the law is an extrapolation: both are said in the note every finding that uses it
carries.
"""
from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from ..errors import DroneCalcError
from .data_rows import data_row
from .fixed_wing_mass import INFERRED, MASS_PERCENTILES, masses_text

_DATA_FILE = "electric_motor_power.toml"
_UNITS = {"takeoff_mass": "kg", "motor_power": "W", "wingspan": "m"}
_TEXT_KEYS = ("name", "kind", "role", "motor")
#: The words of an inferred power's note that say it is an electric motor's (the notes read
#: them to say "motor power", not "engine power").
MOTOR_WORDS = "of the electric motors"


@dataclass(frozen=True)
class LoadingLaw:
    """ln(P/m) = mu + eps over ``names``: P [W] = m [kg] x exp(mu), scatter s."""

    mu: float
    sigma_ln: float
    names: tuple[str, ...]
    x_range: tuple[float, float]      # smallest and largest take-off mass fitted [kg]

    @property
    def n(self) -> int:
        return len(self.names)

    @property
    def loading(self) -> float:
        """The median power loading [W/kg]."""
        return math.exp(self.mu)

    def median(self, mass) -> np.ndarray:
        return np.asarray(mass, dtype=float) * self.loading

    def predictive_sd(self, mass=None) -> float:
        """s sqrt(1 + 1/n): the scatter of ln P for one new aircraft (the mass known)."""
        return self.sigma_ln * math.sqrt(1.0 + 1.0 / self.n)

    def at(self, mass, percentile) -> np.ndarray:
        """The power [W] at ``percentile`` [%] of the prediction interval at ``mass`` [kg]."""
        from scipy.special import stdtrit            # Student t quantile
        t = stdtrit(self.n - 1, np.asarray(percentile, dtype=float) / 100.0)
        return self.median(mass) * np.exp(t * self.predictive_sd())

    def describe(self) -> str:
        lo, hi = (float(self.at(1.0, p)) for p in MASS_PERCENTILES)
        return (f"P = {self.loading:.0f} W/kg x m (median; p{MASS_PERCENTILES[0]:.0f}-"
                f"p{MASS_PERCENTILES[1]:.0f} {lo:.0f}-{hi:.0f} W/kg), scatter "
                f"x{math.exp(self.sigma_ln):.2f} (sigma_ln {self.sigma_ln:.2f}), n = {self.n}, "
                f"take-off masses {self.x_range[0]:.2g}-{self.x_range[1]:.2g} kg")


def parse_motor_rows(text: str, origin: str = f"dronecalc/data/{_DATA_FILE}") -> list[dict]:
    """Parse and validate text in the ``electric_motor_power.toml`` format: each figure read
    as those of ``data/fixed_wing.toml`` (value, basis, source; a wrong unit or basis is an
    error naming the aircraft and key)."""
    from .fixed_wing import _figure
    rows = []
    for entry in tomllib.loads(text).get("aircraft", []):
        row = data_row(entry, _TEXT_KEYS, _UNITS, origin, _figure)
        for key in ("takeoff_mass", "motor_power"):
            if key not in row:
                raise DroneCalcError("a motor-power row needs both figures",
                                     field=f"{origin}: {row.get('name', '?')}", value=key,
                                     expected="takeoff_mass and motor_power")
        rows.append(row)
    return rows


@lru_cache(maxsize=1)
def _file_rows() -> tuple:
    text = resources.files("dronecalc").joinpath("data", _DATA_FILE).read_text(encoding="utf-8")
    return tuple(parse_motor_rows(text))


def motor_rows(with_doubt: bool = True) -> list[tuple[float, float, str]]:
    """(take-off mass [kg], motor power [W], name) of every electric fixed wing that states
    both: this module's file, then the ``fixed-wing-electric`` rows of ``data/fixed_wing.toml``
    with an ``engine_power`` not already in the file. ``with_doubt=False`` leaves out rows
    whose power or mass carries a ``doubt``."""
    from .fixed_wing import _load
    out, names = [], set()
    for r in _file_rows():
        if with_doubt or not (r["motor_power"].doubt or r["takeoff_mass"].doubt):
            out.append((r["takeoff_mass"].mid, r["motor_power"].mid, r["name"]))
        names.add(r["name"])
    for r in _load():
        if r["kind"] == "fixed-wing-electric" and "engine_power" in r and \
                "takeoff_mass" in r and r["name"] not in names:
            if with_doubt or not (r["engine_power"].doubt or r["takeoff_mass"].doubt):
                out.append((r["takeoff_mass"].mid, r["engine_power"].mid, r["name"]))
    return out


def fit_loading(rows) -> LoadingLaw:
    """The power-loading law over ``rows`` of (mass, power, name); n >= 2 (a scatter)."""
    if len(rows) < 2:
        raise DroneCalcError("too few rows to fit the motor power loading", value=len(rows),
                             expected=">= 2")
    m, p, names = zip(*rows)
    r = np.log(np.asarray(p, dtype=float) / np.asarray(m, dtype=float))
    return LoadingLaw(float(np.mean(r)), float(np.std(r, ddof=1)), tuple(names),
                      (float(min(m)), float(max(m))))


@lru_cache(maxsize=16)
def motor_law(without: str | None = None) -> LoadingLaw:
    """The shipped law (``without``: fitted without that aircraft, the leave-one-out)."""
    return fit_loading([r for r in motor_rows() if r[2] != without])


def inferred_motor_power(mass) -> tuple[float, float, str, str]:
    """(low, high [W], origin, note) of the motors' maximum power of an electric fixed wing
    whose source states none: p5-p95 of :func:`motor_law` at the take-off mass input
    ``mass``'s ends (the band the draws span; each machine's power is drawn at its own mass,
    engine.fixed_wing_power)."""
    law = motor_law()
    lo, hi = MASS_PERCENTILES
    beyond = ""
    if mass.low < law.x_range[0] or mass.high > law.x_range[1]:
        beyond = (f"; extrapolated beyond the fitted {law.x_range[0]:.2g}-"
                  f"{law.x_range[1]:.2g} kg, where no electric row states its power")
    return (float(law.at(mass.low, lo)), float(law.at(mass.high, hi)), "calibration",
            f"{INFERRED}: p{lo:.0f}-p{hi:.0f} of the maximum power {MOTOR_WORDS} of an "
            f"aircraft of {masses_text(mass)}, {law.describe()}, fitted on the "
            "electric fixed wings of data/electric_motor_power.toml and data/fixed_wing.toml "
            "that state both (a power loading with a Student t "
            "prediction interval; fewer than eight rows, mostly hobby models, so its spread "
            f"is a judgement{beyond})")


def leave_one_out(with_doubt: bool = True) -> list[tuple[str, float, float, float]]:
    """Per row: (name, stated power [W], the fold's median [W], z = ln error / the fold's
    predictive sd), each predicted by the law fitted without it."""
    rows = motor_rows(with_doubt)
    out = []
    for m, p, name in rows:
        law = fit_loading([r for r in rows if r[2] != name])
        med = float(law.median(m))
        out.append((name, p, med, math.log(p / med) / law.predictive_sd()))
    return out
