"""Writing ``data/calibrated.toml``: run every fit (:func:`calibrate`), format the result as
TOML (:func:`format_calibrated`) and write it (:func:`write_calibrated`,
``python -m dronecalc.priors.calibration --write``). Reading it back is
:func:`dronecalc.priors.calibration.load_calibrated`.
"""
from __future__ import annotations

from datetime import date

import numpy as np

from .disk_fit import (CHECK_CONDITIONS as DISK_CONDITIONS, FIT_PARAMETERS, SEED, _LOWER,
                       _UPPER, _columns, _fixed_parameters, condition_draws, cross_validate,
                       fit_parameters, fit_rows, point_times)
from .efficiency_fit import (CHECK_CONDITIONS, CONDITION_SAMPLES, LAW_COVARIATE,
                             check_conditions,
                             fit_efficiency, fit_power_curves, fit_rotor_drag_law,
                             load_power_curves,
                             sized_cross_validation, sized_rows)
from .curve_check import power_curve_validation
from . import size_terms
from .multirotors import load_multirotors

_CALIBRATED_FILE = "calibrated.toml"


def shipped_curves(curves: list[dict] | None = None) -> list[dict]:
    """The measured power curves the shipped rotor-drag coefficient is fitted on
    (``shipped_fit`` not false in ``data/power_curves.toml``): ``rotor_terms.ROTOR_DRAG`` and
    ``calibrated.toml [parameters.rotor_drag_coefficient]`` are ``fit_power_curves`` on these;
    the others are held out to validate it (issue 12, curves round)."""
    curves = load_power_curves() if curves is None else curves
    return [c for c in curves if c.get("shipped_fit", True)]

# ---------------------------------------------------------------- calibrated.toml

_Z95 = 1.6448536269514722   # standard normal 95th percentile: p5-p95 = mean +/- 1.645 sd
_REGENERATE = "python -m dronecalc.priors.calibration --write  (or: python benchmarks/accuracy.py --write)"


def calibrate(drones: list[dict] | None = None, n_samples: int = 2000,
              seed: int = SEED) -> dict:
    """Fit on every usable drone and cross-validate: everything ``calibrated.toml`` holds.

    Returns
    -------
    dict
        ``fit`` (:func:`fit_parameters` on all drones), ``cv`` (:func:`cross_validate`),
        ``point_cv`` (held-out errors of the point prediction), ``skipped`` (drones without
        a usable row and why).
    """
    drones = load_multirotors() if drones is None else drones
    rows, skipped = fit_rows(drones)
    draws = condition_draws(rows)
    fit = fit_parameters(drones, rows=rows, conditions=draws)
    cv = cross_validate(drones, n_samples=n_samples, seed=seed)
    t = np.array([r["time"] for r in rows])
    point = np.empty(len(rows))
    for name, fold in cv["folds"].items():
        idx = [i for i, r in enumerate(rows) if r["drone"] == name]
        point[idx] = point_times(_columns([rows[i] for i in idx]), fold["theta"],
                                 {k: v[idx] for k, v in draws.items()})
    err = 100.0 * np.abs(point - t) / t
    return {"fit": fit, "cv": cv, "skipped": skipped,
            "power_curves": fit_power_curves(shipped_curves()),
            "rotor_drag_law": fit_rotor_drag_law(),
            "power_validation": power_curve_validation(shipped_curves()),
            "sized_cv": sized_cross_validation(n_samples=_SIZED_SAMPLES, seed=seed,
                                               avionics=size_terms.fit_avionics_argument(),
                                               exponent=size_terms.fit_exponent_argument()),
            "sized_joint": fit_efficiency(
                [r for r in sized_rows(drones) if np.isfinite(r["rotor_diameter"])
                 and np.isfinite(r["rotors"])], rotor_drag=None),
            "point_cv": {"median_error": float(np.median(err)),
                         "worst_error": float(np.max(err)), "predictions": point}}


def _drawn_drag_area(result: dict) -> float:
    """Median drag-area coefficient [m^2 at 1 kg] of the draws the efficiency law used."""
    rows = [r for r in sized_rows() if np.isfinite(r["rotor_diameter"])
            and np.isfinite(r["rotors"])]
    return float(np.median(check_conditions(rows, names=("drag_area_coefficient",))[
        "drag_area_coefficient"]))


