"""Bugs a new user's trial (ux7) met, writing three cases from real public reports after
reading only the README and docs/ (tests/fixtures/cases/ux7/: a one-way attack drone's
figures, a VTOL quadplane's press claims and a heavy-lift hexacopter paper's abstract, each
with its source URL): each test fails on the code before its fix."""
from __future__ import annotations

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
