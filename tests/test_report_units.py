"""A driver line names each assumption once with its unit once (the report review of
2026-12-04: "cells 6-12 cell"): over every model input, through the one formatter
(:func:`dronecalc.wording.assumption`) and the text report's driver line."""
from __future__ import annotations

import re

import pytest

from dronecalc.claims.results import Effect, Finding
from dronecalc.engine.fixed_wing_variables import VARIABLES as WING
from dronecalc.priors.variables import VARIABLES as ROTOR
from dronecalc.report.text import _finding_lines
from dronecalc.wording import assumption, counted, measured


#: Every model input of every vehicle kind, with its display unit.
VARIABLES = {**{n: v.display for n, v in WING.items()}, **{n: v.display for n, v in ROTOR.items()}}


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]+", text.lower())


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


@pytest.mark.parametrize("name", sorted(VARIABLES))
@pytest.mark.parametrize("ends", [(1, 1), (1, 2), (6, 12)])
def test_no_driver_repeats_its_unit_word(name, ends):
    unit = VARIABLES[name]
    line = assumption(name, *ends, unit)
    unit_words = {_stem(w) for w in _words(unit)}
    stems = [_stem(w) for w in _words(line)]
    for word in unit_words:
        assert stems.count(word) <= 1, (name, line)
    if counted(name, unit):
        assert line.endswith(unit if ends == (1, 1) else unit + "s"), line
        assert not line.startswith(name.replace("_", " ") + " "), line


@pytest.mark.parametrize("name", sorted(VARIABLES))
def test_the_text_reports_driver_line_says_each_unit_once(name):
    unit = VARIABLES[name]
    finding = Finding(["F1"], "range", "consistent", "A sentence.",
                      drivers=[Effect(name, 6.0, 12.0, unit, 10.0, 20.0, "km")])
    line = next(x for x in _finding_lines(finding) if "drivers:" in x)
    drivers = line.split("drivers:", 1)[1].split("->")[0]
    for word in {_stem(w) for w in _words(unit)}:
        assert [_stem(w) for w in _words(drivers)].count(word) <= 1, line


def test_count_nouns_take_their_plural():
    assert measured(6, 12, "cell", "cells") == "6-12 cells"
    assert measured(1, 1, "cell", "cells (electric)") == "1 cell"
    assert measured(3, 6, "kg", "empty_mass") == "3-6 kg"
    assert measured(1, 2, "", "packs") == "1-2"
    assert assumption("cells", 6, 12, "cell") == "6-12 cells"
