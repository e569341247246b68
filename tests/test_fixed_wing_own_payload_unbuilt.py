"""A fixed-wing claim whose own payload, with the stated fuel, overfills the stated take-off
mass is implausible as stated, and its finding says so in the source's figures (unseen,
2026-12-06: it had quoted the engine's error, "empty_mass: no sampled machine satisfies the
constraints; got ...; expected ...", naming no figure). A written case, not the source's."""
import re

import dronecalc

CASE = '''
[case]
title = "A piston wing with a record flight's fuel and a mission's payload"
source = "written for this test"
vehicle_class = "fixed-wing"

[figures.F1]
field = "fuel_mass"
text = "12 kg"
quote = "It took off with 12 kg of fuel."
role = "input"

[figures.F2]
field = "takeoff_mass"
text = "20 kg"
quote = "Its take-off weight was 20 kg."
role = "input"

[figures.F3]
field = "flight_time"
text = "15 h"
quote = "It normally flies 15 h carrying a 9 kg payload."
role = "claim"
payload = "9 kg"
'''


def test_the_unbuilt_claim_names_its_payload_the_fuel_and_the_mass(tmp_path):
    path = tmp_path / "case.toml"
    path.write_text(CASE, encoding="utf-8")
    result = dronecalc.check(dronecalc.load_case(path), samples=2000, seed=0)
    finding = result.verdicts["F3"]
    assert finding.verdict == "implausible"
    text = finding.statement
    assert "no sampled machine satisfies" not in text and "got '" not in text, text
    assert "9 kg" in text and "(F1)" in text and "20 kg take-off mass (F2)" in text, text
    # 12 kg of fuel and 9 kg of payload are 1 kg more than the 20 kg: at least 1 kg short
    short = float(re.search(r"([\d.]+) kg short", text).group(1))
    assert short >= 1.0, text
