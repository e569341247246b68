"""A readable case whose machine no vehicle kind models (issues #10 and #13): every claim gets
exactly one "not judged" entry with the reason and what would let it be judged, the figures'
cross-checks still run, and no case stops (exit 2 stays for input that cannot be read).

Over every power-plant word no kind models (:data:`dronecalc.intake.airframes.UNMODELLED_POWER`),
every airframe word of the table that could mean two kinds, and every fixed-wing word that names
no power plant. No Monte Carlo runs for these cases, so the whole file takes well under a second.
"""
from __future__ import annotations

import json

import pytest

from dronecalc import check, check_json, estimate, format_check, load_case
from dronecalc.errors import CaseError, DroneCalcError
from dronecalc.intake.airframes import AIRFRAME_WORDS, KINDS, UNMODELLED_NAMES, \
    UNMODELLED_POWER, plant_name

from test_contract import assert_one_verdict_or_not_judged

HEAD = '[case]\ntitle = "t"\nsource = "s"\n'
#: Claims of every kind a wing-borne case makes, one with its own speed.
CLAIMS = """
[figures.C1]
field = "flight_time"
text = "10 h"
role = "claim"

[figures.C2]
field = "range"
text = "500 km"
role = "claim"
at_speed = "55 km/h"

[figures.C3]
field = "cruise_speed"
text = "55 km/h"
role = "claim"

[figures.C4]
field = "service_ceiling"
text = "3000 m"
role = "claim"

[figures.C5]
field = "payload_mass"
text = "1 kg"
role = "claim"
"""
#: Redundant battery figures (energy vs capacity x voltage) and a mass: a cross-check to run.
INPUTS = """
[figures.M]
field = "takeoff_mass"
text = "7 kg"
role = "input"

[figures.E]
field = "battery_energy"
text = "500 Wh"
role = "input"

[figures.Q]
field = "battery_charge"
text = "22 Ah"
role = "input"

[figures.V]
field = "battery_voltage"
text = "22.2 V"
role = "input"
"""
#: Every alternative of UNMODELLED_POWER, as makers and reports write it.
UNMODELLED_WORDS = ("hydrogen fuel cell", "fuel cell", "fuel-cell", "PEM fuel cells",
                    "hydrogen", "turboprop", "turbo-prop", "turboprops", "turbofan",
                    "turbo-fan", "turboshaft", "hybrid", "hybrid gas-electric", "solar",
                    "solar-electric")
#: ("fixed-wing VTOL", a quadplane or a tailsitter, is judged as each kind since vtoltwo13:
#: tests/test_plants_vtol_kinds.py; with a piston engine it is still refused, below.)
AMBIGUOUS = sorted(w for w, e in AIRFRAME_WORDS.items() if len(e.layouts) > 1)
NO_POWER = sorted(w for w, e in AIRFRAME_WORDS.items()
                  if e.layouts == ("fixed-wing",) and e.power is None)


def _airframe(word: str) -> str:
    return f'\n[figures.A]\nfield = "airframe"\ntext = "{word}"\nrole = "input"\n'


def _engine(word: str) -> str:
    return f'\n[figures.G]\nfield = "engine_type"\ntext = "{word}"\nrole = "input"\n'


def _case(tmp_path, text: str):
    path = tmp_path / "case.toml"
    path.write_text(HEAD + text, encoding="utf-8")
    return load_case(path)


def _not_judged(case) -> tuple[str, str]:
    """Check the case: no vehicle physics, every claim not judged exactly once with one
    reason and what would settle it; only cross-check findings. (reason, needs)."""
    result = check(case, samples=100, seed=0)
    assert result.run.drawn == 0 and result.samples is None
    assert all(f.check == "cross-check" for f in result.findings)
    assert [n.claim for n in result.not_judged] == list(case.claims)
    assert_one_verdict_or_not_judged(case, result)
    (pair,) = {(n.reason, n.needs) for n in result.not_judged}
    assert pair[0] and pair[1]
    with pytest.raises(DroneCalcError, match="cannot estimate") as info:
        estimate(case, samples=100, seed=0)
    assert pair[0] in str(info.value) and all(k in str(info.value) for k in KINDS)
    return pair


def test_every_unmodelled_word_is_matched_and_named():
    for word in UNMODELLED_WORDS:
        assert UNMODELLED_POWER.search(word), word
        assert plant_name(word) in {name for _, name in UNMODELLED_NAMES}, word


