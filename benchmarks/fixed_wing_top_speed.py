"""The fixed-wing top-speed model against makers' top speeds, leave one aircraft out (issue 13).

A propeller aircraft's top speed is where the thrust power available, shaft power x propeller
efficiency eta_p, meets the power required D V (``physics.fixed_wing.top_speed``). This
measures how the ``speed`` finding of ``dronecalc check`` does on top speeds that makers and
reports state, as ``benchmarks/fixed_wing_ceiling.py`` does on ceilings:

* **data**: every row of ``dronecalc/data/fixed_wing.toml`` that states a ``max_speed`` and a
  power plant (its ``kind``): a case of what the row states (take-off mass, span, wing area,
  engine power, fuel, battery energy, the kind; ``fixed_wing_ceiling.row_case``; and the
  airframe "delta wing" or "flying wing" where the data's priors read one from the row), its top
  speed the claim, checked with the row taken out of every fit (``fixed_wing_ceiling.held_out``).
  A row whose plant is not sourced (``kind = "fixed-wing"``) is listed apart: no kind is guessed.
* **held-out**: the ``top_speed`` claims of ``tests/fixtures/cases/fixed_wing_heldout/``
  (never in the data), checked as ``benchmarks/fixed_wing_heldout.py`` does.

Each claim is rendered x1, x2, x3 (x1 should be *consistent*, x2 not, x3 *implausible*).
Printed per kind: the verdict shares, the median |error| and the median signed error of the
model's p50, (p50 - stated) / stated, and the coverage, the share of stated figures inside the
model's p5-p95; per aircraft whether its engine power is stated or inferred. A maker's top speed
may be a structural or autopilot limit below what the power gives (the Kavik's "max allowable"),
so a positive signed error is expected of some rows; the power model is judged by how far.

Measured (propj, 2026-12-06, 4,000 samples, seed 0; docs/validation.md, propj section)::

    set (judged)          model          median |err|  signed   inside p5-p95  x1 / x2 / x3
    data LOO (12 of 17)   shipped        24.2 %        +24.2 %  83 %           100 / 17 / 92 %
                          eta-j          21.6 %        +21.6 %  92 %           100 /  8 / 92 %
                          eta-j-loiter   17.3 %        +15.8 %  92 %           100 /  8 / 100 %
    held-out (4 of 4)     shipped        10.7 %         +1.2 %  75 %           100 / 25 / 75 %
                          eta-j          11.3 %         -0.9 %  75 %           100 / 25 / 75 %
                          eta-j-loiter   15.6 %         -5.6 %  75 %           100 / 25 / 75 %

Neither variant is shipped: the held-out error does not improve, and the term can remove at
most ~2 % (cruise design) or ~7 % (loiter design) of a top speed (:func:`eta_ratio`).

Per aircraft, "power x f for it" is (stated / p50)^3: the factor on the thrust power (shaft
power x eta_p) that would bring the p50 to the stated figure if the drag were all parasite
(top speed ~ P^(1/3)); with induced drag the factor is nearer 1. A lower propeller efficiency
at the top speed can explain a factor down to its own ratio to the cruise prior, no lower.

Run::

    PYTHONPATH=$PWD python benchmarks/fixed_wing_top_speed.py [--samples 4000] [--variant NAME]
"""
from __future__ import annotations

import contextlib
import statistics
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fixed_wing_ceiling as ceiling  # noqa: E402
from verdicts_heldout import _estimate, shares  # noqa: E402

from dronecalc.intake.units import Q_  # noqa: E402
from dronecalc.priors import fixed_wing as fwp  # noqa: E402

FACTORS = (1, 2, 3)
#: Speeds are held in m/s inside (the stated figure, the model's band); the data's km/h
#: (``fwp.FIGURE_UNITS``) and the finding's display unit are converted by pint at the edges,
#: and the table prints km/h.
SI, SHOWN = "m/s", "km/h"
#: Variants measured beside the shipped model (docs/validation.md, propj): "eta-j" the
#: propeller efficiency at the top speed taken off a measured fixed-pitch curve
#: (:func:`eta_ratio`) instead of the cruise prior held constant, the propeller designed for
#: the best-range C_L (C_L = sqrt(C_D0 / K), so C_D = 2 C_D0); "eta-j-loiter" the same with a
#: propeller designed for the best-endurance C_L (sqrt(3 C_D0 / K), C_D = 4 C_D0: one sized
#: for the loiter, farther from the top speed). The prior is the design point's efficiency.
VARIANTS = ("shipped", "eta-j", "eta-j-loiter")
#: C_D at the design point over C_D0, per variant.
DESIGN_DRAG = {"eta-j": 2.0, "eta-j-loiter": 4.0}

