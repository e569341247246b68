"""Review 6, finding 3 (a spec table with one model per column gave every figure to the
last-named model) and the new-user trial's title cut mid-word: what ``extract`` drafts,
checked on the draft's items (field, role, drone) and warnings, not on its prose."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dronecalc.intake.article import cut_words
from dronecalc.intake.extract import extract

_COLUMNS = """Title: Spec table
Outlet: Maker

Our quadcopters compared:

| Spec            | {a:<16} | {b:<16} |
|-----------------|------------------|------------------|
| Takeoff weight  | 5.2 kg           | 9.8 kg           |
| Flight time     | 38 min           | 45 min           |
| Max speed       | 72 km/h          | 65 km/h          |
| Battery         | 22000 mAh        | 2 x 22000 mAh    |
"""
_HTML = ("<html><body><p>Our quadcopters compared:</p><table><tr><th>Spec</th><th>{a}</th>"
         "<th>{b}</th></tr><tr><td>Takeoff weight</td><td>5.2 kg</td><td>9.8 kg</td></tr>"
         "<tr><td>Flight time</td><td>38 min</td><td>45 min</td></tr>"
         "<tr><td>Max speed</td><td>72 km/h</td><td>65 km/h</td></tr></table></body></html>")


def _figures(draft):
    return {i.written: i for i in draft.figures}


# --- finding 3: a header row of model names makes each column its model's ------------------

@pytest.mark.parametrize("a, b", [("DJI Mavic 3", "DJI Air 3"),    # names the pattern knows
                                  ("Falcon X4", "Falcon X6"),      # names it does not
                                  ("Model A", "Model B")])
@pytest.mark.parametrize("layout", [_COLUMNS, _HTML])
def test_a_header_row_of_model_names_gives_each_column_to_its_model(layout, a, b):
    draft = extract(layout.format(a=a, b=b), html="<html>" in layout)
    figs = _figures(draft)
    for written, field in [("5.2 kg", "takeoff_mass"), ("38 min", "flight_time")]:
        assert (figs[written].field, figs[written].drone) == (field, a)
    assert figs["5.2 kg"].role == "input" and figs["38 min"].role == "claim"
    assert figs["72 km/h"].role == "claim"
    for written in ("9.8 kg", "45 min", "65 km/h"):
        assert (figs[written].role, figs[written].drone) == ("context", b)
        assert any(repr(b) in n for n in figs[written].notes)
    warning = next(w for w in draft.warnings if "several models" in w)
    assert f"this draft is for the first, {a!r}" in warning and repr(b) in warning


def test_a_column_models_battery_is_no_second_input_of_the_first():
    figs = _figures(extract(_COLUMNS.format(a="Falcon X4", b="Falcon X6")))
    assert figs["22000 mAh"].role == "input" and figs["2 x 22000 mAh"].role == "context"
    assert [i.field for i in figs.values() if i.role in ("input", "claim")].count(
        "flight_time") == 1


def test_a_column_per_model_with_three_models_and_an_empty_cell():
    draft = extract("The quadcopters:\n\n| | Falcon X4 | Falcon X6 | Falcon X8 |\n"
                    "|---|---|---|---|\n| Takeoff weight | 5.2 kg | 9.8 kg | 12 kg |\n"
                    "| Flight time | 38 min | | 50 min |\n")
    figs = _figures(draft)
    assert figs["38 min"].role == "claim" and figs["38 min"].drone == "Falcon X4"
    assert figs["50 min"].drone == "Falcon X8" and figs["12 kg"].role == "context"
    assert any("'Falcon X6', 'Falcon X8'" in w for w in draft.warnings)


def test_a_unit_labelled_row_under_model_columns_names_the_first_model_too():
    figs = _figures(extract("The quadcopter comes in two sizes.\n\n| Spec | X1 | X2 |\n"
                            "| --- | --- | --- |\n| Weight (kg) | 2.5 | 4 |\n"))
    assert (figs["2.5 kg"].drone, figs["2.5 kg"].role) == ("X1", "input")
    assert (figs["4 kg"].drone, figs["4 kg"].role) == ("X2", "context")


@pytest.mark.parametrize("text", [
    # a two-value row in one machine's table: the header (or no header) decides
    "The quadcopter specs:\n\n| Spec | Value | Notes |\n|---|---|---|\n"
    "| Takeoff weight | 5.2 kg | |\n| Flight time | 38 min | 45 min with payload |\n",
    "The quadcopter specs:\n\n| Takeoff weight | 5.2 kg | |\n"
    "| Flight time | 38 min | 45 min with payload |\n",
    "The quadcopter specs:\n\n| Flight time | 38 min | 45 min with payload |\n|---|---|---|\n"
    "| Takeoff weight | 5.2 kg | |\n",
    # columns of one machine's conditions, not models
    "The quadcopter specs:\n\n| Spec | Without payload | With payload |\n|---|---|---|\n"
    "| Flight time | 38 min | 45 min |\n",
    "The quadcopter specs:\n\n|  | Min | Max |\n|---|---|---|\n| Flight time | 38 min | 45 min |\n",
    "The quadcopter specs:\n\n| Mode | Normal | Sport |\n|---|---|---|\n"
    "| Flight time | 38 min | 45 min |\n",
    "The quadcopter parts:\n\n| Item | Brand | Model |\n|---|---|---|\n"
    "| Flight time | 38 min | 45 min |\n",
])
def test_one_machines_table_with_two_value_columns_names_no_model(text):
    draft = extract(text)
    assert [i.role for i in draft.figures if i.field == "flight_time"] == ["claim", "claim"]
    assert all(i.drone is None for i in draft.figures)
    assert not any("several models" in w for w in draft.warnings)


# --- the new-user trial: a title from the first line is cut at a word's end ------------------

_LEAD = ("Video from the front line near the city of Pokrovsk, published on Tuesday by the "
         "brigade press office: Ukrainian unit shows FPV drone built on a 7-inch frame with a "
         "6S 4000 mAh battery carrying an RPG-7 warhead")


@pytest.mark.parametrize("pad", range(1, 13))
def test_a_long_first_line_is_cut_for_the_title_at_a_words_end(pad):
    line = "x" * pad + " " + _LEAD
    title = extract(line + "\n\nThe quadcopter flew 5 km in 8 minutes.\n").title
    assert len(title) <= 160 and title.endswith("...")
    kept = title[:-3]
    assert line.startswith(kept) and line[len(kept)] == " "   # the next word starts after it


def test_a_short_first_line_is_the_title_as_written():
    line = "Ukrainian unit shows FPV drone built on a 7-inch frame with a 6S 4000 mAh battery"
    assert extract(line + "\n\nThe quadcopter flew 5 km in 8 minutes.\n").title == line


@given(st.text(st.sampled_from("ab 6S-,."), max_size=80), st.integers(4, 60))
def test_cut_words_keeps_whole_words_within_the_limit(text, limit):
    out = cut_words(text, limit)
    assert len(out) <= limit
    if len(text) <= limit:
        assert out == text
        return
    kept = out[:-3]
    assert out.endswith("...") and text.startswith(kept)
    # the cut ends at a break between words, unless no break is in the room's second half
    room = limit - 3
    assert text[len(kept)].isspace() or text[len(kept)] in ",;:-" or len(kept) == room or \
        not any(c.isspace() for c in text[room // 2:room + 1])
