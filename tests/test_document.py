"""Report files: a summary and verdict table on top with the source's words, a key to every
figure id, plain names, pictures beside their findings, one offline HTML file, Markdown at
parity, and byte-identical output for the same seed."""
from __future__ import annotations

import base64
import html
import re
import shutil
from pathlib import Path

import pytest

import dronecalc
from dronecalc.claims import checks
from dronecalc.report import document, verdicts
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
def markdown(result, tmp_path_factory):
    """The Markdown report as written (report, then pictures), and the blocks of a second,
    independent build of the same report."""
    pytest.importorskip("matplotlib")
    folder = tmp_path_factory.mktemp("report")
    written = document.write_report(result, folder / "report.md", seed=0)
    return written, document.build(result, seed=0)


def _text(page: str) -> str:
    """The visible text of an HTML page, whitespace folded."""
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    page = re.sub(r'</?span(?: class="fig")?>', "", page)      # a figure held on one line
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_report_is_byte_identical_for_the_same_seed(markdown):
    (report, *pictures), again = markdown
    assert len(pictures) > 5
    assert document.render_markdown(again, "report_files") == report.read_text()
    images = [b for b in again if isinstance(b, document._Image)]
    assert [i.name for i in images] == [p.name for p in pictures]
    for image, path in zip(images, pictures):
        assert image.data == path.read_bytes(), path.name


def test_markdown_links_its_pictures_relatively_as_vector_files(markdown, result):
    report, *pictures = markdown[0]
    text = report.read_text()
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert links == [f"report_files/{p.name}" for p in pictures]
    for link in links:
        assert (report.parent / link).read_bytes().lstrip().startswith(b"<?xml")
    names = [p.name for p in pictures]
    assert {"payload_curves.svg", "finding2_sensitivity.svg"} <= set(names)
    # one power curve per leg, named by its figures (two legs no longer share one file name)
    assert any(n.startswith("power_curve_") and n.endswith(".svg") for n in names)
    # one picture per check kind that has numbers, right after its finding's heading
    for kind in ("kinematics", "endurance", "range", "leg", "lift", "motor"):
        assert any(kind in n for n in names), kind
    assert text.index("### 1.") < text.index("finding1_kinematics") < text.index("### 2.")


def test_top_of_report_is_a_summary_then_verdicts_with_quotes(markdown, result):
    text = markdown[0][0].read_text().replace("\u00a0", " ")     # held figures
    summary = verdicts.summary(result)
    assert 3 <= len(summary) <= 5
    assert text.index("**In short.**") < text.index("## Verdicts") < text.index("## Findings")
    for sentence in summary:
        assert sentence in text
    table = text[text.index("## Verdicts"):text.index("## Findings")]
    implausible = sum(f.verdict == "implausible" for f in result.findings)   # 2 since issue 12
    assert implausible >= 1 and table.count("**\u2716 Implausible**") == implausible
    assert "**\u2714 Consistent**" in table and "**? Needs checking**" in table
    for claim in (r for r in result.figures if r.role == "claim"):
        assert f"\u201c{claim.quote}\u201d ({claim.id})" in table, claim.id
    for word in ("kinematics", "generous bound", "statement:"):
        assert word not in table
    assert "cannot describe one flight at 60-70 km/h" in table
    assert "do not reach the claim" in table                         # the 'not' is back


def test_every_figure_id_has_its_quote_in_the_key(markdown, result):
    text = markdown[0][0].read_text().replace("\u00a0", " ")     # held figures
    key = text[text.index("## The source's figures"):text.index("## Flagged figures")]
    for ref in result.figures:
        assert f"| {ref.id} |" in key
        if ref.quote:
            assert f"\u201c{ref.quote}\u201d" in key.replace("\\|", "|")
    assert "| F8 |" in key and "| F12 |" in key and "| F7 |" in key
    assert "320 kilovolts (read as 320 Kv)" in key


def test_numbers_carry_units_and_labels(markdown, result):
    from dronecalc.wording import num
    text = markdown[0][0].read_text().replace("\u00a0", " ")     # held figures
    endurance = next(f for f in result.findings if f.check == "endurance")
    assert f"(median {num(endurance.estimate.p50)})" in text    # one formatter: 32.9, not 33
    assert "tip speed Mach 0.4" in text                     # the motor's estimate is labelled
    assert "thrust-to-weight ratio 1." in text
    assert "lower is better for the claim" in text            # a bound below its estimate
    assert "short of the energy the flight needs" in text     # not a bare "-74 %"


def test_assumptions_are_in_plain_names_without_code_or_repeats(markdown):
    text = markdown[0][0].read_text().replace("\u00a0", " ")     # held figures
    table = text[text.index("## Assumptions"):text.index("## Words used")]
    for code in ("ROTOR_PARAMETERS", "calibrated_parameters", "GUESS", "assumption: assumption:",
                 "tip_mach", "rotor_diameter", "large-lift-quad:"):
        assert code not in table, code
    assert "| Propeller diameter | 15-22 in | analyst's assumption | Props that" in table
    rows = [line.split(" | ")[-1] for line in table.splitlines() if line.startswith("| ")]
    long = [r for r in rows if len(r) > 80]
    assert len(long) == len(set(long))                        # no paragraph twice


def test_html_is_one_offline_responsive_file_with_captions_and_alt_text(markdown, result):
    (report, *pictures), blocks = markdown
    page = document.render_html(blocks, result.case["title"])
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "@media print" in page and "break-inside:avoid" in page
    embedded = [base64.b64decode(d) for d in
                re.findall(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', page)]
    assert embedded == [p.read_bytes() for p in pictures]
    assert not re.search(r'(src|href)="(?!data:|#)', page)    # nothing outside the file
    assert page.count("<table") == page.count("<caption>") > 5
    for alt, caption in re.findall(r'<img alt="([^"]+)".*?<figcaption>([^<]+)</figcaption>',
                                   page):
        assert alt != caption and len(alt) > 40
    # Markdown at parity: the same words (the summary, every finding's headline and sentence)
    md = " ".join(report.read_text().split())
    for f in result.findings:
        for words in (verdicts.headline(f, result), " ".join(f.statement.split())):
            assert words in _text(page) and words in md.replace("\\|", "|")


def test_report_needs_no_case_file_on_disk(tmp_path):
    copy = tmp_path / "case.toml"
    shutil.copy(CASE, copy)
    result = checks.check(dronecalc.load_case(copy), samples=200, seed=3)
    copy.unlink()
    report = document.write_report(result, tmp_path / "r.html", plots=False)[0]
    page = report.read_text()
    assert "seed 3" in page and "Pictures not requested." in page
    assert "\u201cIt could fly for a distance of 40km\u201d" in page


def test_html_text_is_byte_identical_and_escaped(result, tmp_path):
    a = document.write_report(result, tmp_path / "a.html", plots=False)[0]
    b = document.write_report(result, tmp_path / "b.html", plots=False)[0]
    assert a.read_bytes() == b.read_bytes()
    assert "Prime Minister&#x27;s residence" in a.read_text()


def test_bad_suffix_and_other_seed_are_refused(result, tmp_path):
    with pytest.raises(InputValueError, match="report format"):
        document.write_report(result, tmp_path / "report.pdf")
    with pytest.raises(InputValueError, match="seed"):
        document.write_report(result, tmp_path / "report.md", seed=1, plots=False)


def test_report_files_get_the_usual_permissions(result, tmp_path):
    import os
    mask = os.umask(0o022)
    try:
        path = document.write_report(result, tmp_path / "r.html", plots=False)[0]
    finally:
        os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o644          # mkstemp alone would give 0600
