"""Developer references taken out of the notes a reader meets.

The priors, data tables and checks cite where a figure comes from, and for a developer the
code is part of that: ``benchmarks/pack_energy.py --widen lipo``, ``priors.pack_energy``,
``calibration.efficiency_law()``, ``engine.fixed_wing.STALL_TOLERANCE``. The JSON output keeps
these notes whole (their ``note`` fields are the sources a developer follows); the text and
HTML reports are read by editors, to whom a module path says nothing, so the report layer
shows each note through :func:`reader_note`: each code reference is removed with the comma,
semicolon or brackets it leaves empty, and the book, paper, maker or data file cited beside
it stays (the report review of 2026-12-04; ``tests/test_report_reader_text.py`` scans every
example case's reports).
"""
from __future__ import annotations

import re

__all__ = ["CODE_REFERENCE", "reader_note"]

_PACKAGES = ("dronecalc", "intake", "physics", "priors", "engine", "claims", "report",
             "calibration", "propulsion", "battery", "rotor", "rotor_terms", "airframe")

#: One code reference in prose: a script with its arguments, a dotted module path (with a
#: call and a key), a bare call, a parameter's percentile name, a module constant.
CODE_REFERENCE = re.compile(
    r"(?:\b[\w/.-]+\.py\b(?:\s+--[\w-]+(?:\s+[a-z]+\b(?![-/.]))?|\s+[a-z]+_[a-z_]+\b)*)"
    r"|(?:\b(?:" + "|".join(_PACKAGES) + r")(?:\.[A-Za-z_]\w*)+(?:\(\))?(?:\['\w+'\])?)"
    r"|(?:\b[a-z]+_[a-z_]+\(\)(?:\['\w+'\])?)"
    r"|(?:\b[a-z]+(?:_[a-z]+)*_percentile\b)")
#: A module constant named bare in prose ("less STALL_TOLERANCE"): said in words.
_CONSTANT = re.compile(r"\b[A-Z]{2,}(?:_[A-Z]+)+\b")

_MARK = "\x00"
_TIDY = [
    (re.compile(r"\s*\(\s*(?:\x00\s*[,;]?\s*)+\)"), ""),           # "(X)", "(X, Y)": gone
    (re.compile(r":\s*(?:\x00\s*[,;]?\s*)+\)"), ")"),                # "(measured: X)"
    (re.compile(r"\x00\s*[,;]\s*"), ""),                             # "(X, Leishman ...)"
    (re.compile(r"\s*[,;]\s*\x00"), ""),                             # "(... ; X)"
    (re.compile(r"\s*\x00"), ""),
    (re.compile(r"\(\s+"), "("), (re.compile(r"\s+([),;.])"), r"\1"),
    (re.compile(r"\s{2,}"), " "),
]


def reader_note(text: str) -> str:
    """``text`` with its code references removed (see the module docstring).

    >>> reader_note("costs doubled claims (measured: benchmarks/pack_energy.py --widen lipo).")
    'costs doubled claims (measured).'
    >>> reader_note("(priors.fixed_wing_mass, prediction interval) and (engine.fixed_wing_power)")
    '(prediction interval) and'
    >>> reader_note("data/multirotors.toml; priors.pack_energy)")
    'data/multirotors.toml)'
    >>> reader_note("its low end less STALL_TOLERANCE")
    'its low end less the stall tolerance'
    """
    text = _CONSTANT.sub(lambda m: "the " + m.group(0).lower().replace("_", " "), str(text))
    text = CODE_REFERENCE.sub(_MARK, text)
    for pattern, repl in _TIDY:
        text = pattern.sub(repl, text)
    return text.strip()
