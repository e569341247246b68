"""Tests of dronecalc.report.text: JSON layout (hand-written schema), determinism, rounding, text."""
from __future__ import annotations

import ast
import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dronecalc import load_case

from dronecalc.claims import checks

from dronecalc.report import text as report

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "examples" / "cases" / "green-zone-2021.toml"
SAMPLES = 2000

# A tiny schema language: a type, a tuple of allowed types, a dict of required keys, a
# one-element list (every item), or a set of allowed values.
NUM = (int, float)
OPT_NUM = (int, float, type(None))
ESTIMATE = {"p5": NUM, "p50": NUM, "p95": NUM, "unit": str}
RUN = {"samples_drawn": int, "samples_kept": int, "seed": int, "rejected": dict}
CASE = {"title": str, "source": str, "vehicle_class": str}
ASSUMPTION = {"name": str, "low": NUM, "high": NUM, "unit": str, "origin": str, "note": str}
FINDING = {
    "claims": [str], "check": str,
    "verdict": {"consistent", "needs-checking", "implausible"},
    "statement": str,
    "claimed": (dict, type(None)),
    "estimate": (dict, type(None)),
    "generous_bound": (dict, type(None)),
    "probability": OPT_NUM,
    "drivers": [{"assumption": str, "low": NUM, "high": NUM, "unit": str,
                 "result_at_low": NUM, "result_at_high": NUM, "result_unit": str}],
    "overturn": str, "condition": str, "notes": [str],
}
FLAG = {"id": str, "field": str, "text": str,
        "problem": {"garbled", "underspecified", "out-of-range", "ambiguous"},
        "message": str, "reinterpretations": [{"value": str, "reason": str, "score": NUM}]}
CHECK_SCHEMA = {"case": CASE, "run": RUN, "findings": [FINDING], "flags": [FLAG],
                "assumptions": [ASSUMPTION]}
ESTIMATED = ("hover_endurance", "max_endurance", "max_range", "best_endurance_speed",
             "best_range_speed")
ESTIMATE_SCHEMA = {"case": CASE, "run": RUN, "payload": {"value": NUM, "unit": str},
                   **{key: ESTIMATE for key in ESTIMATED},
                   "without_payload": (dict, type(None)), "assumptions": [ASSUMPTION]}


def validate(value, schema, path="$"):
    """Raise AssertionError naming the path where ``value`` does not fit ``schema``."""
    if isinstance(schema, dict):
        assert isinstance(value, dict), f"{path}: not an object"
        for key, sub in schema.items():
            assert key in value, f"{path}: missing {key!r}"
            validate(value[key], sub, f"{path}.{key}")
    elif isinstance(schema, list):
        assert isinstance(value, list), f"{path}: not an array"
        for i, item in enumerate(value):
            validate(item, schema[0], f"{path}[{i}]")
    elif isinstance(schema, set):
        assert value in schema, f"{path}: {value!r} not one of {sorted(schema)}"
    else:
        assert isinstance(value, schema) and not isinstance(value, bool), \
            f"{path}: {value!r} is not {schema}"
        assert not (isinstance(value, float) and not math.isfinite(value)), f"{path}: NaN"


@pytest.fixture(scope="module")
def result():
    return checks.check(load_case(REFERENCE), samples=SAMPLES, seed=0)


def test_check_json_fits_the_schema(result):
    document = json.loads(report.check_json(result))
    validate(document, CHECK_SCHEMA)
    for f in document["findings"]:
        if f["estimate"] is not None:
            validate(f["estimate"], ESTIMATE)
        if f["generous_bound"] is not None:
            validate(f["generous_bound"], {"value": NUM, "unit": str})
        if f["claimed"] is not None:
            validate(f["claimed"], {"text": str, "kind": str, "value": OPT_NUM,
                                    "low": OPT_NUM, "high": OPT_NUM, "unit": str})
    assert {f["id"] for f in document["flags"]} == {"F6", "F9"}


