"""The wing area of a fixed wing that states a span and no area: data relations against today's
aspect-ratio prior, leave one aircraft out (issue #13, fw19).

Part 1, the wing itself. Every row of data/fixed_wing.toml with a take-off mass and a wing area
(or a span and a mean chord, ``priors.fixed_wing_wing.wing_rows``) is held out in turn and its
area predicted by

* ``prior``: today's checks, S = b^2 / AR with AR the centre of its layout's prior
  (``priors.fixed_wing.prior_set(calibrated=False)``: tailed 6-16, flying wing 4.5-8), the band
  b^2 / AR at the prior's two ends;
* ``loading``: the wing-loading law m / S = a m^k fitted on the OTHER rows
  (``wing_loading_law(without=...)``), band its median +- 1.645 sigma_ln;
* ``layout-AR``: the median aspect ratio of the other rows of its layout, band +- 1.645 sigma_ln.

and, nested, ``chosen``: in every outer fold the candidate with the lower inner leave-one-out
rms over the fold's own rows (ties: the prior), then its prediction of the held-out row: the
held-out error of choosing and fitting together (as ``fixed_wing_predictors.nested``).

Part 2, what the wing does to the endurance figures: ``fixed_wing_predictors.nested_models``
between the plain priors' endurance factor y (per aircraft ln stated / priors-only model,
``accuracy_fixed_wing._priors_ratios``) and the same with the wing-loading law's area (fitted
without the aircraft) on every benchmark row that states no area, per kind and speed mode.

Part 3, stall speeds outside the fit: the Condor's stated 12 kt (data row, no area) needs
S C_L,max = 2 m g / (rho V_s^2); at the prior's C_L,max 1.0-1.4 that is an area band, printed
beside each candidate's p5-p95.

Run::

    PYTHONPATH=$PWD python benchmarks/fixed_wing_wing.py
"""
from __future__ import annotations

import math
import statistics
import sys
from pathlib import Path

import numpy as np

from dronecalc.priors import fixed_wing as fwp
from dronecalc.priors import fixed_wing_wing as fww

sys.path.insert(0, str(Path(__file__).resolve().parent))   # benchmarks/ is no package
from _sibling import load  # noqa: E402

Z90 = 1.645
CANDIDATES = ("prior", "loading", "layout-AR")
RHO0, G = 1.225, 9.80665


def _prior_ar(name: str) -> fwp.Prior:
    row = next(r for r in fwp.load_fixed_wing() if r["name"] == name)
    return fwp.prior_set(row["kind"], delta=fwp.is_delta(row), flying_wing=fwp.is_flying_wing(row),
                         calibrated=False)["aspect_ratio"]


def predict(cand: str, w: fww.WingRow, train: tuple[fww.WingRow, ...]):
    """(median, p5, p95) wing area [m^2] of held-out ``w`` by ``cand`` fitted on ``train``
    (None where the candidate cannot predict it: no span)."""
    if cand == "prior":
        if w.span is None:
            return None
        ar = _prior_ar(w.name)
        return w.span ** 2 / (0.5 * (ar.low + ar.high)), w.span ** 2 / ar.high, \
            w.span ** 2 / ar.low
    if cand == "loading":
        law = fwp.fit_power_law([t.mass for t in train], [t.loading for t in train],
                                [t.name for t in train])
        return tuple(w.mass / float(law(w.mass, z)) for z in (0.0, Z90, -Z90))
    own = [t.aspect_ratio for t in train if t.layout == w.layout and t.aspect_ratio is not None]
    if w.span is None or len(own) < 2:
        return None
    mu, sd = statistics.median(own), fww.geometric_sd(own)
    return tuple(w.span ** 2 / (mu * math.exp(z * sd)) for z in (0.0, Z90, -Z90))


def _errors(cand, rows):
    out = []
    for i, w in enumerate(rows):
        p = predict(cand, w, rows[:i] + rows[i + 1:])
        out.append(None if p is None else (math.log(p[0] / w.area), p))
    return out


def _rms(errs):
    errs = [e for e in errs if e is not None]
    return math.sqrt(statistics.mean(e * e for e in errs)) if errs else math.inf


