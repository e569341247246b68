"""A wingspan or wing area with no airframe word (intake/wing_inference.py): evidence of a wing.
With a piston engine or fuel the case is a fixed-wing-piston, flagged ``inferred`` (never
silent); every other combination is refused naming the fix; an airframe word still decides."""
from __future__ import annotations

import pytest

import dronecalc
from dronecalc.intake.airframes import AIRFRAME_WORDS

HEAD = '[case]\ntitle = "t"\nsource = "s"\n'
WING = {"wingspan": '[figures.W]\nfield = "wingspan"\ntext = "2.5 m"\nrole = "input"\n',
        "wing_area": '[figures.W]\nfield = "wing_area"\ntext = "1.2 m^2"\nrole = "input"\n',
        "vehicle": '[vehicle]\nwingspan = "2.5 m"\n', "none": ""}
PLANT = {
    "piston engine_type": ('[figures.E]\nfield = "engine_type"\ntext = "two-stroke piston"\n'
                           'role = "input"\n'),
    "fuel volume": '[figures.E]\nfield = "fuel_volume"\ntext = "30 L"\nrole = "input"\n',
    # a power in kW names no plant (review 3, finding 2: "a 1.2 kW motor"); one in horsepower
    # is a combustion engine's rating (trials_new5: intake.wing_inference.HORSEPOWER)
    "engine power": '[figures.E]\nfield = "engine_power"\ntext = "37 kW"\nrole = "input"\n',
    "engine power in hp": ('[figures.E]\nfield = "engine_power"\ntext = "50 hp"\n'
                           'role = "input"\n'),
    "jet": '[figures.E]\nfield = "engine_type"\ntext = "turbojet"\nrole = "input"\n',
    "battery": '[figures.E]\nfield = "battery_energy"\ntext = "500 Wh"\nrole = "input"\n',
    "battery and fuel": ('[figures.E]\nfield = "battery_energy"\ntext = "500 Wh"\n'
                         'role = "input"\n[figures.G]\nfield = "fuel_volume"\ntext = "30 L"\n'
                         'role = "input"\n'),
    "engine power and battery": ('[figures.E]\nfield = "engine_power"\ntext = "1.2 kW"\n'
                                 'role = "input"\n[figures.G]\nfield = "battery_energy"\n'
                                 'text = "500 Wh"\nrole = "input"\n'),
    "piston engine_type and battery": ('[figures.E]\nfield = "engine_type"\ntext = "two-stroke '
                                       'gasoline"\nrole = "input"\n[figures.G]\nfield = '
                                       '"battery_energy"\ntext = "1000 Wh"\nrole = "input"\n'),
    "electric engine_type and fuel": ('[vehicle]\nengine_type = "electric"\n'
                                      'fuel_type = "gasoline"\n'),
    "none": "",
}
REST = ('[figures.M]\nfield = "takeoff_mass"\ntext = "20 kg"\nrole = "input"\n'
        '[figures.R]\nfield = "range"\ntext = "300 km"\nrole = "claim"\n')


def _load(tmp_path, text):
    path = tmp_path / "case.toml"
    path.write_text(HEAD + text, encoding="utf-8")
    return dronecalc.load_case(path)


def _expected(wing: str, plant: str, rotors: bool):
    """The documented table (intake/wing_inference.py): kind, or None (refused), and cause."""
    if wing == "none":
        if not rotors:
            return None, "no-kind"
        burns = plant in ("piston engine_type", "fuel volume", "jet", "battery and fuel",
                          "piston engine_type and battery", "electric engine_type and fuel")
        return (None, "fuel-multirotor") if burns else ("multirotor", None)
    if rotors:
        return None, "ambiguous"
    return {"piston engine_type": ("fixed-wing-piston", None),
            "fuel volume": ("fixed-wing-piston", None),
            # an engine power is an electric motor's too (review 3, finding 2)
            "engine power": (None, "not-enough"),
            "engine power in hp": ("fixed-wing-piston", None),
            "engine power and battery": (None, "ambiguous"),       # the battery case
            # an engine and a battery: a hybrid VTOL missing its word (review 3, finding 3)
            "piston engine_type and battery": (None, "ambiguous"),
            "electric engine_type and fuel": (None, "ambiguous"),
            "jet": ("fixed-wing-jet", None), "battery": (None, "ambiguous"),
            "battery and fuel": (None, "ambiguous"), "none": (None, "not-enough")}[plant]


