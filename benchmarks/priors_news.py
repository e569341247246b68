"""Verdicts on makers' flight times in the news-story rendering: true, doubled, tripled.

For every real machine of ``dronecalc/data/multirotors.toml`` + ``multirotors_priors.toml``
with a sourced take-off mass, capacity per pack and maker's flight time, a case is written as
a news story would give it (the airframe word, or the rotor count when sourced; one mass; the
capacity in mAh; no voltage, cells, packs or chemistry; a ``multirotors_priors.toml`` [[drone]]
entry with no sourced rotor count gets no airframe figure: "quadcopter" would misname the
agricultural octocopters there) with the maker's flight time as the
claim, then doubled, then tripled. Prints the verdicts and the share consistent / implausible.

With ``--leave-one-out`` every prior fitted on real machines is refitted without the machine
being judged (:func:`dronecalc.priors.holdout.held_out`: its cells, battery share, rotor size
and efficiency are then out of the fits). The machines are also in the fit data otherwise:
in-sample numbers.

    PYTHONPATH=$PWD python benchmarks/priors_news.py [--samples 20000] [--leave-one-out]
"""
from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from pathlib import Path

from dronecalc import check, load_case
from dronecalc.priors import calibration

from dronecalc.priors.holdout import held_out

FACTORS = (1, 2, 3)


def machines() -> list[dict]:
    """Machines with a take-off mass, a capacity per pack and a maker's flight time."""
    import tomllib
    from importlib import resources
    out = []
    extra_path = resources.files("dronecalc").joinpath("data", "multirotors_priors.toml")
    extra = tomllib.loads(extra_path.read_text("utf-8")) if extra_path.is_file() else {}
    sup = {s["name"]: s for s in extra.get("supplement", [])}
    for d in calibration.load_multirotors():
        entry = {**{k: v for k, v in d.items()}, **sup.get(d["name"], {})}
        times = [f for f in d["flight_time"] if f["payload"].m_as("kg") == 0]
        cap = entry.get("battery_capacity_per_pack")
        if "takeoff_mass" not in d or cap is None or not times:
            continue
        out.append({"name": d["name"], "mass": f"{d['takeoff_mass']:~P}".replace(" ", " "),
                    "capacity": str(cap) if isinstance(cap, str) else f"{cap.m_as('mAh'):g} mAh",
                    "rotors": d.get("rotors"), "time": times[0]["value"].m_as("min"),
                    "mode": times[0]["mode"]})
    for d in extra.get("drone", []):
        if {"takeoff_mass", "battery_capacity_per_pack", "flight_time"} <= set(d):
            out.append({"name": d["name"], "mass": d["takeoff_mass"],
                        "capacity": d["battery_capacity_per_pack"], "rotors": d.get("rotors"),
                        "time": float(d["flight_time"].split()[0]), "mode": "flight",
                        "airframe": None})
    return out


def case_text(m: dict, minutes: float) -> str:
    rotors = (f'field = "rotors"\ntext = "{m["rotors"]}"' if m.get("rotors")
              else f'field = "airframe"\ntext = "{m.get("airframe", "quadcopter")}"')
    airframe = ('vehicle_kind = "multirotor"\n'        # no airframe word to tell the kind
                if not m.get("rotors") and m.get("airframe", "quadcopter") is None
                else f"[figures.F1]\n{rotors}\nrole = \"input\"\n")
    return f'''[case]
title = "news story: {m['name']}"
source = "benchmark rendering of the maker's figures"
{airframe}
[figures.F2]
field = "takeoff_mass"
text = "{m['mass']}"
role = "input"

[figures.F3]
field = "battery_charge"
text = "{m['capacity']}"
role = "input"

[figures.F4]
field = "flight_time"
text = "{minutes:.4g} min"
role = "claim"
'''


def verdict(m: dict, factor: int, samples: int, folder: Path) -> str:
    path = folder / f"{m['name'].replace(' ', '_')}_x{factor}.toml"
    path.write_text(case_text(m, m["time"] * factor), encoding="utf-8")
    try:
        result = check(load_case(path), samples=samples, seed=0)
    except Exception as exc:             # a case that fails to run is a result here
        return f"failed ({type(exc).__name__}: {exc})"[:60]
    found = [f for f in result.findings if "F4" in f.claims and f.check == "endurance"]
    return found[0].verdict if found else "no finding"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=20000)
    parser.add_argument("--leave-one-out", action="store_true")
    args = parser.parse_args(argv)
    rows = machines()
    table = {f: [] for f in FACTORS}
    with tempfile.TemporaryDirectory() as tmp:
        for m in rows:
            hold = (held_out([m["name"]]) if args.leave_one_out
                    else contextlib.nullcontext())
            with hold:
                got = [verdict(m, f, args.samples, Path(tmp)) for f in FACTORS]
            for f, v in zip(FACTORS, got):
                table[f].append(v)
            print(f"{m['name']:<28} {m['mass']:>8} {m['capacity']:>10} {m['time']:5.0f} min "
                  f"({m['mode']}): " + " | ".join(f"x{f} {v}" for f, v in zip(FACTORS, got)))
    n = len(rows)

    def share(f, word):
        return 100.0 * sum(v == word for v in table[f]) / n
    failed = sum(v.startswith("failed") for f in FACTORS for v in table[f])
    print(f"\n{n} machines, {args.samples} samples, seed 0"
          + (", leave-one-out priors" if args.leave_one_out else ""))
    print(f"true -> consistent {share(1, 'consistent'):.0f} %; x2 -> consistent "
          f"{share(2, 'consistent'):.0f} %; x3 -> implausible {share(3, 'implausible'):.0f} %; "
          f"failed to run {failed} of {3 * n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
