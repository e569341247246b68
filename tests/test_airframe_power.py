"""Review finding 6 (issue #13): a power plant no kind models, named in the *airframe* text
("hydrogen fuel cell hexacopter", "solar quadplane"), is refused by name like the same words in
``engine_type``: every claim "not judged", the cross-checks still run, ``estimate`` refuses.
Words that are no power plant of the machine ("a solar panel for the camera", "hybrid VTOL")
name none (docs/case-format.md, *Vehicle kinds*, step 3). No Monte Carlo runs here.
"""
from __future__ import annotations

import pytest

from dronecalc import check, load_case
from dronecalc.intake.airframes import airframe_plant, plant_name

from test_not_judged import CLAIMS, INPUTS, _not_judged

HEAD = '[case]\ntitle = "t"\nsource = "s"\n'
#: How reports name such a plant before the airframe word.
POWER = ("hydrogen fuel cell", "fuel cell", "fuel-cell", "hydrogen", "hydrogen-powered",
         "hydrogen-electric", "solar", "solar-powered", "solar-electric", "turboprop")
#: An airframe word of every layout.
FRAMES = ("hexacopter", "quadcopter", "octocopter", "multirotor", "fixed-wing", "flying wing",
          "delta wing", "quadplane", "tailsitter")
#: Mentions that name no power plant of the machine: judged as the kind their words name.
NOT_A_PLANT = {"quadcopter with a solar panel for the camera": "multirotor",
               "hexacopter with a hydrogen sensor": "multirotor",
               # the hybrid quadplane's own words (review 17: had been the battery one)
               "hybrid VTOL quadplane": "vtol-quadplane-piston",
               "solar panel flying wing": "fixed-wing-electric"}


def _case(tmp_path, airframe: str, where: str = "figures"):
    frame = (f'\n[figures.A]\nfield = "airframe"\ntext = "{airframe}"\nrole = "input"\n'
             if where == "figures" else "")
    head = HEAD + (f'vehicle_class = "{airframe}"\n' if where == "class" else "")
    path = tmp_path / "case.toml"
    path.write_text(head + frame + INPUTS + CLAIMS, encoding="utf-8")
    return load_case(path)


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("power", POWER)
def test_an_unmodelled_plant_in_the_airframe_words_is_refused_by_name(tmp_path, power, frame):
    text = f"{power} {frame}"
    assert airframe_plant(text)
    case = _case(tmp_path, text)
    assert case.kind is None
    reason, needs = _not_judged(case)
    assert reason == f"dronecalc has no model for a {plant_name(text)} power plant (A: {text!r})"
    assert "the airframe without that word" in needs and "vehicle_kind" in needs
    (energy,) = [f for f in check(case, samples=100, seed=0).findings if f.claims == ["E", "Q"]]
    assert energy.verdict == "consistent"       # the cross-checks still run


@pytest.mark.parametrize("text", ["solar-powered quadcopter", "hydrogen fuel cell fixed-wing"])
def test_a_vehicle_class_naming_such_a_plant_is_refused_too(tmp_path, text):
    reason, _ = _not_judged(_case(tmp_path, text, where="class"))
    assert reason.startswith(f"dronecalc has no model for a {plant_name(text)} power plant")


@pytest.mark.parametrize("text", ["hexacopter powered by hydrogen", "flying wing powered by "
                                  "solar", "quadplane with a hydrogen fuel cell"])
def test_powered_by_after_the_airframe_word_names_the_plant(text):
    assert airframe_plant(text)


@pytest.mark.parametrize("text,kind", NOT_A_PLANT.items())
def test_a_part_or_a_layout_word_is_no_power_plant(tmp_path, text, kind):
    assert not airframe_plant(text)
    assert _case(tmp_path, text).kind == kind


def test_every_power_word_before_every_airframe_word_of_the_table_is_refused():
    """Every (power word x airframe word) pair, on the kind decision alone (no check run)."""
    from dronecalc.intake.airframes import AIRFRAME_WORDS, case_kind
    for frame in AIRFRAME_WORDS:
        for power in POWER:
            text = f"{power} {frame}"
            assert airframe_plant(text), text
            data = {"figures": {"A": {"field": "airframe", "text": text, "role": "input"},
                                "E": {"field": "battery_energy", "text": "500 Wh",
                                      "role": "input"}}}
            kind, note, problems, _ = case_kind({}, data, {})
            assert kind is None and not problems, text
            reason = note.refusal.reason
            assert reason.startswith("dronecalc has no model for a ") or \
                note.refusal.cause == "ambiguous", text      # "solar VTOL": two kinds first


@pytest.mark.parametrize("text", ["gas-electric hybrid fixed-wing", "hybrid-electric quadplane",
                                  "hybrid power tailsitter"])
def test_hybrid_beside_a_power_word_names_the_plant(tmp_path, text):
    reason, _ = _not_judged(_case(tmp_path, text))
    assert reason.startswith("dronecalc has no model for a hybrid (engine and battery) power")


# the hybrid quadplane's words (review 17: they had been the battery quadplane, silently)
@pytest.mark.parametrize("text,kind", [("hybrid VTOL", "vtol-quadplane-piston"),
                                       ("hybrid VTOL fixed-wing", "vtol-quadplane-piston")])
def test_hybrid_vtol_stays_a_layout_word(tmp_path, text, kind):
    assert not airframe_plant(text) and _case(tmp_path, text).kind == kind
