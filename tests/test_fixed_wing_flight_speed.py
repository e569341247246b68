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


def _with_at_speed(text: str, fid: str, speed: str) -> str:
    """The case text with ``at_speed = speed`` on the claim ``fid``."""
    head = f"[figures.{fid}]\n"
    assert head in text
    return text.replace(head, f'{head}at_speed = "{speed}"\n')


def test_a_claims_own_at_speed_is_the_speed_its_endurance_is_flown_at(tmp_path):
    # no speed claim at all: the flight time's own 18 m/s is still judged
    text = _without_figure(_without_figure(DELTAQUAD.read_text(encoding="utf-8"), "F8"), "F9")
    text = _with_at_speed(text, "F6", "18 m/s")
    result = dronecalc.check(_case(tmp_path, text), samples=2000, seed=0)
    at = [f for f in result.findings if f.check == "endurance-at-speed"]
    assert len(at) == 1 and at[0].claims == ["F6"] and "18 m/s" in at[0].statement
    # the range claim states no speed and the case none: no range-at-speed
    assert not any(f.check == "range-at-speed" for f in result.findings)


def test_a_claims_own_at_speed_wins_over_the_cases_cruise_speed(tmp_path):
    base = DELTAQUAD.read_text(encoding="utf-8")
    plain = dronecalc.check(_case(tmp_path, base), samples=2000, seed=0)
    result = dronecalc.check(_case(tmp_path, _with_at_speed(base, "F6", "25 m/s")),
                             samples=2000, seed=0)
    by = {(f.check, tuple(f.claims)): f for f in result.findings}
    was = {(f.check, tuple(f.claims)): f for f in plain.findings}
    end = by[("endurance-at-speed", ("F6",))]
    assert "25 m/s" in end.statement and "(F8)" not in end.statement
    # 25 m/s is well above the 65 km/h (18 m/s) cruise and the minimum-power speed: shorter
    assert end.estimate.p50 < was[("endurance-at-speed", ("F6",))].estimate.p50
    # the range claim (no at_speed of its own) keeps the case's cruise speed
    assert "(F8)" in by[("range-at-speed", ("F7",))].statement
    assert by[("range-at-speed", ("F7",))].estimate == was[("range-at-speed", ("F7",))].estimate
