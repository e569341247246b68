"""Leave-one-aircraft-out accuracy of the fixed-wing model on data/fixed_wing.toml (issue #13).

Every aircraft of the data set with a sourced power plant (piston, electric or electric VTOL
quadplane), a stated take-off mass and a stated endurance or still-air flight range is held out
in turn (a figure marked ``exclude`` in the data, e.g. the claim an example case judges, and a
one-way flight's distance over the ground, ``range_kind = "ground"``, are predicted the same way
and listed apart with their reason, in no group: :func:`rows_apart`). Its figure is predicted from what its row states (mass, span, engine power, fuel or
battery, and for a measured flight its mean speed) with the physics of
``dronecalc.engine.fixed_wing.performance``; what the row does not state comes from
relations fitted on the OTHER aircraft only (:func:`dronecalc.priors.fixed_wing.fit_excluding`:
energy on board per kilogram of take-off mass, engine power vs mass for the BSFC class, span vs
mass) and from the literature priors (``priors/fixed_wing.py``, taken at their centre for the
point prediction and drawn uniformly for the band).

The predictions are reported (:data:`FITS`): ``priors``, the physics with the literature
priors (nothing calibrated on the figures); ``factor`` and ``factor-kind``, the same times one
calibration factor per energy class (fuel / battery) or per vehicle kind (piston / electric /
quadplane), the median of stated / model over the other aircraft of the class, with its log
scatter giving the band; ``cd0-class`` and ``drag-area``, an effective C_D0 fitted on the
other aircraft, and ``cd0-re`` that C_D0 scaled by each aircraft's flat-plate skin friction
(Re^-0.2, :func:`reynolds`).
:func:`floors` prints the median error that the scatter of the data alone
leaves, ``--diagnose`` what each point prediction flies with and the factor that would match
(``--diagnose`` and ``--audit`` live in ``benchmarks/audit_fixed_wing.py``).

A specification is flown at the mass its source states it at (:func:`flown_mass`): a figure
tagged ``at_payload = "max"`` at the take-off mass, ``"none"`` without the payload, and one
that does not say, in a row that states a payload, anywhere between the two.

Figures marked ``measured = "flight"`` are single flights at a stated mean speed, and
endurances marked ``at_speed = "cruise"`` are specifications their source states at a speed
(:func:`at_stated_speed`): they are predicted at that speed (range at speed; endurance = that range / speed), not at the best
speed, and at the flight's ``cruise_altitude`` when stated (sea level otherwise). A mean
*ground* speed (``frame = "ground"``: a one-way flight, wind unknown) is no airspeed: such a
flight is predicted at the model's best-range speed (its time aloft = that range / that speed),
and its stated range is a ground distance that a tailwind lengthens. The error is (predicted - stated) / stated, a stated span ("60-90 min") taken at its
middle. Coverage is the share of stated figures inside the p5-p95 band.

Run::

    PYTHONPATH=$PWD python benchmarks/accuracy_fixed_wing.py

``main()`` returns the summary dict (``benchmarks/accuracy.py --fixed-wing`` calls it).
Seeded: two runs print the same figures.
"""
from __future__ import annotations

import math
import statistics
import sys
import types
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

import numpy as np
from scipy.special import stdtrit

from dronecalc.claims.fixed_wing import ALTITUDE as CHECKS_ALTITUDE
from dronecalc.engine import fixed_wing as eng
from dronecalc.engine import fixed_wing_stall_wing as stall_wing
from dronecalc.priors import fixed_wing as fwp
from dronecalc.priors import fixed_wing_class as fwc
from dronecalc.priors import fixed_wing_mass as fwm

sys.path.insert(0, str(Path(__file__).resolve().parent))   # benchmarks/ is no package
from _sibling import load  # noqa: E402

KINDS = fwp.BENCHMARK_KINDS
SAMPLES = 4000
#: Speed modes: "best": measured flights at their mean speed, every other figure at the
#: model's best-endurance / best-range speed (the checks' ``endurance`` and ``range``);
#: "cruise": every figure of a row that states a cruise speed at that speed (the checks'
#: ``endurance-at-speed`` and ``range-at-speed``, which a case with a cruise-speed claim gets).
SPEEDS = ("best", "cruise")
#: What is fitted on the other aircraft (every variant also uses the fitted energy, span and
#: engine-power relations): "priors" nothing else (literature priors); "factor" one
#: multiplicative factor per energy class (fuel / battery) on the predicted figure, i.e. on the
#: lumped efficiency eta L/D (/ BSFC); "factor-kind" the same factor per vehicle kind (piston,
#: electric fixed wing, electric quadplane), so that quadplanes and loitering munitions are no
#: longer pooled; "factor-class" the factor per vehicle kind, or per airframe class within the
#: kind (munition / VTOL / conventional, priors.fixed_wing_class.CLASS_WORDS: from the role words
#: and a stated warhead), whichever an inner leave-one-out over the other aircraft of the kind
#: chooses (:func:`class_factor`, nested: chosen anew in every fold; a benchmark of the class
#: covariate, not what the checks draw); "cd0-class" the median effective C_D0 of the class;
#: "drag-area" the effective drag area C_D0 S as a power law of take-off mass; "checks" what
#: ``dronecalc check`` draws: ``priors.fixed_wing.prior_set(calibrated=True)``, i.e. for a kind
#: with a cruise calibration (quadplanes) the priors it absorbs held at their centres and the
#: calibrated eta L/D drawn from its predictive distribution refitted without the held-out
#: aircraft (:func:`kind_calibration`, speed mode 'best' in both speed modes: the one the
#: checks ship), and what the row does not state drawn from the checks' own priors; its point
#: is the median of those draws (the checks' p50). "priors" and
#: every other fit fly the literature priors without it.
#: "cd0-re" the class median of the effective C_D0 over the flat-plate skin-friction scale
#: Re^-0.2 (:func:`reynolds`, :func:`cd0_re_spread`), times the held-out aircraft's own Re^-0.2:
#: the held-out test of a Reynolds-number dependence of C_D0 (issue #13, fwacc3).
FITS = ("priors", "checks", "factor", "factor-kind", "factor-class", "cd0-class", "drag-area",
        "cd0-re")
SEED = 13
FIGURES = {"max_endurance": ("endurance", 3600.0, "h"), "max_range": ("range", 1000.0, "km")}


def _candidates(key: str) -> list[dict]:
    figure = FIGURES[key][0]
    return [r for r in fwp.load_fixed_wing() if r["kind"] in KINDS and "takeoff_mass" in r
            and figure in r]


