"""Top-speed and maximum-payload claims of the held-out spec sheets (issue #10, the drive prior).

Runs the held-out trial of ``benchmarks/verdicts_heldout.py`` (same cases, renderings, seed
and samples) on its ``top_speed`` and ``max_payload`` claims only, and prints their table of
true -> consistent, x2 -> consistent, x3 -> implausible per kind, then every claim with its
three verdicts and the model's p5-p50-p95. Without a stated motor Kv these kinds judge the
drive's full-throttle thrust from the thrust-to-weight prior (``dronecalc/priors/drive.py``,
``dronecalc/data/thrust_to_weight.toml``); before that prior they were "not judged".

Measured (topspeed, 2026-12-01, ``PYTHONPATH=. python benchmarks/top_speed_heldout.py``;
2,000 samples, seed 0; both renderings give the same)::

    before (main 4191b3d): 6 claims (5 top speeds, 1 maximum payload), all "not judged":
            0 % true -> consistent, 0 % x3 -> implausible
    after:  top speed   true 5/5 consistent, x2 1/5 consistent (Bebop 1), x3 5/5 implausible
            max payload true 1/1 consistent, x2 1/1 consistent (md4-200), x3 0/1 implausible
                        (needs checking)
    all 24 claims of verdicts_heldout.py: 62/8/67 % -> 88/17/88 %

Run::

    python benchmarks/top_speed_heldout.py
"""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import verdicts_heldout as trial  # noqa: E402

FIELDS = ("top_speed", "max_payload")


def main(samples: int = 2000, seed: int = 0) -> int:
    cases = [(p.stem, tomllib.loads(p.read_text(encoding="utf-8")))
             for p in sorted(trial.FOLDER.glob("*.toml"))]
    rows = []
    for name, case in cases:
        for ident, fig in trial.claims(case):
            if fig["field"] not in FIELDS:
                continue
            for rendering in trial.RENDERINGS:
                v = trial.judge(trial.render(case, ident, rendering), fig["field"],
                                samples, seed)
                rows.append((rendering, name, ident, fig, v))
    for field in FIELDS:
        trial._table(f"{field} claims", [r for r in rows if r[3]["field"] == field])
    for rendering, name, ident, fig, v in rows:
        print(f"{rendering:11s} {name:28s} {ident} {fig['field']} {fig['text']:10s} "
              f"{trial._estimate(v[1][1])}; "
              + "  ".join(f"x{k}: {v[k][0]}" for k in trial.FACTORS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
