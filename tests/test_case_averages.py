"""A case figure written as an average or typical value ("on average 3 min", "an average of 3
minutes", "typically 3 min") is read, and judged as the average it is (issue 10): main refused
it ("words before the figure"), so a case written as the source words it could not be checked."""
from __future__ import annotations

import pytest

from dronecalc import check, load_case
from dronecalc.errors import DroneCalcError
from dronecalc.intake.averages import averaged

from test_kinematics_bounds import CASE


def _case(tmp_path, time, quote="Deliveries are quick."):
    path = tmp_path / "c.toml"
    path.write_text(CASE.format(range="12 km", time=time, speed="up to 30 km/h",
                                time_quote=quote))
    return load_case(path)


@pytest.mark.parametrize("text", ["on average 18 min", "an average of 18 minutes",
                                  "typically 18 min", "18 minutes on average",
                                  "On average: 18 min"])
def test_an_average_time_is_read_and_judged_as_no_one_flights(tmp_path, text):
    case = _case(tmp_path, text)
    time = case.figures["F3"]
    assert time.text == text                                # kept as written
    assert time.figure.nominal.to("min").magnitude == pytest.approx(18.0)
    assert "average or typical" in time.note
    assert time.flag is not None and "average or typical" in time.flag.message
    # 12 km in 18 min needs 40 km/h > 30 km/h: one flight's figures disagree, an average's
    # cannot (tests/test_kinematics_bounds.py)
    (found,) = [f for f in check(case, samples=300).findings if f.check == "kinematics"]
    assert found.verdict == "consistent" and "typical or average" in found.statement


def test_the_same_time_without_the_words_is_one_flights(tmp_path):
    (found,) = [f for f in check(_case(tmp_path, "18 min"), samples=300).findings
                if f.check == "kinematics"]
    assert found.verdict == "implausible"


@pytest.mark.parametrize("text", ["18 min", "about 18 min", "up to 18 min", "mean", "average",
                                  "averaged 18"])
def test_no_averaging_words_or_no_figure_is_not_split(text):
    split = averaged(text)
    assert split is None or split[0] == "18"


def test_other_words_before_the_figure_are_still_refused(tmp_path):
    with pytest.raises(DroneCalcError, match="words before the figure"):
        _case(tmp_path, "roughly speaking 18 min")
