r"""Fixed-wing priors: the sourced data set, fitted relations with their scatter, prior sets.

:func:`load_fixed_wing` reads ``data/fixed_wing.toml`` (44 real fixed-wing, one-way-attack and
VTOL fixed-wing drones, every figure with its source and basis: maker / official / analyst /
press / builder). :func:`fitted_relations` fits, on that set, the power laws

* wingspan vs take-off mass, :math:`b = a\,m^k` (sets the span, hence the induced drag, when a
  case states none);
* payload (or warhead) fraction vs take-off mass (the fleet a payload claim is compared with);
* empty-mass fraction vs take-off mass (reported with its count: too few rows to use);

each by least squares in log-log with the residual scatter :math:`\sigma_{\ln}` and the rows it
used. :func:`fit_excluding` adds, for the accuracy benchmark and refittable without any one
aircraft, engine power vs take-off mass and the spreads (:class:`Spread`) of stated fuel and
battery energy per kilogram of take-off mass (12 aircraft state their energy on board). What
the data cannot give comes from the literature, in :data:`PRIOR_SETS`, each range with its
source or marked a judgement: zero-lift drag, span efficiency, :math:`C_{L,max}`, propeller and
drive efficiency, BSFC by engine size, fuel fraction, aspect ratio. (With one equation per
aircraft the data identify only a lumped efficiency, eta L/D / BSFC, and it spans more than a
factor of 4 across the set: docs/theory.md section 10.)

References
----------
.. [Raymer2018] Raymer, D. P. (2018). *Aircraft Design: A Conceptual Approach*, 6th ed., AIAA.
   Sec. 12.5 (equivalent skin-friction method: C_fe = 0.0055 for light single-engine aircraft,
   Table 12.3; S_wet/S_ref about 4-6), eq. 12.48 (Oswald factor of straight wings).
.. [Ausserer] Ausserer, J. K., Polanka, M. D., Baranski, J. A., Grinstead, K. D. & Litke, P. J.
   Measurement of the efficiency of small internal combustion engines for remotely piloted
   aircraft. SAE technical papers (AFRL), http://profiles.sae.org/79807894185/ ("fuel conversion
   efficiency decreases from ~30 % for conventional-scale engines (>100 cm3 displacement) to
   <5 % for micro glow-fuel engines (<10 cm3)"; 10-25 kg aircraft use 10-100 cm3 engines).
.. [Heywood1988] Heywood, J. B. (1988). *Internal Combustion Engine Fundamentals*, McGraw-Hill,
   App. D (gasoline lower heating value 44 MJ/kg).
.. [UIUC] Propeller efficiency of small (7-21 in) propellers "typically between 45-75 %",
   analysis of the UIUC Propeller Database (Brandt & Selig 2011, AIAA 2011-1255) in
   preprints.org 202406.1350, https://preprints.org/manuscript/202406.1350/v1; "modern
   large-scale propellers can now achieve maximum efficiencies of up to 90 %" (same paper).
"""
from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from ..errors import DroneCalcError
from ..intake.figures import parse
from ..intake.units import ureg
from ..physics.battery import CHEMISTRIES, USABLE_FRACTION
from ..physics.fixed_wing import FUEL_DENSITY, TURBO_CRITICAL_ALTITUDE
from ..physics.propulsion import DRIVE_EFFICIENCY
from ..physics.rotor import ROTOR_PARAMETERS, _G
from ..physics.vtol import HOVER_TIME
from .data_rows import data_row
from .fixed_wing_hybrid import hybrid_set
from .engines import (BSFC_BY_SIZE, ENGINE_SPECIFIC_POWER, _GASOLINE_LHV,  # noqa: F401
                      bsfc_for_mass, bsfc_from_efficiency, bsfc_range,
                      engine_aspiration)  # (re-exported)

_DATA_FILE = "fixed_wing.toml"
#: Figure keys of the data file -> the unit they convert to.
FIGURE_UNITS = {
    "takeoff_mass": "kg", "empty_mass": "kg", "payload": "kg", "warhead": "kg",
    "wingspan": "m", "length": "m", "wing_area": "m^2", "wing_chord": "m", "engine_power": "W",
    "battery_energy": "Wh", "battery_mass": "kg", "battery_specific_energy": "Wh/kg",
    "fuel_volume": "L", "fuel_mass": "kg", "endurance": "h", "range": "km",
    "cruise_speed": "km/h", "max_speed": "km/h", "stall_speed": "km/h", "ceiling": "m",
    "cruise_altitude": "m", "usable_fraction": "",
}
TEXT_KEYS = ("name", "maker", "kind", "kind_source", "role", "engine", "battery", "fuel")
#: ``measured = "flight"``: the figure is one measured flight (a record), not a specification.
MEASURED = ("flight",)
#: ``frame`` of a speed: ``"ground"`` is a mean ground speed (distance over the ground / time,
#: wind unknown), not an airspeed; absent means an airspeed or not said.
FRAMES = ("ground", "air")
#: ``at_payload`` of an endurance or range specification: the load it is stated at, when its
#: source says so: ``"max"`` at the maximum payload (the row's take-off mass), ``"none"``
#: without payload (take-off mass minus payload). Absent: not said (docs/theory.md section 10,
#: *What mass a maker's figure is flown at*).
PAYLOAD_CONDITIONS = ("max", "none")
#: ``at_speed`` of an endurance specification: ``"cruise"`` when its source states the
#: endurance at a speed (the row's ``cruise_speed``), e.g. a loitering munition's "loiter for up
#: to 10 minutes at speeds of between 63 and 98 mph": a time flown at that speed, not at the
#: best-endurance speed (docs/theory.md section 10, *At what speed a maker's figure is flown*).
SPEED_CONDITIONS = ("cruise",)
BASES = ("maker", "official", "analyst", "press", "builder")
#: ``range_kind`` of a range: ``"flight"`` a still-air flight distance (a specification, or a
#: measured flight whose distance is through the air or round a closed circuit); ``"ground"``
#: the distance over the ground of a one-way measured flight with the day's wind, whose
#: airspeed is not sourced (a tailwind lengthens it: no still-air range); ``"datalink"`` a radio
#: range; ``"radius"`` an operating radius; ``"unknown"`` not said.
RANGE_KINDS = ("flight", "ground", "datalink", "radius", "unknown")
#: The tags a figure's table may carry (a misspelt one is refused, never dropped).
FIGURE_TAGS = ("value", "basis", "source", "quote", "note", "range_kind", "measured", "frame",
               "at_payload", "doubt", "exclude", "at_speed")
