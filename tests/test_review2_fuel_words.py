"""Review round 2, findings 7 and 8: a multirotor whose airframe names a fuel-burning plant
in common words ("gas-powered", "nitro", "kerosene", "turbine-powered", "fuel-injected",
"ICE") is refused, never run as a battery machine; words that only look like them ("gas
sensor", "wind turbine inspection", "ice detection") are not; and a refusal flag names the
figure's own field."""
from __future__ import annotations

import pytest

from dronecalc import check, load_case

CASE = """
[case]
title = "fuel words"
source = "tests"
[figures.F1]
field = "airframe"
text = "{airframe}"
role = "input"
[figures.F2]
field = "takeoff_mass"
text = "25 kg"
role = "input"
[figures.F3]
field = "flight_time"
text = "2 h"
role = "claim"
{extra}
"""
WORDS = ("gas-powered", "gas powered", "nitro", "kerosene", "turbine-powered",
         "fuel-injected", "ICE", "gas engine", "internal combustion")
AIRFRAMES = ("quadcopter", "hexacopter", "octocopter")
NOT_FUEL = ("gas sensor quadcopter", "gas-detection hexacopter",
            "wind turbine inspection octocopter", "ice detection quadcopter",
            "Ice-white quadcopter", "nitrogen-sampling hexacopter", "device quadcopter")


def _case(tmp_path, airframe, extra=""):
    path = tmp_path / "case.toml"
    path.write_text(CASE.format(airframe=airframe, extra=extra))
    return load_case(path)


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("airframe", AIRFRAMES)
def test_each_fuel_word_with_each_multirotor_word_is_refused(tmp_path, word, airframe):
    case = _case(tmp_path, f"{word} {airframe}")
    assert case.kind is None
    assert case.kind_note.refusal.cause == "fuel-multirotor"
    assert "F1" in case.kind_note.refusal.reason


@pytest.mark.parametrize("airframe", NOT_FUEL)
def test_look_alike_words_keep_the_battery_multirotor(tmp_path, airframe):
    assert _case(tmp_path, airframe).kind == "multirotor"


def test_a_refused_machine_is_not_judged_and_draws_nothing(tmp_path):
    result = check(_case(tmp_path, "gas-powered quadcopter"), samples=500, seed=0)
    assert [n.claim for n in result.not_judged] == ["F3"] and result.run.drawn == 0


def test_a_refusal_flag_names_the_figures_own_field(tmp_path):
    """review2 fth.toml: a fuel_type "hydrogen" figure was flagged with field 'airframe'."""
    extra = ('[figures.F6]\nfield = "fuel_type"\ntext = "hydrogen"\nrole = "input"\n')
    case = _case(tmp_path, "flying wing", extra)
    flags = [f for f in case.flags if f.id == "F6"]
    assert flags and all(f.field == "fuel_type" for f in flags)
