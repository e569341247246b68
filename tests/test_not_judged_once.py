"""A reason shared by several claims not judged is written out once (text and report).

A news story naming no kind ("Its current fleet of delivery drones fly 400 feet above the
ground at speeds up to 50 mph carrying packages up to 5 pounds within a range of about 9
miles", pipedot.org on Amazon's MK27-2) printed the list of eight vehicle kinds under each of
its three claims; the JSON keeps every entry whole for programs.
"""

from __future__ import annotations

import json
from html import unescape

from dronecalc import check, load_case
from dronecalc.report.document import write_report
from dronecalc.report.text import check_json, format_check

CASE = """
[case]
title = "Amazon's delivery drones"
source = "pipedot.org/65REF"

[figures.F1]
field = "top_speed"
text = "up to 50 mph"
role = "claim"

[figures.F2]
field = "max_payload"
text = "up to 5 pounds"
role = "claim"

[figures.F3]
field = "range"
text = "about 9 miles"
role = "claim"
"""


def _result(tmp_path):
    path = tmp_path / "amazon.toml"
    path.write_text(CASE, encoding="utf-8")
    return check(load_case(path), samples=500, seed=1)


def test_the_kinds_list_is_written_once_in_the_text(tmp_path):
    result = _result(tmp_path)
    text = format_check(result)
    assert len(result.not_judged) == 3
    assert text.count("'fixed-wing-piston' (fixed wing") == 1     # quoted: a value to write
    for claim in ("F2", "F3"):
        assert f"{claim} (" in text and f"same reason as F1" in text


def test_the_kinds_list_is_written_once_in_the_report(tmp_path):
    write_report(_result(tmp_path), tmp_path / "r.html", plots=False)
    html = unescape((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert html.count("'fixed-wing-piston' (fixed wing") == 1
    assert html.count("same reason as F1") == 2


def test_the_json_keeps_every_reason_whole(tmp_path):
    data = json.loads(check_json(_result(tmp_path)))
    reasons = {e["reason"] for e in data["not_judged"]}
    assert len(data["not_judged"]) == 3 and len(reasons) == 1
