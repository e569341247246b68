"""Where the news story's flight-time band is wide, and a bound on the pack energy per kg
(issue 10, newsx2 second attempt; benchmark only, nothing shipped).

Part 1 (default): every news-story case of ``benchmarks/verdicts.py`` that misses (the
machine held out of every fit), with, over the run's kept machines, the share of the
variance of ln(flight time) each unstated quantity explains alone (R^2 of a one-variable
least-squares fit on its ln): pack energy of all packs, battery share, packs' specific
energy, hover efficiency FM x drive efficiency, rotor diameter; and the reachability
numbers: the machine's own pack energy per kg of take-off mass E/m (data), the E/m its
doubled and tripled claim need at the same efficiency (2x, 3x), and the highest E/m of the
data's other machines of the same class (below 2 kg, 2-20 kg, 20 kg and more) and overall.

Part 2 (``--cap pooled|class``): the checks with a data-sourced bound on E/m drawn on every
conditioned case (today only below 2 kg with no battery stated, ``priors.pack_energy``):
the highest E/m of the data's machines (all of them, or those of the same class), the
machine judged held out; then ``verdicts.main([])``. A benchmark-only patch of
``priors.describe.choose_priors``, restored when it ends.

Run::

    python benchmarks/news_posterior.py              # part 1, about 40 s
    python benchmarks/news_posterior.py --cap pooled # + verdicts.py with the bound
"""
from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import verdicts as V  # noqa: E402

from dronecalc import DroneCalcError, check, load_case  # noqa: E402
from dronecalc.engine.machine import vehicle  # noqa: E402
from dronecalc.priors import conditioned, describe  # noqa: E402
from dronecalc.priors.holdout import held_out  # noqa: E402
from dronecalc.priors.tables import Prior  # noqa: E402

J_PER_WH = 3600.0


def _class(mass: float) -> int:
    return int(sum(mass >= line for line in conditioned.CLASS_MASSES))


def energy_rows() -> list[dict]:
    """Machines (held out excepted) sourcing the take-off mass and the energy of all packs."""
    return [r for r in conditioned.rows_in_use() if "energy" in r]


def highest_energy_per_mass(mass: float | None, mode: str) -> tuple[float, str]:
    """(highest E/m [Wh/kg], machine) of :func:`energy_rows`: all of them (``mode``
    "pooled") or those of the class of ``mass`` ("class")."""
    rows = energy_rows()
    if mode == "class" and mass is not None:
        rows = [r for r in rows if _class(r["mass"]) == _class(mass)] or rows
    best = max(rows, key=lambda r: r["energy"] / r["mass"])
    return best["energy"] / best["mass"], best["name"]


def _run(text: str, samples: int, seed: int):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "case.toml"
        path.write_text(text, encoding="utf-8")
        return check(load_case(path), samples=samples, seed=seed)


def _r2(y: np.ndarray, x: np.ndarray) -> float:
    x = np.log(x)
    if not np.all(np.isfinite(x)) or np.std(x) < 1e-12:
        return 0.0
    return float(np.corrcoef(y, x)[0, 1] ** 2)


def part1(samples: int, seed: int) -> None:
    drones = V.with_supplements(V.load_multirotors())
    own = {r["name"]: r for r in conditioned.prior_rows()}
    print("news-story misses, each machine held out: R^2 of ln(flight time) on each unstated"
          " quantity alone;\nE/m own / needed for x2, x3 / highest other in class / overall"
          " [Wh/kg]\n")
    for drone in drones:
        for entry in drone.get("flight_time", []):
            text = V.render(drone, entry, "news story")
            with held_out([drone["name"]]):
                try:
                    result = _run(text, samples, seed)
                except DroneCalcError as exc:
                    print(drone["name"], "failed:", str(exc).splitlines()[0])
                    continue
                found = {f.claims[0]: f for f in result.findings
                         if f.check == "endurance" and len(f.claims) == 1}
                v = {k: (found[f"T{k}"].verdict, found[f"T{k}"].estimate,
                         found[f"T{k}"].probability) for k in V.FACTORS}
                if not V.missed(v):
                    continue
                t = np.log(result.samples.values(found["T1"]).m_as("min"))
                car = vehicle(result.samples.monte_carlo.values, True)
                dry = np.asarray(car.empty_mass + car.battery_mass, float)
                quantities = {
                    "pack energy": car.battery_energy,
                    "battery share": car.battery_mass / dry,
                    "specific energy": car.battery_energy / car.battery_mass,
                    "FM x drive": car.figure_of_merit * car.drive_efficiency,
                    "rotor diameter": car.rotor_diameter}
                r2 = {k: _r2(t, np.broadcast_to(np.asarray(q, float), t.shape))
                      for k, q in quantities.items()}
                em = np.asarray(car.battery_energy, float) / J_PER_WH / dry
                cls, cls_name = highest_energy_per_mass(float(np.median(dry)), "class")
                top, top_name = highest_energy_per_mass(None, "pooled")
            row = own.get(drone["name"], {})
            e_own = row["energy"] / row["mass"] if "energy" in row else float("nan")
            minutes = entry["value"].m_as("min")
            est = v[1][1]
            verdict = " ".join(f"x{k} {v[k][0]} {100 * v[k][2]:.2g}%" for k in V.FACTORS)
            print(f"{drone['name']} {minutes:g} min, payload {entry['payload'].m_as('kg'):.3g}"
                  f" kg: model {est.p5:.3g}-{est.p50:.3g}-{est.p95:.3g} min; {verdict}")
            print("    R^2 " + ", ".join(f"{k} {x:.2f}" for k, x in
                                        sorted(r2.items(), key=lambda kv: -kv[1])))
            print(f"    drawn E/m p5-p50-p95 {np.percentile(em, 5):.3g}-"
                  f"{np.percentile(em, 50):.3g}-{np.percentile(em, 95):.3g}; own {e_own:.3g},"
                  f" x2 {2 * e_own:.3g}, x3 {3 * e_own:.3g}; highest other: class "
                  f"{cls:.3g} ({cls_name}), all {top:.3g} ({top_name})")


@contextlib.contextmanager
def capped(mode: str):
    """Within the block every conditioned case draws under the E/m bound of
    :func:`highest_energy_per_mass` (``mode``), the hold-out honoured."""
    shipped = describe.choose_priors

    def choose(vehicle_class, inputs, carried=None):
        label, priors, cond = shipped(vehicle_class, inputs, carried)
        if cond:
            mass = describe.stated_mass(inputs)
            value, name = highest_energy_per_mass(
                None if mass is None else float(np.sqrt(mass[0] * mass[1])), mode)
            cond = {**cond, "max_energy_per_mass": Prior(
                value, value, f"highest E/m of the data ({mode}): {name}", judgement=False)}
        return label, priors, cond

    describe.choose_priors = choose
    try:
        yield
    finally:
        describe.choose_priors = shipped


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cap", choices=("pooled", "class"))
    parser.add_argument("--no-part1", action="store_true")
    args = parser.parse_args(argv)
    if not args.no_part1:
        part1(args.samples, args.seed)
    if args.cap:
        with capped(args.cap):
            print(f"\n=== benchmarks/verdicts.py --misses, E/m bound ({args.cap}) ===")
            V.main(["--misses", "--samples", str(args.samples), "--seed", str(args.seed)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
