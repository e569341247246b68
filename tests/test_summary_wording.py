"""Review-2 findings 10, 11, 12(b): what "In short" and the count lines say.

10: the lift and motor checks test the stated inputs on the physics; they are counted apart
from the comparisons of the source's figures with each other, in every output.
11: two claims of one field and figure read apart in the summary (their ids and own conditions).
12(b): a fixed-wing estimate's one column says what it is flown with.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from dronecalc import check, estimate, load_case
from dronecalc.claims.contract import CROSS_CHECKS, INPUT_CHECKS
from dronecalc.report import document, text, verdicts

ROOT = Path(__file__).resolve().parents[1]

#: /tmp/rv2/a_vtol.toml of review 2: a quadplane with two hover claims of 20 min (one with its
#: own payload), two range claims of 100 km (one into a headwind, one with a reserve).
VTOL = """[case]
title = "quadplane"
source = "test"
""" + "".join(
    f'[figures.{i}]\nfield = "{f}"\ntext = "{t}"\nrole = "{r}"\n{extra}\n' for i, f, t, r, extra in (
        ("F1", "airframe", "VTOL quadplane", "input", ""),
        ("F2", "takeoff_mass", "20 kg", "input", ""),
        ("F3", "battery_energy", "1500 Wh", "input", ""),
        ("F4", "flight_time", "20 min", "claim", 'mode = "hover"'),
        ("F5", "flight_time", "20 min", "claim", 'mode = "hover"\npayload = "8 kg"'),
        ("F6", "range", "100 km", "claim", 'headwind = "40 m/s"'),
        ("F7", "flight_time", "2 h", "claim", 'reserve = "99 %"'),
        ("F8", "range", "100 km", "claim", 'reserve = "99 %"'),
        ("F10", "payload_mass", "5 kg", "input", "")))


@pytest.fixture(scope="module")
def vtol(tmp_path_factory):
    path = tmp_path_factory.mktemp("vtol") / "a_vtol.toml"
    path.write_text(VTOL)
    case = load_case(path)
    return case, check(case, samples=400, seed=0)


@pytest.fixture(scope="module")
def reference():
    case = load_case(ROOT / "examples/cases/green-zone-2021.toml")
    return case, check(case, samples=2000, seed=0)


# ----------------------------------------------------------------------------- finding 11

def test_claims_of_one_field_and_figure_read_apart(vtol):
    _, result = vtol
    for ids in (("F4", "F5"), ("F6", "F8")):
        found = [result.verdicts[i] for i in ids]
        subjects = [verdicts.subject(f, result) for f in found]
        headlines = [verdicts.headline(f, result) for f in found]
        assert len(set(subjects)) == 2 and len(set(headlines)) == 2
        for ident, s, h in zip(ids, subjects, headlines):
            assert f"({ident})" in s and f"({ident})" in h
    sentences = verdicts.summary(result)
    assert len(sentences) == len(set(sentences)) <= 5


def test_a_claims_own_conditions_are_named(vtol):
    _, result = vtol
    own = {i: verdicts.own_conditions(result.verdicts[i], result) for i in ("F4", "F5", "F6",
                                                                           "F7", "F8")}
    assert "8 kg" in own["F5"] and "hover" in own["F5"] and "hover" in own["F4"]
    assert "40 m/s" in own["F6"] and "99 %" in own["F7"] and "99 %" in own["F8"]
    assert "8 kg" not in own["F4"]
    # a claim with its own payload is not said to fly with the case's
    assert "5 kg" not in verdicts.headline(result.verdicts["F5"], result)


def test_no_cross_check_is_named_as_a_claim(reference):
    _, result = reference
    for f in result.findings:
        if f.check in CROSS_CHECKS:
            assert verdicts.named(f, result) == ""


# ----------------------------------------------------------------------------- finding 10

def _counted(phrase: str) -> int:
    return sum(int(n) for n in re.findall(r"(\d+) ", phrase))


def test_input_checks_are_counted_apart_from_figure_comparisons(reference):
    _, result = reference
    _, cross = verdicts.split(result)
    compared, tested = verdicts.input_checks(cross)
    assert tested and all(f.check in INPUT_CHECKS for f in tested)
    assert compared and not any(f.check in INPUT_CHECKS for f in compared)
    first = verdicts.summary(result)[0]
    figures_part = first.split("checked against each other: ")[1].split(";")[0]
    inputs_part = first.split("checks of the stated inputs: ")[1]
    assert _counted(figures_part) == len(compared)
    assert _counted(inputs_part) == len(tested)
    # an input check reads by its verdict, never as figures agreeing
    assert not re.search(r"\bagree\b|disagree", inputs_part)


def test_text_and_report_count_input_checks_on_their_own(reference):
    _, result = reference
    _, cross = verdicts.split(result)
    compared, tested = verdicts.input_checks(cross)
    out = text.format_check(result, details=False).splitlines()
    line = {l.split(":")[0]: l for l in out if l.startswith(("Cross-checks", "Checks of"))}
    assert _counted(line["Cross-checks of the source's figures"]) == len(compared)
    assert _counted(line["Checks of the stated inputs"]) == len(tested)
    tables = [b for b in document.build(result, plots=False)
              if type(b).__name__ == "_Table" and b.kind == "stack verdicts"]
    rows = {t.header[-1]: len(t.rows) for t in tables}
    assert rows["What the comparison says"] == len(compared)
    assert rows["What the check says"] == len(tested)


def test_a_case_without_input_checks_has_no_input_line(vtol):
    _, result = vtol
    _, cross = verdicts.split(result)
    assert not verdicts.input_checks(cross)[1]
    assert "stated inputs" not in verdicts.summary(result)[0]
    assert "Checks of the stated inputs" not in text.format_check(result, details=False)


# ----------------------------------------------------------------------------- finding 12(b)

def test_a_fixed_wing_estimate_says_its_one_column_carries_the_payload(vtol):
    case, _ = vtol
    result = estimate(case, samples=300, seed=0)
    assert result.without_payload is None
    head = text.format_estimate(result, details=False).splitlines()
    columns = next(l for l in head if "p50" not in l and "payload" in l)
    assert "5 kg payload" in columns and "without" not in columns


def test_claims_flown_at_their_own_speeds_read_apart(tmp_path):
    path = tmp_path / "wing.toml"
    path.write_text('[case]\ntitle = "wing"\nsource = "test"\n' + "".join(
        f'[figures.{i}]\nfield = "{f}"\ntext = "{t}"\nrole = "{r}"\n{extra}\n'
        for i, f, t, r, extra in (
            ("F1", "airframe", "fixed-wing", "input", ""),
            ("F2", "takeoff_mass", "20 kg", "input", ""),
            ("F3", "battery_energy", "1500 Wh", "input", ""),
            ("F4", "range", "100 km", "claim", 'at_speed = "80 km/h"'),
            ("F5", "range", "100 km", "claim", 'at_speed = "60 km/h"'))))
    result = check(load_case(path), samples=300, seed=0)
    subjects = {i: verdicts.subject(f, result) for i, f in result.verdicts.items()}
    assert "80 km/h" in subjects["F4"] and "60 km/h" in subjects["F5"]
    assert all("stated speed" not in s for s in subjects.values())


def test_a_ceiling_claim_is_named_by_its_figure_in_the_summary(tmp_path):
    # "... the speed of 130 km/h (F6) and ceiling." named the check, not the claim
    from dronecalc import load_case
    from dronecalc.claims import checks
    path = tmp_path / "c.toml"
    path.write_text('[case]\ntitle = "t"\nsource = "s"\n\n[figures.A]\nfield = "airframe"\n'
                    'text = "fixed-wing"\nrole = "input"\n\n[figures.E]\nfield = "engine_type"\n'
                    'text = "piston"\nrole = "input"\n\n[figures.P]\nfield = "engine_power"\n'
                    'text = "100 hp"\nrole = "input"\n\n[figures.M]\nfield = "takeoff_mass"\n'
                    'text = "650 kg"\nrole = "input"\n\n[figures.C]\nfield = "service_ceiling"\n'
                    'text = "25,000 ft"\nrole = "claim"\n')
    result = checks.check(load_case(path), 400, 0)
    (finding,) = [f for f in result.findings if f.check == "ceiling"]
    assert "25,000 ft" in verdicts.subject(finding, result)


def test_with_payload_is_not_said_when_the_case_states_no_payload(tmp_path):
    """A claim drafted 'with_payload = true' in a case with no payload input is flown with
    none (its finding says so): "In short" does not call it 'with payload'; a stated
    'without payload' is still said."""
    path = tmp_path / "c.toml"
    path.write_text('[case]\ntitle = "t"\nsource = "s"\n'
                    '[figures.F1]\nfield = "airframe"\ntext = "quadcopter"\nrole = "input"\n'
                    '[figures.F2]\nfield = "takeoff_mass"\ntext = "2 kg"\nrole = "input"\n'
                    '[figures.F3]\nfield = "flight_time"\ntext = "20 min"\nrole = "claim"\n'
                    'with_payload = true\n'
                    '[figures.F4]\nfield = "flight_time"\ntext = "25 min"\nrole = "claim"\n'
                    'with_payload = false\n')
    summary = " ".join(verdicts.summary(check(load_case(path), samples=2000)))
    assert "20 min (F3)" in summary and "with payload" not in summary
    assert "25 min without payload (F4)" in summary
