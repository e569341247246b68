"""Review 4's fixed-wing and claims findings: each test fails on the code before its fix."""
from __future__ import annotations


import pytest

from helpers import check_text


_result = check_text                    # no numpy warning on any path (tests/helpers.py)


def _fig(ident, field, text, role="input", extra=""):
    return (f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{text}"\nrole = "{role}"\n'
            + extra)


HEAD = '[case]\ntitle = "t"\nsource = "s"\n'


# ---- 1. a quadplane with an inferred mass and a stated stall and wing area is judged
@pytest.mark.parametrize("stall", ["8 m/s", "15 m/s", "25 m/s"])
def test_inferred_mass_with_a_stated_stall_and_wing_area_is_judged(tmp_path, stall):
    text = (HEAD + 'vehicle_kind = "vtol-quadplane"\n' + _fig("P", "payload_mass", "2 kg")
            + _fig("A", "wing_area", "0.9 m^2") + _fig("E", "battery_energy", "600 Wh")
            + _fig("S", "stall_speed", stall) + _fig("T", "flight_time", "2 h", "claim"))
    result = _result(tmp_path, text)               # was exit 2 ("at the stated take-off mass")
    (finding,) = [f for f in result.findings if f.claims == ["T"]]
    assert finding.verdict in ("consistent", "needs-checking", "implausible")
    (note,) = [n for n in finding.notes if "rests on the inferred mass" in n]
    low, high = (float(x) for x in note.split("C_L,max ")[1].split(" ")[0].split("-"))
    assert 0.4 <= low <= high <= 2.0               # clipped to the wings' range


def test_a_stall_no_wing_gives_at_the_inferred_mass_is_set_aside_as_inferred(tmp_path):
    # review 20: a conflict finding that sets the stall aside, no longer exit 2
    text = (HEAD + 'vehicle_kind = "vtol-quadplane"\n' + _fig("P", "payload_mass", "2 kg")
            + _fig("A", "wing_area", "0.9 m^2") + _fig("E", "battery_energy", "600 Wh")
            + _fig("S", "stall_speed", "60 m/s") + _fig("T", "flight_time", "2 h", "claim"))
    result = _result(tmp_path, text)
    (conflict,) = [f for f in result.findings if f.check == "conflict"]
    assert conflict.claims == ["S"] and "inferred" in conflict.statement
    assert "stated take-off mass" not in conflict.statement
    assert result.verdicts["T"].verdict in ("consistent", "needs-checking", "implausible")


PISTON = HEAD + 'vehicle_kind = "fixed-wing-piston"\n'


# ---- 2. the kinematic cross-check says the mass and power it rests on are inferred
def test_kinematics_on_inferred_mass_and_power_carries_their_notes(tmp_path):
    text = (PISTON + _fig("W", "warhead_mass", "50 kg") + _fig("R", "range", "2500 km", "claim")
            + _fig("FT", "flight_time", "10 hours", "claim"))
    result = _result(tmp_path, text)
    (kin,) = [f for f in result.findings if f.check == "kinematics"]
    assert any(n.startswith("The source states no take-off mass") for n in kin.notes)
    assert any(n.startswith("The source states no engine power") for n in kin.notes)


# ---- 9. a payload claim on a mass inferred from the payload: the reason is circularity
def test_circular_payload_claim_says_why_and_what_would_judge_it(tmp_path):
    text = (PISTON + _fig("W", "payload_mass", "50 kg") + _fig("M", "max_payload", "90 kg", "claim")
            + _fig("R", "range", "2500 km", "claim"))
    result = _result(tmp_path, text)
    (entry,) = [e for e in result.not_judged if e.claim == "M"]
    assert "inferred from this case's payload" in entry.reason and "circular" in entry.reason
    assert "takeoff_mass" in entry.needs and "engine power (" not in entry.needs


# ---- 4. max payload = MTOW - a stated *range* of mass: still a comparison of the figures
MTOW = (HEAD + '[vehicle]\nrotors = 6\nmass = "9-10 kg"\n[battery]\ncapacity = "16000 mAh"\n'
        'cells = "6S"\n' + _fig("M", "max_takeoff_mass", "15 kg"))


