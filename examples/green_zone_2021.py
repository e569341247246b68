"""The reference case end to end: the quadcopter that struck the Iraqi Prime Minister's
residence in Baghdad's Green Zone on 7 November 2021 (figures F1-F12 of the technical report
quoted by Middle East Eye; see examples/cases/green-zone-2021.toml).

Loads the case, runs every check with the library API (100 000 Monte Carlo samples, seed 0),
prints the report, then the few numbers the analysis turns on.

    python examples/green_zone_2021.py
"""
from pathlib import Path

import dronecalc

CASE = Path(__file__).resolve().parent / "cases" / "green-zone-2021.toml"


def main() -> None:
    case = dronecalc.load_case(CASE)
    result = dronecalc.check(case, samples=100_000, seed=0)
    print(dronecalc.format_check(result))

    print("In short")
    print("--------")
    for finding in result.findings:
        numbers = ""
        if finding.estimate is not None and finding.generous_bound is not None:
            e, b = finding.estimate, finding.generous_bound
            unit = f" {e.unit}" if e.unit else ""       # a ratio has none: no double space
            bound_unit = f" {b.unit}" if b.unit else ""
            numbers = (f": estimate {e.p5:.3g}-{e.p95:.3g}{unit} (p5-p95), "
                       f"generous bound {b.value:.3g}{bound_unit}")
        print(f"  {'+'.join(finding.claims):<14} {finding.check:<10} {finding.verdict}{numbers}")


if __name__ == "__main__":
    main()
