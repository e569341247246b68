"""The news story's pack energy drawn jointly, given the mass and the charge (issue 10, newsx2).

A news story gives the rotor count, one mass m and the charge C of one pack (mAh, no voltage).
The checks draw the energy of all packs as E = C x n_s x 3.7 V x k: the cells n_s from the
``cells`` relation at m (``priors.conditioned``, scatter 0.18 in ln) and the pack count k
uniformly over 1 to the most packs any data machine within a factor 2 of m flies, independently.
With no charge stated, E = f x m x e: the battery share f (0.168-0.429, no trend) and the
packs' specific energy e (148-287 Wh/kg below 2 kg, LiPo 130-200 above), also independently.
The hypothesis measured here: these figures are correlated in real machines (an endurance
design has more of everything), so a joint fit would narrow what a doubled flight time can
reach. Everything below is fitted on ``data/multirotors.toml`` and
``data/multirotors_priors.toml`` (every figure sourced there), each machine held out of the
fit that judges it (``priors.holdout.held_out``).

Part 1, the joint given mass and charge: ``ln(E / (C x 3.7 V)) = a + b ln m + c ln C``
(the cell-equivalents of all packs in series, packs folded in), ordinary least squares on the
machines that source m, C and E; its leave-one-out residual scatter; and, per machine, the
share of the prior's draws whose energy reaches 1x, 2x and 3x the machine's own (a proxy of
the true, doubled and tripled flight-time claims: at a fixed mass the flight time is about
proportional to E; the checks' other spread widens it), for the checks' draw as shipped and
for the joint (one pooled scatter; or one scatter below and one above the 2 kg class line).

Part 2, the battery share and the specific energy (no charge stated): their correlation over
the machines that source both (logit f against ln e), and the spread of ln(f e) it implies.

Part 3, the held-out news stories that state a take-off mass
(``tests/fixtures/cases/specs_heldout/``, read only for what the story states, never fitted):
the data machines that tell the same story (mass within x1.5; with a charge, mAh per kg within
x1.25, as ``verdicts.twins``) and how many of them fly the doubled claim.

``--checks pooled`` / ``--checks split`` reruns ``benchmarks/verdicts.py --misses`` and
``benchmarks/verdicts_heldout.py`` with the checks drawing the news story's energy from the
joint: ``cells_percentile`` is read through the joint relation (cell-equivalents, not
rounded) and the pack count is one (the joint holds it). A benchmark-only patch; nothing
shipped changes.

Run::

    python benchmarks/news_energy_joint.py                  # parts 1-2, seconds
    python benchmarks/news_energy_joint.py --checks pooled  # + both verdict benchmarks
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import math
import sys
from pathlib import Path

import numpy as np
from scipy.special import stdtrit

from dronecalc.priors import conditioned
from dronecalc.priors.holdout import held_out
from dronecalc.priors.tables import Prior

CELL_VOLTAGE = 3.7          # LiPo's nominal cell voltage, the checks' with no chemistry stated
SAMPLES = 20000
SEED = 0


def joint_rows(rows=None) -> list[dict]:
    """The machines that source the take-off mass, the charge of one pack and the energy of
    all packs (``conditioned.prior_rows`` keys ``mass``, ``capacity``, ``energy``)."""
    rows = conditioned.prior_rows() if rows is None else rows
    return [r for r in rows if "capacity" in r and "energy" in r]


@functools.cache
def _fit(names: tuple[str, ...]) -> dict:
    rows = [r for r in joint_rows() if r["name"] in names]
    m = np.array([r["mass"] for r in rows])
    c = np.array([r["capacity"] for r in rows])
    y = np.log(np.array([r["energy"] for r in rows]) / (CELL_VOLTAGE * c / 1000.0))
    x = np.column_stack([np.ones_like(m), np.log(m), np.log(c)])
    inverse = np.linalg.inv(x.T @ x)
    coef = inverse @ x.T @ y
    res = y - x @ coef
    n = len(y)
    scatter = math.sqrt(float(res @ res) / (n - 3))
    hat = np.einsum("ij,jk,ik->i", x, inverse, x)
    small = m < conditioned.CLASS_MASSES[0]
    split = tuple(math.sqrt(float(np.sum(res[s] ** 2)) / (s.sum() - 1)) for s in (small, ~small))
    return {"coef": coef, "errors": scatter * np.sqrt(np.diag(inverse)), "inverse": inverse,
            "scatter": scatter, "n": n, "loo": float(np.sqrt(np.mean((res / (1 - hat)) ** 2))),
            "split": split, "split_n": (int(small.sum()), int((~small).sum())),
            "masses": (float(m.min()), float(m.max()))}


def joint_fit() -> dict:
    """The joint relation on the rows in use (the hold-out honoured), cached per hold-out."""
    return _fit(tuple(sorted(r["name"] for r in joint_rows(conditioned.rows_in_use()))))


def joint_equivalents(mass, charge, percentile, mode: str) -> np.ndarray:
    """Cell-equivalents of all packs, E / (C x 3.7 V), at take-off mass ``mass`` [kg], the
    charge of one pack ``charge`` [mAh] and ``percentile`` (0-1) of the joint's Student-t
    prediction distribution (``mode`` "pooled": one scatter; "split": the scatter of the
    machines on the same side of the 2 kg class line), vectorised."""
    f = joint_fit()
    lm, lc = np.log(np.asarray(mass, float)), np.log(np.asarray(charge, float))
    a = f["inverse"]
    leverage = (a[0, 0] + 2 * a[0, 1] * lm + 2 * a[0, 2] * lc + a[1, 1] * lm * lm
                + 2 * a[1, 2] * lm * lc + a[2, 2] * lc * lc)
    centre = f["coef"][0] + f["coef"][1] * lm + f["coef"][2] * lc
    if mode == "pooled":
        scale, dof = f["scatter"], f["n"] - 3
    else:
        small = np.asarray(mass, float) < conditioned.CLASS_MASSES[0]
        scale = np.where(small, f["split"][0], f["split"][1])
        dof = np.where(small, f["split_n"][0] - 1, f["split_n"][1] - 1)
    return np.exp(centre + stdtrit(dof, percentile) * scale * np.sqrt(1.0 + leverage))


def part1() -> None:
    f = _fit(tuple(sorted(r["name"] for r in joint_rows())))
    (a, b, c), (_, sb, sc) = f["coef"], f["errors"]
    print("Part 1. Energy of all packs given the mass and the charge of one pack\n")
    print(f"ln(E / (C x 3.7 V)) = {a:.3g} {b:+.3g} ln(m / 1 kg) {c:+.3g} ln(C / 1 mAh) "
          f"(s.e. {sb:.2g}, {sc:.2g}); residual scatter {f['scatter']:.3f} in ln, leave-one-out "
          f"{f['loo']:.3f}; {f['n']} machines of {f['masses'][0]:.3g}-{f['masses'][1]:.3g} kg")
    print(f"  scatter below / above {conditioned.CLASS_MASSES[0]:g} kg: {f['split'][0]:.3f} "
          f"({f['split_n'][0]} machines) / {f['split'][1]:.3f} ({f['split_n'][1]})")
    print(f"  the same line as ln(E/m) = const {b + c:+.3g} ln(m / 1 kg) {1 + c:+.3g} "
          f"ln(C/m / 1 mAh/kg): at one mass E grows as C^{1 + c:.2f}, not C (a bigger charge "
          "at one mass has fewer cells)\n")
    rng = np.random.default_rng(SEED)
    head = "P(E >= 1x, 2x, 3x its own) [%]"
    print(f"{'machine':<27}{'m kg':>7}{'C mAh':>7}{'E/m':>6}  {'shipped: ' + head:<40}"
          f"{'joint pooled':<20}{'joint split':<20}packs drawn")
    tallies = {k: [0, 0, 0] for k in ("shipped", "pooled", "split")}
    rows = joint_rows()
    for row in rows:
        with held_out([row["name"]]):
            m, c, own = row["mass"], row["capacity"], row["energy"]
            p = rng.uniform(0.005, 0.995, SAMPLES)          # tables.CELLS_PERCENTILES
            cells = np.clip(np.round(conditioned.relations()["cells"].quantile(
                np.full(SAMPLES, m), p)), 1, 30)
            packs = conditioned._packs((m, m))
            k = rng.integers(int(packs.low), int(packs.high) + 1, SAMPLES)
            draws = {"shipped": CELL_VOLTAGE * c / 1000 * cells * k}
            for mode in ("pooled", "split"):
                draws[mode] = CELL_VOLTAGE * c / 1000 * joint_equivalents(
                    np.full(SAMPLES, m), np.full(SAMPLES, c), p, mode)
        cells_out = []
        for key, energy in draws.items():
            share = [float(np.mean(energy >= q * own)) for q in (1, 2, 3)]
            tallies[key][0] += share[0] >= 0.05
            tallies[key][1] += share[1] >= 0.05
            tallies[key][2] += share[2] < 0.001
            cells_out.append(" ".join(f"{100 * s:5.1f}" for s in share))
        print(f"{row['name']:<27}{m:7.3f}{c:7.0f}{own / m:6.1f}  {cells_out[0]:<40}"
              f"{cells_out[1]:<20}{cells_out[2]:<20}1-{packs.high:g}")
    print(f"\nof {len(rows)} machines (each held out): P(E >= own) >= 5 % / P(E >= 2x) >= 5 % / "
          "P(E >= 3x) < 0.1 % (the verdict lines: consistent at 5 %, implausible below 0.1 %)")
    for key, (t, x2, x3) in tallies.items():
        print(f"  {key:<8} {t}/{len(rows)}  {x2}/{len(rows)}  {x3}/{len(rows)}")
    print()


def share_energy_correlation() -> dict:
    """Correlation of logit(battery share) and ln(pack specific energy) over the machines of
    the data that source both: ``r``, its ``t`` (n - 2 d.o.f.), the Fisher 95 % interval
    ``ci``, ``n``, ``r_without_low`` (the machines with a share of 0.25 or more), ``low`` (the
    others, by name), and the standard deviations ``sd_product`` (observed ln(f e)) and
    ``sd_independent`` (what independent draws of the observed ln f and ln e would give)."""
    rows = [r for r in conditioned.prior_rows()
            if "battery_fraction" in r and "specific_energy" in r]
    f = np.array([r["battery_fraction"] for r in rows])
    e = np.array([r["specific_energy"] for r in rows])
    lf, le = np.log(f / (1 - f)), np.log(e)
    n = len(rows)
    r = float(np.corrcoef(lf, le)[0, 1])
    z, se = math.atanh(r), 1 / math.sqrt(n - 3)
    keep = f >= 0.25
    return {"n": n, "r": r, "t": r * math.sqrt((n - 2) / (1 - r * r)),
            "ci": (math.tanh(z - 1.96 * se), math.tanh(z + 1.96 * se)),
            "r_without_low": float(np.corrcoef(lf[keep], le[keep])[0, 1]),
            "low": [x["name"] for x, k in zip(rows, keep) if not k],
            "sd_product": float(np.log(f * e).std(ddof=1)),
            "sd_independent": math.hypot(np.log(f).std(ddof=1), le.std(ddof=1)),
            "masses": (float(min(x["mass"] for x in rows)), float(max(x["mass"] for x in rows)))}


def part2() -> None:
    c = share_energy_correlation()
    print("Part 2. Battery share and pack specific energy (the mass-only story's two draws)\n")
    print(f"{c['n']} machines source both ({c['masses'][0]:.3g}-{c['masses'][1]:.3g} kg); "
          "neither has a trend with mass")
    print(f"  correlation of logit f and ln e: r = {c['r']:+.2f} (t = {c['t']:.2f}, {c['n'] - 2}"
          f" d.o.f.; Fisher 95 % interval {c['ci'][0]:+.2f} to {c['ci'][1]:+.2f})")
    print(f"  without the {len(c['low'])} shares under 0.25 ({', '.join(c['low'])}): r = "
          f"{c['r_without_low']:+.2f} ({c['n'] - len(c['low'])} machines)")
    print(f"  sd of ln(f e), the energy per take-off mass: observed {c['sd_product']:.3f}; "
          f"f and e drawn independently {c['sd_independent']:.3f}")
    print("  a positive correlation widens the product, it does not narrow it: drawn jointly, "
          "more of the mass-only prior reaches a doubled claim, not less\n")


def _story(case: dict) -> tuple[float | None, float | None, float | None]:
    """(mass without payload [kg], charge of one pack [mAh], claim [min]) a held-out case's
    news story states (``verdicts_heldout.render``: one mass, the charge, the first
    flight-time claim); None for a figure it does not give. A bound ("under 250 g") is read
    at its end."""
    from dronecalc.intake.figures import parse
    figures = case.get("figures", {})

    def value(field: str, unit: str) -> float | None:
        for fig in figures.values():
            if fig.get("role") == "input" and fig.get("field") == field:
                f = parse(fig["text"])
                ends = [q.m_as(unit) for q in (f.low, f.high) if q is not None]
                return float(np.sqrt(np.prod(ends))) if len(ends) == 2 else float(ends[0])
        return None
    return value("takeoff_mass", "kg"), value("battery_charge", "mA*h"), next(
        (value_of(f) for f in figures.values()
         if f.get("role") == "claim" and f.get("field") == "flight_time"), None)


def value_of(fig: dict) -> float:
    from dronecalc.intake.figures import parse
    f = parse(fig["text"])
    ends = [q.m_as("min") for q in (f.low, f.high) if q is not None]
    return float(np.mean(ends))


def part3() -> None:
    """Held-out news stories against the data machines that tell the same story."""
    import tomllib
    from dronecalc.priors.calibration import load_multirotors
    folder = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "cases" / "specs_heldout"
    rows = {r["name"]: r for r in conditioned.prior_rows()}
    times = {}
    for drone in load_multirotors():
        unloaded = [e["value"].m_as("min") for e in drone.get("flight_time", [])
                    if e["payload"].m_as("kg") == 0]
        if unloaded and drone["name"] in rows:
            times[drone["name"]] = max(unloaded)
    print("Part 3. Held-out news stories with a take-off mass: the data machines telling the same"
          " story\n(mass within x1.5; with a charge stated, mAh per kg within x1.25, as "
          "verdicts.twins), and the longest flight time each flies unloaded, over the doubled"
          " claim\n")
    for path in sorted(folder.glob("*.toml")):
        mass, charge, claim = _story(tomllib.loads(path.read_text(encoding="utf-8")))
        if mass is None or claim is None:
            continue
        near = []
        for name, minutes in times.items():
            r = rows[name]
            if not 1 / 1.5 <= r["mass"] / mass <= 1.5:
                continue
            if charge is not None and ("capacity" not in r or not 1 / 1.25 <= (
                    r["capacity"] / r["mass"]) / (charge / mass) <= 1.25):
                continue
            near.append((minutes / (2 * claim), name, r["mass"], minutes))
        near.sort(reverse=True)
        story = f"{mass:.3g} kg" + (f", {charge:.0f} mAh" if charge is not None else "")
        reach = sum(1 for x in near if x[0] >= 1.0)
        best = "; ".join(f"{n} {m:.3g} kg {t:g} min (x{q:.2f})" for q, n, m, t in near[:3])
        print(f"  {path.stem:<28} {story:<18} claim {claim:g} min, x2 {2 * claim:g}: "
              f"{reach} of {len(near)} fly it; longest: {best or 'none'}")
    print()


@contextlib.contextmanager
def variant(mode: str = "pooled"):
    """Within the block the checks draw a stated charge's energy from the joint (``mode``
    "pooled" or "split"): ``cells_percentile`` is read through :func:`joint_equivalents`
    (cell-equivalents of all packs, not rounded; the hold-out honoured) and the pack count is
    one. Benchmark-only: the shipped functions are back when the block ends."""
    from dronecalc.engine import machine
    shipped_cells, shipped_packs = machine.cells_from_percentile, conditioned._packs

    def cells_from_percentile(mass, percentile, charge=None):
        if charge is None:
            return shipped_cells(mass, percentile, charge)
        return np.clip(joint_equivalents(mass, charge, percentile, mode), 1.0, 60.0)

    def packs(mass):
        prior = shipped_packs(mass)
        return Prior(1.0, 1.0, "one (the joint energy relation holds the pack count): "
                     + prior.source, judgement=False)

    machine.cells_from_percentile, conditioned._packs = cells_from_percentile, packs
    try:
        yield
    finally:
        machine.cells_from_percentile, conditioned._packs = shipped_cells, shipped_packs


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", choices=("pooled", "split"),
                        help="rerun verdicts.py --misses and verdicts_heldout.py with the joint")
    args = parser.parse_args(argv)
    part1()
    part2()
    part3()
    if args.checks:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import verdicts
        import verdicts_heldout
        with variant(args.checks):
            print(f"=== benchmarks/verdicts.py --misses, joint ({args.checks}) ===")
            verdicts.main(["--misses"])
            print(f"\n=== benchmarks/verdicts_heldout.py, joint ({args.checks}) ===")
            verdicts_heldout.main([])
    return 0


if __name__ == "__main__":
    sys.exit(main())
