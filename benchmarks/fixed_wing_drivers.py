"""Where the fixed-wing checks' error and band width come from, per kind (issue #13, fwbounds13).

For every endurance and still-air range figure of ``benchmarks/accuracy_fixed_wing.py``
(the ``checks`` column: each aircraft held out, its relations and its kind's calibration
refitted without it, what its row does not state drawn from the checks' own priors, the same
seeded streams), three things:

1. **Drivers of the band.** The share of the variance of ln(prediction) over the checks' draws
   that each drawn input explains alone: the first-order (Sobol) index
   Var(E[ln y | x]) / Var(ln y), estimated by the correlation ratio over 20 equal-count bins
   of x (Saltelli, A. et al. (2008), *Global Sensitivity Analysis: The Primer*, Wiley, ch. 1
   and 5; the binned estimator's bias is about (bins - 1) / N = 0.005 at 4,000 draws). The
   pack energy the checks draw as battery share x specific energy is split into those two;
   the fuel load into the fuel fraction. Shares need not add up to 1 (interactions).
2. **Error against width.** Per group (electric wing, one-way attack munition, piston,
   quadplane): the rms of the held-out log error ln(p50 / stated) against the band's own log
   scale ln(p95 / p5) / 3.29 (what a log-normal band of that width has as sigma), and the
   coverage of the band scaled about its median by k: the smallest k that keeps 80 % and
   90 % of the figures inside. k < 1 would mean the bands are wider than the errors need;
   k >= 1 that no prior that only narrows them can keep the coverage.
3. **Candidate: a cruise calibration for the electric wings and the pistons** (the engine
   applies ``engine.fixed_wing.calibration_factor`` to the battery cruise's eta L/D and, since
   issue 13's fuelcal round, to the piston Breguet cruise's eta L/D / BSFC), fitted
   exactly as the shipped quadplane one (``accuracy_fixed_wing.kind_calibration``: the rows
   stating their energy, the literature aerodynamic and propulsive priors held at their
   centres, the fitted factor's Student-t predictive distribution drawn), refitted without
   each held-out aircraft (nested: the held-out aircraft is never in its own factor): the
   ``checks`` statistics of the kind with and without it.

Run::

    PYTHONPATH=$PWD python benchmarks/fixed_wing_drivers.py            # parts 1 and 2
    PYTHONPATH=$PWD python benchmarks/fixed_wing_drivers.py --candidate  # and part 3

Seeded: two runs print the same figures.
"""
from __future__ import annotations

import math
import statistics
import sys
import zlib
from pathlib import Path

import numpy as np

from dronecalc.priors import fixed_wing as fwp
from dronecalc.priors import fixed_wing_class as fwc

BINS = 20
#: Percentile z of the band's ends: a log-normal's p95 / p5 is exp(2 x 1.645 sigma).
Z90 = 1.6449
GROUPS = ("electric wing", "one-way attack", "piston", "quadplane")

sys.path.insert(0, str(Path(__file__).resolve().parent))   # benchmarks/ is no package
from _sibling import load  # noqa: E402

acc = load("accuracy_fixed_wing")


def group(row: dict) -> str:
    """The kind a row is reported under: a munition class (role words, a stated warhead;
    ``priors.fixed_wing_class``) is "one-way attack" whatever its plant."""
    if fwc.row_class(row) == "munition":
        return "one-way attack"
    return {"fixed-wing-piston": "piston", "vtol-quadplane": "quadplane"}.get(
        row["kind"], "electric wing")


def first_order(x: np.ndarray, y: np.ndarray, bins: int = BINS) -> float:
    """Var(E[y | x]) / Var(y) by equal-count bins of x (vectorised); 0 for a constant x."""
    if np.ptp(x) <= 1e-12 * max(abs(float(np.max(x))), 1.0):
        return 0.0
    ranks = np.argsort(np.argsort(x, kind="stable"), kind="stable")
    b = (ranks * bins) // x.size
    count = np.bincount(b, minlength=bins)
    mean = np.bincount(b, weights=y, minlength=bins) / np.maximum(count, 1)
    var = float(np.var(y))
    return float(np.sum(count * (mean - y.mean()) ** 2) / y.size / var) if var > 0 else 0.0


