"""Review 16's open findings in ``dronecalc extract``, each both ways: the sentence drafted
wrong and the wording its rule was written for. Each test failed on main before the fix (main at
b9aef0c), each for the sentence named first."""
import pytest

from dronecalc.intake.extract import extract


def _figs(text):
    return [(f.field, f.text, f.role) for f in extract(text).figures]


def _rotors(text):
    return [i.text for i in extract(text).items if i.field == "rotors" and i.role == "input"]


# 1. a count of propellers the machine is sold or shipped with is no rotor count; the
# machine's own propellers still are (each pair: the wrong draft, then its guard)
@pytest.mark.parametrize("text, own, rotors", [
    ("The kit ships with 8 spare propellers.",
     "The drone weighs 2 kg. Its 8 propellers lift it for 30 minutes.", "8"),
    ("The drone is sold with 12 propellers.",
     "The drone has eight propellers and flies for 30 minutes.", "eight"),
    ("It comes with a pack of 4 replacement props.", "It is equipped with six propellers.", "six"),
    ("The drone comes with two sets of propellers.",
     "The drone has a set of four propellers.", "four"),
    ("The quadcopter has 4 propellers and 12 propellers are included.",
     "The drone has 4 propellers and comes with 4 spare propellers.", "4")])
def test_spare_or_supplied_propellers_are_no_rotor_count(text, own, rotors):
    draft = extract(text)
    supplied = [i for i in draft.items if i.kind == "count" and "supplied" in " ".join(i.notes)]
    assert supplied and all(i.role == "context" and i.field == "context" for i in supplied)
    assert _rotors(text) in ([], ["4"])         # the quadcopter's own 4 stays
    assert _rotors(own) == [rotors]


# 2. a comma-list of smaller units continues a duration, unless the tail is a part of it
@pytest.mark.parametrize("text, total, written", [
    ("It flew for 1 day, 30 minutes.", "1470 min", "1 day, 30 minutes"),
    ("It flew for 25 days, 23 hours and 57 minutes.", "37437 min",
     "25 days, 23 hours and 57 minutes"),
    ("The drone flew 2 hours, 30 minutes.", "150 min", "2 hours, 30 minutes"),
    ("It stayed aloft for 3 days, 5 hours, of which 20 hours were at night.", "77 h",
     "3 days, 5 hours")])
def test_a_list_of_smaller_units_is_one_duration(text, total, written):
    assert _joined("It flew for 1 day, 30 minutes.") == ["1470 min"]     # review 16
    (fig,) = [f for f in extract(text).figures if f.written == written]
    assert fig.text == total


def _joined(text):
    return [t for field, t, _ in _figs(text) if field == "flight_time"]


@pytest.mark.parametrize("text, parts", [
    ("It flew for 3 days, 5 hours of which were at night.", ["3 days", "5 hours"]),
    ("It flew for 3 days, 5 hours were at night.", ["3 days", "5 hours"]),
    ("It flew 2 hours, 30 minutes of them in the rain.", ["2 hours", "30 minutes"]),
    ("It flew for 25 days, 23 hours, 57 minutes of which were at night.",
     ["623 h", "57 minutes"])])
def test_a_tail_that_is_a_part_of_the_duration_stays_apart(text, parts):
    assert _joined(text) == parts
    assert _joined("It flew for 2 days, 30 minutes later it landed.") == ["2 days", "30 minutes"]


# 3. "itself weighs" of a component is that component's mass, no empty mass; the machine
# itself stays its empty mass (each pair: the wrong draft, then its guard)
@pytest.mark.parametrize("text, field, own", [
    ("The battery itself weighs 1.2 kg.", "battery_mass", "The drone itself weighs 2 kg."),
    ("The pack itself weighs 1.5 kg.", "battery_mass", "The drone by itself weighs 2 kg."),
    ("The batteries themselves weigh 3 kg.", "battery_mass",
     "The Alpha itself tips the scales at 2,700 lb."),
    ("The battery by itself weighs 1.2 kg.", "battery_mass", "The drone weighs 2 kg on its own."),
    ("The battery weighs 1.2 kg on its own.", "battery_mass", "The drone itself weighs 2 kg."),
    ("The warhead itself weighs 3 kg.", "warhead_mass",      # (its own field: review 22)
     "The drone itself weighs 2 kg."),
    ("The drone carries a camera that itself weighs 300 g.", "payload_mass",
     "The quadcopter itself weighs 2 kg."),
    ("The camera itself weighs 300 g.", "context", "The drone itself weighs 2 kg."),
    ("The gimbal itself weighs 400 g.", "context", "The drone itself weighs 2 kg."),
    ("The motor alone weighs 200 g.", "context", "The drone itself weighs 2 kg.")])
def test_a_components_own_weight_is_the_components(text, field, own):
    (fig,) = extract(text).figures
    assert fig.field == field
    if field == "context":
        assert fig.role == "context" and any("weight of a part" in n for n in fig.notes)
    assert [f.field for f in extract(own).figures] == ["empty_mass"]