KIND_VALUES = ("fixed-wing", "fixed-wing-electric", "fixed-wing-piston", "fixed-wing-jet",
               "vtol-quadplane", "vtol-quadplane-piston", "tailsitter")


@dataclass(frozen=True)
class DataFigure:
    """One figure of the data set: SI-unit ends (low == high for a point) and provenance."""

    low: float
    high: float
    unit: str
    basis: str
    source: str
    quote: str | None = None
    note: str | None = None
    range_kind: str | None = None
    measured: str | None = None
    frame: str | None = None
    at_payload: str | None = None
    doubt: str | None = None
    exclude: str | None = None
    at_speed: str | None = None

    @property
    def mid(self) -> float:
        """The point, or the middle of a stated range."""
        return 0.5 * (self.low + self.high)


def load_fixed_wing() -> list[dict[str, Any]]:
    """The shipped data set, validated: one dict per aircraft.

    Text keys as written; figure keys (:data:`FIGURE_UNITS`) as :class:`DataFigure` in the
    unit of that table. Raises :class:`~dronecalc.errors.DroneCalcError` naming the aircraft
    and key on a malformed entry (unknown key, missing source, unknown basis, wrong unit).
    """
    return [dict(row) for row in _load()]


@lru_cache(maxsize=1)
def _load() -> tuple:
    text = resources.files("dronecalc").joinpath("data", _DATA_FILE).read_text(encoding="utf-8")
    return tuple(parse_fixed_wing(text))


def parse_fixed_wing(text: str, origin: str = f"dronecalc/data/{_DATA_FILE}") -> list[dict]:
    """Parse and validate text in the ``fixed_wing.toml`` format (see :func:`load_fixed_wing`)."""
    data = tomllib.loads(text)
    rows = []
    for entry in data.get("aircraft", []):
        row = data_row(entry, TEXT_KEYS, FIGURE_UNITS, origin, _figure)
        if row.get("kind") not in KIND_VALUES:
            raise DroneCalcError("unknown kind", field=f"{origin}: {entry.get('name', '?')}.kind",
                                 value=row.get("kind"), expected=" or ".join(KIND_VALUES))
        rows.append(row)
    return rows


def _figure(where: str, value: Any, unit: str, key: str) -> DataFigure:
    if not isinstance(value, dict) or not {"value", "basis", "source"} <= set(value):
        raise DroneCalcError("a figure needs value, basis and source", field=where, value=value)
    unknown = sorted(set(value) - set(FIGURE_TAGS))
    if unknown:
        raise DroneCalcError("unknown tag on a figure", field=where, value=unknown[0],
                             expected="one of " + ", ".join(FIGURE_TAGS))
    if value["basis"] not in BASES:
        raise DroneCalcError("unknown basis", field=where, value=value["basis"],
                             expected=" or ".join(BASES))
    kind = value.get("range_kind")
    if key == "range" and kind not in RANGE_KINDS:
        raise DroneCalcError("a range needs its range_kind", field=where, value=kind,
                             expected=" or ".join(RANGE_KINDS))
    for tag, allowed, what in (("measured", MEASURED, "measured"), ("frame", FRAMES, "frame"),
                               ("at_payload", PAYLOAD_CONDITIONS, "payload condition"),
                               ("at_speed", SPEED_CONDITIONS, "speed condition")):
        if value.get(tag) is not None and value[tag] not in allowed:
            raise DroneCalcError(f"unknown {what}", field=where, value=value[tag],
                                 expected=" or ".join(allowed))
    fig = parse(value["value"].replace("dm^2", "dm**2"))
    ends = [e for e in (fig.low, fig.high) if e is not None]
    try:
        lo, hi = (float(e.to(ureg.Unit(unit)).magnitude) for e in (ends[0], ends[-1]))
    except Exception:
        raise DroneCalcError("wrong unit", field=where, value=value["value"],
                             expected=f"a figure in {unit}") from None
    for tag, what in (("doubt", "a doubt is the reason the figure is weak"),
                      ("exclude", "an exclusion is the reason the figure is no benchmark "
                                  "datum")):
        text = value.get(tag)
        if text is not None and (not isinstance(text, str) or not text.strip()):
            raise DroneCalcError(what, field=where, value=text, expected="a non-empty text")
    return DataFigure(lo, hi, unit, value["basis"], value["source"], value.get("quote"),
                      value.get("note"), kind, value.get("measured"), value.get("frame"),
                      value.get("at_payload"), value.get("doubt"), value.get("exclude"),
                      value.get("at_speed"))


