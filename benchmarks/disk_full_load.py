"""Nested leave-one-out choice of the disk-conditioned design full load (issue 10, payload10).

``dronecalc.priors.disk_load`` predicts a multirotor's maximum take-off mass M from its take-off
mass without payload m and its rotor disk (N rotors of diameter D) four ways (``METHODS``):
the mass law of ``priors/drive.py`` alone, the disk law (MTOW disk loading against D) alone,
their mean in ln M, their larger. The shipped prior picks the method with the smallest
leave-one-out error on all machines of ``data/multirotors.toml`` stating m, M, D and N. That
choice is made on the data it is scored on, so here it is made inside the loop:

* outer loop: each such machine k held out of everything (both laws refitted without it);
* inner loop, on the others: every method scored by its own leave-one-out (both laws refitted
  without k and the inner machine), the smallest root-mean-square error of ln M chosen;
* the chosen method, on laws fitted without k, predicts k's ln M (median).

Declared before running: the disk is used if the nested procedure's outer rms error of ln M is
below the mass law's alone. Prints the rows, each fixed method's outer error, each fold's
choice, and the nested procedure's error.

Run: ``PYTHONPATH=$PWD python benchmarks/disk_full_load.py`` (a few seconds).
"""
from __future__ import annotations

import math

import numpy as np

from dronecalc.priors import disk_load as dl
from dronecalc.priors.drive import _design_load


def _rms(e) -> float:
    return math.sqrt(float(np.mean(np.square(e))))


def nested(area: str) -> tuple[dict, np.ndarray, list[str]]:
    """Outer errors of each fixed method, the nested procedure's outer errors and the choice
    of each fold, under the disk-area definition ``area``."""
    rows = dl.disk_rows(area=area)
    outer = dl.loo_errors(area=area)
    errors, choices = [], []
    for name, m, mtow, d, n, kappa in rows:
        out = frozenset({name})
        inner = dl.loo_errors(out, area)
        choice = min(dl.METHODS, key=lambda k: _rms(inner[k]))
        law = dl._disk_relation(dl.disk_rows(out, area))
        centre = dl._centres(_design_load(out), law, m, d, n, kappa)[choice]
        errors.append(float(centre) - math.log(mtow))
        choices.append(f"{name}: {choice} ("
                       + ", ".join(f"{k} {_rms(v):.3f}" for k, v in inner.items()) + ")")
    return outer, np.asarray(errors), choices


def main() -> int:
    rows = dl.disk_rows()
    print(f"{len(rows)} machines of data/multirotors.toml stating take-off mass, maximum "
          "take-off mass, rotor diameter and rotor count\n")
    print("| machine | rotors | kappa | D [in] | m [kg] | MTOW [kg] | MTOW / m | MTOW disk loading "
          "[N/m^2], effective / isolated |")
    print("|---|---|---|---|---|---|---|---|")
    for name, m, mtow, d, n, kappa in rows:
        w = mtow * dl.G / float(dl.disk_area(d, n, kappa))
        w1 = mtow * dl.G / float(dl.disk_area(d, n))
        print(f"| {name} | {n:g} | {kappa:g} | {d / 0.0254:.3g} | {m:.3g} | {mtow:.3g} "
              f"| {mtow / m:.3f} | {w:.1f} / {w1:.1f} |")
    for area in dl.AREAS:
        law = dl._disk_relation(dl.disk_rows(area=area))
        print(f"\n=== disk area '{area}'{' (shipped)' if area == dl.AREA else ''}: ln w = "
              f"{law.intercept:.3f} {law.slope:+.3f} ln(D / 1 m), slope s.e. "
              f"{law.slope_error:.3f}, residual scatter {law.scatter:.3f} in ln")
        outer, errors, choices = nested(area)
        print("each method's leave-one-out error of ln MTOW (predicted - stated):")
        for k, e in outer.items():
            print(f"  {k:5s} rms {_rms(e):.3f}, largest {np.max(np.abs(e)):.3f}, median "
                  f"signed {np.median(e):+.3f}; per machine " + " ".join(f"{x:+.3f}" for x in e))
        print("nested: the choice inside each outer fold (inner rms of ln MTOW per method)")
        for line in choices:
            print("  " + line)
        mass = outer["mass"]
        use = _rms(errors) < _rms(mass)
        print(f"nested procedure: rms {_rms(errors):.3f}, largest {np.max(np.abs(errors)):.3f};"
              f" mass law alone: rms {_rms(mass):.3f}, largest {np.max(np.abs(mass)):.3f} -> "
              f"declared rule (disk used if nested rms < mass law rms): "
              f"{'disk used' if use else 'disk NOT used'}")
    print(f"\nshipped ('{dl.AREA}'), chosen on all machines: {dl.disk_load().choice}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
