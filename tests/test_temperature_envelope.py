"""A machine's temperature envelope is its rating, not the air a claim is flown in (ux7).

"fly in high and low temperatures (from -40 degrees to +50 degrees Celsius)" had been drafted as
a 50 degC air_temperature input, so every claim of the draft was flown at 50 degC.
"""
import pytest

from dronecalc.intake.extract import extract


def _temperatures(text):
    return [(f.written, f.field, f.role) for f in extract(text).figures
            if "degree" in f.written or "°" in f.written or "Celsius" in f.written
            or f.field == "air_temperature"]


@pytest.mark.parametrize("sentence", [
    "The quadcopter flies for 40 minutes and can fly in high and low temperatures (from -40 "
    "degrees to +50 degrees Celsius).",
    "The quadcopter flies for 40 minutes. Its operating temperature is -20 to 45 °C.",
    "The quadcopter flies for 40 minutes and works in temperatures between -10 and 40 degrees "
    "Celsius.",
])
def test_envelope_is_context(sentence):
    found = _temperatures(sentence)
    assert found and all(role == "context" for _, _, role in found), found


@pytest.mark.parametrize("sentence", [
    "The quadcopter flew for 40 minutes at an air temperature of 35 degrees Celsius.",
    "The quadcopter flew for 40 minutes in temperatures of 35 degrees Celsius.",
])
def test_the_days_air_stays_an_input(sentence):
    assert ("air_temperature", "input") in [(f, r) for _, f, r in _temperatures(sentence)]
