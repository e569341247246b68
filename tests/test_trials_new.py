"""The trials_new held-out set (tests/fixtures/cases/trials_new/): real public passages that
dronecalc had not seen, each with its hand-fixed case. Every case loads and checks without an
error, every quote is the passage's own text, and every claim ends in a verdict or a
not-judged entry. Kept fast: a small Monte Carlo (the verdicts are not pinned)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import dronecalc
from dronecalc.intake.case import load_case
from dronecalc.intake.extract import extract_file

TRIALS = Path(__file__).parent / "fixtures" / "cases" / "trials_new"
CASES = sorted(TRIALS.glob("*.toml"))


def _fold(text: str) -> str:
    return " ".join(text.split())


def test_the_set_covers_the_kinds():
    kinds = {load_case(p).kind for p in CASES}
    assert len(CASES) >= 6
    assert {"multirotor", "fixed-wing-piston", "tailsitter", "vtol-quadplane"} <= kinds


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_case_is_sourced_from_its_passage(path):
    passage = path.with_suffix(".txt").read_text(encoding="utf-8")
    url = re.search(r"^URL: (\S+)$", passage, re.MULTILINE).group(1)
    case = load_case(path)
    assert case.url == url
    body = _fold(passage)
    for fig in case.figures.values():
        assert fig.quote and _fold(fig.quote) in body, (fig.id, fig.quote)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_case_checks_and_every_claim_is_accounted_for(path):
    case = load_case(path)
    result = dronecalc.check(case, samples=2_000, seed=0)
    judged = {ref for f in result.findings for ref in f.claims}
    skipped = {n.claim for n in result.not_judged}
    assert set(case.claims) <= judged | skipped


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_passage_drafts_a_loadable_case(path, tmp_path):
    draft = tmp_path / "draft.toml"
    draft.write_text(extract_file(str(path.with_suffix(".txt"))).to_toml(), encoding="utf-8")
    load_case(draft)
