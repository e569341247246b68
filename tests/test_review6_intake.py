"""Review 6's intake findings (/work/review6.md #1, #2, #5, #6, #8, #9, #11 first bullet):
what ``extract`` drafts from the reviewer's passages, checked on the draft's figures (field,
role, text), not on its prose."""
from __future__ import annotations

import pytest

from dronecalc.intake.extract import extract


def _figures(text):
    return {f.written: f for f in extract(text).figures if f.field != "airframe"}


# --- #6: a flight time followed by "before ..." is how long it flew ------------------------

@pytest.mark.parametrize("text, written", [
    ("The quadcopter flew for 2 hours and 5 minutes before landing.", "2 hours and 5 minutes"),
    ("It can stay aloft for up to 55 minutes before returning home.", "up to 55 minutes"),
    ("The drone stays in the air for 45 minutes before its battery is flat.", "45 minutes"),
    ("The drone flew for 20 minutes until its battery ran out.", "20 minutes"),
])
def test_a_flight_time_before_something_is_a_flight_time_claim(text, written):
    fig = _figures(text)[written]
    assert (fig.field, fig.role) == ("flight_time", "claim")


@pytest.mark.parametrize("text, written", [
    ("The drone was launched 45 minutes before the strike.", "45 minutes"),
    ("The crew waited for 20 minutes before launching the drone.", "20 minutes"),
    ("The team stayed for two hours before leaving.", "two hours"),
])
def test_a_time_before_an_event_stays_context(text, written):
    assert _figures(text)[written].role == "context"