# --------------------------------------------------------------------------- fitted relations

@dataclass(frozen=True)
class PowerLaw:
    """y = coefficient x mass^exponent, fitted in log-log, with its residual scatter.

    Attributes
    ----------
    coefficient, exponent : float
    sigma_ln : float
        Standard deviation of the log residuals (the scatter of real aircraft about the law).
    names : tuple of str
        The aircraft it was fitted on.
    x_range : tuple of float
        Smallest and largest take-off mass of those aircraft [kg].
    """

    coefficient: float
    exponent: float
    sigma_ln: float
    names: tuple[str, ...]
    x_range: tuple[float, float]

    @property
    def n(self) -> int:
        """Rows used."""
        return len(self.names)

    def __call__(self, mass, z: float = 0.0):
        """The law at ``mass`` [kg], ``z`` standard deviations of the scatter off the median."""
        return self.coefficient * np.asarray(mass, dtype=float) ** self.exponent \
            * np.exp(z * self.sigma_ln)

    def describe(self) -> str:
        """One line: the law, its scatter and its rows."""
        return (f"{self.coefficient:.4g} m^{self.exponent:.3f}, scatter "
                f"x{math.exp(self.sigma_ln):.2f} (sigma_ln {self.sigma_ln:.2f}), n = {self.n}, "
                f"{self.x_range[0]:.3g}-{self.x_range[1]:.3g} kg")


@dataclass(frozen=True)
class Spread:
    """A quantity's log-normal spread over the aircraft that state it (no trend fitted).

    ``median`` is the median of the values, ``sigma_ln`` the standard deviation of their logs
    (n - 1), ``names`` the aircraft used.
    """

    median: float
    sigma_ln: float
    names: tuple[str, ...]
    values: tuple[float, ...]
    unit: str = ""

    @property
    def n(self) -> int:
        return len(self.names)

    def describe(self) -> str:
        lo, hi = min(self.values), max(self.values)
        return (f"median {self.median:.4g}{self.unit}, sigma_ln {self.sigma_ln:.2f}, "
                f"range {lo:.3g}-{hi:.3g}{self.unit}, n = {self.n}")


def fit_spread(values, names, unit: str = "") -> Spread:
    """Median and log scatter of ``values`` (n >= 2)."""
    x = np.asarray(values, dtype=float)
    if x.size < 2:
        raise DroneCalcError("too few rows to fit a spread", value=int(x.size), expected=">= 2")
    return Spread(float(np.median(x)), float(np.std(np.log(x), ddof=1)), tuple(names),
                  tuple(float(a) for a in x), unit)


def fit_power_law(x, y, names) -> PowerLaw:
    """Least squares of ln y on ln x; sigma with n - 2 degrees of freedom (n >= 3)."""
    lx, ly = np.log(np.asarray(x, dtype=float)), np.log(np.asarray(y, dtype=float))
    if lx.size < 3:
        raise DroneCalcError("too few rows to fit a power law", value=len(lx), expected=">= 3")
    slope, intercept = np.polyfit(lx, ly, 1)
    resid = ly - (intercept + slope * lx)
    sigma = float(np.sqrt(np.sum(resid ** 2) / (lx.size - 2)))
    return PowerLaw(float(math.exp(intercept)), float(slope), sigma, tuple(names),
                    (float(np.min(x)), float(np.max(x))))


def _pairs(rows, key, ratio: bool):
    out = []
    for row in rows:
        if "takeoff_mass" in row and key in row:
            m, v = row["takeoff_mass"].mid, row[key].mid
            out.append((m, v / m if ratio else v, row["name"]))
    return out


#: Kinds the accuracy benchmark predicts (their power plant is sourced and modelled).
BENCHMARK_KINDS = ("fixed-wing-piston", "fixed-wing-electric", "vtol-quadplane")
#: Layout words of a data row's name or role. "delta" is matched as a whole word, so that the
#: brand name "DeltaQuad" is no delta (it is a flying wing of aspect ratio 6.1 by its maker).
_DELTA_WORDS = re.compile(r"\bdelta\b")
_FLYING_WING_WORDS = ("flying wing", "flying-wing", "tailless")


def is_delta(row: dict) -> bool:
    """Whether a data row's name or role says delta (the delta layout priors)."""
    return bool(_DELTA_WORDS.search((row.get("role", "") + " " + row["name"]).lower()))


def is_flying_wing(row: dict) -> bool:
    """Whether a data row's name or role says flying wing (and not delta)."""
    text = (row.get("role", "") + " " + row["name"]).lower()
    return not is_delta(row) and any(w in text for w in _FLYING_WING_WORDS)


