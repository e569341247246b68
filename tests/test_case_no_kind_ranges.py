"""A case that names no vehicle kind reads its figures with every kind's widest range
(issue 10, trials_new9): five of that round's ten hand cases name no kind (Orlan-10, V-BAT,
Mohajer-10, Sadegh, KUB), and `check` offered the Orlan-10's "16 h" as a slip for 16 min,
its "140 km" for 0.14 km and the V-BAT's "over 13 hours" for 13 minutes, the multirotor
ranges, for machines the source never called multirotors.
"""

from __future__ import annotations

import pytest

from dronecalc import load_case
from dronecalc.intake.fields import ANY_KIND, FIELDS, WING_RANGES, spec_for


def _case(tmp_path, figure, kind_line=""):
    path = tmp_path / "case.toml"
    field, text = figure
    path.write_text(f'[case]\ntitle = "t"\nsource = "s"\n{kind_line}\n[figures.F1]\n'
                    f'field = "{field}"\ntext = "{text}"\nrole = "claim"\n', encoding="utf-8")
    return load_case(path)


@pytest.mark.parametrize("figure", [("flight_time", "16 h"), ("range", "140 km"),
                                    ("flight_time", "more than 13 h"), ("range", "2000 km")])
def test_no_kind_no_multirotor_flag(tmp_path, figure):
    assert _case(tmp_path, figure).flags == []


@pytest.mark.parametrize("figure", [("flight_time", "16 h"), ("range", "2000 km")])
def test_a_multirotor_keeps_its_ranges(tmp_path, figure):
    case = _case(tmp_path, figure, 'vehicle_kind = "multirotor"')
    assert [f.problem for f in case.flags] in (["out-of-range"], ["garbled"])


def test_what_no_kind_would_state_is_still_flagged(tmp_path):
    flags = _case(tmp_path, ("range", "200000 km")).flags
    assert [f.field for f in flags] == ["range"]


@pytest.mark.parametrize("field", sorted(f for f, s in FIELDS.items() if s.low is not None))
def test_any_kind_range_holds_every_kinds(field):
    wide, rotor = spec_for(field, ANY_KIND), spec_for(field)
    assert wide.low <= rotor.low and wide.high >= rotor.high
    if field in WING_RANGES:
        assert wide.low <= WING_RANGES[field][0] and wide.high >= WING_RANGES[field][1]


def _no_claim(tmp_path, kind_line):
    path = tmp_path / "noclaim.toml"
    path.write_text(f'[case]\ntitle = "t"\nsource = "s"\n{kind_line}\n[figures.F1]\n'
                    'field = "context"\ntext = "10 km"\nrole = "context"\n', encoding="utf-8")
    return path


def test_no_claim_and_no_kind_says_what_estimate_would_need(tmp_path, capsys):
    # trials_new9's IS grenade-drone passage: "nothing to check ... (or use dronecalc estimate
    # ...)" pointed to a command that refuses a case naming no kind
    from dronecalc.cli import main
    assert main(["check", str(_no_claim(tmp_path, ""))]) == 2
    err = capsys.readouterr().err
    assert "nothing to check" in err and "estimate" in err and "which needs an airframe" in err


def test_no_claim_of_a_named_kind_keeps_the_plain_hint(tmp_path, capsys):
    from dronecalc.cli import main
    assert main(["check", str(_no_claim(tmp_path, 'vehicle_kind = "multirotor"'))]) == 2
    err = capsys.readouterr().err
    assert "estimate for what the machine can do)" in err and "which needs" not in err
