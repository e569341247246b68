"""Report files: contents, relative figure links, one-file HTML, and byte-identical output for
the same seed."""
from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

import dronecalc
from dronecalc.claims import checks
from dronecalc.report import document
from dronecalc.errors import InputValueError

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT / "examples" / "cases" / "green-zone-2021.toml"
SAMPLES = 1000


@pytest.fixture(scope="module")
def case():
    return dronecalc.load_case(CASE)


@pytest.fixture(scope="module")
def result(case):
    return checks.check(case, samples=SAMPLES, seed=0)


@pytest.fixture(scope="module")
def markdown(result, case, tmp_path_factory):
    """The Markdown report as written (report, then figures), and the blocks of a second,
    independent build of the same report."""
    pytest.importorskip("matplotlib")
    folder = tmp_path_factory.mktemp("report")
    written = document.write_report(result, folder / "report.md", case=case, seed=0)
    return written, document.build(result, case=case, seed=0)


def test_report_is_byte_identical_for_the_same_seed(markdown):
    (report, *figures), again = markdown
    assert len(figures) > 3
    assert document.render_markdown(again, "report_files") == report.read_text()
    images = [b for b in again if isinstance(b, document._Image)]
    assert [i.name for i in images] == [p.name for p in figures]
    for image, path in zip(images, figures):
        assert image.png == path.read_bytes(), path.name


def test_markdown_links_its_figures_relatively(markdown):
    report, *figures = markdown[0]
    text = report.read_text()
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert links == [f"report_files/{p.name}" for p in figures]
    for link in links:
        assert (report.parent / link).read_bytes()[:4] == b"\x89PNG"
    assert {"power_curve.png", "payload_curves.png", "sensitivity.png"} <= \
        {p.name for p in figures}
    assert any(p.name.startswith("distribution_") for p in figures)


def test_report_has_verdicts_findings_flags_and_assumptions(markdown, result):
    text = markdown[0][0].read_text()
    assert "| Claims | Check | Verdict |" in text
    for finding in result.findings:
        assert " ".join(finding.statement.split()) in text
        assert f"| {', '.join(finding.claims)} | {finding.check} | {finding.verdict} |" in text
    assert "F6 (motor_kv), written '320 kilovolts': garbled" in text
    assert "| 320 Kv | 0.90 |" in text                       # the reinterpretation and score
    assert "F9 (battery_charge), written '18500 mAh': underspecified" in text
    assert "| rotor diameter | 15-22 in | assumption | assumption: Props that" in text
    assert "seed 0" in text and str(CASE) not in text        # no absolute path in the file


def test_html_embeds_the_same_figures_in_one_file(markdown, result, case, tmp_path):
    (report, *figures), blocks = markdown
    page = document.render_html(blocks, result.case["title"])
    assert page.startswith("<!DOCTYPE html>") and "<table>" in page
    embedded = [base64.b64decode(d) for d in
                re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)]
    assert embedded == [p.read_bytes() for p in figures]
    assert not re.search(r'src="(?!data:)', page)            # nothing outside the file
    written = document.write_report(result, tmp_path / "report.html", case=case, plots=False)
    assert written == [tmp_path / "report.html"]
    assert written[0].read_text() == document.render_html(
        document.build(result, case=case, seed=0, plots=False), result.case["title"])


def test_html_text_is_byte_identical_and_escaped(result, case, tmp_path):
    a = document.write_report(result, tmp_path / "a.html", case=case, plots=False)[0]
    b = document.write_report(result, tmp_path / "b.html", case=case, plots=False)[0]
    assert a.read_bytes() == b.read_bytes()
    page = a.read_text()
    assert "Figures not requested." in page
    assert "Prime Minister&#x27;s residence" in page


def test_bad_suffix_and_other_seed_are_refused(result, case, tmp_path):
    with pytest.raises(InputValueError, match="report format"):
        document.write_report(result, tmp_path / "report.pdf", case=case)
    with pytest.raises(InputValueError, match="seed"):
        document.write_report(result, tmp_path / "report.md", case=case, seed=1, plots=False)


def test_case_is_reloaded_from_the_result_when_not_given(tmp_path):
    result = checks.check(dronecalc.load_case(CASE), samples=200, seed=3)
    report = document.write_report(result, tmp_path / "r.md", plots=False)[0]
    assert "seed 3" in report.read_text()
