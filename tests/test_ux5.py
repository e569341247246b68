"""Bugs a new user's trial (ux5) met, following only the README and docs/: each test fails on
the code before its fix. The case files are made-up (tests/fixtures/ux5/)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import dronecalc
from dronecalc.claims.contract import CROSS_CHECKS
from helpers import check_text

CASES = Path(__file__).parent / "fixtures" / "ux5"
_NOT_ALONE = re.compile(r"No value of .*? alone would do it\.")


@pytest.fixture(scope="module")
def results():
    out = {}
    for name in ("fpv", "garbled", "allkinds", "piston"):
        out[name] = dronecalc.check(dronecalc.load_case(CASES / f"{name}.toml"), samples=600,
                                    seed=0)
    return out


def test_every_verdict_says_what_would_overturn_it(results):
    """'No value of X alone would do it' says only what would not overturn a verdict: when no
    single assumption crosses the claim, the sentence goes on to say what would (the FPV's
    implausible 10 km range; the garbled case's consistent flight time)."""
    seen = 0
    for result in results.values():
        for f in result.findings:
            if f.check in CROSS_CHECKS or not f.overturn or not _NOT_ALONE.search(f.overturn):
                continue
            seen += 1
            rest = _NOT_ALONE.sub("", f.overturn).strip()
            assert rest, (f.claims, f.overturn)
    assert seen >= 2


def test_radio_condition_without_a_reason_ends_cleanly(results):
    """A radio range stated by a figure (no assumption's reason) gave the condition
    'advertised radio range (figure RR):', ending in a colon."""
    radio = [f for f in results["allkinds"].findings if f.check == "radio"]
    assert radio
    for f in radio:
        assert not f.condition.rstrip().endswith(":"), f.condition
        assert "figure RR" in f.condition


def test_kinematics_pairs_only_figures_of_one_flight(tmp_path):
    """A hover time covers no distance, a claim at its own at_speed is not flown at the speed
    figure, and a range into a headwind is another flight than a plain flight time: none was
    to be paired with the speed figure ('A 40 km range (G) flown in 25 min (H)', H a hover
    time). A plain range and a plain flight time still are."""
    head = """
[case]
title = "kinematics pairs"
source = "test"

[vehicle]
rotors = 4
rotor_diameter = "15 in"
mass = "5 kg"

[battery]
energy = "350 Wh"

[figures.V]
field = "speed"
text = "50 km/h"
role = "claim"
"""
    def fig(fid, field, text, extra=""):
        return f'\n[figures.{fid}]\nfield = "{field}"\ntext = "{text}"\nrole = "claim"\n{extra}'
    odd = (head + fig("G", "range", "40 km", 'headwind = "5 m/s"')
           + fig("H", "flight_time", "25 min", 'mode = "hover"')
           + fig("S", "flight_time", "28 min", 'at_speed = "30 km/h"')
           + fig("R", "range", "20 km") + fig("P", "flight_time", "30 min", 'payload = "1 kg"'))
    pairs = {tuple(f.claims[:2]) for f in check_text(tmp_path, odd).findings
             if f.check == "kinematics"}
    assert pairs == set(), pairs
    plain = head + fig("R", "range", "20 km") + fig("T", "flight_time", "30 min")
    pairs = [tuple(f.claims) for f in check_text(tmp_path, plain).findings
             if f.check == "kinematics"]
    assert pairs == [("R", "T", "V")]


def test_summary_names_the_ceiling_claim(results):
    """The In short named every consistent claim by its id but the service ceiling ('the
    service ceiling of 5000 m and the 8 kg payload (F6)'): a ceiling finding is a verdict."""
    result = results["piston"]
    ceiling = [f for f in result.findings if f.check == "ceiling"]
    assert ceiling
    from dronecalc.report.verdicts import summary
    text = " ".join(summary(result))
    assert "(F5)" in text, text


# --------------------------------------------------------------------------- API and CLI

REFERENCE = Path(__file__).resolve().parents[1] / "examples" / "cases" / "green-zone-2021.toml"


def _cli(capsys, *argv):
    from dronecalc.cli import main
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def reference_runs():
    case = dronecalc.load_case(REFERENCE)
    return dronecalc.check(case, samples=300, seed=0), dronecalc.estimate(case, samples=300)


@pytest.mark.parametrize("render, which, wrong", [
    ("format_check", 1, "EstimateResult"), ("check_json", None, "NoneType"),
    ("format_estimate", 0, "CheckResult"), ("estimate_json", "x", "str"),
    ("write_report", 1, "EstimateResult")])
def test_renderers_refuse_the_wrong_result_with_the_library_error(reference_runs, tmp_path,
                                                                  render, which, wrong):
    """format_check(an estimate), check_json(None), write_report(an estimate) raised an
    AttributeError ('EstimateResult' object has no attribute 'findings')."""
    from dronecalc.errors import DroneCalcError
    arg = reference_runs[which] if isinstance(which, int) else which
    extra = (tmp_path / "r.html",) if render == "write_report" else ()
    with pytest.raises(DroneCalcError) as err:
        getattr(dronecalc, render)(arg, *extra)
    assert err.value.field == "result" and wrong in str(err.value)
    assert "dronecalc." in err.value.expected
    assert not list(tmp_path.iterdir())


def test_estimate_table_has_no_empty_unit_brackets(tmp_path):
    """A fixed wing's 'max lift to drag []': a ratio has no unit, so no brackets."""
    est = dronecalc.estimate(dronecalc.load_case(CASES / "piston.toml"), samples=300)
    text = dronecalc.format_estimate(est)
    assert "lift to drag" in text and "[]" not in text


def test_cli_samples_not_a_whole_number_says_what_to_write(capsys):
    """'--samples 1e5' said only "not a whole number: '1e5'"."""
    with pytest.raises(SystemExit):
        _cli(capsys, "check", str(REFERENCE), "--samples", "1e5")
    err = capsys.readouterr().err
    assert "'1e5'" in err and "expected" in err and "100000" in err


@pytest.mark.parametrize("argv, wrong, best", [
    (["check", str(REFERENCE), "--repot", "x.html"], "--repot", "--report"),
    (["extract", "a.txt", "--ouput", "d.toml"], "--ouput", "--output"),
    (["estimate", str(REFERENCE), "--report", "x.html"], "--report", None)])
def test_cli_unknown_option_names_the_closest(capsys, tmp_path, argv, wrong, best):
    """An unknown option got argparse's 'unrecognized arguments: --repot x.html', with no
    suggestion, where a mistyped command or field gets the closest known one."""
    code, out, err = _cli(capsys, *argv)
    assert code == 2 and out == ""
    assert wrong in err and "options:" in err
    assert (f"did you mean {best!r}" in err) if best else "did you mean" not in err
    assert not (tmp_path / "x.html").exists()


def test_cli_case_says_how_each_flagged_figure_is_read(capsys):
    """'dronecalc case' listed "flagged F3: garbled: '2000 kg'" without the reading check
    uses (2 kg), and printed only the title for a case with no flag."""
    code, out, _ = _cli(capsys, "case", str(CASES / "garbled.toml"))
    assert code == 0 and "'2000 kg' -> read as 2 kg" in out
    code, out, _ = _cli(capsys, "case", str(CASES / "allkinds.toml"))
    assert code == 0 and "no figure flagged" in out


# --------------------------------------------------------------------------- conflicts

@pytest.fixture(scope="module")
def conflicted(results):
    out = {"fpv": results["fpv"]}
    for name in ("delivery", "conflict", "agri"):
        out[name] = dronecalc.check(dronecalc.load_case(CASES / f"{name}.toml"), samples=600,
                                    seed=0)
    return out


def test_conflict_finding_reads_without_code_names(conflicted):
    """A conflict finding quoted the engine's constraint text ('propulsion.TIP_MACH_LIMIT',
    'control_thrust_ratio x weight', 'max_battery_fraction', 'its margin is at best
    -0.000847'; condition 'stated inputs against battery_share'): code names a reader of the
    report cannot follow."""
    seen = set()
    for result in conflicted.values():
        for f in result.findings:
            if f.check != "conflict":
                continue
            seen.add(f.condition)
            assert "_" not in f.condition, f.condition
            for word in ("propulsion.", "control_thrust_ratio", "max_battery_fraction",
                         "TIP_MACH_LIMIT", "margin is at best", "priors.conditioned"):
                assert word not in f.statement, (word, f.statement)
    assert {"stated inputs against the propeller tip-speed limit",
            "stated inputs against the thrust needed for control"} <= seen


def test_a_kv_set_aside_is_not_called_unstated(conflicted):
    """With the stated 2400 Kv set aside by a conflict, the top-speed note said 'No motor Kv
    is stated'; it now names the figure set aside."""
    result = conflicted["fpv"]
    conflict = next(f for f in result.findings if f.check == "conflict")
    assert conflict.claims == ["vehicle.motor_kv"]
    top = next(f for f in result.findings if f.check == "top_speed")
    text = " ".join(top.notes)
    assert "No motor Kv is stated" not in text and "no Kv stated" not in text
    assert "vehicle.motor_kv" in text and "set aside" in text


def test_summary_says_a_stated_figure_was_set_aside(conflicted):
    """The In short said nothing of the conflict, though every verdict rests on the case with
    one stated figure set aside."""
    from dronecalc.report.verdicts import summary
    for result in conflicted.values():
        conflicts = [f for f in result.findings if f.check == "conflict"]
        if conflicts:
            text = " ".join(summary(result))
            assert conflicts[0].claims[0] in text and "set aside" in text, text


def test_prior_ends_that_round_alike_are_one_number(conflicted):
    """'Its ends give 33.5-33.5 kg' (the agricultural hexacopter's stated 65 kg maximum
    take-off mass: both ends of the design load are that figure): one number."""
    pattern = re.compile(r"Its ends give ([\d.,]+)(?:-([\d.,]+))? ")
    seen = 0
    for result in conflicted.values():
        for f in result.findings:
            for note in f.notes:
                for low, high in pattern.findall(note):
                    seen += 1
                    assert low != high, note
    assert seen


def test_kinematics_pairs_a_time_that_leaves_its_payload_unsaid(conflicted):
    """'15 km with payload' and '35 minutes' (payload not said) may be one flight: still
    compared with the 54 km/h speed figure (a with_payload left unsaid may be either)."""
    kin = [f.claims for f in conflicted["delivery"].findings if f.check == "kinematics"]
    assert kin == [["F1", "F2", "F3"]]


# --------------------------------------------------------------------------- the HTML report

#: Words of a table's first column (its labels) that the browser broke across lines.
_BROKEN_LABELS = r"""(() => {
  const broken = [];
  for (const cell of document.querySelectorAll('td:first-child')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const re = /\S+/g; let m;
      while ((m = re.exec(node.data)) !== null) {
        const range = document.createRange();
        range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
})()"""


def test_report_labels_are_not_broken_mid_word_on_a_phone(tmp_path):
    """At 390 px the numbers table of a cross-check read 'Claime' / 'd': the label column
    shrank to let the long value wrap anywhere. A cross-check of [battery] values also showed
    a bare '-' under 'The figures'."""
    sys_path = str(Path(__file__).resolve().parent)
    import sys
    if sys_path not in sys.path:
        sys.path.insert(0, sys_path)
    from browser import Browser, find_chromium
    binary = find_chromium()
    if binary is None:
        pytest.skip("chromium not installed")
    result = dronecalc.check(dronecalc.load_case(CASES / "conflict.toml"), samples=300, seed=0)
    path = tmp_path / "r.html"
    dronecalc.write_report(result, path, plots=False)
    html = path.read_text()
    assert "battery.voltage (stated in the case file" in html
    with Browser(binary) as browser:
        browser.open(path.as_uri(), 390, 844, True)
        broken = browser.evaluate(_BROKEN_LABELS)
    assert broken == []


def test_estimate_names_the_conflicting_figure():
    """estimate stopped with "thrust: no sampled machine satisfies the constraints; got 'with
    its payload, full-throttle static thrust (propulsion 'kv' ceiling) reache… (144
    characters)": no field, no value. It now names the stated figure check sets aside."""
    from dronecalc.errors import DroneCalcError
    with pytest.raises(DroneCalcError) as err:
        dronecalc.estimate(dronecalc.load_case(CASES / "conflict.toml"), samples=300)
    assert err.value.field == "vehicle.motor_kv" and err.value.value == "100 Kv"
    assert "correct or remove it" in err.value.expected


def test_text_drivers_with_negative_ends_read_as_ranges(tmp_path):
    """A leg's drivers printed '-> -31.9--99.3 %' (the tutorial's courier leg): a negative
    end reads 'low to high'."""
    text = """
[case]
title = "a leg that cannot be flown"
source = "test"

[vehicle]
rotors = 6
rotor_diameter = "22-28 in"
mass = "13 kg"
payload = "5 kg"

[battery]
capacity = "22000 mAh"
cells = "12S"
packs = 1

[figures.D]
field = "distance"
text = "30 km"
role = "claim"
with_payload = true

[figures.V]
field = "speed"
text = "70 km/h"
role = "claim"
with_payload = true
"""
    result = check_text(tmp_path, text)
    out = dronecalc.format_check(result)
    leg = next(f for f in result.findings if f.check == "leg")
    assert any(d.result_at_low < 0 or d.result_at_high < 0 for d in leg.drivers)
    assert not re.search(r"\d--\d", out), out


def test_statement_summary_reads_with_a_quote_that_is_a_sentence(results):
    """'The source's conclusion that the drone “it could not fly the leg with the payload”':
    a quote that is its own sentence is quoted as the conclusion itself."""
    from dronecalc.report.verdicts import summary
    text = " ".join(summary(results["allkinds"]))
    assert "the drone \u201cit could" not in text
    assert "\u201cit could not fly the leg with the payload\u201d (ST) is not supported" in text


def test_every_fixed_wing_input_has_a_plain_name():
    """The report's drivers tables and pictures showed fixed-wing inputs by their code names
    ('calibration percentile', 'zero lift drag', 'bsfc'): every input of either registry
    has a plain name."""
    from dronecalc.engine.fixed_wing import VARIABLES as WING
    from dronecalc.priors.variables import VARIABLES
    from dronecalc.report.glossary import INPUTS
    assert [k for k in list(VARIABLES) + list(WING) if k not in INPUTS] == []


def test_report_overturn_names_inputs_in_plain_words(results, tmp_path):
    """The HTML report's 'What would overturn it' spoke of 'efficiency percentile' and
    'drag area coefficient' while its drivers table beside it used plain names."""
    from dronecalc.report.glossary import INPUTS
    result = results["garbled"]
    path = tmp_path / "r.html"
    dronecalc.write_report(result, path, plots=False)
    lines = [line for line in path.read_text().splitlines() if "What would overturn it" in line]
    assert lines
    text = " ".join(lines)
    for raw in ("efficiency percentile", "drag area coefficient", "rotor drag coefficient"):
        assert raw not in text, raw
    assert INPUTS["efficiency_percentile"] in text


def test_not_judged_needs_read_as_a_sentence(results, tmp_path):
    """'Needs leg: a distance and a speed figure ...' (the claim kind's code name run into
    the sentence), in the text and the HTML report."""
    result = dronecalc.check(dronecalc.load_case(CASES / "delivery.toml"), samples=300, seed=0)
    assert [n.claim for n in result.not_judged] == ["F3"]
    text = dronecalc.format_check(result)
    path = tmp_path / "r.html"
    dronecalc.write_report(result, path, plots=False)
    for out in (text, path.read_text()):
        assert not re.search(r"Needs\s+leg:", out)
        assert re.search(r"the\s+leg\s+check\s+needs", out)     # wording of ux6


def test_a_claim_kept_as_written_has_no_reading(tmp_path):
    """The figure key said 'flight_time: 35 h (read as 2,100 min)' and 'range: 2000-2500 km
    (read as 2000-2500 km)' of claims judged as written: 'read as' is for a reinterpretation
    the model computes with (a garbled input), as its docstring says."""
    text = """
[case]
title = "unit slip claims"
source = "test"

[vehicle]
rotors = 4
rotor_diameter = "15 in"
mass = "5 kg"

[battery]
energy = "350 Wh"

[figures.P]
field = "payload_mass"
text = "2000 kg"
role = "input"

[figures.R]
field = "range"
text = "2000-2500 km"
role = "claim"

[figures.T]
field = "flight_time"
text = "35 h"
role = "claim"
"""
    result = check_text(tmp_path, text)
    refs = {r.id: r for r in result.figures}
    assert refs["R"].reading is None and refs["T"].reading is None
    assert "read as" not in " ".join(line for line in dronecalc.format_check(result).splitlines()
                                     if line.lstrip().startswith(("R ", "T ")))
    assert refs["P"].reading == "2 kg"          # a garbled input keeps its reading


def test_a_thin_run_says_so_in_its_own_output(tmp_path):
    """Fewer than 1,000 kept machines were said only on standard error: the text output and
    the HTML report, the ones forwarded to a reader, gave verdicts on 62 machines without
    saying that the one-in-a-thousand rule cannot apply."""
    result = dronecalc.check(dronecalc.load_case(CASES / "garbled.toml"), samples=300, seed=0)
    assert result.run.kept < 1000
    assert "Warning: the verdicts rest on" in dronecalc.format_check(result)
    path = tmp_path / "r.html"
    dronecalc.write_report(result, path, plots=False)
    assert "Warning: the verdicts rest on" in path.read_text()
    ref = dronecalc.check(dronecalc.load_case(REFERENCE), samples=3000, seed=0)
    assert ref.run.kept >= 1000 and "Warning" not in dronecalc.format_check(ref)


def test_a_claim_with_payload_in_a_case_without_one_says_so(tmp_path):
    """'with_payload = true' in a case stating no payload mass was flown with none under the
    plain condition 'with no payload (the case states none)', as if the claim had said
    nothing: the condition now says the claim was stated with payload and what would judge
    it so."""
    text = """
[case]
title = "with payload, none stated"
source = "test"

[vehicle]
rotors = 4
rotor_diameter = "15 in"
mass = "5 kg"

[battery]
energy = "350 Wh"

[figures.T]
field = "flight_time"
text = "20 min"
role = "claim"
with_payload = true

[figures.U]
field = "flight_time"
text = "20 min"
role = "claim"
"""
    found = {f.claims[0]: f for f in check_text(tmp_path, text).findings}
    assert "stated with payload" in found["T"].condition
    assert "payload_mass" in found["T"].condition
    assert "stated with payload" not in found["U"].condition
