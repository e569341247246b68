"""Tests of the command line: exit codes, JSON output, errors without tracebacks."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dronecalc.cli import main

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = str(ROOT / "examples" / "cases" / "green-zone-2021.toml")
FAST = ["--samples", "3000", "--seed", "3"]   # >= 1,000 kept: no thin-run warning

MINIMAL = """
[vehicle]
rotors = 4
rotor_diameter = "18-22 in"
mass = "8-10 kg"
payload = "3 kg"

[battery]
capacity = "18500 mAh"
cells = "6S"
packs = "1-2"
"""


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_check_prints_verdicts(capsys):
    code, out, err = run(capsys, "check", REFERENCE, *FAST)
    assert code == 0 and err == ""
    assert out.startswith("Quadcopter strike") and "IMPLAUSIBLE" in out


def test_check_json_parses(capsys):
    code, out, _ = run(capsys, "check", REFERENCE, "--json", *FAST)
    document = json.loads(out)
    assert code == 0
    assert document["run"] == {"samples_drawn": int(FAST[1]), "samples_kept": document["run"][
        "samples_kept"], "seed": 3, "rejected": document["run"]["rejected"]}
    assert {f["check"] for f in document["findings"]} >= {"kinematics", "endurance", "leg"}


def test_estimate_json_parses(capsys):
    code, out, _ = run(capsys, "estimate", REFERENCE, "--json", *FAST)
    document = json.loads(out)
    assert code == 0 and document["max_range"]["unit"] == "km"


def test_estimate_accepts_a_bare_machine_description(capsys, tmp_path):
    path = tmp_path / "machine.toml"
    path.write_text(MINIMAL)
    code, out, err = run(capsys, "estimate", str(path), *FAST)
    assert code == 0, err
    assert "hover endurance [min]" in out and "without payload" in out


@pytest.mark.parametrize("command", ["check", "estimate", "case"])
def test_missing_file_exits_2_with_a_message(capsys, tmp_path, command):
    code, out, err = run(capsys, command, str(tmp_path / "nope.toml"))
    assert code == 2 and out == ""
    assert err.startswith("dronecalc: error:") and "nope.toml" in err
    assert "Traceback" not in err


def test_bad_case_file_exits_2_naming_the_entry(capsys, tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(MINIMAL.replace('"3 kg"', '"three furlongs"'))
    code, _, err = run(capsys, "estimate", str(path))
    assert code == 2 and "vehicle.payload" in err and "Traceback" not in err


def test_machine_that_cannot_exist_exits_2(capsys, tmp_path):
    path = tmp_path / "heavy.toml"
    path.write_text(MINIMAL.replace('mass = "8-10 kg"', 'mass = "2 kg"')
                    + 'mass = "5 kg"\n')
    code, _, err = run(capsys, "estimate", str(path), *FAST)
    # the message names the stated figure a check would set aside (or, when no one figure
    # explains it, the constraint no sampled machine satisfies)
    assert code == 2 and ("constraints" in err or "no buildable machine" in err)


@pytest.mark.parametrize("option", [["--samples", "0"], ["--samples", "many"],
                                    ["--seed", "-1"]])
def test_bad_options_are_usage_errors(capsys, option):
    with pytest.raises(SystemExit) as exit_info:
        main(["check", REFERENCE, *option])
    assert exit_info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_case_command_still_lists_flags(capsys):
    code, out, _ = run(capsys, "case", REFERENCE)
    assert code == 0 and "flagged F6: garbled" in out


def test_python_dash_m_runs_check():
    proc = subprocess.run([sys.executable, "-m", "dronecalc", "check", REFERENCE, "--json",
                           *FAST], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["case"]["vehicle_class"] == "large-lift-quad"


def test_python_dash_m_error_has_no_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "dronecalc", "check",
                           str(tmp_path / "missing.toml")], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2
    assert "dronecalc: error:" in proc.stderr and "Traceback" not in proc.stderr


def test_report_flag_writes_the_report_with_the_runs_seed(capsys, tmp_path, monkeypatch):
    calls = []

    def fake_write_report(result, path, *, case=None, seed=None, plots=None):
        calls.append((result.run.seed, path, case.title, seed))
        return [tmp_path / "r.md"]

    monkeypatch.setattr("dronecalc.report.document.write_report", fake_write_report)
    code, out, err = run(capsys, "check", REFERENCE, *FAST, "--report", str(tmp_path / "r.md"))
    assert code == 0 and out.startswith("Quadcopter strike")
    assert calls == [(3, str(tmp_path / "r.md"), out.splitlines()[0], 3)]
    assert "wrote" in err


def test_report_flag_refuses_an_unknown_format_before_computing(capsys, tmp_path):
    code, out, err = run(capsys, "check", REFERENCE, "--report", str(tmp_path / "r.pdf"))
    assert code == 2 and out == "" and "--report" in err and ".md" in err


# --------------------------------------------------------------------------- help, version, typos

def test_version_prints_the_package_version(capsys):
    import dronecalc
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"dronecalc {dronecalc.__version__}"


@pytest.mark.parametrize("command", ["case", "check", "estimate"])
def test_every_argument_has_help(command):
    from dronecalc.cli import build_parser
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    for action in sub._actions:
        assert action.help, f"{command} {action.dest} has no help text"
    assert all(a.help for a in parser._actions if a.dest != "command")


def test_a_mistyped_command_gets_a_suggestion(capsys):
    code, out, err = run(capsys, "chek", REFERENCE)
    assert code == 2 and out == ""
    assert "unknown command 'chek'; did you mean 'check'?" in err


def test_a_mistyped_field_gets_a_suggestion(capsys, tmp_path):
    path = tmp_path / "typo.toml"
    path.write_text('[case]\ntitle = "t"\nsource = "s"\n[figures.F1]\nfield = "payload"\n'
                    'text = "3 kg"\nrole = "input"\nqoute = "three kilograms"\n')
    code, _, err = run(capsys, "case", str(path))
    assert code == 2
    assert "unknown field 'payload'; did you mean 'payload_mass'?" in err
    assert "unknown key 'qoute'; did you mean 'quote'?" in err
