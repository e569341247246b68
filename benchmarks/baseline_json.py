"""``dronecalc check --json`` of every example case against a saved baseline, "path" ignored.

Run: ``PYTHONPATH=$PWD python benchmarks/baseline_json.py [BASELINE_DIR]`` (default
``/work/baseline``, one ``NAME.json`` per ``examples/cases/NAME.toml``, made with
``dronecalc check --json`` from another checkout, so the case's "path" differs), or
``... baseline_json.py --against TREE`` to compare with ``check --json`` run from another
checkout now (its own ``examples/cases``). Prints, per case, "identical" or each differing
entry (its JSON path, both values and, for two numbers, their relative difference); exits 1
if any case differs.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def differences(a, b, where="$"):
    """(path, a, b) of every leaf where ``a`` and ``b`` differ; dict key "path" skipped."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key == "path":
                continue
            yield from differences(a.get(key), b.get(key), f"{where}.{key}")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            yield from differences(x, y, f"{where}[{i}]")
    elif a != b:
        yield where, a, b


def check_json(tree: Path, case: Path):
    """``dronecalc check --json case`` run from ``tree`` (its package on the path)."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    run = subprocess.run([sys.executable, "-m", "dronecalc", "check", "--json", str(case)],
                         capture_output=True, text=True, cwd=tree, env=env)
    return json.loads(run.stdout)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    against = Path(argv[1]) if argv[:1] == ["--against"] else None
    base = Path(argv[0]) if argv and against is None else Path("/work/baseline")
    failed = 0
    for case in sorted((ROOT / "examples" / "cases").glob("*.toml")):
        if against is not None:
            other = against / "examples" / "cases" / case.name
            if not other.exists():
                print(f"{case.stem}: not in {against}")
                continue
            before = check_json(against, other)
        else:
            saved = base / f"{case.stem}.json"
            if not saved.exists():
                print(f"{case.stem}: no baseline")
                continue
            before = json.loads(saved.read_text())
        now = check_json(ROOT, case)
        diff = list(differences(before, now))
        if not diff:
            print(f"{case.stem}: identical")
            continue
        failed += 1
        print(f"{case.stem}: {len(diff)} difference(s)")
        for where, old, new in diff:
            rel = ""
            if isinstance(old, (int, float)) and isinstance(new, (int, float)) and old:
                rel = f"  (relative {abs(new - old) / abs(old):.1e})"
            print(f"  {where}: {old!r} -> {new!r}{rel}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
