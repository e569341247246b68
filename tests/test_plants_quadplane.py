"""A quadplane whose power plant the case does not state ("a VTOL quadplane drone", no battery,
fuel or engine figure): each claim judged as the battery quadplane and as the hybrid (battery
lift, piston cruise), folded into one finding as a fixed wing of unstated plant is
(dronecalc.claims.plants, issue #13: a word that could mean two kinds is flagged, never guessed
silently). Before, such a case was read as the battery quadplane only."""
from __future__ import annotations

import json
import pickle

from dronecalc import check, check_json, load_case
from dronecalc.claims import plants
from test_contract import WING_CLAIMS, assert_one_verdict_or_not_judged

QUADS = ["vtol-quadplane", "vtol-quadplane-piston"]
HEAD = '[case]\ntitle = "bare quadplane"\nsource = "tests"\n{kind}\n' \
       '[figures.A]\nfield = "airframe"\ntext = "{airframe}"\nrole = "input"\n\n' \
       '[figures.M]\nfield = "takeoff_mass"\ntext = "20 kg"\nrole = "input"\n'


def _case(tmp_path, claims: dict, airframe="VTOL quadplane drone", kind="", extra=""):
    text = HEAD.format(kind=kind, airframe=airframe) + extra
    for ident, (field, value) in claims.items():
        text += f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{value}"\nrole = "claim"\n'
    path = tmp_path / f"q{abs(hash(text))}.toml"
    path.write_text(text)
    return load_case(path)


def _readings(result, ident):
    return {r.kind: r.verdict for r in result.verdicts[ident].readings}


def test_a_bare_quadplanes_1000_km_needs_checking_with_both_readings(tmp_path):
    # 20 kg: on a battery 59-392 km (p5-p95, 20,000 samples), as the hybrid 219-2,630 km
    case = _case(tmp_path, {"R": ("range", "1000 km")})
    assert plants.unstated(case) and list(plants.candidates(case)) == QUADS
    assert plants.unstated(pickle.loads(pickle.dumps(case)))       # the mark survives a copy
    result = check(case, samples=2000, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    assert _readings(result, "R") == {"vtol-quadplane": "implausible",
                                      "vtol-quadplane-piston": "consistent"}
    found = result.verdicts["R"]
    assert found.verdict == "needs-checking"
    assert "with no payload" in found.condition      # the readings' own condition, kept
    assert "battery-electric quadplane" in found.statement and "hybrid" in found.statement
    settle = [n for n in found.notes if n.startswith("What would settle it")]
    assert settle and "engine_type" in settle[0] and "'vtol-quadplane-piston'" in settle[0]
    # the flag says what is done and what would settle it
    flag = next(f for f in result.flags if f.field == "airframe")
    assert "judges each claim" in flag.message and "vehicle_kind" in flag.message
    doc = json.loads(check_json(result))
    readings = doc["findings"][doc["verdicts"][0]["finding"]]["readings"]
    assert [r["kind"] for r in readings] == QUADS
    assert [r["verdict"] for r in readings] == ["implausible", "consistent"]
    assert all(r["finding"]["estimate"]["p50"] > 0 for r in readings)
    assert {a.name for a in result.assumptions} >= {"bsfc (hybrid)", "takeoff_mass (battery)"}


def test_a_bare_quadplanes_30_min_is_consistent_under_both(tmp_path):
    case = _case(tmp_path, {"T": ("flight_time", "30 min")})
    result = check(case, samples=2000, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    assert _readings(result, "T") == dict.fromkeys(QUADS, "consistent")
    assert result.verdicts["T"].verdict == "consistent"


def test_every_wing_claim_of_a_bare_quadplane_keeps_the_contract(tmp_path):
    case = _case(tmp_path, {f"X{i}": (f, v) for i, (f, v) in enumerate(WING_CLAIMS.items())})
    result = check(case, samples=300, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    assert result.verdicts
    for found in result.verdicts.values():
        assert [r.kind for r in found.readings] == QUADS
        said = {r.verdict for r in found.readings}
        assert found.verdict == (said.pop() if len(said) == 1 else "needs-checking")


def test_the_figures_are_read_with_the_wing_ranges_under_either_reading(tmp_path):
    # a 1,500 km range and a 20 h flight are past every multirotor range: a multirotor
    # reading would flag them as slips; the bare quadplane reads them as each kind does
    claims = {"R": ("range", "1500 km"), "T": ("flight_time", "20 h")}
    bare = _case(tmp_path, claims)
    assert not [f for f in bare.flags if f.id in ("R", "T")]
    for kind in QUADS:
        stated = _case(tmp_path, claims, kind=f'vehicle_kind = "{kind}"')
        for ident in ("M", "R", "T"):
            a, b = stated.figures[ident], bare.figures[ident]
            assert (a.value, a.flag) == (b.value, b.flag) and b.flag is None
    assert [r.kind for r in check(bare, samples=500, seed=0).verdicts["R"].readings] == QUADS


def test_a_stated_plant_or_kind_or_a_tailsitter_is_read_once(tmp_path):
    claim = {"R": ("range", "1000 km")}
    battery = '\n[figures.B]\nfield = "battery_energy"\ntext = "900 Wh"\nrole = "input"\n'
    engine = '\n[figures.E]\nfield = "engine_type"\ntext = "two-stroke piston"\nrole = "input"\n'
    cases = {"vtol-quadplane": _case(tmp_path, claim, extra=battery),
             "vtol-quadplane-piston": _case(tmp_path, claim, extra=engine)}
    cases["stated"] = _case(tmp_path, claim, kind='vehicle_kind = "vtol-quadplane"')
    for name, case in cases.items():
        assert not plants.unstated(case), name
        assert check(case, samples=500, seed=0).verdicts["R"].readings == (), name
    sitter = _case(tmp_path, claim, airframe="tailsitter")
    assert sitter.kind == "tailsitter" and not plants.unstated(sitter)
    flag = next(f for f in sitter.flags if f.field == "airframe")
    assert "battery-electric only" in flag.message and "no second reading" in flag.message
    assert check(sitter, samples=500, seed=0).verdicts["R"].readings == ()


def test_estimate_refuses_a_bare_quadplane_as_it_refuses_a_bare_fixed_wing(tmp_path):
    # it had printed the battery quadplane's endurance and range with no word of the guess
    import pytest

    from dronecalc import estimate
    from dronecalc.errors import ModelError
    with pytest.raises(ModelError) as err:
        estimate(_case(tmp_path, {}), samples=300, seed=0)
    assert "what powers the quadplane" in str(err.value)
    assert "vehicle_kind = 'vtol-quadplane' or 'vtol-quadplane-piston'" in str(err.value)
    battery = '\n[figures.B]\nfield = "battery_energy"\ntext = "900 Wh"\nrole = "input"\n'
    assert estimate(_case(tmp_path, {}, extra=battery), samples=300, seed=0).with_payload