def apart_reason(row: dict, key: str) -> str | None:
    """Why ``row``'s ``key`` figure is no benchmark datum (None if it is one): its ``exclude``
    text, or, for a range, a ``range_kind`` other than a still-air ``flight``."""
    fig = row[FIGURES[key][0]]
    if fig.exclude:
        return fig.exclude
    if key == "max_range" and fig.range_kind != "flight":
        return {"ground": "a distance over the ground of a one-way flight with the day's wind, "
                          "its airspeed not sourced: no still-air range"}.get(
            fig.range_kind, f"range_kind {fig.range_kind!r}: not a flight distance")
    return None


def rows_for(key: str) -> list[dict]:
    """The rows the benchmark predicts for ``key`` (``max_endurance`` or ``max_range``):
    every candidate whose figure has no :func:`apart_reason` (ranges: still-air flight
    distances only)."""
    return [r for r in _candidates(key) if apart_reason(r, key) is None]


def rows_apart(key: str) -> list[tuple[dict, str]]:
    """Figures of a sourced power plant and take-off mass left out of the benchmark, each with
    its reason: flight ranges marked ``exclude`` and ranges over the ground (datalink ranges
    and radii are no flight figures at all and are not listed)."""
    out = []
    for r in _candidates(key):
        reason = apart_reason(r, key)
        fig = r[FIGURES[key][0]]
        if reason and (fig.exclude or fig.range_kind == "ground"):
            out.append((r, reason))
    return out


def flown_mass(row: dict, figure: str | None) -> tuple[float, float]:
    """The mass [kg] a row's ``figure`` (``"endurance"`` / ``"range"``) is flown at: (low, high).

    A measured flight, a figure tagged ``at_payload = "max"`` and a row without a stated
    payload: the row's take-off mass. ``at_payload = "none"``: take-off mass minus payload. A
    specification whose payload condition is not said, in a row that states a payload: anywhere
    between the two (the DeltaQuad's maker gives both, 2+ h / 120 km at no payload and
    1 h 50 min / 100 km at its maximum; a maker's table may give either). ``None``: the row's
    take-off mass.
    """
    m = row["takeoff_mass"].mid
    fig = row.get(figure) if figure else None
    if fig is None or fig.measured == "flight" or "payload" not in row or fig.at_payload == "max":
        return m, m
    light = m - row["payload"].mid
    return (light, light) if fig.at_payload == "none" else (light, m)


def _draws(row: dict, fits: dict, n: int, rng, centre: bool,
           cd0=None, figure: str | None = None,
           calibration: fwp.CruiseCalibration | None = None,
           checks: bool = False) -> dict[str, np.ndarray]:
    """Inputs of one held-out aircraft: stated figures, fitted relations, priors (n draws).

    ``cd0``: zero-lift drag to use instead of its literature prior (an array of n values, or
    a :class:`~dronecalc.priors.fixed_wing.Spread` to draw from, log-normally). ``figure``:
    the figure predicted, which sets the mass flown (:func:`flown_mass`); the energy on board
    scales with the take-off mass. ``checks``: draw as the checks do
    (``prior_set(calibrated=True)``: a calibrated kind's absorbed priors held at their centres;
    what the row does not state from the checks' priors, not from the relations fitted here:
    cruise altitude 0-3,000 m, span uniform between the span law's p5 and p95, battery share x
    specific energy or fuel fraction of the take-off mass, without a stated engine power the
    BSFC classes of the fold's power law at the take-off mass) and fly
    ``calibration`` (a :class:`~dronecalc.priors.fixed_wing.CruiseCalibration`, drawn in
    percentile like ``calibration_percentile``; ``None``: factor 1, the model at the held
    centres, which is what the calibration is fitted on). Without ``checks``: the literature
    priors, factor 1.
    """
    kind = row["kind"]
    priors = fwp.prior_set(kind, delta=fwp.is_delta(row),
                           flying_wing=fwp.is_flying_wing(row), calibrated=checks)
    m = row["takeoff_mass"].mid

    def draw(lo, hi):
        return np.full(n, 0.5 * (lo + hi)) if centre else rng.uniform(lo, hi, n)

    def lognormal(median, sigma):
        return np.full(n, median) if centre else median * np.exp(rng.normal(0, sigma, n))

    lo, hi = flown_mass(row, figure)
    v = {"takeoff_mass": np.full(n, lo) if lo == hi else draw(lo, hi), "payload": np.zeros(n)}
    if "cruise_altitude" in row:
        v["altitude"] = np.full(n, row["cruise_altitude"].mid)
    elif checks:
        v["altitude"] = draw(CHECKS_ALTITUDE.low, CHECKS_ALTITUDE.high)
    else:
        v["altitude"] = np.zeros(n)
    if "wingspan" in row:
        v["wingspan"] = np.full(n, row["wingspan"].mid)
    elif checks:          # the checks: uniform between the span law's p5 and p95
        v["wingspan"] = draw(float(fits["span"](m, -1.645)), float(fits["span"](m, 1.645)))
    else:
        v["wingspan"] = lognormal(float(fits["span"](m)), fits["span"].sigma_ln)
    if "wing_area" in row:
        v["wing_area"] = np.full(n, row["wing_area"].mid)
    for name, prior in priors.items():
        if (name == "aspect_ratio" and "wing_area" in v) \
                or name == "calibration_percentile":
            continue                       # the calibration is set below
        v[name] = draw(prior.low, prior.high)
    stated = fwp.stated_energy(row)
    if kind == "fixed-wing-piston":
        fraction = v.pop("fuel_fraction", None)
        law = fits["fuel_fraction"]
        if stated is not None:
            v["fuel_mass"] = np.full(n, stated)
        elif checks:      # the checks' fuel-fraction prior, of the take-off mass
            v["fuel_mass"] = m * fraction
        else:
            v["fuel_mass"] = m * np.minimum(lognormal(law.median, law.sigma_ln), 0.9)
        if "engine_power" in row:
            lo, hi, _ = fwp.bsfc_range(row["engine_power"].mid)
        elif checks:      # no power stated: the checks' BSFC classes of the power law's
            # p5-p95 at this mass (priors.engines.bsfc_for_mass, as claims.fixed_wing draws
            # it), the law fitted without the held-out aircraft
            lo, hi, _ = fwp.bsfc_for_mass(m, m, law=fits["engine_power"])
        else:
            lo, hi, _ = fwp.bsfc_range(float(fits["engine_power"](m)))
        v["bsfc"] = draw(lo, hi)
    else:
        fraction, specific = (v.pop(k, None) for k in ("battery_fraction", "specific_energy"))
        law = fits["energy_per_mass"]
        if stated is not None:
            v["battery_energy"] = np.full(n, stated)
            v["specific_energy"] = np.full(n, fwp.specific_energy_of(row))
        elif checks:      # the checks' battery share x specific energy, at the take-off mass
            v["battery_energy"] = m * fraction * specific
            v["specific_energy"] = specific
        else:
            v["battery_energy"] = m * lognormal(law.median, law.sigma_ln)
            v["specific_energy"] = np.full(n, fwp.specific_energy_of(row))
        if "usable_fraction" in row:            # the maker's own battery usage
            v["usable_fraction"] = np.full(n, row["usable_fraction"].mid)
    if checks and "calibration_percentile" in priors and "stall_speed" in row \
            and "wing_area" in row:
        # a held C_L,max is the one the row's stated stall gives (an indicated stall at its
        # take-off mass, as the checks read a stated stall_speed; claims.fixed_wing_inferred)
        v["max_lift_coefficient"] = np.full(n, float(eng.stall_lift_coefficient(
            m, row["stall_speed"].mid / 3.6, row["wing_area"].mid)))
    if checks and "stall_speed" in row and "wing_area" not in row:
        # no area but a stated stall: the checks' wing from it at the row's take-off mass and
        # each draw's C_L,max (engine.fixed_wing_stall_wing), the aspect-ratio prior dropped
        v.pop("aspect_ratio", None)
        stall = np.full(n, row["stall_speed"].mid / 3.6)
        v["wing_area"] = stall_wing.area({"takeoff_mass": np.full(n, m), stall_wing.SPEED: stall,
                                          "max_lift_coefficient": v["max_lift_coefficient"]})
    if checks and calibration is not None and "calibration_percentile" in priors:
        v["cruise_calibration"] = np.asarray(calibration.factor_at(
            draw(*fwp.CALIBRATION_PERCENTILES)), dtype=float)
    else:
        v["cruise_calibration"] = np.ones(n)
    if isinstance(cd0, fwp.Spread):
        v["zero_lift_drag"] = lognormal(cd0.median, cd0.sigma_ln)
    elif cd0 is not None:
        v["zero_lift_drag"] = np.broadcast_to(np.asarray(cd0, dtype=float), (n,)).copy()
    return v


