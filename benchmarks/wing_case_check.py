"""``dronecalc case`` against ``dronecalc check`` on the fixed-wing and VTOL fields (issue 13).

Each of three example cases (a piston wing, an electric quadplane, a dual-wing VTOL) gets one
figure of a wing field replaced by a bad or far value (negative, zero, 1e9, no unit, a wrong
dimension, a number word; unknown words for the text fields), as an input and as a claim. Both
commands run on it in process; a probe disagrees when their exit codes differ, their errors
differ, only one of them says that no claim is judged, or check prints a warning line.

Run: ``PYTHONPATH=$PWD python benchmarks/wing_case_check.py [-v]`` (about a minute)
"""
from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
import tomllib
from pathlib import Path

from dronecalc.cli import main as cli

BASES = {"piston": "examples/cases/shahed-136.toml", "vtol": "examples/cases/deltaquad.toml",
         "dual": "examples/cases/cas-dual-wing-vtol.toml"}
QUANTITIES = {"wingspan": "m", "wing_area": "m^2", "engine_power": "kW", "fuel_volume": "L",
              "fuel_mass": "kg", "warhead_mass": "kg", "cruise_speed": "km/h",
              "service_ceiling": "m"}
TEXTS = ("engine_type", "fuel_type")


def _value(x):
    return json.dumps(x) if isinstance(x, str) else ("true" if x is True else "false"
                                                     if x is False else repr(x))


def dumps(data: dict) -> str:
    """The few TOML shapes of a case file (tables, one level of sub-tables, scalars)."""
    out = []
    for key, table in data.items():
        if key == "figures":
            for ident, fig in table.items():
                out += [f"[figures.{ident}]"] + [f"{k} = {_value(v)}" for k, v in fig.items()]
            continue
        out.append(f"[{key}]")
        for k, v in table.items():
            if isinstance(v, dict):
                out += [f"[{key}.{k}]"] + [f"{a} = {_value(b)}" for a, b in v.items()]
            else:
                out.append(f"{k} = {_value(v)}")
    return "\n".join(out) + "\n"


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli(argv)
    return code, out.getvalue(), err.getvalue().strip()


def values(unit):
    if unit is None:
        return ["banana", "", "12 kg", "electric", "turbojet", "diesel", "two-stroke piston"]
    return [f"-5 {unit}", f"0 {unit}", f"1e9 {unit}", "5 furlongs", "five", "5", "3 s",
            f"200000 {unit}"]


def main(argv=None) -> int:
    verbose = "-v" in (argv if argv is not None else sys.argv[1:])
    probes = disagree = 0
    with tempfile.TemporaryDirectory() as tmp:
        for base, path in BASES.items():
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
            for field, unit in list(QUANTITIES.items()) + [(t, None) for t in TEXTS]:
                for role in ("input", "claim"):
                    for text in values(unit):
                        figs = {k: v for k, v in data["figures"].items() if v["field"] != field}
                        figs["FX"] = {"field": field, "text": text, "quote": text or "x",
                                      "role": role}
                        case = Path(tmp) / "case.toml"
                        case.write_text(dumps({**data, "figures": figs}), encoding="utf-8")
                        a = run(["case", str(case)])
                        b = run(["check", str(case), "--samples", "300"])
                        warned = b[0] == 0 and any(     # a line besides the thin-run one
                            "buildable machines" not in line for line in b[2].splitlines())
                        same = (a[0] == b[0] and (a[2] == b[2] or a[0] == 0)
                                and ("no vehicle model" in a[1]) == ("No Monte Carlo" in b[1])
                                and not warned)
                        probes += 1
                        disagree += not same
                        if verbose and not same:
                            print(f"differ: {base} {field} {role} {text!r}")
    print(f"{probes} probes, {disagree} where case and check disagree")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