def energy_class(kind: str) -> str:
    """``"fuel"`` for a combustion kind, ``"battery"`` for electric kinds."""
    return "fuel" if kind.endswith(("-piston", "-jet")) else "battery"   # a hybrid's too


def specific_energy_of(row: dict) -> float:
    """Pack specific energy [J/kg] a row states, else the centre of the prior."""
    if "battery_specific_energy" in row:
        return row["battery_specific_energy"].mid * 3600.0
    return 0.5 * (_SPECIFIC.low + _SPECIFIC.high)


def stated_energy(row: dict) -> float | None:
    """Energy on board a row states: fuel mass [kg] (combustion) or battery energy [J].

    Fuel: ``fuel_mass``, else ``fuel_volume`` x the density of the row's ``fuel`` (gasoline
    when not said; physics.fixed_wing.FUEL_DENSITY). Battery: ``battery_energy``, else
    ``battery_mass`` x its stated specific energy (or the prior's centre). None if not stated.
    """
    if energy_class(row["kind"]) == "fuel":
        if "fuel_mass" in row:
            return row["fuel_mass"].mid
        if "fuel_volume" in row:
            density = FUEL_DENSITY[row.get("fuel", "gasoline")]["value"]
            return row["fuel_volume"].mid / 1000.0 * density
        return None
    if "battery_energy" in row:
        return row["battery_energy"].mid * 3600.0
    if "battery_mass" in row:
        return row["battery_mass"].mid * specific_energy_of(row)
    return None


@lru_cache(maxsize=64)
def fit_excluding(name: str | None) -> dict[str, Any]:
    """The relations the fixed-wing benchmark uses, fitted on every row except ``name``.

    ``span``: wingspan [m] vs take-off mass (:class:`PowerLaw`); ``engine_power``: shaft power
    [W] vs take-off mass of the combustion rows that state both (sets the BSFC class of an
    engine whose power is not stated); ``fuel_fraction``: stated fuel / take-off mass
    (:class:`Spread`); ``energy_per_mass``: stated battery energy / take-off mass [J/kg].
    ``None`` fits on every row.
    """
    rows = [r for r in _load() if r["name"] != name]
    span = _pairs(rows, "wingspan", ratio=False)
    power = [(r["takeoff_mass"].mid, r["engine_power"].mid, r["name"]) for r in rows
             if energy_class(r["kind"]) == "fuel" and r["kind"] in BENCHMARK_KINDS
             and "takeoff_mass" in r and "engine_power" in r]
    fuel, battery = [], []
    for r in rows:
        if r["kind"] not in BENCHMARK_KINDS or "takeoff_mass" not in r:
            continue
        e = stated_energy(r)
        if e is None:
            continue
        (fuel if energy_class(r["kind"]) == "fuel" else battery).append(
            (e / r["takeoff_mass"].mid, r["name"]))
    return {"span": fit_power_law(*zip(*span)),
            "engine_power": fit_power_law(*zip(*power)),
            "fuel_fraction": fit_spread(*zip(*fuel)),
            "energy_per_mass": fit_spread(*zip(*battery), unit=" J/kg")}


@lru_cache(maxsize=1)
def fitted_relations() -> dict[str, Any]:
    """The relations fitted on the data set (see the module docstring).

    Returns
    -------
    dict
        ``span``: :class:`PowerLaw` of wingspan [m] on take-off mass [kg];
        ``payload_fraction``: :class:`PowerLaw` of (payload or warhead) / take-off mass;
        ``empty_fraction``: the rows stating empty and take-off mass, as
        ``[(name, fraction)]`` (too few to fit; see docs/theory.md).
    """
    rows = _load()
    span = _pairs(rows, "wingspan", ratio=False)
    pay = [(m, f, n) for m, f, n in _pairs(rows, "payload", ratio=True)]
    pay += [(m, f, n) for m, f, n in _pairs(rows, "warhead", ratio=True)
            if n not in {p[2] for p in pay}]
    empty = [(n, f) for _, f, n in _pairs(rows, "empty_mass", ratio=True)]
    return {"span": fit_power_law(*zip(*span)), "payload_fraction": fit_power_law(*zip(*pay)),
            "empty_fraction": empty}


# --------------------------------------------------------------------------- prior sets

@dataclass(frozen=True)
class Prior:
    """A uniform prior between ``low`` and ``high`` (SI), with its source."""

    low: float
    high: float
    source: str


#: Critical altitude [m] of a turbocharged piston engine (engine_aspiration "turbocharged").
TURBO_CRITICAL_ALTITUDE_PRIOR = Prior(*TURBO_CRITICAL_ALTITUDE["range"],
                                      TURBO_CRITICAL_ALTITUDE["source"])

_CD0 = Prior(0.018, 0.06, "Raymer 2018 sec. 12.5: C_fe 0.0055 (light single-engine aircraft) x "
                          "S_wet/S_ref 4-6 = 0.022-0.033; the high end widened to 0.06 for "
                          "low-Reynolds-number drones with exposed payloads and fixed gear "
                          "(judgement); the low end lowered from 0.022 to 0.018 so that the one "
                          "measured small-UAV polar of the data is inside it: Skywalker X8, "
                          "C_D = 0.0197 at zero angle of attack, 0.0185 at zero lift (0.0182 "
                          "at the minimum of its quadratic C_D(alpha); Gryte et al. 2018, "
                          "ICUAS, wind tunnel and CFD; values as in public transcriptions of "
                          "its parameter file, github.com/krisgry/x8)")