def predict(row: dict, key: str, fits: dict, speed_mode: str, n: int = 1, rng=None,
            centre: bool = True, cd0=None, calibration=None, checks: bool = False,
            draws: dict | None = None):
    """The model's ``key`` for one row [s or m] (see :data:`SPEEDS` for the speed flown);
    ``draws``: inputs already drawn (:func:`_draws`), else drawn here."""
    figure = FIGURES[key][0]
    v = draws if draws is not None else _draws(row, fits, n, rng, centre, cd0, figure,
                                               calibration, checks)
    airspeed = "cruise_speed" in row and row["cruise_speed"].frame != "ground"
    speed = (row["cruise_speed"].mid / 3.6 if airspeed
             and (speed_mode == "cruise" or at_stated_speed(row[figure])) else None)
    out = eng.performance(v, row["kind"], cruise_speed=speed)
    if speed is None:
        if key == "max_endurance" and row[figure].measured == "flight" \
                and "range" in row and row["range"].measured == "flight":
            # a one-way range flight at an unknown airspeed: its time aloft is that of a
            # range flight (best-range speed), not the best endurance
            return np.asarray(out["max_range"] / out["best_range_speed"], dtype=float)
        return np.asarray(out[key], dtype=float)
    # at a stated speed: what the checks' range-at-speed / endurance-at-speed give
    return np.asarray(out["endurance_at_speed" if key == "max_endurance" else "range_at_speed"],
                      dtype=float)


def at_stated_speed(fig) -> bool:
    """Whether a figure is flown at its row's stated cruise speed in every speed mode: a
    measured flight (at its mean speed) or a specification its source states at a speed
    (``at_speed = "cruise"``, e.g. a loitering munition's loiter time "at speeds of between 63
    and 98 mph"): not the best-endurance speed the model would otherwise pick."""
    return fig.measured == "flight" or fig.at_speed == "cruise"


CD0_GRID = np.geomspace(0.003, 0.3, 161)


def _figures(row: dict):
    for key, (figure, scale, _) in FIGURES.items():
        if figure in row and apart_reason(row, key) is None:
            yield key, row[figure].mid * scale


def effective_cd0(row: dict, fits: dict, speed_mode: str) -> tuple[float, str]:
    """The zero-lift drag that makes the model give the row's stated figure(s) [-], and a flag.

    With every other parameter at the centre of its prior: an *effective* C_D0 that also
    absorbs the errors of the efficiency, BSFC and aspect-ratio priors (the geometric mean
    over the row's endurance and flight range). Flag ``"<"`` / ``">"`` when a figure lies
    beyond the grid (0.003-0.3), whose end is then taken.
    """
    found, flag = [], ""
    for key, target in _figures(row):
        y = predict(row, key, fits, speed_mode, n=CD0_GRID.size, cd0=CD0_GRID)
        ok = np.isfinite(y) & (y > 0)
        if not ok.any():
            continue
        g, ly, lt = np.log(CD0_GRID[ok]), np.log(y[ok]), math.log(target)
        if lt >= ly[0]:
            found.append(g[0])
            flag = "<"
        elif lt <= ly[-1]:
            found.append(g[-1])
            flag = ">"
        else:                                   # y falls as C_D0 grows: interpolate reversed
            found.append(float(np.interp(lt, ly[::-1], g[::-1])))
    return (math.exp(statistics.mean(found)), flag) if found else (math.nan, "")


@lru_cache(maxsize=4)
def fitted_cd0(speed_mode: str) -> dict[str, tuple[float, str]]:
    """Effective C_D0 of every aircraft stating its energy (its own relations fitted without
    it, so that it never informs its own prediction)."""
    return {r["name"]: effective_cd0(r, fwp.fit_excluding(r["name"]), speed_mode)
            for r in fwp.load_fixed_wing()
            if r["kind"] in KINDS and "takeoff_mass" in r and fwp.stated_energy(r) is not None}


def wing_area(row: dict, fits: dict) -> float:
    """The wing area the point prediction uses [m^2]: stated, else span^2 / centre AR."""
    if "wing_area" in row:
        return row["wing_area"].mid
    b = row["wingspan"].mid if "wingspan" in row else float(fits["span"](row["takeoff_mass"].mid))
    ar = fwp.prior_set(row["kind"], delta=fwp.is_delta(row),
                        flying_wing=fwp.is_flying_wing(row), calibrated=False)["aspect_ratio"]
    return b * b / (0.5 * (ar.low + ar.high))


