"""Review 4's fixed-wing and claims findings: each test fails on the code before its fix."""
from __future__ import annotations

import warnings

from dronecalc import load_case
from dronecalc.claims import checks


def _result(tmp_path, text, samples=400):
    path = tmp_path / "c.toml"
    path.write_text(text)
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)      # no numpy warning on any path
        return checks.check(load_case(path), samples, 0)


def _fig(ident, field, text, role="input", extra=""):
    return (f'\n[figures.{ident}]\nfield = "{field}"\ntext = "{text}"\nrole = "{role}"\n'
            + extra)


HEAD = '[case]\ntitle = "t"\nsource = "s"\n'


# ---- 1. a quadplane with an inferred mass and a stated stall and wing area is judged
def test_inferred_mass_keeps_the_held_c_l_max_and_says_why(tmp_path):
    text = (HEAD + 'vehicle_kind = "vtol-quadplane"\n' + _fig("P", "payload_mass", "2 kg")
            + _fig("A", "wing_area", "0.9 m^2") + _fig("E", "battery_energy", "600 Wh")
            + _fig("S", "stall_speed", "15 m/s") + _fig("T", "flight_time", "2 h", "claim"))
    result = _result(tmp_path, text)
    (finding,) = [f for f in result.findings if f.claims == ["T"]]
    assert finding.verdict in ("consistent", "needs-checking", "implausible")
    assert any("C_L,max is held" in n and "inferred" in n for n in finding.notes)
    assert not any("stated take-off mass and wing area" in n for n in finding.notes)
