"""Verdicts on makers' multirotor ceilings, doubled and tripled (review 17 item 10).

``dronecalc/data/multirotors.toml`` has no ceiling key; the machines whose sourced text states
a ceiling are listed in :data:`CEILINGS` with where the data quote it. Each machine is
rendered as :mod:`verdicts` renders it (spec sheet; news story: rotors, one mass, mAh), its
flight-time claims replaced by the ceiling as published, x2 and x3, judged leave-one-out
(every fitted prior refitted without the machine). Prints one row per case.
"""
from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

from dronecalc import check, load_case
from dronecalc.priors.calibration import load_multirotors
from dronecalc.priors.holdout import held_out

from verdicts import RENDERINGS, _figure, render, with_supplements

#: name -> (ceiling [m], where the data quote it).
CEILINGS = {
    "DJI Matrice 300 RTK": (5000.0, "figure_sources.propeller_model: 'service ceiling 5000 m "
                                    "with 2110 props (7000 m with 2195 props)'"),
    "DJI Matrice 350 RTK": (5000.0, "figure_sources.propeller_model: 'max flight altitude "
                                    "5000 m with 2110s props (7000 m with 2112 high-altitude "
                                    "props)'"),
}
FACTORS = (1, 2, 3)


def case_text(drone: dict, rendering: str, metres: float) -> str:
    entry = drone["flight_time"][0]
    text = render(drone, entry, rendering)
    text = re.split(r"\n\[figures\.T1\]", text)[0] + "\n"
    return text + "\n".join(_figure(f"C{k}", "service_ceiling", f"{k * metres:g} m", "claim")
                            for k in FACTORS)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    drones = {d["name"]: d for d in with_supplements(load_multirotors())}
    print("| machine | rendering | claim | verdict | model p5-p50-p95 | P | generous |")
    print("|---|---|---|---|---|---|---|")
    for name, (metres, _) in CEILINGS.items():
        with held_out([name]):
            for rendering in RENDERINGS:
                with tempfile.TemporaryDirectory() as tmp:
                    path = Path(tmp) / "case.toml"
                    path.write_text(case_text(drones[name], rendering, metres), "utf-8")
                    result = check(load_case(path), samples=args.samples, seed=args.seed)
                for f in result.findings:
                    if f.check != "ceiling":
                        continue
                    e = f.estimate
                    print(f"| {name} | {rendering} | {f.claimed.text} | {f.verdict} | "
                          f"{e.p5:,.0f}-{e.p50:,.0f}-{e.p95:,.0f} {e.unit} | "
                          f"{100 * f.probability:.0f} % | {f.generous_bound.value:,.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
