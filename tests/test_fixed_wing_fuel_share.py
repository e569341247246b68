"""A stated fuel's share of the take-off mass against the fleet, and the payload a stated fuel
leaves (vtolclaims, issue 13): a Mugin-5-like 45 kg wing with 48 L of petrol (77-83 % of its
take-off mass) passed silently with a 207 h median endurance, and its 10 kg payload claim was
judged as if the fuel weighed nothing."""
from pathlib import Path

import dronecalc
from dronecalc.claims import fixed_wing_fuel as fuel_share

N = 3000
FIXTURE = Path(__file__).parent / "fixtures" / "vtolclaims" / "mugin5-like-fuel-share.toml"
TEXT = FIXTURE.read_text(encoding="utf-8")


def _check(tmp_path, text=TEXT):
    path = tmp_path / "case.toml"
    path.write_text(text, encoding="utf-8")
    return dronecalc.check(dronecalc.load_case(path), samples=N, seed=0)


def _share(result):
    return [f for f in result.findings if f.check == "cross-check" and "fuel share" in
            (f.claimed.text if f.claimed else "")]


def test_the_fleet_band_is_the_fuel_rows_spread():
    p5, p95, spread = fuel_share.fleet_band()
    # data/fixed_wing.toml's six fuel rows: 0.155 (VA001, burnt) to 0.583 (Penguin B record)
    assert spread.n >= 6 and p5 < min(spread.values) + 0.05 and p95 > 0.55
    assert p5 < spread.median < p95 < 0.83


def test_a_fuel_share_above_the_fleet_is_a_finding(tmp_path):
    result = _check(tmp_path)
    (finding,) = _share(result)
    assert finding.claims == ["V", "M"] and finding.verdict == "needs-checking"
    assert "76.8-82.7 % of the take-off mass" in finding.statement
    assert "data/fixed_wing.toml" in finding.statement
    assert "V" not in result.verdicts             # a cross-check, never a claim's verdict


def test_a_usual_fuel_share_is_consistent(tmp_path):
    (finding,) = _share(_check(tmp_path, TEXT.replace('text = "48 L"', 'text = "15 L"')))
    assert finding.verdict == "consistent"       # 10.8-11.6 kg of 45 kg: 24-26 %


def test_the_payload_claim_is_judged_within_what_the_fuel_leaves(tmp_path):
    light = _check(tmp_path, TEXT.replace('text = "48 L"', 'text = "15 L"')).verdicts["P"]
    heavy = _check(tmp_path).verdicts["P"]
    assert heavy.probability < 0.5 * light.probability
    assert heavy.generous_bound.value <= 45 - 34.5        # payload <= MTOW - fuel
    assert any("payload + fuel + empty mass cannot exceed" in n for n in heavy.notes)


def test_a_stated_empty_mass_leaves_no_room_for_the_payload(tmp_path):
    text = TEXT.replace("[case]", '[vehicle]\nempty_mass = "20 kg"\n\n[case]', 1)
    payload = _check(tmp_path, text).verdicts["P"]
    assert payload.verdict == "implausible"       # 20 + 34.6 kg of fuel > 45 kg: no room
    assert any("less the stated empty mass (20 kg)" in n for n in payload.notes)


def test_a_battery_wing_has_no_fuel_share_finding(tmp_path):
    text = (TEXT.replace("with a 180 cc two-stroke engine", "electric")
            .replace('field = "fuel_volume"\ntext = "48 L"', 'field = "battery_energy"\n'
                     'text = "2 kWh"'))
    assert not _share(_check(tmp_path, text))


def _budget(result):
    return [f for f in result.findings if f.check == "cross-check"
            and "payload + fuel + empty mass cannot exceed" in f.statement]


def test_empty_mass_and_fuel_above_the_take_off_mass_disagree(tmp_path):
    text = TEXT.replace("[case]", '[vehicle]\nempty_mass = "20 kg"\n\n[case]', 1)
    (finding,) = _budget(_check(tmp_path, text))
    assert finding.verdict == "needs-checking"   # 54.6-57.2 kg against 45 kg: 21 % over
    assert "54.6-57.2 kg" in finding.statement and finding.claims[0] == "M"


def test_empty_mass_and_fuel_within_the_take_off_mass_agree(tmp_path):
    text = (TEXT.replace("[case]", '[vehicle]\nempty_mass = "20 kg"\n\n[case]', 1)
            .replace('text = "48 L"', 'text = "20 L"'))
    (finding,) = _budget(_check(tmp_path, text))
    assert finding.verdict == "consistent"       # 34.4-35.5 kg of 45 kg: a lighter load