def test_estimate_json_fits_the_schema():
    document = json.loads(report.estimate_json(
        checks.estimate(load_case(REFERENCE), samples=SAMPLES, seed=0)))
    validate(document, ESTIMATE_SCHEMA)
    validate(document["without_payload"], {key: ESTIMATE for key in ESTIMATED})
    assert document["max_endurance"]["p50"] < document["without_payload"]["max_endurance"]["p50"]


def test_same_seed_gives_byte_identical_json(result):
    again = checks.check(load_case(REFERENCE), samples=SAMPLES, seed=0)
    assert report.check_json(again) == report.check_json(result)
    other = checks.check(load_case(REFERENCE), samples=SAMPLES, seed=1)
    assert report.check_json(other) != report.check_json(result)


def test_json_key_order_is_fixed(result):
    document = json.loads(report.check_json(result))
    assert list(document) == ["case", "run", "findings", "flags", "assumptions", "verdicts",
                              "figures", "summary"]
    assert [f["id"] for f in document["figures"]] == [f"F{i}" for i in range(1, 13)]
    assert document["figures"][9]["quote"] == "It could fly for a distance of 40km"
    assert 3 <= len(document["summary"]) <= 5
    assert list(document["findings"][0])[:4] == ["claims", "check", "verdict", "statement"]


SMALL_CASE = """
[case]
title = "small"
source = "tests"
vehicle_class = "small-camera-quad"
[vehicle]
rotors = 4
payload = "0.2 kg"
[battery]
energy = "60-80 Wh"
[figures.T]
field = "flight_time"
text = "25 min"
role = "claim"
"""


@pytest.fixture(scope="module")
def small_case(tmp_path_factory):
    path = tmp_path_factory.mktemp("case") / "small.toml"
    path.write_text(SMALL_CASE)
    return load_case(path)


@settings(max_examples=5)
@given(st.integers(0, 2**32 - 1))
def test_any_seed_gives_byte_identical_json_twice(small_case, seed):
    first = report.check_json(checks.check(small_case, samples=1000, seed=seed))
    assert report.check_json(checks.check(small_case, samples=1000, seed=seed)) == first


@pytest.mark.parametrize("value, expected", [
    (123456.789, 123500.0), (0.000123456, 0.0001235), (-2.71828, -2.718), (0.0, 0.0),
    (float("nan"), None), (float("inf"), None), (7, 7), (None, None), ("x", "x"),
])
def test_rounding_to_four_significant_figures(value, expected):
    assert report.rounded(value) == expected


def test_text_report_puts_the_verdict_first(result):
    text = report.format_check(result)
    lines = text.splitlines()
    assert lines[0] == result.case["title"]
    blocks = [line for line in lines if line.split(" ")[0] in
              ("CONSISTENT", "NEEDS", "IMPLAUSIBLE")]
    assert len(blocks) == len(result.findings)
    assert "IMPLAUSIBLE     endurance  F11" in text
    assert max(len(line) for line in lines) <= report.WIDTH + 30   # tables may run wider
    assert "Flagged figures" in text and "F6 garbled" in text


def test_estimate_text_is_a_table():
    text = report.format_estimate(checks.estimate(load_case(REFERENCE), samples=SAMPLES))
    assert "max endurance [min]" in text and "without payload" in text


def test_report_does_no_physics():
    tree = ast.parse((ROOT / "dronecalc" / "report" / "text.py").read_text())
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {a.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                 for a in node.names}
    physics = {"mission", "rotor", "battery", "propulsion", "airframe", "atmosphere", "numpy"}
    assert not {name.split(".")[-1] for name in imported if name} & physics


def test_a_generous_bound_that_was_not_found_reads_as_such_not_n_a(result):
    # Agras T40 sheet: the payload and motor bounds came back NaN; text and report said "n/a kg"
    import dataclasses
    from dronecalc.claims.results import Value
    from dronecalc.report import verdicts
    finding = dataclasses.replace(result.findings[1], generous_bound=Value(float("nan"), "min"))
    assert "not found" in verdicts.bound_text(finding) and "n/a" not in verdicts.bound_text(finding)
    lines = "\n".join(report._finding_lines(finding))
    assert "generous bound not found" in lines and "n/a" not in lines
