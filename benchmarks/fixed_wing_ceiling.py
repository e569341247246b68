"""The fixed-wing ceiling model against makers' ceilings, leave one aircraft out (issue 13).

Review 17: a ScanEagle (18 kg, 2 kW piston; maker 19,500 ft, the press 16,000 ft) is judged
against a model band of 16,900-37,500 ft, so a doubled ceiling passes; an electric wing's band
runs to the model's 20 km top (UAVOS Sitaria, maker 6,000 m). This measures how often.

Two sets, each claim rendered three times (x1 should be *consistent*, x2 should not, x3 should
be *implausible*), the verdict the ``ceiling`` finding of ``dronecalc check`` gives:

* **data**: every row of ``dronecalc/data/fixed_wing.toml`` that states a ``ceiling`` and a
  power plant (its ``kind``): a case is written from what the row states (take-off mass, span,
  wing area, engine power, fuel, battery energy, the kind), the ceiling as the claim, and
  checked with the row taken out of the data set (:func:`held_out`: the loader drops it and
  every cached fit is refitted without it), so no fit has seen the aircraft it judges. A row
  whose plant is not sourced (``kind = "fixed-wing"``) is listed apart: no kind is guessed.
* **held-out**: the ``service_ceiling`` claims of ``tests/fixtures/cases/fixed_wing_heldout/``
  (never in the data), checked as ``benchmarks/fixed_wing_heldout.py`` does.

Per kind: the verdict shares and the median |error| of the model's p50 against the stated
figure, (p50 - stated) / stated. Seeded; two runs print the same.

Run::

    PYTHONPATH=$PWD python benchmarks/fixed_wing_ceiling.py [--samples 4000]
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import statistics
import sys
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixed_wing_heldout import FOLDER, claims, judge, render  # noqa: E402
from verdicts_heldout import _estimate, shares  # noqa: E402

import dronecalc  # noqa: E402
from dronecalc import DroneCalcError  # noqa: E402
from dronecalc.intake.units import Q_  # noqa: E402
from dronecalc.priors import fixed_wing as fwp  # noqa: E402

FACTORS = (1, 2, 3)
#: Row keys written into a case as inputs: key -> (case field, unit of the data's SI value).
INPUTS = {"takeoff_mass": ("takeoff_mass", "kg"), "wingspan": ("wingspan", "m"),
          "wing_area": ("wing_area", "m^2"), "engine_power": ("engine_power", "W"),
          "fuel_mass": ("fuel_mass", "kg"), "fuel_volume": ("fuel_volume", "L"),
          "battery_energy": ("battery_energy", "Wh")}


def _clear_caches() -> None:
    """Clear every ``functools`` cache of the loaded dronecalc modules (the fits)."""
    for name, module in list(sys.modules.items()):
        if not (name == "dronecalc" or name.startswith("dronecalc.")) or module is None:
            continue
        for obj in list(vars(module).values()):
            if isinstance(obj, functools._lru_cache_wrapper):
                obj.cache_clear()


@contextlib.contextmanager
def held_out(name: str):
    """The data set without row ``name`` (for every fit) inside the block."""
    original = fwp.parse_fixed_wing

    def without(text, *args, **kwargs):
        return [r for r in original(text, *args, **kwargs) if r["name"] != name]
    fwp.parse_fixed_wing = without
    _clear_caches()
    try:
        yield
    finally:
        fwp.parse_fixed_wing = original
        _clear_caches()


def _text(value: float, unit: str) -> str:
    return f"{value:.6g} {unit}"


def row_case(row: dict) -> dict:
    """A case of what ``row`` states, its ceiling the one claim (F0)."""
    figures, n = {}, 0
    for key, (field, unit) in INPUTS.items():
        if key in row:
            fig = row[key]
            text = _text(fig.low, unit) if fig.low == fig.high else \
                f"{fig.low:.6g}-{fig.high:.6g} {unit}"
            n += 1
            figures[f"F{n}"] = {"field": field, "text": text, "role": "input"}
    if row["kind"] in ("fixed-wing-electric", "vtol-quadplane", "tailsitter"):
        n += 1
        figures[f"F{n}"] = {"field": "engine_type", "text": "electric", "role": "input"}
    elif "two-stroke" in row.get("engine", "").lower():
        n += 1
        figures[f"F{n}"] = {"field": "engine_type", "text": "two-stroke piston", "role": "input"}
    elif "four-stroke" in row.get("engine", "").lower():
        n += 1
        figures[f"F{n}"] = {"field": "engine_type", "text": "four-stroke", "role": "input"}
    figures["F0"] = {"field": "service_ceiling", "text": _text(row["ceiling"].mid, "m"),
                     "role": "claim"}
    return {"case": {"title": row["name"], "source": row["ceiling"].source,
                     "vehicle_kind": row["kind"]}, "figures": figures}


def _p50_m(est) -> float | None:
    """The finding's p50 [m] (pint converts its display unit)."""
    return None if est is None else Q_(est.p50, est.unit).m_as("m")


