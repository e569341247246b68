"""Leave-one-aircraft-out accuracy of the fixed-wing model on data/fixed_wing.toml (issue #13).

Every aircraft of the data set with a sourced power plant (piston, electric or electric VTOL
quadplane), a stated take-off mass and a stated endurance or still-air flight range is held out
in turn. Its figure is predicted from what its row states (mass, span, engine power, fuel or
battery, and for a measured flight its mean speed) with the physics of
``dronecalc.engine.fixed_wing.performance``; what the row does not state comes from
relations fitted on the OTHER aircraft only (:func:`dronecalc.priors.fixed_wing.fit_excluding`:
energy on board per kilogram of take-off mass, engine power vs mass for the BSFC class, span vs
mass) and from the literature priors (``priors/fixed_wing.py``, taken at their centre for the
point prediction and drawn uniformly for the band).

Five predictions are reported (:data:`FITS`): ``priors``, the physics with the literature
priors (nothing calibrated on the figures); ``factor`` and ``factor-kind``, the same times one
calibration factor per energy class (fuel / battery) or per vehicle kind (piston / electric /
quadplane), the median of stated / model over the other aircraft of the class, with its log
scatter giving the band; ``cd0-class`` and ``drag-area``, an effective C_D0 fitted on the
other aircraft. :func:`floors` prints the median error that the scatter of the data alone
leaves, ``--diagnose`` what each point prediction flies with and the factor that would match.

A specification is flown at the mass its source states it at (:func:`flown_mass`): a figure
tagged ``at_payload = "max"`` at the take-off mass, ``"none"`` without the payload, and one
that does not say, in a row that states a payload, anywhere between the two.

Figures marked ``measured = "flight"`` are single flights at a stated mean speed: they are
predicted at that speed (range at speed; endurance = that range / speed), not at the best
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
from functools import lru_cache

import numpy as np

from dronecalc.engine import fixed_wing as eng
from dronecalc.physics import fixed_wing as fw
from dronecalc.physics.atmosphere import _air_density
from dronecalc.physics.rotor import _G
from dronecalc.priors import fixed_wing as fwp

KINDS = fwp.BENCHMARK_KINDS
SAMPLES = 4000
#: Speed modes: "best": measured flights at their mean speed, every other figure at the
#: model's best-endurance / best-range speed; "cruise": every figure of a row that states a
#: cruise speed at that speed.
SPEEDS = ("best", "cruise")
#: What is fitted on the other aircraft (every variant also uses the fitted energy, span and
#: engine-power relations): "priors" nothing else (literature priors); "factor" one
#: multiplicative factor per energy class (fuel / battery) on the predicted figure, i.e. on the
#: lumped efficiency eta L/D (/ BSFC); "factor-kind" the same factor per vehicle kind (piston,
#: electric fixed wing, electric quadplane), so that quadplanes and loitering munitions are no
#: longer pooled; "cd0-class" the median effective C_D0 of the class;
#: "drag-area" the effective drag area C_D0 S as a power law of take-off mass; "checks" what
#: ``dronecalc check`` uses: the literature priors with the kind's cruise calibration
#: (``priors.fixed_wing.KIND_CALIBRATION``, quadplanes only) refitted without the held-out
#: aircraft (:func:`kind_calibration`). "priors" and every other fit fly without it.
FITS = ("priors", "checks", "factor", "factor-kind", "cd0-class", "drag-area")
SEED = 13
FIGURES = {"max_endurance": ("endurance", 3600.0, "h"), "max_range": ("range", 1000.0, "km")}


def rows_for(key: str) -> list[dict]:
    """The rows the benchmark predicts for ``key`` (``max_endurance`` or ``max_range``)."""
    figure = FIGURES[key][0]
    rows = [r for r in fwp.load_fixed_wing() if r["kind"] in KINDS and "takeoff_mass" in r
            and figure in r]
    if key == "max_range":
        rows = [r for r in rows if r["range"].range_kind == "flight"]
    return rows


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
           calibration: float | None = None) -> dict[str, np.ndarray]:
    """Inputs of one held-out aircraft: stated figures, fitted relations, priors (n draws).

    ``cd0``: zero-lift drag to use instead of its literature prior (an array of n values, or
    a :class:`~dronecalc.priors.fixed_wing.Spread` to draw from, log-normally). ``figure``:
    the figure predicted, which sets the mass flown (:func:`flown_mass`); the energy on board
    scales with the take-off mass. ``calibration``: the cruise calibration factor flown
    (``None``: 1, the literature priors, whatever ``KIND_CALIBRATION`` says).
    """
    kind = row["kind"]
    priors = fwp.prior_set(kind, delta=fwp.is_delta(row),
                           flying_wing=fwp.is_flying_wing(row))
    m = row["takeoff_mass"].mid

    def draw(lo, hi):
        return np.full(n, 0.5 * (lo + hi)) if centre else rng.uniform(lo, hi, n)

    def lognormal(median, sigma):
        return np.full(n, median) if centre else median * np.exp(rng.normal(0, sigma, n))

    altitude = row["cruise_altitude"].mid if "cruise_altitude" in row else 0.0
    lo, hi = flown_mass(row, figure)
    v = {"takeoff_mass": np.full(n, lo) if lo == hi else draw(lo, hi), "payload": np.zeros(n),
         "altitude": np.full(n, altitude)}
    v["wingspan"] = (np.full(n, row["wingspan"].mid) if "wingspan" in row
                     else lognormal(float(fits["span"](m)), fits["span"].sigma_ln))
    if "wing_area" in row:
        v["wing_area"] = np.full(n, row["wing_area"].mid)
    for name, prior in priors.items():
        if (name == "aspect_ratio" and "wing_area" in v) or name == "cruise_calibration":
            continue                       # the calibration is set below, never drawn
        v[name] = draw(prior.low, prior.high)
    stated = fwp.stated_energy(row)
    if kind == "fixed-wing-piston":
        v.pop("fuel_fraction", None)
        law = fits["fuel_fraction"]
        v["fuel_mass"] = (np.full(n, stated) if stated is not None
                          else m * np.minimum(lognormal(law.median, law.sigma_ln), 0.9))
        power = (row["engine_power"].mid if "engine_power" in row
                 else float(fits["engine_power"](m)))
        lo, hi, _ = fwp.bsfc_range(power)
        v["bsfc"] = draw(lo, hi)
    else:
        for k in ("battery_fraction", "specific_energy"):
            v.pop(k, None)
        law = fits["energy_per_mass"]
        v["battery_energy"] = (np.full(n, stated) if stated is not None
                               else m * lognormal(law.median, law.sigma_ln))
        v["specific_energy"] = np.full(n, fwp.specific_energy_of(row))
        if "usable_fraction" in row:            # the maker's own battery usage
            v["usable_fraction"] = np.full(n, row["usable_fraction"].mid)
    v["cruise_calibration"] = np.full(n, 1.0 if calibration is None else float(calibration))
    if isinstance(cd0, fwp.Spread):
        v["zero_lift_drag"] = lognormal(cd0.median, cd0.sigma_ln)
    elif cd0 is not None:
        v["zero_lift_drag"] = np.broadcast_to(np.asarray(cd0, dtype=float), (n,)).copy()
    return v


def predict(row: dict, key: str, fits: dict, speed_mode: str, n: int = 1, rng=None,
            centre: bool = True, cd0=None, calibration: float | None = None):
    """The model's ``key`` for one row [s or m] (see :data:`SPEEDS` for the speed flown)."""
    figure = FIGURES[key][0]
    v = _draws(row, fits, n, rng, centre, cd0, figure, calibration)
    airspeed = "cruise_speed" in row and row["cruise_speed"].frame != "ground"
    speed = (row["cruise_speed"].mid / 3.6 if airspeed
             and (speed_mode == "cruise" or row[figure].measured == "flight") else None)
    out = eng.performance(v, row["kind"], cruise_speed=speed)
    if speed is None:
        if key == "max_endurance" and row[figure].measured == "flight" \
                and "range" in row and row["range"].measured == "flight":
            # a one-way range flight at an unknown airspeed: its time aloft is that of a
            # range flight (best-range speed), not the best endurance
            return np.asarray(out["max_range"] / out["best_range_speed"], dtype=float)
        return np.asarray(out[key], dtype=float)
    at_speed = np.asarray(out["range_at_speed"], dtype=float)
    return at_speed / speed if key == "max_endurance" else at_speed


