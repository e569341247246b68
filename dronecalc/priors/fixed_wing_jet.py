r"""Small-turbojet fixed wings (``fixed-wing-jet``): the sourced data set and the priors a jet
case draws for what it leaves out.

:func:`load_jet` reads ``data/fixed_wing_jet.toml`` (small turbojets' figures and jet drones'
figures, each with its source and basis; validated as ``data/fixed_wing.toml`` is). What the
data give, and what they do not (docs/theory.md section 13):

* **TSFC** (static, sea level): the turbojets that state a fuel flow at a thrust or a TSFC
  (six of 88 N-1.6 kN: PBS TJ100, M&D TJ42, Turbomeca Palas, AMT Mercury, Pegasus and Olympus;
  0.117-0.198 kg/(N h)). Drawn uniformly between the p5 and p95 of the log-normal predictive
  distribution for one more engine, mu + t_{n-1}(p) s sqrt(1 + 1/n) (Hahn & Meeker 1991; as
  priors.fixed_wing.vtol_battery_share): 0.101-0.237 kg/(N h) (:func:`tsfc_prior`). In flight it rises with the Mach number
  (physics.fixed_wing_jet.TSFC_MACH_FACTOR, Anderson 1999 sec. 3.4).
* **Thrust**: no prior. No jet drone of the data states both its thrust and its mass
  (searched), so no thrust-to-weight ratio can be fitted; a speed or ceiling claim is judged
  only with a stated thrust, as a piston one only with a stated engine power.
* **Fuel fraction**: no jet drone of the data states its fuel (searched), so none is fitted;
  the fixed-wing fleet's judgement (0.10-0.40, priors.fixed_wing) is borrowed and every range
  and endurance note says it rests on it (:data:`FUEL_FRACTION`).
* **Drag polar** (C_D0, e or the delta's e, C_L,max): the fixed-wing literature priors
  (priors.fixed_wing.prior_set), unchanged: no jet drone of the data states a wing area or a
  polar (searched), so nothing here can check them for this class. The aspect ratio of a
  tailed jet wing is a judgement of its own, 4-8 (:data:`ASPECT_RATIO`); a delta or flying
  wing keeps its layout's.
* **Wingspan** (when a case states none): b = c m^(1/3) through the two jet rows that state
  span and mass, widened (:func:`span_coefficient`); the fleet's span law is for propeller
  aircraft and would give these jets two to three times their span.
* **Cruise altitude**: :data:`ALTITUDE`, sea level to 9,000 m (a judgement beside the data).

References
----------
.. [Anderson1999] Anderson, J. D. (1999). *Aircraft Performance and Design*. McGraw-Hill.
.. [HahnMeeker1991] Hahn, G. J. & Meeker, W. Q. (1991). *Statistical Intervals: A Guide for
   Practitioners*. Wiley (prediction interval for one future observation).
"""
from __future__ import annotations

import math
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from ..errors import DroneCalcError
from . import fixed_wing as fwp
from .data_rows import data_row

_DATA_FILE = "fixed_wing_jet.toml"
KIND = "fixed-wing-jet"
#: Figure keys of an ``[[engine]]`` row -> the unit they convert to.
ENGINE_UNITS = {"thrust": "N", "fuel_flow": "kg/h", "tsfc": "kg/N/h", "dry_mass": "kg",
                "max_altitude": "m"}
ENGINE_TEXT = ("name", "maker", "kind", "note")
ENGINE_KINDS = ("turbojet", "turbofan")
#: Figure keys of an ``[[aircraft]]`` row: those of data/fixed_wing.toml plus the thrust.
AIRCRAFT_UNITS = {**fwp.FIGURE_UNITS, "thrust": "N"}


def load_jet() -> dict[str, list[dict[str, Any]]]:
    """The shipped jet data set, validated: ``{"engines": [...], "aircraft": [...]}``, one dict
    per row, text keys as written and figure keys as
    :class:`~dronecalc.priors.fixed_wing.DataFigure` in the unit of :data:`ENGINE_UNITS` /
    :data:`AIRCRAFT_UNITS`. Raises :class:`~dronecalc.errors.DroneCalcError` naming the row and
    key on a malformed entry (as :func:`~dronecalc.priors.fixed_wing.load_fixed_wing`)."""
    engines, aircraft = _load()
    return {"engines": [dict(r) for r in engines], "aircraft": [dict(r) for r in aircraft]}


@lru_cache(maxsize=1)
def _load() -> tuple:
    text = resources.files("dronecalc").joinpath("data", _DATA_FILE).read_text(encoding="utf-8")
    return parse_jet(text)