_CLMAX = Prior(1.0, 1.4, "plain wings without high-lift devices, C_L,max about 1.0-1.5 "
                         "(Raymer 2018 ch. 12, judgement on the range)")
_CLMAX_WING = Prior(0.8, 1.2, "tailless flying wings and deltas trim at lower C_L,max than "
                              "tailed aircraft (judgement)")
_AR_TAILED = Prior(6.0, 16.0, "straight tapered wings of reconnaissance drones (judgement). "
                              "Rows of data/fixed_wing.toml with span and area: the DeltaQuad "
                              "(a flying wing) 2.35^2 / 0.90 = 6.1; the Aerosonde 2.8956^2 / "
                              "0.55 = 15.2 (Beard & McLain 2012, app. E), above the 14 this "
                              "range ended at until 2026-12, hence 16")
_AR_DELTA = Prior(2.0, 4.0, "a delta of span b and root chord c_r has AR = 2 b / c_r; root "
                            "chords between b/2 and b give 2-4 (geometry; the chord is not "
                            "sourced)")
_ETA_SMALL = Prior(0.45, 0.75, "small (7-21 in) propellers: 45-75 % ([UIUC])")
_ETA_LARGE = Prior(0.60, 0.85, "larger drone propellers: above the small-propeller band, below "
                               "the ~90 % of full-scale propellers ([UIUC]); judgement")
_FUEL_FRACTION = Prior(0.10, 0.40, "judgement beside the 6 fuel rows of data/fixed_wing.toml "
                       "(12-191 kg; none larger states fuel, so no MALE class): median 0.28, "
                       "sigma_ln 0.45, 0.155 (VA001, burnt) to 0.58 (Penguin B record, no "
                       "payload: left out); docs/theory.md section 10, Fuel fraction by class")
_DRIVE = Prior(DRIVE_EFFICIENCY["motor"]["range"][0] * DRIVE_EFFICIENCY["esc"]["range"][0],
               DRIVE_EFFICIENCY["motor"]["range"][1] * DRIVE_EFFICIENCY["esc"]["range"][1],
               "motor x ESC efficiency, propulsion.DRIVE_EFFICIENCY ranges multiplied")
_USABLE = Prior(*USABLE_FRACTION["range"], "battery.USABLE_FRACTION")
_SPECIFIC = Prior(CHEMISTRIES["lipo"]["specific_energy_range"][0] * 3600.0,
                  CHEMISTRIES["liion"]["specific_energy_range"][1] * 3600.0,
                  "battery.CHEMISTRIES: LiPo low end to Li-ion high end [J/kg]")
_BATTERY_FRACTION = Prior(0.20, 0.45, "judgement; battery mass / take-off mass of the 5 "
                                      "aircraft of data/fixed_wing.toml that give it: "
                                      "DeltaQuad 0.27, X2400 0.29, V25 0.36, RTV320 E 0.39, "
                                      "DeltaQuad Evo 0.40")
#: VTOL kinds' share in the checks: :func:`vtol_battery_share` (the judgement: under 3 rows).
VTOL_SHARE_PERCENTILES = (5.0, 95.0)


@lru_cache(maxsize=64)
def vtol_battery_share(without: str | None = None) -> Prior:
    r"""Battery share (battery mass / take-off mass) of VTOL fixed wings, fitted on the
    quadplanes and tailsitters of the data that state both, except ``without``.

    A log-normal over them (mean mu and sd s of ln share, n - 1), drawn uniformly between the
    p5 and p95 of its predictive distribution for one more aircraft, mu + t_{n-1}(p) s
    sqrt(1 + 1/n) (Hahn & Meeker 1991, as :class:`CruiseCalibration`): four rows give 0.25-0.52
    (a plain p5-p95 would be 0.29-0.45). Replaces the judgement 0.20-0.45 (centre 0.325, below
    three of the four stated shares; docs/theory.md section 10, *Battery share by class*)."""
    from scipy.special import stdtrit            # Student t quantile; imported on first use
    pairs = [(r["battery_mass"].mid / r["takeoff_mass"].mid, r["name"]) for r in _load()
             if r["kind"] in ("vtol-quadplane", "tailsitter") and r["name"] != without
             and "battery_mass" in r and "takeoff_mass" in r]
    if len(pairs) < 3:
        return _BATTERY_FRACTION
    fit = fit_spread(*zip(*pairs))
    mu = float(np.mean(np.log(fit.values)))
    lo, hi = (math.exp(mu + float(stdtrit(fit.n - 1, q / 100.0)) * fit.sigma_ln
                       * math.sqrt(1.0 + 1.0 / fit.n)) for q in VTOL_SHARE_PERCENTILES)
    return Prior(lo, hi, f"battery mass / take-off mass of the {fit.n} VTOL fixed wings of "
                         f"data/fixed_wing.toml that state both ("
                         + ", ".join(f"{n} {v:.2f}" for v, n in zip(fit.values, fit.names))
                         + f"): geometric mean {math.exp(mu):.3f}, sigma_ln {fit.sigma_ln:.3f}; "
                         "p5-p95 of the predictive distribution for one more aircraft (Student "
                         f"t, {fit.n - 1} degrees of freedom, sqrt(1 + 1/n)); "
                         "priors.fixed_wing.vtol_battery_share")


