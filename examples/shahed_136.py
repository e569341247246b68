"""The second reference case: a Shahed-136 / Geran-2 one-way attack drone as publicly reported
(about 200 kg, a 40-50 kg warhead, a 50 hp piston engine, 185 km/h, 2,000-2,500 km; see
examples/cases/shahed-136.toml for every figure with its quote and source).

Runs every fixed-wing check with the library API (20 000 Monte Carlo samples, seed 0), prints
the report, the estimate of the machine, and what the range verdict rests on.

    python examples/shahed_136.py
"""
from pathlib import Path

import dronecalc

CASE = Path(__file__).resolve().parent / "cases" / "shahed-136.toml"


def main() -> None:
    case = dronecalc.load_case(CASE)
    print(f"vehicle kind: {case.kind} ({case.kind_note})\n")
    result = dronecalc.check(case, samples=20_000, seed=0)
    print(dronecalc.format_check(result))
    print(dronecalc.format_estimate(dronecalc.estimate(case, samples=20_000, seed=0),
                                    details=False))

    print("What the range verdict rests on")
    print("-------------------------------")
    rng = next(f for f in result.findings if f.check == "range")
    rows = [(effect.assumption, f"{effect.low:.3g}-{effect.high:.3g} {effect.unit}".rstrip(),
             f"{effect.result_at_low:,.0f}-{effect.result_at_high:,.0f} {effect.result_unit}")
            for effect in rng.drivers]
    # columns as wide as their longest entry, so that every row lines up whatever the units
    name_width = max(len(name) for name, _, _ in rows)
    span_width = max(len(span) for _, span, _ in rows)
    for name, span, result_span in rows:
        print(f"  {name:<{name_width}}  {span:<{span_width}}  -> {result_span}")


if __name__ == "__main__":
    main()
