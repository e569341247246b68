"""A pack-energy-per-mass (Wh/kg) term in the effective disk-loading law: a MEASURED VARIANT,
not shipped (issues #10/#12; the law is ``dronecalc/priors/disk_fit.py``).

The variant: ``ln DL = ln DL_1kg + beta ln(m / 1 kg) + gamma ln(e / 70 Wh/kg)``, ``e`` the pack
energy per take-off mass without payload, fitted jointly with DL_1kg and beta on the law's own
rows (:func:`fit_parameters`; every row of ``disk_fit.fit_rows`` states its pack energy, none is
dropped), with the same deconvolved between-drone scatter, and applied in the checks to each
Monte Carlo sample's own drawn or stated energy per mass (:func:`_vehicle_with_term`, one
vectorised correction of the law's rotor diameter: no new prior, no per-sample loop). Why it
was tried: the shipped law's leave-one-drone-out error falls with ``e`` (``dji_misses.py``
section 4: ln(p50/maker) = +0.81 - 0.19 ln e, r = -0.64, 39 zero-payload figures).

Run from the repo root: ``PYTHONPATH=$PWD python benchmarks/disk_energy_term.py`` (the fit,
the leave-one-drone-out Monte Carlo, ~40 s); ``--verdicts`` also prints verdicts.py's table
with the variant (each machine held out of every fit, ~1 min); ``--heldout`` the held-out spec
sheets' table (verdicts_heldout.py, ~10 s). Measured (2026-12-02, whkg13; the same code was in
the package in commit 7f79814 and gave the same figures through the project's own benchmarks):

* fit on 44 rows / 25 drones: gamma -0.326 (p5-p95 -0.484 to -0.167), beta -0.154 -> -0.172,
  between-drone scatter 0.145 -> 0.106 in ln DL (7.3 -> 5.3 % in flight time);
* held out (accuracy.py section A, 44 figures): median |error| 6.6 -> 4.9 %, worst 19.0 ->
  19.4 % (Matrice 600 with 5.5 kg), median signed -0.8 -> -1.7 %, p5-p95 coverage 93 -> 89 %,
  median band p95/p5 1.37 -> 1.28; zero-payload rows (dji_misses.py 4): 6.8 -> 4.9 %, worst
  19.0 -> 13.1 %, the correlation with Wh/kg r -0.64 -> +0.09;
* verdicts.py (leave-one-out, 2,000 samples, seed 0), shipped -> variant: spec sheet true ->
  consistent 96 % (71/74) -> 93 % (69/74), x2 -> consistent 3 % both, x3 -> implausible 100 %
  both; news story true 97 -> 99 %, x2 16 -> 15 %, x3 91 -> 89 %. The two new spec misses are
  the narrower band's: Autel EVO II Pro V3 40 min (p5-p50-p95 30.5-35.1-40.9 -> 31.3-35.0-38.9
  min), Yuneec Typhoon H Plus 28 min (21.1-23.9-27.0 min with the variant); the Matrice 4D
  rises only 43.7 -> 45.1 min (maker 54), still a miss;
* verdicts_heldout.py: identical tables (93/14/86 % flight time, 87/17/91 % all claims);
* ``--keep-scatter`` (diagnostic): held out 5.0 %, worst 19.2 %, coverage 98 %, band 1.36;
  verdicts.py spec 96 / 3 / 100 %, news 99 / 15 / 89 %: the spec loss is the narrower band
  alone, the news x3 loss (Freefly Alta X 12.5 min with 13.6 kg) the per-sample term itself;
* the reference case states its rotor size (an assumption, 15-22 in): identical JSON.

Not shipped: held-out error improves but the spec-sheet true -> consistent rate falls below the
96 % the brief requires. Nothing here changes the package: the variant is swapped in by
:func:`variant` for the duration of a ``with`` block.
"""
from __future__ import annotations

import argparse
import contextlib
import copy
import dataclasses
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import least_squares

from dronecalc.engine import machine
from dronecalc.priors import calibration, disk_fit, tables
from dronecalc.priors.normal import ndtri

#: e_ref [Wh/kg], about the median of the fit rows (56-110 Wh/kg): where the term is zero.
SPECIFIC_ENERGY_REFERENCE = 70.0
#: theta = ln DL_1, beta, ln f_1 (drag area, not fitted under the checks' draws), gamma
_THETA0 = np.r_[disk_fit._THETA0, 0.0]
_LOWER = np.r_[disk_fit._LOWER, -2.0]
_UPPER = np.r_[disk_fit._UPPER, 2.0]


def energy_covariate(energy, mass) -> np.ndarray:
    """ln(e / e_ref) of pack energy ``energy`` [J] at take-off mass without payload ``mass``."""
    e = np.asarray(energy, dtype=float) / 3600.0 / np.asarray(mass, dtype=float)
    return np.log(e / SPECIFIC_ENERGY_REFERENCE)


