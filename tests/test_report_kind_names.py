"""No vehicle kind's code name in the prose a person reads (issue 13, wordfix).

The text, HTML and Markdown reports of every example case say a kind in plain words
("piston-engined fixed wing"), never its code name ("fixed-wing-piston": the header's
"Priors: ... (fixed-wing-piston)", a note's "the 7 vtol-quadplane aircraft", a not-judged
reason's "beyond the fixed-wing-piston model's ..."); the JSON, which is for machines, keeps the
code names. A quoted code name is a value to write ("[case] vehicle_kind = 'fixed-wing-jet'")
and stays.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

import dronecalc
from dronecalc.report import blocks, document
from dronecalc.report.glossary import KIND_LABELS, plain_kinds
from dronecalc.report.text import check_json, format_check

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "examples" / "cases").glob("*.toml"))
SAMPLES = 3000
CODE_NAME = re.compile(r"\b(fixed-wing-(piston|electric|jet)|multirotor-(flat|coaxial)|"
                       r"vtol-quadplane(-piston)?)\b")


def _bare(text: str) -> list[str]:
    """Each code name of ``text`` that is not quoted (a quoted one is a value to write)."""
    return [m.group(0) for m in CODE_NAME.finditer(" ".join(text.split()))
            if text[max(0, m.start() - 1):m.start()] not in ("'", '"')]


@pytest.fixture(scope="module", params=CASES, ids=[c.stem for c in CASES])
def checked(request):
    return dronecalc.check(dronecalc.load_case(request.param), samples=SAMPLES, seed=0)


def test_the_text_report_says_no_kind_code_name(checked):
    assert _bare(format_check(checked, details=True)) == []


def test_the_html_and_markdown_reports_say_no_kind_code_name(checked, tmp_path):
    built = document.build(checked, plots=False)
    page = blocks.render_html(built, "x")
    page = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style.*?</style>", " ", page,
                                                          flags=re.S)))
    assert _bare(page) == []
    markdown = blocks.render_markdown(built, str(tmp_path)).replace("\\", "")
    assert _bare(markdown) == []


def test_the_json_keeps_the_code_names():
    result = dronecalc.check(dronecalc.load_case(ROOT / "examples" / "cases" /
                                                 "deltaquad.toml"), samples=SAMPLES, seed=0)
    out = check_json(result)
    assert json.loads(out)["case"]["vehicle_kind"] == "vtol-quadplane"
    assert "the 7 vtol-quadplane aircraft" in out            # a note, whole, for a developer
    assert "the 7 electric VTOL quadplane aircraft" in format_check(result)


def test_a_not_judged_reason_says_the_kind_in_words_and_the_json_keeps_it(tmp_path):
    path = tmp_path / "huge.toml"
    path.write_text('[case]\ntitle = "t"\nsource = "s"\n'
                    '[figures.F1]\nfield = "airframe"\ntext = "fixed-wing"\nrole = "input"\n'
                    '[figures.F2]\nfield = "engine_type"\ntext = "two-stroke"\nrole = "input"\n'
                    '[figures.F3]\nfield = "takeoff_mass"\ntext = "1e9 kg"\nrole = "input"\n'
                    '[figures.F4]\nfield = "range"\ntext = "300 km"\nrole = "claim"\n',
                    encoding="utf-8")
    result = dronecalc.check(dronecalc.load_case(path), samples=SAMPLES, seed=0)
    (entry,) = result.not_judged
    assert "beyond the fixed-wing-piston model's" in entry.reason     # the JSON's reason
    text = " ".join(format_check(result).split())
    assert "beyond the piston-engined fixed wing model's" in text and _bare(text) == []


def test_plain_kinds_keeps_values_to_write_and_the_longest_name():
    assert plain_kinds("vehicle_kind = 'fixed-wing-jet' or \"vtol-quadplane\"") == \
        "vehicle_kind = 'fixed-wing-jet' or \"vtol-quadplane\""
    assert plain_kinds("is vtol-quadplane-piston.") == \
        f"is {KIND_LABELS['vtol-quadplane-piston']}."
    assert plain_kinds("a quadplane or a tailsitter") == "a quadplane or a tailsitter"
    assert plain_kinds("(fixed-wing-electric)") == "(electric fixed wing)"