def test_mtow_less_a_stated_mass_range_is_compared_with_the_claim(tmp_path):
    (ok,) = _result(tmp_path, MTOW + _fig("P", "max_payload", "6 kg", "claim")).findings
    assert ok.verdict == "consistent" and "9-10 kg" in ok.statement and "agree" in ok.statement
    (far,) = _result(tmp_path, MTOW + _fig("P", "max_payload", "8 kg", "claim")).findings
    assert far.verdict != "consistent" and "disagree by" in far.statement


# ---- 5. the payload -> take-off mass law on edge payloads
def _edge(tmp_path, payload):
    text = (PISTON + _fig("W", "warhead_mass", payload) + _fig("R", "range", "500 km", "claim")
            + _fig("T", "top_speed", "185 km/h", "claim"))
    return _result(tmp_path, text)


def _mass_note(result):
    return next(n for n in result.findings[0].notes if n.startswith("The source states no "
                                                                    "take-off mass"))


def test_a_payload_range_from_zero_is_inferred_from_its_positive_part(tmp_path):
    result = _edge(tmp_path, "0-5 kg")              # no divide-by-zero warning (raised)
    mass = next(a for a in result.assumptions if a.name == "takeoff_mass")
    assert mass.low > 1.0 and "infers nothing" in _mass_note(result)
    (speed,) = [f for f in result.findings if f.check == "speed"]
    assert speed.generous_bound.value < 2000          # km/h (was 38,200 on a 0 kg aircraft)


def test_a_zero_payload_is_refused_naming_the_figure(tmp_path):
    from dronecalc.errors import InputValueError
    with pytest.raises(InputValueError, match=r"payload.*0 kg.*figure W"):
        _edge(tmp_path, "0 kg")


def test_a_payload_below_the_fitted_ones_says_it_is_extrapolated(tmp_path):
    assert "extrapolated beyond the fitted payloads" in _mass_note(_edge(tmp_path, "0.001 kg"))
    assert "extrapolated" not in _mass_note(_edge(tmp_path, "50 kg"))


# ---- 11. a leg flown at distance / time: the statement reads, and the needs text says so
LEG = (HEAD + '[vehicle]\nrotors = 4\nmass = "2 kg"\n[battery]\ncapacity = "5000 mAh"\n'
       'cells = "4S"\n' + _fig("T", "flight_time", "10 minutes", "claim"))


def test_a_leg_from_distance_over_time_reads_and_credits_the_time(tmp_path):
    result = _result(tmp_path, LEG + _fig("D", "distance", "5 km", "claim", 'refers = ["T"]\n'))
    (leg,) = [f for f in result.findings if f.check == "leg"]
    assert "no speed is stated takes" not in leg.statement
    assert "30 km/h (T)" not in leg.statement and "over 10 minutes (T)" in leg.statement


def test_the_leg_needs_text_names_the_distance_and_time_route(tmp_path):
    result = _result(tmp_path, LEG + _fig("D", "distance", "5-6 km", "claim",
                                          'refers = ["T"]\n'))
    # a distance range with a time is no leg (never distance / time): judged at its
    # best-range speed, the time named as not used (the leg kind's needs text keeps the
    # distance-and-time route for a mission that cannot be flown)
    (found,) = [f for f in result.findings if f.claims == ["D"]]
    assert "best-range speed" in found.condition
    assert any("Not used for this leg" in n and "T (" in n for n in found.notes)
    from dronecalc.claims.registry import lookup
    needs = lookup("leg").needs
    assert "flight_time" in needs and "distance / time" in needs


# ---- 12. an at_speed range is flown at its best speed, never at 0, with no numpy warning
def _deltaquad(tmp_path, at_speed):
    from pathlib import Path
    text = (Path(__file__).parents[1] / "examples/cases/deltaquad.toml").read_text()
    text = text.replace("[figures.F7]\n", f'[figures.F7]\nat_speed = "{at_speed}"\n', 1)
    result = _result(tmp_path, text)
    return next(f for f in result.findings if f.claims == ["F7"])


def test_an_at_speed_range_from_zero_or_below_the_stall_is_flown_at_its_best_speed(tmp_path):
    alone = _deltaquad(tmp_path, "60 km/h")         # above the stated 43 km/h stall
    for speeds in ("0-60 km/h", "30-60 km/h"):
        finding = _deltaquad(tmp_path, speeds)      # RuntimeWarnings raise (_result)
        assert "below the stall speed of every sampled machine" not in finding.statement
        assert f"the best of {speeds}" in finding.statement
        assert finding.probability >= alone.probability
