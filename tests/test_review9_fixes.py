"""Review 9's findings 3, 4, 5, 9, 12 and 13 (intake and one data row): each sentence is
written for the test in the form the reviewer found, with what its figure must be drafted as;
the forms that motivated the rules (tests/test_trials_new5.py) keep their readings there."""
from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

from dronecalc.intake.extract import extract

ROOT = Path(__file__).resolve().parents[1]


def _found(text):
    return {f.written: (f.field, f.role) for f in extract(text).figures if f.field != "airframe"}


# -- finding 3: a fleet's own figure, or a measured flight's, is no class's figure


@pytest.mark.parametrize("sentence, written, field", [
    ("According to the maker, its drones typically fly for 45 minutes on one charge.",
     "45 minutes", "flight_time"),
    ("In the trial, the drones usually flew for 35 minutes.", "35 minutes", "flight_time"),
    ("The average drone flight in the trial lasted 22 minutes.", "22 minutes", "flight_time"),
    # ... while a class stays a class
    ("In tests, consumer drones typically fly for 25 minutes.", "25 minutes", "context"),
    ("The average consumer drone flies 25 minutes.", "25 minutes", "context"),
    ("Most drones fly for 20 minutes.", "20 minutes", "context")])
def test_a_fleet_or_a_flight_is_no_class(sentence, written, field):
    assert _found(sentence)[written][0] == field