def inputs_of(v: dict, row: dict) -> dict[str, np.ndarray]:
    """The drawn inputs a row's checks vary (constants dropped), pack and fuel split."""
    out = {k: np.asarray(a, dtype=float) for k, a in v.items()
           if np.ndim(a) and np.ptp(a) > 0 and k not in ("battery_energy", "fuel_mass")}
    m = np.asarray(v["takeoff_mass"], dtype=float)
    if "battery_energy" in v and np.ptp(v["battery_energy"]) > 0:
        out["battery_fraction"] = v["battery_energy"] / (m * v["specific_energy"])
    if "fuel_mass" in v and np.ptp(v["fuel_mass"]) > 0:
        out["fuel_fraction"] = v["fuel_mass"] / m
    return out


def row_drivers(speed_mode: str = "best") -> list[dict]:
    """Per benchmark figure: the checks' p5 / p50 / p95, the stated figure and the first-order
    share of every drawn input (the same streams as the benchmark's ``checks`` column)."""
    out = []
    for key, (figure, scale, _) in acc.FIGURES.items():
        for r, name, fits, _, rng in acc.folds(acc.rows_for(key)):
            v = acc._draws(r, fits, acc.SAMPLES, rng, False, figure=figure,
                           calibration=acc.fold_calibration(r), checks=True)
            y = acc.predict(r, key, fits, speed_mode, draws=dict(v))
            ok = np.isfinite(y) & (y > 0)
            if not ok.any():
                continue
            ln_y = np.log(y[ok])
            shares = {k: first_order(x[ok], ln_y) for k, x in inputs_of(v, r).items()}
            p5, p50, p95 = np.percentile(y[ok], [5, 50, 95])
            stated = r[figure].mid * scale
            out.append({"name": name, "group": group(r), "figure": figure,
                        "stated": stated, "p5": p5, "p50": p50, "p95": p95,
                        "log_error": math.log(p50 / stated), "shares": shares})
    return out


def scaled_coverage(entries: list[dict], k: float) -> float:
    """Share of figures inside the band scaled by k in log about its median."""
    inside = [math.exp(k * math.log(e["p5"] / e["p50"])) <= e["stated"] / e["p50"]
              <= math.exp(k * math.log(e["p95"] / e["p50"])) for e in entries]
    return sum(inside) / len(inside)


def smallest_k(entries: list[dict], target: float) -> float:
    """The smallest scale k (grid 0.05-5) whose coverage reaches ``target``."""
    for k in np.arange(0.05, 5.0001, 0.01):
        if scaled_coverage(entries, float(k)) >= target:
            return float(k)
    return math.inf


def summary(entries: list[dict]) -> dict:
    errs = [e["p50"] / e["stated"] - 1.0 for e in entries]
    return {"n": len(entries), "median_abs": statistics.median(abs(x) for x in errs),
            "rms_ln": math.sqrt(statistics.mean(e["log_error"] ** 2 for e in entries)),
            "band_sigma": statistics.median(math.log(e["p95"] / e["p5"]) / (2 * Z90)
                                            for e in entries),
            "coverage": scaled_coverage(entries, 1.0),
            "k80": smallest_k(entries, 0.80), "k90": smallest_k(entries, 0.90)}


def print_drivers(entries: list[dict]) -> None:
    print("Drivers of the checks' band, first-order share of Var(ln prediction) per drawn input "
          f"({acc.SAMPLES} draws, {BINS} bins; endurance and still-air range, best speed):")
    for g in GROUPS:
        rows = [e for e in entries if e["group"] == g]
        if not rows:
            continue
        names = sorted({k for e in rows for k in e["shares"]})
        med = {k: statistics.median(e["shares"].get(k, 0.0) for e in rows) for k in names}
        top = sorted(med, key=med.get, reverse=True)
        print(f"  {g} ({len(rows)} figures): median share "
              + ", ".join(f"{k} {med[k]:.2f}" for k in top if med[k] >= 0.01))
        for e in rows:
            s = sorted(e["shares"].items(), key=lambda kv: kv[1], reverse=True)[:3]
            print(f"    {e['name'][:40]:<40} {e['figure'][:3]} band p95/p5 "
                  f"{e['p95'] / e['p5']:5.2f}  error {100 * (e['p50'] / e['stated'] - 1):+5.0f} %  "
                  + ", ".join(f"{k} {x:.2f}" for k, x in s))


