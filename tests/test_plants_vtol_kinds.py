"""An airframe word that could be a quadplane or a tailsitter ("VTOL fixed-wing drone"): every
claim judged under each kind, folded as a fixed wing of unstated plant is (issue #13, vtoltwo13;
dronecalc.intake.vtol_kinds, dronecalc.claims.plants). Before, the word was flagged and every
claim "not judged". The flag stays; a case that names one kind is read once, as before."""
from __future__ import annotations

import json
import pickle

import pytest

from dronecalc import check, check_json, estimate, load_case
from dronecalc.claims import plants
from dronecalc.errors import ModelError
from test_contract import WING_CLAIMS, assert_one_verdict_or_not_judged

BOTH = ["vtol-quadplane", "tailsitter"]
OPEN = ["vtol-quadplane", "vtol-quadplane-piston", "tailsitter"]
ELECTRIC = '\n[figures.G]\nfield = "engine_type"\ntext = "electric"\nrole = "input"\n'
PISTON = '\n[figures.G]\nfield = "engine_type"\ntext = "two-stroke piston"\nrole = "input"\n'


def _case(tmp_path, claims: dict, extra="", airframe="VTOL fixed-wing drone", kind=""):
    text = (f'[case]\ntitle = "t"\nsource = "tests"\n{kind}\n[figures.A]\nfield = "airframe"\n'
            f'text = "{airframe}"\nrole = "input"\n\n[figures.W]\nfield = "wingspan"\n'
            'text = "2.5 m"\nrole = "input"\n' + extra)
    for ident, (field, value) in claims.items():
        text += f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{value}"\nrole = "claim"\n'
    path = tmp_path / f"v{abs(hash(text))}.toml"
    path.write_text(text, encoding="utf-8")
    return load_case(path)


@pytest.mark.parametrize("extra,kinds", [(ELECTRIC, BOTH), ("", OPEN)], ids=["electric", "open"])
def test_the_ambiguous_word_gets_a_reading_per_kind_in_json(tmp_path, extra, kinds):
    claims = {"R": ("range", "100 km")}
    case = _case(tmp_path, claims, extra)
    assert case.kind is None and list(plants.candidates(case)) == kinds
    assert plants.unstated(pickle.loads(pickle.dumps(case)))       # the mark survives a copy
    (flag,) = [f for f in case.flags if f.id == "A"]               # the flag stays
    assert flag.problem == "ambiguous" and "judges each claim as vtol-quadplane" in flag.message
    result = check(case, samples=400, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    found = result.verdicts["R"]
    assert "readings of an ambiguous airframe word" in found.statement
    doc = json.loads(check_json(result))
    readings = doc["findings"][doc["verdicts"][0]["finding"]]["readings"]
    assert [r["kind"] for r in readings] == kinds
    said = {r["verdict"] for r in readings}
    assert doc["findings"][doc["verdicts"][0]["finding"]]["verdict"] == (
        said.pop() if len(said) == 1 else "needs-checking")
    for r in readings:          # each reading is that kind's own check of the same figures
        alone = check(_case(tmp_path, claims, extra, kind=f'vehicle_kind = "{r["kind"]}"'),
                      samples=400, seed=0).verdicts["R"]
        assert (r["verdict"], r["finding"]["estimate"]["p50"]) == (
            alone.verdict, pytest.approx(alone.estimate.p50, rel=1e-3))
    with pytest.raises(ModelError, match="could be a quadplane or a tailsitter"):
        estimate(case, samples=200, seed=0)            # an estimate would be one kind's


def test_readings_that_disagree_need_checking_and_say_which_gives_which(tmp_path):
    # 2.5 m, no plant stated: 20 h is past either battery kind and within the hybrid's reach
    case = _case(tmp_path, {"T": ("flight_time", "20 h")})
    found = check(case, samples=2000, seed=0).verdicts["T"]
    said = {r.kind: r.verdict for r in found.readings}
    assert said["vtol-quadplane-piston"] != said["tailsitter"]
    assert found.verdict == "needs-checking" and "which kind the airframe is" in found.statement
    for r in found.readings:
        assert f"as a {r.label} it is {r.verdict.replace('-', ' ')}" in found.statement
    settle = [n for n in found.notes if n.startswith("What would settle it")]
    assert settle and "'tailsitter'" in settle[0] and "'vtol-quadplane'" in settle[0]


@pytest.mark.parametrize("airframe,extra,kind", [
    ("fixed-wing VTOL quadplane", ELECTRIC, "vtol-quadplane"),
    ("VTOL fixed-wing tailsitter", ELECTRIC, "tailsitter"),
    ("VTOL fixed-wing drone", ELECTRIC, "stated")], ids=["quadplane", "tailsitter", "stated"])
def test_a_case_that_names_one_kind_is_read_once(tmp_path, airframe, extra, kind):
    stated = 'vehicle_kind = "tailsitter"' if kind == "stated" else ""
    case = _case(tmp_path, {"R": ("range", "100 km")}, extra, airframe, stated)
    assert not plants.unstated(case) and case.kind in ("vtol-quadplane", "tailsitter")
    assert check(case, samples=300, seed=0).verdicts["R"].readings == ()


def test_a_piston_vtol_word_is_still_not_judged(tmp_path):
    # a hybrid quadplane or a piston tailsitter, which no kind models: one of the two kinds
    # has no reading, so the word stays refused as before
    case = _case(tmp_path, {"R": ("range", "100 km")}, PISTON)
    assert not plants.unstated(case)
    result = check(case, samples=300, seed=0)
    assert [n.claim for n in result.not_judged] == ["R"] and not result.verdicts


def test_every_wing_claim_of_the_ambiguous_word_keeps_the_contract(tmp_path):
    case = _case(tmp_path, {f"X{i}": (f, v) for i, (f, v) in enumerate(WING_CLAIMS.items())},
                 ELECTRIC)
    result = check(case, samples=300, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    assert result.verdicts
    for found in result.verdicts.values():
        assert [r.kind for r in found.readings] == BOTH
