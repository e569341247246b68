"""A stated figure of the other power plant than the stated kind's is named, never silently
unused (vtolfuel's open item: vehicle_kind = "vtol-quadplane" with a fuel figure ran as the
electric quadplane and said nothing of the fuel)."""
from __future__ import annotations

import pytest

import dronecalc


def _case(tmp_path, kind, field, text):
    path = tmp_path / "case.toml"
    path.write_text(f'''[case]
title = "plant"
source = "test"
vehicle_kind = "{kind}"
[figures.F1]
field = "takeoff_mass"
text = "25 kg"
quote = "q"
role = "input"
[figures.F2]
field = "{field}"
text = "{text}"
quote = "q"
role = "input"
[figures.F3]
field = "flight_time"
text = "8 h"
quote = "q"
role = "claim"
''', encoding="utf-8")
    return dronecalc.load_case(path)


def _notes(result):
    return [n for f in result.findings for n in f.notes]


@pytest.mark.parametrize("kind, field, text, other", [
    ("vtol-quadplane", "fuel_volume", "5 L", "vtol-quadplane-piston"),
    ("fixed-wing-electric", "fuel_mass", "4 kg", "fixed-wing-piston"),
    ("fixed-wing-piston", "battery_energy", "500 Wh", "fixed-wing-electric")])
def test_the_other_plants_figure_is_named_with_the_kind_that_uses_it(tmp_path, kind, field,
                                                                     text, other):
    result = dronecalc.check(_case(tmp_path, kind, field, text), samples=300)
    said = [n for n in _notes(result) if f"{field} {text} (F2)" in n]
    assert said and "Not used" in said[0] and other in said[0]


def test_the_hybrid_uses_both_and_names_neither(tmp_path):
    result = dronecalc.check(_case(tmp_path, "vtol-quadplane-piston", "fuel_volume", "5 L"),
                             samples=300)
    assert not [n for n in _notes(result) if "Not used" in n and "fuel_volume" in n]