def judged(case: dict, ident: str, field: str, samples: int, seed: int) -> dict:
    """x1/x2/x3 verdicts of claim ``ident`` of ``field`` (``fixed_wing_heldout.judge``), or
    ``{"why": ...}`` when the case fails to run or the claim is not judged."""
    try:
        v = judge(render(case, ident), field, False, samples, seed)
    except DroneCalcError as exc:
        return {"why": "failed: " + str(exc).splitlines()[0][:160]}
    if v[1][0] == "not judged":
        return {"why": "not judged: " + str(v[1][2])[:160]}
    return v


def run_case(case: dict, ident: str, stated_m: float, samples: int, seed: int) -> dict:
    """x1/x2/x3 verdicts of claim ``ident`` and the p50 error (or why not judged)."""
    v = judged(case, ident, "service_ceiling", samples, seed)
    if "why" in v:
        return v
    p50 = _p50_m(v[1][1])
    return {"v": v, "p50": p50, "err": None if p50 is None else (p50 - stated_m) / stated_m}


def data_rows(samples: int, seed: int, key: str = "ceiling", make_case=None, run=None,
              unit: str = "m") -> list[tuple]:
    """(name, kind, stated, result) of every data row that states ``key``, each judged with
    the row held out of every fit (:func:`held_out`): its case from ``make_case(row)``
    (:func:`row_case`), its claim F0 judged by ``run(case, "F0", stated, samples, seed)``
    (:func:`run_case`). ``stated`` is the row's mid value converted from the data's unit of
    ``key`` (``fwp.FIGURE_UNITS``) to the SI ``unit``. A row whose plant is not sourced is
    listed, not judged."""
    make_case, run = make_case or row_case, run or run_case
    out = []
    for row in fwp.load_fixed_wing():
        if key not in row:
            continue
        stated = Q_(row[key].mid, fwp.FIGURE_UNITS[key]).m_as(unit)
        if row["kind"] == "fixed-wing":
            out.append((row["name"], "plant not sourced", stated,
                        {"why": "not judged: kind 'fixed-wing' (plant not sourced)"}))
            continue
        with held_out(row["name"]):
            out.append((row["name"], row["kind"], stated,
                        run(make_case(row), "F0", stated, samples, seed)))
    return out


def heldout_rows(samples: int, seed: int, field: str = "service_ceiling", unit: str = "m",
                 run=None) -> list[tuple]:
    """(name, kind, stated, result) of every ``field`` claim of the held-out cases
    (:data:`FOLDER`), ``stated`` the mid of its figure in ``unit``, judged by ``run``."""
    from dronecalc.intake.figures import parse
    run = run or run_case
    out = []
    for path in sorted(FOLDER.glob("*.toml")):
        case = tomllib.loads(path.read_text(encoding="utf-8"))
        for ident, fig in claims(case):
            if fig["field"] != field:
                continue
            q = parse(fig["text"])
            stated = 0.5 * (q.low + (q.high if q.high is not None else q.low))
            stated = float(stated.to(unit).magnitude)
            kind = case["case"].get("vehicle_kind") or _kind_of(case)
            out.append((path.stem, kind, stated, run(case, ident, stated, samples, seed)))
    return out


def _kind_of(case: dict) -> str:
    try:
        with _tmp_case(case) as p:
            return dronecalc.load_case(p).kind or "?"
    except DroneCalcError:
        return "?"


@contextlib.contextmanager
def _tmp_case(case: dict):
    import tempfile
    from verdicts_heldout import to_toml
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "case.toml"
        p.write_text(to_toml(case), encoding="utf-8")
        yield p


