"""The shipped calibration set of real multirotors (dronecalc/data/multirotors.toml).

These tests check the data's integrity (sources, units, plausibility), not any physics model.
Plausibility bounds below are generous sanity limits for electric multirotors, chosen to catch
unit slips (g for kg, mAh for Ah, km/h for m/s), not to judge a maker's claim.
"""
import pytest

from dronecalc import DroneCalcError
from dronecalc.priors.calibration import (CLASSES, QUANTITY_FIELDS, load_multirotors,
                                   parse_multirotors)

DRONES = load_multirotors()

# key -> (unit, low, high): sanity bounds, not physics
PLAUSIBLE = {
    "rotor_diameter": ("in", 2, 80),
    "empty_mass": ("kg", 0.05, 150),
    "takeoff_mass": ("kg", 0.05, 150),
    "max_takeoff_mass": ("kg", 0.1, 200),
    "battery_capacity_per_pack": ("mAh", 500, 100_000),
    "battery_voltage_per_pack": ("V", 3, 120),
    "battery_energy_per_pack": ("Wh", 5, 5000),
    "battery_mass_per_pack": ("kg", 0.02, 30),
    "battery_mass_total": ("kg", 0.02, 60),
    "max_payload": ("kg", 0.01, 100),
    "max_speed": ("m/s", 3, 45),
    "range": ("km", 0.5, 100),
}
FLIGHT_TIME_RANGE_MIN = (1, 120)


def test_at_least_twenty_drones():
    assert len(DRONES) >= 20


def test_names_are_unique():
    names = [d["name"] for d in DRONES]
    assert len(names) == len(set(names))


def test_every_drone_has_a_source_class_and_retrieval_note():
    for d in DRONES:
        assert d["source"].strip(), d["name"]
        assert d.get("retrieval", "").strip(), d["name"]
        assert d["class"] in CLASSES, d["name"]


def test_every_figure_has_a_source():
    # Every figure is covered by the drone's main source unless figure_sources names its own;
    # a figure_sources entry must point at a figure that exists and be non-empty text.
    for d in DRONES:
        for key, src in d["figure_sources"].items():
            assert key in d, (d["name"], key)
            assert isinstance(src, str) and src.strip(), (d["name"], key)
        for ft in d["flight_time"]:
            assert ft["source"].strip(), d["name"]


def test_quantities_have_the_right_dimension_and_a_plausible_value():
    assert set(PLAUSIBLE) == set(QUANTITY_FIELDS)
    for d in DRONES:
        for key, (unit, low, high) in PLAUSIBLE.items():
            if key in d:
                value = d[key].m_as(unit)
                assert low <= value <= high, (d["name"], key, d[key])


def test_counts_are_plausible():
    for d in DRONES:
        if "rotors" in d:
            assert d["rotors"] in (3, 4, 6, 8, 12, 16), d["name"]
        if "battery_cells" in d:
            assert 1 <= d["battery_cells"] <= 28, d["name"]
        if "battery_packs" in d:
            assert 1 <= d["battery_packs"] <= 12, d["name"]


def test_masses_are_consistent_where_stated():
    for d in DRONES:
        if "takeoff_mass" in d and "max_takeoff_mass" in d:
            assert d["takeoff_mass"] <= d["max_takeoff_mass"], d["name"]
        if "empty_mass" in d and "takeoff_mass" in d:
            assert d["empty_mass"] < d["takeoff_mass"], d["name"]


def test_every_flight_time_has_condition_payload_and_plausible_value():
    low, high = FLIGHT_TIME_RANGE_MIN
    count = 0
    for d in DRONES:
        for ft in d["flight_time"]:
            count += 1
            assert ft["condition"].strip(), d["name"]
            assert ft["mode"] in ("hover", "flight"), d["name"]
            assert ft["payload"].check("[mass]") and ft["payload"].m_as("kg") >= 0, d["name"]
            assert low <= ft["value"].m_as("min") <= high, (d["name"], ft["value"])
            if "takeoff_mass" in ft:
                assert ft["takeoff_mass"].m_as("kg") > ft["payload"].m_as("kg"), d["name"]
                if "max_takeoff_mass" in d:
                    # DJI's own tables slightly exceed their MTOW in two cases (M600: 15110 g
                    # vs 15100 g; Inspire 1 with TB48: 3035 g vs 3000 g); kept as published.
                    assert ft["takeoff_mass"] <= d["max_takeoff_mass"] * 1.05, d["name"]
    assert count >= 20


def test_spans_small_to_heavy_machines():
    masses = [d["takeoff_mass"].m_as("kg") for d in DRONES if "takeoff_mass" in d]
    assert min(masses) < 1.0 and max(masses) > 40.0
    assert {"small-camera", "enterprise-lift", "heavy-lift", "agricultural"} <= {
        d["class"] for d in DRONES}


