"""The speed a fixed wing's range and endurance are judged at (review of issue #13's at-speed
checks): a cruise speed or the claim's own ``at_speed``, never a top speed; and no speed the
model cannot fly (below ``STALL_MARGIN`` x stall) gives a longer flight than the best one."""
import re
from pathlib import Path

import numpy as np
import pytest

import dronecalc

ROOT = Path(__file__).resolve().parents[1]
DELTAQUAD = ROOT / "examples" / "cases" / "deltaquad.toml"


def _without_figure(text: str, fid: str) -> str:
    """The case text with the table ``[figures.<fid>]`` taken out."""
    return re.sub(rf"\[figures\.{fid}\]\n(?:[^\[\n].*\n)*", "", text)


def _case(tmp_path, text: str):
    (tmp_path / "dq.toml").write_text(text, encoding="utf-8")
    return dronecalc.load_case(tmp_path / "dq.toml")


def test_a_top_speed_is_never_the_speed_a_range_or_endurance_is_flown_at(tmp_path):
    # the DeltaQuad with its cruise speed (F8) taken out keeps only "Maximum speed 100 km/h"
    text = _without_figure(DELTAQUAD.read_text(encoding="utf-8"), "F8")
    assert 'field = "top_speed"' in text and 'field = "cruise_speed"' not in text
    result = dronecalc.check(_case(tmp_path, text), samples=2000, seed=0)
    checks = [f.check for f in result.findings]
    assert "endurance" in checks and "range" in checks
    assert "endurance-at-speed" not in checks and "range-at-speed" not in checks
    assert not any("100 km/h (F9)" in f.statement for f in result.findings)
