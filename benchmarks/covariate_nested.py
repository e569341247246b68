"""Nested leave-one-out choice of the efficiency law's covariate (issue 12, seventh round).

The efficiency law (FM x drive efficiency x usable fraction against size,
``dronecalc.priors.efficiency_fit.fit_efficiency``) can be fitted on three covariates
(``COVARIATES``): take-off mass m (shipped), mass per rotor m / N, disk loading m / (N pi D^2/4).
The sixth round compared the first two on the same 15 machines, so that comparison chose the
covariate on the data it was scored on. Here the choice is made inside the loop:

* outer loop: each sized machine k held out of everything;
* inner loop, on the other 14: each covariate scored by its own leave-one-drone-out
  (fit on 13, predict the 14th), loss = the fit's own loss, the mean over the inner held-out
  drones of the squared mean ln error of that drone's rows (every drone weighs the same,
  as in the fit);
* the covariate with the lowest inner loss is refitted on the 14 and predicts machine k.

Declared before running: the nested procedure "wins" if its outer held-out median |error|
over all figures is below the shipped mass law's AND its worst case without the Alta X
payload sweep is not worse. Point predictions (the checks' draws of what a row does not state,
median over them, at the fold's fitted centre), as ``disk_fit.point_cross_validation``.

Run: ``PYTHONPATH=$PWD python benchmarks/covariate_nested.py`` (about 2 min: 360 fits, then section B's bands).
"""
from __future__ import annotations

import itertools
import time

import numpy as np

from dronecalc.priors import efficiency_fit as ef


def _pred(rows, idx, fit, draws, covariate):
    cols = ef._sized_cols([rows[i] for i in idx])
    x = ef.covariate_values(cols, covariate)
    a, b = fit["theta"][0], fit["theta"][1]
    t = ef.maker_time(cols, np.exp(a + b * x)[:, None], None, ef.DRAWN,
                      conditions={k: v[idx] for k, v in draws.items()})
    return np.median(t, axis=1)


def _summary(label, rows, pred):
    t = np.array([r["time"] for r in rows])
    err = 100.0 * (pred - t) / t
    sweep = np.array([r["drone"] == "Freefly Alta X" and r["payload"] > 0 for r in rows])
    a, s = np.abs(err), ~sweep
    worst = int(np.argmax(a))
    worst_s = int(np.flatnonzero(s)[np.argmax(a[s])])
    print(f"  {label:34s} median |error| {np.median(a):4.1f} %, worst {a[worst]:4.1f} % "
          f"({rows[worst]['drone']}), signed {np.median(err):+4.1f} %; without the Alta X "
          f"sweep {np.median(a[s]):4.1f} %, worst {a[worst_s]:4.1f} % ({rows[worst_s]['drone']})")
    return err


def main() -> None:
    t0 = time.time()
    rows = [r for r in ef.sized_rows()
            if np.isfinite(r["rotor_diameter"]) and np.isfinite(r["rotors"])]
    names = list(dict.fromkeys(r["drone"] for r in rows))
    idx = {n: [i for i, r in enumerate(rows) if r["drone"] == n] for n in names}
    draws = ef.check_conditions(rows)
    t = np.array([r["time"] for r in rows])
    cache: dict = {}

    def fit(cov, out):
        key = (cov, frozenset(out))
        if key not in cache:
            cache[key] = ef.fit_efficiency(rows, exclude=tuple(out), conditions=draws,
                                           covariate=cov)
        return cache[key]

    def ln_err(cov, out, name):
        p = _pred(rows, idx[name], fit(cov, out), draws, cov)
        return float(np.mean(np.log(p / t[idx[name]])))

    fixed = {cov: np.empty(len(rows)) for cov in ef.COVARIATES}
    nested = np.empty(len(rows))
    chosen, losses = {}, {}
    for k in names:
        for cov in ef.COVARIATES:
            fixed[cov][idx[k]] = _pred(rows, idx[k], fit(cov, (k,)), draws, cov)
        inner = [n for n in names if n != k]
        loss = {cov: float(np.mean([ln_err(cov, (k, j), j) ** 2 for j in inner]))
                for cov in ef.COVARIATES}
        best = min(loss, key=loss.get)
        chosen[k], losses[k] = best, loss
        nested[idx[k]] = fixed[best][idx[k]]
    print(f"nested leave-one-out of the efficiency law's covariate: {len(rows)} figures of "
          f"{len(names)} machines, {len(cache)} fits, {time.time() - t0:.0f} s")
    print("inner loss (mean squared ln error of the inner held-out drones) and choice, per "
          "outer held-out machine:")
    for k in names:
        l = losses[k]
        print(f"  {k:24s} " + "  ".join(f"{c} {l[c]:.5f}" for c in ef.COVARIATES)
              + f"  -> {chosen[k]}")
    counts = {c: sum(v == c for v in chosen.values()) for c in ef.COVARIATES}
    print("choices: " + ", ".join(f"{c} {n}/{len(names)}" for c, n in counts.items()))
    print("outer held-out point predictions (each machine in no fit and no choice):")
    errs = {c: _summary(f"always {c}", rows, fixed[c]) for c in ef.COVARIATES}
    errs["nested"] = _summary("nested choice", rows, nested)
    print("per figure (signed error %): drone, mode, payload, " + ", ".join(errs))
    for i, r in enumerate(rows):
        print(f"  {r['drone']:24s} {r['mode']:6s} {r['payload']:5.1f} kg  "
              + "  ".join(f"{errs[c][i]:+6.1f}" for c in errs))
    whole = {cov: fit(cov, ()) for cov in ef.COVARIATES}
    print("fitted on all machines: " + "; ".join(
        f"{c}: a {w['theta'][0]:+.4f}, b {w['theta'][1]:+.4f}, scatter {w['scatter']:.4f}"
        for c, w in whole.items()))
    # the same choice with section B's Monte Carlo bands (accuracy.py): each held-out machine
    # gets the law's leave-one-out band of the covariate its own outer fold chose
    runs = {c: ef.sized_cross_validation(covariate=c) for c in set(chosen.values())}
    band_rows = next(iter(runs.values()))["rows"]
    pick = {k: np.array([runs[chosen[r["drone"]]][k][i] for i, r in enumerate(band_rows)])
            for k in ("abs_pct_error", "signed_error", "inside", "band_ratio")}
    sweep = np.array([r["drone"] == "Freefly Alta X" and r["payload"] > 0 for r in band_rows])
    for label, keep in (("all figures", np.ones(len(band_rows), bool)),
                        ("without the Alta X sweep", ~sweep)):
        e = pick["abs_pct_error"][keep]
        print(f"nested choice with section B's bands, {label}: median |error| "
              f"{np.median(e):.1f} %, worst {e.max():.1f} %, signed "
              f"{np.median(pick['signed_error'][keep]):+.1f} %, p5-p95 coverage "
              f"{int(pick['inside'][keep].sum())}/{int(keep.sum())} = "
              f"{100 * pick['inside'][keep].mean():.0f} %, median band p95/p5 "
              f"{np.median(pick['band_ratio'][keep]):.2f}")
    inner_all = {cov: float(np.mean([ln_err(cov, (j,), j) ** 2 for j in names]))
                 for cov in ef.COVARIATES}
    print("the procedure on all 15 (plain leave-one-out loss): " + ", ".join(
        f"{c} {v:.5f}" for c, v in inner_all.items())
          + f" -> {min(inner_all, key=inner_all.get)}")


if __name__ == "__main__":
    main()