#: Battery share of conventional (not VTOL) electric fixed wings: hand-launched, tube-launched
#: (munitions) and small trainers. No munition or hand-launched reconnaissance aircraft of the
#: data states its pack (searched, not found; but the 2002 Wasp record), so no relation of its
#: own is fitted (docs/theory.md section 10, *Battery share by class*). The rows that
#: state an energy: Condor 55.5 Wh / 2.5 kg = 22.2 Wh per kg of take-off mass, i.e. a share of
#: 0.11-0.17 at LiPo's 130-200 Wh/kg (battery.CHEMISTRIES); Skywalker X8 build 181.4 Wh / 4.5 kg
#: = 40.3 Wh/kg on LiFePO4 (no sourced specific energy here, so no share). The quadplanes'
#: 0.20-0.45 (:data:`_BATTERY_FRACTION`), which these aircraft borrowed until 2026-12, is
#: widened down to 0.10 to take in the Condor; the 2002 Wasp record's 0.71 (a battery that is
#: also the wing structure) stays outside: a record, not a design practice.
_BATTERY_FRACTION_FIXED_WING = Prior(
    0.10, 0.45, "battery mass / take-off mass of conventional electric fixed wings; judgement "
                "on too few rows to fit: the Condor trainer's stated 55.5 Wh on 2.5 kg is a "
                "share of 0.11-0.17 at LiPo's 130-200 Wh/kg, below the 0.20-0.45 of the mapping "
                "quadplanes this range widens (DeltaQuad 0.27 to DeltaQuad Evo 0.40); no "
                "munition and no hand-launched reconnaissance aircraft of the data states its "
                "pack; the 2002 Wasp record's structural battery (0.71) is left outside")
_OSWALD_SPREAD = 0.1    # +/- around Raymer eq. 12.48 (judgement)

#: Prior sets per kind: parameter -> Prior. ``oswald_offset`` shifts Raymer's e(AR).
PRIOR_SETS: dict[str, dict[str, Prior]] = {
    "fixed-wing-piston": {
        "zero_lift_drag": _CD0, "max_lift_coefficient": _CLMAX,
        "aspect_ratio": _AR_TAILED, "propeller_efficiency": _ETA_LARGE,
        "fuel_fraction": _FUEL_FRACTION,
        "oswald_offset": Prior(-_OSWALD_SPREAD, _OSWALD_SPREAD,
                               "+/-0.1 around Raymer 2018 eq. 12.48 (judgement)"),
    },
    "fixed-wing-electric": {
        "zero_lift_drag": _CD0, "max_lift_coefficient": _CLMAX,
        "aspect_ratio": _AR_TAILED, "propeller_efficiency": _ETA_SMALL,
        "drive_efficiency": _DRIVE, "usable_fraction": _USABLE,
        "specific_energy": _SPECIFIC, "battery_fraction": _BATTERY_FRACTION_FIXED_WING,
        "oswald_offset": Prior(-_OSWALD_SPREAD, _OSWALD_SPREAD,
                               "+/-0.1 around Raymer 2018 eq. 12.48 (judgement)"),
    },
}
_FM = Prior(*ROTOR_PARAMETERS["figure_of_merit"]["range"], "rotor.ROTOR_PARAMETERS: "
            + ROTOR_PARAMETERS["figure_of_merit"]["source"])
_LIFT_DL = Prior(10.0 * _G, 30.0 * _G,
                 "judgement, in N/m^2 (10-30 kg/m^2): lift rotors sized for a short hover; one "
                 "documented build, a Skywalker X8 VTOL conversion with four 14 in propellers at "
                 "about 6 kg all-up (discuss.ardupilot.org/t/skywalker-x-8-vtol-conversion-my-"
                 "way/66879), has 15 kg/m^2")
_HOVER_TIME = Prior(*HOVER_TIME["range"], HOVER_TIME["source"])
_EXTRA_DRAG = Prior(0.005, 0.02, "judgement: zero-lift drag of stopped lift rotors, motors and "
                                 "booms, added to C_D0")
_VTOL_COMMON = {"lift_disk_loading": _LIFT_DL, "figure_of_merit": _FM,
                "hover_time": _HOVER_TIME}

