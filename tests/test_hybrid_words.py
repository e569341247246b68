"""The hybrid words name the hybrid quadplane, and a VTOL wing's battery is never assumed
silently (review 17, finding 4): "hybrid quadplane" and "hybrid VTOL" had been the battery
``vtol-quadplane`` with no note, though dronecalc's own label for ``vtol-quadplane-piston`` is
"hybrid quadplane", and "gas-electric hybrid VTOL" was refused as a plant no kind models."""
from __future__ import annotations

from pathlib import Path

import pytest

from dronecalc import load_case

HERE = Path(__file__).parent / "fixtures" / "cases" / "review17"
HEAD = '[case]\ntitle = "t"\nsource = "s"\n'


def _case(tmp_path, airframe: str, extra: str = ""):
    path = tmp_path / "c.toml"
    path.write_text(HEAD + f'[figures.F1]\nfield = "airframe"\ntext = "{airframe}"\n'
                    'role = "input"\n' + extra)
    return load_case(path)


@pytest.mark.parametrize("name", ["hybrid_quadplane", "hybrid_VTOL", "gas-electric_hybrid_VTOL"])
def test_the_reviews_hybrid_words_are_the_hybrid_quadplane_and_say_so(name):
    case = load_case(HERE / f"air-{name}.toml")
    assert case.kind == "vtol-quadplane-piston"
    assert [f.problem for f in case.flags] == ["inferred"]
    assert "vehicle_kind = 'vtol-quadplane'" in case.flags[0].message   # the way out


def test_a_quadplane_of_no_stated_plant_is_flagged_and_a_stated_battery_is_not(tmp_path):
    bare = _case(tmp_path, "quadplane")
    assert bare.kind == "vtol-quadplane" and [f.problem for f in bare.flags] == ["inferred"]
    assert "battery-electric" in bare.flags[0].message
    assert "vtol-quadplane-piston" in bare.flags[0].message
    battery = _case(tmp_path, "quadplane", '[figures.F2]\nfield = "battery_energy"\n'
                    'text = "500 Wh"\nrole = "input"\n')
    assert battery.kind == "vtol-quadplane" and not battery.flags
    # a fuel cell keeps its refusal beside the hybrid words
    assert _case(tmp_path, "hybrid VTOL powered by a hydrogen fuel cell").kind is None