def cd0_spread(cls: str, without: str | None, speed_mode: str) -> fwp.Spread:
    """Log-normal spread of the effective C_D0 of class ``cls`` (fuel / battery) without one."""
    rows = {r["name"]: r for r in fwp.load_fixed_wing()}
    pairs = [(c, n) for n, (c, _) in fitted_cd0(speed_mode).items()
             if n != without and fwp.energy_class(rows[n]["kind"]) == cls and math.isfinite(c)]
    return fwp.fit_spread(*zip(*pairs))


#: Sea-level ISA density [kg/m^3] and dynamic viscosity [Pa s] (ISO 2533:1975, as
#: physics.atmosphere at h = 0) and the lift coefficient the Reynolds number is taken at.
_RHO0, _MU0, RE_LIFT_COEFFICIENT = 1.225, 1.7894e-5, 0.7


def reynolds(row: dict, fits: dict) -> float:
    r"""Chord Reynolds number Re = rho V c / mu of the point prediction's wing [-].

    c = S / b (the mean geometric chord of :func:`wing_area` and the stated or fitted span), V
    the sea-level speed at C_L = :data:`RE_LIFT_COEFFICIENT`: the unconstrained best-endurance
    C_L sqrt(3 C_D0 / k) is 0.9-1.8 at C_D0 0.02-0.04, AR 6-11, e 0.75, and the model caps it at
    C_L,max / STALL_MARGIN^2 = 0.69-0.97 (C_L,max 1.0-1.4, margin 1.2), so 0.7 is about the C_L
    the small wings fly at; a speed that does not depend on the C_D0 being fitted. Re sets the flat-plate skin friction C_f = 0.074 Re^-0.2
    of a turbulent boundary layer (Schlichting; Raymer 2018 sec. 12.5 gives the
    0.455 / (log10 Re)^2.58 form of the same curve, within 5 % over 5e4-1e7) or 1.328 / sqrt(Re)
    of a laminar one (Blasius); C_D0 = sum C_f FF Q S_wet / S_ref (Raymer sec. 12.5)."""
    s = wing_area(row, fits)
    b = row["wingspan"].mid if "wingspan" in row else float(fits["span"](row["takeoff_mass"].mid))
    v = math.sqrt(2.0 * row["takeoff_mass"].mid * 9.80665 / (_RHO0 * s * RE_LIFT_COEFFICIENT))
    return _RHO0 * v * (s / b) / _MU0


def cd0_re_spread(cls: str, without: str | None, speed_mode: str) -> fwp.Spread:
    """Log-normal spread of effective C_D0 / Re^-0.2 of class ``cls`` without one aircraft:
    the drag each aircraft would have at Re = 1 on the turbulent skin-friction curve."""
    rows = {r["name"]: r for r in fwp.load_fixed_wing()}
    pairs = [(c / reynolds(rows[n], fwp.fit_excluding(n)) ** -0.2, n)
             for n, (c, _) in fitted_cd0(speed_mode).items()
             if n != without and fwp.energy_class(rows[n]["kind"]) == cls and math.isfinite(c)]
    return fwp.fit_spread(*zip(*pairs))


def drag_area_law(without: str | None, speed_mode: str) -> fwp.PowerLaw:
    """Effective drag area C_D0 S [m^2] vs take-off mass, fitted without one aircraft."""
    rows = {r["name"]: r for r in fwp.load_fixed_wing()}
    triples = [(rows[n]["takeoff_mass"].mid, c * wing_area(rows[n], fwp.fit_excluding(n)), n)
               for n, (c, _) in fitted_cd0(speed_mode).items()
               if n != without and math.isfinite(c)]
    return fwp.fit_power_law(*zip(*triples))


def _point_and_band(row, key, fits, speed_mode, rng, cd0=None, calibration=None):
    point = float(predict(row, key, fits, speed_mode, cd0=cd0 if not isinstance(
        cd0, fwp.Spread) else np.array([cd0.median]), calibration=calibration)[0])
    samples = predict(row, key, fits, speed_mode, SAMPLES, rng, centre=False, cd0=cd0,
                      calibration=calibration)
    samples = samples[np.isfinite(samples)]
    band = np.percentile(samples, [5, 95]) if samples.size else (math.nan, math.nan)
    return point, band


@lru_cache(maxsize=4)
def _priors_ratios(speed_mode: str) -> dict[str, list[tuple[str, float]]]:
    """ln(stated / priors-only model) of every stated endurance and flight range, per aircraft
    (the pool the ``factor`` fit draws on: one lumped efficiency for both figures)."""
    out = {}
    for r in fwp.load_fixed_wing():
        if r["kind"] not in KINDS or "takeoff_mass" not in r:
            continue
        fits = fwp.fit_excluding(r["name"])
        for key, target in _figures(r):
            p = float(predict(r, key, fits, speed_mode)[0])
            if p > 0 and math.isfinite(p):
                out.setdefault(r["name"], []).append((key, math.log(target / p)))
    return out


#: Draws per figure of the calibration fit (seeded per aircraft and figure; the median over
#: them moves by about 1 % between seeds).
FIT_SAMPLES = 4000


@lru_cache(maxsize=256)
def figure_factor(name: str, key: str, speed_mode: str = "best") -> float:
    """ln of the factor on the cruise eta L/D that one stated figure needs, under the checks'
    draws (:func:`_draws` with ``checks``: the absorbed priors held at their centres, the rest
    drawn as the checks draw them; the row's own relations fitted without it).

    Every result is a + f b per draw (a the hover time of an endurance flown at the best
    speed, else 0; b the cruise part), found from the draws at f = 1 and 2; f solves
    median(a + f b) = stated (Brent's method; range: stated / median(b)).
    """
    from scipy.optimize import brentq
    rows = fwp.load_fixed_wing()
    i, r = next((i, r) for i, r in enumerate(rows) if r["name"] == name)
    fits = fwp.fit_excluding(name)
    target = dict(_figures(r))[key]
    rng = np.random.default_rng([SEED, i, list(FIGURES).index(key)])
    v = _draws(r, fits, FIT_SAMPLES, rng, False, figure=FIGURES[key][0], checks=True)
    y1 = predict(r, key, fits, speed_mode, draws=v)
    y2 = predict(r, key, fits, speed_mode, draws={**v, "cruise_calibration": 2.0 * v[
        "cruise_calibration"]})
    ok = np.isfinite(y1) & np.isfinite(y2)
    if not ok.any():
        # no draw can fly the figure's stated speed (below 1.2 x stall for every draw): no
        # factor fits it, and kind_calibration leaves the figure out
        return math.nan
    a, b = (2.0 * y1 - y2)[ok], (y2 - y1)[ok]
    f = brentq(lambda x: float(np.median(a + x * b)) - target, 1e-4, 1e4, xtol=1e-10)
    return math.log(f)


