"""A draft's warnings say what check will do: a fixed wing sized by its stated span (fw17) is
no "priors' default machine", and a fixed wing whose airframe names its plant ("electric
fixed-wing", a type name such as "Lancet" or "Shahed-136") has a power plant."""
from dronecalc.intake.extract import extract


def _warnings(text):
    return " ".join(extract(text).warnings)


def test_a_span_and_a_power_word_leave_no_false_warning():
    text = ("A new type of electric, fixed-wing drone set a record. The 16-foot-wingspan drone "
            "completed a non-stop 26-hour flight.")
    assert "no power plant" not in _warnings(text)
    assert "states no mass" not in _warnings(text)


def test_a_bare_fixed_wing_still_warns_of_both():
    text = "The fixed-wing drone flew 26 hours."
    assert "no power plant" in _warnings(text) and "states no mass" in _warnings(text)


def test_a_multirotor_span_sizes_nothing():
    assert "states no mass" in _warnings("The quadcopter with a 2 m wingspan flew 20 minutes.")
