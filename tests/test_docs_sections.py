"""No docs page repeats a section (review of 2026-12-06): the propj merge brought back the
fuelcal and extract4 sections of docs/validation.md at the end after 71725bd had moved them to
the top, so each stood twice, and a later edit to one copy would leave the other stale."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted([*(ROOT / "docs").glob("*.md"), ROOT / "README.md"])


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_no_section_heading_stands_twice(page):
    headings = [line.rstrip() for line in page.read_text(encoding="utf-8").splitlines()
                if line.startswith("## ")]
    assert [h for h, n in Counter(headings).items() if n > 1] == []