@lru_cache(maxsize=64)
def kind_calibration(kind: str, without: str | None = None,
                     speed_mode: str = "best") -> fwp.CruiseCalibration:
    """The cruise calibration of ``kind`` fitted on its aircraft except ``without``.

    Only aircraft that state their energy on board are fitted (as the multirotor efficiency
    law is fitted only on machines whose pack energy is sourced): where the energy is not
    stated the checks draw it over its own prior, and a factor fitted there would carry that
    prior's error into the calibration's scatter and count it twice.

    Per stated endurance or flight range of the kind, the factor of :func:`figure_factor`
    (under the checks' own draws, each at the mass its figure is stated at); per aircraft the
    mean of ln f over its figures; the calibration is exp(mean over aircraft) with their
    standard deviation (n - 1): a :class:`~dronecalc.priors.fixed_wing.CruiseCalibration`,
    whose predictive distribution is what the checks draw. Factor 1 with sigma NaN under two
    aircraft.
    """
    per, figures = {}, 0
    for r in fwp.load_fixed_wing():
        if r["kind"] != kind or "takeoff_mass" not in r or r["name"] == without \
                or fwp.stated_energy(r) is None:
            continue
        for key, _ in _figures(r):
            ln_f = figure_factor(r["name"], key, speed_mode)
            if math.isnan(ln_f):           # unflyable at its stated speed: no factor
                continue
            per.setdefault(r["name"], []).append(ln_f)
            figures += 1
    logs = [statistics.mean(x) for x in per.values()]
    if len(logs) < 2:
        return fwp.CruiseCalibration(1.0, math.nan, max(len(logs), 1), tuple(per), figures)
    return fwp.CruiseCalibration(math.exp(statistics.mean(logs)), statistics.stdev(logs),
                                 len(logs), tuple(per), figures)


def shipped_mode(kind: str) -> str:
    """The speed mode the shipped calibration of ``kind`` is fitted in
    (``priors.fixed_wing.KIND_CALIBRATION``'s ``speed``; "best" when it names none)."""
    return fwp.KIND_CALIBRATION[kind].get("speed", "best")


def calibration_holdout(kind: str, speed_mode: str = "best") -> list[dict]:
    """Per aircraft of ``kind``: its own ln f (:func:`figure_factor`, mean over its figures)
    against the calibration fitted without it: the error ln f - ln f_fold and z = that error /
    the fold's predictive sigma_ln (:attr:`~dronecalc.priors.fixed_wing.CruiseCalibration.
    predictive_sd`); if the inflation is right, z has about unit spread."""
    out = []
    for name in kind_calibration(kind, None, speed_mode).names:
        r = next(r for r in fwp.load_fixed_wing() if r["name"] == name)
        own = statistics.mean(figure_factor(name, k, speed_mode) for k, _ in _figures(r))
        fold = kind_calibration(kind, name, speed_mode)
        err = own - math.log(fold.factor)
        out.append({"name": name, "error": err, "z": err / fold.predictive_sd,
                    "predictive_sd": fold.predictive_sd})
    return out


def _checks_point_and_band(row, key, fits, speed_mode, rng, calibration):
    """What the checks give: p50 and p5/p95 of their draws (:func:`_draws` with ``checks``)."""
    samples = predict(row, key, fits, speed_mode, SAMPLES, rng, centre=False,
                      calibration=calibration, checks=True)
    samples = samples[np.isfinite(samples)]
    if not samples.size:
        return math.nan, (math.nan, math.nan)
    p5, p50, p95 = np.percentile(samples, [5, 50, 95])
    return float(p50), (float(p5), float(p95))


def class_factor(row: dict, point: float, ratios: dict, by_name: dict):
    """The priors' point times the factor of ``row``'s vehicle kind, pooled or by airframe
    class (:func:`dronecalc.priors.fixed_wing_class.nested_choice` over the OTHER aircraft of the
    kind, each aircraft's mean ln(stated / priors-only model), the candidate chosen by their
    own inner leave-one-out); band +/-1.645 x the rms of that inner leave-one-out.
    Returns ((point, band), candidate chosen)."""
    name, kind = row["name"], row["kind"]
    train = [(other, fwc.row_class(by_name[other]), statistics.mean(x for _, x in pairs))
             for other, pairs in ratios.items() if other != name
             and by_name[other]["kind"] == kind]
    if len(train) < 3:
        return (math.nan, (math.nan, math.nan)), "-"
    res = fwc.nested_choice(train)
    pick = res["chosen"]
    centre = fwc.CANDIDATES[pick]([(c, y) for _, c, y in train], fwc.row_class(row))
    sig = res["inner"][pick]
    p0 = point * math.exp(centre)
    return (p0, (p0 * math.exp(-1.645 * sig), p0 * math.exp(1.645 * sig))), pick


def class_covariates() -> None:
    """Print the nested leave-one-out test of an airframe-class covariate
    (:func:`dronecalc.priors.fixed_wing_class.nested_choice`): on the energy on board per
    kilogram of take-off mass of the rows that state it (battery: J/kg; fuel: fuel fraction),
    and on the endurance factor ln(stated / priors-only model) per vehicle kind."""
    rows = fwp.load_fixed_wing()
    print("\nAirframe-class covariate, nested leave-one-out (classes from role words and a "
          "stated warhead, priors.fixed_wing_class.CLASS_WORDS; inner LOO rms of ln y per "
          "candidate; outer: held-out error of choosing and fitting):")
    for cls in ("battery", "fuel"):
        data = [(r["name"], fwc.row_class(r), math.log(fwp.stated_energy(r)
                                                        / r["takeoff_mass"].mid))
                for r in rows if r["kind"] in KINDS and "takeoff_mass" in r
                and fwp.energy_class(r["kind"]) == cls and fwp.stated_energy(r) is not None]
        _print_nested(f"energy per kg of take-off mass, {cls}", data)
    ratios = _priors_ratios("best")
    for kind in KINDS:
        data = [(n, fwc.row_class(r), statistics.mean(x for _, x in ratios[n]))
                for r in rows if (n := r["name"]) in ratios and r["kind"] == kind]
        _print_nested(f"endurance/range factor ln(stated/priors), {kind}", data)


