"""A power word and the wing word may be coordinate adjectives: "a new type of electric,
fixed-wing drone" (nextgov.com, 2021-07, the K1000 ULE record) drafted the airframe as a bare
"fixed-wing", and the case was then not judged for want of a power plant the article names."""
import pytest

from dronecalc.intake.extract import extract


@pytest.mark.parametrize("text, airframe", [
    ("A new type of electric, fixed-wing drone flew for 26 hours.", "electric fixed-wing"),
    ("A new electric fixed-wing drone flew for 26 hours.", "electric fixed-wing"),
    ("The petrol-powered, fixed-wing drone flew for 8 hours.", "petrol-powered fixed-wing"),
])
def test_the_power_word_before_a_comma_names_the_plant(text, airframe):
    (frame,) = [f for f in extract(text).items if f.field == "airframe"]
    assert frame.text == airframe


def test_a_clause_comma_still_separates():
    # the power word must be right before the comma: a list ending in "electric" is other text
    (frame,) = [f for f in extract("It flew on batteries, and the fixed-wing drone stayed up "
                                   "for 26 hours.").items if f.field == "airframe"]
    assert frame.text == "fixed-wing"