def print_widths(entries: list[dict]) -> None:
    print("Held-out error against band width (ln p50/stated; band sigma = median ln(p95/p5) / "
          "3.29; k = the smallest scale of every band about its median that keeps the coverage):")
    for label, rows in [(g, [e for e in entries if e["group"] == g]) for g in GROUPS] + [
            ("all", entries)]:
        if not rows:
            continue
        s = summary(rows)
        print(f"  {label:<15} n={s['n']:<3} median |err| {100 * s['median_abs']:5.1f} %  rms ln "
              f"error {s['rms_ln']:.2f}  band sigma {s['band_sigma']:.2f}  coverage "
              f"{100 * s['coverage']:3.0f} %  k(80 %) {s['k80']:.2f}  k(90 %) {s['k90']:.2f}")


def checks_column(kind: str, calibrated: bool, key: str = "max_endurance") -> list[dict]:
    """The benchmark's ``checks`` entries (``key``, best speed) of ``kind``'s rows, each with
    its kind's calibration refitted without it when ``calibrated`` (as ``leave_one_out``);
    ``p95`` is the band's top over the stated figure (a stated figure x k above it: k > p95)."""
    figure, scale, _ = acc.FIGURES[key]
    out = []
    for r, name, fits, _, rng in acc.folds(r for r in acc.rows_for(key) if r["kind"] == kind):
        cal = acc.kind_calibration(kind, name, "best") if calibrated else None
        stated = r[figure].mid * scale
        p, (lo, hi) = acc._checks_point_and_band(r, key, fits, "best", rng, cal)
        out.append({"checks": {"error": p / stated - 1.0, "in_band": bool(lo <= stated <= hi),
                               "band_ratio": hi / lo if lo > 0 else math.nan},
                    "p95": hi / stated})
    return out


def _columns(kind: str, calibrated: bool) -> dict[str, list[dict]]:
    """:func:`checks_column` of the endurance and the still-air range figures."""
    return {key: checks_column(kind, calibrated, key) for key in acc.FIGURES}


def _print_columns(label: str, columns: dict[str, list[dict]]) -> None:
    for key, entries in columns.items():
        print("  " + acc._row(f"{label} {acc.FIGURES[key][0][:5]}", acc._stats(entries, "checks")))
    every = [e for entries in columns.values() for e in entries]
    print(f"      {label}: of {len(every)} figures, a stated figure x2 lies above the band's "
          f"p95 for {sum(e['p95'] < 2.0 for e in every)}, x3 for "
          f"{sum(e['p95'] < 3.0 for e in every)}")


_FIGURE_FACTOR = acc.figure_factor
UNFITTED: list[str] = []


def _figure_factor(name: str, key: str, speed_mode: str = "best") -> float:
    """``accuracy_fixed_wing.figure_factor``, NaN (and noted) where no factor in 1e-4..1e4 on
    eta L/D reaches the stated figure (kind_calibration then leaves the figure out)."""
    try:
        return _FIGURE_FACTOR(name, key, speed_mode)
    except ValueError:
        UNFITTED.append(f"{name} {key}")
        return math.nan


_figure_factor.cache_clear = _FIGURE_FACTOR.cache_clear
acc.figure_factor = _figure_factor


