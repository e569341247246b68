"""The claim contract (issue #10): every claim ends in a finding with a verdict or in exactly
one "not judged" entry saying why, never neither and never both; over every field and role."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dronecalc import check, load_case
from dronecalc.intake.fields import FIELDS

MACHINE = """
[case]
title = "contract"
source = "tests"

[vehicle]
rotors = 4
rotor_diameter = "15 in"
empty_mass = "2-3 kg"
motor_kv = "400 Kv"

[battery]
capacity = "10000 mAh"
cells = "6S"
"""
#: Fields the machine above states: a figure of them may not also be an input.
STATED = {"rotors", "airframe", "rotor_diameter", "empty_mass", "takeoff_mass", "motor_kv",
          "battery_charge", "cell_count", "battery_voltage", "battery_energy", "battery_mass",
          "pack_count", "chemistry", "payload_mass"}
TEXT = {"airframe": "quadcopter", "chemistry": "LiPo", "statement": "it could not fly that",
        "radio": "RFD868x", "flight_controller": "Pixhawk", "context": "night",
        "engine_type": "electric", "fuel_type": "gasoline", "rotor_layout": "coaxial"}


@st.composite
def figure(draw, field):
    spec = FIELDS[field]
    roles = [r for r in spec.roles if not (r == "input" and (field in STATED or spec.kind ==
                                                              "text"))]
    role = draw(st.sampled_from(roles))
    if spec.kind == "text":
        text = TEXT[field]
    elif spec.kind == "count":
        text = f"{draw(st.integers(int(spec.low), int(spec.high)))}"
    else:
        low = max(spec.low, spec.high / 1000)
        value = draw(st.floats(low, spec.high))
        unit = {"degC": "degC", "Kv": "Kv", "cell": "S"}.get(spec.unit, spec.unit)
        text = f"{value:.3g} {unit}"
    return field, role, text


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(sorted(FIELDS)), min_size=1, max_size=6, unique=True)
       .flatmap(lambda fields: st.tuples(*[figure(f) for f in fields])))
def test_every_claim_is_judged_or_said_not_to_be(tmp_path_factory, figures):
    _contract(tmp_path_factory, figures, MACHINE)


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(sorted(FIELDS)), min_size=1, max_size=6, unique=True)
       .flatmap(lambda fields: st.tuples(*[figure(f) for f in fields])))
def test_the_contract_holds_without_a_motor_kv(tmp_path_factory, figures):
    """Top speed and payload capacity then come from the thrust-to-weight prior."""
    figures = tuple(f for f in figures if f[0] != "motor_kv")
    _contract(tmp_path_factory, figures, MACHINE.replace('motor_kv = "400 Kv"\n', ""))


def _contract(tmp_path_factory, figures, machine):
    text = machine
    for i, (field, role, value) in enumerate(figures):
        text += f'\n[figures.X{i}]\nfield = "{field}"\ntext = "{value}"\nrole = "{role}"\n'
        if field == "statement":
            text += 'asserts = "infeasible"\n'
    path = tmp_path_factory.mktemp("contract") / "case.toml"
    path.write_text(text)
    case = load_case(path)
    result = check(case, samples=200, seed=0)
    assert_one_verdict_or_not_judged(case, result)


def assert_one_verdict_or_not_judged(case, result) -> None:
    """The claim contract: every claim is judged by exactly one verdict finding or listed
    exactly once in not_judged with a reason, never both; cross-checks are no verdict. The
    same rule read from the JSON (check, claims and the figures' roles) gives the same."""
    import json

    from dronecalc import check_json
    from dronecalc.claims.contract import CROSS_CHECKS, verdicts
    found = verdicts(case.claims, result.findings)
    listed = [n.claim for n in result.not_judged]
    for ident in case.claims:
        assert len(found.get(ident, [])) + listed.count(ident) == 1, (ident, found, listed)
    assert set(listed) <= set(case.claims) and set(found) <= set(case.claims)
    assert set(result.verdicts) == set(found)
    for entry in result.not_judged:
        assert entry.reason
    doc = json.loads(check_json(result))
    claims = {f["id"] for f in doc["figures"] if f["role"] == "claim"}
    from_json = {}
    for f in doc["findings"]:
        if f["check"] in CROSS_CHECKS:
            continue
        ids = f["claims"][:1] if f["check"] == "statement" else f["claims"]
        for ident in ids:
            if ident in claims:
                from_json[ident] = from_json.get(ident, 0) + 1
    assert from_json == {k: len(v) for k, v in found.items()}
    assert sorted(n["claim"] for n in doc.get("not_judged", [])) == sorted(listed)
    # the explicit key: every claim once, in file order, with the finding that carries its
    # verdict (an index into findings) or "not-judged" (then listed in not_judged)
    rows = doc["verdicts"]
    assert [r["claim"] for r in rows] == [f["id"] for f in doc["figures"]
                                          if f["role"] == "claim"] == list(case.claims)
    for row in rows:
        if row["verdict"] == "not-judged":
            assert row["finding"] is None and row["check"] is None
            assert row["claim"] in listed
            continue
        finding = doc["findings"][row["finding"]]
        assert finding["check"] == row["check"] not in CROSS_CHECKS
        assert finding["verdict"] == row["verdict"] and row["claim"] in finding["claims"]
        assert result.findings[row["finding"]] is result.verdicts[row["claim"]]
    assert {r["claim"] for r in rows if r["verdict"] != "not-judged"} == set(found)


def every_claim_field(text: str) -> str:
    """``text`` with one claim figure of every field that can be a claim, each with a value
    inside its plausible range."""
    for field, spec in FIELDS.items():
        if "claim" not in spec.roles:
            continue
        value = TEXT.get(field) or (f"{spec.high / 2:g}" if spec.kind == "count" else
                                    f"{spec.high / 2:.3g} "
                                    + {"Kv": "Kv", "cell": "S"}.get(spec.unit, spec.unit))
        text += f'\n[figures.{field}]\nfield = "{field}"\ntext = "{value}"\nrole = "claim"\n'
        if field == "statement":
            text += 'asserts = "infeasible"\n'
    return text


def test_every_field_as_a_claim_at_once(tmp_path):
    text = every_claim_field(MACHINE)
    path = tmp_path / "all.toml"
    path.write_text(text)
    case = load_case(path)
    result = check(case, samples=200, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    listed = [n.claim for n in result.not_judged]
    assert sorted(listed) == sorted(set(case.claims) - set(result.verdicts))
    assert "speed" not in listed or "top_speed" in result.not_judged[listed.index("speed")].needs


#: A fixed wing (electric, a cruise speed claimed) for the contract over the wing-borne kinds.
WING = """
[case]
title = "contract, fixed wing"
source = "tests"

[figures.A]
field = "airframe"
text = "flying wing"
role = "input"

[figures.M]
field = "takeoff_mass"
text = "4 kg"
role = "input"

[figures.E]
field = "battery_energy"
text = "150 Wh"
role = "input"

[figures.P]
field = "engine_power"
text = "600 W"
role = "input"

[figures.T]
field = "engine_type"
text = "electric"
role = "input"

[figures.C]
field = "cruise_speed"
text = "60 km/h"
role = "claim"
"""
#: Wing-borne claim fields and a plausible text; ``at_speed`` given or not.
WING_CLAIMS = {"flight_time": "2 h", "range": "100 km", "top_speed": "120 km/h",
               "service_ceiling": "3000 m", "payload_mass": "0.5 kg", "max_payload": "1 kg",
               "distance": "40 km", "speed": "70 km/h", "warhead_mass": "0.5 kg"}


def test_every_wing_claim_at_once_with_and_without_its_own_speed(tmp_path_factory):
    """Range and flight time each with and without their own speed, beside a cruise speed,
    and every other wing-borne claim: one verdict each, cross-checks (kinematics) apart."""
    claims = [(field, False) for field in WING_CLAIMS] + [("flight_time", True),
                                                          ("range", True)]
    _wing_contract(tmp_path_factory, claims)


@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.tuples(st.sampled_from(sorted(WING_CLAIMS)), st.booleans()), min_size=1,
                max_size=3))