# Published values, spot-checked against their sources:
def test_spot_values():
    by_name = {d["name"]: d for d in DRONES}
    # DJI OSDK 'Hardware Introduction' (2017-11-23), Payload & Flight Time: M600, 6x TB47S
    m600 = by_name["DJI Matrice 600"]
    assert m600["rotors"] == 6 and m600["takeoff_mass"].m_as("g") == pytest.approx(9100)
    assert [ft["value"].m_as("min") for ft in m600["flight_time"]][:2] == [35, 16]
    # https://www.dji.com/support/product/t40: hovering 18 min @30000 mAh & 50 kg
    t40 = by_name["DJI Agras T40"]
    assert t40["rotor_diameter"].m_as("in") == 54 and t40["rotors"] == 8
    assert t40["flight_time"][0]["value"].m_as("min") == 18


BASE = """
[[drone]]
name = "Test quad"
maker = "Nobody"
class = "small-camera"
source = "made up for a test"
"""


def test_wrong_dimension_names_drone_key_and_value():
    with pytest.raises(DroneCalcError) as err:
        parse_multirotors(BASE + 'takeoff_mass = "5 m/s"\n')
    msg = str(err.value)
    assert "Test quad.takeoff_mass" in msg and "5 m/s" in msg


def test_wrong_dimension_in_flight_time_is_rejected():
    bad = BASE + ('[[drone.flight_time]]\nvalue = "20 kg"\nmode = "hover"\npayload = "0 kg"\n'
                  'condition = "c"\nsource = "s"\n')
    with pytest.raises(DroneCalcError, match="flight_time"):
        parse_multirotors(bad)


@pytest.mark.parametrize("extra, match", [
    ('rotorz = 4\n', "unknown key"),
    ('rotors = 4.5\n', "positive integer"),
    ('max_speed = 20\n', "figure string"),
    ('max_payload = "-1 kg"\n', "positive"),
    ('figure_sources = { max_speed = "x" }\n', "does not have"),
    ('[[drone.flight_time]]\nvalue = "20 min"\nmode = "hover"\npayload = "0 kg"\nsource = "s"\n',
     "condition"),
    ('[[drone.flight_time]]\nvalue = "20 min"\nmode = "cruise"\npayload = "0 kg"\n'
     'condition = "c"\nsource = "s"\n', "mode"),
])
def test_bad_entries_are_rejected(extra, match):
    with pytest.raises(DroneCalcError, match=match):
        parse_multirotors(BASE + extra)


def test_duplicate_names_and_missing_source_are_rejected():
    with pytest.raises(DroneCalcError, match="duplicate"):
        parse_multirotors(BASE + BASE)
    with pytest.raises(DroneCalcError, match="source"):
        parse_multirotors(BASE.replace('source = "made up for a test"\n', ""))


def test_decoded_propeller_diameters_say_so_and_match_the_code():
    # Issue 12: a DJI propeller code's first two digits are the diameter in inches ("2110" ->
    # 21 in, "9453F" -> 9.4 in); a diameter decoded that way must say so in its source and
    # agree with the code kept beside it.
    by_name = {d["name"]: d for d in DRONES}
    m300 = by_name["DJI Matrice 300 RTK"]
    assert m300["propeller_model"] == "2110"
    assert m300["rotor_diameter"].m_as("in") == pytest.approx(21.0)
    for d in DRONES:
        note = d["figure_sources"].get("rotor_diameter", "")
        if "decoded" in note:
            code = d["propeller_model"].split()[0]
            head = float(code[:2]) if code[0] == "1" or code[0] == "2" else float(code[0] + "." + code[1])
            assert d["rotor_diameter"].m_as("in") == pytest.approx(head), d["name"]
    assert "propeller_model" in by_name["DJI Matrice 30"]["figure_sources"]
    assert "coaxial" in by_name["DJI Agras T40"]["rotor_layout"]


def test_per_case_pack_figures_where_the_case_differs_from_the_drone():
    # DJI OSDK doc: 'The TB48 series is a 130 Wh battery'; M100 2x TB48D row
    m100 = {d["name"]: d for d in DRONES}["DJI Matrice 100"]
    two_tb48 = m100["flight_time"][6]
    assert two_tb48["battery_packs"] == 2
    assert two_tb48["battery_energy_per_pack"].m_as("Wh") == 130


@pytest.mark.parametrize("extra, match", [
    ('[[drone.flight_time]]\nvalue = "20 min"\nmode = "hover"\npayload = "0 kg"\n'
     'condition = "c"\nsource = "s"\nbattery_packs = 0\n', "positive integer"),
    ('[[drone.flight_time]]\nvalue = "20 min"\nmode = "hover"\npayload = "0 kg"\n'
     'condition = "c"\nsource = "s"\nbattery_energy_per_pack = "5 kg"\n', "dimension"),
    ('propeller_model = 2110\n', "non-empty text"),
])
def test_new_fields_are_validated(extra, match):
    with pytest.raises(DroneCalcError, match=match):
        parse_multirotors(BASE + extra)


def test_sized_rows_keep_the_makers_condition_text():
    """benchmarks/accuracy.py section D reads the maker's stated test conditions from each
    figure's condition text (Freefly's payload table: 'ALTITUDE: SEA LEVEL')."""
    from dronecalc.priors.calibration import sized_rows
    rows = sized_rows(DRONES)
    assert all(isinstance(r["condition"], str) for r in rows)
    alta = [r for r in rows if r["drone"] == "Freefly Alta X"]
    assert len(alta) == 8 and all("sea level" in r["condition"].lower() for r in alta)
