"""A ceiling claim is judged with 0-1 of the fuel burnt (a ceiling is a given weight's, which
sources omit: Raymer 2018 ch. 17), for the jet kind as for the piston kind."""
import pytest

import dronecalc
from dronecalc.claims.fixed_wing import describe_case
from dronecalc.claims.fixed_wing_overturn import _limits
from dronecalc.engine import fixed_wing as eng

JET = """[case]
title = "jet"
source = "s"
[figures.F1]
field = "airframe"
text = "turbojet fixed-wing target drone"
role = "input"
[figures.F2]
field = "takeoff_mass"
text = "250 kg"
role = "input"
[figures.F3]
field = "engine_thrust"
text = "1 kN"
role = "input"
[figures.F4]
field = "wingspan"
text = "1.8 m"
role = "input"
"""
CEILING = '[figures.F7]\nfield = "service_ceiling"\ntext = "12000 m"\nrole = "claim"\n'


def _case(tmp_path, text):
    path = tmp_path / "jet.toml"
    path.write_text(text)
    return dronecalc.load_case(path)


def test_a_jet_ceiling_rises_with_the_fuel_burnt(tmp_path):
    assert "ceiling_fuel_burnt" not in describe_case(_case(tmp_path, JET))
    inputs = describe_case(_case(tmp_path, JET + CEILING))
    assert (inputs["ceiling_fuel_burnt"].low, inputs["ceiling_fuel_burnt"].high) == (0.0, 1.0)
    point = eng.central_point(inputs)
    kind = "fixed-wing-jet"
    none = eng.performance({**point, "ceiling_fuel_burnt": 0.0}, kind)
    full = eng.performance({**point, "ceiling_fuel_burnt": 1.0}, kind)
    without = {k: x for k, x in point.items() if k != "ceiling_fuel_burnt"}
    assert float(none["ceiling"]) == float(eng.performance(without, kind)["ceiling"])
    assert float(full["ceiling"]) > float(none["ceiling"]) + 300.0
    assert float(full["max_range"]) == float(none["max_range"])   # only the ceiling


def test_the_overturn_search_keeps_the_fuel_burnt_a_share():
    # searched past 1 the ceiling mass goes negative and the search found nonsense roots
    # ("ceiling fuel burnt below 3.98")
    lo, hi = _limits("ceiling_fuel_burnt", eng.Input("ceiling_fuel_burnt", 0.0, 1.0, "prior",
                                                     "t"))
    assert lo == 0.0 and hi == 1.0