def part1() -> dict:
    rows = fww.wing_rows()
    print("Part 1: wing area of the rows that state it (or span x chord), each held out:")
    for w in rows:
        print(f"  {w.name[:38]:<38} {w.layout:<11} m {w.mass:6.2f} kg  S {w.area:.3f} m^2 "
              f"({w.how})  m/S {w.loading:5.2f} kg/m^2  AR "
              + (f"{w.aspect_ratio:.2f}" if w.aspect_ratio else "-"))
    print("  full-data fit: " + fww.describe())
    res = {c: _errors(c, rows) for c in CANDIDATES}
    print(f"  {'aircraft':<38} " + " ".join(f"{c:>26}" for c in CANDIDATES) + "   chosen")
    chosen = []
    for i, w in enumerate(rows):
        train = rows[:i] + rows[i + 1:]
        # nested: each candidate's inner LOO rms on the fold; only the rows every candidate
        # predicts, so that the scores compare like with like
        inner = {c: _errors(c, train) for c in CANDIDATES}
        common = [j for j in range(len(train)) if all(inner[c][j] is not None for c in CANDIDATES)]
        score = {c: _rms([inner[c][j][0] for j in common]) for c in CANDIDATES
                 if res[c][i] is not None}
        pick = min(score, key=lambda c: (score[c], c != "prior"))
        chosen.append((pick, res[pick][i][0]))
        cells = []
        for c in CANDIDATES:
            r = res[c][i]
            cells.append(f"{'-':>26}" if r is None else f"{r[1][0]:.3f} ({r[1][1]:.2f}-"
                         f"{r[1][2]:.2f}) {100 * math.expm1(r[0]):+5.0f}%")
        print(f"  {w.name[:38]:<38} " + " ".join(cells) + f"   {pick}")
    summary = {}
    for c in CANDIDATES:
        errs = [r for r in res[c] if r is not None]
        inside = sum(p[1] <= w.area <= p[2] for (e, p), w in
                     zip((r for r in res[c] if r is not None),
                         (w for w, r in zip(rows, res[c]) if r is not None)))
        summary[c] = {"rms": _rms([e for e, _ in errs]), "n": len(errs), "inside": inside,
                      "median_abs": statistics.median(abs(math.expm1(e)) for e, _ in errs)}
        print(f"  {c:<10} n {len(errs)}: rms ln error {summary[c]['rms']:.3f}, median |error| "
              f"{100 * summary[c]['median_abs']:.1f} %, inside p5-p95 {inside}/{len(errs)}")
    summary["chosen"] = {"rms": _rms([e for _, e in chosen]),
                         "median_abs": statistics.median(abs(math.expm1(e)) for _, e in chosen),
                         "picks": sorted({p for p, _ in chosen})}
    print(f"  chosen (nested) rms ln error {summary['chosen']['rms']:.3f}, median |error| "
          f"{100 * summary['chosen']['median_abs']:.1f} % (folds chose: "
          f"{', '.join(summary['chosen']['picks'])})")
    return summary


def part2(bench=None, pred=None) -> dict:
    pred = pred or load("fixed_wing_predictors")
    bench = bench or load("accuracy_fixed_wing")
    print("Part 2: the endurance factor with the wing-loading law's area on the rows stating "
          "no area (law fitted without the aircraft), nested against the plain priors:")
    out = {}
    for mode in bench.SPEEDS:
        alt = {}
        for r in fwp.load_fixed_wing():
            if r["kind"] not in fwp.BENCHMARK_KINDS or "takeoff_mass" not in r:
                continue
            fits = fwp.fit_excluding(r["name"])
            logs = []
            for key, target in bench._figures(r):
                v = bench._draws(r, fits, 1, None, True, figure=bench.FIGURES[key][0])
                if "wing_area" not in r:
                    v["wing_area"] = np.asarray(v["takeoff_mass"], dtype=float) / \
                        fww.wing_loading_law(r["name"])(v["takeoff_mass"])
                    v.pop("aspect_ratio", None)
                p = float(bench.predict(r, key, fits, mode, draws=v)[0])
                if p > 0 and math.isfinite(p):
                    logs.append(math.log(target / p))
            alt[r["name"]] = statistics.mean(logs) if logs else math.nan
        for kind, rows in pred.factor_rows(bench, mode).items():
            unflown = sum(math.isnan(alt.get(t["name"], 0.0)) for t in rows)
            rows = [{**t, "loading": alt[t["name"]] if math.isfinite(alt.get(t["name"], math.nan))
                     else t["y"]} for t in rows]
            if len(rows) < 4:
                continue
            r = pred.nested_models(rows, "loading")
            picks = sorted({"priors" if p == "y" else p for _, p, _ in r["outer"]})
            print(f"  {kind:<20} mode {mode!r:<8} n {len(rows):>2} ({unflown} cannot fly it); "
                  f"inner LOO rms: priors {r['inner']['y']:.3f}, loading "
                  f"{r['inner']['loading']:.3f}; outer (nested) rms {r['rms']:.3f}, median "
                  f"|error| {100 * r['median_abs']:.1f} % (folds chose: {', '.join(picks)})")
            out[(mode, kind)] = r
    return out


def part3() -> None:
    print("Part 3: a stated stall speed outside the fit (data rows with a stall and no area):")
    clmax = fwp.PRIOR_SETS["fixed-wing-electric"]["max_lift_coefficient"]
    for r in fwp.load_fixed_wing():
        if "stall_speed" not in r or "wing_area" in r or "takeoff_mass" not in r:
            continue
        m, vs = r["takeoff_mass"].mid, r["stall_speed"].mid / 3.6
        scl = 2.0 * m * G / (RHO0 * vs ** 2)
        law = fww.wing_loading_law(r["name"])
        lo, mid, hi = (m / float(law(m, z)) for z in (Z90, 0.0, -Z90))
        b = r["wingspan"].mid if "wingspan" in r else float(fwp.fit_excluding(r["name"])["span"](m))
        ar = _prior_ar(r["name"])
        print(f"  {r['name'][:40]}: {m} kg, stall {vs:.2f} m/s -> S C_L,max {scl:.3f} m^2, S "
              f"{scl / clmax.high:.3f}-{scl / clmax.low:.3f} m^2 at C_L,max {clmax.low}-"
              f"{clmax.high}; loading law {mid:.3f} ({lo:.3f}-{hi:.3f}); prior (span "
              f"{b:.2f} m{' stated' if 'wingspan' in r else ' from the span law'}) "
              f"{b * b / (0.5 * (ar.low + ar.high)):.3f} ({b * b / ar.high:.3f}-"
              f"{b * b / ar.low:.3f})")


def main() -> dict:
    out = {"wing": part1()}
    part3()
    out["endurance"] = part2()
    return out


if __name__ == "__main__":
    main()
