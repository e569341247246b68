"""The multirotor prior class a report names is a size class, never a claim about the
machine's use: a 23 kg delivery quadcopter read "Priors: heavy-agricultural". The JSON keeps
the class key (report/glossary.CLASS_LABELS)."""
from __future__ import annotations

import json

import dronecalc
from dronecalc.intake.airframes import MULTIROTOR_CLASSES
from dronecalc.report import glossary
from dronecalc.report.text import check_json, format_check

CASE = """[case]
title = "delivery quadcopter"
source = "s"
[figures.A]
field = "airframe"
text = "delivery quadcopter"
role = "input"
[figures.M]
field = "takeoff_mass"
text = "23 kg"
role = "input"
[figures.T]
field = "flight_time"
text = "20 min"
role = "claim"
"""


def test_every_class_has_a_size_label():
    assert set(glossary.CLASS_LABELS) == set(MULTIROTOR_CLASSES)
    for name in MULTIROTOR_CLASSES:
        assert "size class" in glossary.class_label(name) and name in glossary.class_label(name)
    # plain words (ux6); no key beside them: a code name is for the JSON (issue 13, wordfix)
    assert glossary.class_label("fixed-wing-piston") == "piston-engined fixed wing"


def test_a_heavy_delivery_quad_is_called_heavy_not_agricultural(tmp_path):
    path = tmp_path / "case.toml"
    path.write_text(CASE, encoding="utf-8")
    result = dronecalc.check(dronecalc.load_case(path), samples=500, seed=0)
    text = format_check(result)
    assert "Priors: heavy (agricultural-size) multirotor, a size class" in text
    assert "Priors: heavy-agricultural." not in text
    assert json.loads(check_json(result))["case"]["vehicle_class"] == "heavy-agricultural"
