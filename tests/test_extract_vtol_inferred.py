"""A draft whose airframe is inferred says so in its warnings (issue 10, extract4): a plain
"VTOL" and a wingspan draft the airframe "VTOL quadplane" (intake.draft_vtol), which the
article does not name; the airframe's note said it, and now a warning at the top of the draft
does too, with or without a stated power plant."""
import pytest

from dronecalc.intake.extract import extract


def _inferred(draft) -> list[str]:
    return [w for w in draft.warnings if "names no airframe" in w and "inferred" in w]


@pytest.mark.parametrize("text, plant", [
    ("The VTOL drone has a wingspan of 3 m and flies for 90 minutes.", False),
    ("The electric VTOL drone has a wingspan of 3 m and flies for 90 minutes.", True),
    ("The VTOL drone has a wingspan of 3 m and a 50 hp two-stroke engine.", True),
])
def test_an_inferred_airframe_is_warned_of(text, plant):
    draft = extract(text)
    (warning,) = _inferred(draft)
    (frame,) = [i for i in draft.items if i.kind == "airframe" and i.role == "input"]
    assert f"{frame.id} {frame.text!r}" in warning
    assert ("no power plant" in warning) is not plant
    # one warning of the missing airframe, not this one and the wingspan-alone one
    assert sum("names no airframe" in w for w in draft.warnings) == 1
    # the quadplane reading has no source (no count of VTOL wing layouts was found): the
    # warning and the airframe's note both call it a guess, neither says "most often"
    assert "guess" in warning and any("guess" in n for n in frame.notes)
    assert not any("most often" in t for t in [warning, *frame.notes])


@pytest.mark.parametrize("text", [
    "The VTOL quadplane has a wingspan of 3 m.",            # the article names the airframe
    "The VTOL fixed-wing drone has a wingspan of 3 m.",
    "The VTOL drone flies for 2 hours.",                    # no wingspan: nothing is inferred
])
def test_a_named_or_uninferred_airframe_is_not(text):
    assert _inferred(extract(text)) == []