_FIT_VEHICLE = disk_fit._vehicle


def _fit_vehicle(cols, theta, log_dl_offset=0.0, fixed=None, conditions=None):
    """disk_fit._vehicle with the term: DL x exp(gamma x) is the shipped offset + gamma x."""
    theta = np.asarray(theta, dtype=float)
    if theta.shape[-1] > 3:
        x = energy_covariate(cols["energy"], cols["reference_mass"])
        log_dl_offset = log_dl_offset + theta[..., 3] * x
        theta = theta[..., :3]
    return _FIT_VEHICLE(cols, theta, log_dl_offset, fixed, conditions)


def fit_parameters(drones, *, exclude=(), rows=None, conditions="checks") -> dict:
    """disk_fit.fit_parameters with gamma fitted jointly (same rows, weights, scatter)."""
    rows = disk_fit.fit_rows(drones)[0] if rows is None else rows
    if isinstance(conditions, str):
        conditions = disk_fit.condition_draws(rows)
    keep = [i for i, r in enumerate(rows) if r["drone"] not in exclude]
    rows = [rows[i] for i in keep]
    cols, w = disk_fit._columns(rows), disk_fit._weights(rows)
    log_t = np.log(cols["time"])
    draws = {k: np.asarray(v)[keep] for k, v in conditions.items()}
    free = [0, 1, 3]
    base = np.zeros(4)
    base[2] = float(np.log(np.median(draws["drag_area_coefficient"])))

    def full(x):
        th = base.copy()
        th[free] = x
        return th

    def residual(x):
        return w * (np.log(disk_fit.point_times(cols, full(x), draws)) - log_t)

    sol = least_squares(residual, _THETA0[free], bounds=(_LOWER[free], _UPPER[free]),
                        x_scale=[1.0, 0.3, 0.3], diff_step=1e-3, xtol=1e-6, ftol=1e-8)
    names = [r["drone"] for r in rows]
    n_drones = len(set(names))
    dof = max(n_drones - len(free), 1)
    cov = np.zeros((4, 4))
    cov[np.ix_(free, free)] = float(np.sum(sol.fun ** 2) / dof) * np.linalg.pinv(
        sol.jac.T @ sol.jac)
    theta = full(sol.x)
    raw = np.log(disk_fit.point_times(cols, theta, draws)) - log_t
    per_drone = np.array([raw[[i for i, n in enumerate(names) if n == d]].mean()
                          for d in dict.fromkeys(names)])
    total = float(np.sqrt(np.sum(per_drone ** 2) / dof))
    cond_var = disk_fit.condition_variance(
        names, np.log(disk_fit.predict_times(cols, theta, conditions=draws)))
    scatter = disk_fit.deconvolved_scatter(total, cond_var)
    if _KEEP_SCATTER:                                 # --keep-scatter diagnostic only
        scatter = _KEEP_SCATTER
    return {"theta": theta, "covariance": cov, "scatter": scatter, "scatter_total": total,
            "condition_sd": float(np.sqrt(cond_var)), "scatter_log_disk_loading": 2 * scatter,
            "n_rows": len(rows), "n_drones": n_drones, "drones": list(dict.fromkeys(names)),
            "residuals": raw, "success": bool(sol.success), "conditions": "checks"}


def disk_loading(fit: dict, mass, percentile, energy) -> np.ndarray:
    """The variant's predictive DL [kg/m^2] per sample: mean a + b ln m + g x, variance from
    the (a, b, g) covariance plus the scatter; ``x`` each sample's own energy covariate."""
    th, c = np.asarray(fit["theta"], dtype=float), np.asarray(fit["covariance"], dtype=float)
    lm, x = np.log(np.asarray(mass, dtype=float)), energy_covariate(energy, mass)
    mean = th[0] + th[1] * lm + th[3] * x
    var = (c[0, 0] + 2 * lm * c[0, 1] + lm ** 2 * c[1, 1] + 2 * x * (c[0, 3] + lm * c[1, 3])
           + x ** 2 * c[3, 3] + fit["scatter_log_disk_loading"] ** 2)
    return np.exp(mean + ndtri(np.asarray(percentile, dtype=float)) * np.sqrt(var))


_CHECK_VEHICLE = machine._vehicle
#: ``--keep-scatter``: every fit of the variant takes the shipped law's scatter (ln t) instead
#: of its own (a diagnostic: does the term's shift of the centre alone pass the verdict table,
#: i.e. is the narrower band what loses the spec-sheet figures? Not a candidate to ship: that
#: scatter is not the variant's fit).
_KEEP_SCATTER = 0.0