CD0_GRID = np.geomspace(0.003, 0.3, 161)


def _figures(row: dict):
    for key, (figure, scale, _) in FIGURES.items():
        if figure in row and not (key == "max_range" and row["range"].range_kind != "flight"):
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
                        flying_wing=fwp.is_flying_wing(row))["aspect_ratio"]
    return b * b / (0.5 * (ar.low + ar.high))


def cd0_spread(cls: str, without: str | None, speed_mode: str) -> fwp.Spread:
    """Log-normal spread of the effective C_D0 of class ``cls`` (fuel / battery) without one."""
    rows = {r["name"]: r for r in fwp.load_fixed_wing()}
    pairs = [(c, n) for n, (c, _) in fitted_cd0(speed_mode).items()
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


@lru_cache(maxsize=64)
def kind_calibration(kind: str, without: str | None = None,
                     speed_mode: str = "best") -> tuple[float, float, tuple[str, ...], int]:
    """The cruise calibration of ``kind`` fitted on its aircraft except ``without``.

    Per stated endurance or flight range of the kind (each aircraft predicted at the centre
    of the literature priors with its own relations fitted without it): the factor f on the
    cruise eta L/D that matches it, exactly as ``engine.fixed_wing.performance`` applies
    ``cruise_calibration``: range stated / model; endurance (stated - t_h) / (model - t_h),
    t_h the hover time of a VTOL kind (flown outside the cruise), else 0. Returns
    (exp(median ln f), sigma_ln of ln f, the aircraft used, the number of figures).
    """
    logs, names = [], []
    for r in fwp.load_fixed_wing():
        if r["kind"] != kind or "takeoff_mass" not in r or r["name"] == without:
            continue
        fits = fwp.fit_excluding(r["name"])
        for key, target in _figures(r):
            model = float(predict(r, key, fits, speed_mode)[0])
            t_h = 0.0
            if key == "max_endurance" and kind in eng.VTOL_KINDS:
                t_h = float(_draws(r, fits, 1, None, True, figure="endurance")["hover_time"][0])
            if model > t_h and target > t_h and math.isfinite(model):
                logs.append(math.log((target - t_h) / (model - t_h)))
                names.append(r["name"])
    if len(logs) < 2:
        return 1.0, math.nan, tuple(dict.fromkeys(names)), len(logs)
    return (math.exp(statistics.median(logs)), statistics.stdev(logs),
            tuple(dict.fromkeys(names)), len(logs))


def _factor(point: float, logs: list[float]):
    """The priors' point times exp(median of ``logs``), band +/-1.645 sigma (NaN if < 2)."""
    if len(logs) < 2:
        return math.nan, (math.nan, math.nan)
    p0, sig = point * math.exp(statistics.median(logs)), statistics.stdev(logs)
    return p0, (p0 * math.exp(-1.645 * sig), p0 * math.exp(1.645 * sig))


def leave_one_out(key: str, speed_mode: str = "best") -> list[dict]:
    """One entry per aircraft: stated figure and, per fit of :data:`FITS`, the held-out
    prediction, its error and whether the stated figure is inside its p5-p95 band."""
    figure, scale, _ = FIGURES[key]
    rows = rows_for(key)
    by_name = {r["name"]: r for r in fwp.load_fixed_wing()}
    ratios = _priors_ratios(speed_mode)
    rng = np.random.default_rng(SEED)
    rng_checks = np.random.default_rng(SEED + 1)   # its own stream: the other fits' bands unchanged
    out = []
    for r in rows:
        name, cls = r["name"], fwp.energy_class(r["kind"])
        fits = fwp.fit_excluding(name)
        stated = r[figure].mid * scale
        pred = {"priors": _point_and_band(r, key, fits, speed_mode, rng)}
        cal = (kind_calibration(r["kind"], name, speed_mode)[0]
               if r["kind"] in fwp.KIND_CALIBRATION else None)
        pred["checks"] = _point_and_band(r, key, fits, speed_mode, rng_checks,
                                         calibration=cal)
        logs = [x for other, pairs in ratios.items() if other != name
                and fwp.energy_class(by_name[other]["kind"]) == cls for _, x in pairs]
        pred["factor"] = _factor(pred["priors"][0], logs)
        pred["factor-kind"] = _factor(pred["priors"][0], [
            x for other, pairs in ratios.items() if other != name
            and by_name[other]["kind"] == r["kind"] for _, x in pairs])
        pred["cd0-class"] = _point_and_band(r, key, fits, speed_mode, rng,
                                            cd0_spread(cls, name, speed_mode))
        law = drag_area_law(name, speed_mode)
        c = float(law(r["takeoff_mass"].mid)) / wing_area(r, fits)
        pred["drag-area"] = _point_and_band(r, key, fits, speed_mode, rng,
                                            fwp.Spread(c, law.sigma_ln, law.names, (c,)))
        entry = {"name": name, "kind": r["kind"], "class": cls, "stated": stated / scale,
                 "energy_stated": fwp.stated_energy(r) is not None,
                 "measured": r[figure].measured == "flight"}
        for fit, (p, band) in pred.items():
            entry[fit] = {"value": p / scale, "error": p / stated - 1.0,
                          "in_band": bool(band[0] <= stated <= band[1])}
        out.append(entry)
    return out


def _stats(entries, fit) -> dict:
    errors = [e[fit]["error"] for e in entries if math.isfinite(e[fit]["error"])]
    if not errors:
        return {"n": 0}
    return {"n": len(errors), "median_abs": statistics.median(abs(x) for x in errors),
            "worst_abs": max(abs(x) for x in errors), "median_signed": statistics.median(errors),
            "coverage": sum(e[fit]["in_band"] for e in entries) / len(entries)}


def _row(label, st) -> str:
    if st["n"] == 0:
        return f"    {label:<11} n=0"
    return (f"    {label:<11} n={st['n']:<3} median |err| {100 * st['median_abs']:5.1f} %  worst "
            f"{100 * st['worst_abs']:6.1f} %  median signed {100 * st['median_signed']:+6.1f} %  "
            f"p5-p95 coverage {100 * st['coverage']:3.0f} %")


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


def main() -> dict:
    summary = {}
    fits = fwp.fit_excluding(None)
    print("Relations fitted on all aircraft (each held-out aircraft gets them refitted "
          "without it):")
    for name, law in fits.items():
        print(f"  {name:<16} {law.describe()}")
    floors()
    print("\nCruise calibration per kind (priors.fixed_wing.KIND_CALIBRATION; factor on eta L/D "
          "over the literature priors' centre), fitted on all its aircraft:")
    for kind in fwp.KIND_CALIBRATION:
        for mode in SPEEDS:
            f, sig, names, n = kind_calibration(kind, None, mode)
            print(f"  {kind:<16} speed mode {mode!r:<8} x{f:.3f}, sigma_ln {sig:.3f}, "
                  f"{n} figures of {len(names)} aircraft")
    for mode in SPEEDS:
        print(f"\nEffective C_D0 (other priors at their centre), speed mode '{mode}':")
        for name, (c, flag) in fitted_cd0(mode).items():
            print(f"  {name[:52]:<52} {flag:>1}{c:.4f}")
        for cls in ("fuel", "battery"):
            print(f"  {cls:<8} {cd0_spread(cls, None, mode).describe()}")
        print(f"  drag area C_D0 S [m^2] = {drag_area_law(None, mode).describe()}")
    for mode in SPEEDS:
        summary[mode] = {}
        for key, (figure, _, unit) in FIGURES.items():
            entries = leave_one_out(key, mode)
            print(f"\n{key} [{unit}], speed mode '{mode}': {len(entries)} aircraft with a sourced "
                  f"power plant, take-off mass and stated {figure} (error of each held-out "
                  "prediction, %)")
            print(f"  {'aircraft':<46} {'class':<7} {'E':<1} {'M':<1} {'stated':>7} "
                  + " ".join(f"{f:>9}" for f in FITS))
            for e in entries:
                flags = f"{'y' if e['energy_stated'] else '-'} {'y' if e['measured'] else '-'}"
                print(f"  {e['name'][:46]:<46} {e['class']:<7} {flags} {e['stated']:>7.4g} "
                      + " ".join(f"{100 * e[f]['error']:>8.0f}%" for f in FITS))
            groups = {"all": entries, "energy stated": [e for e in entries if e["energy_stated"]],
                      "specifications, energy stated": [e for e in entries if e["energy_stated"]
                                                        and not e["measured"]],
                      "measured flights": [e for e in entries if e["measured"]],
                      "fuel": [e for e in entries if e["class"] == "fuel"],
                      "battery": [e for e in entries if e["class"] == "battery"],
                      **{f"{k}, energy stated": [e for e in entries if e["kind"] == k
                                                 and e["energy_stated"]] for k in KINDS}}
            summary[mode][key] = {}
            for label, group in groups.items():
                print(f"  {label} ({len(group)}):")
                summary[mode][key][label] = {}
                for fit in FITS:
                    st = _stats(group, fit)
                    summary[mode][key][label][fit] = st
                    print(_row(fit, st))
    print("\nE: energy on board stated (fuel or battery); M: a measured flight, predicted at its "
          "mean speed. Error = (predicted - stated) / stated.")
    return summary


# --------------------------------------------------------------------------- audit

#: The aircraft the audit prints by default (issue #13 review: the largest errors).
AUDITED = ("Aerosonde 'Laima'", "Aerosonde (NOAA", "Vanilla Aircraft VA001", "Penguin B",
           "Mugin-5 Pro", "Switchblade 300", "DeltaQuad (VTOL", "UAVMODEL X2400",
           "Skywalker X8 (Outback", "Shahed-136")
_LHV = 44.0e6            # J/kg: the model's BSFC convention (priors.fixed_wing._GASOLINE_LHV)


def lumped_efficiency(row: dict) -> tuple[float, str] | None:
    """The dimensionless efficiency a row's stated figures imply, and how it was found.

    Fuel: X = eta_p eta_th (L/D) = g R / (LHV ln(W0/W1)) from Breguet's range (Anderson 1999
    ch. 5), R the stated flight range, else the stated endurance x the stated airspeed.
    Battery: X = eta (L/D) = W R / E, E the stated energy (all of it: the usable share is a
    prior), R likewise. None without energy or a distance (or an airspeed).
    """
    e = fwp.stated_energy(row)
    if e is None or "takeoff_mass" not in row:
        return None
    m = row["takeoff_mass"].mid
    air = "cruise_speed" in row and row["cruise_speed"].frame != "ground"
    if "range" in row and row["range"].range_kind == "flight":
        dist, how = row["range"].mid * 1000.0, "range"
    elif "endurance" in row and air:
        dist, how = row["endurance"].mid * 3600.0 * row["cruise_speed"].mid / 3.6, \
            "endurance x cruise speed"
    else:
        return None
    if fwp.energy_class(row["kind"]) == "fuel":
        return _G * dist / (_LHV * -math.log1p(-e / m)), how
    return m * _G * dist / e, how


def _prior_lumped(row: dict, fits: dict, rng, n: int = SAMPLES) -> np.ndarray:
    """X of the model's own draws at its best-range C_L (L/D max, or the stall-capped one)."""
    v = _draws(row, fits, n, rng, centre=False)
    out = eng.performance(v, row["kind"])
    m = v["takeoff_mass"]
    rho = _air_density(v["altitude"])
    s, _, k = eng.geometry(v)
    cd0 = v["zero_lift_drag"] + (v.get("extra_drag", 0.0) if row["kind"] in eng.VTOL_KINDS
                                 else 0.0)
    cl = 2 * m * _G / (rho * s * out["best_range_speed"] ** 2)
    ld = cl / (cd0 + k * cl ** 2)
    if fwp.energy_class(row["kind"]) == "fuel":
        return v["propeller_efficiency"] * ld / (v["bsfc"] * _LHV)
    return v["propeller_efficiency"] * v["drive_efficiency"] * v["usable_fraction"] * ld


def audit(patterns=AUDITED) -> None:
    """Per aircraft: the medians over the model's draws of what it flies with, next to the
    row's figures, and the lumped efficiency X its stated figures imply against the priors'."""
    rng = np.random.default_rng(SEED)
    rows = fwp.load_fixed_wing()
    for pat in patterns:
        row = next(r for r in rows if r["name"].startswith(pat))
        fits = fwp.fit_excluding(row["name"])
        v = _draws(row, fits, SAMPLES, rng, centre=False)
        kind = row["kind"]
        out = eng.performance(v, kind)
        med = lambda x: float(np.median(np.asarray(x, dtype=float)))  # noqa: E731
        s, ar, k = eng.geometry(v)
        cd0 = v["zero_lift_drag"] + (v.get("extra_drag", 0.0) if kind in eng.VTOL_KINDS
                                     else 0.0)
        e_osw = 1.0 / (np.pi * ar * k)
        m = v["takeoff_mass"]
        rho = _air_density(v["altitude"])
        print(f"\n{row['name']} ({kind}); medians over {SAMPLES} draws")
        print(f"  m0 {med(m):.3g} kg, span {med(v['wingspan']):.3g} m"
              f"{' (stated)' if 'wingspan' in row else ' (fitted law)'}, S {med(s):.3g} m^2"
              f"{' (stated)' if 'wing_area' in row else ''}, AR {med(ar):.3g}, e {med(e_osw):.3g}"
              f", C_D0 {med(cd0):.4f}, C_L,max {med(v['max_lift_coefficient']):.2f}, "
              f"altitude {med(v['altitude']):.0f} m")
        print(f"  L/D max {med(out['max_lift_to_drag']):.3g}; speeds [m/s]: stall "
              f"{med(out['stall_speed']):.3g}, best endurance {med(out['best_endurance_speed']):.3g}"
              f", best range {med(out['best_range_speed']):.3g}; stated cruise "
              + (f"{row['cruise_speed'].mid / 3.6:.3g}" + (" (ground speed)" if
                 row["cruise_speed"].frame == "ground" else "") if "cruise_speed" in row
                 else "none"))
        p_r = fw.power_required(m, out["best_range_speed"], rho, s, cd0, k)
        p_e = fw.power_required(m, out["best_endurance_speed"], rho, s, cd0, k)
        eta = v["propeller_efficiency"]
        if fwp.energy_class(kind) == "fuel":
            fuel = v["fuel_mass"]
            print(f"  fuel {med(fuel):.3g} kg ({'stated' if fwp.stated_energy(row) else 'fitted'}"
                  f", fraction {med(fuel / m):.3f}), BSFC {med(v['bsfc']) * 3.6e9:.0f} g/kWh, "
                  f"eta_p {med(eta):.3f}; thrust power at best endurance / range "
                  f"{med(p_e):.4g} / {med(p_r):.4g} W, fuel flow "
                  f"{med(p_e / eta * v['bsfc']) * 3600:.3g} / {med(p_r / eta * v['bsfc']) * 3600:.3g}"
                  " kg/h")
        else:
            eta = eta * v["drive_efficiency"]
            print(f"  battery {med(v['battery_energy']) / 3600:.4g} Wh "
                  f"({'stated' if fwp.stated_energy(row) else 'fitted'}), usable "
                  f"{med(v['usable_fraction']):.3f}, eta_p x drive {med(eta):.3f}"
                  + (f", hover {med(out['hover_energy']) / 3600:.3g} Wh" if "hover_energy" in out
                     else "") + f"; electric power at best endurance / range "
                  f"{med(p_e / eta):.4g} / {med(p_r / eta):.4g} W")
        stated = {f: row[f].mid for f in ("endurance", "range") if f in row}
        print(f"  model: endurance {med(out['max_endurance']) / 3600:.3g} h, range "
              f"{med(out['max_range']) / 1000:.4g} km; stated {stated}")
        x = lumped_efficiency(row)
        if x is not None:
            p = _prior_lumped(row, fits, rng)
            sym = "eta_p eta_th L/D" if fwp.energy_class(kind) == "fuel" else "eta L/D"
            print(f"  implied {sym} = {x[0]:.3g} (from the stated {x[1]}); the priors give p5 "
                  f"{np.percentile(p, 5):.3g}, p50 {np.median(p):.3g}, p95 "
                  f"{np.percentile(p, 95):.3g}, max {np.max(p):.3g}")


_SHORT_KIND = {"fixed-wing-piston": "piston", "fixed-wing-electric": "electric",
               "vtol-quadplane": "quadplane"}


def diagnose(speed_mode: str = "best") -> list[dict]:
    """Per aircraft and figure: what the point prediction flies with and what would match.

    At the centre of every prior (the ``priors`` point of :func:`leave_one_out`, relations
    fitted without the aircraft): the mass flown (:func:`flown_mass`), the energy on board
    (stated or fitted), span, aspect ratio, e, C_D0 (with a quadplane's stopped-rotor drag),
    L/D max, the efficiency chain, and ``need`` = stated / model: the factor the lumped
    efficiency (eta L/D for a battery, eta_p L/D / BSFC for fuel; both figures are linear in
    it) would need. For fuel also the BSFC that would match at the model's aerodynamics and
    propeller, and the shaft power flown as a share of the stated (or fitted) engine power.
    """
    out = []
    print(f"\nDiagnosis, speed mode '{speed_mode}' (point prediction at the priors' centres; "
          "need = stated / model = the factor on the lumped efficiency that would match):")
    print(f"  {'aircraft':<34} {'kind':<9} {'fig':<4} {'m flown':>8} {'energy':>10} {'b':>5} "
          f"{'AR':>5} {'e':>5} {'C_D0':>6} {'L/Dmax':>6} {'eta':>5} {'model':>7} {'stated':>7} "
          f"{'need':>6}  fuel: BSFC now -> to match, P/P_rated")
    for r in fwp.load_fixed_wing():
        if r["kind"] not in KINDS or "takeoff_mass" not in r:
            continue
        fits = fwp.fit_excluding(r["name"])
        for key, target in _figures(r):
            figure, scale, unit = FIGURES[key]
            v = _draws(r, fits, 1, None, True, figure=figure)
            model = float(predict(r, key, fits, speed_mode)[0])
            out_ = eng.performance(v, r["kind"])
            s_, ar, k = eng.geometry(v)
            cd0 = v["zero_lift_drag"] + (v.get("extra_drag", 0.0)
                                         if r["kind"] in eng.VTOL_KINDS else 0.0)
            e_osw = 1.0 / (np.pi * ar * k)
            fuel = fwp.energy_class(r["kind"]) == "fuel"
            eta = v["propeller_efficiency"] * (1.0 if fuel else v["drive_efficiency"])
            stated_e = fwp.stated_energy(r) is not None
            energy = (f"{float(v['fuel_mass'][0]):.3g} kg" if fuel
                      else f"{float(v['battery_energy'][0]) / 3600:.4g} Wh") + \
                ("" if stated_e else "*")
            need = target / model
            row = {"name": r["name"], "kind": r["kind"], "figure": figure,
                   "mass": float(v["takeoff_mass"][0]), "need": need}
            extra = ""
            if fuel:
                m = v["takeoff_mass"]
                rho = _air_density(v["altitude"])
                p_e = fw.power_required(m, out_["best_endurance_speed"], rho, s_, cd0, k)
                shaft = float((p_e / v["propeller_efficiency"])[0])
                rated = (r["engine_power"].mid if "engine_power" in r
                         else float(fits["engine_power"](r["takeoff_mass"].mid)))
                bsfc = float(v["bsfc"][0]) * 3.6e9
                row.update(bsfc=bsfc, bsfc_match=bsfc / need, power_share=shaft / rated)
                extra = (f"  {bsfc:4.0f} -> {bsfc / need:5.0f} g/kWh, "
                         f"{100 * shaft / rated:4.1f} %"
                         + ("" if "engine_power" in r else " (rated power fitted)"))
            print(f"  {r['name'][:34]:<34} {_SHORT_KIND[r['kind']]:<9} "
                  f"{figure[:4]:<4} {float(v['takeoff_mass'][0]):8.3g} {energy:>10} "
                  f"{float(v['wingspan'][0]):5.2f} {float(ar[0]):5.1f} {float(e_osw[0]):5.2f} "
                  f"{float(np.asarray(cd0).ravel()[0]):6.4f} "
                  f"{float(out_['max_lift_to_drag'][0]):6.1f} {float(eta[0]):5.2f} "
                  f"{model / scale:7.4g} {target / scale:7.4g} {need:6.2f}{extra}")
            out.append(row)
    print("  * energy not stated: fitted on the other aircraft (fuel fraction or Wh per kg). "
          "m flown: the middle of take-off mass minus payload and take-off mass where the "
          "source does not say which.")
    return out


if __name__ == "__main__":
    import sys
    if "--diagnose" in sys.argv[1:]:
        diagnose()
    elif "--audit" in sys.argv[1:]:
        audit()
    else:
        main()
