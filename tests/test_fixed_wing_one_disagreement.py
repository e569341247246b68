"""One disagreement of speed x time vs distance is one finding (vtolclaims, issue 10): an
AT200-like piston quadplane whose range, flight time and top speed disagree had the
disagreement counted twice, as a cross-check (range in time) and again as a kinematics
finding (claims.fixed_wing_kinematics.fold)."""
from pathlib import Path

import dronecalc
from dronecalc.claims.contract import CROSS_CHECKS

N = 3000
FIXTURE = Path(__file__).parent / "fixtures" / "vtolclaims" / "at200-like-piston-quadplane.toml"


def _check(tmp_path, text=None):
    path = FIXTURE
    if text is not None:
        path = tmp_path / "case.toml"
        path.write_text(text, encoding="utf-8")
    return dronecalc.check(dronecalc.load_case(path), samples=N, seed=0)


def _pair(result):
    return [f for f in result.findings if sorted(f.claims) == ["R", "T"]]


def test_the_disagreement_is_one_cross_check_with_the_kinematics_as_its_note(tmp_path):
    result = _check(tmp_path)
    (finding,) = _pair(result)
    assert finding.check == "cross-check" and finding.verdict == "needs-checking"
    assert any("kinematics check of this pair" in n and "375 km/h" in n for n in finding.notes)
    disagreeing = [f for f in result.findings if f.check in CROSS_CHECKS
                   and f.verdict != "consistent"]
    assert len(disagreeing) == 1
    assert ("kinematics", ("R", "T")) not in result.samples._results   # no orphan samples


def test_a_range_at_a_stated_speed_has_no_contradicting_kinematics_finding(tmp_path):
    """2,183 km at 200 km/h in 8 h: the cross-check disagrees (1,600 km); the kinematics
    finding said "consistent" against the top speed, which the stated speed is not."""
    text = FIXTURE.read_text(encoding="utf-8").replace('text = "3,000 km"',
                                                        'text = "2,183 km"\nat_speed = "200 km/h"')
    (finding,) = _pair(_check(tmp_path, text))
    assert finding.check == "cross-check" and finding.verdict == "implausible"
    assert any("would say consistent" in n for n in finding.notes)


def test_an_agreeing_cross_check_keeps_the_kinematics_finding(tmp_path):
    """2,183 km in 8 h at most at 313 km/h agree (2,504 km): the kinematics check against
    the model's top speed is another comparison and stays."""
    text = FIXTURE.read_text(encoding="utf-8").replace('text = "3,000 km"', 'text = "2,183 km"')
    checks = sorted(f.check for f in _pair(_check(tmp_path, text)))
    assert checks == ["cross-check", "kinematics"]
