"""Verdicts on makers' own flight times, doubled and tripled (issue #10's benchmark).

From ``dronecalc/data/multirotors.toml`` (real machines, every figure sourced), each maker's
flight-time figure becomes a claim three times in one case: as published (should be
*consistent*), doubled (should *not* be consistent) and tripled (should be *implausible*), in
two renderings of the machine:

* **spec sheet**: every figure the data holds for that configuration (rotors, rotor diameter,
  empty and take-off mass, payload, cells, capacity, voltage, energy per pack x packs, packs,
  battery mass, maximum payload as context; redundant figures are cross-checked by dronecalc,
  and the empty and battery mass are left out for a configuration whose packs differ from the
  drone's own); the claim with its own mode (hover or flight) and payload;
* **news story**: what a news story gives: the rotor count (when sourced), one mass (the
  take-off mass of that configuration, else the drone's), the pack capacity in mAh (when
  sourced) and the payload carried; the claim with no mode.

Prints the table of the issue, then one row per case with the three verdicts. A case that
raises is counted as failed to run (with its error); a claim not judged counts as not
consistent and not implausible. Seeded: two runs print the same table.

Run::

    python benchmarks/verdicts.py                 # 2,000 samples per case
    python benchmarks/verdicts.py --samples 20000 --rows
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from dronecalc import DroneCalcError, check, load_case
from dronecalc.priors.calibration import load_multirotors

FACTORS = (1, 2, 3)
RENDERINGS = ("spec sheet", "news story")


def _q(quantity, unit: str) -> str:
    return f"{quantity.m_as(unit):.6g} {unit}"


def _figure(ident: str, field: str, text: str, role: str, **keys) -> str:
    lines = [f"[figures.{ident}]", f"field = {json.dumps(field)}", f"text = {json.dumps(text)}",
             f"role = {json.dumps(role)}"]
    lines += [f"{k} = {json.dumps(v)}" for k, v in keys.items()]
    return "\n".join(lines) + "\n"


def render(drone: dict, entry: dict, rendering: str) -> str:
    """A case file for one published flight time of ``drone``, in one rendering."""
    packs = entry.get("battery_packs", drone.get("battery_packs", 1))
    energy = entry.get("battery_energy_per_pack", drone.get("battery_energy_per_pack"))
    payload = entry["payload"].m_as("kg")
    takeoff = entry.get("takeoff_mass")
    out = ["[case]", f"title = {json.dumps(drone['name'] + ' (' + rendering + ')')}",
           f"source = {json.dumps(drone['source'])}",
           'vehicle_kind = "multirotor"      # data/multirotors.toml: every row is one', ""]
    figs, n = [], 0

    def add(field, text, role="input", **keys):
        nonlocal n
        n += 1
        figs.append(_figure(f"F{n}", field, text, role, **keys))

    if "rotors" in drone:
        add("rotors", str(drone["rotors"]))
    if rendering == "spec sheet":
        same_airframe = "battery_packs" not in entry     # the drone's own configuration
        if "rotor_diameter" in drone:
            add("rotor_diameter", _q(drone["rotor_diameter"], "inch"))
        if "empty_mass" in drone and (same_airframe or takeoff is None):
            add("empty_mass", _q(drone["empty_mass"], "kg"))
        if takeoff is not None:
            add("takeoff_mass", _q(takeoff, "kg"))
        elif "takeoff_mass" in drone:
            add("takeoff_mass", _q(drone["takeoff_mass"] + entry["payload"], "kg"))
        if payload > 0:
            add("payload_mass", _q(entry["payload"], "kg"))
        if "battery_cells" in drone:
            add("cell_count", f"{drone['battery_cells']}S")
        if "battery_capacity_per_pack" in drone:
            add("battery_charge", _q(drone["battery_capacity_per_pack"], "mAh"))
        if "battery_voltage_per_pack" in drone:
            add("battery_voltage", _q(drone["battery_voltage_per_pack"], "V"))
        if energy is not None:
            add("battery_energy", _q(energy * packs, "Wh"))
        if "battery_mass_per_pack" in drone and same_airframe:
            add("battery_mass", _q(drone["battery_mass_per_pack"] * packs, "kg"))
        elif "battery_mass_total" in drone and same_airframe:
            add("battery_mass", _q(drone["battery_mass_total"], "kg"))
        if packs > 1:
            add("pack_count", str(packs))
        if "max_payload" in drone:
            add("max_payload", _q(drone["max_payload"], "kg"), "context")
    else:
        mass = takeoff if takeoff is not None else (
            drone["takeoff_mass"] + entry["payload"] if "takeoff_mass" in drone else None)
        if mass is not None:
            add("takeoff_mass", _q(mass, "kg"))
        elif "empty_mass" in drone:
            add("empty_mass", _q(drone["empty_mass"], "kg"))
        if payload > 0:
            add("payload_mass", _q(entry["payload"], "kg"))
        if "battery_capacity_per_pack" in drone:
            add("battery_charge", _q(drone["battery_capacity_per_pack"], "mAh"))
    minutes = entry["value"].m_as("min")
    for factor in FACTORS:
        keys = {"with_payload": True} if payload > 0 else {}
        if rendering == "spec sheet" and entry.get("mode") == "hover":
            keys["mode"] = "hover"
        figs.append(_figure(f"T{factor}", "flight_time", f"{factor * minutes:.4g} min",
                            "claim", **keys))
    return "\n".join(out) + "\n" + "\n".join(figs)


def judge(text: str, samples: int, seed: int) -> dict[int, str]:
    """Verdict per factor (``"not judged"`` when no finding judges it)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "case.toml"
        path.write_text(text, encoding="utf-8")
        result = check(load_case(path), samples=samples, seed=seed)
    verdicts = {}
    for factor in FACTORS:
        found = [f for f in result.findings if f.check == "endurance"
                 and f.claims == [f"T{factor}"]]
        verdicts[factor] = found[0].verdict if found else "not judged"
    return verdicts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rows", action="store_true", help="print one row per case")
    parser.add_argument("--show", metavar="NAME", help="print the case files of one drone")
    args = parser.parse_args(argv)
    drones = load_multirotors()
    cases = [(d, e) for d in drones for e in d.get("flight_time", [])]
    start = time.perf_counter()
    table, rows = {}, []
    for rendering in RENDERINGS:
        counts = {"cases": 0, "failed": 0, "true": 0, "x2": 0, "x3": 0}
        for drone, entry in cases:
            text = render(drone, entry, rendering)
            if args.show and args.show == drone["name"]:
                print(text)
            counts["cases"] += 1
            try:
                v = judge(text, args.samples, args.seed)
            except DroneCalcError as exc:
                counts["failed"] += 1
                rows.append((rendering, drone["name"], entry, None, str(exc).splitlines()[0]))
                continue
            counts["true"] += v[1] == "consistent"
            counts["x2"] += v[2] == "consistent"
            counts["x3"] += v[3] == "implausible"
            rows.append((rendering, drone["name"], entry, v, ""))
        table[rendering] = counts
    print(f"{len(cases)} published flight times of {len(drones)} machines "
          f"(dronecalc/data/multirotors.toml); {args.samples:,} samples per case, "
          f"seed {args.seed}; {time.perf_counter() - start:.0f} s\n")
    print("| rendering | true -> consistent | x2 -> consistent | x3 -> implausible | "
          "failed to run |")
    print("|---|---|---|---|---|")
    for rendering, c in table.items():
        ran = c["cases"] - c["failed"]
        share = (lambda k: f"{100 * c[k] / ran:.0f} %") if ran else (lambda k: "n/a")
        print(f"| {rendering} | {share('true')} | {share('x2')} | {share('x3')} | "
              f"{c['failed']} of {c['cases']} cases |")
    if args.rows:
        print()
        for rendering, name, entry, v, error in rows:
            label = (f"{entry['value'].m_as('min'):g} min {entry.get('mode', '')}, payload "
                     f"{entry['payload'].m_as('kg'):g} kg")
            result = error or "  ".join(f"x{k}: {v[k]}" for k in FACTORS)
            print(f"{rendering:<11} {name:<38} {label:<34} {result}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