@pytest.mark.parametrize("word", UNMODELLED_WORDS)
@pytest.mark.parametrize("airframe", ["fixed-wing", "quadplane", "tailsitter"])
def test_an_unmodelled_power_plant_leaves_every_claim_not_judged(tmp_path, word, airframe):
    case = _case(tmp_path, _airframe(airframe) + _engine(word) + INPUTS + CLAIMS)
    reason, needs = _not_judged(case)
    assert reason.startswith(f"dronecalc has no model for a {plant_name(word)} power plant")
    assert f"(G: '{word}')" in reason and "engine_type" in needs and "vehicle_kind" in needs
    result = check(case, samples=100, seed=0)
    (energy,) = [f for f in result.findings if f.claims == ["E", "Q"]]
    # 500 Wh against 22 Ah x 22.2 V = 488 Wh: within 10 %, the figures agree
    assert energy.verdict == "consistent" and "agree within" in energy.statement


@pytest.mark.parametrize("word", AMBIGUOUS)
def test_an_airframe_that_could_be_two_kinds_leaves_every_claim_not_judged(tmp_path, word):
    reason, needs = _not_judged(_case(tmp_path, _airframe(word) + INPUTS + CLAIMS))
    assert reason.startswith(f"the airframe '{word}' could be a ")
    assert " or a " in reason
    assert needs.startswith("[case] vehicle_kind = ") and needs.endswith("to choose")


def test_fixed_wing_vtol_names_the_two_kinds_to_choose_from(tmp_path):
    # an engine_type that names no plant (a model name): neither kind is read (vtoltwo13)
    reason, needs = _not_judged(_case(tmp_path, _airframe("VTOL fixed-wing")
                                      + _engine("DLE-35RA") + CLAIMS))
    assert reason.startswith("the airframe 'VTOL fixed-wing' could be a quadplane or a "
                             "tailsitter (")
    assert "assumes a battery" in reason          # what choosing either kind assumes
    # and the hybrid quadplane beside the electric one (issue 13, vtolfuel)
    assert "'vtol-quadplane' or 'vtol-quadplane-piston' or 'tailsitter'" in needs


def _no_power_claims(word: str) -> str:
    """Every claim for the first word of each wing layout the priors tell apart (delta, flying
    wing, other: claims.fixed_wing's layout words), one claim in turn for each other word: the
    word decides the route and the layout, not how a claim is folded, and each word's check
    costs about 1 s a claim (two readings, each with its generous bound)."""
    from dronecalc.claims.fixed_wing import _DELTA_WORDS, _FLYING_WING_WORDS
    layout = [(any(d in w for d in _DELTA_WORDS), any(f in w for f in _FLYING_WING_WORDS))
              for w in NO_POWER]
    index = NO_POWER.index(word)
    if layout.index(layout[index]) == index:
        return CLAIMS
    blocks = CLAIMS.strip().split("\n\n")
    return "\n" + blocks[index % len(blocks)] + "\n"


