"""The engine_type word table (issue #13, vehicle kinds): every word maps to one kind, a word
read loosely says how on the figure, and a word that names no plant is never silently modelled.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from dronecalc.intake import engine_words
from dronecalc.intake.airframes import KINDS, POWER_WORDS, engine_power, resolve
from dronecalc.intake.case import case_from_data
from dronecalc.intake.refusals import UNMODELLED_PLANTS

DOCS = Path(__file__).resolve().parents[1] / "docs" / "case-format.md"


def _case(engine: str, airframe: str = "fixed-wing", **extra):
    figures = {"F1": {"field": "airframe", "text": airframe, "role": "input"},
               "F2": {"field": "engine_type", "text": engine, "role": "input"},
               "F3": {"field": "takeoff_mass", "text": "30 kg", "role": "input"},
               "F4": {"field": "range", "text": "300 km", "role": "claim"}}
    figures.update(extra)
    return case_from_data({"case": {"title": "t", "source": "s"}, "figures": figures})


def _engine_flags(case):
    return [f for f in case.flags if f.id == "F2" and f.field == "engine_type"]


@pytest.mark.parametrize("word", sorted(engine_words.ENGINE_WORDS))
def test_every_word_maps_to_one_kind_or_is_refused(word):
    entry = engine_words.ENGINE_WORDS[word]
    assert resolve(word).power == entry.power == POWER_WORDS[word]   # one plant, as the table
    case = _case(word)
    if entry.power in engine_words.MODELLED:
        assert case.kind == f"fixed-wing-{entry.power}" and case.kind in KINDS
        flags = _engine_flags(case)
        if entry.read is None:            # the word names the plant: nothing to say
            assert flags == []
        else:                             # read as a plant it does not name: said, once
            assert [f.problem for f in flags] == ["inferred"]
            assert engine_words.PLANT_NOUNS[entry.power] in flags[0].message
            assert entry.read in flags[0].message
    else:                                 # pulsejet, ramjet, ducted fan: refused by name
        assert entry.power in set(UNMODELLED_PLANTS.values())
        assert case.kind is None and case.kind_note.refusal.cause == "no-model"


def test_a_wankel_is_flown_as_a_piston_class_engine_and_says_so():
    case = _case("rotary wankel")
    assert case.kind == "fixed-wing-piston"
    (flag,) = _engine_flags(case)
    assert flag.problem == "inferred" and "Wankel" in flag.message
    assert "310-350 g/kWh" in flag.message and "judgement" in flag.message


def test_the_quoted_wankel_fuel_use_lies_in_the_piston_class_of_its_size():
    """The note's claim, against the BSFC classes the piston kind flies: the AIE 225CS
    (40 bhp, 29.8 kW) at 310-350 g/kWh and the Mistral G-190 at 0.46 lb/hp/h."""
    from dronecalc.priors.engines import bsfc_range
    lo, hi, _ = bsfc_range(29.8e3)
    to_g_kwh = 3.6e9
    assert lo * to_g_kwh <= 310 and 350 <= hi * to_g_kwh
    assert (round(lo * to_g_kwh), round(hi * to_g_kwh)) == (256, 409)     # the note's class
    g190 = 0.46 * 453.592 / 0.745700                                       # lb/hp/h -> g/kWh
    assert round(g190) == 280 and lo * to_g_kwh <= g190 <= hi * to_g_kwh


def test_a_word_beside_the_plant_word_is_not_flagged():
    assert _engine_flags(_case("petrol two-stroke")) == []
    assert _engine_flags(_case("Rotax 912 four-stroke")) == []
    assert _case("heavy fuel piston engine").kind == "fixed-wing-piston"


@pytest.mark.parametrize("word", ["hybrid", "electric ducted fan", "turboprop", "turbofan",
                                  "pulse jet", "hydrogen fuel cell", "solar"])
def test_unmodelled_plants_are_refused_by_name(word):
    case = _case(word)
    assert case.kind is None and case.kind_note.refusal.cause == "no-model"


@pytest.mark.parametrize("word", ["rocket", "steam turbine", "JP-8", "kerosene", "turbine",
                                  "gas turbine", "rotary", "brushless", "DLE-35RA"])
def test_a_word_that_names_no_plant_is_not_judged_with_the_words_read(word):
    assert engine_power(word) is None
    case = _case(word)
    assert case.kind is None and case.kind_note.refusal.cause == "not-enough"
    accepted = engine_words.accepted_text()
    assert accepted in case.kind_note.refusal.needs
    (flag,) = _engine_flags(case)
    assert accepted in flag.message


@pytest.mark.parametrize("fuel,kind", [("fuel_mass", "fixed-wing-piston"),
                                       ("battery_energy", "fixed-wing-electric")])
def test_a_word_that_names_no_plant_beside_fuel_or_battery_is_flagged(fuel, kind):
    text = "5 kg" if fuel == "fuel_mass" else "500 Wh"
    case = _case("rocket", F5={"field": fuel, "text": text, "role": "input"})
    assert case.kind == kind
    (flag,) = _engine_flags(case)
    assert flag.problem == "inferred" and "names no power plant" in flag.message


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz -", min_size=1, max_size=12)
_TEXT = st.lists(st.one_of(st.sampled_from(sorted(engine_words.ENGINE_WORDS)), _WORD),
                 min_size=1, max_size=3).map(" ".join)


@settings(max_examples=80, deadline=None)
@given(_TEXT)
def test_an_engine_text_is_never_silently_modelled(text):
    """Any text: the kind it gives is the plant the table names, or none; a plant read from a
    word that does not name it carries a flag."""
    if not text.strip() or resolve(text).layouts or resolve(text).words and not set(
            resolve(text).words) <= set(POWER_WORDS):
        return                               # an airframe word: another table's business
    case = _case(text)
    power = engine_power(text)
    if power in engine_words.MODELLED:
        assert case.kind == f"fixed-wing-{power}"
        loose = engine_words.reading(resolve(text).words)
        assert bool(loose) == any(f.problem == "inferred" for f in _engine_flags(case))
    else:
        assert case.kind is None


def test_the_docs_list_every_word_and_no_other():
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("### Engine words"):text.index("### Hybrid quadplanes")]
    rows = [line for line in section.splitlines() if line.startswith("| \"")]
    listed = set()
    for row in rows:
        first = row.split("|")[1]
        if "UNMODELLED_POWER" in first:
            continue
        listed |= set(re.findall(r'"([^"]+)"', first))
    assert listed == set(engine_words.ENGINE_WORDS)
