"""Averaging words said in the draft (issue 10, extract4): the figure spotter reads "flies on
average 25 minutes" as "25 minutes", so the figure's note says the source gave an average or
typical figure (intake.averages.WORDS, the one list), where a reader of the draft sees it and
check's kinematics cross-check reads it (intake.vague.typical_words)."""
import pytest

from dronecalc.intake.extract import extract
from dronecalc.intake.vague import typical_words


def _figure(text: str, written: str):
    return next(f for f in extract(text).figures if f.written == written)


@pytest.mark.parametrize("text, written, words", [
    ("The quadcopter flies on average 25 minutes per charge.", "25 minutes", "on average"),
    ("The quadcopter typically flies for 25 minutes.", "25 minutes", "typically"),
    # after the figure: typical_words reads only before it, so the note is what check reads
    ("Deliveries take 3 minutes on average with the quadcopter.", "3 minutes", "on average"),
    ("On average, the quadcopter flew 25 km per sortie.", "25 km", "on average"),
    ("The quadcopter's average speed is 40 km/h.", "40 km/h", "average"),
    # manna-khbrknews (trials_new2): the drafted text keeps its hedge, the note the average
    ('"The average flight time is about three minutes.', "about three minutes", "average"),
])
def test_the_averaging_words_are_in_the_note(text, written, words):
    fig = _figure(text, written)
    note = " ".join(fig.notes)
    assert f"'{words}': an average or typical figure" in note
    assert typical_words(fig.text, None, note) is not None


def test_a_build_figure_is_the_typical_machines():
    # ux8's Alta X spec page: "Typical Standard Empty weight: 10.86 kg"
    fig = _figure("Typical Standard Empty weight: 10.86 kg / 23.94 lb", "10.86 kg")
    assert fig.role == "input"
    assert "the typical machine's" in " ".join(fig.notes)


@pytest.mark.parametrize("text, written", [
    ("The quadcopter flies 25 minutes per charge.", "25 minutes"),
    # a hedge is no average: it stays in the figure's text, where the reader sees it
    ("The quadcopter weighs about 3 kg.", "about 3 kg"),
    # the average of another sentence does not reach the figure
    ("Averages mislead. The quadcopter flew 25 km.", "25 km"),
])
def test_no_averaging_words_no_note(text, written):
    assert not any("average or typical" in n for n in _figure(text, written).notes)


def test_the_note_is_said_once():
    fig = _figure("The quadcopter typically flies 25 minutes on average.", "25 minutes")
    assert sum("average or typical" in n for n in fig.notes) == 1