def test_the_contract_holds_for_a_fixed_wing_with_a_cruise_speed(tmp_path_factory, claims):
    _wing_contract(tmp_path_factory, claims)


def _wing_contract(tmp_path_factory, claims):
    text = WING + WING_REDUNDANT            # the figures' cross-checks run beside the claims
    for i, (field, speed) in enumerate(claims):
        text += f'\n[figures.X{i}]\nfield = "{field}"\ntext = "{WING_CLAIMS[field]}"\n' \
                f'role = "claim"\n'
        if speed and field in ("flight_time", "range"):
            text += 'at_speed = "70 km/h"\n'
    path = tmp_path_factory.mktemp("wing") / "case.toml"
    path.write_text(text)
    case = load_case(path)
    assert case.kind == "fixed-wing-electric"
    result = check(case, samples=200, seed=0)
    assert_one_verdict_or_not_judged(case, result)
    assert [f.claims for f in result.findings if f.check == "cross-check"][:2] == [
        ["E", "Q"], ["M", "EM", "BM"]]                 # energy and mass budget, first


# --------------------------------------------------------------------------- claims as written

SLIP = MACHINE.replace('motor_kv = "400 Kv"\n', "") + """
[figures.R]
field = "range"
text = "2000-2500 km"
role = "claim"
"""