#: A measured fixed-pitch propeller curve: the UIUC Propeller Database's DA4002 (9 in, two
#: blades) in axial flow at 5028 and 5064 rpm (Brandt, Deters, Ananda, Dantsker & Selig, UIUC
#: Propeller Database, https://m-selig.ae.illinois.edu/props/propDB.html; Brandt & Selig 2011,
#: AIAA 2011-1255), as restated by a BEMT validation script (search-index file id 22397380130,
#: the same restatement as data/propeller_static.toml's DA4002 entry). C_T = T/(rho n^2 D^4),
#: C_P = P/(rho n^3 D^5), J = V/(n D); rows of positive thrust only (zero thrust at J ~ 0.89).
DA4002_J = (0.123969, 0.155062, 0.186357, 0.218201, 0.250515, 0.281467, 0.312083, 0.343845,
            0.374369, 0.404401, 0.436725, 0.468579, 0.500784, 0.531197, 0.565824, 0.593765,
            0.625372, 0.659234, 0.689432, 0.721506, 0.751023, 0.783654, 0.810712, 0.847761,
            0.876248)
DA4002_CT = (0.130239, 0.127207, 0.124940, 0.122901, 0.119574, 0.115206, 0.111528, 0.106872,
             0.102531, 0.098328, 0.093013, 0.088433, 0.082563, 0.076371, 0.071175, 0.063821,
             0.057435, 0.052166, 0.045150, 0.038378, 0.032477, 0.025451, 0.019905, 0.010939,
             0.003606)
DA4002_CP = (0.076611, 0.075522, 0.074664, 0.074731, 0.074178, 0.073309, 0.072770, 0.071610,
             0.070558, 0.069457, 0.067796, 0.066534, 0.064268, 0.061482, 0.059543, 0.055666,
             0.052418, 0.049923, 0.045885, 0.041691, 0.038005, 0.032932, 0.028840, 0.021637,
             0.015514)


def eta_ratio(drag_ratio):
    """Propeller efficiency at a second operating point over that at the design point, for a
    fixed-pitch propeller whose design point is its peak efficiency (the DA4002 curve).

    In level flight the thrust is the drag: C_T(J) / J^2 = T / (rho V^2 D^2) = C_D S / (2 D^2)
    (propeller similarity, Gudmundsson 2014 ch. 14), so the operating J depends on the
    airframe's C_D alone, not on the throttle, the rpm or the air density: with C_D fixed the
    rpm scales with V and J stays. The propeller's diameter cancels from the ratio:
    C_T/J^2 at the second point = ``drag_ratio`` x C_T/J^2 at the design J, ``drag_ratio``
    = C_D there / C_D at design. Off the measured J range: the curve's ends (no extrapolation).
    """
    j, ct, cp = (np.asarray(x) for x in (DA4002_J, DA4002_CT, DA4002_CP))
    eta = j * ct / cp
    g = ct / j ** 2                               # falls monotonically with J
    i = int(np.argmax(eta))
    target = np.asarray(drag_ratio, dtype=float) * g[i]
    j_at = np.interp(target, g[::-1], j[::-1])
    return np.interp(j_at, j, eta) / eta[i]


def _unambiguous(text: str) -> str:
    """A figure text dronecalc wrote itself with each number given one reading (a fourth
    decimal digit where "1.524" would read as a decimal or a thousands point)."""
    import re
    from dronecalc.intake.dot_groups import unambiguous
    return re.sub(r"[\d.]+", lambda m: unambiguous(m.group()), text)


def row_case(row: dict) -> dict:
    """A case of what ``row`` states, its top speed the one claim (F0)."""
    from dronecalc.intake.dot_groups import decimal_text
    case = ceiling.row_case({**row, "ceiling": row["max_speed"]})
    for fig in case["figures"].values():      # "1.524 m" is refused as 1.524 or 1524
        fig["text"] = _unambiguous(fig["text"])
    # one decimal, so that x2 and x3 (fixed_wing_heldout.scaled) stay unambiguous too
    case["figures"]["F0"] = {"field": "top_speed", "role": "claim",
                             "text": decimal_text(f"{row['max_speed'].mid:.1f} km/h")}
    case["case"]["source"] = row["max_speed"].source
    # the layout the data's priors read from the row's words (fwp.is_delta / is_flying_wing)
    # is the case's airframe: without it a delta is drawn as a tailed wing of AR 6-16
    layout = ("delta wing" if fwp.is_delta(row) else
              "flying wing" if fwp.is_flying_wing(row) else None)
    if layout:
        case["figures"]["FA"] = {"field": "airframe", "text": layout, "role": "input"}
    return case