def _drag_range(th, sd) -> tuple[float, float]:
    """p5-p95 of the drag-area scale [m^2 at 1 kg]: the fit's when it was fitted, else the
    checks' prior the law was fitted under (airframe.DRAG_AREA_PARAMETERS)."""
    if sd[2] == 0.0:
        from ..physics.airframe import DRAG_AREA_PARAMETERS
        return tuple(float(x) for x in DRAG_AREA_PARAMETERS["scaling"]["range"])
    return (max(np.exp(th[2] - _Z95 * sd[2]), np.exp(_LOWER[2])),
            min(np.exp(th[2] + _Z95 * sd[2]), np.exp(_UPPER[2])))


def _fmt(x: float) -> str:
    return f"{x:.6g}"


def takeoff_mass_lines(drones) -> list[str]:
    """``[efficiency_law.takeoff_mass_kg]``: each fitted drone's take-off mass without
    payload [kg] from the data set (exact, ``repr``), the masses the law covers; a check
    reads them here instead of parsing ``multirotors.toml``."""
    from .tables import _takeoff_masses           # tables imports this module's package
    masses = _takeoff_masses(set(drones))
    return ["[efficiency_law.takeoff_mass_kg]",
            "# take-off mass without payload of each drone above [kg], from multirotors.toml",
            *(f'"{name}" = {float(masses[name])!r}' for name in drones), ""]


def rotor_lines(drones) -> list[str]:
    """``[efficiency_law.rotors]``: each fitted drone's rotor count (multirotors.toml), the
    divisor of the law's covariate when it is the mass per rotor."""
    rotors = {r["drone"]: int(r["rotors"]) for r in sized_rows()
              if np.isfinite(r["rotors"])}
    return ["[efficiency_law.rotors]",
            "# rotor count of each drone above, from multirotors.toml",
            *(f'"{name}" = {rotors[name]}' for name in drones), ""]


def rotor_drag_law_lines(law: dict, today: str) -> list[str]:
    """``[rotor_drag_law]``: the rotor drag given the drag-area coefficient
    (:func:`~.efficiency_fit.fit_rotor_drag_law`), which the checks draw it from."""
    return [
        "[rotor_drag_law]",
        "# in-plane rotor drag c [s/m] given the drag-area coefficient f [m^2 at 1 kg] the",
        "# checks draw: c = max(value + slope (f - reference) + z scatter, 0), z ~ N(0, 1)",
        "# (drawn as rotor_drag_percentile). c fitted at each f of grid on the measured power",
        "# curves of data/power_curves.toml (joint: all curves, one scale each; per_curve: each",
        "# alone); value/slope the line through the joint fits above c = 0; scatter the sample",
        "# sd over the curves of each curve's own c at one f, rms over the grid points where no",
        "# fit is at c = 0 (efficiency_fit.fit_rotor_drag_law, issue 12 ninth round)",
        f"reference = {_fmt(law['reference'])}", f"value = {_fmt(law['value'])}",
        f"slope = {_fmt(law['slope'])}", f"scatter = {_fmt(law['scatter'])}",
        f"residual_sd = {_fmt(law['residual_sd'])}", 'unit = "s/m"',
        f"# scatter = {law['scatter_kind']}: between_curve_sd (the predictive spread of a new",
        "# airframe) or fit_sd (the joint fit's standard error of c at one f, rms over the grid)",
        f'scatter_kind = "{law["scatter_kind"]}"',
        f"between_curve_sd = {_fmt(law['between_curve_sd'])}", f"fit_sd = {_fmt(law['fit_sd'])}",
        f"n_curves = {law['n_curves']}", f"n_points = {law['n_points']}",
        "grid = [" + ", ".join(_fmt(x) for x in law["grid"]) + "]",
        "joint = [" + ", ".join(_fmt(x) for x in law["joint"]) + "]",
        "names = [" + ", ".join(f'"{n}"' for n in law["names"]) + "]",
        f'source = "Fit on the {law["n_curves"]} measured curves of data/power_curves.toml '
        "(names above; Di Franco & Buttazzo 2016 and Chang et al. 2016 as digitised by "
        "drone_awe, 1.3-1.4 kg quads; Faustino et al. 2019, a 3.29 kg DJI Matrice 100 in 25 m "
        "orbits, from the authors' flight logs): on these curves c and f trade almost one for "
        "one (both add power rising with speed), so c is drawn given the drawn f. The scatter "
        f"is the spread of {law['n_curves']} curves ({law['n_curves'] - 1} degrees of freedom); "
        "above a few kg the law is an extrapolation. Read by the checks only with "
        "priors.conditioned.ROTOR_DRAG_GIVEN_DRAG_AREA on (off as shipped: measured and left "
        'out, docs/validation.md issue 12 ninth round)."',
        f'date = "{today}"', f'regenerate = "{_REGENERATE}"', "",
        "[rotor_drag_law.per_curve]",
        *(f'"{name}" = [' + ", ".join(_fmt(x) for x in cs) + "]"
          for name, cs in law["per_curve"].items()), ""]


