"""A conflict finding says by how much the stated figures miss (issue 10: "say which stated
figures conflict and by how much"). A police report's hexacopter read with its 9 kg as the
take-off mass, a 2.5 kg payload and two 16 Ah 6S packs leaves no buildable machine on the
battery share; the finding had said the battery was "at least 100 % of the largest share",
which hid the size of the excess (review of 2026-12-05)."""
from __future__ import annotations

import re

from dronecalc import load_case
from dronecalc.claims import checks

CASE = """
[case]
title = "hexacopter, 9 kg read as the take-off mass"
source = "review of 2026-12-05"

[figures.A]
field = "airframe"
text = "hexacopter"
role = "input"

[figures.M]
field = "takeoff_mass"
text = "{mass}"
role = "input"

[figures.P]
field = "payload_mass"
text = "2.5 kg"
role = "input"

[figures.N]
field = "pack_count"
text = "2"
role = "input"

[figures.C]
field = "battery_charge"
text = "16000 mAh"
role = "input"

[figures.S]
field = "cell_count"
text = "6S"
role = "input"

[figures.T]
field = "flight_time"
text = "55 min"
role = "claim"
"""


def _conflicts(tmp_path, mass):
    path = tmp_path / "c.toml"
    path.write_text(CASE.format(mass=mass))
    result = checks.check(load_case(path), 400, 0)
    return result, [f for f in result.findings if f.check == "conflict"]


def test_a_battery_share_conflict_states_the_excess_and_grows_with_it(tmp_path):
    excess = []
    for mass in ("9 kg", "7.5 kg"):
        result, found = _conflicts(tmp_path, mass)
        assert len(found) == 1 and "largest share" in found[0].statement, found
        m = re.search(r"(?:at least ([\d.]+) % more|slightly more \(under (1) %\)) than the "
                      "largest share", found[0].statement)
        assert m, found[0].statement
        excess.append(float(m.group(1) or m.group(2)))      # under 1 %: at most 1
        # the other claim is still judged
        assert [f.verdict for f in result.findings if f.claims == ["T"]] != []
    assert 0.0 < excess[0] < excess[1]      # a lighter machine misses the bound by more