def run_case(case: dict, ident: str, stated: float, samples: int, seed: int) -> dict:
    """x1/x2/x3 verdicts of claim ``ident``, the p50 error and the band (or why not judged);
    ``stated`` and the returned ``p50`` [m/s]."""
    v = ceiling.judged(case, ident, "top_speed", samples, seed)
    if "why" in v:
        return v
    est = v[1][1]
    if est is None:
        return {"v": v, "p50": None, "err": None, "inside": None}
    p5, p50, p95 = (Q_(x, est.unit).m_as(SI) for x in (est.p5, est.p50, est.p95))
    return {"v": v, "p50": p50, "err": (p50 - stated) / stated, "inside": p5 <= stated <= p95,
            "power": "stated" if any(f.get("field") == "engine_power"
                                     for f in case["figures"].values()) else "inferred"}


def data_rows(samples: int, seed: int) -> list[tuple]:
    """Every data row stating a top speed (``stated`` [m/s]), each held out."""
    return ceiling.data_rows(samples, seed, "max_speed", row_case, run_case, SI)


def heldout_rows(samples: int, seed: int) -> list[tuple]:
    """Every ``top_speed`` claim of the held-out cases (``stated`` [m/s])."""
    return ceiling.heldout_rows(samples, seed, "top_speed", SI, run_case)


def summary(rows: list[tuple]) -> dict:
    """n judged, median |error|, median signed error, coverage of the judged ``rows``."""
    judged = [r[3] for r in rows if "v" in r[3] and r[3]["err"] is not None]
    if not judged:
        return {"n": 0}
    errs = [r["err"] for r in judged]
    return {"n": len(judged), "median_abs": statistics.median(abs(e) for e in errs),
            "median_signed": statistics.median(errs),
            "coverage": sum(bool(r["inside"]) for r in judged) / len(judged)}


def table(title: str, rows: list[tuple]) -> None:
    print(f"{title}\n")
    print("| kind | top speeds | judged | true -> consistent | x2 -> consistent | "
          "x3 -> implausible | median abs error of p50 | median signed | inside p5-p95 |")
    print("|---|---|---|---|---|---|---|---|---|")
    kinds = sorted({r[1] for r in rows})
    for kind in kinds + ["all"]:
        mine = [r for r in rows if kind in ("all", r[1])]
        judged = [r for r in mine if "v" in r[3]]
        s = summary(mine)
        cells = ("n/a | n/a | n/a" if not s["n"] else
                 f"{100 * s['median_abs']:.1f} % (n={s['n']}) | {100 * s['median_signed']:+.1f} % "
                 f"| {100 * s['coverage']:.0f} %")
        print(f"| {kind} | {len(mine)} | {len(judged)} | "
              f"{shares([r[3]['v'] for r in judged]) if judged else 'n/a | n/a | n/a'} | "
              f"{cells} |")
    print()
    for name, kind, stated, res in rows:
        head = f"{name[:34]:<34} {kind:<20} stated {Q_(stated, SI).m_as(SHOWN):>5.0f} {SHOWN}"
        if "v" not in res:
            print(f"{head}  {res['why']}")
            continue
        v = res["v"]
        err = "" if res["err"] is None else (
            f" (p50 {100 * res['err']:+.0f} %; power x{1 / (1 + res['err']) ** 3:.2g} for it)")
        print(f"{head}  {res.get('power', '?'):<8} {_estimate(v[1][1])}{err}; "
              + "  ".join(f"x{k}: {v[k][0]}" for k in FACTORS))
    print()


@contextlib.contextmanager
def variant(name: str):
    """The model with variant ``name`` swapped in (:data:`VARIANTS`)."""
    from dronecalc.physics import fixed_wing as fw
    if name not in VARIANTS:
        raise ValueError(f"unknown variant {name!r}; known: {', '.join(VARIANTS)}")
    shipped = fw.top_speed
    if name in DESIGN_DRAG:
        def top_speed(thrust_power, mass, air_density, wing_area, cd0, k, iterations=40):
            """The top speed at eta_p x eta_ratio(C_D(V) / C_D at the design C_L): the cruise
            prior is the design point's efficiency (a propeller sized for cruise or loiter)."""
            cd_design = DESIGN_DRAG[name] * np.asarray(cd0)
            v = shipped(thrust_power, mass, air_density, wing_area, cd0, k, iterations)
            for _ in range(6):                          # a fixed point, eta varies slowly
                cl = fw.lift_coefficient(mass, v, air_density, wing_area)   # SI, the package's g
                ratio = eta_ratio(fw.drag_coefficient(cl, cd0, k) / cd_design)
                v = shipped(np.asarray(thrust_power) * np.where(np.isfinite(v), ratio, 1.0),
                            mass, air_density, wing_area, cd0, k, iterations)
            return v
        fw.top_speed = top_speed
    try:
        yield
    finally:
        fw.top_speed = shipped


def main(argv=None) -> dict:
    return ceiling.measure(argv, __doc__, VARIANTS, variant, data_rows, heldout_rows, table,
                           "top speeds")


if __name__ == "__main__":
    main()
