"""A MEASURED VARIANT, not shipped: a Willans-line part-load BSFC for piston engines, held out
on data/fixed_wing.toml with benchmarks/accuracy_fixed_wing.py's leave-one-aircraft-out
(issue #13, fwpiston15).

Model (Willans line; Heywood 1988, "Internal Combustion Engine Fundamentals", friction mean
effective pressure, ch. 13; Guzzella & Onder 2010, Willans approximation
p_me = e p_mphi - p_me0): fuel flow = (P + P_f) / (eta_i LHV), P_f the friction (and pumping)
power. Along a fixed-pitch propeller's load line P ~ N^3 (constant power coefficient), with a
friction mean effective pressure roughly constant in speed, P_f = f P_rated (N / N_r)
= f P_rated x^(1/3) at power fraction x = P / P_rated, so

    BSFC(x) / BSFC(1) = (1 + f x^(-2/3)) / (1 + f)           (>= 1, non-increasing in x)

f = FMEP / BMEP at rated power = (1 - eta_m) / eta_m: mechanical efficiency at wide-open
throttle ~90 % at mid speed to ~75 % at rated speed (Heywood ch. 13, as recalled here, NOT
re-checked against the book in this session) gives f = 0.11-0.33; taken uniform 0.11-0.33,
centre 0.22. The x^(1/3) speed law and the constant FMEP are judgements. Counter-evidence kept:
the Rotax 912 UL operator's manual (as quoted by helmuts-ul-seiten.de, "Vergleich
Ultraleichtflugmotoren", Tab. 7) gives 22.6 l/h at max. continuous (58 kW) and 16.2 l/h at
75 % (43.5 kW): BSFC FALLS from 100 % to 75 % (full-power enrichment), which no Willans line
gives (fitting one to those two points needs f < 0). The penalty is therefore a low-load
model only; no sourced small-two-stroke part-load curve (Menon & Cadou 2013; 3W, DLE, UEL
AR741 maker curves) was found in this session.

The load fraction is that of the figure flown: P_required at the speed it is flown at
(best-endurance speed for max_endurance, best-range speed for max_range, the stated speed for
a figure at speed) and at the mid-mission mass, over eta_p x engine_power; only rows that
state engine_power get it (without one the load is unknown). The Breguet figures are divided
by BSFC(x)/BSFC(1) (a constant-BSFC Breguet at the mid-mission load: an approximation).

Run::

    PYTHONPATH=$PWD python benchmarks/fixed_wing_part_load.py [f]

prints, for f = 0 (today's model) and the f given (default 0.22), the leave-one-aircraft-out
median |error| of the 'priors' and 'checks' fits per figure and speed mode and every piston
aircraft's error.
"""
from __future__ import annotations

import statistics
import sys
from pathlib import Path

import numpy as np

from dronecalc.engine import fixed_wing as eng
from dronecalc.physics import fixed_wing as fw

sys.path.insert(0, str(Path(__file__).resolve().parent))   # benchmarks/ is no package
from _sibling import load  # noqa: E402

acc = load("accuracy_fixed_wing")

FRICTION_SHARE = (0.11, 0.33)      # Heywood eta_m 75-90 % at WOT -> (1 - eta_m) / eta_m
_ORIGINAL = eng.performance
_ORIGINAL_DRAWS = acc._draws


def _draws_with_power(row, fits, n, *args, **kw):
    """accuracy_fixed_wing._draws plus the row's stated engine power (the load fraction's
    denominator; the benchmark's draws use it only for the BSFC class)."""
    v = _ORIGINAL_DRAWS(row, fits, n, *args, **kw)
    if "engine_power" in row and row["kind"] == "fixed-wing-piston":
        v["engine_power"] = np.full(n, row["engine_power"].mid)
    return v


def part_load_factor(power_fraction, friction_share):
    """BSFC(x) / BSFC(1) = (1 + f x^(-2/3)) / (1 + f), x clipped to (1e-3, 1]."""
    x = np.clip(np.asarray(power_fraction, dtype=float), 1e-3, 1.0)
    f = np.asarray(friction_share, dtype=float)
    return (1.0 + f * x ** (-2.0 / 3.0)) / (1.0 + f)


def patched(share):
    def performance(v, kind, cruise_speed=None, **kw):
        out = dict(_ORIGINAL(v, kind, cruise_speed=cruise_speed, **kw))
        if kind != "fixed-wing-piston" or "engine_power" not in v or share == 0.0:
            return out
        m = np.asarray(v["takeoff_mass"], dtype=float)
        zeta = np.clip(np.asarray(v["fuel_mass"], dtype=float) / m, 0.0, 0.99)
        mid = m * (1.0 - 0.5 * zeta)
        rho = fw._air_density_to_20km(np.asarray(v.get("altitude", 0.0), dtype=float))
        s, _, k = eng.geometry(v)
        cd0 = v["zero_lift_drag"]
        p_avail = np.asarray(v["engine_power"], dtype=float) * v["propeller_efficiency"]

        def factor(speed):
            x = fw.power_required(mid, speed, rho, s, cd0, k) / p_avail
            return part_load_factor(x, share)
        out["max_endurance"] = out["max_endurance"] / factor(out["best_endurance_speed"])
        out["max_range"] = out["max_range"] / factor(out["best_range_speed"])
        if cruise_speed is not None:
            g = factor(cruise_speed)
            out["range_at_speed"] = out["range_at_speed"] / g
            out["endurance_at_speed"] = out["endurance_at_speed"] / g
        return out
    return performance


def run(share):
    eng.performance, acc._draws = patched(share), _draws_with_power
    try:
        res = {}
        for mode in acc.SPEEDS:
            for key in acc.FIGURES:
                res[(mode, key)] = acc.leave_one_out(key, mode)
        return res
    finally:
        eng.performance, acc._draws = _ORIGINAL, _ORIGINAL_DRAWS


def main(share: float = 0.22) -> None:
    results = {0.0: run(0.0), share: run(share)}
    for fit in ("priors", "checks"):
        for mode in acc.SPEEDS:
            allerr = {f: [] for f in results}
            for key in acc.FIGURES:
                line = []
                for f, res in results.items():
                    errs = [abs(e[fit]["error"]) for e in res[(mode, key)]]
                    allerr[f] += errs
                    line.append(f"f={f:.2f} {100 * statistics.median(errs):5.1f} %")
                print(f"{fit:<7} {mode:<7} {key:<14} n={len(errs):<3} " + "  ".join(line))
            print(f"{fit:<7} {mode:<7} {'both':<14}       " + "  ".join(
                f"f={f:.2f} {100 * statistics.median(v):5.1f} %" for f, v in allerr.items()))
    print("\npiston aircraft, fit 'priors' (error f=0 -> f):")
    for mode in acc.SPEEDS:
        for key in acc.FIGURES:
            for a, b in zip(results[0.0][(mode, key)], results[share][(mode, key)]):
                if a["kind"] == "fixed-wing-piston":
                    print(f"  {mode:<7} {key:<14} {a['name'][:34]:<34} "
                          f"{100 * a['priors']['error']:+7.1f} % -> "
                          f"{100 * b['priors']['error']:+7.1f} %   (checks "
                          f"{100 * a['checks']['error']:+7.1f} -> "
                          f"{100 * b['checks']['error']:+7.1f} %)")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 0.22)
