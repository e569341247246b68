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
