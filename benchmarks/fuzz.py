"""Fuzz run: bad input must give a clear library error or a right answer, fast.

Run: ``PYTHONPATH=. python benchmarks/fuzz.py --inputs 100000`` (2-5 minutes: 105 s on a
shared 2-core machine). Generates, from one seed, figure strings for
:func:`dronecalc.intake.figures.parse` and :func:`dronecalc.intake.fields.read_figure`
(grammar-built figures, random mutations of them, unicode, and long inputs up to 100 KB built
from the patterns that were once quadratic), mutated case files for
:func:`dronecalc.load_case` (valid example cases with values changed in type, nesting, size
and encoding, keys removed, added and renamed, bytes flipped, plus FIFOs, ``/dev/null`` and
directories), mutated article excerpts for :func:`dronecalc.intake.extract.extract` (each
draft then loaded as a case file: a draft the case reader refuses is ``BAD DRAFT``; option
``--articles``, from its own seed so that the other targets' inputs stay the same) and
command lines for :func:`dronecalc.cli.main` (mutated cases, well-formed
cases with extreme figures, bad options, bad report paths; a few as real subprocesses, to
see exit codes and stderr as a user does). fuzz8's families (``benchmarks/fuzz_families.py``,
option ``--families``, from seed + 2): ``figure-forms`` (figures of known reading in every dash,
space and digit form, checked against it: ``BAD MISREAD``), ``case-forms`` (encodings, TOML
forms, invisible characters, binary files), ``field-role-kind`` (every field x role x kind,
checked: a claim with no finding and no "not judged" is ``BAD NO VERDICT``), ``cli-forms``
and ``extract-files`` (binary, UTF-16, huge, HTML files drafted, then the draft checked).

Each input ends in one outcome:

``ok``
    a result;
``library-error``
    a :class:`~dronecalc.errors.DroneCalcError` (for the CLI: exit 2 with a one-line
    ``dronecalc: error`` message, or argparse's usage error);
``safety-net``
    a library error raised by a catch-all rather than by the code that knows the problem
    (``read_figure``'s "unforeseen" pint error, the CLI's "internal error"): counted apart,
    since each one is a bug to fix at its root;
``NON-LIBRARY <type>``
    any other exception, or a CLI run ending with another exit code or a traceback;
``BAD OUTPUT``
    a CLI run that succeeded but printed NaN (JSON that strict parsing refuses, or "nan" or
    "n/a" in the text: a number that was not found, printed as a number);
``slow``
    over :data:`SLOW` seconds of this process's CPU time (the work an input costs: on the
    shared 2-core machine the wall time of the same call varies by 2-3x with the other
    sessions' load) (also counted under its outcome; for extract, :data:`SLOW` per
    25 KB of article, since reading a text is linear in its length); parse, read_figure,
    load_case and extract only: a CLI run's time is mostly its Monte Carlo and, in a subprocess, the
    interpreter's start, so CLI times are shown, not judged.

Prints the counts by target and outcome, the slowest input of each target and overall, and
exits 1 when any input is NON-LIBRARY, safety-net or slow.
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import datetime as dt
import io
import json
import math
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dronecalc import DroneCalcError, cli, load_case  # noqa: E402
from dronecalc.intake.fields import FIELDS, read_figure  # noqa: E402
from dronecalc.intake.extract import extract  # noqa: E402
from dronecalc.intake.figures import parse  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fuzz_families as families  # noqa: E402

#: An input slower than this [s] is a failure.
SLOW = 1.0
#: An input slower than this [s] is stopped (SIGALRM) and counted as a hang.
HANG = 20

CASES = sorted((ROOT / "examples" / "cases").glob("*.toml"))
ARTICLES = sorted([*(p for p in (ROOT / "tests" / "fixtures" / "articles").rglob("*")
                     if p.suffix in (".txt", ".html")),
                   *(ROOT / "tests" / "fixtures" / "cases" / "trials_new2").glob("*.txt")])
#: Header and row-label units of generated spec tables (intake.tables reads them): real ones,
#: spellings parse refuses, and junk.
TABLE_UNITS = ["g", "kg", "V", "Ah", "Wh", "mAh", "km/h", "min", "lb", "m/s", "in", "°C", "%",
               "MAH", "furlongs", "x", "W x H", "No FPV", "", "1", "kg/m^2", "μs"]

QUALIFIERS = ["", "", "", "about ", "approximately ", "~", "≈ ", "over ", "more than ",
              "at least ", "> ", ">= ", "≥", "up to ", "under ", "< ", "no more than ",
              "max. ", "min. ", "circa ", "nearly ", "about about ", "over under "]
SEPARATORS = ["-", "–", "—", " to ", "~", "..", " - ", " ~ ", "--", " to to "]
UNITS = ["kg", "g", "lb", "lbs", "km", "m", "mi", "in", '"', "inch", "km/h", "kph", "kmh",
         "mph", "knots", "kt", "kn", "kN", "KN", "Kn", "m/s", "min", "mins", "h", "hr", "s",
         "sec", "mAh", "mah", "MAh", "MAH", "Mah", "Ah", "Wh", "wh", "kWh", "MWh", "mWh",
         "MWH", "V", "kV", "MV", "mV", "Kv", "KV", "kv", "rpm", "rpm/V", "degC", "°C", "°F",
         "K", "delta_degC", "N", "kgf", "gf", "S", "s", "cell", "cells", "kilocell", "W",
         "kW", "dB", "dB/m", "dBm", "%", "percent", "ppm", "rad", "m^2", "m**2", "kg/m^3",
         "kilometres per hour", "degrees celsius", "siemens", "Np", "octave", "", "",
         "blargh", "m^123", "kg*m/s^2", "1/s", "Hz", "ft", "'", "nmi", "yd"]
NUMBERS = ["0", "1", "3", "4", "6", "12", "25", "60", "320", "1,200", "18,500", "1e3",
           "1e306", "1e-300", "1e309", "-5", "+7", ".5", "5.", "0.0001", "123456789012",
           "1_000", "NaN", "inf", "-inf", "1,23,4", "12,345,678", "00012", "3.14159265358979"]
JUNK = "0123456789.,-+~–—eE kmgsShVvKWMA/°C\"'<>=^*()nainfabout≈≥≤\t\n\u00a0\u2212_#[]{}\\é中"


#: Units that fit each field's dimension, so that read_figure also meets readable figures.
FIELD_UNITS = {
    "rotors": ["", "", "rotors"], "cell_count": ["S", "s", "cells", "", "kilocell"],
    "pack_count": ["", "packs"], "rotor_diameter": ["in", '"', "inch", "cm", "mm", "m"],
    "takeoff_mass": ["kg", "g", "lb"], "empty_mass": ["kg", "g"], "payload_mass": ["kg", "g"],
    "battery_mass": ["kg", "g"], "battery_charge": ["mAh", "mah", "MAh", "MAH", "Ah"],
    "battery_energy": ["Wh", "kWh", "MWh", "mWh", "MWH"], "battery_voltage": ["V", "kV", "mV"],
    "motor_kv": ["Kv", "KV", "kV", "kilovolts", "rpm", "rpm/V"],
    "speed": ["km/h", "mph", "kn", "KN", "kN", "m/s", "knots"],
    "distance": ["km", "m", "mi", "nmi"], "range": ["km", "m", "mi"],
    "flight_time": ["min", "h", "s", "hrs"], "air_temperature": ["degC", "°C", "°F", "K",
                                                                  "delta_degC"],
    "altitude": ["m", "ft", "km"], "radio_range": ["km", "m", "mi"],
}


def field_figure(rng: random.Random, field: str) -> str:
    """A figure for ``field``: usually in one of its units, otherwise any figure."""
    if field in FIELD_UNITS and rng.random() < 0.6:
        q = rng.choice(QUALIFIERS[:12])
        a = rng.choice(NUMBERS[:12] + [str(rng.randint(0, 500)), f"{rng.uniform(0, 90):.1f}"])
        u = rng.choice(FIELD_UNITS[field])
        text = f"{q}{a} {u}" if rng.random() < 0.7 else \
            f"{q}{a}-{float(a.replace(',', '')) * rng.choice([1.2, 2, 0.5]):g} {u}"
        return mutate_text(rng, text) if rng.random() < 0.15 else text
    return figure_text(rng)


def figure_text(rng: random.Random) -> str:
    """A figure string: grammar-built, then possibly mutated, sometimes very long."""
    roll = rng.random()
    if roll < 0.03:
        return long_text(rng)
    q = rng.choice(QUALIFIERS)
    a, u = rng.choice(NUMBERS), rng.choice(UNITS)
    if rng.random() < 0.3:
        b = rng.choice(NUMBERS)
        ua = rng.choice(["", "", f" {u}"])
        text = f"{q}{a}{ua}{rng.choice(SEPARATORS)}{b}{rng.choice(['', ' '])}{u}"
    elif rng.random() < 0.1:
        text = f"{a}+ {u}"
    else:
        text = f"{q}{a}{rng.choice(['', ' ', '  '])}{u}"
    if roll < 0.45:
        text = mutate_text(rng, text)
    return text


def mutate_text(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 4)):
        op = rng.random()
        pos = rng.randint(0, len(chars))
        if op < 0.4:
            chars.insert(pos, rng.choice(JUNK))
        elif op < 0.7 and chars:
            del chars[min(pos, len(chars) - 1)]
        elif chars:
            chars[min(pos, len(chars) - 1)] = rng.choice(JUNK)
    if rng.random() < 0.05:
        chars.insert(rng.randint(0, len(chars)), chr(rng.randint(0x80, 0x2FFF)))
    return "".join(chars)


def long_text(rng: random.Random) -> str:
    """Long inputs from the patterns that were once quadratic, 1 KB to 100 KB."""
    n = rng.choice([1_000, 10_000, 100_000])
    pattern = rng.choice([
        lambda: "1" + ",234" * (n // 4) + ",5 kg", lambda: "~" * n + "1 kg",
        lambda: "about " * (n // 6) + "1 kg", lambda: "1 " + "a" * n,
        lambda: "1" + " " * n + "kg", lambda: "1 kg" + "^2" * (n // 2),
        lambda: "1-" * (n // 2), lambda: "1 " + "m^2 " * (n // 4) + "- 2 kg",
        lambda: "9" * n + " kg", lambda: "1 " + "km/h to " * (n // 8) + "2",
        lambda: "1." + "0" * n + " kg", lambda: "over " * (n // 5) + "1 kg",
        lambda: "1 " + "k" * n + "g", lambda: "1e" + "9" * n + " kg",
    ])
    return pattern()


# --------------------------------------------------------------------------- article mutations

def mutate_article(rng: random.Random, texts: list[str]) -> str:
    """A real article excerpt, changed the ways pasted text is: junk characters, lines joined
    or split (a spec table's "Label:" lines, one word per line), two articles spliced, a
    sentence repeated into a long text, figure strings dropped in, an HTML wrapper."""
    text = rng.choice(texts)
    for _ in range(rng.randint(1, 3)):
        op = rng.random()
        if op < 0.3:
            text = mutate_text(rng, text)
        elif op < 0.4:
            text = text.replace("\n", " ")
        elif op < 0.5:
            text = "\n".join(text.split()) if rng.random() < 0.5 else text.replace(" ", ":\n", 5)
        elif op < 0.6:
            other = rng.choice(texts)
            cut = rng.randint(0, len(text))
            text = text[:cut] + other[rng.randint(0, len(other)):]
        elif op < 0.7:
            line = rng.choice(text.splitlines() or [text])
            text = "\n".join([text] + [line] * rng.choice([2, 50, 2_000]))
        elif op < 0.85:
            words = text.split(" ")
            for _ in range(rng.randint(1, 6)):
                words.insert(rng.randint(0, len(words)), figure_text(rng))
            text = " ".join(words)
        elif op < 0.93:
            text = rng.choice(["<html><body><p>", "<table><tr><td>", "<nav>", "<p>"]) + \
                text.replace("\n", rng.choice(["</p><p>", "</td><td>", "<br>", "\n"]))
        elif op < 0.97:
            text = spec_table(rng) + "\n" + text
        else:
            text = text[:rng.randint(0, len(text))]
    return text[:100_000]


def spec_table(rng: random.Random) -> str:
    """A maker's spec table with units in its header or row labels, as markdown or as the
    lines an HTML table becomes ("Label: a; b;"), up to thousands of rows."""
    width = rng.randint(2, 6)
    unit = lambda: rng.choice(TABLE_UNITS)                            # noqa: E731
    cell = lambda: rng.choice([f"{rng.uniform(0, 9e4):,.{rng.randint(0, 2)}f}",
                               f"{rng.randint(0, 99)} - {rng.randint(0, 99)}", "", "n/a",
                               f"{rng.randint(1, 9)} {unit()}", "~7.3", "1,2", "-5"])
    rows = [["Item", *(f"Col {k} ({unit()})" for k in range(1, width))]]
    rows += [[f"Row {k} ({unit()})" if rng.random() < 0.3 else f"Max Payload {k}",
              *(cell() for _ in range(1, width))] for k in range(rng.choice([1, 5, 300, 3000]))]
    if rng.random() < 0.5:
        return "\n".join("| " + " | ".join(r) + " |" for r in rows)
    return "\n".join(r[0] + ": " + "; ".join(r[1:]) + ";" for r in rows)


def extract_and_load(text: str, scratch: Path) -> None:
    """Extract a draft, then load it as a case file: the draft must always load (its docs say
    `dronecalc case` and `check` accept it as it is)."""
    draft = extract(text, "fuzz.txt")
    path = scratch / "draft.toml"
    path.write_text(draft.to_toml(), encoding="utf-8")
    try:
        load_case(str(path))
    except DroneCalcError as exc:
        raise DraftRefused(str(exc)[:300]) from exc


class DraftRefused(Exception):
    """A draft that extract wrote and the case reader refused: a bug of extract."""


# --------------------------------------------------------------------------- case mutations

def random_value(rng: random.Random, depth: int = 0):
    """A random TOML value: every type, sizes from empty to large, nesting up to 60."""
    roll = rng.random()
    if roll < 0.30:
        return figure_text(rng)
    if roll < 0.38:
        return rng.choice([0, 1, -1, 4, 7, 2 ** 63 - 1, -(2 ** 63), rng.randint(-10**6, 10**6)])
    if roll < 0.44:
        return rng.choice([0.5, -0.0, 1e308, -1e308, math.inf, -math.inf, math.nan, 4.0, 1e-320])
    if roll < 0.48:
        return rng.choice([True, False])
    if roll < 0.52:
        return rng.choice([dt.date(2021, 11, 7), dt.datetime(2021, 11, 7, 3, 0),
                           dt.time(3, 0)])
    if roll < 0.60:
        return rng.choice(["", " ", "x" * rng.choice([1, 200, 10_000, 200_000]),
                           "<script>alert(1)</script>", "[x](javascript:alert(1))",
                           "line\nbreak", "\u202e\u0000", "é" * 50])
    if roll < 0.72 and depth < 4:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if roll < 0.84 and depth < 4:
        return {rng.choice(["field", "text", "role", "a", "value", "reason", "x y"]):
                random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))}
    if roll < 0.90:
        deep = rng.choice([5, 19, 21, 60, 300])
        value: object = 1
        for _ in range(deep):
            value = [value] if rng.random() < 0.5 else {"a": value}
        return value
    return rng.choice(["input", "claim", "context", "quadcopter", "LiPo", "feasible",
                       "takeoff_mass", "speed", "statement"])


def mutate_case(rng: random.Random, data: dict) -> dict:
    data = json.loads(json.dumps(data, default=str))        # deep copy (dates become str)
    for _ in range(rng.choice([0, 1, 1, 1, 2, 3, 5])):
        table, key = _random_slot(rng, data)
        op = rng.random()
        if op < 0.2 and key is not None and isinstance(table[key], str):
            field = table.get("field") if isinstance(table.get("field"), str) else key
            table[key] = field_figure(rng, field)           # a plausible-looking figure
        elif op < 0.45 and key is not None:
            table[key] = random_value(rng)
        elif op < 0.6 and key is not None:
            del table[key]
        elif op < 0.75:
            table[rng.choice(["field", "text", "role", "refers", "asserts", "with_payload",
                              "unknown", "mass", "rotors", "title", "F99", "é"])] = \
                random_value(rng)
        elif op < 0.85 and key is not None:
            table[key + rng.choice(["_", "X", ""])] = table.pop(key)
        elif op < 0.95:
            figs = data.setdefault("figures", {})
            if isinstance(figs, dict) and figs:
                base = rng.choice(list(figs.values()))
                for i in range(rng.choice([1, 10, 300])):
                    figs[f"Z{i}"] = base
        else:
            data[rng.choice(["figures", "vehicle", "battery", "case", "assumptions"])] = \
                random_value(rng)
    return data


def _random_slot(rng: random.Random, data: dict):
    table = data
    for _ in range(rng.randint(0, 2)):
        keys = [k for k, v in table.items() if isinstance(v, dict)]
        if not keys:
            break
        table = table[rng.choice(keys)]
    keys = list(table)
    return table, (rng.choice(keys) if keys else None)


def to_toml(data: dict) -> str:
    """A TOML writer for the mutated tables: inline values, [section] and [a.b] headers."""
    lines: list[str] = []
    plain = {k: v for k, v in data.items() if not isinstance(v, dict)}
    for k, v in plain.items():
        lines.append(f"{_key(k)} = {_value(v)}")
    for k, v in data.items():
        if isinstance(v, dict):
            _table(lines, [k], v)
    return "\n".join(lines) + "\n"


def _table(lines: list[str], path: list[str], table: dict) -> None:
    lines.append("[" + ".".join(_key(p) for p in path) + "]")
    subs = {}
    for k, v in table.items():
        if isinstance(v, dict) and len(path) < 2:
            subs[k] = v
        else:
            lines.append(f"{_key(k)} = {_value(v)}")
    for k, v in subs.items():
        _table(lines, path + [k], v)


def _key(k: str) -> str:
    return k if re.fullmatch(r"[A-Za-z0-9_-]+", k) else json.dumps(k, ensure_ascii=False)


def _value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf") if math.isinf(v) \
            else repr(v)
    if isinstance(v, (dt.date, dt.time)):
        return v.isoformat()
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_key(k)} = {_value(x)}" for k, x in v.items()) + "}"
    text = json.dumps(str(v), ensure_ascii=False)
    return re.sub(r"[\ud800-\udfff]", "?", text)


def template_case(rng: random.Random) -> str:
    """A well-formed case whose figures are drawn for their fields, extremes included: the
    claims code must meet zero speeds, featherweight packs and 150 kg lifters calmly."""
    def fig(field: str) -> str:
        q = rng.choice(["", "", "about ", "over ", "up to "])
        a = rng.choice(["0", "0.001", "1", "2", "5", "10", "40", "60", "100", "150", "1e-6",
                        str(rng.randint(1, 200)), f"{rng.uniform(0, 100):.1f}"])
        b = f"{float(a) * rng.choice([1.5, 3, 10]):g}"
        text = f"{a}-{b}" if rng.random() < 0.3 else f"{q}{a}"
        return f"{text} {rng.choice(FIELD_UNITS[field])}".strip()
    lines = ['[case]', 'title = "template"', 'source = "fuzz"', "[vehicle]",
             f'rotors = "{rng.choice([3, 4, 6, 8, 16])}"',
             f'rotor_diameter = "{fig("rotor_diameter")}"', f'mass = "{fig("takeoff_mass")}"']
    if rng.random() < 0.6:
        lines += ["[battery]", f'energy = "{fig("battery_energy")}"']
    for i, field in enumerate(rng.sample(["distance", "speed", "flight_time", "range",
                                          "payload_mass", "motor_kv", "radio_range"],
                                         rng.randint(1, 5))):
        role = "input" if field in ("payload_mass", "motor_kv") else rng.choice(
            ["claim", "claim", "input"]) if field == "speed" else "claim"
        lines += [f"[figures.F{i}]", f'field = "{field}"', f'text = "{fig(field)}"',
                  f'role = "{role}"']
    if rng.random() < 0.3:
        lines += ["[figures.A]", 'field = "statement"', 'text = "flew it"', 'role = "claim"',
                  f'asserts = "{rng.choice(["feasible", "infeasible"])}"',
                  'refers = ["F0", "F1"]']
    return "\n".join(lines) + "\n"


def mutate_bytes(rng: random.Random, raw: bytes) -> bytes:
    roll = rng.random()
    if roll < 0.15:
        return raw.decode("utf-8").encode(rng.choice(["utf-16", "utf-32", "latin-1", "cp1252"]),
                                          errors="replace")
    if roll < 0.25:
        return b"\xef\xbb\xbf" + raw
    if roll < 0.45:
        out = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            if out:
                out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    if roll < 0.55:
        return raw[:rng.randint(0, len(raw))]
    if roll < 0.65:
        pos = rng.randint(0, len(raw))
        return raw[:pos] + rng.choice([b"\xff\xfe", b"\xc3", b"\x00", b"\xed\xa0\x80",
                                       b"[[[[[[[[", b"{a={a={a="]) + raw[pos:]
    if roll < 0.70:
        return b"x = " + b"[" * rng.choice([25, 1000, 100_000]) + b"]" * 3
    if roll < 0.75:
        return b"[vehicle]\nrotors = " + b"9" * rng.choice([19, 20, 400, 4300, 5000]) + b"\n"
    if roll < 0.78:
        return raw * rng.choice([10, 200])                 # duplicate keys, then size
    return raw


# --------------------------------------------------------------------------- running

class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        self.slowest: dict[str, tuple[float, str]] = {}
        self.examples: dict[tuple[str, str], str] = {}

    def add(self, target: str, outcome: str, seconds: float, shown: str,
            limit: float = SLOW) -> None:
        self.counts[target][outcome] += 1
        if seconds > limit and not target.startswith("cli"):
            self.counts[target]["slow (> 1 s)"] += 1
            self.examples.setdefault((target, "slow (> 1 s)"), shown)
        if seconds > self.slowest.get(target, (-1.0, ""))[0]:
            self.slowest[target] = (seconds, shown)
        if outcome.startswith(("NON-LIBRARY", "safety-net", "hang", "BAD")):
            self.examples.setdefault((target, outcome), shown)


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


def timed(fn, *args):
    """(outcome, CPU seconds) of one call; a hang is still stopped on the wall clock."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(HANG)
    start = time.process_time()
    try:
        fn(*args)
        outcome = "ok"
    except Hang:
        outcome = "hang"
    except DroneCalcError as exc:
        outcome = "safety-net" if "unforeseen" in str(exc) else "library-error"
    except (DraftRefused, families.DraftRefused):
        outcome = "BAD DRAFT"
    except families.Misread:
        outcome = "BAD MISREAD"
    except families.NoVerdict:
        outcome = "BAD NO VERDICT"
    except families.NanOutput:
        outcome = "BAD OUTPUT nan"
    except families.Accepted:
        outcome = "BAD ACCEPTED"
    except families.Unhelpful:
        outcome = "BAD MESSAGE"
    except families.SlowExtract:
        outcome = "BAD SLOW"
    except Exception as exc:        # the failures this benchmark exists to find
        outcome = f"NON-LIBRARY {type(exc).__name__}"
    finally:
        signal.alarm(0)
    return outcome, time.process_time() - start


def show(value) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 120 else f"{text[:100]!r}... ({len(text):,} chars)"


def run_cli(argv: list[str]) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(argv)
        except SystemExit as exc:              # argparse: usage errors (2), --help (0)
            code = exc.code
    text = err.getvalue()
    if "Traceback" in text or code not in (0, 2):
        return f"NON-LIBRARY exit {code}", text[-200:]
    if "internal error" in text:
        return "safety-net", text[-200:]
    if code == 2:
        errors = [ln for ln in text.splitlines() if ln.startswith("dronecalc: error")
                  or ln.startswith("usage:") or ln.startswith("dronecalc ")]
        if not errors:
            return "NON-LIBRARY exit 2 without a message", text[-200:]
        return "library-error", text
    printed = out.getvalue()
    if "--json" in argv and printed:
        try:
            json.loads(printed, parse_constant=_no_constant)
        except ValueError as exc:
            return "BAD OUTPUT json", str(exc)[:200]
    elif len(_NAN.findall(printed)) > _echoed_nans(argv):
        return "BAD OUTPUT nan", printed[:200]
    return "ok", text


_NAN = re.compile(r"\bnan\b|\bn/a\b", re.IGNORECASE)


def _echoed_nans(argv: list[str]) -> int:
    """How often "nan" stands in the case file's own text (a title or quote the report
    echoes as written, e.g. a mutated source "NaN+ octave"): those are not numbers."""
    for arg in argv:
        if arg.endswith(".toml"):
            try:
                return len(_NAN.findall(Path(arg).read_text(encoding="utf-8", errors="replace")))
            except OSError:
                return 0
    return 0


def _no_constant(name: str):
    raise ValueError(f"{name} in the JSON output")


def cli_argv(rng: random.Random, case_path: str, scratch: Path) -> list[str]:
    if rng.random() < 0.5:                       # good options: the case is what is tested
        command = rng.choice(["check", "check", "estimate", "case"])
        if command == "case":
            return [command, case_path]
        return [command, case_path, "--samples", str(rng.choice([300, 1000, 1500])),
                "--seed", str(rng.randint(0, 9)), *(["--json"] if rng.random() < 0.5 else [])]
    command = rng.choice(["check", "check", "estimate", "case", "chec", ""])
    argv = [command, case_path] if command else [case_path]
    if command in ("check", "estimate"):
        argv += ["--samples", rng.choice(["300", "1000", "2000"]) if rng.random() < 0.6 else
                 rng.choice(["0", "-5", "1e3", "abc", "", "1.5", "10000000000", "9" * 80,
                             "2000001", "1_000", "10"])]
        if rng.random() < 0.5:
            argv += ["--seed", rng.choice(["0", "7", "42"]) if rng.random() < 0.6 else
                     rng.choice(["-1", "abc", "1.5", "9" * 60, ""])]
        if rng.random() < 0.4:
            argv.append("--json")
    if command == "check" and rng.random() < 0.3:
        (scratch / "afile").write_text("x")
        argv += ["--report", rng.choice([
            "", " ", str(scratch / "r.md"), str(scratch / "r.html"), str(scratch / "r.pdf"),
            str(scratch / "afile" / "r.md"), str(scratch / ("a" * 300 + ".md")),
            str(scratch), "/proc/r.md", str(scratch / "new" / "r.html")])]
    return argv


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=100_000, help="total inputs (default 100,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cli-runs", type=int, default=None,
                        help="CLI runs among the inputs (default: 0.4 %% of them, at least 50)")
    parser.add_argument("--articles", type=int, default=None,
                        help="mutated articles for dronecalc extract, each draft then loaded as "
                             "a case, on top of --inputs and from their own seed (seed + 1), "
                             "so that the other targets' inputs do not change (default: 1 %% "
                             "of --inputs, at least 50)")
    parser.add_argument("--families", type=int, default=None,
                        help="size of fuzz8's families (benchmarks/fuzz_families.py), from "
                             "seed + 2: N field-role-kind checks, N CLI forms, N article "
                             "files, 5 N case forms, 20 N figure forms (default: --inputs / "
                             "1000, at least 20)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    n_cli = args.cli_runs if args.cli_runs is not None else max(50, args.inputs // 250)
    n_case = args.inputs // 10
    n_read = (args.inputs - n_cli - n_case) // 2
    n_parse = args.inputs - n_cli - n_case - n_read
    tally = Tally()
    bases = [tomllib.loads(p.read_text(encoding="utf-8")) for p in CASES]
    scratch = Path(tempfile.mkdtemp(prefix="dronecalc-fuzz-"))
    fields = sorted(FIELDS) + ["nonsense", "", "Speed"]
    started = time.perf_counter()
    try:
        for _ in range(n_parse):
            text = figure_text(rng)
            outcome, sec = timed(parse, text)
            tally.add("parse", outcome, sec, show(text))
        for _ in range(n_read):
            field = rng.choice(fields)
            text = field_figure(rng, field)
            outcome, sec = timed(read_figure, text, field)
            tally.add("read_figure", outcome, sec, f"{show(text)} as {field}")
        special = _special_paths(scratch)
        case_files = []
        for i in range(n_case):
            if i < len(special):
                path, shown = special[i], f"special file {special[i]}"
            else:
                raw = to_toml(mutate_case(rng, rng.choice(bases))).encode("utf-8")
                if rng.random() < 0.35:
                    raw = mutate_bytes(rng, raw)
                path = scratch / f"case{i % 50}.toml"
                path.write_bytes(raw)
                shown = show(raw.decode("utf-8", "replace"))
            outcome, sec = timed(load_case, str(path))
            tally.add("load_case", outcome, sec, shown)
            if path.name.startswith("case") and len(case_files) < 60 and \
                    (outcome == "ok" or (outcome == "library-error" and rng.random() < 0.02)):
                keep = scratch / f"keep{len(case_files)}.toml"
                shutil.copyfile(path, keep)
                case_files.append(str(keep))
        for i in range(n_cli):
            roll = rng.random()
            if roll < 0.35:
                case_path = scratch / f"template{i % 20}.toml"
                case_path.write_text(template_case(rng), encoding="utf-8")
            else:
                case_path = rng.choice((case_files or CASES) if roll < 0.7 else CASES
                                       if roll < 0.92 else special)
            argv = cli_argv(rng, str(case_path), scratch)
            start = time.perf_counter()
            signal.signal(signal.SIGALRM, _alarm)
            signal.alarm(HANG * 3)
            try:
                outcome, err = run_cli(argv)
            except Hang:
                outcome, err = "hang", ""
            finally:
                signal.alarm(0)
            tally.add("cli", outcome, time.perf_counter() - start, show(" ".join(argv)))
        for argv in _subprocess_runs(scratch, special):
            outcome, sec, shown = _subprocess(argv)
            tally.add("cli (subprocess)", outcome, sec, shown)
        arng = random.Random(args.seed + 1)
        texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
        n_articles = args.articles if args.articles is not None else max(50, args.inputs // 100)
        for _ in range(n_articles):
            text = mutate_article(arng, texts)
            outcome, sec = timed(extract_and_load, text, scratch)
            shown = show(text)
            if outcome == "BAD DRAFT":
                try:
                    extract_and_load(text, scratch)
                except DraftRefused as exc:
                    shown += f" -> {exc}"
            # extract reads an article in linear time (at most ~20 us per character measured
            # on the 2-core machine): up to SLOW per 25 KB of text
            tally.add("extract", outcome, sec, shown, SLOW * max(1.0, len(text) / 25_000))
        run_families(tally, args, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return report(tally, time.perf_counter() - started, args)


def run_families(tally: Tally, args, scratch: Path) -> None:
    """fuzz8's families (benchmarks/fuzz_families.py), from their own seed (seed + 2) so that
    the targets above keep their inputs; sized by --inputs unless --families gives a count."""
    frng = random.Random(args.seed + 2)
    n = args.families if args.families is not None else max(20, args.inputs // 1000)
    for _ in range(n * 20):
        text, expected = families.figure_form(frng)
        outcome, sec = timed(families.check_form, text, expected)
        tally.add("figure-forms", outcome, sec, show(text))
    texts = {k: (ROOT / "examples" / "cases" / f"{v}.toml").read_text(encoding="utf-8")
             for k, v in families.CASES.items()}
    for _ in range(n * 5):
        raw, expected = families.case_form(frng, frng.choice(list(texts.values())))
        path = scratch / "form.toml"
        path.write_bytes(raw)
        outcome, sec = timed(families.load_form, str(path), expected)
        tally.add("case-forms", outcome, sec, show(raw.decode("utf-8", "replace")))
    for _ in range(n):
        text, shown, refused = families.field_role_kind(frng, texts)
        path = scratch / "frk.toml"
        path.write_text(text, encoding="utf-8")
        outcome, sec = timed(families.check_claims, str(path), 200, refused)
        tally.add("field-role-kind", outcome, sec, shown, limit=math.inf)
    for _ in range(n):
        argv, stdin = families.cli_form(frng, scratch)
        start = time.perf_counter()
        signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(HANG * 3)
        here = os.getcwd()
        os.chdir(scratch)                 # a relative output ('-o -') lands in the scratch
        try:
            outcome, err = families.run_cli_stdin(run_cli, argv, stdin)
        except Hang:
            outcome, err = "hang", ""
        finally:
            signal.alarm(0)
            os.chdir(here)
        if (scratch / "-").exists():      # '-o -' means standard output, never a file
            outcome = "BAD OUTPUT a file named '-'"
            (scratch / "-").unlink()
        elif re.search(r"[\x00-\x08\x0b-\x1f]", err or ""):
            outcome = "BAD OUTPUT control character on stderr"
        tally.add("cli-forms", outcome, time.perf_counter() - start, show(" ".join(argv)))
    articles = [p.read_text(encoding="utf-8") for p in ARTICLES[:40]]
    for _ in range(n):
        raw, suffix, refused = families.article_file(frng, articles)
        path = scratch / f"article{suffix}"
        path.write_bytes(raw)
        outcome, sec = timed(families.extract_then_check, str(path), scratch, refused, SLOW)
        # the draft's check is a Monte Carlo: only a hang counts, as for the CLI
        tally.add("extract-files", outcome, sec, show(raw.decode("utf-8", "replace")),
                  limit=math.inf)


def _special_paths(scratch: Path) -> list[Path]:
    fifo = scratch / "fifo.toml"
    with contextlib.suppress(OSError, AttributeError):
        os.mkfifo(fifo)
    empty = scratch / "empty.toml"
    empty.write_bytes(b"")
    return [p for p in (fifo, Path("/dev/null"), scratch, empty, scratch / "missing.toml",
                        Path("/dev/zero"), Path("/proc/self/status")) if p != fifo or p.exists()]


def _subprocess_runs(scratch: Path, special: list[Path]) -> list[list[str]]:
    ref = str(CASES[0])
    return [["check", str(special[0])], ["check", "/dev/null"], ["estimate", str(scratch)],
            ["check", ref, "--samples", "10000000000"], ["check", ref, "--samples", "10"],
            ["check", ref, "--report", ""], ["check", ref, "--samples", "500", "--json"],
            ["case", ref], ["nonsense"]]


def _subprocess(argv: list[str]) -> tuple[str, float, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "dronecalc", *argv], capture_output=True,
                              text=True, timeout=HANG * 3, env=env, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return "hang", time.perf_counter() - start, " ".join(argv)
    sec = time.perf_counter() - start
    if "Traceback" in proc.stderr or proc.returncode not in (0, 2):
        return f"NON-LIBRARY exit {proc.returncode}", sec, " ".join(argv)
    return ("ok" if proc.returncode == 0 else "library-error"), sec, " ".join(argv)


def report(tally: Tally, seconds: float, args) -> int:
    total = sum(sum(c.values()) - c["slow (> 1 s)"] for c in tally.counts.values())
    print(f"dronecalc fuzz: {total:,} inputs, seed {args.seed}, {seconds:.0f} s")
    print(f"{'target':<18} {'inputs':>8}  outcomes")
    bad = 0
    for target, counts in tally.counts.items():
        n = sum(counts.values()) - counts["slow (> 1 s)"]
        parts = ", ".join(f"{k} {v:,}" for k, v in sorted(counts.items()))
        print(f"{target:<18} {n:>8,}  {parts}")
        bad += sum(v for k, v in counts.items()
                   if k.startswith(("NON-LIBRARY", "safety-net", "hang", "slow", "BAD")))
    print("slowest input per target:")
    for target, (sec, shown) in tally.slowest.items():
        print(f"  {target:<18} {sec * 1000:9.1f} ms  {shown}")
    target, (sec, shown) = max(tally.slowest.items(), key=lambda kv: kv[1][0])
    print(f"slowest overall: {target}, {sec:.3f} s: {shown}")
    parse_like = [(t, s) for t, s in tally.slowest.items()
                  if not t.startswith("cli") and t not in ("field-role-kind", "extract-files")]
    if parse_like:
        t, (s, shown) = max(parse_like, key=lambda kv: kv[1][0])
        print(f"slowest outside the CLI: {t}, {s * 1000:.1f} ms: {shown}")
    for (target, outcome), shown in tally.examples.items():
        print(f"  example {target} {outcome}: {shown}")
    print("FAIL" if bad else "PASS",
          f"({bad} inputs NON-LIBRARY, safety-net, hang, slow or BAD OUTPUT)")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
