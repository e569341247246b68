"""Audit and diagnosis of the fixed-wing accuracy benchmark (issue #13), split from
``benchmarks/accuracy_fixed_wing.py`` (whose ``--audit`` and ``--diagnose`` run these).

:func:`audit` prints, per aircraft, the medians over the model's draws of what it flies with
and the lumped efficiency its stated figures imply against the priors'; :func:`diagnose` the
point prediction's inputs at the priors' centres and the factor each figure would need. Both
fly the literature priors (``_draws`` without ``checks``), so their output does not depend on
the quadplanes' cruise calibration.

Run::

    PYTHONPATH=$PWD python benchmarks/accuracy_fixed_wing.py --audit
    PYTHONPATH=$PWD python benchmarks/accuracy_fixed_wing.py --diagnose
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np

from dronecalc.engine import fixed_wing as eng
from dronecalc.physics import fixed_wing as fw
from dronecalc.physics.atmosphere import _air_density
from dronecalc.physics.rotor import _G
from dronecalc.priors import fixed_wing as fwp

sys.path.insert(0, str(Path(__file__).resolve().parent))   # benchmarks/ is no package
from _sibling import load  # noqa: E402

_B = load("accuracy_fixed_wing")
SAMPLES, SEED, FIGURES = _B.SAMPLES, _B.SEED, _B.FIGURES
_draws, predict, _figures, KINDS = _B._draws, _B.predict, _B._figures, _B.KINDS


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
    for r, _, fits, _, _ in _B.folds(r for r in fwp.load_fixed_wing()
                                     if r["kind"] in KINDS and "takeoff_mass" in r):
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


