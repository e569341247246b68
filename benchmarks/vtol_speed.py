"""VTOL speed claims against the power available (issue 13, vtolspeed): each speed claim of a
case rendered alone as stated, doubled and tripled (x1 should be *consistent*, x2 not, x3
*implausible*), the verdict and the share of machines that reach it.

Default: the DeltaQuad's maker figures (``examples/cases/deltaquad.toml``: F8 cruise 65 km/h,
F9 top speed 100 km/h; no motor power stated, so judged against the cruise motor the electric
power-loading law infers, claims/fixed_wing_vtol_power.py). Seeded; two runs print the same.

Run::

    PYTHONPATH=$PWD python benchmarks/vtol_speed.py [CASE.toml] [--samples 100000]
"""
from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

import dronecalc

ROOT = Path(__file__).resolve().parents[1]
SPEEDS = ("speed", "cruise_speed", "top_speed")


def blocks(text: str) -> list[str]:
    return re.split(r"(?=^\[figures\.)", text, flags=re.M)


def alone(text: str, fid: str, factor: int) -> str:
    """The case text with only claim ``fid`` left among the claims, its number x ``factor``."""
    out = []
    for b in blocks(text):
        if b.startswith("[figures.") and 'role = "claim"' in b \
                and not b.startswith(f"[figures.{fid}]"):
            continue
        if b.startswith(f"[figures.{fid}]"):
            b = re.sub(r'text = "([0-9.]+)', lambda m: f'text = "{float(m[1]) * factor:g}', b,
                       count=1)
        out.append(b)
    return "".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("case", nargs="?", default=str(ROOT / "examples/cases/deltaquad.toml"))
    ap.add_argument("--samples", type=int, default=100_000)
    args = ap.parse_args()
    text = Path(args.case).read_text(encoding="utf-8")
    case = dronecalc.load_case(args.case)
    print(f"{Path(args.case).name}: {args.samples:,} samples, seed 0")
    with tempfile.TemporaryDirectory() as tmp:
        for fig in case.claims.values():
            if fig.field not in SPEEDS:
                continue
            cells = []
            for k in (1, 2, 3):
                path = Path(tmp) / f"{fig.id}_{k}.toml"
                path.write_text(alone(text, fig.id, k), encoding="utf-8")
                result = dronecalc.check(dronecalc.load_case(path), samples=args.samples)
                found = [f for f in result.findings if fig.id in f.claims and f.check == "speed"]
                cells.append(f"x{k}: " + (f"{found[0].verdict} ({100 * found[0].probability:.4g} %)"
                                          if found else "not judged"))
            print(f"{fig.id} {fig.field} {fig.text}: " + "; ".join(cells))


if __name__ == "__main__":
    main()