#: Calibration of a vehicle kind's cruise on the data set: the lumped cruise efficiency eta L/D
#: (propeller x drive x usable share x lift-to-drag) that the kind's stated endurance and range
#: need, as a log-normal over aircraft. Per figure, the factor f on eta L/D that makes the
#: median over the checks' own draws (:data:`CALIBRATION_HELD` held at their centres, the rest
#: drawn as the checks draw them) equal the stated figure (endurance: the hover time is outside
#: the cruise; range stated / model), each at the mass and (``speed`` "cruise") the cruise speed
#: its figure is stated at, where the row states one; per aircraft the mean of ln f over its
#: figures; ``factor`` = exp(mean over aircraft), ``sigma_ln`` their
#: standard deviation (n - 1), ``n`` aircraft, ``figures`` figures. Only aircraft that state
#: their energy on board (as the multirotor efficiency law is fitted only on machines whose
#: pack energy is sourced; where it is not stated the checks draw it over its own prior).
#: Refitted without each held-out aircraft and printed by
#: ``benchmarks/accuracy_fixed_wing.py`` (``kind_calibration``); tests/test_fixed_wing_claims.py
#: checks that these figures are its full-data fit. Only where the data agree: the quadplanes
#: (sigma_ln 0.39 over 7 aircraft, 0.18 over 6 without the FireFLY6 Pro, whose figures need
#: eta L/D 2.6 (fwdata18); docs/theory.md sections 11-12: fitted at the best speed, the
#: cruise-speed fit of the seventh review (x1.49, sigma_ln 0.39) being worse held out in both
#: speed modes, benchmarks/fixed_wing_drivers.py); the piston and small electric aircraft
#: scatter too widely. The checks draw it through ``calibration_percentile``.
KIND_CALIBRATION: dict[str, dict[str, Any]] = {
    "vtol-quadplane": {"factor": 1.6551, "sigma_ln": 0.3302, "n": 7, "figures": 9,
                       "speed": "best",
                       "names": ("DeltaQuad (VTOL flying wing)", "UAVMODEL X2400",
                                 "DeltaQuad Evo", "AirMobi V25", "RTV320 E",
                                 "MakeFlyEasy Striver Mini VTOL", "PrecisionHawk FireFLY6 Pro"),
                       "source": "fitted on the electric quadplanes of data/fixed_wing.toml "
                                 "(makers' and an analyst table's figures; "
                                 "benchmarks/accuracy_fixed_wing.py kind_calibration)"},
}
#: The literature priors a calibration absorbs: held at their centres (the values it was fitted
#: at), never drawn on top of it. Everything that sets eta L/D: zero-lift and stopped-rotor drag,
#: span efficiency, aspect ratio (when no wing area is stated), C_L,max (the stall cap on the
#: best-range and best-endurance C_L), propeller and drive efficiency and the usable share of
#: the pack. Still drawn, in the fit as in the checks: take-off mass, payload, battery (energy,
#: or share x specific energy), wingspan and wing area (stated, else the span law), cruise
#: altitude (the atmosphere) and the hover phases (lift disk loading, figure of merit, hover
#: time: the rotor model, outside the cruise efficiency the factor multiplies).
CALIBRATION_HELD = ("zero_lift_drag", "extra_drag", "oswald_offset", "oswald_efficiency",
                    "aspect_ratio", "max_lift_coefficient", "propeller_efficiency",
                    "drive_efficiency", "usable_fraction")
#: Percentiles [%] of the calibration's predictive distribution that bound its draws: uniform
#: in percentile between them, i.e. that distribution over its central 98 % (its samples'
#: p5 and p95 lie within about 3 % of the distribution's); the generous bound reaches its 99th
#: percentile, the upper end of its 98 % prediction interval (the coverage of the multirotor
#: battery-share limit, priors.conditioned.LIMIT_COVERAGE).
CALIBRATION_PERCENTILES = (1.0, 99.0)


@dataclass(frozen=True)
class CruiseCalibration:
    r"""A kind's calibrated cruise efficiency factor and its predictive distribution.

    ``ln f_new = mu + t_{n-1}(p) s sqrt(1 + 1/n)``: the prediction interval for one future
    observation of a normal sample of ``n`` (mean ``mu`` and standard deviation ``s`` of the
    aircraft's ln f; Student t with n - 1 degrees of freedom): the new aircraft's own scatter
    ``s`` plus the uncertainty ``s / sqrt(n)`` of a centre fitted on n aircraft (Hahn, G. J. &
    Meeker, W. Q. (1991), *Statistical Intervals: A Guide for Practitioners*, Wiley; derivation
    e.g. studies.nawaz.org/posts/a-prediction-interval-for-a-single-future-value-for-a-normal-
    distribution). It is what a leave-one-aircraft-out fit implies for the aircraft left out:
    the benchmark draws each held-out quadplane from the fold's (n - 1 aircraft) distribution.
    The same interval as the multirotor conditioned priors (priors.conditioned, leverage 1/n).
    """

    factor: float            # exp(mu): median factor on eta L/D at the held centres
    sigma_ln: float          # s: between-aircraft standard deviation of ln f
    n: int                   # aircraft fitted
    names: tuple[str, ...] = ()
    figures: int = 0

    @property
    def predictive_sd(self) -> float:
        """s sqrt(1 + 1/n): the scale of ln f for an aircraft outside the fit."""
        return self.sigma_ln * math.sqrt(1.0 + 1.0 / self.n)

    def factor_at(self, percentile):
        """The factor at ``percentile`` [%] of the predictive distribution (vectorised)."""
        from scipy.special import stdtrit        # Student t quantile; imported on first use
        p = np.asarray(percentile, dtype=float) / 100.0
        return self.factor * np.exp(stdtrit(self.n - 1, p) * self.predictive_sd)

    def describe(self) -> str:
        lo, hi = (float(self.factor_at(q)) for q in CALIBRATION_PERCENTILES)
        return (f"x{self.factor:.3g} on eta L/D at the held priors' centres (between-aircraft "
                f"sigma_ln {self.sigma_ln:.3f} over {self.n} aircraft, {self.figures} figures; "
                f"predictive sigma_ln {self.predictive_sd:.3f}, Student t with {self.n - 1} "
                f"degrees of freedom: p1-p99 x{lo:.3g}-x{hi:.3g})")


