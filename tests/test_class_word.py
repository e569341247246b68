"""A ``[case] vehicle_class`` may be an airframe word (docs/case-format.md): "quadcopter"
reads as no prior class plus 4 rotors; anything else is an error naming both lists."""
from __future__ import annotations

from pathlib import Path

import pytest

from dronecalc import check, load_case
from dronecalc.errors import DroneCalcError
from dronecalc.engine import uncertainty as unc
from dronecalc.priors.tables import PRIOR_SETS, class_word

NEWS = Path(__file__).resolve().parents[1] / "examples" / "cases" / "news-story-small-quad.toml"


@pytest.mark.parametrize("word, rotors", [("quadcopter", 4), ("hexacopter", 6),
                                          ("octocopter", 8), ("multirotor", None)])
def test_airframe_word_is_no_prior_class_but_gives_the_rotor_count(word, rotors):
    assert class_word(word) == (None, rotors)


def test_prior_class_and_none_pass_through():
    for name in PRIOR_SETS:
        assert class_word(name) == (name, None)
    assert class_word(None) == (None, None)


@pytest.mark.parametrize("word", ["blimp", "fixed-wing", "VTOL"])
def test_other_words_name_the_classes_and_the_airframe_words(word):
    with pytest.raises(DroneCalcError) as err:
        class_word(word)
    text = str(err.value)
    assert "vehicle_class" in text and "large-lift-quad" in text and "quadcopter" in text


def test_airframe_word_class_describes_like_no_class():
    """The word's rotor count enters as if stated; the rest as for a case naming no class."""
    stated = {"mass": "0.9 kg", "battery_capacity": "5000 mAh"}
    word = unc.describe(stated, "quadcopter")
    plain = unc.describe({**stated, "rotors": 4})
    assert word["rotors"].low == word["rotors"].high == 4
    for name in plain:
        assert (word[name].low, word[name].high) == (plain[name].low, plain[name].high), name
    assert unc.describe({**stated, "rotors": 6}, "quadcopter")["rotors"].low == 6


def test_check_runs_a_case_whose_class_is_an_airframe_word(tmp_path):
    text = NEWS.read_text().replace("[case]\n", '[case]\nvehicle_class = "quadcopter"\n', 1)
    path = tmp_path / "quad.toml"
    path.write_text(text)
    ran, plain = check(load_case(path)), check(load_case(NEWS))
    assert [f.verdict for f in ran.findings] == [f.verdict for f in plain.findings]


def test_the_reported_class_is_the_picked_one_for_a_word_and_as_written_otherwise():
    from dronecalc.claims.context import vehicle_class
    root = NEWS.parents[0]
    assert vehicle_class(load_case(root / "shahed-136.toml")) == "fixed-wing"
    assert vehicle_class(load_case(root / "dji-matrice-600.toml")) == "large-lift-hexa"
