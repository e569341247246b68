"""What a data-driven drag-area prior would do to the checks (issue 12, 13th round; measured,
not shipped).

The measured power curves bound the drag-area coefficient above (about 0.016 m^2 at 1 kg)
but not below (``priors.curve_check.drag_area_profile``), so the checks keep the guessed
0.01-0.05 of ``airframe.DRAG_AREA_PARAMETERS``. This script measures the variants of
docs/validation.md (13th round) without touching the tree: it exports the committed tree
(``git archive HEAD``) to a temporary directory, sets the variant's constants there, regenerates
``data/calibrated.toml`` twice (with a moved prior the calibration reads the file it rewrites;
the second pass is the fixed point), then runs ``benchmarks/accuracy.py`` (sections A and B),
``benchmarks/verdicts.py`` and ``benchmarks/baseline_json.py`` there (against this checkout's
own ``check --json`` now, or ``--baseline DIR``) and prints their summary lines.

Variants (the joint fit of drag area and rotor drag on all three curves: f = 0.0077 m^2 at
1 kg, ln sd 0.74, p5-p95 0.0023-0.026; at that median the shipped curves give c = 0.0261,
p5-p95 0.0235-0.0287 s/m):

* ``V1``: f uniform 0.0023-0.026, the rotor drag drawn given f by the rotor-drag law
  (``conditioned.ROTOR_DRAG_GIVEN_DRAG_AREA = True``; its grid 0.0025-0.025);
* ``V2``: f uniform 0.0023-0.026 only (the refit rotor drag follows for machines with a
  stated rotor size; the default, used without one, stays 0.0135);
* ``V3``: V2 with the default rotor drag moved to the refit (``rotor_terms.ROTOR_DRAG``
  0.0261, range 0.0235-0.0287).

Run: ``PYTHONPATH=$PWD python benchmarks/drag_area_variants.py [V1 V2 V3] [--baseline DIR]``
(about 1.5 min per variant on one core).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_F = ('"coefficient": 0.02, "range": (0.01, 0.05),',
      '"coefficient": 0.0077, "range": (0.0023, 0.026),')
_LAW = ("ROTOR_DRAG_GIVEN_DRAG_AREA = False", "ROTOR_DRAG_GIVEN_DRAG_AREA = True")
_GRID = ("DRAG_AREA_GRID = _prior_grid()",
         "DRAG_AREA_GRID = tuple(round(0.0025 + 0.0025 * i, 4) for i in range(10))")
_C = ('"value": 0.0135, "range": (0.0105, 0.0165)', '"value": 0.0261, "range": (0.0235, 0.0287)')
AIRFRAME, CONDITIONED = "dronecalc/physics/airframe.py", "dronecalc/priors/conditioned.py"
EFFICIENCY, ROTOR = "dronecalc/priors/efficiency_fit.py", "dronecalc/physics/rotor_terms.py"

#: Each variant's edits: (file, old text, new text); every old text must occur exactly once.
VARIANTS = {
    "V1": [(AIRFRAME, *_F), (CONDITIONED, *_LAW), (EFFICIENCY, *_GRID)],
    "V2": [(AIRFRAME, *_F)],
    "V3": [(AIRFRAME, *_F), (ROTOR, *_C)],
}


def _run(tree: Path, *args: str, ok: tuple[int, ...] = (0,)) -> str:
    """The step's output; a step that fails stops the run with its error (review 12: a
    failed step had been printed as a measurement). baseline_json exits 1 on a difference."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    out = subprocess.run([sys.executable, *args], cwd=tree, env=env, capture_output=True,
                         text=True)
    if out.returncode not in ok:
        raise SystemExit(f"step {' '.join(args)} failed (exit {out.returncode}):\n"
                         + out.stderr[-2000:])
    return out.stdout + out.stderr


def measure(name: str, baseline: str) -> str:
    """The variant's summary lines (A, B, verdicts, examples' JSON)."""
    with tempfile.TemporaryDirectory(prefix=f"dronecalc-{name}-") as tmp:
        tree = Path(tmp)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", "HEAD"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        for rel, old, new in VARIANTS[name]:
            path = tree / rel
            text = path.read_text(encoding="utf-8")
            if text.count(old) != 1:
                raise SystemExit(f"{name}: {rel} does not hold {old!r} exactly once; the "
                                 "variant no longer applies to this tree")
            path.write_text(text.replace(old, new), encoding="utf-8")
        for _ in range(2):
            _run(tree, "-m", "dronecalc.priors.calibration", "--write")
        acc = _run(tree, "benchmarks/accuracy.py").splitlines()
        keep = [x for x in acc if x.startswith(("priors only:", "stated rotor size:"))
                or "same without the Alta X payload sweep" in x]
        verd = [x for x in _run(tree, "benchmarks/verdicts.py").splitlines()
                if x.startswith(("| spec sheet", "| news story"))]
        against = ([baseline] if baseline else ["--against", str(ROOT)])
        js = [x for x in _run(tree, "benchmarks/baseline_json.py", *against, ok=(0, 1)).splitlines()
              if ".verdict:" in x or (x and not x.startswith(" "))]
        return "\n".join([f"=== {name}: " + "; ".join(f"{r} {o!r} -> {n!r}"
                                                     for r, o, n in VARIANTS[name])]
                         + keep + verd + js)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*", default=sorted(VARIANTS),
                        choices=sorted(VARIANTS))
    parser.add_argument("--baseline", default="",
                        help="directory of NAME.json baselines for baseline_json.py (default: "
                             "compare with check --json run from this checkout now)")
    args = parser.parse_args(argv)
    for name in args.variants:
        print(measure(name, args.baseline), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
