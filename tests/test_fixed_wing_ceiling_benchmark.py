"""benchmarks/fixed_wing_ceiling.py (ceilfw, issue 13): each data row is judged with every fit
refitted without it, and the case written from a row states what the row states."""
from helpers import benchmark

from dronecalc.priors import fixed_wing as fwp

NAME = "ScanEagle (gasoline, two-stroke)"


def test_a_held_out_row_leaves_every_fit_and_comes_back():
    bench = benchmark("fixed_wing_ceiling")
    before = fwp.fit_excluding(None)["engine_power"].n
    with bench.held_out(NAME):
        assert NAME not in [r["name"] for r in fwp.load_fixed_wing()]
        assert fwp.fit_excluding(None)["engine_power"].n == before - 1
    assert NAME in [r["name"] for r in fwp.load_fixed_wing()]
    assert fwp.fit_excluding(None)["engine_power"].n == before


def test_a_row_case_states_the_rows_figures_and_its_ceiling_as_the_claim():
    bench = benchmark("fixed_wing_ceiling")
    (row,) = [r for r in fwp.load_fixed_wing() if r["name"] == NAME]
    case = bench.row_case(row)
    fields = {f["field"]: f for f in case["figures"].values()}
    assert case["case"]["vehicle_kind"] == "fixed-wing-piston"
    assert {"takeoff_mass", "wingspan", "engine_power", "engine_type"} <= set(fields)
    assert fields["service_ceiling"]["role"] == "claim"
    assert fields["engine_type"]["text"] == "two-stroke piston"
