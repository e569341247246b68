"""A spec sheet checked against itself, beside the reference case: what "consistent" looks like.

The DJI Matrice 600's flight times (35 min empty, 16 min with its maximum 6 kg payload, on six
99 Wh packs) come from DJI's own table (examples/cases/dji-matrice-600.toml cites it). A maker's
figures for a machine that flies should come out ``consistent``; the Green Zone report's
figures (examples/cases/green-zone-2021.toml) should not all do so. Same physics, same priors,
same thresholds: only the claims differ.

    python examples/spec_sheet_check.py
"""
from pathlib import Path

import dronecalc

CASES = Path(__file__).resolve().parent / "cases"
SAMPLES, SEED = 20_000, 0


def summary(result) -> list[str]:
    """One line per finding: claims, check, verdict and the numbers behind it."""
    lines = []
    for f in result.findings:
        numbers = ""
        if f.estimate is not None and f.claimed is not None and f.claimed.unit == f.estimate.unit:
            e = f.estimate
            numbers = (f"claimed {f.claimed.text}; model {e.p5:.3g}-{e.p95:.3g} {e.unit} "
                       f"(p5-p95, median {e.p50:.3g})")
        lines.append(f"  {'+'.join(f.claims):<14} {f.check:<11} {f.verdict:<15} {numbers}")
    return lines


def main() -> None:
    spec = dronecalc.check(dronecalc.load_case(CASES / "dji-matrice-600.toml"), SAMPLES, SEED)
    print(dronecalc.format_check(spec))

    report = dronecalc.check(dronecalc.load_case(CASES / "green-zone-2021.toml"), SAMPLES, SEED)
    for result in (spec, report):
        print(result.case["title"])
        print("\n".join(summary(result)))
        print()
    verdicts = {f.verdict for f in spec.findings}
    print(f"Spec sheet: {len(spec.findings)} claims, verdicts {sorted(verdicts)}.")
    print(f"Report:     {len(report.findings)} findings, "
          f"{sum(f.verdict == 'implausible' for f in report.findings)} implausible.")


if __name__ == "__main__":
    main()