def test_a_claim_is_judged_as_written_and_the_slip_is_only_an_alternative(tmp_path):
    path = tmp_path / "slip.toml"
    path.write_text(SLIP)
    case = load_case(path)
    assert case.figures["R"].value.low.m_as("km") == 2000         # not rewritten to 2 km
    assert case.figures["R"].flag.problem == "out-of-range"
    (f,) = [f for f in check(case, samples=500, seed=0).findings if f.check == "range"]
    assert f.claimed.low == 2000 and f.verdict == "implausible"
    (alt,) = [n for n in f.notes if "Alternative reading, not the claim" in n]
    assert "2-2.5 km" in alt and "consistent on that reading" in alt


def test_a_garbled_input_is_still_reinterpreted(tmp_path):
    path = tmp_path / "kv.toml"
    path.write_text(MACHINE.replace('motor_kv = "400 Kv"\n', "") + """
[figures.K]
field = "motor_kv"
text = "320 kilovolts"
role = "input"
""")
    figure = load_case(path).figures["K"]
    assert figure.flag.problem == "garbled" and str(figure.value.unit) == "Kv"


def test_not_judged_is_in_the_json_and_the_text_and_absent_when_empty(tmp_path):
    import json

    from dronecalc import check_json, format_check
    path = tmp_path / "speed.toml"
    path.write_text(MACHINE + '\n[figures.V]\nfield = "speed"\ntext = "90 km/h"\n'
                    'role = "claim"\n')
    result = check(load_case(path), samples=200, seed=0)
    (entry,) = json.loads(check_json(result))["not_judged"]
    assert entry["claim"] == "V" and "top_speed" in entry["needs"]
    assert "NOT JUDGED" in format_check(result) and "1 not judged" in format_check(result)
    from dronecalc.report.document import write_report
    write_report(result, tmp_path / "report.md")            # and in the report
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "Claims not judged" in report and "claim, not judged" in report
    reference = Path(__file__).resolve().parents[1] / "examples" / "cases" / \
        "green-zone-2021.toml"
    ref = check(load_case(reference), samples=300, seed=0)
    assert ref.not_judged == [] and "not_judged" not in json.loads(check_json(ref))


def test_no_plausible_input_is_beyond_the_models_physical_limits():
    # a figure inside its field's plausible range must never abort the check: the contract
    # property above found a 201 kg warhead (plausible up to 300 kg) refused as a payload
    # beyond the model's 200 kg limit, so that no claim of the case was judged
    from dronecalc.claims.context import CASE_INPUTS
    from dronecalc.intake.units import Q_
    from dronecalc.priors.variables import VARIABLES
    for name, spec in FIELDS.items():
        variable = VARIABLES.get(CASE_INPUTS.get(spec.maps_to or "", ""))
        if variable is None or spec.kind != "quantity" or "input" not in spec.roles:
            continue
        ends = Q_([spec.low, spec.high], spec.unit).m_as(variable.unit or "dimensionless")
        assert variable.limits[0] <= ends[0] and ends[1] <= variable.limits[1], name


# --------------------------------------------------------------------------- wing cross-checks

#: Redundant figures for :data:`WING`: 10 Ah x 14.8 V against 150 Wh (agree within 10 %), an
#: empty + battery mass against the 4 kg take-off mass, a stated maximum payload.
WING_REDUNDANT = """
[figures.Q]
field = "battery_charge"
text = "10 Ah"
role = "input"

[figures.V]
field = "battery_voltage"
text = "14.8 V"
role = "input"

[figures.EM]
field = "empty_mass"
text = "3 kg"
role = "input"

[figures.BM]
field = "battery_mass"
text = "1.5 kg"
role = "input"

[figures.MP]
field = "max_payload"
text = "1 kg"
role = "input"
"""
#: Claims the wing cross-checks compare: 150 km at 60 km/h in a longest flight of 2 h (120 km at
#: most: 20 % short), a 2 kg payload over the 1 kg maximum.
WING_CROSSED = """
[figures.R]
field = "range"
text = "150 km"
role = "claim"
at_speed = "60 km/h"

[figures.T2]
field = "flight_time"
text = "2 h"
role = "claim"

[figures.PL]
field = "payload_mass"
text = "2 kg"
role = "claim"
"""