def parse_jet(text: str, origin: str = f"dronecalc/data/{_DATA_FILE}") -> tuple[list, list]:
    """Parse and validate text in the ``fixed_wing_jet.toml`` format: (engines, aircraft)."""
    data = tomllib.loads(text)
    unknown = sorted(set(data) - {"engine", "aircraft"})
    if unknown:
        raise DroneCalcError("unknown table", field=origin, value=unknown[0],
                             expected="[[engine]] or [[aircraft]]")
    engines = [_row(e, ENGINE_TEXT, ENGINE_UNITS, origin) for e in data.get("engine", [])]
    for row in engines:
        if row.get("kind") not in ENGINE_KINDS:
            raise DroneCalcError("unknown engine kind", field=f"{origin}: {row['name']}.kind",
                                 value=row.get("kind"), expected=" or ".join(ENGINE_KINDS))
    aircraft = [_row(a, fwp.TEXT_KEYS, AIRCRAFT_UNITS, origin) for a in data.get("aircraft", [])]
    for row in aircraft:
        if row.get("kind") not in (KIND, "fixed-wing"):
            raise DroneCalcError("a jet data row is a jet or of unsourced power",
                                 field=f"{origin}: {row['name']}.kind", value=row.get("kind"),
                                 expected=f"{KIND} or fixed-wing")
    return engines, aircraft


def _row(entry: dict, text_keys, units: dict[str, str], origin: str) -> dict[str, Any]:
    row = data_row(entry, text_keys, units, origin, fwp._figure)
    if "name" not in row:
        raise DroneCalcError("a row needs its name", field=origin, value=entry)
    return row


def static_tsfc(engine: dict) -> float | None:
    """A turbojet row's static TSFC [kg/(N h)]: stated, or fuel flow / thrust; else None."""
    if "tsfc" in engine:
        return engine["tsfc"].mid
    if "fuel_flow" in engine and "thrust" in engine:
        return engine["fuel_flow"].mid / engine["thrust"].mid
    return None


#: Percentiles [%] of the predictive distribution the TSFC prior spans (as the VTOL share).
TSFC_PERCENTILES = (5.0, 95.0)


@lru_cache(maxsize=8)
def tsfc_prior(without: str | None = None) -> fwp.Prior:
    """Static TSFC prior [kg/(N s)] fitted on the turbojets of the data (except ``without``).

    The log-normal over the rows' TSFCs (mean mu and sd s of ln c_t, n - 1), drawn uniformly
    between the :data:`TSFC_PERCENTILES` of its predictive distribution for one more engine,
    mu + t_{n-1}(p) s sqrt(1 + 1/n) [HahnMeeker1991]. Fewer than three rows: an error.
    """
    from scipy.special import stdtrit            # Student t quantile; imported on first use
    pairs = [(static_tsfc(e), e["name"]) for e in _load()[0]
             if e["kind"] == "turbojet" and e["name"] != without and static_tsfc(e)]
    if len(pairs) < 3:
        raise DroneCalcError("too few turbojets state a TSFC to fit its prior",
                             value=len(pairs), expected=">= 3")
    fit = fwp.fit_spread(*zip(*pairs), unit=" kg/(N h)")
    mu = float(np.mean(np.log(fit.values)))
    lo, hi = (math.exp(mu + float(stdtrit(fit.n - 1, q / 100.0)) * fit.sigma_ln
                       * math.sqrt(1.0 + 1.0 / fit.n)) / 3600.0 for q in TSFC_PERCENTILES)
    return fwp.Prior(lo, hi, f"static sea-level TSFC of the {fit.n} turbojets of "
                             "data/fixed_wing_jet.toml that state it or a fuel flow at a thrust ("
                     + ", ".join(f"{n} {v:.3f}" for v, n in zip(fit.values, fit.names))
                     + f" kg/(N h)): geometric mean {math.exp(mu):.3f} kg/(N h), sigma_ln "
                       f"{fit.sigma_ln:.3f}; p5-p95 of the predictive distribution for one "
                       f"more engine (Student t, {fit.n - 1} degrees of freedom, "
                       "sqrt(1 + 1/n)); priors.fixed_wing_jet.tsfc_prior")


def _mach_prior() -> fwp.Prior:
    from ..physics.fixed_wing_jet import TSFC_MACH_FACTOR
    return fwp.Prior(*TSFC_MACH_FACTOR["range"], TSFC_MACH_FACTOR["source"])


