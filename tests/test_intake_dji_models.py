"""A DJI model name whose rotor count the project's data records names the kind: "The DJI
Matrice 600 UAV ... equipped with six propellers" (trials_new8's Maricopa passage) drafted no
kind, so check judged nothing; DJI's spec sheet "Mavic 2 Pro: 907 g" likewise."""
import pytest

from dronecalc.intake.airframes import resolve
from dronecalc.intake.extract import extract


@pytest.mark.parametrize("text, rotors", [
    ("The Maricopa police flew a DJI Matrice 600 for 35 minutes at 35 mph.", 6),
    ("The DJI Mavic 3 flies 46 minutes.", 4),
])
def test_a_dji_model_is_the_airframe_with_its_rotor_count(text, rotors):
    draft = extract(text)
    (frame,) = [i for i in draft.items if i.field == "airframe"]
    assert frame.role == "input" and resolve(frame.text).rotors == rotors
    assert not any("names no multirotor" in w for w in draft.warnings)


def test_a_bare_product_word_names_nothing():
    draft = extract("The Phantom flew 20 minutes.")
    assert not [i for i in draft.items if i.field == "airframe"]