def cruise_calibration(kind: str) -> CruiseCalibration | None:
    """The shipped calibration of ``kind`` (:data:`KIND_CALIBRATION`), None where there is none."""
    cal = KIND_CALIBRATION.get(kind)
    if cal is None:
        return None
    return CruiseCalibration(cal["factor"], cal["sigma_ln"], cal["n"], tuple(cal["names"]),
                             cal.get("figures", 0))


def calibration_prior(kind: str) -> Prior | None:
    """The percentile input of ``kind``'s calibration (None without one)."""
    cal = cruise_calibration(kind)
    if cal is None:
        return None
    return Prior(*CALIBRATION_PERCENTILES,
                 f"percentile of the calibrated cruise efficiency, {cal.describe()}; "
                 f"{KIND_CALIBRATION[kind]['source']}; drawn uniformly in percentile, i.e. "
                 "that log-normal (Student t) over its central 98 %")


#: VTOL mapping aircraft keep the share fitted on the quadplanes that state their pack mass.
PRIOR_SETS["vtol-quadplane"] = {**PRIOR_SETS["fixed-wing-electric"], **_VTOL_COMMON,
                                "extra_drag": _EXTRA_DRAG, "battery_fraction": _BATTERY_FRACTION}
PRIOR_SETS["tailsitter"] = {**PRIOR_SETS["fixed-wing-electric"], **_VTOL_COMMON,
                            "battery_fraction": _BATTERY_FRACTION}

#: Hybrid quadplane (priors.fixed_wing_hybrid): piston cruise, quadplane hover, two guesses.
PRIOR_SETS["vtol-quadplane-piston"] = hybrid_set(PRIOR_SETS, Prior)

#: Layout priors that replace the tailed-wing ones when the airframe words say delta/flying wing.
DELTA_PRIORS = {"aspect_ratio": _AR_DELTA, "max_lift_coefficient": _CLMAX_WING,
                "oswald_efficiency": Prior(0.65, 0.95, "Raymer 2018 eq. 12.49 (swept wings, "
                                           "leading-edge sweep > 30 deg) at AR 2-4 and sweeps "
                                           "of 40-55 deg gives 0.65-1.01 (computed); capped at "
                                           "0.95 (judgement)")}
#: Flying wings (tailless, moderately swept, not deltas): the delta priors' aspect ratio 2-4
#: excluded both documented flying wings of the data (until 2026-12 they shared them).
_AR_FLYING_WING = Prior(4.5, 8.0, "documented flying wings: DeltaQuad 2.35^2 / 0.90 = 6.1 "
                                  "(maker); Skywalker X8 2.1^2 / 0.75 = 5.9 (Gryte et al. 2018, "
                                  "Aerodynamic modeling of the Skywalker X8 fixed-wing UAV, "
                                  "ICUAS; S and b as in public transcriptions of its parameter "
                                  "file, github.com/krisgry/x8); the range is a judgement")
FLYING_WING_PRIORS = {**DELTA_PRIORS, "aspect_ratio": _AR_FLYING_WING}


def prior_set(kind: str, delta: bool = False, flying_wing: bool = False,
              calibrated: bool = True) -> dict[str, Prior]:
    """The priors of ``kind`` (a copy), with the delta layout ones if ``delta``, else the
    flying-wing ones if ``flying_wing``.

    ``calibrated`` (the checks): for a kind with a cruise calibration (:data:`KIND_CALIBRATION`)
    the priors it absorbs (:data:`CALIBRATION_HELD`) are held at their centres and the
    calibration's percentile input ``calibration_percentile`` is added
    (:func:`calibration_prior`). ``False``: the literature priors alone, all drawn.
    """
    if kind not in PRIOR_SETS:
        raise DroneCalcError("no fixed-wing priors for this kind", field="vehicle_kind",
                             value=kind, expected=" or ".join(PRIOR_SETS))
    out = dict(PRIOR_SETS[kind])
    if out.get("battery_fraction") is _BATTERY_FRACTION:    # VTOL kinds: fitted on the data
        out["battery_fraction"] = vtol_battery_share()
    if delta or flying_wing:          # Raymer's straight-wing e(AR) does not hold for them
        out.pop("oswald_offset", None)
        out.update(DELTA_PRIORS if delta else FLYING_WING_PRIORS)
    if calibrated and kind in KIND_CALIBRATION:
        for name in CALIBRATION_HELD:
            if name in out:
                out[name] = held_prior(out[name], kind)
        out["calibration_percentile"] = calibration_prior(kind)
    return out


def held_prior(prior: Prior, kind: str) -> Prior:
    """``prior`` held at its centre, the value ``kind``'s cruise calibration was fitted at."""
    c = 0.5 * (prior.low + prior.high)
    return Prior(c, c, f"held at {c:.4g}, the centre of {prior.low:.4g}-{prior.high:.4g} "
                       f"({prior.source}): the value the {kind} cruise calibration was fitted "
                       "at; the calibration's own spread carries this input's (not drawn on "
                       "top of it)")
