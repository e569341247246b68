"""``dronecalc case`` and ``dronecalc check`` agree on every fixed-wing and VTOL field (issue 13):
the same error for a figure neither can read, and, for a stated input past the wing models'
reach, the same reason why no claim is judged (``case`` had listed a 1e9 m wingspan as merely
out of range while ``check`` judged no claim). Also: a wing's cruise-speed claim of zero is
"not judged" without a divide-by-zero warning, and a jet's speed and ceiling claims without
a thrust say why in plain words and which figure would let them be judged."""
from __future__ import annotations

import warnings

import pytest

import dronecalc
from dronecalc.claims import checks
from dronecalc.claims.reach import reach
from dronecalc.errors import DroneCalcError
from dronecalc.intake.fields import FIELDS

#: The wing and VTOL fields of issue 13 (their FieldSpec is in intake.fields).
WING_FIELDS = ("wingspan", "wing_area", "engine_power", "engine_type", "fuel_volume",
               "fuel_mass", "fuel_type", "warhead_mass", "cruise_speed", "service_ceiling")

#: One case per wing-borne plant: the airframe, its mass and plant, one claim.
BASES = {
    "fixed-wing-piston": [("airframe", "Shahed-136 delta-wing one-way attack drone", "input"),
                          ("takeoff_mass", "200 kg", "input"),
                          ("engine_type", "piston engine", "input"),
                          ("range", "2000 km", "claim")],
    "vtol-quadplane": [("airframe", "DeltaQuad VTOL flying wing quadplane", "input"),
                       ("takeoff_mass", "5 kg", "input"),
                       ("battery_energy", "340 Wh", "input"),
                       ("range", "120 km", "claim")],
}


def _case(tmp_path, base, field, text, role):
    rows = [r for r in BASES[base] if r[0] != field] + [(field, text, role)]
    body = '[case]\ntitle = "t"\nsource = "s"\n' + "".join(
        f'[figures.F{i}]\nfield = "{f}"\ntext = "{t}"\nquote = "q"\nrole = "{r}"\n'
        for i, (f, t, r) in enumerate(rows, 1))
    path = tmp_path / "case.toml"
    path.write_text(body, encoding="utf-8")
    return path


def _outcome(run, path):
    """What a command makes of the case: its error, or its reason for judging no claim."""
    try:
        return run(path)
    except DroneCalcError as exc:
        return "error: " + str(exc)


def _by_case(path):
    case = checks.load_machine(str(path))
    why = checks.validate(case)
    return None if why is None else why.reason


def _by_check(path):
    result = checks.check(checks.load_machine(str(path)), samples=50, seed=0)
    assert result.not_judged, "a case past the reach judges no claim"
    reasons = {n.reason for n in result.not_judged}
    return reasons.pop() if len(reasons) == 1 and result.run.drawn == 0 else None


def _bad_values(field):
    spec = FIELDS[field]
    if spec.kind == "text":
        return ["", "12"]
    out = [f"-5 {spec.unit}", "5", "3 s" if "m" in str(spec.unit) else "3 m", "five"]
    for kind in BASES:
        ends = reach(field, kind)
        if ends is not None:
            out.append(f"{ends[1] * 100:g} {ends[2]}")
    return out


@pytest.mark.parametrize("base", sorted(BASES))
@pytest.mark.parametrize("field", WING_FIELDS)
def test_case_and_check_agree(tmp_path, base, field):
    for text in _bad_values(field):
        path = _case(tmp_path, base, field, text, "input")
        said = _outcome(_by_case, path)
        if said is None:        # read and within reach: check runs a Monte Carlo on it
            continue
        assert said == _outcome(_by_check, path), (field, text)


def test_past_reach_is_told_by_case(tmp_path):
    path = _case(tmp_path, "fixed-wing-piston", "wingspan", "1e9 m", "input")
    reason = _by_case(path)
    assert reason is not None and "wingspan" in reason and "1e9 m" in reason


def test_zero_cruise_speed_claim_not_judged_without_warning(tmp_path):
    path = _case(tmp_path, "fixed-wing-piston", "cruise_speed", "0 km/h", "claim")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = checks.check(dronecalc.load_case(path), samples=200, seed=0)
    entry = next(n for n in result.not_judged if n.field == "cruise_speed")
    assert "0 km/h" in entry.reason and "150 km/h" in entry.needs
    assert all("cruise_speed" not in f.claims for f in result.findings)


BQM = "examples/cases/bqm-74e-target-drone.toml"


def test_jet_claims_without_thrust_say_why_and_what(tmp_path):
    from dronecalc.report.verdicts import not_judged_texts
    result = checks.check(dronecalc.load_case(BQM), samples=200, seed=0)
    entries = [n for n in result.not_judged if n.field in ("top_speed", "service_ceiling")]
    assert {n.field for n in entries} == {"top_speed", "service_ceiling"}
    for entry, text in zip(entries, not_judged_texts(entries)):
        assert "thrust" in entry.reason and "engine_thrust" in entry.needs
        assert "fixed-wing-jet" not in text and " check needs" not in text


def test_jet_claims_with_thrust_are_judged(tmp_path):
    text = open(BQM, encoding="utf-8").read() + (
        '\n[figures.FT]\nfield = "engine_thrust"\ntext = "1.1 kN"\nquote = "q"\n'
        'role = "input"\n')
    path = tmp_path / "bqm.toml"
    path.write_text(text, encoding="utf-8")
    result = checks.check(dronecalc.load_case(path), samples=200, seed=0)
    assert not {n.field for n in result.not_judged} & {"top_speed", "service_ceiling"}
