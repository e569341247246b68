"""Review finding 5: the summary counts each claim once, by its one verdict (the claim
contract, ``CheckResult.verdicts``), and the cross-checks of the source's figures on their own
line, never as verdicts against the physics (text, JSON summary, HTML/Markdown report)."""
from __future__ import annotations

import re
from pathlib import Path

from dronecalc import check, load_case
from dronecalc.report import document, text, verdicts

#: /tmp/rv/ts.toml: a tailsitter with 4 claims (flight time, range, cruise speed, a payload
#: claim over the stated 0.8 kg maximum payload): cross-checks "range in time" and "payload".
TS = """[case]
title = "tailsitter"
source = "test"
""" + "".join(f'[figures.{i}]\nfield = "{f}"\ntext = "{t}"\nrole = "{r}"\n' for i, f, t, r in (
    ("F1", "airframe", "tailsitter VTOL", "input"), ("F2", "takeoff_mass", "8 kg", "input"),
    ("F3", "battery_energy", "500 Wh", "input"), ("F4", "flight_time", "2 h", "claim"),
    ("F5", "range", "150 km", "claim"), ("F6", "cruise_speed", "70 km/h", "claim"),
    ("F7", "payload_mass", "1 kg", "claim"), ("F8", "max_payload", "0.8 kg", "input"),
    ("F9", "top_speed", "100 km/h", "claim")))


def _result(tmp_path):
    path = tmp_path / "ts.toml"
    path.write_text(TS)
    case = load_case(path)
    return case, check(case, samples=400, seed=0)


def test_text_counts_claims_once_and_cross_checks_apart(tmp_path):
    case, result = _result(tmp_path)
    out = text.format_check(result, details=False)
    line = next(l for l in out.splitlines() if l.startswith("Verdicts: "))
    counted = sum(int(n) for n in re.findall(r"(\d+) ", line))
    assert counted == len(case.claims) == len(result.verdicts) + len(result.not_judged)
    cross = [f for f in result.findings if f.check in ("cross-check", "kinematics")]
    # range in time (top speed x 2 h) and the payload; since vtolspeed the tailsitter's speed
    # is judged on its rotors' power, so the range-in-time kinematics cross-check runs too
    assert len(cross) == 3
    assert "Cross-checks of the source's figures: 1 needs checking, 2 agree." in out
    first = verdicts.summary(result)[0]
    assert f"judged {len(result.verdicts)} claims" in first


def test_the_summary_calls_no_cross_check_consistent_with_physics(tmp_path):
    _, result = _result(tmp_path)
    items = verdicts.summary_items(result)
    physics = [s for s, _ in items if s.startswith("Consistent with physics")]
    assert physics and "against the other figures" not in physics[0]
    # the cross-checks are counted apart, on the first sentence, never as physics verdicts
    assert "the source's figures checked against each other:" in items[0][0]


def test_the_report_tables_verdicts_and_cross_checks_apart(tmp_path):
    _, result = _result(tmp_path)
    blocks = document.build(result, plots=False)
    tables = [b for b in blocks if type(b).__name__ == "_Table" and b.kind == "stack verdicts"]
    verdict_rows = sum(len(t.rows) for t in tables if t.header[-1] == "What the physics says")
    cross_rows = sum(len(t.rows) for t in tables if t.header[-1] == "What the comparison says")
    assert verdict_rows == len({id(f) for f in result.verdicts.values()})
    assert cross_rows == sum(f.check in ("cross-check", "kinematics")
                             for f in result.findings) == 3


def test_a_disagreement_of_the_sources_own_figures_stays_in_the_summary():
    # the reference case: three claim sentences fill the room, and the kinematics cross-check
    # (40 km in over 120 min at 60-70 km/h) had been dropped from "In short"
    from dronecalc import load_case
    from dronecalc.claims import checks
    root = Path(__file__).resolve().parents[1]
    result = checks.check(load_case(root / "examples/cases/green-zone-2021.toml"), 2000, 0)
    items = verdicts.summary_items(result)
    assert len(items) <= 5
    disagree = [f for f in result.findings if f.check == "kinematics" and f.verdict == "implausible"]
    assert disagree and verdicts.headline(disagree[0], result) in [s for s, _ in items]