def share_holdout() -> None:
    """Print the VTOL battery-share prior (priors.fixed_wing.vtol_battery_share) and, per
    aircraft it is fitted on, its own share against the prior refitted without it: inside the
    fold's p5-p95 or not, and the log error against the fold's geometric centre."""
    full = fwp.vtol_battery_share()
    print(f"\nVTOL battery share prior: {full.low:.3f}-{full.high:.3f} ({full.source})")
    errs, inside = [], 0
    for r in fwp.load_fixed_wing():
        if r["kind"] not in ("vtol-quadplane", "tailsitter") or "battery_mass" not in r:
            continue
        own = r["battery_mass"].mid / r["takeoff_mass"].mid
        fold = fwp.vtol_battery_share(r["name"])
        err = math.log(own) - 0.5 * math.log(fold.low * fold.high)
        errs.append(err)
        inside += fold.low <= own <= fold.high
        print(f"  {r['name'][:40]:<40} share {own:.3f}  fold p5-p95 {fold.low:.3f}-"
              f"{fold.high:.3f}  ln error {err:+.3f}")
    print(f"  leave-one-out: rms ln error {math.sqrt(statistics.mean(e * e for e in errs)):.3f}, "
          f"{inside}/{len(errs)} inside the fold's p5-p95")


def _print_nested(label: str, data) -> None:
    counts = {c: sum(1 for _, k, _ in data if k == c) for c in fwc.CLASSES}
    if len(data) < 3:
        print(f"  {label}: {len(data)} rows, too few")
        return
    res = fwc.nested_choice(data)
    inner = ", ".join(f"{k} {v:.3f}" for k, v in res["inner"].items())
    picks = {p for *_, p, _ in res["outer"]}
    print(f"  {label}: n = {len(data)} ("
          + ", ".join(f"{c} {n}" for c, n in counts.items() if n) + f"); inner LOO rms: {inner}; "
          f"chosen on all rows: {res['chosen']}; outer held-out rms {res['rms']:.3f} "
          f"(folds chose: {', '.join(sorted(picks))})")


def mass_covariate() -> None:
    """Print the leave-one-out test of a size covariate on the endurance factor: per vehicle
    kind, each aircraft's mean ln(stated / priors-only model) predicted from the other
    aircraft of the kind by their median (pooled) or by a straight line in ln(take-off mass)
    (the size trend a Reynolds-number or propeller-size effect would leave, docs/theory.md
    section 10, *Reynolds number and skin friction*); rms of the held-out ln errors."""
    by_name = {r["name"]: r for r in fwp.load_fixed_wing()}
    print("\nSize covariate, leave-one-out (endurance factor ln(stated / priors) per kind, from "
          "the other aircraft of the kind: their median, or a line in ln take-off mass):")
    for mode in SPEEDS:
        ratios = _priors_ratios(mode)
        for kind in KINDS:
            rows = [(math.log(by_name[n]["takeoff_mass"].mid), statistics.mean(x for _, x in p))
                    for n, p in ratios.items() if by_name[n]["kind"] == kind]
            if len(rows) < 4:
                continue
            pooled, line = [], []
            for i, (x, y) in enumerate(rows):
                xs, ys = map(np.array, zip(*(rows[:i] + rows[i + 1:])))
                pooled.append(y - float(np.median(ys)))
                slope, icpt = np.polyfit(xs, ys, 1)
                line.append(y - (icpt + slope * x))
            full = float(np.polyfit(*map(np.array, zip(*rows)), 1)[0])
            rms = [math.sqrt(statistics.mean(e * e for e in errs)) for errs in (pooled, line)]
            print(f"  {kind:<20} speed mode {mode!r:<9} n = {len(rows):>2}: slope on ln m "
                  f"{full:+.2f}; held-out rms of ln y: pooled {rms[0]:.3f}, mass line "
                  f"{rms[1]:.3f}")


def _factor(point: float, logs: list[float]):
    """The priors' point times exp(median of ``logs``), band +/-1.645 sigma (NaN if < 2)."""
    if len(logs) < 2:
        return math.nan, (math.nan, math.nan)
    p0, sig = point * math.exp(statistics.median(logs)), statistics.stdev(logs)
    return p0, (p0 * math.exp(-1.645 * sig), p0 * math.exp(1.645 * sig))


class Fold(NamedTuple):
    """One aircraft held out: its row, the relations fitted without it and its own streams."""
    row: dict
    name: str
    fits: dict
    rng: np.random.Generator          # the priors' draws (stream SEED)
    rng_checks: np.random.Generator   # the checks' draws (stream SEED + 1)


def folds(rows) -> Iterator[Fold]:
    """The leave-one-aircraft-out loop every accuracy table shares: per row, the relations
    refitted without it and its two streams, each seeded by its name (adding or reordering
    rows leaves every other aircraft's draws as they were; one stream in row order had moved
    them ~1 %)."""
    for r in rows:
        name = r["name"]
        rng, rng_checks = (np.random.default_rng([SEED + k, zlib.crc32(name.encode("utf-8"))])
                           for k in (0, 1))
        yield Fold(r, name, fwp.fit_excluding(name), rng, rng_checks)


def fold_calibration(row: dict):
    """The row's kind's cruise calibration refitted without it (None for a kind without
    one), at the kind's shipped speed mode, as the checks use it."""
    if row["kind"] not in fwp.KIND_CALIBRATION:
        return None
    return kind_calibration(row["kind"], row["name"], shipped_mode(row["kind"]))


