"""A speed limit set for a region or by law is context, not a speed the machine was flown
at: DJI's Mavic 3 Classic sheet (specs_heldout) "Max Horizontal Speed: 21 m/s / No faster than
19 m/s in EU regions" drafted a 19 m/s speed claim, and the kinematics cross-check then judged
the sheet's 30 km range and 46 min flight time implausible as one flight at 19 m/s."""
import pytest

from dronecalc.intake.extract import extract


def _fields(text):
    return [(f.field, f.text) for f in extract(text).figures]


@pytest.mark.parametrize("text", [
    "Max Horizontal Speed: 21 m/s. No faster than 19 m/s in EU regions.",
    "The speed is limited to 19 m/s in the EU.",
    "The speed is capped at 19 m/s by EU regulations.",
])
def test_a_regional_or_software_limit_is_context(text):
    assert ("context", "19 m/s") in _fields(text)


@pytest.mark.parametrize("text, field", [
    ("Its speed is limited to 60 km/h by the motors.", "speed"),
    # the machine's own limit (trials_new6's rule): its top speed as delivered, a claim
    ("The drone is limited to 120 km/h by its firmware.", "speed"),
    ("The drone flew at 60 km/h in Europe's first trial.", "speed"),
    ("Max Horizontal Speed: 21 m/s.", "top_speed"),
])
def test_a_machines_own_speed_stays_its_own(text, field):
    assert [f for f, _ in _fields(text)] == [field]
