"""Case files: the reference case, every problem reported at once, precedence, and the CLI."""
import subprocess
import sys
from pathlib import Path

import pytest

from dronecalc import CaseError, load_case
from dronecalc.intake.case import Assumption, Case, CaseFigure, Described
from dronecalc.cli import main
from dronecalc.intake.units import ureg

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "examples" / "cases" / "green-zone-2021.toml"
HEAD = '[case]\ntitle = "t"\nsource = "s"\n'


@pytest.fixture(scope="module")
def reference() -> Case:
    return load_case(REFERENCE)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "case.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_reference_case_has_the_twelve_figures(reference):
    assert list(reference.figures) == [f"F{i}" for i in range(1, 13)]
    assert reference.vehicle_class == "large-lift-quad"
    assert set(reference.claims) == {"F3", "F4", "F5", "F10", "F11"}
    assert set(reference.inputs) == {"F1", "F2", "F6", "F7", "F9"}
    assert all(isinstance(f, CaseFigure) and f.text for f in reference.figures.values())


def test_reference_case_flags_f6_and_f9(reference):
    flags = {flag.id: flag for flag in reference.flags}
    assert set(flags) == {"F6", "F9"}
    assert flags["F6"].problem == "garbled" and flags["F9"].problem == "underspecified"
    assert reference.figures["F6"].flag == flags["F6"]
    assert reference.figures["F6"].value.nominal.m_as("rpm/V") == pytest.approx(320)
    assert reference.figures["F6"].figure.unit == ureg.kilovolt


def test_reference_figures_keep_their_provenance(reference):
    f5 = reference.figures["F5"]
    assert f5.refers == ("F2", "F3", "F4") and f5.asserts == "infeasible" and f5.figure is None
    f11 = reference.figures["F11"]
    assert f11.figure.kind == "at-least" and f11.figure.low.m_as("min") == 120
    assert "120 minutes" in f11.quote
    assert reference.figures["F3"].figure.kind == "range"
    assert reference.figures["F7"].figure is None


def test_reference_assumptions_have_reasons(reference):
    for name in ("rotor_diameter", "cells", "packs", "empty_mass", "air_temperature",
                 "radio_range"):
        value, reason = reference.assumptions[name]
        assert isinstance(reference.assumptions[name], Assumption) and len(reason) > 40
    assert reference.assumptions["cells"].value.low.m_as("cell") == 6


def test_described_applies_precedence_and_reinterpretations(reference):
    described = reference.described()
    assert all(isinstance(d, Described) for d in described.values())
    assert described["rotors"].value.nominal.magnitude == 4
    assert described["rotors"].source == "figure F1"
    assert described["payload"].source == "figure F2"
    kv = described["motor_kv"]
    assert kv.source == "figure F6" and kv.flag.problem == "garbled"
    assert kv.value.nominal.m_as("rpm/V") == pytest.approx(320)
    assert described["capacity"].value.nominal.m_as("Ah") == pytest.approx(18.5)
    assert described["cells"].source == "assumption" and described["cells"].reason
    assert "voltage" not in described and "energy" not in described


BROKEN = HEAD.replace('source = "s"\n', 'colour = "red"\n') + '''
[vehicle]
payload = "-3 kg"
wings = 2
[battery]
chemistry = "NiMH"
cells = 4.5
[figures.F1]
field = "sped"
text = "60 km/h"
role = "claim"
[figures.F2]
field = "speed"
text = "70-60 km/h"
role = "claim"
refers = ["F9"]
[figures.F3]
field = "statement"
text = "cannot"
role = "input"
[figures.F4]
field = "payload_mass"
text = "3 kg"
role = "input"
with_payload = "yes"
[assumptions.air_temperature]
value = "20 degC"
[assumptions.paint_colour]
value = "2 m"
reason = "x"
[extra]
a = 1
'''
BROKEN_PATHS = ["extra", "case.colour", "case.source", "vehicle.payload", "vehicle.wings",
                "battery.chemistry", "battery.cells", "figures.F1.field", "figures.F2.text",
                "figures.F2.refers", "figures.F3.role", "figures.F3.asserts",
                "figures.F4.with_payload", "assumptions.air_temperature.reason",
                "assumptions.paint_colour"]