def leave_one_out(key: str, speed_mode: str = "best", rows: list[dict] | None = None
                  ) -> list[dict]:
    """One entry per aircraft: stated figure and, per fit of :data:`FITS`, the held-out
    prediction, its error and whether the stated figure is inside its p5-p95 band.
    ``rows``: those to predict (default :func:`rows_for`; :func:`rows_apart` for the figures
    left out, predicted the same way and reported apart)."""
    figure, scale, _ = FIGURES[key]
    rows = rows_for(key) if rows is None else rows
    by_name = {r["name"]: r for r in fwp.load_fixed_wing()}
    ratios = _priors_ratios(speed_mode)
    out = []
    for r, name, fits, rng, rng_checks in folds(rows):
        cls = fwp.energy_class(r["kind"])
        stated = r[figure].mid * scale
        pred = {"priors": _point_and_band(r, key, fits, speed_mode, rng)}
        pred["checks"] = _checks_point_and_band(r, key, fits, speed_mode, rng_checks,
                                                fold_calibration(r))
        logs = [x for other, pairs in ratios.items() if other != name
                and fwp.energy_class(by_name[other]["kind"]) == cls for _, x in pairs]
        pred["factor"] = _factor(pred["priors"][0], logs)
        pred["factor-kind"] = _factor(pred["priors"][0], [
            x for other, pairs in ratios.items() if other != name
            and by_name[other]["kind"] == r["kind"] for _, x in pairs])
        pred["factor-class"] = class_factor(r, pred["priors"][0], ratios, by_name)[0]
        pred["cd0-class"] = _point_and_band(r, key, fits, speed_mode, rng,
                                            cd0_spread(cls, name, speed_mode))
        law = drag_area_law(name, speed_mode)
        c = float(law(r["takeoff_mass"].mid)) / wing_area(r, fits)
        pred["drag-area"] = _point_and_band(r, key, fits, speed_mode, rng,
                                            fwp.Spread(c, law.sigma_ln, law.names, (c,)))
        norm = cd0_re_spread(cls, name, speed_mode)
        c = norm.median * reynolds(r, fits) ** -0.2
        pred["cd0-re"] = _point_and_band(r, key, fits, speed_mode, rng,
                                         fwp.Spread(c, norm.sigma_ln, norm.names, (c,)))
        entry = {"name": name, "kind": r["kind"], "class": cls, "stated": stated / scale,
                 "energy_stated": fwp.stated_energy(r) is not None,
                 "measured": r[figure].measured == "flight",
                 "doubt": r[figure].doubt is not None}
        for fit, (p, band) in pred.items():
            entry[fit] = {"value": p / scale, "error": p / stated - 1.0,
                          "in_band": bool(band[0] <= stated <= band[1]),
                          "band_ratio": float(band[1] / band[0]) if band[0] > 0 else math.nan}
        out.append(entry)
    return out


def _stats(entries, fit) -> dict:
    errors = [e[fit]["error"] for e in entries if math.isfinite(e[fit]["error"])]
    if not errors:
        return {"n": 0}
    return {"n": len(errors), "median_abs": statistics.median(abs(x) for x in errors),
            "worst_abs": max(abs(x) for x in errors), "median_signed": statistics.median(errors),
            "coverage": sum(e[fit]["in_band"] for e in entries) / len(entries),
            "band": statistics.median(e[fit]["band_ratio"] for e in entries)}


def _row(label, st) -> str:
    if st["n"] == 0:
        return f"    {label:<12} n=0"
    return (f"    {label:<12} n={st['n']:<3} median |err| {100 * st['median_abs']:5.1f} %  worst "
            f"{100 * st['worst_abs']:6.1f} %  median signed {100 * st['median_signed']:+6.1f} %  "
            f"p5-p95 coverage {100 * st['coverage']:3.0f} %  band p95/p5 {st['band']:5.2f}")


def median_abs_of_scatter(sigma_ln: float) -> float:
    """Median |error| of a prediction whose log error is normal with ``sigma_ln`` and no bias:
    the median of |exp(z)-1| is exp(0.6745 sigma) - 1 to first order (0.6745 = the normal's
    quartile); computed exactly here by its definition on a fine grid of z."""
    z = np.linspace(-8.0, 8.0, 40001)
    w = np.exp(-0.5 * z * z)
    err = np.abs(np.expm1(sigma_ln * z))
    order = np.argsort(err)
    cdf = np.cumsum(w[order]) / np.sum(w)
    return float(err[order][np.searchsorted(cdf, 0.5)])


def floors(speed_mode: str = "best") -> dict:
    """What no calibration of one number can beat: the scatter of the data itself.

    * energy not stated: the spread of the stated fuel fraction and battery energy per kg
      (endurance and range scale about linearly with it);
    * energy stated: the spread, per vehicle kind, of ln(stated / priors-only model) over the
      kind's aircraft (one lumped-efficiency factor per kind removes its median, not its
      scatter).

    Prints and returns ``{label: (n, sigma_ln, median |error| it implies)}``.
    """
    out = {}
    fits = fwp.fit_excluding(None)
    for name in ("fuel_fraction", "energy_per_mass"):
        law = fits[name]
        out[f"{name} (energy not stated)"] = (law.n, law.sigma_ln,
                                              median_abs_of_scatter(law.sigma_ln))
    rows = {r["name"]: r for r in fwp.load_fixed_wing()}
    ratios = _priors_ratios(speed_mode)
    for kind in KINDS:
        for stated in (True, False):
            logs = [x for n, pairs in ratios.items() if rows[n]["kind"] == kind
                    and (fwp.stated_energy(rows[n]) is not None) == stated for _, x in pairs]
            if len(logs) >= 2:
                sig = statistics.stdev(logs)
                out[f"{kind}, energy {'stated' if stated else 'not stated'}"] = (
                    len(logs), sig, median_abs_of_scatter(sig))
    print(f"\nScatter floors, speed mode '{speed_mode}' (median |error| a prediction with this "
          "log scatter and no bias would have):")
    for label, (n, sig, med) in out.items():
        print(f"  {label:<46} n={n:<3} sigma_ln {sig:4.2f}  -> median |err| {100 * med:5.1f} %")
    return out


def inferred_laws() -> None:
    """The laws a case that states no take-off mass (only its payload) or no engine power is
    judged with (priors.fixed_wing_mass), and each of their rows predicted by the law refitted
    without it (ln error, z against the fold's predictive sd, inside the fold's p5-p95)."""
    for which, law, what in (("mass", fwm.mass_law(), "a case stating its payload or warhead "
                              "and no take-off mass"),
                             ("power", fwm.power_law(), "a combustion case stating no engine "
                              "power: its top speed and ceiling")):
        loo = fwm.leave_one_out(which)
        err = np.array([math.log(y / med) for _, y, med, _ in loo])
        z = np.array([zz for *_, zz in loo])
        inside = np.abs(z) <= float(stdtrit(law.n - 3, 0.95))
        print(f"  {which + '|inferred':<16} {law.describe()} (priors.fixed_wing_mass: {what})")
        print(f"    leave-one-aircraft-out: median |error| "
              f"{100 * np.median(np.abs(np.expm1(err))):.1f} %, rms ln error "
              f"{np.sqrt(np.mean(err ** 2)):.3f}, sd of z {np.std(z, ddof=1):.2f}, "
              f"{int(inside.sum())}/{len(loo)} inside the fold's p5-p95; worst "
              + ", ".join(f"{n[:24]} {100 * np.expm1(e):+.0f} % (z {zz:+.1f})"
                          for n, e, zz in sorted(zip([x[0] for x in loo], err, z),
                                                 key=lambda t: -abs(t[1]))[:3]))