#: Fuel burnt / take-off mass: the fixed-wing fleet's judgement, borrowed (no jet drone of the
#: data states its fuel: searched for the BQM-74E, BQM-167A, HFT-40A/60A, Banshee Jet 80+ and
#: the Geran-3, and not found).
FUEL_FRACTION = fwp.Prior(0.10, 0.40, "judgement borrowed from the fixed-wing fleet "
                          "(priors.fixed_wing, 0.10-0.40 beside its 6 piston rows): no jet "
                          "drone of data/fixed_wing_jet.toml states its fuel (searched: BQM-74E, "
                          "BQM-167A, HFT-40A/60A, Banshee Jet 80+, Geran-3), so none is fitted")
#: Cruise altitude of a jet case that states none (ISA): a judgement.
ALTITUDE = fwp.Prior(0.0, 9000.0, "judgement: sea level to the 9,000 m an analyst gives the "
                     "Geran-3 (ziare.com, data/fixed_wing_jet.toml); target drones are reported "
                     "from 15 m to 15 km (BQM-167A, press)")
#: Widening of the span coefficient beyond the jet rows' own (each end, relative): a judgement.
SPAN_WIDENING = 0.2


@lru_cache(maxsize=1)
def span_coefficient() -> fwp.Prior:
    """Wingspan [m] / take-off mass [kg]^(1/3) of a jet drone: between the jet rows of the data
    that state both, widened by :data:`SPAN_WIDENING` (a judgement).

    Geometric similarity (b grows as m^(1/3) at a constant density of the airframe: a
    judgement, not a fit) through the rows, since two rows (HFT-40A, HFT-60A) are too few to fit
    an exponent. The fixed-wing fleet's span law (priors.fixed_wing, propeller aircraft built
    for endurance) would give these jets two to three times their stated span, so it is not
    used for them."""
    rows = [(r["wingspan"].mid / r["takeoff_mass"].mid ** (1.0 / 3.0), r["name"])
            for r in _load()[1] if r["kind"] == KIND and "wingspan" in r and "takeoff_mass" in r]
    if len(rows) < 2:
        raise DroneCalcError("too few jet rows state span and mass", value=len(rows),
                             expected=">= 2")
    values = [c for c, _ in rows]
    lo, hi = min(values) * (1.0 - SPAN_WIDENING), max(values) * (1.0 + SPAN_WIDENING)
    return fwp.Prior(lo, hi, "b = c m^(1/3) (geometric similarity, a judgement), c "
                     f"{lo:.3f}-{hi:.3f} m/kg^(1/3): the {len(rows)} jet drones of "
                     "data/fixed_wing_jet.toml that state span and mass ("
                     + ", ".join(f"{n} {c:.3f}" for c, n in rows)
                     + f") widened by {SPAN_WIDENING:.0%} each way (judgement)")


#: Aspect ratio of a tailed jet wing: a judgement. The fleet's 6-16 (priors.fixed_wing) is for
#: propeller aircraft built for endurance; with a jet's short span it would give wing loadings
#: of 5,000-7,000 N/m^2 and stall speeds near 400 km/h at 250 kg. No jet row states a wing
#: area (searched); the HFT-40A's 6.5 ft span on a 10 ft fuselage is a short wing.
ASPECT_RATIO = fwp.Prior(4.0, 8.0, "judgement: short wings of jet target drones and one-way "
                         "attack jets (the HFT-40A: 6.5 ft span, 10 ft long, strategypage.com); "
                         "no jet drone of data/fixed_wing_jet.toml states a wing area")
#: The fixed-wing literature priors a jet case reuses (the drag polar and stall).
POLAR_KEYS = ("zero_lift_drag", "max_lift_coefficient", "aspect_ratio", "oswald_offset",
              "oswald_efficiency")


def prior_set(kind: str = KIND, delta: bool = False, flying_wing: bool = False) -> dict:
    """The priors of a jet case: the drag polar of the fixed-wing literature (delta or flying
    wing layouts as priors.fixed_wing has them), the static TSFC fitted on the turbojets, the
    TSFC's Mach factor, and the borrowed fuel fraction. No propeller, no thrust (see the module
    docstring)."""
    if kind != KIND:
        raise DroneCalcError("no jet priors for this kind", field="vehicle_kind", value=kind,
                             expected=KIND)
    polar = fwp.prior_set("fixed-wing-piston", delta=delta, flying_wing=flying_wing,
                          calibrated=False)
    out = {name: polar[name] for name in POLAR_KEYS if name in polar}
    if not (delta or flying_wing):              # a delta or flying wing keeps its layout's
        out["aspect_ratio"] = ASPECT_RATIO
    out.update({"tsfc": tsfc_prior(), "tsfc_mach_factor": _mach_prior(),
                "fuel_fraction": FUEL_FRACTION})
    return out
