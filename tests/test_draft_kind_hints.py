"""A draft whose words name no kind (intake.draft_kind_hints, issue 13; review 17): a stated
wingspan makes the machine a wing for the field rules and the warnings, and a rotor count a
multirotor, as ``dronecalc check`` reads them."""
from __future__ import annotations

from dronecalc.intake.extract import extract

SECC = ("The UAV has a 3.3m (11ft) wingspan, cruise speed of 78kt (144km/h), up to 24h endurance "
        "and maximum take-off weight of 48kg (106lb) with 17kg of munitions. The air vehicle "
        "uses a heavy fuel engine.")
TB001 = ("The two-tailed scorpion UAV has a wingspan of 20 meters, a maximum flight time of 35 "
         "hours, a maximum range of 7500 kilometers and a maximum take-off weight of 2.8 tons.")
BABA = ("The Baba Yaga six-rotor drone is equipped with an infrared camera and can travel at up "
        "to 65 kilometres per hour.")


def _item(draft, field):
    return next(i for i in draft.items if i.field == field)


def test_a_wingspan_with_an_engine_is_a_wing_with_no_misleading_warning():
    draft = extract(SECC)
    assert not any("names no multirotor" in w for w in draft.warnings)
    assert not any("states no mass" in w for w in draft.warnings)      # its 48 kg MTOW counts
    assert not any("names a fixed wing but no power plant" in w for w in draft.warnings)
    assert _item(draft, "flight_time").flag is None       # 24 h: ordinary for a wing


def test_a_wingspan_without_a_plant_says_what_check_needs():
    draft = extract(TB001)
    text = " ".join(draft.warnings)
    assert "wingspan" in text and "engine_type" in text and "names no multirotor" not in text
    assert _item(draft, "range").flag is None              # 7,500 km of a 2.8 t MALE drone


def test_a_rotor_count_is_a_multirotor_for_the_warning():
    draft = extract(BABA)
    assert _item(draft, "rotors").role == "input"
    assert not any("names no multirotor" in w for w in draft.warnings)


def test_a_multirotor_word_keeps_multirotor_ranges_even_with_a_span_figure():
    draft = extract("The quadcopter has a span of 1.2 m and flies for 24 hours.")
    assert draft.kinds and all("fixed wings" not in w for w in draft.warnings)