def predictors():
    """``benchmarks/fixed_wing_predictors.py`` as a module (benchmarks is no package): the
    nested leave-one-out tests of the predictors a row states (issue #13, fwacc4)."""
    return load("fixed_wing_predictors")


def main() -> dict:
    summary = {}
    fits = fwp.fit_excluding(None)
    print("Relations fitted on all aircraft (each held-out aircraft gets them refitted "
          "without it):")
    for name, law in fits.items():
        print(f"  {name:<16} {law.describe()}")
    inferred_laws()
    for mode in SPEEDS:
        floors(mode)
    print("\nCruise calibration per kind (priors.fixed_wing.KIND_CALIBRATION): factor on eta L/D "
          "over the held priors' centres, fitted on all its aircraft under the checks' draws "
          "of the rest; leave-one-aircraft-out: each aircraft's own ln f against the fold "
          "without it (error, and z = error / the fold's predictive sigma_ln):")
    for kind in fwp.KIND_CALIBRATION:
        for mode in SPEEDS:
            cal = kind_calibration(kind, None, mode)
            shipped = " (shipped)" if mode == shipped_mode(kind) else ""
            print(f"  {kind:<16} speed mode {mode!r:<8} {cal.describe()}{shipped}")
            held = calibration_holdout(kind, mode)
            for h in held:
                print(f"    {h['name'][:40]:<40} ln f - ln f_fold {h['error']:+.3f}  "
                      f"z {h['z']:+.2f}  (fold predictive sigma_ln {h['predictive_sd']:.3f})")
            errs = [h["error"] for h in held]
            rms = math.sqrt(statistics.mean(e * e for e in errs))
            print(f"    rms leave-one-out error of ln f {rms:.3f} against the folds' mean "
                  f"predictive sigma_ln {statistics.mean(h['predictive_sd'] for h in held):.3f}; "
                  f"sd of z {statistics.pstdev([h['z'] for h in held]):.2f}")
    class_covariates()
    mass_covariate()
    # this module's functions (it may be loaded by file, outside sys.modules: accuracy.py)
    predictors().main(types.SimpleNamespace(**globals()))
    share_holdout()
    for mode in SPEEDS:
        print(f"\nEffective C_D0 (other priors at their centre), speed mode '{mode}':")
        rows = {r["name"]: r for r in fwp.load_fixed_wing()}
        print(f"  {'aircraft':<52} {'C_D0':>7} {'Re (C_L 0.7)':>13}")
        for name, (c, flag) in fitted_cd0(mode).items():
            re_ = reynolds(rows[name], fwp.fit_excluding(name))
            print(f"  {name[:52]:<52} {flag:>1}{c:.4f} {re_:>13.3g}")
        pairs = [(math.log(reynolds(rows[n], fwp.fit_excluding(n))), math.log(c))
                 for n, (c, _) in fitted_cd0(mode).items() if math.isfinite(c)]
        x, y = np.array(pairs).T
        slope = float(np.polyfit(x, y, 1)[0])
        print(f"  log-log slope of effective C_D0 on Re: {slope:+.2f} (flat-plate skin friction: "
              "-0.2 turbulent, -0.5 laminar)")
        for cls in ("fuel", "battery"):
            print(f"  {cls:<8} {cd0_spread(cls, None, mode).describe()}")
        print(f"  drag area C_D0 S [m^2] = {drag_area_law(None, mode).describe()}")
        for cls in ("fuel", "battery"):
            print(f"  {cls:<8} C_D0 / Re^-0.2: {cd0_re_spread(cls, None, mode).describe()}")
    for mode in SPEEDS:
        summary[mode] = {}
        for key, (figure, _, unit) in FIGURES.items():
            entries = leave_one_out(key, mode)
            print(f"\n{key} [{unit}], speed mode '{mode}': {len(entries)} aircraft with a sourced "
                  f"power plant, take-off mass and stated {figure} (error of each held-out "
                  "prediction, %)")
            print(f"  {'aircraft':<46} {'class':<7} {'E':<1} {'M':<1}{' ':<1}{'stated':>7} "
                  + " ".join(f"{f:>9}" for f in FITS))
            for e in entries:
                flags = (f"{'y' if e['energy_stated'] else '-'} {'y' if e['measured'] else '-'}"
                         f"{'?' if e['doubt'] else ' '}")
                print(f"  {e['name'][:46]:<46} {e['class']:<7} {flags} {e['stated']:>7.4g} "
                      + " ".join(f"{100 * e[f]['error']:>8.0f}%" for f in FITS))
            groups = {"all": entries,
                      "all but figures marked doubt": [e for e in entries if not e["doubt"]],
                      "energy stated": [e for e in entries if e["energy_stated"]],
                      "specifications, energy stated": [e for e in entries if e["energy_stated"]
                                                        and not e["measured"]],
                      "measured flights": [e for e in entries if e["measured"]],
                      "fuel": [e for e in entries if e["class"] == "fuel"],
                      "battery": [e for e in entries if e["class"] == "battery"],
                      **{f"{k}, energy stated": [e for e in entries if e["kind"] == k
                                                 and e["energy_stated"]] for k in KINDS},
                      "vtol-quadplane, all": [e for e in entries
                                              if e["kind"] == "vtol-quadplane"]}
            apart = rows_apart(key)
            if apart:
                print(f"  left out of the {figure} benchmark, predicted the same way (not in "
                      "any group below):")
                for (r, reason), e in zip(apart, leave_one_out(key, mode, [r for r, _ in apart])):
                    print(f"    {e['name'][:44]:<44} stated {e['stated']:>7.4g}  checks "
                          f"{100 * e['checks']['error']:+.0f}%  priors "
                          f"{100 * e['priors']['error']:+.0f}%: {reason[:110]}")
            summary[mode][key] = {}
            for label, group in groups.items():
                print(f"  {label} ({len(group)}):")
                summary[mode][key][label] = {}
                for fit in FITS:
                    st = _stats(group, fit)
                    summary[mode][key][label][fit] = st
                    print(_row(fit, st))
    print("\nE: energy on board stated (fuel or battery); M: a measured flight, predicted at its "
          "mean speed; ?: the figure carries a `doubt` in the data (kept in every fit). "
          "Error = (predicted - stated) / stated.")
    return summary


if __name__ == "__main__":
    if {"--diagnose", "--audit"} & set(sys.argv[1:]):
        extra = load("audit_fixed_wing")
        if "--diagnose" in sys.argv[1:]:
            extra.diagnose()
        else:
            extra.audit()
    else:
        main()
