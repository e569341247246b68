"""A stated build figure of zero describes no machine: the case reader refuses it as an input
(fuzz8), so `extract` drafts it as context with a note, and the draft loads (fuzz seed 171, a
mutated article: "a ~ 0W piston engine" drafted an engine_power input check refused)."""
import tomllib

import pytest

from dronecalc.intake.case import case_from_data
from dronecalc.intake.extract import extract


@pytest.mark.parametrize("text, written", [
    ("The fixed-wing drone has a ~ 0W piston engine and flew 100 km.", "~ 0W"),
    ("The quadcopter weighs 0 kg and flew 10 km.", "0 kg"),
])
def test_a_zero_build_figure_is_drafted_as_context_and_the_draft_loads(text, written):
    draft = extract(text)
    (zero,) = [f for f in draft.figures if f.written == written]
    assert zero.role == "context" and "describes no machine" in " ".join(zero.notes)
    case_from_data(tomllib.loads(draft.to_toml()), "draft.toml")


def test_a_real_figure_is_untouched():
    (mass,) = [f for f in extract("The quadcopter weighs 2 kg.").figures]
    assert (mass.field, mass.role) == ("takeoff_mass", "input")