def candidate(kinds=("fixed-wing-electric", "fixed-wing-piston")) -> None:
    """Part 3: the checks' column of each kind with a cruise calibration fitted as the
    quadplanes' (nested: refitted without every held-out aircraft), against none."""
    print("Candidate: a cruise calibration per kind, fitted as the "
          "quadplanes' (rows stating their energy; nested leave-one-aircraft-out), checks column, "
          "endurance and still-air range, speed mode 'best':")
    for kind in kinds:
        saved = dict(fwp.KIND_CALIBRATION)
        # the kind calibrated: its absorbed priors held at their centres (prior_set), the
        # factor fitted under those draws (figure_factor), then drawn by the checks
        fwp.KIND_CALIBRATION[kind] = {"factor": 1.0, "sigma_ln": 0.0, "n": 2, "names": (),
                                      "speed": "best", "source": "candidate (benchmark only)"}
        acc.figure_factor.cache_clear()
        acc.kind_calibration.cache_clear()
        try:
            full = acc.kind_calibration(kind, None, "best")
            fwp.KIND_CALIBRATION[kind].update(factor=full.factor, sigma_ln=full.sigma_ln,
                                              n=full.n, names=full.names)
            print(f"  {kind}: full-data fit {full.describe()}; no factor reaches: "
                  + (", ".join(sorted(set(UNFITTED))) or "none"))
            after = _columns(kind, calibrated=True)
        finally:
            fwp.KIND_CALIBRATION.clear()
            fwp.KIND_CALIBRATION.update(saved)
            acc.figure_factor.cache_clear()
            acc.kind_calibration.cache_clear()
        for label, columns in (("without", _columns(kind, calibrated=False)), ("with", after)):
            _print_columns(label, columns)


def _fold_logs(kind: str, without: str, mode: str) -> list[float]:
    """Per aircraft of ``kind``'s calibration fold (``without`` left out): its mean ln f."""
    names = acc.kind_calibration(kind, without, mode).names
    rows = {r["name"]: r for r in fwp.load_fixed_wing()}
    return [statistics.mean(x for x in (acc.figure_factor(n, k, mode)
                                        for k, _ in acc._figures(rows[n])) if math.isfinite(x))
            for n in names]


def quadplane_spread() -> None:
    """Part 4: the quadplanes' band is wider than their errors need (part 2); the checks column
    of the quadplane rows with the fold's calibration as shipped (fitted at the stated cruise),
    fitted in the mode judged, fitted at the best speed in both modes, and with a robust between-aircraft scale (1.4826 x the median
    absolute deviation of the fold's ln f; Rousseeuw & Croux 1993, JASA 88:1273) in place of
    the standard deviation. Nested: the fold never holds the aircraft judged."""
    print("Quadplane calibration spread, nested leave-one-aircraft-out, checks column "
          "(endurance and still-air range):")
    kind = "vtol-quadplane"
    for speed_mode in acc.SPEEDS:
        variants = {"shipped": [], "mode-matched": [], "fitted at best": [],
                    "robust scale": []}
        for key, (figure, scale, _) in acc.FIGURES.items():
            for r in acc.rows_for(key):
                if r["kind"] != kind:
                    continue
                name = r["name"]
                fits = fwp.fit_excluding(name)
                shipped = acc.kind_calibration(kind, name, acc.shipped_mode(kind))
                logs = np.asarray(_fold_logs(kind, name, acc.shipped_mode(kind)))
                mad = 1.4826 * float(np.median(np.abs(logs - np.median(logs))))
                cals = {"shipped": shipped,
                        "mode-matched": acc.kind_calibration(kind, name, speed_mode),
                        "fitted at best": acc.kind_calibration(kind, name, "best"),
                        "robust scale": fwp.CruiseCalibration(
                            math.exp(float(np.median(logs))), mad, len(logs))}
                stated = r[figure].mid * scale
                for label, cal in cals.items():
                    rng = np.random.default_rng([acc.SEED + 1, zlib.crc32(name.encode("utf-8"))])
                    p, (lo, hi) = acc._checks_point_and_band(r, key, fits, speed_mode, rng, cal)
                    variants[label].append({"checks": {
                        "error": p / stated - 1.0, "in_band": bool(lo <= stated <= hi),
                        "band_ratio": hi / lo if lo > 0 else math.nan}})
        print(f"  speed mode '{speed_mode}':")
        for label, entries in variants.items():
            print("  " + acc._row(label, acc._stats(entries, "checks")))


def main() -> None:
    entries = row_drivers()
    print_drivers(entries)
    print()
    print_widths(entries)
    if "--candidate" in sys.argv:
        print()
        candidate()
        print()
        quadplane_spread()


if __name__ == "__main__":
    main()
