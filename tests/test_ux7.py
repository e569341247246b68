"""Bugs a new user's trial (ux7) met, writing three cases from real public reports after
reading only the README and docs/ (tests/fixtures/cases/ux7/: a one-way attack drone's
figures, a VTOL quadplane's press claims and a heavy-lift hexacopter paper's abstract, each
with its source URL): each test fails on the code before its fix."""
from __future__ import annotations

import re
from pathlib import Path

import dronecalc
from dronecalc.intake.extract import extract

CASES = Path(__file__).parent / "fixtures" / "cases" / "ux7"


def test_a_draft_keeps_the_article_name_when_it_names_a_pack_chemistry():
    """A multirotor article naming a 'lipo battery' had its draft's header and source say
    'from LiPo' / 'the article in LiPo': the chemistry's name overwrote the file name."""
    draft = extract((CASES / "hexa.txt").read_text(), "hexa.txt")
    assert draft.name == "hexa.txt"
    assert draft.source == "the article in hexa.txt"
    assert any(i.field == "chemistry" and i.text == "LiPo" for i in draft.items)
    assert "from hexa.txt." in draft.to_toml()


def _draft(name: str, tmp_path: Path):
    path = tmp_path / f"{name}.toml"
    path.write_text(extract((CASES / f"{name}.txt").read_text(), f"{name}.txt").to_toml())
    return dronecalc.load_case(path)


def test_a_payload_band_never_reads_as_a_negative_load(tmp_path):
    """The hexacopter draft (120 Kv, 6S, 15 kg, no propeller size) said "the motors lift at
    most -4.14 to 18.7 kg ... of payload": machines that cannot lift even themselves are now
    a share in words."""
    result = dronecalc.check(_draft("hexa", tmp_path), samples=3000, seed=0)
    payload = next(f for f in result.findings if f.check == "payload")
    assert payload.estimate.p5 < 0                   # the case the wording is for
    assert not re.search(r"at most -\d", payload.statement)
    assert "of the machines cannot lift even themselves" in payload.statement


def test_a_stated_cell_count_is_not_called_assumed(tmp_path):
    """The same draft states "6S" (F7), but the motor finding said "on the 22.2 V packs
    assumed"."""
    result = dronecalc.check(_draft("hexa", tmp_path), samples=600, seed=0)
    motor = next(f for f in result.findings if f.check == "motor")
    assert "on the stated 22.2 V packs" in motor.statement
    assert "packs assumed" not in motor.statement


def test_a_qualified_claim_reads_as_a_noun_phrase_in_the_summary():
    """The quadplane's summary read "the about 180 kilometres range (F3) and the up to 4.5
    kilograms payload (F7)"."""
    result = dronecalc.check(dronecalc.load_case(CASES / "penguin.toml"), samples=600, seed=0)
    text = " ".join(dronecalc.summary(result)) if hasattr(dronecalc, "summary") else \
        dronecalc.format_check(result)
    flat = " ".join(text.split())
    assert "the range of about 180 kilometres (F3)" in flat
    assert "the payload of up to 4.5 kilograms (F7)" in flat
    assert "the about" not in flat and "the up to" not in flat