def test_a_fixed_wing_cross_checks_its_figures_and_no_verdict_moves(tmp_path):
    """Issue #10's cross-checks run for a modelled fixed wing too (they ran for multirotors and
    for cases no kind models only), as findings that are never a claim's verdict: the claims'
    verdicts are those of the same case without the redundant figures, number for number."""
    from dronecalc.claims.contract import CROSS_CHECKS
    plain, redundant = tmp_path / "plain.toml", tmp_path / "redundant.toml"
    plain.write_text(WING + WING_CROSSED)
    redundant.write_text(WING + WING_CROSSED + WING_REDUNDANT)
    results = []
    for path in (plain, redundant):
        case = load_case(path)
        assert case.kind == "fixed-wing-electric"
        result = check(case, samples=200, seed=0)
        assert_one_verdict_or_not_judged(case, result)
        results.append(result)
    crossed = {tuple(f.claims): f for f in results[1].findings if f.check == "cross-check"}
    assert crossed[("E", "Q")].verdict == "consistent"           # 148 Wh against 150 Wh
    assert "agree within" in crossed[("E", "Q")].statement
    mass = crossed[("M", "EM", "BM")]                           # 4.5 kg against 4 kg: 12.5 %
    assert mass.verdict == "needs-checking" and "take-off mass" in mass.condition
    assert crossed[("PL", "MP")].verdict == "implausible"        # 2 kg over a 1 kg maximum
    speed_time = crossed[("R", "T2")]                           # 150 km > 60 km/h x 2 h
    assert speed_time.verdict == "needs-checking" and "disagree by 20 %" in speed_time.statement
    assert [f.check for f in results[0].findings if f.check in CROSS_CHECKS] in (
        ["cross-check"], ["cross-check", "kinematics"])          # only range in time there
    verdict = [{k: (f.check, f.verdict, f.probability, f.generous_bound, f.statement)
                for k, f in r.verdicts.items()}
               for r in results]
    assert verdict[0] == verdict[1] and {"R", "T2", "PL"} <= set(verdict[0])


PISTON = """
[case]
title = "contract, piston"
source = "tests"

[figures.A]
field = "airframe"
text = "fixed-wing"
role = "input"

[figures.M]
field = "takeoff_mass"
text = "25 kg"
role = "input"

[figures.FV]
field = "fuel_volume"
text = "8 L"
role = "input"

[figures.FM]
field = "fuel_mass"
text = "{fuel}"
role = "input"

[figures.FT]
field = "fuel_type"
text = "{kind}"
role = "input"

[figures.R]
field = "range"
text = "500 km"
role = "claim"
"""


def test_a_fuel_mass_is_cross_checked_against_volume_times_density(tmp_path):
    """8 L of gasoline is 5.76-6.2 kg (EN 228: 720-775 kg/m^3), of diesel 6.56-6.76 kg."""
    def crossed(fuel, kind):
        path = tmp_path / "p.toml"
        path.write_text(PISTON.format(fuel=fuel, kind=kind))
        case = load_case(path)
        assert case.kind == "fixed-wing-piston"
        result = check(case, samples=200, seed=0)
        assert_one_verdict_or_not_judged(case, result)
        (found,) = [f for f in result.findings if f.claims == ["FM", "FV"]]
        return found
    assert crossed("6 kg", "gasoline").verdict == "consistent"
    assert crossed("6 kg", "diesel").verdict == "consistent"            # 6.56 kg: within 10 %
    wrong = crossed("12 kg", "gasoline")                                # 12 against 6.2: 48 %
    assert wrong.verdict == "implausible" and "disagree by 48.3 %" in wrong.statement
    assert "uses the stated fuel mass" in wrong.condition


def test_a_fixed_wing_without_its_mass_still_cross_checks_its_figures(tmp_path):
    path = tmp_path / "m.toml"
    path.write_text(WING.replace('[figures.M]\nfield = "takeoff_mass"\ntext = "4 kg"\n'
                                 'role = "input"\n', "") + WING_CROSSED)
    case = load_case(path)
    result = check(case, samples=200, seed=0)
    assert result.run.drawn == 0 and {n.claim for n in result.not_judged} == set(case.claims)
    assert [(f.check, f.claims) for f in result.findings] == [("cross-check", ["R", "T2"])]


def test_the_json_names_each_claims_verdict_on_the_reference_case():
    """The explicit per-claim key on the reference case: its five claims, the finding that
    judges each (the kinematics cross-check names F10, F11 and F3 but judges none)."""
    import json

    from dronecalc import check_json
    case = load_case(Path(__file__).resolve().parents[1] / "examples" / "cases"
                     / "green-zone-2021.toml")
    doc = json.loads(check_json(check(case, samples=2000, seed=0)))
    rows = {r["claim"]: r for r in doc["verdicts"]}
    assert list(rows) == ["F3", "F4", "F5", "F10", "F11"]
    assert {k: r["check"] for k, r in rows.items()} == {
        "F3": "leg", "F4": "leg", "F5": "statement", "F10": "range", "F11": "endurance"}
    for ident, row in rows.items():
        assert doc["findings"][row["finding"]]["verdict"] == row["verdict"]
    assert "not_judged" not in doc
