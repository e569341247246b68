"""Review findings 3, 4 and 8 on the cross-checks of a source's figures (claims.crosscheck):
a range and a flight time are compared only like with like, each cross-check has its own
overturn text, and a 0 km range is never divided by."""
from __future__ import annotations

import pytest

from dronecalc import check, load_case
from dronecalc.claims import crosscheck

WING = """[case]
title = "t"
source = "test"
[figures.F1]
field = "airframe"
text = "fixed-wing"
role = "input"
[figures.F2]
field = "takeoff_mass"
text = "30 kg"
role = "input"
[figures.F3]
field = "engine_type"
text = "electric motor"
role = "input"
[figures.F4]
field = "battery_energy"
text = "3000 Wh"
role = "input"
"""


def _case(tmp_path, extra: str, base: str = WING):
    path = tmp_path / "c.toml"
    path.write_text(base + extra)
    return load_case(path)


def _claim(fid, field, text, **conds):
    lines = [f"[figures.{fid}]", f'field = "{field}"', f'text = "{text}"', 'role = "claim"']
    lines += [f'{k} = "{v}"' for k, v in conds.items()]
    return "\n".join(lines) + "\n"


def _rit(tmp_path, *claims):
    return crosscheck.range_in_time(_case(tmp_path, "".join(claims)))


def test_a_time_at_another_speed_bounds_no_range(tmp_path):
    # review finding 3 (/tmp/rv/rit.toml): 1 h at 200 km/h and 300 km at 80 km/h can both hold
    assert _rit(tmp_path, _claim("F5", "flight_time", "1 h", at_speed="200 km/h"),
                _claim("F6", "range", "300 km", at_speed="80 km/h")) == []


@pytest.mark.parametrize("time_conds", [{}, {"at_speed": "80 km/h"}])
def test_a_range_longer_than_its_speed_times_the_longest_flight_disagrees(tmp_path, time_conds):
    # at 80 km/h, 300 km takes 3.75 h: no flight of 1 h at most (or 1 h at 80 km/h) covers it
    out = _rit(tmp_path, _claim("F5", "flight_time", "1 h", **time_conds),
               _claim("F6", "range", "300 km", at_speed="80 km/h"))
    assert [f.verdict for f in out] == ["implausible"] and out[0].claims == ["F6", "F5"]


@pytest.mark.parametrize("time_conds,range_conds", [
    ({"mode": "hover"}, {"at_speed": "80 km/h"}),             # a hover time bounds no range
    ({}, {"at_speed": "80 km/h", "payload": "5 kg"}),         # another payload
    ({"payload": "1 kg"}, {"at_speed": "80 km/h", "payload": "5 kg"}),
    ({"at_speed": "100 km/h"}, {}),                           # a maximum range vs a time at V
])
def test_unlike_figures_are_not_compared(tmp_path, time_conds, range_conds):
    assert _rit(tmp_path, _claim("F5", "flight_time", "1 h", **time_conds),
                _claim("F6", "range", "300 km", **range_conds)) == []


def test_a_range_with_no_speed_is_bounded_by_the_top_speed_not_the_cruise_speed(tmp_path):
    # a maximum range may be flown faster than cruise: only the top speed bounds it
    cruise = _claim("F7", "cruise_speed", "80 km/h")
    assert _rit(tmp_path, _claim("F5", "flight_time", "1 h"), _claim("F6", "range", "300 km"),
                cruise) == []
    out = _rit(tmp_path, _claim("F5", "flight_time", "1 h"), _claim("F6", "range", "300 km"),
               cruise, _claim("F8", "top_speed", "150 km/h"))
    assert [f.verdict for f in out] == ["implausible"] and "150 km/h" in out[0].statement
    assert _rit(tmp_path, _claim("F5", "flight_time", "2 h"), _claim("F6", "range", "300 km"),
                _claim("F8", "top_speed", "150 km/h"))[0].verdict == "consistent"


def test_the_fuel_mass_cross_check_speaks_of_fuel_not_packs(tmp_path):
    # review finding 4 (/tmp/rv/fuel.toml): 10 L of diesel is 8.2-8.45 kg, not 12 kg
    extra = "".join(f'[figures.{i}]\nfield = "{f}"\ntext = "{t}"\nrole = "input"\n' for i, f, t in
                    (("F5", "fuel_mass", "12 kg"), ("F6", "fuel_volume", "10 L"),
                     ("F7", "fuel_type", "diesel")))
    (out,) = crosscheck.fuel_mass(_case(tmp_path, extra, WING.replace("electric motor",
                                                                      "piston engine")))
    assert out.verdict == "implausible"
    assert "fuel" in out.overturn and not any(w in out.overturn for w in ("pack", "voltage"))
    assert crosscheck.OVERTURN["fuel"] != crosscheck.OVERTURN["battery"]


def test_a_zero_range_is_skipped_by_the_cross_checks(tmp_path):
    # review finding 8: "0 km" divided by zero in range_in_time (fixed-wing and not-judged paths)
    assert _rit(tmp_path, _claim("F5", "flight_time", "1 h"),
                _claim("F6", "range", "0 km", at_speed="80 km/h")) == []
    assert crosscheck._finding(["F1"], "x", (0.0, 0.0), (1.0, 2.0), "kg", "y", "z") is None


@pytest.mark.parametrize("engine", ["electric motor", "hydrogen fuel cell"])
def test_check_on_a_zero_range_gives_a_result(tmp_path, engine):
    case = _case(tmp_path, _claim("F5", "flight_time", "1 h")
                 + _claim("F6", "range", "0 km", at_speed="80 km/h"),
                 WING.replace("electric motor", engine))
    result = check(case, samples=500, seed=1)
    judged = {i for f in result.findings for i in f.claims} | {
        n.claim for n in result.not_judged}
    assert "F6" in judged
    assert not any(f.check == "cross-check" and "F6" in f.claims for f in result.findings)


def test_an_example_note_names_only_checks_its_claim_has():
    # review finding 12: shahed-136's F9 note said F8 "is also judged ... (range-at-speed)"
    # after a range with no at_speed had become one verdict (range) with the reading as a note
    import re
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "examples" / "cases" / "shahed-136.toml"
    case = load_case(path)
    result = check(case, samples=300, seed=0)
    pairs = {(c, f.check) for f in result.findings for c in f.claims}
    named = [(m.group(1), m.group(2)) for fig in case.figures.values() if fig.note
             for m in re.finditer(r"(F\d+) is (?:also )?judged[^()]*\(([a-z-]+)\)", fig.note)]
    assert all(pair in pairs for pair in named), named
    assert not any("also judged" in (fig.note or "") for fig in case.figures.values())


def test_an_indicated_speed_with_no_altitude_bounds_no_range(tmp_path):
    # "100 kias" with no altitude is read at sea level, its slowest true airspeed: at altitude
    # the machine covers more, so 1,000 km against 4 h at 100 kn is no contradiction
    claims = (_claim("F5", "flight_time", "4 h"),
              _claim("F6", "range", "1000 km", at_speed="100 kias"))
    assert _rit(tmp_path, *claims) == []
    at_sea_level = '[figures.F9]\nfield = "altitude"\ntext = "0 m"\nrole = "input"\n'
    out = _rit(tmp_path, *claims, at_sea_level)          # 100 kn x 4 h = 741 km at sea level
    assert [f.verdict for f in out] == ["implausible"]