def table(title: str, rows: list[tuple]) -> None:
    print(f"{title}\n")
    print("| kind | ceilings | judged | true -> consistent | x2 -> consistent | "
          "x3 -> implausible | median abs error of p50 |")
    print("|---|---|---|---|---|---|---|")
    kinds = sorted({r[1] for r in rows})
    for kind in kinds + ["all"]:
        mine = [r for r in rows if kind in ("all", r[1])]
        judged = [r for r in mine if "v" in r[3]]
        errs = [abs(r[3]["err"]) for r in judged if r[3]["err"] is not None]
        med = f"{100 * statistics.median(errs):.0f} % (n={len(errs)})" if errs else "n/a"
        print(f"| {kind} | {len(mine)} | {len(judged)} | "
              f"{shares([r[3]['v'] for r in judged]) if judged else 'n/a | n/a | n/a'} | {med} |")
    print()
    for name, kind, stated, res in rows:
        head = f"{name[:34]:<34} {kind:<19} stated {stated:>7.0f} m"
        if "v" not in res:
            print(f"{head}  {res['why']}")
            continue
        v = res["v"]
        err = "" if res["err"] is None else f" (p50 {100 * res['err']:+.0f} %)"
        print(f"{head}  {_estimate(v[1][1])}{err}; "
              + "  ".join(f"x{k}: {v[k][0]}" for k in FACTORS))
    print()


#: Variants measured beside the shipped model (docs/validation.md, ceilfw): "mtow" every
#: ceiling at the take-off mass (``ceiling_fuel_burnt`` held at 0, the certification reading
#: of "a given weight"); "electric-none" an electric drive whose power does not lapse (the
#: model before ceilfw); "electric-density" one lapsing as sigma (a fixed-pitch propeller at a
#: capped rpm, P = C_P rho n^3 D^5: the steep end). The shipped electric lapse is
#: ``physics.electric_lapse`` (a DC motor's torque-speed line on that propeller).
#: "piston-fixed-pitch" an aspirated piston on a fixed-pitch propeller with a flat torque curve:
#: Gagg-Ferrar g(sigma) is the power at the rated rpm, so the torque lapses as g, the propeller's
#: as sigma n^2, and the rpm falls to n/n0 = sqrt(g / sigma): P/P0 = g sqrt(g / sigma) (a
#: judgement on the propeller and the torque curve, neither of which a source states).
VARIANTS = ("shipped", "mtow", "electric-none", "electric-density", "piston-fixed-pitch")


@contextlib.contextmanager
def variant(name: str):
    """The model with variant ``name`` swapped in (:data:`VARIANTS`)."""
    import numpy as np
    from dronecalc.claims import fixed_wing_engine as fwe
    from dronecalc.engine import fixed_wing as eng
    from dronecalc.physics import fixed_wing as fw
    # getattr: the benchmark also runs on a tree from before physics.electric_lapse
    saved = fwe.CEILING_FUEL_BURNT, getattr(fw, "electric_power_lapse", None)
    piston = fw.piston_power_lapse
    if name == "mtow":
        fwe.CEILING_FUEL_BURNT = eng.Input(
            "ceiling_fuel_burnt", 0.0, 0.0, "prior", "benchmark variant: at take-off mass")
    elif name == "electric-none":
        fw.electric_power_lapse = lambda s, *a: np.ones_like(np.asarray(s, dtype=float))
    elif name == "electric-density":
        fw.electric_power_lapse = lambda s, *a: np.asarray(s, dtype=float)
    elif name == "piston-fixed-pitch":
        def fixed_pitch(sigma):
            sigma = np.asarray(sigma, dtype=float)
            g = piston(sigma)
            with np.errstate(divide="ignore", invalid="ignore"):
                return np.where(sigma > 0, g * np.sqrt(np.clip(g / sigma, 0.0, None)), 0.0)
        fw.piston_power_lapse = fixed_pitch
    try:
        yield
    finally:
        fwe.CEILING_FUEL_BURNT, fw.piston_power_lapse = saved[0], piston
        if saved[1] is not None:
            fw.electric_power_lapse = saved[1]


def measure(argv, description: str, variants: tuple, variant, data_rows, heldout_rows, table,
            what: str) -> dict:
    """The command of a fixed-wing benchmark: parse ``argv`` (--samples, --seed, --variant of
    ``variants``), compute ``data_rows`` and ``heldout_rows`` inside ``variant(name)``, print
    both with ``table``; ``what`` names the figures in the titles ("ceilings")."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--samples", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--variant", choices=variants, default="shipped",
                        help="measure a variant of the model beside the shipped one")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    with variant(args.variant):
        data, held = data_rows(args.samples, args.seed), heldout_rows(args.samples, args.seed)
    print(f"model: {args.variant}; {args.samples:,} samples per case, seed {args.seed}; "
          f"{time.perf_counter() - start:.0f} s\n")
    table(f"Data set {what} (data/fixed_wing.toml), each aircraft left out of every fit", data)
    table(f"Held-out {what} (tests/fixtures/cases/fixed_wing_heldout/)", held)
    return {"data": data, "heldout": held}


def main(argv=None) -> dict:
    return measure(argv, __doc__, VARIANTS, variant, data_rows, heldout_rows, table, "ceilings")


if __name__ == "__main__":
    main()