def test_a_broken_case_reports_every_problem_at_once(tmp_path):
    with pytest.raises(CaseError) as info:
        load_case(write(tmp_path, BROKEN))
    problems = info.value.problems
    for path in BROKEN_PATHS:
        assert any(p.startswith(path + ":") for p in problems), path
    assert len(problems) == len(BROKEN_PATHS)
    assert "'-3 kg'" in str(info.value) and "'NiMH'" in str(info.value)


def test_malformed_toml_is_a_case_error_with_the_line(tmp_path):
    with pytest.raises(CaseError, match="line 2"):
        load_case(write(tmp_path, '[case]\ntitle = "unterminated\n'))


def test_missing_file_is_a_case_error(tmp_path):
    with pytest.raises(CaseError, match="cannot read"):
        load_case(tmp_path / "nope.toml")


def test_missing_case_section(tmp_path):
    with pytest.raises(CaseError, match="missing section"):
        load_case(write(tmp_path, '[vehicle]\nrotors = 4\n'))


def test_the_same_parameter_at_two_levels_is_an_error(tmp_path):
    text = HEAD + '''
[vehicle]
payload = "3 kg"
[figures.F2]
field = "payload_mass"
text = "3 kg"
role = "input"
[assumptions.payload]
value = "2-4 kg"
reason = "guess"
'''
    with pytest.raises(CaseError) as info:
        load_case(write(tmp_path, text))
    (problem,) = info.value.problems
    assert "assumptions.payload and vehicle.payload and figures.F2" in problem
    assert "3 times" in problem


def test_a_claim_does_not_conflict_with_an_input(tmp_path):
    text = HEAD + '''
[vehicle]
payload = "3 kg"
[figures.F2]
field = "payload_mass"
text = "5 kg"
role = "claim"
with_payload = true
'''
    case = load_case(write(tmp_path, text))
    assert case.described()["payload"].source == "vehicle"
    assert case.claims["F2"].with_payload is True


def test_source_stated_cells_settle_the_underspecified_charge(tmp_path):
    text = HEAD + '''
[battery]
capacity = "18500 mAh"
cells = 6
chemistry = "lipo"
[vehicle]
motor_kv = "320 kV"
rotors = 4
'''
    case = load_case(write(tmp_path, text))
    assert [(f.id, f.problem) for f in case.flags] == [("vehicle.motor_kv", "garbled")]
    assert case.battery["chemistry"] == "LiPo"
    assert case.battery["cells"].nominal.m_as("cell") == 6
    assert case.vehicle["motor_kv"].nominal.m_as("rpm/V") == pytest.approx(320)
    described = case.described()
    assert described["motor_kv"].flag.id == "vehicle.motor_kv"
    assert described["cells"].source == "battery"


def test_an_assumption_must_be_plausible_as_written(tmp_path):
    text = HEAD + '[assumptions.payload]\nvalue = "3000 kg"\nreason = "typo"\n'
    with pytest.raises(CaseError, match="assumptions.payload.value"):
        load_case(write(tmp_path, text))


def test_airframe_input_must_name_a_rotor_count(tmp_path):
    text = HEAD + '[figures.F1]\nfield = "airframe"\ntext = "a drone"\nrole = "input"\n'
    with pytest.raises(CaseError, match="figures.F1.text"):
        load_case(write(tmp_path, text))


# ---- the command line -------------------------------------------------------------------
def test_cli_lists_the_flagged_figures(capsys):
    assert main(["case", str(REFERENCE)]) == 0
    out = capsys.readouterr().out
    assert "flagged F6: garbled" in out and "flagged F9: underspecified" in out


def test_cli_broken_case_exits_2_without_traceback(tmp_path, capsys):
    assert main(["case", str(write(tmp_path, BROKEN))]) == 2
    err = capsys.readouterr().err
    assert "figures.F2.text" in err and "Traceback" not in err


def test_python_m_dronecalc_case_end_to_end(tmp_path):
    ok = subprocess.run([sys.executable, "-m", "dronecalc", "case", str(REFERENCE)],
                        capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert ok.returncode == 0 and "F6" in ok.stdout and "F9" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "dronecalc", "case",
                          str(write(tmp_path, '[case\ntitle = "x"\n'))],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert bad.returncode == 2 and "not valid TOML" in bad.stderr
    assert "Traceback" not in bad.stderr and bad.stdout == ""
