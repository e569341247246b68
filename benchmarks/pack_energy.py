"""Why modern machines' true flight times run low with only a mass stated (issues #10/#12).

With a take-off mass and no battery figure, the checks draw the pack energy as battery share
(``priors.conditioned``, fitted on the data) x the chemistry's specific energy
(``physics.battery.CHEMISTRIES``, LiPo 130-200 Wh/kg when none is stated). This prints, with
numbers, which of the two puts a modern machine low (nothing here changes the model):

1. every pack of the data with a sourced energy and mass: its specific energy, the chemistry
   its source prints (where one does), the battery share and the energy per take-off mass
   E/m; for each, leave-one-out, the percentile of its share under the share prior at its mass
   and the share of the prior's E/m draws (share x the LiPo range) at or above its own;
2. the held-out Mavic 3 Classic spec sheet (46 min at 32.4 km/h, 30 km) as written, with the
   Mavic 3's own 77 Wh pack (data/multirotors.toml) stated, and also at its best speed: which
   of energy and speed carries the miss;
3. ``--widen CHEM ...``: each named chemistry's specific-energy range widened to cover the
   highest pack of that chemistry in the data (its upper end = that pack), then
   ``benchmarks/verdicts.py --misses``-style tables of ``verdicts.py`` and
   ``verdicts_heldout.py`` run in-process with it: the measured trade-off (not shipped).

Run from the repo root: ``PYTHONPATH=$PWD python benchmarks/pack_energy.py [--widen lipo liion]``
(parts 1-2 about 5 s; --widen adds the two benchmarks, about 40 s).
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import tomllib
from importlib import resources
from pathlib import Path

import numpy as np

from dronecalc import check, load_case
from dronecalc.physics import battery
from dronecalc.priors import conditioned
from dronecalc.priors.holdout import held_out

_LABELS = {"lipo": re.compile(r"\bLiPo\b(?![- ]?HV)", re.I), "liion": re.compile(r"Li-?ion", re.I),
           "lihv": re.compile(r"LiHV|LiPo ?HV", re.I)}
CASE = Path("tests/fixtures/cases/specs_heldout/mavic3-classic-dronespec.toml")


def chemistry_labels() -> dict[str, str]:
    """The chemistry a machine's source prints, by machine name: the ``chemistry`` key of
    data/multirotors_priors.toml, else the battery text of data/multirotors.toml's
    ``figure_sources`` and ``notes`` ("'LiPo 4S'", "'Li-ion 6S'", "TB65 is Li-ion")."""
    data = resources.files("dronecalc").joinpath("data")
    out: dict[str, str] = {}
    for d in tomllib.loads(data.joinpath("multirotors.toml").read_text("utf-8"))["drone"]:
        for text in (str(d.get("figure_sources", {}).get("battery_cells", "")),
                     str(d.get("notes", ""))):          # the pack's own label first
            key = next((k for k in ("lihv", "liion", "lipo") if _LABELS[k].search(text)), None)
            if key:
                out[d["name"]] = key
                break
    extra = tomllib.loads(data.joinpath("multirotors_priors.toml").read_text("utf-8"))
    for s in extra.get("supplement", []) + extra.get("drone", []):
        if "chemistry" in s:
            out[s["name"]] = battery_key(s["chemistry"])
    return out


def battery_key(word: str) -> str:
    for key in ("lihv", "liion", "lipo"):
        if _LABELS[key].search(word):
            return key
    raise ValueError(f"unknown chemistry word {word!r}")


def packs() -> list[dict]:
    """Rows of :func:`conditioned.prior_rows` with a pack specific energy, with labels."""
    labels = chemistry_labels()
    rows = [dict(r, chemistry=labels.get(r["name"], "-")) for r in conditioned.prior_rows()
            if "specific_energy" in r and "battery_fraction" in r]
    return sorted(rows, key=lambda r: r["specific_energy"])


def _prior_position(row: dict, n: int = 20000) -> tuple[float, float]:
    """Leave-one-out: the percentile of the row's share under the share prior at its mass,
    and P(E/m >= its own) for share x U(LiPo range), as the checks draw them."""
    with held_out([row["name"]]):
        rel = conditioned.relations()["battery_mass_fraction"]
        grid = np.linspace(0.0005, 0.9995, 1999)
        shares = rel.quantile(np.full(grid.shape, row["mass"]), grid)
        share_pct = float(np.interp(row["battery_fraction"], shares, grid))
        rng = np.random.default_rng(0)
        f = rel.quantile(np.full(n, row["mass"]), rng.uniform(0.0, 1.0, n))
        low, high = battery.CHEMISTRIES["lipo"]["specific_energy_range"]
        e_over_m = f * rng.uniform(low, high, n)
    return share_pct, float(np.mean(e_over_m >= row["energy"] / row["mass"]))


def part1() -> None:
    low, high = battery.CHEMISTRIES["lipo"]["specific_energy_range"]
    print(f"1. packs with a sourced energy and mass (no chemistry stated -> LiPo {low:g}-{high:g}"
          " Wh/kg); leave-one-out share percentile and P(prior E/m >= own)")
    print(f"   {'machine':26s} {'Wh/kg':>6s} chem   share  pct   E/m Wh/kg  P(E/m>=)")
    for r in packs():
        pct, p = _prior_position(r)
        flag = " above range" if r["specific_energy"] > high else ""
        print(f"   {r['name']:26s} {r['specific_energy']:6.1f} {r['chemistry']:5s} "
              f"{r['battery_fraction']:6.3f} {100 * pct:4.0f} % {r['energy'] / r['mass']:7.1f}"
              f"   {100 * p:6.2f} %{flag}")
    by = {}
    for r in packs():
        by.setdefault(r["chemistry"], []).append(r["specific_energy"])
    for key, values in sorted(by.items()):
        rng = battery.CHEMISTRIES.get(key, {}).get("specific_energy_range", "-")
        print(f"   labelled {key}: {len(values)} packs {min(values):.1f}-{max(values):.1f} Wh/kg "
              f"(table range {rng})")


def _band(text: str, samples: int = 20000) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "case.toml"
        path.write_text(text, encoding="utf-8")
        result = check(load_case(path), samples=samples, seed=0)
    out = []
    for f in result.findings:
        if f.claims and f.claims[0] in ("T1", "R1") and f.estimate is not None:
            e = f.estimate
            out.append(f"{f.claims[0]} {f.verdict} {e.p5:.3g}-{e.p50:.3g}-{e.p95:.3g} "
                       f"(P {100 * f.probability:.3g} %)")
    return "; ".join(out)


def part2() -> None:
    text = CASE.read_text("utf-8")
    energy = ('\n[figures.B1]\nfield = "battery_energy"\ntext = "77 Wh"\n'
              'quote = "benchmark: the DJI Mavic 3 pack of data/multirotors.toml"\n'
              'role = "input"\n')
    print("2. Mavic 3 Classic spec sheet (claims T1 46 min at 32.4 km/h, R1 30 km), p5-p50-p95")
    print(f"   as written (mass only):         {_band(text)}")
    print(f"   + the Mavic 3's 77 Wh stated:   {_band(text + energy)}")
    nospeed = re.sub(r'^at_speed = .*\n', "", text + energy, flags=re.M)
    print(f"   + 77 Wh, at its best speed:     {_band(nospeed)}")


def widen(keys: list[str]) -> None:
    """Each chemistry's upper end raised to its highest labelled pack of the data."""
    by: dict[str, float] = {}
    for r in packs():
        by[r["chemistry"]] = max(by.get(r["chemistry"], 0.0), r["specific_energy"])
    for key in keys:
        entry = battery.CHEMISTRIES[key]
        low, high = entry["specific_energy_range"]
        entry["specific_energy_range"] = (low, max(high, round(by.get(key, high), 0)))
        print(f"   --widen {key}: {low:g}-{high:g} -> {low:g}-"
              f"{entry['specific_energy_range'][1]:g} Wh/kg")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--widen", nargs="+", choices=sorted(battery.CHEMISTRIES),
                        help="measure the verdict benchmarks with these ranges widened")
    args = parser.parse_args(argv)
    part1()
    part2()
    if args.widen:
        print("3. widened ranges (not shipped)")
        widen(args.widen)
        part2()
        sys.path.insert(0, str(Path(__file__).parent))
        import verdicts
        import verdicts_heldout
        verdicts.main(["--misses"])
        verdicts_heldout.main([])
    return 0


if __name__ == "__main__":
    sys.exit(main())
