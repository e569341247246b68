"""Numbers a new user's trial on unseen pages found misread (issue 10, trials_new9).

* "in the 1920s" (the USAF museum's Kettering Bug fact sheet) was drafted as a 1,920-second
  flight-time claim: a decade is no number of seconds;
* "Span: 14 ft. 11 1/2 in." was cut at "ft." into two sentences and drafted as a 14 ft span
  and a "2 in" context figure (the fraction's denominator): a slash fraction is one number,
  and feet with a period before their inches are one length.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from dronecalc.intake.article import sentences
from dronecalc.intake.extract import extract, extract_file
from dronecalc.intake.numbers import decade, plain_digits

TRIALS = Path(__file__).parent / "fixtures" / "cases" / "trials_new9"


def _figures(text):
    return [(f.text, f.field, f.role) for f in extract(text).figures]


# --------------------------------------------------------------------------- decades

@pytest.mark.parametrize("text", [
    "After the war, tests went on, but the scarcity of funds in the 1920s halted development.",
    "It was developed in the early 1990s.",
    "The design dates from the mid-1960s.",
    "The 1980's drones were heavier.",
    "It first flew in the '80s.",
    "It first flew in the ’80s.",
])
def test_a_decade_is_no_flight_time(text):
    assert _figures(text) == []


@pytest.mark.parametrize("text, figure", [
    ("Hover time: 1800s", ("1800s", "flight_time", "claim")),        # a spec sheet's seconds
    ("It flew for 1200s before landing.", ("1200s", "flight_time", "claim")),
])
def test_seconds_written_glued_stay_seconds(text, figure):
    assert _figures(text) == [figure]


@settings(max_examples=60, deadline=None)
@given(st.integers(1900, 2090).map(lambda y: y - y % 10),
       st.sampled_from(["the", "the early", "the late", "the mid-"]))
def test_every_decade_after_the_is_read_as_one(year, before):
    text = f"It was built in {before}{'' if before.endswith('-') else ' '}{year}s."
    assert decade(text, text.index(str(year)))
    assert [f.field for f in extract(text).figures] == []


# --------------------------------------------------------------------------- fractions

def test_feet_and_inches_with_periods_and_a_fraction_are_one_span():
    assert _figures("Span: 14 ft. 11 1/2 in.") == [("179.5 in", "wingspan", "input")]


def test_the_splitter_keeps_feet_and_their_inches_together():
    text = "Length: 12 ft. 6 in. It flies at 400 ft. The next day it flew 30 km."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Length: 12 ft. 6 in.", "It flies at 400 ft.", "The next day it flew 30 km."]


@pytest.mark.parametrize("text, figure", [
    ("It has a wingspan of 1 1/2 metres.", "1.5 metres"),
    ("The drone flew for 2 3/4 hours.", "2.75 hours"),
    ("It carries a 1/2 kg camera.", "0.5 kg"),
])
def test_a_slash_fraction_is_one_number(text, figure):
    assert _figures(text)[0][0] == figure


@pytest.mark.parametrize("text", ["24/7", "9/11", "3/2 kg", "1/5 kg"])
def test_no_fraction_where_no_measure_writes_one(text):
    assert plain_digits(text) == text


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 40), st.sampled_from([2, 4, 8, 16]), st.data())
def test_a_fraction_reads_as_its_value(whole, bottom, data):
    top = data.draw(st.integers(1, bottom - 1))
    written = f"{whole} {top}/{bottom}" if whole else f"{top}/{bottom}"
    figures = extract(f"The drone has a wingspan of {written} m.").figures
    assert len(figures) == 1
    assert float(figures[0].text.split()[0]) == pytest.approx(whole + top / bottom, abs=5e-4)


# --------------------------------------------------------------------------- the passages

def test_the_kettering_bug_draft():
    draft = extract_file(str(TRIALS / "kettering-nationalmuseum.txt"))
    texts = {(f.text, f.field) for f in draft.figures}
    assert ("179.5 in", "wingspan") in texts and ("150 in", "length") in texts   # its length
    assert not any(f.field == "flight_time" for f in draft.figures)
    assert not any(f.text in ("2 in", "14 ft", "12 ft") for f in draft.figures)
