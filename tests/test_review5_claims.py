"""Review 5's fixed-wing claims findings: each test fails on the code before its fix."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from helpers import check_text

DELTAQUAD = (Path(__file__).parents[1] / "examples/cases/deltaquad.toml").read_text()


_result = check_text                    # no numpy warning on any path (tests/helpers.py)


def _at(tmp_path, claim, at_speed):
    text = DELTAQUAD.replace(f"[figures.{claim}]\n",
                             f'[figures.{claim}]\nat_speed = "{at_speed}"\n', 1)
    return next(f for f in _result(tmp_path, text).findings if f.claims == [claim])


# ---- 1. an at_speed range is never judged worse than a speed inside it
@pytest.mark.parametrize("claim, low, high", [("F6", 40, 45), ("F6", 30, 60), ("F7", 0, 60),
                                              ("F7", 40, 100)])
def test_an_at_speed_range_is_at_least_as_good_as_each_speed_tried_in_it(tmp_path, claim, low,
                                                                         high):
    ranged = _at(tmp_path, claim, f"{low}-{high} km/h")
    assert "below the stall speed of every sampled machine" not in ranged.statement
    for speed in np.linspace(low, high, 5):
        if speed > 0:
            point = _at(tmp_path, claim, f"{speed:g} km/h")
            assert ranged.probability >= point.probability, speed
    order = ["implausible", "needs-checking", "consistent"]
    assert order.index(ranged.verdict) >= order.index(_at(tmp_path, claim, f"{high} km/h").verdict)


# ---- 9. the at_speed note says the speed the statement names, not "the low end"
@pytest.mark.parametrize("claim, at_speed", [("F7", "30-60 km/h"), ("F6", "40-45 km/h")])
def test_the_at_speed_note_names_the_speed_flown(tmp_path, claim, at_speed):
    finding = _at(tmp_path, claim, at_speed)
    assert f"the best of {at_speed}" in finding.statement
    (note,) = [n for n in finding.notes if n.startswith("Flown at")]
    assert "low end of the claimed speed" not in note
    assert "the speed the statement names" in note and "best of five" in note


# ---- 4. a fixed wing pairs a distance only with the flight time it refers to (or that refers
# to it); unlinked figures are still paired with each other
def _wing(distance_extra: str, time_extra: str) -> str:
    def fig(ident, field, text, role, extra=""):
        return f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{text}"\nrole = "{role}"\n{extra}'
    return ('[case]\ntitle = "t"\nsource = "s"\nvehicle_kind = "fixed-wing-electric"\n'
            + fig("M", "takeoff_mass", "5 kg", "input") + fig("S", "wingspan", "2 m", "input")
            + fig("W", "engine_power", "800 W", "input")
            + fig("D", "distance", "100 km", "claim", distance_extra)
            + fig("T", "flight_time", "2 hours", "claim", time_extra)
            + fig("U", "flight_time", "20 minutes", "claim"))      # another, unrelated flight


@pytest.mark.parametrize("distance_extra, time_extra", [("", 'refers = ["D"]\n'),
                                                        ('refers = ["T"]\n', "")])
def test_a_distance_is_paired_only_with_its_linked_flight_time(tmp_path, distance_extra,
                                                               time_extra):
    result = _result(tmp_path, _wing(distance_extra, time_extra))
    pairs = sorted(tuple(f.claims) for f in result.findings if f.check == "kinematics")
    assert pairs == [("D", "T")]            # was also D in U: "needs 300 km/h", implausible


def test_unlinked_distances_and_times_are_still_paired():
    from dronecalc.claims.fixed_wing_kinematics import pairs
    from types import SimpleNamespace as F
    d, t, u = F(id="D", refers=[]), F(id="T", refers=[]), F(id="U", refers=[])
    assert pairs([d], [t, u]) == [(d, t), (d, u)]
    e = F(id="E", refers=["T"])
    assert pairs([d, e], [t, u]) == [(d, u), (e, t)]


# ---- 11. an impossible stall on a mass inferred from the payload says the mass is inferred
@pytest.mark.parametrize("mass, says", [("", "inferred from the payload"), ("30 kg", "this mass")])
def test_an_impossible_stall_names_an_inferred_mass_as_inferred(tmp_path, mass, says):
    def fig(ident, field, text, role="input"):
        return f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{text}"\nrole = "{role}"\n'
    text = ('[case]\ntitle = "t"\nsource = "s"\nvehicle_kind = "fixed-wing-piston"\n'
            + fig("P", "payload_mass", "2 kg") + fig("S", "stall_speed", "80 km/h")
            + fig("A", "wing_area", "2 m^2") + fig("T", "flight_time", "2 h", "claim")
            + (fig("M", "takeoff_mass", mass) if mass else ""))
    # review 20: set aside in a conflict finding that says so, no longer exit 2
    (conflict,) = [f for f in _result(tmp_path, text).findings if f.check == "conflict"]
    message = conflict.statement
    assert conflict.claims == ["S"] and says in message
    assert ("state the take-off mass" in message) == (not mass)
