"""Reader text carries no developer references (the report review of 2026-12-04).

The text report and the HTML report of every example case are scanned for code names: file
names ending ``.py``, module paths (``priors.``, ``engine.fixed_wing.level_flight``), private
names (``_percentile``), function calls (``efficiency_law(``) and module constants
(``propulsion.TIP_MACH_LIMIT``). The JSON keeps the full source notes for developers; the
docs may name code.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

import dronecalc
from dronecalc.report import blocks as _blocks
from dronecalc.report import document
from dronecalc.report.text import check_json, format_check

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "examples" / "cases").glob("*.toml"))
#: Enough machines for every note a case can carry (some notes name the share of machines
#: that cannot fly: with too few samples none would fail); few enough to keep this fast.
SAMPLES = 3000

#: What a developer reference looks like in prose.
DEV = {
    "python file": re.compile(r"\.py\b"),
    "priors module": re.compile(r"\bpriors\."),
    "private name": re.compile(r"\b_[a-z]+"),
    "function call": re.compile(r"[a-z]+_[a-z]+\("),
    "percentile name": re.compile(r"\([a-z]+_percentile\b|\b[a-z]+_percentile(?=[),;])"),
    "call with no arguments": re.compile(r"\b[a-z_]+\(\)"),
    "bare constant": re.compile(r"\b[A-Z]{2,}(?:_[A-Z]+)+\b"),
    "module path": re.compile(r"\b(?:dronecalc|intake|physics|priors|engine|claims|report|"
                              r"calibration|propulsion|battery|rotor|airframe)\.[a-z_]"),
    "module constant": re.compile(r"\b[a-z_]+\.[A-Z][A-Z_]{2,}\b"),
}


def reader_html(page: str) -> str:
    """The words a reader of the page meets: its text and the pictures' alt text."""
    page = re.sub(r"<style.*?</style>", " ", page, flags=re.S)
    alts = " ".join(re.findall(r'alt="([^"]*)"', page))
    page = re.sub(r"<img[^>]*>", " ", page)
    return html.unescape(re.sub(r"<[^>]+>", " ", page) + " " + html.unescape(alts))


def leaks(text: str) -> list[str]:
    """Each developer reference in ``text``, with its context."""
    found = []
    for what, pattern in DEV.items():
        for m in pattern.finditer(text):
            found.append(f"{what}: ...{text[max(0, m.start() - 50):m.end() + 30]}...")
    return found


@pytest.fixture(scope="module", params=CASES, ids=[c.stem for c in CASES])
def checked(request):
    return dronecalc.check(dronecalc.load_case(request.param), samples=SAMPLES, seed=0)


def test_the_text_report_names_no_code(checked):
    text = " ".join(format_check(checked, details=True).split())
    assert leaks(text) == []


def test_the_html_report_names_no_code(checked):
    page = _blocks.render_html(document.build(checked, plots=False), "x")
    assert leaks(" ".join(reader_html(page).split())) == []


def test_the_json_keeps_the_priors_sources_whole():
    """The developer references stay where a developer reads them: the JSON's source notes
    (the news story's pack-energy prior cites ``priors.pack_energy``)."""
    import json
    result = dronecalc.check(dronecalc.load_case(ROOT / "examples" / "cases" /
                                                 "news-story-small-quad.toml"),
                             samples=SAMPLES, seed=0)
    notes = [a["note"] for a in json.loads(check_json(result))["assumptions"] if a["note"]]
    assert any("priors.pack_energy" in n for n in notes)
    assert any(leaks(n) for n in notes)


def test_the_scanner_sees_what_the_review_found():
    for leak in ("benchmarks/pack_energy.py --widen lipo", "(priors.pack_energy)",
                 "the calibrated efficiency law (efficiency_percentile); every",
                 "(cells_percentile, priors.conditioned)",
                 "(calibration.efficiency_law(), data/calibrated.toml)",
                 "(a rule of thumb, propulsion.TIP_MACH_LIMIT)",
                 "counts as failing (engine.fixed_wing.level_flight)."):
        assert leaks(leak), leak
    for fine in ("rfdesign.com.au", "data/multirotors.toml", "sqrt(1 + 1/n)",
                 "m^2/kg^(2/3)", "efficiency percentile 0.5-99.5 %", "e.g. T-Motor MN/U"):
        assert leaks(fine) == [], fine
