"""Review 5's intake findings (/work/review5.md #2, #3, #5, #7, #8, #10): what ``extract``
drafts from the passages the reviewer ran, checked on the draft's items (fields, roles,
conditions), not on its prose."""
from __future__ import annotations

import pytest

from dronecalc.intake.extract import extract


def _figure(draft, written):
    return next(i for i in draft.items if i.written == written)


# --- #2: a figure in a comparison machine's own clause is that machine's -------------------

@pytest.mark.parametrize("text, written, owner", [
    ("Unlike the Bayraktar TB2, which can stay aloft for 27 hours, the new Kargu quadcopter "
     "weighs 7 kg and flies for 30 minutes.", "27 hours", "Bayraktar TB2"),
    ("The Lancet loitering munition weighs 12 kg and can fly for 40 minutes, compared with the "
     "Shahed-136, which has a range of 2,000 km.", "2,000 km", "Shahed-136"),
])
def test_a_comparison_machines_clause_is_context(text, written, owner):
    draft = extract(text)
    item = _figure(draft, written)
    assert item.role == "context" and item.field == "context"
    assert any(owner in n for n in item.notes)
    own = _figure(draft, "30 minutes" if "Kargu" in text else "40 minutes")
    assert own.role == "claim" and own.field == "flight_time"


def test_the_articles_own_which_clause_keeps_its_claim():
    draft = extract("The Kargu quadcopter, which can fly for 30 minutes, weighs 7 kg.")
    assert _figure(draft, "30 minutes").role == "claim"


# --- #3: "Unloaded, it flies 35 minutes; with a 2 kg payload, 20 minutes" --------------------

def test_leading_unloaded_and_leading_payload_go_to_their_own_claims():
    draft = extract("The hexacopter weighs 6 kg. Unloaded, it flies 35 minutes; with a 2 kg "
                    "payload, 20 minutes.")
    empty, loaded = _figure(draft, "35 minutes"), _figure(draft, "20 minutes")
    assert empty.with_payload is False and empty.payload is None
    assert loaded.payload == "2 kg"


@pytest.mark.parametrize("join", ["; with", ", and with"])
def test_a_payload_opening_its_part_is_the_claims_after_it(join):
    draft = extract(f"The hexacopter weighs 6 kg. It flies 35 minutes{join} a 2 kg payload, "
                    "20 minutes.")
    first, loaded = _figure(draft, "35 minutes"), _figure(draft, "20 minutes")
    assert first.payload is None and first.with_payload is None
    assert loaded.payload == "2 kg"


def test_a_payload_after_its_claim_stays_that_claims():
    draft = extract("The hexacopter flies 17 min with 0.5 kg payload, or 30 min empty.")
    assert _figure(draft, "17 min").payload == "0.5 kg"
    assert _figure(draft, "30 min").with_payload is False


# --- #7: "spans 2.1 metres" is a wingspan on an aircraft sentence ---------------------------

def test_a_wing_that_spans_n_metres_gives_its_wingspan():
    draft = extract("The electric flying wing spans 2.1 metres and weighs 3.4 kg.")
    item = _figure(draft, "2.1 metres")
    assert item.guess == "wingspan" and item.role == "input"
    assert not any(i.field == "range" for i in draft.items)


@pytest.mark.parametrize("text", ["The bridge spans 300 metres."])
def test_spans_of_no_wing_is_context(text):
    draft = extract(text)
    item = next(i for i in draft.items if i.kind == "figure")
    assert item.role == "context" and item.field != "range"


def test_a_multirotors_span_is_its_overall_width():
    """No wingspan and no range; since review 23 #1 the overall width (it was context)."""
    item = next(i for i in extract("The quadcopter spans 1.2 metres.").items
                if i.kind == "figure")
    assert (item.field, item.role) == ("width", "input")


# --- #8: "<machine> weighs N kg": the munition is the aircraft --------------------------------

def test_a_loitering_munition_that_weighs_n_kg_is_the_take_off_mass():
    draft = extract("The Lancet loitering munition weighs 12 kg and can fly for 40 minutes.")
    assert _figure(draft, "12 kg").field == "takeoff_mass"
    assert _figure(draft, "40 minutes").payload is None


@pytest.mark.parametrize("text", ["The drone carries a munition weighing 3 kg.",
                                  "The drone drops a loitering munition weighing 3 kg."])
def test_a_munition_the_drone_carries_stays_the_payload(text):
    assert _figure(extract(text), "3 kg").field == "payload_mass"


# --- #10: "flew 5 km in 10 minutes before landing", "carried a parcel 12 km in 18 minutes" ---

def test_a_leg_time_followed_by_before_landing_is_linked():
    draft = extract("The quadcopter weighs 2.5 kg. Police said it flew 5 km in 10 minutes "
                    "before landing.")
    dist, time = _figure(draft, "5 km"), _figure(draft, "10 minutes")
    assert time.field == "flight_time" and time.role == "claim"
    assert time.refers == (dist.id,) and dist.field == "distance"


def test_a_carried_load_flown_n_km_in_t_is_a_leg():
    draft = extract("The company's delivery drone, a quadcopter, carried a 2.5 kg parcel 12 km "
                    "in 18 minutes, flying at up to 65 km/h.")
    dist, time = _figure(draft, "12 km"), _figure(draft, "18 minutes")
    # a distance takes its own payload since legs10 (it had gone to the time alone): the leg
    # at distance / time and the time claim are each judged with the parcel
    assert dist.field == "distance" and dist.role == "claim" and dist.payload == "2.5 kg"
    assert time.refers == (dist.id,) and time.payload == "2.5 kg"


def test_a_time_that_is_no_flight_stays_context():
    draft = extract("The drone flew 5 km. Ten minutes before landing, it climbed.")
    assert all(i.field != "flight_time" for i in draft.items)


# --- #5: a table of several models with the units in the cells -------------------------------

_TABLE = """Our delivery quadcopter comes in two sizes.

| Model | {w} | {t} | {s} |
|---|---|---|---|
| X500 | {a} | {b} | {c} |
| X800 | {d} | {e} | {f} |
"""


def _fields(draft):
    return [(i.written.split()[0], i.field, i.role) for i in draft.figures]


def test_units_in_the_cells_draft_as_units_in_the_header():
    cells = extract(_TABLE.format(w="Weight", t="Flight time", s="Max speed", a="1.5 kg",
                                  b="35 min", c="60 km/h", d="3.2 kg", e="45 min", f="72 km/h"))
    header = extract(_TABLE.format(w="Weight (kg)", t="Flight time (min)", s="Max speed (km/h)",
                                   a="1.5", b="35", c="60", d="3.2", e="45", f="72"))
    assert any("several models" in w for w in cells.warnings)
    assert _fields(cells) == _fields(header)
    assert [i.role for i in cells.figures if i.written.startswith(("3.2", "45", "72"))] == \
        ["context"] * 3


def test_one_model_row_with_units_in_the_cells_names_no_other_model():
    draft = extract("| Model | Weight | Flight time |\n|---|---|---|\n| X500 | 1.5 kg | 35 min |\n")
    assert not any("several models" in w for w in draft.warnings)
    assert [i.role for i in draft.figures] == ["input", "claim"]
