"""Review 11 findings F14, F10, F1/F15, F7, F13, F6, F12 (intake rules of trials_new6)."""
import pytest

import dronecalc
from dronecalc.errors import ParseError


# --- F14: a two-unit figure whose first number is a word ----------------------------------

@pytest.mark.parametrize("text, total", [("three ft 2 in", "38 in"), ("five kg 200 g", "5200 g"),
                                         ("two hours 10 min", "130 min"),
                                         ("an hour 30 min", "90 min")])
def test_a_two_unit_figure_in_words_gets_a_hint_not_an_internal_error(text, total):
    with pytest.raises(ParseError) as err:
        dronecalc.parse(text)
    assert f"their sum as one figure: '{total}'" in str(err.value)


# --- F10: a figure with its conversion is not a sum ---------------------------------------

@pytest.mark.parametrize("text, head", [("5 kg 11 lb", "5 kg"), ("20 mi 32 km", "20 mi"),
                                        ("2 kg 4.4 lb", "2 kg")])
def test_a_figure_with_its_conversion_is_told_to_write_one_not_their_sum(text, head):
    with pytest.raises(ParseError) as err:
        dronecalc.parse(text)
    message = str(err.value)
    assert "sum" not in message and f"text = '{head}'" in message, message


# --- F1: the dive cue reads only a speed adjacent to it -----------------------------------

def _drafted(text):
    from dronecalc.intake.extract import extract
    return {f.text: f for f in extract(text, "x.txt").figures}


@pytest.mark.parametrize("text, written", [
    ("Designed to dive on armour, the quadcopter flies at up to 120 km/h for 20 minutes.",
     "up to 120 km/h"),
    ("The drone was filmed diving; it flew at 90 km/h.", "90 km/h"),
    ("It dives at 300 km/h, and flies level at 120 km/h.", "120 km/h")])
def test_a_dive_word_elsewhere_in_the_sentence_leaves_a_level_speed_a_claim(text, written):
    fig = _drafted(text)[written]
    assert fig.role == "claim" and fig.field in ("speed", "top_speed"), (fig.field, fig.role)
    assert not any("dive" in n for n in fig.notes)


# --- F13: a stray Latin-1 byte re-reads only itself; UTF-16 with its mark is read ----------

def test_a_stray_latin1_byte_leaves_the_utf8_dash_of_a_range():
    from dronecalc.intake.article import decode
    raw = "The quadcopter flies 20\u201330 km and weighs 2 kg. Caf".encode() + b"\xe9 owners."
    text, warning = decode(raw)
    assert "20\u201330 km" in text and "Caf\u00e9" in text and warning and "0xe9" in warning
    assert decode("Caf\u00e9 20\u201330 km".encode("cp1252"))[0] == "Caf\u00e9 20\u201330 km"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_a_utf16_article_with_its_byte_order_mark_is_read(codec):
    from dronecalc.intake.article import decode
    text = "Title: x\nThe quadcopter flies 20\u201330 km."
    raw = text.encode(codec) if codec != "utf-16-be" else b"\xfe\xff" + text.encode(codec)
    assert decode(raw) == (text, None)


# --- F12: a number word in brackets is a spoken conversion only before a unit ------------

def test_a_pack_count_in_brackets_is_no_spoken_conversion():
    figs = _drafted("The quadcopter flies for 55 minutes (two batteries), the maker says.")
    assert not any("also written as" in n for n in figs["55 minutes"].notes)
    assert figs["two"].field == "pack_count"
    assert not any("also written as" in n
                   for n in _drafted("It has a range of 40 km (one way).")["40 km"].notes)
    assert any("also written as (three metre)" in n
               for n in _drafted("It is 10.3ft (three metre) long.")["10.3ft"].notes)


# --- F6: a lead line's claim is restated only by a claim with its field and condition ------

def test_a_lead_claim_at_a_speed_is_not_replaced_by_a_leg_and_a_top_speed():
    from dronecalc.intake.extract import extract
    text = ("Title: New hexacopter tested\n\nThe hexacopter can fly 30 km at 60 km/h.\n\n"
            "In the first trial it flew 30 km. Its top speed is 60 km/h.\n")
    claims = [(f.field, f.text, f.at_speed) for f in extract(text, "x.txt").figures
              if f.role == "claim"]
    assert ("range", "30 km", "60 km/h") in claims, claims


# --- F7: "carry 10 kg of payload over 20 km, or 5 kg over 35 km": each range its own load --

def test_each_range_of_a_carry_over_sentence_keeps_its_own_load():
    figs = _drafted("The hexacopter weighs 25 kg and can carry 10 kg of payload over 20 km, "
                    "or 5 kg over 35 km.")
    near, far = figs["over 20 km"], figs["over 35 km"]
    assert (near.field, near.role, near.payload) == ("range", "claim", "10 kg")
    assert (far.field, far.role, far.payload) == ("range", "claim", "5 kg")
    assert figs["5 kg"].role != "claim"       # no capacity claim of its own


# --- F15: a dive-speed claim ends in a "not judged" entry that says why ------------------

def test_a_dive_speed_claim_is_listed_as_not_judged_with_its_reason(tmp_path):
    from dronecalc.intake.extract import extract
    draft = extract("The quadcopter weighs 2 kg, flies 20 minutes and can reach 250 km/h in "
                    "a dive.", "dive.txt")
    dive = next(f for f in draft.figures if f.text == "250 km/h")
    assert (dive.field, dive.role) == ("dive_speed", "claim")
    path = tmp_path / "dive.toml"
    path.write_text(draft.to_toml(), encoding="utf-8")
    result = dronecalc.check(dronecalc.load_case(path), samples=2000)
    entry = next(n for n in result.not_judged if n.text == "250 km/h")
    assert "dive" in entry.reason and "gravity" in entry.reason
