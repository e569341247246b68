"""A figure is never parted from its unit by a line break, in any report (issue 13, wordfix).

The HTML report holds each figure ("1,580 km", "0.69-4.5 kg", "-5 to 5") in a ``nowrap`` span
(the report review of 2026-12-04); the Markdown report held none and the text report only a
"%". Markdown has no span a viewer honours, so its figures carry a no-break space (U+00A0);
the text report wraps around them and prints an ordinary space.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import dronecalc
from dronecalc.report import blocks, document
from dronecalc.report.blocks import _FIGURE, hold_figures
from dronecalc.report.text import _wrap, format_check

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "examples" / "cases").glob("*.toml"))


@pytest.fixture(scope="module", params=CASES, ids=[c.stem for c in CASES])
def checked(request):
    return dronecalc.check(dronecalc.load_case(request.param), samples=2000, seed=0)


def test_the_markdown_report_holds_every_figure_with_a_no_break_space(checked, tmp_path):
    markdown = blocks.render_markdown(document.build(checked, plots=False), str(tmp_path))
    plain = markdown.replace("\u00a0", " ")
    held = [m.group(0) for m in _FIGURE.finditer(plain) if " " in m.group(0)]
    assert held                                       # every report states figures
    broken = [m.group(0) for m in _FIGURE.finditer(markdown) if " " in m.group(0)]
    assert broken == []


def test_the_text_report_breaks_no_figure_and_prints_ordinary_spaces(checked):
    text = format_check(checked, details=True)
    assert "\u00a0" not in text
    for a, b in zip(text.splitlines(), text.splitlines()[1:]):
        if not b.strip() or not a.strip() or b.strip().startswith(("note:", "overturn:")):
            continue
        joined = a.rstrip().rsplit(" ", 1)[-1] + " " + b.strip().split(" ", 1)[0]
        match = _FIGURE.fullmatch(joined.rstrip(".,;:)"))
        assert match is None or " " not in match.group(0), (a, b)


def test_wrap_keeps_a_figure_whole_at_any_width():
    sentence = "the model gives one-way still-air range 610-3,880 km (p5-p95; median 1,650 km)"
    for pad in range(60):
        lines = _wrap("x" * pad + " " + sentence)
        flat = [line.strip() for line in lines]
        assert not any(line.endswith(("3,880", "1,650")) for line in flat), lines


def test_hold_figures_holds_ranges_and_units_only():
    assert hold_figures("-5 to 5 degC and 12 km") == "-5\u00a0to\u00a05\u00a0degC and 12\u00a0km"
    assert hold_figures("F12 says so") == "F12 says so"
