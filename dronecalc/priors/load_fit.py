"""Issue 12: fit the load-dependent loss coefficients (:mod:`dronecalc.physics.load_losses`)
on the makers' payload pairs, one machine held out at a time.

A payload pair is two figures of one machine, same mode and battery, without and with a
payload. The efficiency law is evaluated at the mass without payload, so it is the same for
both rows of a pair and their ratio t(payload) / t(none) tests only what changes with load:
hover power (W^1.5), the pack's rate loss, and the load-loss terms. Each coefficient is fitted
alone (the others 0), bounded to its physical range, by least squares on ln(model ratio) -
ln(maker ratio), each machine weighing the same whatever its number of pairs (the Freefly
Alta X has seven, the DJI Matrice 600 two, the DJI Agras T40 one). The model ratio is the
ratio of the medians over the checks' own draws of what the rows do not state
(:func:`~.efficiency_fit.check_conditions`). Nothing here is shipped: the checks run with
the losses off (``efficiency_fit.LOAD_LOSSES`` empty) unless a measurement says otherwise.
"""
from __future__ import annotations

import numpy as np

from . import efficiency_fit as ef

#: Bounds of each coefficient for the fit: copper and no-load shares of shaft power at the
#: reference hover up to 0.5 (judgement, twice what one maker's motor data give at full
#: current: Turnigy Multistar 4225-610Kv, R 0.120 ohm, i_0 0.8 A, 25 A max, in Drela's model
#: copper share 0.095 at its best-efficiency current and 0.26 at 25 A; docs/validation.md,
#: tenth round); the cut-off weight is a share, 0 to 1.
BOUNDS = {"drive_copper_loss": (0.0, 0.5), "drive_idle_loss": (0.0, 0.5),
          "cutoff_sag_weight": (0.0, 1.0)}


def payload_pairs(rows: list[dict]) -> list[tuple[int, int]]:
    """(index without payload, index with payload) for each payload row that has a partner of
    the same machine, mode and take-off mass without payload."""
    pairs = []
    for j, r in enumerate(rows):
        if r["payload"] <= 0.0:
            continue
        for i, q in enumerate(rows):
            if (q["drone"] == r["drone"] and q["mode"] == r["mode"] and q["payload"] == 0.0
                    and abs(q["takeoff_mass"] - (r["takeoff_mass"] - r["payload"])) < 1e-3):
                pairs.append((i, j))
                break
    return pairs


def _law_efficiency(cols):
    law = ef.__dict__.get("_SHIPPED_LAW")
    if law is None:
        from .calibration import load_calibrated
        law = load_calibrated()["efficiency_law"]
        ef._SHIPPED_LAW = law
    th = law["theta"]
    return np.exp(th[0] + th[1] * ef.covariate_values(cols, law.get("covariate", "mass")))


def pair_ratios(rows, pairs, losses, draws):
    """Model and maker ratios t(payload) / t(none) of ``pairs`` with coefficients ``losses``."""
    cols = ef._sized_cols(rows)
    ef.LOAD_LOSSES.clear()
    ef.LOAD_LOSSES.update(losses)
    try:
        t = np.median(ef.maker_time(cols, _law_efficiency(cols)[:, None], None, ef.DRAWN,
                                    conditions=draws), axis=1)
    finally:
        ef.LOAD_LOSSES.clear()
    i, j = np.array(pairs).T
    return t[j] / t[i], cols["time"][j] / cols["time"][i]


def fit_load_coefficient(rows: list[dict], field: str, exclude: tuple[str, ...] = (),
                         draws: dict | None = None) -> dict:
    """Fit one coefficient of ``BOUNDS`` on the payload pairs of machines not in ``exclude``.

    Returns ``value``, ``rms`` (of the ln ratio residual, machine-weighted), ``pairs`` (count)
    and ``machines``. ``value`` is 0 with ``pairs`` 0 when no pair is left.
    """
    from scipy.optimize import minimize_scalar
    draws = ef.check_conditions(rows) if draws is None else draws
    pairs = [p for p in payload_pairs(rows) if rows[p[1]]["drone"] not in exclude]
    if not pairs:
        return {"value": 0.0, "rms": float("nan"), "pairs": 0, "machines": []}
    keep = sorted({k for p in pairs for k in p})
    sub = [rows[k] for k in keep]
    sub_draws = {k: v[keep] for k, v in draws.items()}
    local = [(keep.index(i), keep.index(j)) for i, j in pairs]
    names = [rows[j]["drone"] for _, j in pairs]
    count = {n: names.count(n) for n in names}
    w = np.array([1.0 / count[n] for n in names])

    def loss(x):
        model, maker = pair_ratios(sub, local, {field: x}, sub_draws)
        return float(np.sum(w * (np.log(model) - np.log(maker)) ** 2))

    lo, hi = BOUNDS[field]
    sol = minimize_scalar(loss, bounds=(lo, hi), method="bounded",
                          options={"xatol": 1e-3 * (hi - lo)})
    return {"value": float(sol.x), "rms": float(np.sqrt(sol.fun / np.sum(w))),
            "pairs": len(pairs), "machines": list(count)}


def held_out_coefficients(rows: list[dict], field: str, draws: dict | None = None,
                          never: tuple[str, ...] = ()) -> dict:
    """Per machine of ``rows``, the coefficient fitted without it (``fit_load_coefficient``);
    machines without a pair share the fit on every pair; machines in ``never`` are in no fit
    (a variant: the Freefly Alta X sweep left out of the fit). Returns name -> fit dict."""
    draws = ef.check_conditions(rows) if draws is None else draws
    with_pairs = {rows[j]["drone"] for _, j in payload_pairs(rows)} - set(never)
    everyone = fit_load_coefficient(rows, field, exclude=never, draws=draws)
    out = {}
    for name in dict.fromkeys(r["drone"] for r in rows):
        out[name] = (fit_load_coefficient(rows, field, exclude=(name,) + tuple(never),
                                          draws=draws)
                     if name in with_pairs else everyone)
    out["(all)"] = everyone
    return out
