"""Review 17's items 3 and 9 in ``dronecalc extract``: an article naming two aircraft by a
designation and a short name (uasvision.com after the Kansas City Star, the RQ-7B Shadow and
RQ-21A Integrator), and masses given for names in brackets (dronezine.it on Parrot's Mambo and
Swing, translated). Each test failed on main (3b859a4) for the passage named first; each has
its guard (the wording the rule must leave alone)."""
import pytest

from dronecalc.intake.extract import extract

# uasvision.com, source: Kansas City Star (review 17, shadow-integrator-kcstar.txt)
SHADOW = ("The Marine Corps in Hawaii said it is expected to get a dozen RQ-7B Shadows followed by "
          "45 RQ-21A Integrators.\nThe Shadow has a 14-foot wingspan and 375-pound maximum takeoff "
          "weight, while the newer Integrator is 16 feet across and has a 135-pound maximum "
          "weight.")
# dronezine.it, translated from Italian (review 17, mambo-dronezine.txt)
MAMBO = ("On 13 September Parrot presented in Milan two new members of the Minidrones family: the "
         "Mambo and the Swing.\nFor such a small machine (18 cm and 63 grams the Mambo, about "
         "30x15 cm and 75 grams the Swing) the set of sensors is very complete.")


def _by_text(text):
    return {f.written: f for f in extract(text).figures}


def test_short_names_after_a_designation_take_its_figures():
    figs = _by_text(SHADOW)
    assert figs["14-foot"].drone == figs["375-pound"].drone == "RQ-7B"
    assert figs["16 feet"].drone == figs["135-pound"].drone == "RQ-21A"
    assert extract(SHADOW).drones == ["RQ-7B", "RQ-21A"]


def test_feet_across_is_a_span_and_maximum_weight_an_mtow():
    figs = _by_text(SHADOW)
    assert figs["16 feet"].field == "wingspan"
    assert figs["135-pound"].field == "max_takeoff_mass"
    assert figs["375-pound"].field == "max_takeoff_mass"
    # the second machine's inputs stay context, with a note naming the first machine
    assert "for RQ-7B" in " ".join(figs["135-pound"].notes)


@pytest.mark.parametrize("text, field", [
    ("The drone has a 135-pound maximum weight.", "max_takeoff_mass"),
    ("The drone has a maximum weight of 135 pounds.", "max_takeoff_mass"),
    ("It can carry a parcel with a maximum weight of 5 kg.", "max_payload"),   # the load's
    ("The Integrator is 16 feet across and weighs 60 kg.", "wingspan"),
    ("The crater is 10 feet across.", "context"),                 # no aircraft's size
    ("The drone flew 16 km across the bay.", "distance")])
def test_maximum_weight_and_across_each_way(text, field):
    assert _by_text(SHADOW)["135-pound"].field == "max_takeoff_mass"     # review 17
    assert extract(text).figures[0].field == field


def test_no_short_name_from_a_headline_word():
    assert _by_text(SHADOW)["14-foot"].drone == "RQ-7B"                  # review 17
    draft = extract("Russia Launches Shahed-136 Drones At Kyiv.\nThe drones flew 2,000 km. "
                    "The Drones were shot down.")
    assert draft.drones == ["Shahed-136"]
    assert {f.drone for f in draft.figures} == {"Shahed-136"}


def test_a_known_name_after_a_designation_is_one_machine():
    draft = extract("An MQ-9 Reaper flew for 27 hours. The Reaper weighs 4,760 kg.")
    assert len(draft.drones) == 1
    assert extract("The RQ-11 Raven weighs 2 kg. The Raven flew 10 km.").drones == ["RQ-11"]


def test_masses_given_for_names_in_brackets():
    draft = extract(MAMBO)
    assert draft.drones == ["Mambo", "Swing"]
    figs = _by_text(MAMBO)
    assert figs["63 grams"].field == figs["75 grams"].field == "takeoff_mass"
    assert figs["18 cm"].drone == figs["63 grams"].drone == "Mambo"    # the name after them
    assert figs["75 grams"].drone == "Swing"


@pytest.mark.parametrize("text, name", [
    ("The Swing is about 30x15 cm and 75 grams.", "Swing"),          # review 17, ex/e.txt
    ("The Mavic is 249 grams.", "Mavic"),
    ("The drone is 30 cm and 900 grams.", None)])
def test_a_subject_is_its_mass(text, name):
    (mass,) = [f for f in extract(text).figures if "gram" in f.written]
    assert (mass.field, mass.role, mass.drone) == ("takeoff_mass", "input", name)


@pytest.mark.parametrize("text", ["The drone is 2 kg heavier than the old one.",
                                  "The Pentagon is buying 75 grams of it."])
def test_a_difference_or_another_subject_is_no_mass(text):
    assert _by_text(MAMBO)["63 grams"].field == "takeoff_mass"          # review 17
    draft = extract(text)
    assert draft.figures[0].field == "context" and draft.drones == []