def _vehicle_with_term(values, with_payload=True, efficiencies=True):
    """engine.machine._vehicle, the law's rotor diameter rescaled to the variant's DL at each
    sample's own pack energy per take-off mass without payload (stated or drawn)."""
    v = _CHECK_VEHICLE(values, with_payload, efficiencies)
    fit = calibration.load_calibrated()["fit"]
    if "rotor_diameter" in values or len(fit["theta"]) < 4:
        return v
    mass = v.empty_mass + v.battery_mass
    pct = values["disk_loading_percentile"]
    shipped = tables.disk_loading_law().disk_loading(mass, pct)
    return dataclasses.replace(v, rotor_diameter=v.rotor_diameter * np.sqrt(
        shipped / disk_loading(fit, mass, pct, v.battery_energy)))


def _with_fit(data: dict, fit: dict) -> dict:
    data = copy.deepcopy(data)
    data["fit"].update(theta=[float(x) for x in fit["theta"]],
                       covariance=[[float(x) for x in r] for r in fit["covariance"]],
                       scatter_log_time=float(fit["scatter"]),
                       scatter_log_disk_loading=float(fit["scatter_log_disk_loading"]))
    return data


def clear_law_caches() -> None:
    """Forget the disk-loading law and the machines drawn with it (after a law is swapped)."""
    tables.disk_loading_law.cache_clear()
    machine._SHARED.machines.clear()


@contextlib.contextmanager
def variant():
    """Within the block the disk-loading law carries the term: its fit (also inside
    ``priors.holdout``'s refits), its Monte Carlo, and the checks' rotor size."""
    drones = calibration.load_multirotors()
    shipped_loader = calibration.load_calibrated
    saved = (disk_fit.fit_parameters, disk_fit._vehicle, disk_fit._LOWER, disk_fit._UPPER,
             machine._vehicle)
    disk_fit.fit_parameters, disk_fit._vehicle = fit_parameters, _fit_vehicle
    disk_fit._LOWER, disk_fit._UPPER = _LOWER, _UPPER
    machine._vehicle = _vehicle_with_term
    try:
        data = _with_fit(shipped_loader(), fit_parameters(drones))
    except BaseException:
        (disk_fit.fit_parameters, disk_fit._vehicle, disk_fit._LOWER, disk_fit._UPPER,
         machine._vehicle) = saved
        raise
    calibration.load_calibrated = lambda: data
    clear_law_caches()
    try:
        yield data
    finally:
        (disk_fit.fit_parameters, disk_fit._vehicle, disk_fit._LOWER, disk_fit._UPPER,
         machine._vehicle) = saved
        calibration.load_calibrated = shipped_loader
        clear_law_caches()


def _summary(label: str, cv: dict) -> None:
    t = np.array([r["time"] for r in cv["rows"]])
    signed = cv["p50"] / t - 1.0
    print(f"   {label}: {len(t)} figures; median |error| {cv['median_error']:.1f} %, worst "
          f"{cv['worst_error']:.1f} %, median signed {100 * np.median(signed):+.1f} %, p5-p95 "
          f"holds {int(np.sum(cv['inside']))}/{len(t)} = {100 * cv['coverage']:.0f} %, median "
          f"band p95/p5 {np.median(cv['p95'] / cv['p5']):.2f}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verdicts", action="store_true", help="verdicts.py's table too")
    parser.add_argument("--heldout", action="store_true", help="verdicts_heldout.py's too")
    parser.add_argument("--keep-scatter", action="store_true",
                        help="diagnostic: the variant with the shipped law's scatter")
    args = parser.parse_args(argv)
    drones = calibration.load_multirotors()
    shipped = disk_fit.fit_parameters(drones)
    global _KEEP_SCATTER
    _KEEP_SCATTER = float(shipped["scatter"]) if args.keep_scatter else 0.0
    with variant():                        # the fit's model times need the term's _vehicle
        with_term = fit_parameters(drones)
    print("1. fit on every row (under the checks' draws)")
    for label, fit in (("shipped", shipped), ("with the Wh/kg term", with_term)):
        sd = np.sqrt(np.diag(fit["covariance"]))
        gamma = (f", gamma {fit['theta'][3]:+.3f} +/- {sd[3]:.3f}"
                 if len(fit["theta"]) > 3 else "")
        print(f"   {label}: DL_1kg {np.exp(fit['theta'][0]):.3f} kg/m^2, beta "
              f"{fit['theta'][1]:+.3f} +/- {sd[1]:.3f}{gamma}; scatter "
              f"{fit['scatter_log_disk_loading']:.3f} in ln DL ({fit['n_rows']} rows, "
              f"{fit['n_drones']} drones)")
    print("2. leave-one-drone-out Monte Carlo (2000 samples, as accuracy.py section A)")
    _summary("shipped", disk_fit.cross_validate(drones, n_samples=2000))
    with variant():
        _summary("with the Wh/kg term", disk_fit.cross_validate(drones, n_samples=2000))
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    for flag, name in ((args.verdicts, "verdicts"), (args.heldout, "verdicts_heldout")):
        if flag:
            module = __import__(name)
            print(f"3. {name}.py with the Wh/kg term")
            with variant():
                module.main([])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