def format_calibrated(result: dict, today: str | None = None) -> str:
    """TOML text of ``calibrated.toml`` from a :func:`calibrate` result."""
    fit, cv, pcv = result["fit"], result["cv"], result["point_cv"]
    today = today or date.today().isoformat()
    th, sd = fit["theta"], np.sqrt(np.diag(fit["covariance"]))
    common = (f'n_rows = {fit["n_rows"]}\nn_drones = {fit["n_drones"]}\n'
              f'heldout_median_error_pct = {cv["median_error"]:.2f}\n'
              f'heldout_worst_error_pct = {cv["worst_error"]:.2f}\n'
              f'date = "{today}"\nregenerate = "{_REGENERATE}"\n')
    lines = [
        "# Calibrated model parameters of dronecalc, fitted on dronecalc/data/multirotors.toml.",
        "# GENERATED FILE: do not edit by hand. Regenerate with",
        f"#     {_REGENERATE}",
        "# Read with dronecalc.calibration.calibrated_parameters(). Method, caveats and the",
        "# table of drones: docs/validation.md. low/high are the 5th/95th percentiles of the",
        "# fit's uncertainty (Gauss-Newton covariance, drones as the independent unit).",
        "# Held-out errors: leave-one-drone-out cross-validation, p50 of a Monte Carlo over",
        "# the fold's parameter spread against the maker's figure.",
        "",
        "[meta]",
        f'date = "{today}"',
        f'regenerate = "{_REGENERATE}"',
        'method = "scipy.optimize.least_squares on ln(flight time), each drone weighted '
        'equally; FM, drive efficiency and usable fraction fixed at literature values '
        '(only their product with sqrt(disk area) is identifiable from the set; the checks '
        'hold them there when they use the law); the model time of a row is the median over '
        'the checks\' own draws of ' + ", ".join(DISK_CONDITIONS) + f' ({CONDITION_SAMPLES} '
        'Latin-hypercube draws per row through priors.describe, as a case stating the row '
        'without a rotor size would get)"',
        f'n_rows = {fit["n_rows"]}',
        f'n_drones = {fit["n_drones"]}',
        "drones = [" + ", ".join(f'"{n}"' for n in fit["drones"]) + "]",
        f'heldout_method = "leave-one-drone-out, {len(cv["folds"])} folds; Monte Carlo '
        f'{_MC_SAMPLES_NOTE}, seed {SEED}"',
        f'heldout_median_error_pct = {cv["median_error"]:.2f}',
        f'heldout_worst_error_pct = {cv["worst_error"]:.2f}',
        f'heldout_coverage_p5_p95 = {cv["coverage"]:.4f}',
        f'heldout_point_median_error_pct = {pcv["median_error"]:.2f}',
        f'heldout_point_worst_error_pct = {pcv["worst_error"]:.2f}',
        f'heldout_n_figures = {len(cv["rows"])}',
        "",
        "[fit]",
        "# parameter vector: " + ", ".join(FIT_PARAMETERS),
        "theta = [" + ", ".join(_fmt(x) for x in th) + "]",
        "covariance = [" + ", ".join(
            "[" + ", ".join(_fmt(x) for x in row) + "]" for row in fit["covariance"]) + "]",
        f'scatter_log_time = {_fmt(fit["scatter"])}',
        f'scatter_log_disk_loading = {_fmt(fit["scatter_log_disk_loading"])}',
        "# scatter_log_time is the sd of the per-drone mean ln residual (scatter_log_total)",
        "# with the share the checks' condition draws already carry (condition_sd_log) taken",
        "# out: the checks draw both (disk_fit.condition_variance, issue 12 eighth round)",
        f'scatter_log_total = {_fmt(fit.get("scatter_total", fit["scatter"]))}',
        f'condition_sd_log = {_fmt(fit.get("condition_sd", 0.0))}',
        "",
        "[parameters.disk_loading_1kg]",
        f"value = {_fmt(np.exp(th[0]))}",
        f"low = {_fmt(np.exp(th[0] - _Z95 * sd[0]))}",
        f"high = {_fmt(np.exp(th[0] + _Z95 * sd[0]))}",
        'unit = "kg/m^2"',
        "fitted = true",
        "identified = true",
        'source = "Fit: effective disk loading (take-off mass / total disk area) of a 1 kg '
        'machine, given FM, drive efficiency and usable fraction at their literature values; '
        'it absorbs their errors (DL scales with the square of FM x eta x u). The between-'
        'drone scatter of ln DL is [fit] scatter_log_disk_loading."',
        common,
        "[parameters.disk_loading_exponent]",
        f"value = {_fmt(th[1])}",
        f"low = {_fmt(th[1] - _Z95 * sd[1])}",
        f"high = {_fmt(th[1] + _Z95 * sd[1])}",
        'unit = ""',
        "fitted = true",
        "identified = true",
        'source = "Fit: beta in DL = DL_1kg (m / 1 kg)^beta against take-off mass m."',
        common,
        "[parameters.drag_area_1kg]",
        f"value = {_fmt(np.exp(th[2]))}",
        f"low = {_fmt(_drag_range(th, sd)[0])}",
        f"high = {_fmt(_drag_range(th, sd)[1])}",
        'unit = "m^2"',
        f"fitted = {'true' if sd[2] > 0 else 'false'}",
        f"identified = {'true' if 0 < sd[2] < 0.7 else 'false'}",
        'source = "NOT fitted: the median of the checks\' draws of the drag-area coefficient '
        '(f = c (m / 1 kg)^(2/3), the 0.01-0.05 prior of airframe.DRAG_AREA_PARAMETERS) the '
        'disk-loading law was fitted under; low/high that prior. Fitted freely, the makers\' '
        'rows barely constrain it (only two drones publish both a hover and a flight time)."',
        common,
    ]
    for name, entry in _fixed_parameters().items():
        lines += [f"[parameters.{name}]", f"value = {_fmt(entry['value'])}",
                  f"low = {_fmt(entry['low'])}", f"high = {_fmt(entry['high'])}", 'unit = ""',
                  "fitted = false", "identified = false",
                  'source = "NOT fitted (not identifiable from the set, see [meta] method); '
                  'literature value held fixed in the fit. '
                  + entry["source"].replace('"', "'") + '"', common]
    if "power_curves" in result:
        pc, pv, sc = result["power_curves"], result["power_validation"], result["sized_cv"]
        eff = sc["fit_all"]
        lines += [
            "[parameters.rotor_drag_coefficient]",
            f'value = {_fmt(pc["rotor_drag_coefficient"])}',
            f'low = {_fmt(max(pc["rotor_drag_coefficient"] - _Z95 * pc["rotor_drag_coefficient_sd"], 0.0))}',
            f'high = {_fmt(pc["rotor_drag_coefficient"] + _Z95 * pc["rotor_drag_coefficient_sd"])}',
            'unit = "s/m"', "fitted = true", "identified = true",
            'source = "Fit (issue 12): in-plane rotor drag c in P_r = c T V^2 '
            '(rotor_terms.rotor_drag_power) on ' + str(len(pc["names"])) + ' measured power '
            'curves (data/power_curves.toml), one free scale per curve, drag area at the '
            'checks\' prior median; low/high from the Gauss-Newton covariance. Leave-one-curve-'
            f'out median |error| {pv["median_error"]:.1f} %, worst {pv["worst_error"]:.1f} %, '
            'minimum-power speed errors ' + ", ".join(f"{x:+.1f}" for x in pv["min_power_speed_errors"])
            + ' m/s. Cross-check on makers\' hover and flight times (fitted with the efficiency '
            f'law): {result["sized_joint"]["theta"][2]:.3g} +/- '
            f'{np.sqrt(result["sized_joint"]["covariance"][2, 2]):.2g} s/m. The model default '
            'rotor_terms.ROTOR_DRAG is this value rounded (a test checks they agree)."',
            f'makers_value = {_fmt(result["sized_joint"]["theta"][2])}',
            f'makers_sd = {_fmt(np.sqrt(result["sized_joint"]["covariance"][2, 2]))}',
            f'scatter_log_power = {_fmt(pc["scatter"])}',
            f'date = "{today}"', f'regenerate = "{_REGENERATE}"', "",
            *rotor_drag_law_lines(result.get("rotor_drag_law") or fit_rotor_drag_law(), today),
            "[efficiency_law]",
            "# FM x drive efficiency x usable fraction relative to 0.65 x 0.76 x 0.85, fitted on",
            "# machines with a stated rotor count, rotor size and pack energy:",
            "# ln(efficiency) = a + b ln(x / 1 kg), x the covariate below: 'mass' = m, the",
            "# take-off mass without payload, 'mass_per_rotor' = m / rotors (chosen by nested",
            "# leave-one-out, benchmarks/covariate_nested.py); theta = a,",
            "# b, c (c the median of the rotor-drag draws it was fitted with). Fitted under the",
            "# checks' own draws of every input a maker's row does not state (conditions): the",
            "# model time of a row is the median over them. drag_area_1kg is the median of",
            "# those draws of the drag-area coefficient [m^2 at 1 kg].",
            f'conditions = "checks\' priors ({CONDITION_SAMPLES} Latin-hypercube draws per row '
            'through priors.describe, as a case stating the row would get): '
            + ", ".join(CHECK_CONDITIONS) + '; a stated test condition (sea level) fixes '
            'its input"',
            f'covariate = "{sc["fit_all"].get("covariate", LAW_COVARIATE)}"',
            f"drag_area_1kg = {_fmt(_drawn_drag_area(result))}",
            "theta = [" + ", ".join(_fmt(x) for x in eff["theta"]) + "]",
            "covariance = [" + ", ".join("[" + ", ".join(_fmt(x) for x in row) + "]"
                                         for row in eff["covariance"]) + "]",
            f'scatter_log = {_fmt(eff["scatter"])}',
            *([f'avionics_power = {_fmt(eff["avionics_power"])}',
               "# avionics_power [W]: a constant electrical load fitted with the law "
               "(size_terms.LAW_AVIONICS on)"] if size_terms.LAW_AVIONICS else []),
            "# scatter_log: the per-drone mean ln residual's sd (scatter_log_total) with the",
            "# share the condition draws carry (condition_sd_log) taken out (issue 12, 8th round)",
            f'scatter_log_total = {_fmt(eff.get("scatter_total", eff["scatter"]))}',
            f'condition_sd_log = {_fmt(eff.get("condition_sd", 0.0))}',
            "drones = [" + ", ".join(f'"{n}"' for n in eff["drones"]) + "]",
            f'heldout_median_error_pct = {sc["median_error"]:.2f}',
            f'heldout_worst_error_pct = {sc["worst_error"]:.2f}',
            f'heldout_median_signed_error_pct = {float(np.median(sc["signed_error"])):.2f}',
            f'heldout_coverage_p5_p95 = {sc["coverage"]:.4f}',
            f'heldout_median_band_p95_over_p5 = {float(np.nanmedian(sc["band_ratio"])):.3f}',
            f'heldout_n_figures = {len(sc["rows"])}', "", *takeoff_mass_lines(eff["drones"]),
            *rotor_lines(eff["drones"])]
    lines.append("# held-out fits, one per left-out drone (used by tests/test_calibration_fit.py)")
    for name, fold in cv["folds"].items():
        lines += [f'[folds."{name}"]', "theta = [" + ", ".join(_fmt(x) for x in fold["theta"])
                  + "]", ""]
    return "\n".join(lines)


_MC_SAMPLES_NOTE = "2000 samples per drone"
#: Monte Carlo samples per drone of the stated-rotor-size cross-validation.
_SIZED_SAMPLES = 400


def write_calibrated(path=None, result: dict | None = None) -> str:
    """Fit, cross-validate and write ``calibrated.toml`` (default: the package's data file).

    Returns the path written.
    """
    from pathlib import Path
    result = calibrate() if result is None else result
    path = Path(path) if path else Path(__file__).parents[1] / "data" / _CALIBRATED_FILE
    path.write_text(format_calibrated(result), encoding="utf-8")
    return str(path)


def main(argv=None) -> int:
    """``python -m dronecalc.priors.calibration [--write]``: fit, cross-validate, print, write."""
    import argparse
    parser = argparse.ArgumentParser(prog="python -m dronecalc.priors.calibration",
                                     description=main.__doc__)
    parser.add_argument("--write", action="store_true",
                        help="write dronecalc/data/calibrated.toml")
    args = parser.parse_args(argv)
    result = calibrate()
    print(format_calibrated(result))
    if args.write:
        print("wrote", write_calibrated(result=result))
    return 0


