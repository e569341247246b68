"""Review 4's intake findings (/work/review4.md #3, #6, #7, #8, #10, #11): what ``extract``
drafts from the passages the reviewer ran, each checked on the draft's items (fields, roles,
conditions), not on its prose."""
from __future__ import annotations

import pytest

from dronecalc.intake.extract import extract


def _airframes(draft):
    return [i.text for i in draft.items if i.kind == "airframe"]


def _figure(draft, written):
    return next(i for i in draft.items if i.written == written)


# --- #3: a type name that is the object of the sentence is another machine -----------------

@pytest.mark.parametrize("text", [
    "The interceptor drone, which weighs 2 kg, has shot down dozens of Shahed-136s and "
    "reaches 300 km/h.",
    "The new interceptor drone, designed to counter the Shahed-136, can fly for 3 hours at "
    "120 km/h.",
    "The drone, similar to the Lancet, weighs 5 kg and flies 40 minutes.",
])
def test_target_type_name_gives_no_airframe(text):
    draft = extract(text)
    assert not any("Shahed" in a or "Lancet" in a for a in _airframes(draft))
    assert all(i.drone is None for i in draft.figures)
    assert any("target or for comparison" in w for w in draft.warnings)


@pytest.mark.parametrize("text, name", [
    ("A Shahed-136 flew 1,500 km with a 40 kg warhead before it was shot down over Kyiv.",
     "Shahed-136"),
    ("These drones are Shahed 136s. They weigh around 200 kilograms.", "Shahed 136"),
])
def test_subject_type_name_keeps_its_airframe(text, name):
    assert name in _airframes(extract(text))
