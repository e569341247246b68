"""Type names of the airframe table (intake/type_names.py): a type name carries the planform
its source gives, so that the same aircraft gets the same layout priors whichever name a
report uses ("Shahed 136" or "delta-wing"; trials_new2/shahed-cbc.toml had the generic
fixed-wing aspect ratio 6-16 and a top speed of 352-625 km/h for a 50 hp, 200 kg Shahed)."""
from __future__ import annotations

import pytest

import dronecalc
from dronecalc.claims.fixed_wing import describe_case
from dronecalc.intake.airframes import planform, resolve
from dronecalc.intake.type_names import TYPE_NAMES

GENERIC = {"delta": "delta-wing", "flying-wing": "flying wing"}
LAYOUT_PRIORS = ("aspect_ratio", "max_lift_coefficient", "oswald_efficiency")


def _inputs(tmp_path, airframe: str, kind: str) -> dict:
    path = tmp_path / "case.toml"
    path.write_text(f'[case]\ntitle = "t"\nsource = "s"\nvehicle_kind = "{kind}"\n'
                    f'[figures.A]\nfield = "airframe"\ntext = "{airframe}"\nrole = "input"\n'
                    '[figures.M]\nfield = "takeoff_mass"\ntext = "200 kg"\nrole = "input"\n'
                    '[figures.S]\nfield = "wingspan"\ntext = "2.5 m"\nrole = "input"\n',
                    encoding="utf-8")
    return describe_case(dronecalc.load_case(path))


def test_every_planform_is_sourced():
    for name, word in TYPE_NAMES.items():
        assert word.planform in (None, "delta", "flying-wing"), name
        if word.planform is not None:          # the source says it (or names the type it is)
            assert word.planform.replace("-", " ") in word.source or "as " in word.source, name


@pytest.mark.parametrize("name", sorted(n for n, w in TYPE_NAMES.items() if w.planform))
def test_a_type_name_gets_its_planform_priors(tmp_path, name):
    form = TYPE_NAMES[name].planform
    assert planform(name.title()) == form
    kind = resolve(name).kind("piston") or "fixed-wing-piston"
    typed, generic = _inputs(tmp_path, name.title(), kind), _inputs(tmp_path, GENERIC[form], kind)
    for key in LAYOUT_PRIORS:
        assert (key in typed) == (key in generic), (name, key)
        if key in typed:
            assert (typed[key].low, typed[key].high) == (generic[key].low, generic[key].high)


def test_the_shahed_by_any_spelling_flies_on_the_delta_priors(tmp_path):
    for text in ("Shahed 136", "Shahed-136", "Geran 2", "delta-wing"):
        ar = _inputs(tmp_path, text, "fixed-wing-piston")["aspect_ratio"]
        assert (ar.low, ar.high) == (2.0, 4.0), text
    ar = _inputs(tmp_path, "Bayraktar TB2", "fixed-wing-piston")["aspect_ratio"]
    assert ar.low > 4.0                                  # a tailed wing keeps its own


def _meaning(word: str) -> tuple:
    from dronecalc.intake.airframes import AIRFRAME_WORDS, LAYOUT_WORDS, POWER_WORDS
    if word in POWER_WORDS:
        return "power", POWER_WORDS[word]
    if word in LAYOUT_WORDS:
        return "rotor layout", LAYOUT_WORDS[word]
    w = AIRFRAME_WORDS[word]
    return w.layouts, w.power, w.rotors, w.rotor_layout, w.planform


def test_no_entry_of_the_table_is_read_as_another():
    """Loose type-name spellings (review 3 task: "Sammad 3") take no other entry's words: each
    entry alone resolves to itself or to a spelling of the same meaning."""
    from dronecalc.intake.airframes import AIRFRAME_WORDS, LAYOUT_WORDS, POWER_WORDS
    for word in (*AIRFRAME_WORDS, *POWER_WORDS, *LAYOUT_WORDS):
        found = resolve(word).words
        assert len(found) == 1 and _meaning(found[0]) == _meaning(word), (word, found)


def _loosely(name: str) -> list[str]:
    """News spellings of a type name: a letter doubled, the separators dropped or spaced."""
    out = [name.replace("-", " "), name.replace("-", "").replace(" ", "")]
    out += [name[:i + 1] + name[i] + name[i + 1:] for i, c in enumerate(name) if c.isalpha()]
    return out


@pytest.mark.parametrize("name", sorted(TYPE_NAMES))
def test_a_type_name_spelled_loosely_is_still_that_type(name):
    for text in _loosely(name):
        found = resolve(text.title()).words
        assert len(found) == 1 and _meaning(found[0]) == _meaning(name), (text, found)


def test_loose_spellings_never_reach_into_other_words():
    assert resolve("Sammad 3").words == ("samad-3",)            # trials_new2/sammad3-mindanaotimes
    assert resolve("Bayraktar TB-2").words == ("bayraktar tb2",)
    for text in ("a 2 TB 2.5-inch drive", "samadhi", "shahed 1366", "ravens", "pumas quadcopter",
                 "tb22"):
        assert not set(resolve(text).words) & set(TYPE_NAMES), text