@pytest.mark.parametrize("word", NO_POWER)
def test_a_fixed_wing_with_no_power_plant_says_which_figures_would_do(tmp_path, word):
    """Each claim is judged under each plant (dronecalc.claims.plants, plants13): its one
    finding says the plant is not stated, carries both readings, and where they disagree says
    which figures would settle it; estimate, which has no claim to fold, still refuses."""
    mass = '\n[figures.M]\nfield = "takeoff_mass"\ntext = "7 kg"\nrole = "input"\n'
    case = _case(tmp_path, _airframe(word) + mass + _no_power_claims(word))
    result = check(case, samples=100, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    for found in result.verdicts.values():
        assert "does not say what powers the fixed wing" in found.statement
        assert [r.kind for r in found.readings] == ["fixed-wing-electric", "fixed-wing-piston"]
        if found.verdict == "needs-checking":
            assert any("engine_type" in n and "battery or fuel figure" in n
                       for n in found.notes)
    for entry in result.not_judged:
        assert "does not say what powers the fixed wing" in entry.reason
    with pytest.raises(DroneCalcError, match="cannot estimate"):
        estimate(case, samples=100, seed=0)


def test_words_that_exclude_each_other_are_not_judged(tmp_path):
    reason, needs = _not_judged(_case(tmp_path, _airframe("quadcopter flying wing") + CLAIMS))
    assert "exclude each other" in reason and "vehicle_kind" in needs


def test_a_fuel_burning_quadplane_is_not_run_as_a_battery_one(tmp_path):
    """Issue 13 (vtolfuel): it is the hybrid quadplane now; a fuel-burning tailsitter (it
    hovers on its engine, Aerovel Flexrotor) and a jet quadplane are still refused."""
    case = _case(tmp_path, _airframe("quadplane") + _engine("two-stroke piston") + CLAIMS)
    assert case.kind == "vtol-quadplane-piston"
    fuel = '\n[figures.F]\nfield = "fuel_volume"\ntext = "5 L"\nrole = "input"\n'
    reason, _ = _not_judged(_case(tmp_path, _airframe("tailsitter") + fuel + CLAIMS))
    assert "no model for a tailsitter with a piston power plant" in reason
    reason, _ = _not_judged(_case(tmp_path, _airframe("quadplane") + _engine("turbojet")
                                  + CLAIMS))
    assert reason.startswith("dronecalc has no model for a quadplane with a jet power plant")


def test_an_unmodelled_power_plant_with_no_airframe_word_is_not_judged(tmp_path):
    reason, _ = _not_judged(_case(tmp_path, _engine("turboprop") + INPUTS + CLAIMS))
    assert reason.startswith("dronecalc has no model for a turboprop power plant")


def test_a_kind_known_but_not_modelled_is_not_judged(tmp_path, monkeypatch):
    # the jet kind is modelled (issue #13); one registered without checks stands in for the
    # next kind that is known before it is modelled
    from dronecalc.claims import registry
    monkeypatch.setitem(registry.VEHICLE_CHECKS, "fixed-wing-jet", None)
    reason, needs = _not_judged(_case(tmp_path, _airframe("turbojet fixed-wing") + CLAIMS))
    assert reason.startswith("dronecalc has no model for a fixed wing, small turbojet "
                             "(fixed-wing-jet) yet")


def test_a_wing_no_kind_models_is_read_with_the_wing_ranges(tmp_path):
    """10 h and 500 km are ordinary for a fixed wing: never flagged by multirotor ranges."""
    case = _case(tmp_path, _airframe("fixed-wing") + _engine("hydrogen fuel cell") + CLAIMS)
    assert [f.id for f in case.flags] == ["G"]
    case = _case(tmp_path, _airframe("VTOL fixed-wing") + CLAIMS)
    assert [f.id for f in case.flags] == ["A"]
    case = _case(tmp_path, _airframe("VTOL") + CLAIMS)           # could be a multirotor
    assert {"C1", "C2"} <= {f.id for f in case.flags}


def test_the_range_at_its_speed_is_cross_checked_against_the_flight_time(tmp_path):
    case = _case(tmp_path, _airframe("fixed-wing") + _engine("hydrogen fuel cell") + CLAIMS)
    (found,) = check(case, samples=100).findings
    assert found.claims == ["C2", "C1"] and found.verdict == "consistent"   # 550 km >= 500
    slow = CLAIMS.replace('at_speed = "55 km/h"', 'at_speed = "30 km/h"')
    case = _case(tmp_path, _airframe("fixed-wing") + _engine("hydrogen fuel cell") + slow)
    (found,) = check(case, samples=100).findings
    assert found.verdict == "implausible" and "disagree by 40 %" in found.statement


def test_text_json_report_and_cli_show_the_entries(tmp_path, capsys):
    from dronecalc.cli import main
    from dronecalc.report.document import write_report
    # a piston engine: a hybrid quadplane or a piston tailsitter (not modelled), not read
    case = _case(tmp_path, _airframe("VTOL fixed-wing") + _engine("two-stroke piston") + INPUTS
                 + CLAIMS)
    result = check(case, samples=100)
    doc = json.loads(check_json(result))
    assert [n["claim"] for n in doc["not_judged"]] == list(case.claims)
    assert doc["run"]["samples_drawn"] == 0 and "could be a quadplane" in doc["summary"][0]
    text = format_check(result)
    assert "NOT JUDGED" in text and "5 not judged" in text and "No Monte Carlo" in text
    write_report(result, tmp_path / "r.md", case=case)
    report = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "Claims not judged" in report and "could be a quadplane or a tailsitter" in report
    assert main(["check", str(case.path)]) == 0
    assert main(["case", str(case.path)]) == 0
    assert "no vehicle model: the airframe" in capsys.readouterr().out
    assert main(["estimate", str(case.path)]) == 2
    assert "cannot estimate" in capsys.readouterr().err


def test_an_unknown_airframe_word_stays_an_error_listing_the_kinds(tmp_path):
    with pytest.raises(CaseError) as info:
        _case(tmp_path, _airframe("zeppelin") + CLAIMS)
    assert all(kind in str(info.value) for kind in KINDS)


def test_every_claim_field_at_once_in_a_case_no_kind_models(tmp_path):
    """Every field that can be a claim, all in one ambiguous case: each claim exactly once in
    not_judged, none dropped (the contract over every field)."""
    from test_contract import every_claim_field
    text = every_claim_field(_airframe("VTOL fixed-wing"))
    case = _case(tmp_path, text)
    assert len(case.claims) > 20
    _not_judged(case)


def test_two_power_plants_for_one_wing_are_not_judged(tmp_path):
    reason, needs = _not_judged(_case(tmp_path, _airframe("Shahed-136") + _engine("electric")
                                      + CLAIMS))
    assert reason == "the case names more than one power plant (electric, piston) for the " \
                     "fixed wing 'Shahed-136'"
    assert "engine_type" in needs
