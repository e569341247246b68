"""A fixed wing whose power plant the case does not state (dronecalc.claims.plants, issues #13
and #10): each claim judged under each modelled plant and folded into its one finding: the
shared verdict when the plants agree, needs-checking with both readings when they disagree."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dronecalc import check, check_json, load_case
from test_contract import WING_CLAIMS, assert_one_verdict_or_not_judged

#: A news story's fixed wing: an airframe word, one mass, nothing about what powers it.
NEWS = """
[case]
title = "unstated plant"
source = "tests"

[figures.A]
field = "airframe"
text = "fixed-wing drone"
role = "input"

[figures.M]
field = "takeoff_mass"
text = "{mass}"
role = "input"
"""
PLANTS = ["fixed-wing-electric", "fixed-wing-piston"]


def _case(tmp_path, claims: dict[str, tuple[str, str]], mass: str = "300 kg", extra: str = ""):
    text = NEWS.format(mass=mass) + extra
    for ident, (field, value) in claims.items():
        text += f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{value}"\nrole = "claim"\n'
    path = tmp_path / f"case{abs(hash(text))}.toml"
    path.write_text(text)
    return load_case(path)


def _readings(result, ident):
    return {r.kind: r.verdict for r in result.verdicts[ident].readings}


def test_plants_that_disagree_give_needs_checking_with_both_readings(tmp_path):
    # 1,000 km on 300 kg: a battery gives about 35-215 km (p5-p95), petrol 1,100-5,900 km
    case = _case(tmp_path, {"R": ("range", "1000 km")})
    result = check(case, samples=2000, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    found = result.verdicts["R"]
    assert _readings(result, "R") == {"fixed-wing-electric": "implausible",
                                      "fixed-wing-piston": "consistent"}
    assert found.verdict == "needs-checking"
    assert "battery-electric" in found.statement and "piston" in found.statement
    assert any("engine_type" in n for n in found.notes)      # what would settle it
    doc = json.loads(check_json(result))
    readings = doc["findings"][doc["verdicts"][0]["finding"]]["readings"]
    assert [r["kind"] for r in readings] == PLANTS
    assert [r["finding"]["estimate"]["p50"] > 0 for r in readings] == [True, True]


def test_plants_that_agree_give_that_verdict(tmp_path):
    # 5 km: every machine of either plant flies it; 100,000 km: none does
    case = _case(tmp_path, {"S": ("range", "5 km"), "L": ("range", "100000 km")})
    result = check(case, samples=2000, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    assert _readings(result, "S") == dict.fromkeys(PLANTS, "consistent")
    assert result.verdicts["S"].verdict == "consistent"
    assert _readings(result, "L") == dict.fromkeys(PLANTS, "implausible")
    assert result.verdicts["L"].verdict == "implausible"


def test_same_answer_in_other_units(tmp_path):
    metric = _case(tmp_path, {"R": ("range", "1000 km"), "T": ("flight_time", "10 h")})
    imperial = _case(tmp_path, {"R": ("range", "621.3712 mi"), "T": ("flight_time", "600 min")},
                     mass="661.3868 lb")
    a, b = (check(c, samples=2000, seed=3) for c in (metric, imperial))
    for ident in ("R", "T"):
        assert _readings(a, ident) == _readings(b, ident)
        assert a.verdicts[ident].verdict == b.verdicts[ident].verdict
        for x, y in zip(a.verdicts[ident].readings, b.verdicts[ident].readings):
            assert abs(x.finding.probability - y.finding.probability) < 0.02


def test_a_stated_plant_is_not_read_twice(tmp_path):
    from dronecalc.claims import plants
    extra = '\n[figures.E]\nfield = "engine_type"\ntext = "two-stroke piston"\nrole = "input"\n'
    case = _case(tmp_path, {"R": ("range", "1000 km")}, extra=extra)
    assert not plants.unstated(case)
    assert check(case, samples=1000, seed=0).verdicts["R"].readings == ()


def test_a_jet_word_adds_the_jet_reading(tmp_path):
    from dronecalc.claims import plants
    extra = '\n[figures.C]\nfield = "context"\ntext = "jet-powered"\nrole = "context"\n'
    case = _case(tmp_path, {"R": ("range", "1000 km")}, extra=extra)
    assert plants.unstated(case)
    assert list(plants.candidates(case)) == PLANTS + ["fixed-wing-jet"]
    assert list(plants.candidates(_case(tmp_path, {}))) == PLANTS


def test_a_plant_that_cannot_be_built_leaves_the_other_reading(tmp_path):
    from dronecalc.claims import plants
    case = _case(tmp_path, {"R": ("range", "1000 km")})
    piston = plants.check(case, 1000, 0, lambda c, n, s: check(c, samples=n, seed=s)
                          if c.kind == "fixed-wing-piston" else _raise())
    found = piston.verdicts["R"]
    assert found.verdict == "consistent"            # the piston reading's own verdict
    electric = next(r for r in found.readings if r.kind == "fixed-wing-electric")
    assert electric.unbuildable and "no battery-electric machine" in electric.reason
    assert "No battery-electric machine fits" in found.statement


def _raise():
    from dronecalc.errors import InputValueError
    raise InputValueError("no sampled machine satisfies the constraints", field="takeoff_mass")


# 4 examples: every wing claim at once is held to the same contract by
# tests/test_contract.py::test_every_wing_claim_at_once_with_and_without_its_own_speed
@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(sorted(WING_CLAIMS)), min_size=1, max_size=4, unique=True),
       st.sampled_from(["4 kg", "40 kg", "300 kg"]))
def test_the_contract_holds_for_every_wing_claim(tmp_path_factory, fields, mass):
    case = _case(tmp_path_factory.mktemp("plants"),
                 {f"X{i}": (f, WING_CLAIMS[f]) for i, f in enumerate(fields)}, mass)
    result = check(case, samples=300, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    for found in result.verdicts.values():
        said = {r.verdict for r in found.readings}
        assert found.verdict == (said.pop() if len(said) == 1 else "needs-checking")


def test_readings_table_stacks_on_a_phone_with_verdict_badges(tmp_path):
    # At 390 px the four-column readings table broke "Implausible" inside the word: it is now a
    # stacked table (rows become cards on a narrow screen) whose verdicts are badges (nowrap).
    from dronecalc.report.document import write_report
    case = _case(tmp_path, {"R": ("range", "1000 km")})
    result = check(case, samples=2000, seed=0)
    html = write_report(result, tmp_path / "r.html", plots=False)[0].read_text()
    start = html.index("under each power plant the source leaves open")
    table = html[html.rindex("<table", 0, start):html.index("</table>", start)]
    assert 'class="stack"' in table
    assert table.count('class="badge v-') == 2
    assert "v-implausible" in table and "v-consistent" in table