@pytest.mark.parametrize("rotors", [False, True])
@pytest.mark.parametrize("plant", sorted(PLANT))
@pytest.mark.parametrize("wing", sorted(WING))
def test_a_wing_figure_names_the_kind_only_as_the_table_says(tmp_path, wing, plant, rotors):
    extra = '[figures.N]\nfield = "rotors"\ntext = "4"\nrole = "input"\n' if rotors else ""
    text = PLANT[plant] + WING[wing] + extra + REST
    if WING[wing].startswith("[vehicle]") and PLANT[plant].startswith("[vehicle]"):
        text = PLANT[plant] + WING[wing].removeprefix("[vehicle]\n") + extra + REST
    case = _load(tmp_path, text)
    kind, cause = _expected(wing, plant, rotors)
    assert case.kind == kind, case.kind_note
    inferred = [f for f in case.flags if f.problem == "inferred"]
    if kind is not None and wing != "none":
        if plant == "engine power in hp":                  # the plant read from its unit too
            hp, *inferred = inferred
            assert hp.id == "E" and "horsepower" in hp.message
        (flag,) = inferred                                # never silent
        assert flag.id == ("vehicle.wingspan" if wing == "vehicle" else "W")
        assert kind in flag.message and "vehicle_kind" in flag.message
        assert case.kind_note.startswith("inferred: a ")
    else:
        assert not inferred
    if kind is None:
        refusal = case.kind_note.refusal
        assert refusal.cause == cause
        if cause != "fuel-multirotor":                     # that refusal's own fix
            assert "vehicle_kind" in refusal.needs or "airframe" in refusal.needs


def test_the_inferred_piston_wing_is_judged_by_the_fixed_wing_physics(tmp_path):
    # before: "the case names no vehicle kind", every claim not judged
    case = _load(tmp_path, WING["wingspan"] + PLANT["piston engine_type"] + PLANT["engine power"]
                 .replace("[figures.E]", "[figures.P]") + REST)
    assert case.kind == "fixed-wing-piston"
    result = dronecalc.check(case, samples=1000, seed=0)
    assert "R" in result.verdicts and result.verdicts["R"].check == "range"
    assert not result.not_judged and result.run.drawn == 1000


@pytest.mark.parametrize("word", sorted(AIRFRAME_WORDS))
def test_an_airframe_word_still_decides_beside_a_wingspan(tmp_path, word):
    """Over the airframe table: a wingspan changes no word's kind and adds no flag."""
    body = (PLANT["piston engine_type"] if AIRFRAME_WORDS[word].layouts == ("fixed-wing",)
            and not AIRFRAME_WORDS[word].power else "")
    air = f'[figures.A]\nfield = "airframe"\ntext = "{word}"\nrole = "input"\n'
    without = _load(tmp_path, air + body)
    with_wing = _load(tmp_path, air + body + WING["wingspan"])
    assert with_wing.kind == without.kind
    # (a VTOL word's own plant flag, review 17, is there with or without the wingspan)
    assert [f for f in with_wing.flags if f.problem == "inferred"] == [
        f for f in without.flags if f.problem == "inferred"]


def _reason(tmp_path, text):
    case = _load(tmp_path, text + REST)
    assert case.kind is None
    return case.kind_note.refusal


def test_an_engine_power_alone_is_no_piston_engine(tmp_path):
    """Review 3, finding 2: "a 1.2 kW motor" is an engine_power; with a wingspan it was read
    as a piston wing on petrol's BSFC ("the case states a piston engine")."""
    refusal = _reason(tmp_path, WING["wingspan"] + PLANT["engine power"])
    assert refusal.cause == "not-enough"
    assert "engine power" in refusal.reason and "piston" not in refusal.reason
    assert "engine_type" in refusal.needs and "vehicle_kind" in refusal.needs


def test_a_piston_engine_with_a_battery_is_refused_naming_both(tmp_path):
    """Review 3, finding 3: the battery was silently dropped (a plain piston wing)."""
    refusal = _reason(tmp_path, WING["wingspan"] + PLANT["piston engine_type and battery"])
    assert refusal.cause == "ambiguous"
    assert "two-stroke gasoline" in refusal.reason and "battery" in refusal.reason
    assert "hybrid VTOL" in refusal.reason and "vehicle_kind" in refusal.needs


def test_an_electric_engine_with_fuel_says_what_is_stated(tmp_path):
    """Review 3, finding 7: "... and a battery", though no battery is stated."""
    refusal = _reason(tmp_path, PLANT["electric engine_type and fuel"]
                      + WING["vehicle"].removeprefix("[vehicle]\n"))
    assert refusal.cause == "ambiguous"
    assert "battery" not in refusal.reason
    assert "'electric'" in refusal.reason and "fuel" in refusal.reason


def test_a_fixed_wing_word_with_only_an_engine_power_names_no_plant(tmp_path):
    """The same rule where an airframe word names the fixed wing: a motor's power is an
    engine_power too, so it alone says no piston engine (fuel figures still do)."""
    air = '[figures.A]\nfield = "airframe"\ntext = "fixed-wing"\nrole = "input"\n'
    refusal = _reason(tmp_path, air + PLANT["engine power"])
    assert refusal.cause == "no-plant" and "vehicle_kind" in refusal.needs
    case = _load(tmp_path, air + PLANT["engine power"] + PLANT["fuel volume"].replace(
        "[figures.E]", "[figures.G]") + REST)
    assert case.kind == "fixed-wing-piston"
