"""The trials_new2 set (tests/fixtures/cases/trials_new2/): ten real public passages dronecalc
had not seen (news, makers' documentation; multirotors, one-way attack, cargo and MALE fixed
wings; imperial, mixed and spoken units, spec tables), each with its hand-fixed case. Every
case loads, names its passage's URL and quotes the passage (a table row as the draft reads it,
its bare numbers given the header's unit), every draft loads, and checking a few cases gives
every claim a verdict or a not-judged entry. Kept fast: a small Monte Carlo, verdicts not
pinned (benchmarks/extract.py --trials-new2 scores the drafts)."""
from __future__ import annotations

from pathlib import Path

import pytest
from helpers import assert_sourced_from_passage

import dronecalc
from dronecalc.intake.case import load_case

TRIALS = Path(__file__).parent / "fixtures" / "cases" / "trials_new2"
CASES = sorted(TRIALS.glob("*.toml"))


def test_the_set_covers_kinds_and_renderings():
    kinds = {load_case(p).kind for p in CASES}
    assert len(CASES) >= 8
    assert {"multirotor", "fixed-wing-piston", "fixed-wing-electric"} <= kinds


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_case_is_sourced_from_its_passage(path, tmp_path):
    assert_sourced_from_passage(path, tmp_path)


@pytest.mark.parametrize("stem", ["shahed-cbc", "kargu-almasdar", "reaper-howstuffworks"])
def test_every_claim_is_judged_or_said_not_to_be(stem):
    case = load_case(TRIALS / f"{stem}.toml")
    result = dronecalc.check(case, samples=400, seed=0)
    said = {c for f in result.findings for c in f.claims} | {n.claim for n in result.not_judged}
    assert set(case.claims) <= said
