"""A claim judged under each reading of its case (a fixed wing whose power plant is unknown)
gets its pictures from each reading's own machines, or a note saying why not (the report
review of 2026-12-04: such a case's HTML report had no picture at all)."""
from __future__ import annotations

import re

import pytest

from dronecalc.claims.contract import CROSS_CHECKS
from dronecalc.report import blocks, document
from helpers import check_text

pytest.importorskip("matplotlib")

CASE = """
[case]
title = "A fixed-wing drone of unstated plant"
source = "test"
vehicle_class = "fixed-wing"

[figures.F1]
field = "airframe"
text = "fixed-wing drone"
quote = "a fixed-wing drone"
role = "input"

[figures.F2]
field = "takeoff_mass"
text = "25 kg"
quote = "weighs 25 kg"
role = "input"

[figures.F3]
field = "wingspan"
text = "3 m"
quote = "a 3 m wingspan"
role = "input"

[figures.F4]
field = "range"
text = "300 km"
quote = "flies 300 km"
role = "claim"

[figures.F5]
field = "flight_time"
text = "5 h"
quote = "stays up 5 hours"
role = "claim"
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    return check_text(tmp_path_factory.mktemp("readings"), CASE)


def test_each_reading_of_each_claim_has_its_own_picture(result):
    folded = [f for f in result.findings if f.readings and f.check not in CROSS_CHECKS]
    assert len(folded) == 2
    page = blocks.render_html(document.build(result, plots=True), "x")
    alts = re.findall(r'<img alt="([^"]*)"', page)
    for f in folded:
        for r in f.readings:
            assert r.finding is not None and r.samples is not None
            drawn = [a for a in alts if f"read as {r.label}:" in a
                     and r.finding.claimed.text in a]
            assert drawn, (f.claims, r.label, alts)
            # the picture is of that reading's own machines: its own middle 90 %
            low = document.num(r.finding.estimate.p5)
            assert any(low in a for a in drawn)


def test_the_readings_differ_so_the_pictures_do(result):
    f = next(f for f in result.findings if f.readings and f.check not in CROSS_CHECKS)
    a, b = (r.samples.values(r.finding) for r in f.readings[:2])
    assert a.size and b.size and float(a.magnitude.mean()) != float(b.magnitude.mean())


def test_a_reading_without_machines_says_why(result):
    from dataclasses import replace

    from dronecalc.report.reading_plots import for_readings
    f = next(f for f in result.findings if f.readings and f.check not in CROSS_CHECKS)
    gone = replace(f, readings=(replace(f.readings[0], samples=None), f.readings[1]))
    pictures = document._Pictures(result, True)
    out = for_readings(pictures, 1, gone)
    notes = [b for b in out if isinstance(b, blocks._Para)]
    assert notes and f.readings[0].label in notes[0].text
    assert any(isinstance(b, blocks._Image) for b in out)
