"""Review 18 items 3 and 8: a mission report that contradicted itself, and the HTML an editor
reads (raw error text in "Flagged figures", a quoted kind word, a band that crosses zero)."""
from __future__ import annotations

import re
import textwrap

import pytest

from dronecalc import load_case
from dronecalc.claims import checks
from dronecalc.engine import uncertainty as unc
from dronecalc.report import document, verdicts

SAMPLES = 4000

#: docs/case-format.md's "A mission of several legs" example (review 18's mission.toml).
MISSION = """
[case]
title = "Out with a load, back empty, on one charge"
source = "docs example (figures illustrative)"

[vehicle]
rotors = 4
rotor_diameter = "15 in"
empty_mass = "4 kg"

[battery]
capacity = "16000 mAh"
cells = "6S"

[figures.V1]
field = "speed"
text = "40 km/h"
role = "claim"

[figures.D1]
field = "distance"
text = "7 km"
quote = "carried a 3 kg missile 7 km"
role = "claim"
payload = "3 kg"
refers = ["V1"]

[figures.V2]
field = "speed"
text = "50 km/h"
role = "claim"

[figures.D2]
field = "distance"
text = "7 km"
quote = "then flew back 7 km empty"
role = "claim"
with_payload = false
refers = ["V2"]

[figures.S]
field = "statement"
text = "flew D1 out with the load, then D2 back empty, on one charge"
role = "claim"
refers = ["D1", "D2"]
asserts = "feasible"
"""

#: An electric-or-piston fixed wing the case names only by the kind word (review 18's UV20).
WING = """
[case]
title = "A fixed wing of unstated plant"
source = "test"

[figures.F1]
field = "airframe"
text = "fixed-wing"
role = "input"

[figures.F2]
field = "flight_time"
text = "90 min"
role = "claim"

[assumptions.takeoff_mass]
value = "10-20 kg"
reason = "test"
"""


@pytest.fixture(scope="module")
def mission(tmp_path_factory):
    path = tmp_path_factory.mktemp("r18") / "mission.toml"
    path.write_text(textwrap.dedent(MISSION), encoding="utf-8")
    return checks.check(load_case(path), samples=SAMPLES)


def _finding(result, check, first):
    return next(f for f in result.findings if f.check == check and f.claims[0] == first)


def test_central_point_of_a_count_is_its_lower_median():
    """packs 1-2 (half the draws one pack) sits at 1, not rounded up to 2; an odd count of
    values keeps its middle one."""
    def inp(name, low, high):
        return unc.Input(name, low, high, "prior")
    point = unc.central_point({"packs": inp("packs", 1, 2), "cells": inp("cells", 6, 12),
                               "rotors": inp("rotors", 4, 7)})
    assert point == {"packs": 1.0, "cells": 9.0, "rotors": 5.0}


def test_feasible_mission_bound_is_the_most_capable_machine(mission):
    """A feasible statement's generous bound is the most capable machine: the report must
    not say "even the least capable" of it while the median machine falls short."""
    s = _finding(mission, "statement", "S")
    text = verdicts.bound_text(s)
    assert "most capable" in text and "least capable" not in text
    assert s.estimate.p50 < 0 < s.generous_bound.value


def test_typical_machine_agrees_with_the_median_and_says_which_count(mission):
    """The median mission machine falls short (median < 0): so does the "typical" one of
    the overturn, and the sentence names the pack count it took."""
    s = _finding(mission, "statement", "S")
    assert s.estimate.p50 < 0
    assert "makes the claim true" not in s.overturn and "falls short" in s.overturn
    assert "1 pack " in s.overturn and "1-2 packs" in s.overturn   # count with its noun


def test_each_leg_power_curve_is_its_own(mission):
    """The empty leg at 50 km/h gets a power curve without payload at 50 km/h, the loaded
    leg one with its own 3 kg: not the case's curve marked at the first speed figure."""
    legs = mission.curves.legs
    empty, loaded = legs[("D2", "V2")], legs[("D1", "V1")]
    assert empty.speed == pytest.approx((50.0, 50.0)) and empty.speed_id == "V2"
    assert "no payload" in empty.payload and "3 kg" in loaded.payload
    # 3 kg more to lift needs more power at every speed (medians), the same machines
    assert (loaded.power.p50 > empty.power.p50[: loaded.power.p50.size]).all()
    blocks = document.build(mission, plots=True)
    captions = [b.caption for b in blocks if isinstance(b, document._Image)
                and "Power needed" in b.caption]
    assert any("(D2, V2)" in c and "no payload" in c for c in captions)
    assert not any("(D2, V2)" in c and "with the payload" in c for c in captions)


def test_band_crossing_zero_is_worded_as_a_shortfall(mission):
    """A leg whose middle 90 % runs from short to left is worded so, never "-0.977 to"."""
    leg = _finding(mission, "leg", "D1")
    assert leg.estimate.p5 < 0 < leg.estimate.p95
    for text in (verdicts.headline(leg, mission), verdicts.estimate_text(leg)):
        assert " short" in text and " left" in text and not re.search(r"(?<![\w.])-\d", text)


def test_flagged_figure_reads_as_a_sentence_and_the_kind_word_is_not_quoted(tmp_path):
    """The unresolved plant's flag: no key path, no "got", the kinds list cut to names; the
    refusal (a headline's words) says "the fixed wing", not "the fixed wing 'fixed-wing'"."""
    path = tmp_path / "wing.toml"
    path.write_text(textwrap.dedent(WING), encoding="utf-8")
    case = load_case(path)
    assert "'fixed-wing'" not in case.kind_note.refusal.reason
    result = checks.check(case, samples=2000)
    blocks = document.build(result, plots=False)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, document._Heading)
              and b.text == "Flagged figures")
    para = blocks[at + 1].text
    assert para.startswith("F1 (airframe)")
    assert "figures.F1.text" not in para and "; got " not in para
    assert "What would settle it" in para and "fixed-wing-piston" in para
    assert "(battery-electric multirotor" not in para and len(para) < 500
